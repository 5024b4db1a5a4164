"""Sentence starts at line breaks, set before the parser runs.

Headlines, captions and paragraphs of news text end without a full stop; left
alone, the parser glues "On the 2nd, ..." to the end of the paragraph above.
A lower-case word inside a line never starts a sentence: the parser otherwise
cuts "Britain | and India have struck a deal" after a headline.
"""
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_ENDS = {".", "!", "?", "...", "…"}


@Language.component("trade_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
            continue
        if after_break:
            token.is_sent_start = True
            after_break = False
        elif token.i > 0 and "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
        elif token.i > 0 and token.is_alpha and token.text[0].islower() and doc[token.i - 1].text not in SENTENCE_ENDS:
            token.is_sent_start = False
    return doc
