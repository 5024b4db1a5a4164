"""Sentence starts at line breaks, set before the parser runs.

Headlines, captions and paragraphs of news text end without a full stop; left
alone, the parser glues "On the 2nd, ..." to the end of the paragraph above.
A lower-case word inside a line never starts a sentence: the parser otherwise
cuts "Britain | and India have struck a deal" after a headline. Nor does a name
after "U.S." that goes on as a name ("U.S. | President Donald Trump").
"""
import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_ENDS = {".", "!", "?", "...", "…"}
ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")  # U.S., U.K., E.U.


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
        previous = token
    doc.from_array([SENT_START], numpy.asarray(starts, dtype="int32").reshape(-1, 1).astype("uint64"))
    return doc
