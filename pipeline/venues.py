"""Venues that name an occasion: after "met Xi in Busan on Oct. 30", "Busan" is that day.

Features tell a summit by its place once its date is given: "agreed in Busan to
lift the levies", "Busan came at the end of a tour. The day before, in
Gyeongju, ...". A venue is a place entity that is no country mention (capitals
count only as venues, "talks in London", never as the government); it takes
the day or month of the first sentence that names it with exactly one such date.
"""
import re
from bisect import bisect_right

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, SENT_START
from spacy.tokens import Doc, Span

from .dateline import WIRE_DATELINE
from .doctext import doc_text

VENUE_LABELS = {"GPE", "FAC", "LOC"}


def venue_mentions(doc: Doc) -> list[dict]:
    """Every occurrence of a place the NER tags somewhere as a venue ("Busan" is a PERSON when it
    opens a sentence): text, start, end, token and sentence bounds; never a country mention nor the dateline."""
    taken = {t for group in ("countries", "regions") for span in doc.spans.get(group, [])
             for t in range(span.start, span.end)}  # "Ontario" is a region, "Seoul" the government
    text = doc_text(doc)
    dateline = WIRE_DATELINE.search(text[:600])
    after_dateline = dateline.end() if dateline is not None else 0
    names = {ent.text for ent in _entities(doc, VENUE_LABELS) if ent.start_char >= after_dateline
             and not any(t in taken for t in range(ent.start, ent.end)) and ent.text[:1].isupper()}
    if not names:
        return []
    starts = [doc[i].idx for i in numpy.flatnonzero(doc.to_array(SENT_START) == 1)] or [0]  # cheaper than doc.sents
    ends = starts[1:] + [len(text)]
    mentions = []
    for name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or match.start() < after_dateline or any(t in taken for t in range(span.start, span.end)):
                continue
            number = max(bisect_right(starts, match.start()) - 1, 0)
            mentions.append({"text": name, "start": match.start(), "end": match.end(), "token": span.root.i,
                             "sentence": starts[number], "sentence_end": ends[number]})
    return sorted(mentions, key=lambda m: m["start"])


def _entities(doc: Doc, labels: set[str]) -> list[Span]:
    """The doc's entities of some labels, read from the token arrays: ``doc.ents`` builds every
    entity of the doc from Python tokens, which costs more than the rest of this module."""
    wanted = {doc.vocab.strings.add(label) for label in labels}
    iob, kind = doc.to_array([ENT_IOB, ENT_TYPE]).T
    spans = []
    for start in numpy.flatnonzero((iob == 3) & numpy.isin(kind, list(wanted))):
        end = start + 1
        while end < len(doc) and iob[end] == 1:
            end += 1
        spans.append(doc[int(start):int(end)])
    return spans


class VenueDays:
    """Venue -> ISO date of the occasion held there, learnt sentence by sentence."""

    def __init__(self) -> None:
        self.day_of: dict[str, str] = {}

    def learn(self, venues: list[str], dates: list[dict]) -> None:
        """A sentence naming venues with exactly one day or month dates them (the first time only)."""
        values = {d["value"] for d in dates if d.get("value") and d.get("granularity") in ("day", "month")}
        if len(values) == 1:
            for venue in venues:
                self.day_of.setdefault(venue, next(iter(values)))

    def of(self, venue: str) -> str | None:
        return self.day_of.get(venue)


def venue_days(doc: Doc, mentions: list[dict]) -> VenueDays:
    """The venue days of a finished doc, from its date items."""
    days = VenueDays()
    by_sentence: dict[tuple[int, int], list[str]] = {}
    for mention in mentions:
        by_sentence.setdefault((mention["sentence"], mention["sentence_end"]), []).append(mention["text"])
    for (start, end), names in sorted(by_sentence.items()):
        days.learn(names, [d for d in doc._.dates or [] if start <= d["start"] < end])
    return days


class VenueTrail:
    """Venue mentions fed, in text order, to the date resolver's anchors: a venue named again in
    a sentence without a date of its own stands for its occasion's day."""

    def __init__(self, mentions: list[dict], dated_sentences: set[int]):
        self.pending = sorted(mentions, key=lambda m: m["start"])
        self.waiting: list[dict] = []  # mentions in dated sentences, learnt once their sentence is read
        self.dated = dated_sentences
        self.days = VenueDays()

    def advance(self, offset: int, items: list[dict], remember) -> None:
        """Handle the mentions before ``offset``; ``remember(offset, iso_value)`` records an anchor."""
        while self.pending and self.pending[0]["start"] < offset:
            mention = self.pending.pop(0)
            self._learn_before(mention["start"], items)
            if mention["sentence"] in self.dated:
                self.waiting.append(mention)
            elif self.days.of(mention["text"]):
                remember(mention["start"], self.days.of(mention["text"]))
        self._learn_before(offset, items)

    def _learn_before(self, offset: int, items: list[dict]) -> None:
        for mention in [m for m in self.waiting if m["sentence_end"] <= offset]:
            self.waiting.remove(mention)
            self.days.learn([mention["text"]], [d for d in items if mention["sentence"] <= d["start"] < mention["sentence_end"]])
