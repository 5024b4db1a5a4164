"""The memoised lemmatizer must give exactly the stock English lemmatizer's lemmas."""
import pytest

from pipeline.components.lemmas import TradeLemmatizer


@pytest.mark.parametrize("sentence, expected", [
    ("Washington imposed steeper duties and Beijing retaliated.",
     {"imposed": "impose", "duties": "duty", "retaliated": "retaliate", "steeper": "steep"}),
    ("Negotiators were meeting again as tariffs took effect.",
     {"were": "be", "meeting": "meet", "tariffs": "tariff", "took": "take"}),
    ("The ministers' talks ain't finished.", {"ministers": "minister", "ai": "be"}),
])
def test_lemmas(nlp, stock_nlp, sentence, expected):
    assert isinstance(nlp.get_pipe("lemmatizer"), TradeLemmatizer)
    ours = nlp(sentence, disable=[name for name in nlp.pipe_names if name.startswith("trade_")])
    assert {t.text: t.lemma_ for t in ours if t.text in expected} == expected
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in stock_nlp(sentence)]


def test_the_memo_gives_the_same_lemma_twice(nlp):
    first = [t.lemma_ for t in nlp("Canada raised tariffs. Canada raised tariffs again.")]
    assert first[1] == first[5] == "raise"


def test_word_lists_stay_lists_for_serialisation(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    nlp("Exporters were levying surcharges on steelmakers.")  # misses go through the set-indexed rules
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in index.values())
    copy = TradeLemmatizer(nlp.vocab, None, "copy", mode="rule", overwrite=False)
    copy.from_bytes(lemmatizer.to_bytes())
    assert copy.lookups.get_table("lemma_index") == index
