"""A spaCy Matcher run only on the stretches of a doc where its patterns can match.

Every date pattern needs some word that is rare in running text (a month, a
weekday, a number...). For each pattern one required token with a lexical test
is its anchor. A match holds its anchor and, at offsets the pattern bounds, every
other required token of the pattern; so where an anchor's surroundings pass those
tests, the Matcher runs on the window the pattern can span around it. That finds
the same matches as running it on the whole doc, for a fraction of the work:
"year" opens a window only after "last", "this" or "next". The tests use only a
word's own (lexical) attributes, so each is decided once per word. Patterns with
unbounded or counted operators ("+", "*", "{n}") turn the windows off.
"""
import json
from typing import NamedTuple

from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .token_index import memoised

LEXICAL_KEYS = {"ORTH", "TEXT", "LOWER", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "IS_ALPHA", "IS_ASCII",
                "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP", "LIKE_NUM",
                "LIKE_URL", "LIKE_EMAIL", "IS_CURRENCY", "IS_QUOTE", "IS_BRACKET", "IS_LEFT_PUNCT",
                "IS_RIGHT_PUNCT"}
SELECTIVE_KEYS = {"ORTH", "TEXT", "LOWER"}
WIDTHS = {None: (1, 1), "?": (0, 1), "!": (1, 1)}  # tokens a pattern token can take; others: no windows


class WindowedMatcher:
    """Same matches, in the same order, as ``Matcher`` over the whole doc."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self.tests = Matcher(vocab)  # every required lexical token test of the patterns, one rule each
        self.test_ids: dict[str, int] = {}  # a test (as JSON) -> its number
        self.plans: list[Plan] = []
        self.windowed = True  # False once a pattern has no such test or no bounded length
        self.memo: dict[int, tuple[frozenset[int], tuple[Plan, ...]]] = {}

    def add(self, label: str, patterns: list[list[dict]]) -> None:
        self.matcher.add(label, patterns)
        for pattern in patterns:
            plan = self._plan(pattern)
            if plan is None:
                self.windowed = False
            else:
                self.plans.append(plan)
        self.memo.clear()

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self.windowed:
            return self.matcher(doc)
        matches = []
        for start, end in self._windows(doc):
            matches.extend((key, start + s, start + e) for key, s, e in self.matcher(doc[start:end]))
        return matches

    def _windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Stretches around each anchor whose pattern's other required words are in place."""
        words = memoised(self.memo, doc.to_array([ORTH]).tolist(), self._word)
        n = len(doc)
        spans: list[tuple[int, int]] = []
        for i in [i for i, (_, plans) in enumerate(words) if plans]:
            for plan in words[i][1]:
                if all(any(test in words[i + offset][0] for offset in range(max(low, -i), min(high, n - 1 - i) + 1))
                       for test, low, high in plan.checks):
                    spans.append((max(i - plan.before, 0), min(i + plan.after + 1, n)))
        windows: list[tuple[int, int]] = []
        for start, end in sorted(spans):  # a later anchor can reach back past an earlier one
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            else:
                windows.append((start, end))
        return windows

    def _word(self, orth: int) -> tuple[frozenset[int], tuple["Plan", ...]]:
        """The tests a word passes and the patterns it anchors (lexical, so once per word)."""
        found = self.tests(Doc(self.vocab, words=[self.vocab.strings[orth]]))
        passed = frozenset(int(self.vocab.strings[key][5:]) for key, _, _ in found)
        return passed, tuple(plan for plan in self.plans if plan.anchor in passed)

    def _test_id(self, spec: dict) -> int:
        test = {key: value for key, value in spec.items() if key in LEXICAL_KEYS}
        name = json.dumps(test, sort_keys=True)
        if name not in self.test_ids:
            self.test_ids[name] = len(self.test_ids)
            self.tests.add(f"test-{self.test_ids[name]}", [[test]])
        return self.test_ids[name]

    def _plan(self, pattern: list[dict]) -> "Plan | None":
        """Where a pattern's anchor is, how far it reaches and which words must surround it."""
        anchor = _anchor_position(pattern, self.vocab)
        if anchor is None or any(spec.get("OP") not in WIDTHS for spec in pattern):
            return None
        shortest = [WIDTHS[spec.get("OP")][0] for spec in pattern]
        longest = [WIDTHS[spec.get("OP")][1] for spec in pattern]
        checks = []
        for k, spec in enumerate(pattern):
            if k == anchor or spec.get("OP") is not None or not set(spec) & LEXICAL_KEYS:
                continue
            if k > anchor:  # offsets from the anchor: optional tokens between may be absent
                low, high = sum(shortest[anchor + 1:k + 1]), sum(longest[anchor + 1:k + 1])
            else:
                low, high = -sum(longest[k:anchor]), -sum(shortest[k:anchor])
            checks.append((self._test_id(spec), low, high))
        return Plan(self._test_id(pattern[anchor]), sum(longest[:anchor]), sum(longest[anchor + 1:]), tuple(checks))


class Plan(NamedTuple):
    """One pattern, seen from its anchor: the anchor's test, the tokens the pattern can
    span before and after it, and (test, lowest offset, highest offset) of every other
    required token with a lexical test."""
    anchor: int
    before: int
    after: int
    checks: tuple[tuple[int, int, int], ...]


def _anchor_position(pattern: list[dict], vocab) -> int | None:
    """Where in the pattern a required token with a lexical test is; one naming rare
    words ("March", a four-digit year) rather than a stop word or a punctuation mark."""
    def rarity(position: int) -> int:
        test = pattern[position]
        words = [value for key in set(test) & SELECTIVE_KEYS for value in _literals(test[key])]
        if any(vocab[word].is_stop or vocab[word].is_punct for word in words):
            return 0
        return 2 if words else 1

    required = [i for i, spec in enumerate(pattern) if "OP" not in spec and set(spec) & LEXICAL_KEYS]
    return max(required, key=rarity, default=None)


def _literals(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and isinstance(value.get("IN"), list):
        return [v for v in value["IN"] if isinstance(v, str)]
    return []
