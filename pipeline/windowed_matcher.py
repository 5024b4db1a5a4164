"""A spaCy Matcher run only on the stretches of a doc where its patterns can match.

Every date pattern needs some word that is rare in running text (a month, a
weekday, a number...). A token that passes one such required test in every
pattern is an anchor; each match holds an anchor, so running the Matcher on the
windows each anchor's pattern can span around it finds the
same matches as running it on the whole doc, for a fraction of the work. The
test uses only a word's own (lexical) attributes, so it is decided once per word.
Patterns with unbounded operators ("+", "*") turn the windows off.
"""
from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .token_index import MEMO_LIMIT

LEXICAL_KEYS = {"ORTH", "TEXT", "LOWER", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "IS_ALPHA", "IS_ASCII",
                "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP", "LIKE_NUM",
                "LIKE_URL", "LIKE_EMAIL", "IS_CURRENCY", "IS_QUOTE", "IS_BRACKET", "IS_LEFT_PUNCT",
                "IS_RIGHT_PUNCT"}
SELECTIVE_KEYS = {"ORTH", "TEXT", "LOWER"}


class WindowedMatcher:
    """Same matches, in the same order, as ``Matcher`` over the whole doc."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self.anchors = Matcher(vocab)  # one required, lexical token test per pattern
        self.reach: dict[int, tuple[int, int]] = {}  # anchor key: tokens its pattern spans before, after it
        self.windowed = True  # False once a pattern has no such test or no bounded length
        self.memo: dict[int, tuple[int, int] | None] = {}

    def add(self, label: str, patterns: list[list[dict]]) -> None:
        self.matcher.add(label, patterns)
        for pattern in patterns:
            position = _anchor_position(pattern, self.vocab)
            if position is None or any(spec.get("OP") in ("+", "*") for spec in pattern):
                self.windowed = False
                continue
            key = self.vocab.strings.add(f"anchor-{len(self.reach)}")
            self.reach[key] = (position, len(pattern) - position - 1)
            anchor = {k: v for k, v in pattern[position].items() if k in LEXICAL_KEYS}
            self.anchors.add(key, [[anchor]])
        self.memo.clear()

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self.windowed:
            return self.matcher(doc)
        matches = []
        for start, end in self._windows(doc):
            matches.extend((key, start + s, start + e) for key, s, e in self.matcher(doc[start:end]))
        return matches

    def _windows(self, doc: Doc) -> list[tuple[int, int]]:
        if len(self.memo) > MEMO_LIMIT:
            self.memo.clear()
        spans: list[tuple[int, int]] = []
        memo = self.memo
        for i, orth in enumerate(doc.to_array([ORTH]).tolist()):
            reach = memo.get(orth, False)
            if reach is False:
                reach = memo[orth] = self._reach_of(orth)
            if reach is None:
                continue
            spans.append((max(i - reach[0], 0), min(i + reach[1] + 1, len(doc))))
        windows: list[tuple[int, int]] = []
        for start, end in sorted(spans):  # a later anchor can reach back past an earlier one
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            else:
                windows.append((start, end))
        return windows

    def _reach_of(self, orth: int) -> tuple[int, int] | None:
        """How far matches can reach before and after this word, or None when it anchors nothing."""
        found = self.anchors(Doc(self.vocab, words=[self.vocab.strings[orth]]))
        if not found:
            return None
        return (max(self.reach[key][0] for key, _, _ in found), max(self.reach[key][1] for key, _, _ in found))


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
