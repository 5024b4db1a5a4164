"""The text of a Doc, read once.

spaCy builds ``Doc.text`` anew on every access by joining all its tokens; our
components slice the article text thousands of times, so they read it here.
"""
import weakref

from spacy.tokens import Doc, Span

_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text`` cut from the doc's text instead of joined from its tokens."""
    return doc_text(span.doc)[span.start_char:span.end_char] if span.end > span.start else ""
