"""The text of a Doc, read once.

spaCy builds ``Doc.text`` anew on every access by joining all its tokens; our
components slice the article text thousands of times, so they read it here.
"""
import weakref

from spacy.tokens import Doc

_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
