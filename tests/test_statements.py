import pytest


def events(doc):
    return [(e["type"], e["date"], e["actors"], e["targets"]) for e in doc._.events]


# Publication date: Wednesday 9 April 2025.
@pytest.mark.parametrize("text, expected", [
    # a statement goes on in the next sentences of its paragraph: said that day
    ("China's Ministry of Commerce said on Friday that the ruling was unfair. \"The U.S. side has ignored the facts,\" "
     "the ministry said. It urged Washington to \"correct its wrong practices\" and said China would take necessary "
     "measures to safeguard its companies.",
     [("REQUEST", "2025-04-04", ["CHN"], ["USA"]), ("THREATEN", "2025-04-04", ["CHN"], [])]),
    # the same body named again ("the ministry added"), even after a quotation: said that day, and "measures as
    # necessary" are a warning
    ("China's Commerce Ministry said on Thursday that it opposes unilateralism. China will \u201ctake measures as "
     "necessary to protect its legitimate rights,\u201d the ministry added.", [("THREATEN", "2025-04-03", ["CHN"], [])]),
    # another paragraph is another time
    ("China's Ministry of Commerce said on Friday that the ruling was unfair.\n\nIt urged Washington to \"correct its "
     "wrong practices\".", [("REQUEST", None, ["CHN"], ["USA"])]),
    # a sentence dated by another event in between: no longer the statement's day
    ("China's Ministry of Commerce said on Friday that the ruling was unfair. Chinese solar exports had fallen in March. "
     "It urged Washington to \"correct its wrong practices\".", [("REQUEST", None, ["CHN"], ["USA"])]),
])
def test_a_statement_told_over_several_sentences(annotate, text, expected):
    assert events(annotate(text)) == expected
