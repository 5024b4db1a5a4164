"""The text of a Doc, read once.

spaCy builds ``Doc.text`` anew on every access by joining all its tokens; our
components slice the article text thousands of times, so they read it here.
"""
import re
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


def headline_length(text: str) -> int:
    """Characters of the headline: a short first line followed by more text, else none; with the
    bullet points that may follow it ("* U.S. to cut duties on Chinese goods to 30%")."""
    lines = [line for line in text.split("\n") if line.strip()]
    first = text.split("\n", 1)[0]
    if len(lines) < 2 or not first.strip() or len(first.split()) > 25 or first.rstrip()[-1:] in ".\"'”’":
        return 0
    end = len(first)
    for line in text[end:].split("\n"):
        summary = re.fullmatch(r"\s*(key points|highlights|in brief|at a glance|the big picture)\s*:?\s*", line, re.IGNORECASE)
        if line.strip() and not line.lstrip().startswith(("* ", "• ", "- ")) and not summary:
            break
        end += len(line) + 1  # "Key points:" and its bullets sum up the body, like the headline
    return end
