"""The windowed Matcher finds what the whole-doc Matcher finds, in the same order."""
import pytest
from spacy.matcher import Matcher

from pipeline.windowed_matcher import WindowedMatcher

PATTERNS = {
    "MONTH_DAY": [[{"LOWER": {"IN": ["march", "april"]}, "IS_TITLE": True}, {"TEXT": {"REGEX": r"^\d{1,2}$"}},
                   {"TEXT": ",", "OP": "?"}, {"TEXT": {"REGEX": r"^20\d\d$"}, "OP": "?"}]],
    "PERIOD": [[{"LOWER": {"IN": ["earlier", "later"]}, "OP": "?"}, {"LOWER": {"IN": ["last", "this", "next"]}},
                {"LOWER": {"IN": ["week", "month", "year"]}}]],
    "DAY_OF_MONTH": [[{"LOWER": "the"}, {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)$"}}]],
}


@pytest.fixture(scope="module")
def matchers(nlp):
    windowed, whole = WindowedMatcher(nlp.vocab), Matcher(nlp.vocab)
    for label, patterns in PATTERNS.items():
        windowed.add(label, patterns)
        whole.add(label, patterns)
    return windowed, whole


@pytest.mark.parametrize("text, expected", [
    ("Talks resumed on March 3, 2025, and again later this year.",
     ["March 3", "March 3,", "March 3, 2025", "this year", "later this year"]),
    ("On the 8th the ministers met; the deal is due next week.", ["the 8th", "next week"]),
    ("The rest of the text holds no date at all.", []),
])
def test_same_matches_as_the_whole_doc(nlp, matchers, text, expected):
    windowed, whole = matchers
    doc = nlp.make_doc(text)
    assert windowed(doc) == whole(doc)
    assert sorted(doc[s:e].text for _, s, e in windowed(doc)) == sorted(expected)


def test_windows_cover_only_the_anchors_reach(nlp, matchers):
    windowed, _ = matchers
    doc = nlp.make_doc("A long sentence about tariffs and trade talks, then later this year a deal.")
    assert [doc[s:e].text for s, e in windowed._windows(doc)] == ["later this year"]


@pytest.mark.parametrize("text, expected", [
    ("Trade grew all year, and this year it fell.", ["and this year"]),  # "all year": no "this" before it
    ("Exports rose 3 percent in the 2nd quarter, on the 2nd of the month.", ["the 2nd", "the 2nd"]),
    ("Officials met in March, and again on March 3.", ["March 3."]),  # "March," holds no day after it
])
def test_anchors_open_windows_only_where_the_pattern_can_hold(nlp, matchers, text, expected):
    windowed, whole = matchers
    doc = nlp.make_doc(text)
    assert [doc[s:e].text for s, e in windowed._windows(doc)] == expected
    assert windowed(doc) == whole(doc)


def test_unbounded_patterns_turn_windows_off(nlp):
    matcher = WindowedMatcher(nlp.vocab)
    matcher.add("TALKS", [[{"LOWER": "talks"}, {"IS_ALPHA": True, "OP": "+"}]])
    doc = nlp.make_doc("The talks went on and on.")
    assert not matcher.windowed
    assert len(matcher(doc)) == 4
