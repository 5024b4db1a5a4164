"""spaCy's English lemmatizer with the same output, one array write per doc.

The stock component builds a Token, looks up its cache and sets ``lemma_`` for
every token in Python. A lemma depends only on the word, its POS and its
morphology, so each distinct triple is lemmatized once (by the stock rules) and
a doc's lemmas are read from that memo and written as one array.
"""
from typing import Callable, Optional

import numpy

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Doc

MEMO_LIMIT = 200_000  # distinct (word, POS, morphology) triples kept; the memo is cleared past it


class TradeLemmatizer(EnglishLemmatizer):
    """An EnglishLemmatizer (same tables, modes and serialisation) with a per-pipeline memo."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.memo: dict[tuple[int, int, int], int] = {}

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
