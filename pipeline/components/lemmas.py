"""spaCy's English lemmatizer with the same output, one array write per doc.

The stock component builds a Token, looks up its cache and sets ``lemma_`` for
every token in Python. A lemma depends only on the word, its POS and its
morphology, so each distinct triple is lemmatized once (by the stock rules) and
a doc's lemmas are read from that memo and written as one array. The stock rules
scan long word lists for each new word; here they read the lists as sets.
"""
from typing import Callable, Optional

import numpy

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Doc

MEMO_LIMIT = 200_000  # distinct (word, POS, morphology) triples kept; the memo is cleared past it


class TradeLemmatizer(EnglishLemmatizer):
    """An EnglishLemmatizer (same tables, modes and serialisation) with a per-pipeline memo."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.memo: dict[tuple[int, int, int], int] = {}
        self.indexed: tuple[Lookups, Lookups] | None = None  # (tables, the same with set-valued lemma_index)

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables()
        if len(self.memo) > MEMO_LIMIT:
            self.memo.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(len(doc), 4).tolist()
        memo, overwrite = self.memo, self.overwrite
        lemmas = [lemma if lemma and not overwrite else memo.get((orth, pos, morph)) or self._remember(doc, i)
                  for i, (orth, pos, morph, lemma) in enumerate(rows)]
        if lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc

    def rule_lemmatize(self, token) -> list[str]:
        """The stock rules, reading ``lemma_index`` as sets: the rules only ask whether a
        form is in a part of speech's word list, and the lists hold up to 57,000 words,
        scanned one by one for every new word. Same answers, a fraction of the time."""
        stored = self.lookups
        self.lookups = self._indexed(stored)
        try:
            return super().rule_lemmatize(token)
        finally:
            self.lookups = stored

    def _indexed(self, lookups: Lookups) -> Lookups:
        """``lookups`` with the word lists of ``lemma_index`` as frozensets (made once per tables)."""
        if self.indexed is None or self.indexed[0] is not lookups:
            fast = Lookups()
            for name in lookups.tables:
                if name == "lemma_index":
                    fast.add_table(name, {pos: frozenset(words) for pos, words in lookups.get_table(name).items()})
                else:
                    fast.set_table(name, lookups.get_table(name))
            self.indexed = (lookups, fast)
        return self.indexed[1]

    def _remember(self, doc: Doc, i: int) -> int:
        token = doc[i]
        value = self.memo[(token.orth, token.pos, token.morph.key)] = self.vocab.strings.add(self.lemmatize(token)[0])
        return value


@Language.factory("trade_lemmatizer", assigns=["token.lemma"],
                  default_config={"model": None, "mode": "rule", "overwrite": False,
                                  "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
                  default_score_weights={"lemma_acc": 1.0})
def make_trade_lemmatizer(nlp: Language, model, name: str, mode: str, overwrite: bool,
                          scorer: Optional[Callable] = lemmatizer_score) -> TradeLemmatizer:
    return TradeLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
