"""Sentence starts at line breaks, set before the parser runs.

Headlines, captions and paragraphs of news text end without a full stop; left
alone, the parser glues "On the 2nd, ..." to the end of the paragraph above.
A lower-case word inside a line never starts a sentence: the parser otherwise
cuts "Britain | and India have struck a deal" after a headline. Nor does a name
after "U.S." that goes on as a name ("U.S. | President Donald Trump"), nor a time zone after
"a.m." ("12:01 a.m. | Eastern time on Feb. 4").
"""
import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_ENDS = {".", "!", "?", "...", "…"}
ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")  # U.S., U.K., E.U.
CLOCK_MARKS = {"a.m.", "p.m."}
TIME_ZONES = {"GMT", "UTC", "ET", "EST", "EDT", "CET", "CEST", "BST", "JST", "KST", "PT", "PST", "PDT"}


def _time_zone(token) -> bool:
    """"12:01 a.m. Eastern time", "9 a.m. GMT": the clock time goes on."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text in TIME_ZONES or following is not None and following.lower_ == "time"


def _name_goes_on(token) -> bool:
    """"U.S. President Donald Trump", "U.S. Trade Representative": two capitalised name words."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.tag_ in ("NNP", "NNPS") and following is not None and following.is_title and following.tag_ in ("NNP", "NNPS")


@Language.component("trade_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """One array write: the ``is_sent_start`` setter rescans the whole doc on every call."""
    starts = doc.to_array([SENT_START]).astype("int32")
    after_break, previous = False, None
    for token in doc:
        text = token.text
        if token.is_space and "\n" in text:
            after_break = True
        elif after_break:
            starts[token.i] = 1
            after_break = False
        elif previous is not None and token.is_alpha and text[0].islower() and previous.text not in SENTENCE_ENDS:
            starts[token.i] = -1
        elif previous is not None and ABBREVIATION.match(previous.text) and _name_goes_on(token):
            starts[token.i] = -1
        elif previous is not None and previous.lower_ in CLOCK_MARKS and _time_zone(token):
            starts[token.i] = -1
        previous = token
    doc.from_array([SENT_START], numpy.asarray(starts, dtype="int32").reshape(-1, 1).astype("uint64"))
    return doc
