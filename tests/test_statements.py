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


def test_we_in_a_transcript_is_the_government_of_the_labelled_speaker(annotate):
    doc = annotate("US tariffs\n\nThe Business and Trade Secretary (Jonathan Reynolds): With permission, I will make a "
                   "statement on the tariffs the United States announced yesterday.\n\nLet me be clear: nobody wants a "
                   "trade war. We have been negotiating an economic deal with the US since February.\n\n"
                   "CEO Dana Whitfield (Harrowgate Implement): We also added a 1.5% tariff surcharge to invoices for "
                   "Canadian dealers.")
    assert ("CONSULT", "2025-02", ["GBR"], ["USA"]) in events(doc)
    assert not any(e["trigger"] == "added" for e in doc._.events)  # a company's "we" levies no tariff
