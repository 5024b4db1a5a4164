"""Find the few tokens a component looks at without building every Token in Python.

A test on a word's text is decided once per distinct word (memoised on the
string's hash) and read off the doc's attribute array, so a component that
needs, say, numbers or trigger words visits only those tokens.
"""
from itertools import compress
from typing import Callable

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc

ATTRIBUTES = {"text": ORTH, "lower": LOWER, "lemma": LEMMA}
MEMO_LIMIT = 500_000  # distinct words remembered; past it the memo starts again


class WordTest:
    """Positions of the tokens whose ``text``, ``lower`` or ``lemma`` string passes ``test``."""

    def __init__(self, test: Callable[[str], object], attribute: str = "text") -> None:
        self.test = test
        self.attr = ATTRIBUTES[attribute]
        self.memo: dict[int, bool] = {}

    def positions(self, doc: Doc) -> list[int]:
        strings = doc.vocab.strings
        keys = doc.to_array([self.attr]).tolist()
        passed = memoised(self.memo, keys, lambda key: bool(self.test(strings[key] if key else "")))
        return list(compress(range(len(keys)), passed))

    def count(self, doc: Doc) -> int:
        return len(self.positions(doc))


def memoised(memo: dict, keys: list[int], compute: Callable[[int], object]) -> list:
    """The memo's value for each key (a word's hash), computed only for keys not seen
    before; the rest is looked up in C loops. Past ``MEMO_LIMIT`` entries the memo starts again."""
    if len(memo) > MEMO_LIMIT:
        memo.clear()
    for key in set(keys).difference(memo):
        memo[key] = compute(key)
    return list(map(memo.__getitem__, keys))
