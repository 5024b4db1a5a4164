"""Date expressions normalised to ISO at their own granularity, anchored like news time.

Candidates come from token patterns (``resources/date_patterns.jsonl``, with
word classes from ``date_lexicon.json``); each is resolved against the
publication date ("Monday", "last month"), against the date the text last
mentioned ("the day before", "two days later") or on its own ("April 2, 2025").
Durations, ages and times of day match no pattern.
"""
import json
import re
from bisect import bisect_right
from datetime import date
from pathlib import Path

import dateparser
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .base import TableComponent
from ..dateline import story_days
from ..doctext import doc_text
from ..resources import resource_path
from ..venues import VenueTrail, venue_mentions
from ..temporal import (add_months, clause_tense, day_of_month, infer_year, iso, safe_date,
                        shift, weekday_before_or_after, weekday_date)
from ..windowed_matcher import WindowedMatcher

YEAR_RE = re.compile(r"(1[89]|20)\d\d")
DAY_RE = re.compile(r"^(\d{1,2})(st|nd|rd|th)?$")
HISTORY_YEARS = 5  # a story told this many years back is history, not background to today's news
YEAR_TAKING_FORMS = ("MONTH_DAY", "DAY_MONTH", "MONTH")  # "July 6" after "March 2018" carries 2018 on
THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)  # "June 1 of that year", "May that year"
QUARTER_RE = re.compile(r"^Q([1-4])$")
RANGE_END = re.compile(r"\b(?:from|between)\s+\w+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:to|through|until|and|-|–)\s*$",
                       re.IGNORECASE)  # "from August 19 to " September 30


@Language.factory(
    "trade_dates",
    default_config={"lexicon": "", "patterns": ""},
    assigns=["doc._.dates", "doc._.venues"],
    requires=["doc._.published", "token.tag", "token.dep", "doc.ents"],
)
def make_date_resolver(nlp: Language, name: str, lexicon: str, patterns: str):
    tables = {
        "lexicon": json.loads(Path(lexicon or resource_path("date_lexicon.json")).read_text("utf-8")),
        "patterns": [json.loads(line) for line in
                     Path(patterns or resource_path("date_patterns.jsonl")).read_text("utf-8").splitlines()
                     if line.strip()],
    }
    return DateResolver(nlp, name, tables)


class DateResolver(TableComponent):
    """Writes ``doc._.dates``: text, value, span, granularity and what it was anchored on."""


    def _build(self, tables: dict) -> None:
        lex = tables["lexicon"]
        self.months = lex["months"]
        self.weekdays = lex["weekdays"]
        self.numbers = lex["numbers"]
        self.ordinal_days = lex["ordinal_days"]  # "July seventh", "on the first": days said in words
        self.quarters = lex["quarters"]
        self.units = lex["units"]
        self.offsets = lex["offset_words"]
        self.trim = set(lex["trim_words"])
        self.period_shift = lex["period_shift"]
        classes = {
            "$MONTHS": [m for k in self.months for m in (k, k + ".")],
            "$MONTHS_NOT_MAY": [m for k in self.months if k != "may" for m in (k, k + ".")],
            "$WEEKDAYS": [w for k in self.weekdays for w in (k, k + ".")],
            "$NUMBERS": list(self.numbers), "$QUARTERS": list(self.quarters), "$ORDINAL_DAYS": list(self.ordinal_days),
            "$UNITS": list(self.units), "$CUES": lex["cues"], "$MONTH_CUES": lex["month_cues"],
        }
        self.matcher = WindowedMatcher(self.nlp.vocab)
        for entry in tables["patterns"]:
            self.matcher.add(entry["label"], [_expand(entry["pattern"], classes)])

    def __call__(self, doc: Doc) -> Doc:
        published = _parse_iso(doc._.published)
        found = [Span(doc, s, e, label=self.nlp.vocab.strings[m]) for m, s, e in self.matcher(doc)]
        context = _Anchors(doc_text(doc), published)
        datelines = story_days(doc_text(doc), published)
        items = []
        candidates = [self._trim(span) for span in found]
        mentions = doc._.venues = venue_mentions(doc)  # the events component reads them too
        trail = VenueTrail(mentions, {m["sentence"] for m in mentions if any(
            m["sentence"] <= span.start_char < m["sentence_end"] for span in candidates)})

        def remember_venue(offset: int, value: str) -> None:  # "Busan came at the end of a tour. The day before"
            context.remember(offset, _parse_iso(value + "-01" * (2 - value.count("-"))),
                             "day" if value.count("-") == 2 else "month", derived=True)
        for span in sorted(filter_spans(candidates), key=lambda s: s.start):
            trail.advance(span.start_char, items, remember_venue)
            restated = self._restates(span, items)
            if restated is not None:  # "On July 31, the day before the increase was due": July 31 again
                items.append(dict(restated, text=span.text, start=span.start_char, end=span.end_char,
                                  anchor="date", anchored_on=restated["value"], form=span.label_))
                continue
            if not self._plausible(span):
                continue
            if items and span.label_ == "ANAPHORIC" and items[-1]["granularity"] in ("month", "day") \
                    and THAT_YEAR.fullmatch(doc_text(doc)[items[-1]["end"]:span.end_char]):
                items[-1].update(text=doc_text(doc)[items[-1]["start"]:span.end_char], end=span.end_char)
                continue  # "May that year", "June 1 of that year": one date, which that year already placed
            story_day = next((day for at, day in reversed(datelines) if at <= span.start_char), published)
            resolved = self._resolve(span, story_day, context)  # "BEIJING, June 17 (Wire) - ... on Monday"
            if resolved is None:
                continue
            value, granularity, anchor, anchored_on, day = resolved
            items.append({"text": span.text, "value": value, "start": span.start_char,
                          "end": span.end_char, "granularity": granularity, "anchor": anchor,
                          "anchored_on": anchored_on, "form": span.label_})
            if day is None and value and granularity in ("month", "year"):
                day = date(int(value[:4]), int(value[5:7]) if granularity == "month" else 1, 1)
            if day is not None:
                context.remember(span.start_char, day, granularity, derived=span.label_ == "ANAPHORIC",
                                 explicit=granularity in ("month", "day") and (anchor == "explicit" or anchor == "date" and
                                                                               span.label_ in YEAR_TAKING_FORMS))
        doc._.dates = items
        return doc

    def _trim(self, span: Span) -> Span:
        """Drop leading prepositions ("on Monday" -> "Monday"; "the November vote" -> "November")."""
        start = span.start
        while start < span.end - 1 and (span.doc[start].lower_ in self.trim
                                         or span.label_ == "MONTH" and span.doc[start].lower_ == "the"):
            start += 1
        end = span.end
        while end > start + 1 and span.doc[end - 1].is_punct:  # "Aug. 1," -> "Aug. 1"
            end -= 1
        return Span(span.doc, start, end, label=span.label)

    @staticmethod
    def _restates(span: Span, items: list[dict]) -> dict | None:
        """"on Thursday, the day before the new duties applied": an apposition that names the date
        just given by the event it precedes or follows."""
        if span.label_ != "ANAPHORIC" or span[-1].lower_ not in ("before", "after") or not items:
            return None
        previous = items[-1]
        between = doc_text(span.doc)[previous["end"]:span.start_char]
        return previous if previous["granularity"] == "day" and re.fullmatch(r"\s*(evening|morning|night)?\s*,\s*", between) \
            else None

    def _plausible(self, span: Span) -> bool:
        if any(t.ent_type_ == "PERSON" for t in span):  # "Theresa May", "June Smith"
            return False
        if span.label_ == "DAY_OF_MONTH":  # "the 8th", not "the 20th century" nor "the 10th is scheduled"
            after = span.doc[span.end] if span.end < len(span.doc) else None
            if span.root.dep_ in ("nsubj", "nsubjpass"):
                return False
            return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if span.label_ == "ANAPHORIC":  # "the day before", not "the day" alone
            if span[-1].lower_ in ("before", "after") and after is not None and not after.is_punct \
                    and not (span[0].lower_ == "the" and span[-1].dep_ == "mark"):
                return False  # "a month after the deal": anchored on the deal, not a date; but "the day before
                # Mr Bush acted" names a day, told from the story's own date
            return any(t.lower_ in self.offsets for t in span) or span[0].lower_ in self.numbers
        if span.label_ == "PUBLICATION_DAY" and span[0].lower_ == "today":
            return clause_tense(span) in ("past", "future")  # "said today", not "competitive today"
        if span.label_ == "YEAR":  # not "fiscal 2025", "the 2024-25 financial year"
            before = span.doc[span.start - 1] if span.start > 0 else None
            if after is not None and (after.text == "-" or after.lower_ in ("financial", "fiscal")):
                return False
            return before is None or before.lower_ not in ("fiscal", "$", "us$", "section")
        return True

    def _resolve(self, span: Span, published: date | None, context: "_Anchors"):
        label = span.label_
        words = [t.text for t in span]
        lower = [w.lower().rstrip(".") for w in words]
        tense = clause_tense(span)
        year = next((int(w) for w in words if YEAR_RE.fullmatch(w)), None)
        if year is None:
            year = next((int(m.group()) for w in words if (m := re.search(r"(1[89]|20)\d\d$", w))), None)
        month = next((self.months[w] for w in lower if w in self.months), None)
        day_num = next((int(m.group(1)) for w in words if (m := DAY_RE.match(w))), None)
        if day_num is None and label in ("MONTH_DAY", "DAY_MONTH", "DAY_OF_MONTH"):
            day_num = next((self.ordinal_days[w] for w in lower if w in self.ordinal_days), None)
            # "the first of August", "the first of next month", "July seventh", "on the seventh"
        if label == "ISO_DATE":
            day = _parse_iso("".join(words))
            return (iso(day, "day"), "day", "explicit", None, day) if day else None
        told = context.year_told_before(span.sent.start_char, span.start_char) if year is None and month else None
        if told is None and year is None and month and label in ("MONTH_DAY", "DAY_MONTH", "MONTH") \
                and not any(w in self.period_shift or w == "year" for w in lower):
            told = context.story_year(span) or context.history_year()  # "The fight began in March 2018 ... The
            # first duties arrived on July 6"
        that_year = year is None and month and THAT_YEAR.match(doc_text(span.doc), span.end_char)
        if that_year:
            told = context.anchor(span.start_char, granularities=("day", "month", "year"))  # "2018. On June 1 of that year"
            told = date(told.year, 1, 1) if told is not None else None
        if told is not None and published is not None and (told.year < published.year or that_year):
            # "in May 2020, followed by duties on wine in November": that year's November
            year = told.year + (1 if month < told.month else 0)
            day = safe_date(year, month, day_num or 1)
            granularity = "day" if day_num and label in ("MONTH_DAY", "DAY_MONTH", "WEEKDAY_DATE") else "month"
            if day is not None and label in ("MONTH_DAY", "DAY_MONTH", "WEEKDAY_DATE", "MONTH_YEAR", "MONTH"):
                return iso(day, granularity), granularity, "date", told.isoformat(), day if granularity == "day" else None
        if label in ("MONTH_DAY", "DAY_MONTH", "WEEKDAY_DATE") and month and day_num:
            if year is None and published is None:
                return None
            range_end = year is None and RANGE_END.search(doc_text(span.doc), max(0, span.start_char - 40), span.start_char)
            start = context.anchor(span.start_char) if range_end else None
            if start is not None:
                # "waived the duty from August 19 to September 30": the end of a range comes after its start
                year = start.year + (1 if (month, day_num) < (start.month, start.day) else 0)
                day = safe_date(year, month, day_num)
                return (iso(day, "day"), "day", "date", start.isoformat(), day) if day else None
            anchor = "explicit" if year else "publication"
            year = year or self._year(month, day_num, published, tense, lower)
            day = safe_date(year, month, day_num)
            return (iso(day, "day"), "day", anchor, _anchor_value(anchor, published), day) if day else None
        if label in ("MONTH_YEAR", "MONTH") and month:
            if year is None and published is None:
                return None
            anchor = "explicit" if year else "publication"
            year = year or self._year(month, None, published, tense, lower)
            day = date(year, month, 1)
            return iso(day, "month"), "month", anchor, _anchor_value(anchor, published), None
        if label == "YEAR" and year:
            return f"{year:04d}", "year", "explicit", None, None
        if label == "QUARTER":
            return self._quarter(words, lower, year, published)
        if published is None:
            return None
        pub_iso = published.isoformat()
        if label == "DAY_OF_MONTH" and day_num:
            if "month" in lower:  # "the 15th of this month", "the 3rd of next month"
                first = add_months(published, self.period_shift[lower[-2]])
                day = safe_date(first.year, first.month, day_num)
            elif (context_day := context.month_in_paragraph(span.start_char)) is not None:
                day = safe_date(context_day.year, context_day.month, day_num)
                if day is not None:
                    return iso(day, "day"), "day", "date", context_day.isoformat(), day
            else:
                day = day_of_month(day_num, published, tense)
            return (iso(day, "day"), "day", "publication", pub_iso, day) if day else None
        if label == "WEEKDAY":
            weekday = next(self.weekdays[w] for w in lower if w in self.weekdays)
            modifier = "last" if "past" in lower else "next" if lower[:2] == ["this", "coming"] else \
                lower[0] if lower[0] in ("last", "next", "this", "coming") else None  # "this past Friday": the last one
            day = weekday_date(weekday, published, tense, modifier)
            return iso(day, "day"), "day", "publication", pub_iso, day
        if label == "RELATIVE_MONTH":  # "That September", "the following May": the months of the story's time
            return self._relative_month(span, month, lower, published, context)
        if label == "RELATIVE_WEEKDAY":  # "the previous Sunday": before the day the story is at
            weekday = next(self.weekdays[w] for w in lower if w in self.weekdays)
            anchor_day = context.anchor(span.start_char)
            anchor, anchor_day = ("date", anchor_day) if anchor_day is not None else ("publication", published)
            day = weekday_before_or_after(anchor_day, weekday, self.offsets[lower[1]] if lower[1] in self.offsets else -1)
            return iso(day, "day"), "day", anchor, anchor_day.isoformat(), day
        if label == "PUBLICATION_DAY":  # "yesterday", "last night", "this morning", "earlier today"
            offsets = self.tables["lexicon"]["publication_words"]
            day = shift(published, "day", offsets.get(" ".join(lower), offsets.get(lower[-1], 0)))
            return iso(day, "day"), "day", "publication", pub_iso, day
        if label == "PERIOD":
            return self._period(lower, published)
        if label == "ANNIVERSARY":  # "Fifty years ago this Sunday": that day of the week, so many years back
            weekday = next((self.weekdays[w] for w in lower if w in self.weekdays), None)
            offsets = self.tables["lexicon"]["publication_words"]
            day = weekday_date(weekday, published, "future" if "this" in lower else tense, "last" if "last" in lower else None) \
                if weekday is not None else shift(published, "day", offsets.get(lower[-1], 0))
            day = safe_date(day.year - self._amount(lower[0]), day.month, day.day) or date(day.year - self._amount(lower[0]), day.month, 28)
            return iso(day, "day"), "day", "publication", pub_iso, day
        if label == "AGO":
            amount, unit = self._amount(lower[0]), self.units[lower[1]]
            day = shift(published, unit, -amount) if unit != "year" else date(published.year - amount, 1, 1)
            granularity = "day" if unit in ("day", "week") else unit
            return iso(day, granularity), granularity, "publication", pub_iso, day if granularity == "day" else None
        if label == "ANAPHORIC":
            return self._anaphoric(span, lower, published, context)
        return None

    def _relative_month(self, span, month, lower, published, context):
        """"That September" is the September of the year the story is at; "the following May" the
        first May after it, "the previous May" the last one before it."""
        words = [w for w in lower if w in self.months or w in self.offsets]
        told = context.anchor(span.start_char, granularities=("day", "month", "year"))
        if month is None or told is None:
            return None
        offset = self.offsets.get(words[0], 0) if len(words) > 1 else 0
        year = told.year + (1 if offset > 0 and month <= told.month else -1 if offset < 0 and month >= told.month else 0)
        day = date(year, month, 1)
        return iso(day, "month"), "month", "date", told.isoformat(), None

    def _year(self, month, day_num, published, tense, lower) -> int:
        """"last September" is the latest September before publication; "next year" shifts it."""
        shift_word = -1 if "past" in lower else 1 if "coming" in lower else None  # "this past March"
        if shift_word is None:
            shift_word = next((self.period_shift[w] for w in lower if w in self.period_shift), None)
        if shift_word is None:
            return infer_year(month, day_num, published, tense)
        if "year" in lower:
            return published.year + shift_word
        if shift_word < 0:
            return published.year if month < published.month else published.year - 1
        if shift_word > 0:
            return published.year if month > published.month else published.year + 1
        return published.year

    def _quarter(self, words, lower, year, published):
        match = next((QUARTER_RE.match(w) for w in words if QUARTER_RE.match(w)), None)
        number = int(match.group(1)) if match else next(
            (self.quarters[w] for w in lower if w in self.quarters), None)
        if number is None or (year is None and published is None):
            return None
        anchor = "explicit" if year else "publication"
        year = year or published.year
        return f"{year:04d}-Q{number}", "quarter", anchor, _anchor_value(anchor, published), None

    def _period(self, lower, published):
        unit = next(w for w in lower if w in ("week", "month", "year"))
        which = next((w for w in lower if w in ("last", "this", "next")), "this")
        amount = self.tables["lexicon"]["period_shift"][which]
        day = shift(published, unit, amount) if unit != "year" else date(published.year + amount, 1, 1)
        return iso(day, unit), unit, "publication", published.isoformat(), None

    def _anaphoric(self, span, lower, published, context):
        unit = next((self.units[w] for w in lower if w in self.units), "day")
        direction = next((self.offsets[w] for w in lower if w in self.offsets), 0)
        amount = self._amount(lower[0]) if lower[0] in self.numbers or lower[0].isdigit() else 1
        finest = {"month": ("day", "month"), "year": ("day", "month", "year")}.get(unit, ("day",))
        tense = clause_tense(span)
        anchor_day = context.anchor(span.start_char, granularities=finest,  # "that month": not "in 2018"
                                    past=tense == "past" or tense is None and span.sent.root.tag_ == "VBD")
        anchor = "date"
        if anchor_day is None:
            anchor_day, anchor = published, "publication"
        day = shift(anchor_day, unit if unit != "week" else "day", direction * amount * (7 if unit == "week" else 1))
        granularity = "week" if unit == "week" and lower[0] in ("the", "that") else "day" if unit == "week" else unit
        # "that week", "the following week": a period; "a week later": the day seven days on
        return iso(day, granularity), granularity, anchor, anchor_day.isoformat(), day if granularity == "day" else None

    def _amount(self, word: str) -> int:
        return int(word) if word.isdigit() else (self.numbers.get(word) or 1)



class _Anchors:
    """Dates mentioned so far, for "the day before", "that day" and "On the 4th".

    Within a paragraph the anchor is the latest date before the expression. In
    the paragraph right after, a chain of relative dates continues ("The day
    before ... Two days later"); otherwise that paragraph's first date, its
    main event, is the anchor. Further away the anchor is the latest reported
    date so far: the article's main event, not a flashback ("On the 2nd, the
    U.S. announced ...") nor a deadline after publication.
    """

    def __init__(self, text: str, published: date | None):
        self.published = published
        self.starts = [m.start() for m in re.finditer(r"[^\n]+", text)]  # one paragraph per line
        self.seen: list[tuple[int, date, str, bool]] = []  # (paragraph, day, granularity, derived)
        self.with_year: list[tuple[int, date]] = []  # (offset, day) of months and days that state their year

    def _paragraph(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def remember(self, offset: int, day: date, granularity: str, derived: bool, explicit: bool = False) -> None:
        self.seen.append((self._paragraph(offset), day, granularity, derived))
        if explicit:
            self.with_year.append((offset, day))

    def year_told_before(self, start: int, offset: int) -> date | None:
        """The latest date with its year stated between ``start`` (the sentence's) and ``offset``."""
        told = [day for at, day in self.with_year if start <= at < offset]
        return told[-1] if told else None

    def story_year(self, span: Span) -> date | None:
        """The date with its year stated in one of the two sentences just before, when no other date came
        after it: a narrative told in that year. Recent background ("imposed in May 2020. | In April,
        Canberra agreed") gives way to the story's present at a new paragraph; history told five or more
        years back goes on across it ("The panel, reporting in November 1963, settled on $26 million. |
        Kennedy did not live to act on it. After his assassination on November 22, ...")."""
        sentence = span.sent
        if sentence.start == 0:
            return None
        previous = span.doc[sentence.start - 1].sent
        if previous.start > 0 and not any(previous.start_char <= at < sentence.start_char for at, _ in self.with_year):
            previous = span.doc[previous.start - 1].sent
        told = [(at, day) for at, day in self.with_year if previous.start_char <= at < sentence.start_char]
        if not told or not self.seen or self.seen[-1][1] != told[-1][1]:
            return None
        at, day = told[-1]
        history = self.published is not None and day.year <= self.published.year - HISTORY_YEARS
        if self._paragraph(at) != self._paragraph(span.start_char) and not history:
            return None
        mention = span.doc.char_span(at, at + 1, alignment_mode="expand")
        if mention is not None and any(a.dep_ == "relcl" or a.dep_ == "acl" and a.tag_ == "VBN" for a in mention.root.ancestors):
            return None  # "a pastor who was detained in October 2016. He was moved ... in late July": background
        return day

    def history_year(self) -> date | None:
        """The latest date told, when it lies five or more years back in a story whose first date does too:
        a history goes on in its own years until a date brings the story back ("Fifty years ago this
        Sunday, Nixon ... 1971 was on course to produce one ... On 28 August they let the yen float")."""
        opening = next((day for _, day, granularity, _ in self.seen if granularity in ("day", "month")), None)
        if opening is None or self.published is None or opening.year > self.published.year - HISTORY_YEARS:
            return None  # only in a story that opens on a day in the past; news opens on its own days
        _, day, _, derived = self.seen[-1]
        return day if not derived and day.year <= self.published.year - HISTORY_YEARS else None

    def month_in_paragraph(self, offset: int) -> date | None:
        """The month of the latest earlier day in the same paragraph ("July 1. On the 4th, ..."); a
        bare month names a period ("exports in July rose ..., the ministry said on the 1st")."""
        paragraph = self._paragraph(offset)
        same = [day for para, day, granularity, _ in self.seen if para == paragraph and granularity == "day"]
        return same[-1] if same else None

    def anchor(self, offset: int, granularities: tuple[str, ...] = ("day",), past: bool = False) -> date | None:
        """A day for "the day before"; for "that month" a day or month; for "the following year" any
        date will do ("in May 2020 ... the following year"). A past clause is never told from a day
        still to come ("would act on December 15. Brussels repeated that warning the day before")."""
        days = [(para, day, derived) for para, day, granularity, derived in self.seen if granularity in granularities
                and not (past and self.published is not None and day > self.published)]
        if not days:
            return None
        paragraph = self._paragraph(offset)
        same = [day for para, day, _ in days if para == paragraph]
        if same:
            return same[-1]
        previous = [(day, derived) for para, day, derived in days if para == paragraph - 1]
        if previous:
            return previous[-1][0] if previous[-1][1] else previous[0][0]
        reported = [day for _, day, _ in days if self.published is None or day <= self.published]
        return max(reported or [day for _, day, _ in days])


def _expand(pattern: list[dict], classes: dict) -> list[dict]:
    """Replace "$CLASS" placeholders in token patterns by the lexicon's word lists."""
    out = []
    for token in pattern:
        token = dict(token)
        for attr, value in list(token.items()):
            if isinstance(value, dict) and isinstance(value.get("IN"), str):
                token[attr] = {"IN": classes[value["IN"]]}
        out.append(token)
    return out


def _parse_iso(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        parsed = dateparser.parse(str(value), languages=["en"], settings={"STRICT_PARSING": True})
        return parsed.date() if parsed else None


def _anchor_value(anchor: str, published: date | None) -> str | None:
    return published.isoformat() if anchor == "publication" and published else None
