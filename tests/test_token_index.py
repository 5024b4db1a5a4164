"""Word tests read off the attribute arrays find the same tokens as a loop over the doc."""
import pytest

from pipeline.token_index import WordTest


@pytest.mark.parametrize("text, attribute, words, expected", [
    ("Canada imposed a 25% tariff; the U.S. raised its duty to 50 percent.", "text", None, ["25", "50"]),
    ("Tariffs rose, tariffs fell, TARIFFS everywhere.", "lower", {"tariffs"}, ["Tariffs", "tariffs", "TARIFFS"]),
    ("Beijing retaliated and Ottawa was retaliating too.", "lemma", {"retaliate"}, ["retaliated", "retaliating"]),
])
def test_positions(nlp, text, attribute, words, expected):
    doc = nlp(text)
    test = WordTest(words.__contains__ if words else (lambda word: word[:1].isdigit()), attribute)
    assert [doc[i].text for i in test.positions(doc)] == expected
    assert [doc[i].text for i in test.positions(doc)] == expected  # the memo answers the second time
