"""Sentence starts at line breaks, none inside a line before a lower-case word or after "U.S." in a name."""
import pytest


@pytest.mark.parametrize("text, first_words", [
    ("Trump and Xi agree to a 90-day truce\n\nOn the 2nd, negotiators met in Geneva and agreed to cut tariffs.",
     ["Trump", "On"]),
    ("Britain and India have struck a trade deal\nThe agreement cuts tariffs on whisky and cars.",
     ["Britain", "The"]),
    ("U.S. President Donald Trump raised tariffs on Canadian steel to 50% on Wednesday.", ["U.S."]),
    ("Tariffs rose again.\nExporters in Ontario said they would cut jobs. Ottawa did not comment.",
     ["Tariffs", "Exporters", "Ottawa"]),
])
def test_sentence_starts(nlp, text, first_words):
    assert [sentence[0].text for sentence in nlp(text).sents if not sentence[0].is_space] == first_words
