"""Direct quotations in raw text: “…”, "…", ‘…’ and '…', told apart from apostrophes.

A quotation never crosses a paragraph unless the next paragraph reopens it
(the multi-paragraph convention: each paragraph opens, only the last closes);
an unbalanced mark is dropped instead of swallowing the rest of the article.
Single marks inside a double quotation (and the reverse) are nested quotes
and stay part of the outer text.
"""
import re
from dataclasses import dataclass

DOUBLE_OPEN = {"“", "„", "«"}
DOUBLE_CLOSE = {"”", "»"}
SINGLE_OPEN = {"‘"}
APOSTROPHES = {"'", "’"}
ELISION = re.compile(r"['’](\d\ds|em\b|n\b|til\b|cause\b)")
OPEN_CONTEXT = set(" \t([{—–-:;,/\"“")
MARKS = re.compile("[" + re.escape("".join(DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | APOSTROPHES) + '"') + "]")


@dataclass
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    kind: str  # "double" or "single"
    continues: bool = False  # the quotation goes on in the next paragraph

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def find_quotes(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for index, (line_start, line_end) in enumerate(lines):
        next_line = text[lines[index + 1][0]:lines[index + 1][1]].lstrip() if index + 1 < len(lines) else ""
        spans.extend(_scan_line(text, line_start, line_end, next_line))
    return spans


def _scan_line(text: str, start: int, end: int, next_line: str) -> list[QuoteSpan]:
    found = []
    open_at, kind = None, None
    for mark in MARKS.finditer(text, start, end):  # every other character leaves the state as it is
        i, char = mark.start(), mark.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if kind in (None, "double") and (char in DOUBLE_OPEN or char in DOUBLE_CLOSE or char == '"'):
            if kind is None and (char in DOUBLE_OPEN or (char == '"' and not after.isspace())):
                open_at, kind = i + 1, "double"
            elif kind == "double" and (char in DOUBLE_CLOSE or char == '"'):
                found.append(QuoteSpan(open_at, i, "double"))
                open_at, kind = None, None
        elif kind in (None, "single") and (char in SINGLE_OPEN or char in APOSTROPHES):
            if kind is None and _opens_single(text, i, start, end):
                open_at, kind = i + 1, "single"
            elif kind == "single" and _closes_single(before, after):
                found.append(QuoteSpan(open_at, i, "single"))
                open_at, kind = None, None
    if kind is not None:
        reopened = next_line[:1] in (DOUBLE_OPEN | {'"'} if kind == "double" else SINGLE_OPEN | APOSTROPHES)
        if reopened and open_at < end:
            found.append(QuoteSpan(open_at, end, kind, continues=True))
        # otherwise a stray mark: dropped, the rest of the text is read as usual
    return found


def _opens_single(text: str, i: int, start: int, end: int) -> bool:
    char = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if ELISION.match(text, i):  # '90s, 'em, rock 'n' roll
        return False
    if char == "‘":
        return not before.isalnum()
    return before in OPEN_CONTEXT and (after.isalnum() or after in "“\"$(")


def _closes_single(before: str, after: str) -> bool:
    """A closing mark follows text and is not inside a word ("Trump's", "don't")."""
    return not before.isspace() and not after.isalnum()
