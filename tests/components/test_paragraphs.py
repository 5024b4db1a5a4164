"""Sentence starts at line breaks, none inside a line before a lower-case word, after "U.S." in a name
or before a time zone."""
import pytest


@pytest.mark.parametrize("text, first_words", [
    ("Trump and Xi agree to a 90-day truce\n\nOn the 2nd, negotiators met in Geneva and agreed to cut tariffs.",
     ["Trump", "On"]),
    ("Britain and India have struck a trade deal\nThe agreement cuts tariffs on whisky and cars.",
     ["Britain", "The"]),
    ("U.S. President Donald Trump raised tariffs on Canadian steel to 50% on Wednesday.", ["U.S."]),
    ("Tariffs rose again.\nExporters in Ontario said they would cut jobs. Ottawa did not comment.",
     ["Tariffs", "Exporters", "Ottawa"]),
    # a time zone after "a.m." goes on with the clock time; a new sentence after "p.m." still starts
    ("The levy took effect at 12:01 a.m. Eastern time on Feb. 4. It rose at 9 a.m. GMT on Monday. "
     "They met at 5 p.m. The next day talks resumed.", ["The", "It", "They", "The"]),
])
def test_sentence_starts(nlp, text, first_words):
    assert [sentence[0].text for sentence in nlp(text).sents if not sentence[0].is_space] == first_words
