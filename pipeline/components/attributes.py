"""spaCy's attribute ruler with the same output, without a Matcher pass per doc.

en_core_web_sm's attribute ruler maps tags to POS and morphology and fixes a few
words; it ran the Matcher over every token and took 12% of the stock model's
time. Its rules look at fixed-length token sequences by tag, lower-case form and
dependency, so the rules a token meets are worked out once per distinct
(tag, form, dependency) and cached. Rules of another shape (operators,
extension attributes) make the component fall back to the stock code.
"""
import re

import numpy
from spacy.attrs import DEP, IDS, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER, NORM, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.tokens import Doc

from ..token_index import MEMO_LIMIT

STRING_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP}
FLAG_ATTRS = {"IS_SPACE": IS_SPACE, "IS_PUNCT": IS_PUNCT, "IS_ALPHA": IS_ALPHA, "IS_DIGIT": IS_DIGIT,
              "LIKE_NUM": LIKE_NUM}
PREDICATES = {"IN", "NOT_IN", "REGEX"}
ATTR_NAMES = {value: name for name, value in IDS.items()}


class Unsupported(Exception):
    """A rule this fast path does not cover; the stock Matcher handles the doc."""


class TradeAttributeRuler(AttributeRuler):
    """An AttributeRuler (same patterns, serialisation and scores) with a cached fast path."""

    def __init__(self, vocab, name: str = "attribute_ruler", **kwargs) -> None:
        super().__init__(vocab, name, **kwargs)
        self._compiled = None

    def clear(self) -> None:
        super().clear()
        self._compiled = None

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._compiled = None

    def __call__(self, doc: Doc) -> Doc:
        if self._compiled is None:
            try:
                self._compiled = CompiledRules(self)
            except Unsupported:
                self._compiled = False
        if not self._compiled or not len(doc):
            return super().__call__(doc)
        self._compiled.apply(doc)
        return doc


class CompiledRules:
    """The ruler's patterns as per-token tests whose results are cached by token attributes."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        self.rules = ruler.attrs
        if any("_" in attrs for attrs in self.rules):
            raise Unsupported("extension attributes")
        self.write_columns = sorted({attr for attrs in self.rules for attr in attrs})
        self.columns: list[int] = []
        self.tests: list[list] = []  # per pattern: per position, [(column, kind, value)]
        self.owners: list[tuple[int, int]] = []  # per pattern: (rule, index into the match)
        for rule, attrs in enumerate(self.rules):
            for pattern in ruler.matcher.get(str(rule))[1]:
                self.tests.append([self._token_tests(spec) for spec in pattern])
                self.owners.append((rule, ruler.indices[rule]))
        self.single = [p for p, tests in enumerate(self.tests) if len(tests) == 1]
        # One-token patterns by a value they require ("TAG": "NN"), so a new token is tested
        # only against the patterns that can hold for it.
        self.single_by_value: dict[tuple[int, int], list[int]] = {}
        self.single_any: list[int] = []
        for p in self.single:
            required = next(((column, operand) for column, kind, operand in self.tests[p][0] if kind == "=="), None)
            if required is None:
                self.single_any.append(p)
            else:
                self.single_by_value.setdefault(required, []).append(p)
        self.indexed_columns = sorted({column for column, _ in self.single_by_value})
        self.longer = [p for p, tests in enumerate(self.tests) if len(tests) > 1]
        for pattern, (rule, index) in enumerate(self.owners):
            if not -len(self.tests[pattern]) <= index < len(self.tests[pattern]):
                raise Unsupported(f"rule {rule}: index {index} outside its pattern")
        self.cache: dict[tuple, tuple] = {}

    def _column(self, attr: int) -> int:
        if attr not in self.columns:
            self.columns.append(attr)
        return self.columns.index(attr)

    def _token_tests(self, spec: dict) -> list:
        tests = []
        for key, value in spec.items():
            name = (key if isinstance(key, str) else ATTR_NAMES.get(key, "")).upper()
            if name in STRING_ATTRS:
                column = self._column(STRING_ATTRS[name])
                if isinstance(value, dict):
                    if set(value) - PREDICATES or len(value) != 1:
                        raise Unsupported(f"predicate {value}")
                    (kind, operand), = value.items()
                    if kind == "REGEX":
                        tests.append((column, "REGEX", re.compile(operand)))
                    else:
                        tests.append((column, kind, {self.strings.add(v) if isinstance(v, str) else v for v in operand}))
                else:
                    tests.append((column, "==", self.strings.add(value) if isinstance(value, str) else value))
            elif name in FLAG_ATTRS and isinstance(value, bool):
                tests.append((self._column(FLAG_ATTRS[name]), "==", int(value)))
            else:
                raise Unsupported(f"token attribute {key}")
        return tests

    def _holds(self, tests: list, key: tuple) -> bool:
        for column, kind, operand in tests:
            value = key[column]
            if kind == "==":
                if value != operand:
                    return False
            elif kind == "IN":
                if value not in operand:
                    return False
            elif kind == "NOT_IN":
                if value in operand:
                    return False
            elif not operand.search(self.strings[value] if value else ""):
                return False
        return True

    def _entry(self, key: tuple) -> tuple:
        """What one-token rules write for a token (values, which columns), its rules, and
        the (pattern, position) of longer patterns it can fill."""
        candidates = self.single_any + [p for column in self.indexed_columns
                                        for p in self.single_by_value.get((column, key[column]), ())]
        rules = sorted(self.owners[p][0] for p in candidates if self._holds(self.tests[p][0], key))
        longer = frozenset((p, position) for p in self.longer for position, tests in enumerate(self.tests[p])
                           if self._holds(tests, key))
        values = self._values(rules)
        entry = (tuple(v or 0 for v in values), tuple(v is not None for v in values), tuple(rules), longer)
        self.cache[key] = entry
        return entry

    def _values(self, rules) -> tuple:
        values = [None] * len(self.write_columns)
        for rule in rules:
            for attr, value in self.rules[rule].items():
                values[self.write_columns.index(attr)] = value
        return tuple(values)

    def apply(self, doc: Doc) -> None:
        if len(self.cache) > MEMO_LIMIT:  # keys grow with the vocabulary of a long run
            self.cache.clear()
        rows = doc.to_array(self.columns).reshape(len(doc), len(self.columns)).tolist()
        cache = self.cache
        entries = [cache.get(key) or self._entry(key) for key in map(tuple, rows)]
        extra: dict[int, list[int]] = {}
        for start, (_, _, _, longer) in enumerate(entries):
            for pattern, position in longer:
                if position == 0:
                    length = len(self.tests[pattern])
                    if start + length <= len(doc) and all(
                            (pattern, k) in entries[start + k][3] for k in range(1, length)):
                        rule, index = self.owners[pattern]
                        target = start + index if index >= 0 else start + length + index
                        extra.setdefault(target, []).append(rule)
        values = numpy.array([entry[0] for entry in entries], dtype="uint64")
        written = numpy.array([entry[1] for entry in entries], dtype=bool)
        for i, rules in extra.items():
            merged = self._values(sorted(entries[i][2] + tuple(rules)))
            values[i] = [value or 0 for value in merged]
            written[i] = [value is not None for value in merged]
        current = doc.to_array(self.write_columns).reshape(len(doc), len(self.write_columns))
        doc.from_array(self.write_columns, numpy.where(written, values, current))


@Language.factory("trade_attribute_ruler",
                  default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
                  assigns=["token.pos", "token.morph", "token.lemma", "token.tag", "token.dep"])
def make_trade_attribute_ruler(nlp: Language, name: str, validate: bool,
                               scorer=attribute_ruler_score) -> TradeAttributeRuler:
    return TradeAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)
