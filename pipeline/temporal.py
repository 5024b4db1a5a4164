"""Calendar arithmetic for news time: year inference, weekdays, periods, tense.

A date without a year, a bare weekday or "the 8th" is read the way a news
report means it: relative to the publication date, in the direction the
clause's tense points.
"""
from collections import Counter
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Span, Token

# "present" (simple present, "would"): no direction, the reading nearest publication wins.
Tense = Literal["past", "future", "present"] | None
FUTURE_AUX = {"will", "'ll", "shall", "wo"}
MODAL_AUX = {"might", "may", "could", "should", "must", "can"}
DEADLINE_PREPOSITIONS = {"until", "till", "through", "by", "before", "from", "ahead", "starting"}
POSTPONING_VERBS = {"defer", "delay", "postpone", "push", "extend", "move", "shift", "put"}
FUTURE_HEADS = {"plan", "expect", "schedule", "set", "due", "aim", "intend", "prepare",
                "going", "slate", "poise"}


def iso(day: date, granularity: str) -> str:
    """ISO value at a granularity: day, month, year, week (YYYY-Www), quarter (YYYY-Qn)."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year:04d}"


def calendar_value(value: str | None) -> str | None:
    """A week or quarter as the finest calendar date containing it (FORMAT.md dates are days,
    months or years): the month of most of a week's working days, a quarter's year."""
    if not value or "-W" not in value and "-Q" not in value:
        return value
    year, part = value.split("-")
    if part.startswith("Q"):
        return year
    monday = date.fromisocalendar(int(year), int(part[1:]), 1)
    months = Counter((monday + timedelta(days=k)).strftime("%Y-%m") for k in range(5))
    return months.most_common(1)[0][0]


def add_months(day: date, months: int) -> date:
    """First day of the month ``months`` away from ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int | None, published: date, tense: Tense) -> int:
    """Year of a month (and day) written without one.

    Past tense pushes a date that would lie after publication into the previous
    year, future tense pushes one before it into the next; without a tense the
    reading nearest to publication wins, unless it lies more than four and a half
    months ahead: news tells what has happened.
    """
    if day is None:
        if tense == "past" and month > published.month:
            return published.year - 1
        if tense == "future" and month < published.month:
            return published.year + 1
        if tense == "present" and abs(month - published.month) > 6:  # "until late January" in December
            return published.year + (1 if month < published.month else -1)
        return published.year
    same_year = safe_date(published.year, month, day) or date(published.year, month, 28)
    slack = timedelta(days=7)
    if tense == "past" and same_year > published + slack:
        return published.year - 1
    if tense == "future" and same_year < published - slack:
        return published.year + 1
    if tense in (None, "present"):
        readings = [(year, safe_date(year, month, day) or date(year, month, 28))
                    for year in (published.year - 1, published.year, published.year + 1)]
        nearest = min(readings, key=lambda r: abs((r[1] - published).days))
        if nearest[1] - published > timedelta(days=135):  # "USTR's decision of 17 April" in November, "Feb. 1 —
            return nearest[0] - 1  # Trump signs" in a timeline are past; "the rest follows on Dec. 15" in August is not
        return nearest[0]
    return published.year


def day_of_month(day: int, published: date, tense: Tense) -> date | None:
    """"On the 8th": that day of the publication month, or of the month before/after."""
    this_month = safe_date(published.year, published.month, day)
    before = add_months(published, -1)
    after = add_months(published, 1)
    previous = safe_date(before.year, before.month, day)
    following = safe_date(after.year, after.month, day)
    if this_month is None:
        return previous if tense != "future" else following
    if tense == "past" and this_month > published:
        return previous
    if tense == "future" and this_month < published:
        return following
    if tense in (None, "present"):
        readings = [d for d in (previous, this_month, following) if d is not None]
        return min(readings, key=lambda d: abs((d - published).days))
    return this_month


def weekday_date(weekday: int, published: date, tense: Tense, modifier: str | None) -> date:
    """A weekday: the latest on or before publication, unless "next" or the future says otherwise."""
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    if modifier == "last":
        return published - timedelta(days=back or 7)
    if modifier == "next":
        return published + timedelta(days=forward or 7)
    if modifier in ("this", "coming") or tense == "future":
        return published + timedelta(days=forward)
    if tense == "present" and forward < back:  # "the tariff takes effect on Saturday"
        return published + timedelta(days=forward)
    return published - timedelta(days=back)


def weekday_before_or_after(anchor: date, weekday: int, direction: int) -> date:
    """"The previous Sunday" (direction -1) or "the following Monday" (+1) seen from ``anchor``."""
    if direction < 0:
        return anchor - timedelta(days=(anchor.weekday() - weekday) % 7 or 7)
    return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)


def shift(anchor: date, unit: str, amount: int) -> date:
    """``anchor`` moved by ``amount`` days, weeks, months or years."""
    if unit == "day":
        return anchor + timedelta(days=amount)
    if unit == "week":
        return anchor + timedelta(weeks=amount)
    if unit == "month":
        return add_months(anchor, amount)
    return date(anchor.year + amount, 1, 1)


def clause_tense(span: Span) -> Tense:
    """Past or future of the clause that governs ``span`` (None for present or unknown)."""
    token: Token | None = span.root
    governing_words = {t.lower_ for t in (span.root.head, span.doc[max(span.start - 1, 0)])}
    if span.start >= 3 and span.doc[span.start - 2].pos_ not in ("NOUN", "PROPN"):
        governing_words.add(span.doc[span.start - 3].lower_)  # "until early on the 16th"; not "by phone on Thursday"
    part = span.root.head.head if span.root.head.lower_ == "of" else None
    if part is not None and part.lower_ in ("end", "start", "beginning", "middle") and part.dep_ == "pobj":
        governing_words.add(part.head.lower_)  # "volumes through the end of December": through December
    if "since" in governing_words:
        return "past"  # "charged since early April"
    verb = _verbal_ancestor(span.root)
    if "to" in governing_words and verb is not None and verb.lemma_.lower() in POSTPONING_VERBS:
        return "present"  # "deferred the tariffs, now to November 2": the new deadline, read nearest to publication
    if governing_words & DEADLINE_PREPOSITIONS:
        if verb is not None and "had" in {c.lower_ for c in verb.children if c.dep_ == "aux"}:
            return "past"  # "By mid-April, the rate had reached 145%": reached before then
        return "present"  # "extended until Dec. 16": a deadline, read nearest to publication
    for _ in range(6):
        if token is None:
            return None
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return _verb_tense(token)
        if token.lower_ in ("%", "percent", "cent", "pc") and token.i < span.start:
            return None  # "set out the ladder: 10 percent on July 1, 15 percent on August 1": the rate's own date
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _verb_tense(verb: Token, depth: int = 0) -> Tense:
    auxes = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxes & FUTURE_AUX:
        return "future"
    if auxes & {"would"}:
        return "present"  # future in the past: no direction
    if auxes & MODAL_AUX and not auxes & {"have"}:
        return "future"
    if verb.tag_ == "VB" and "to" in auxes and verb.head.lemma_ in FUTURE_HEADS:
        # "is due to take effect" looks ahead; "had been due to take effect" does not; "the levy, due to
        # begin on Monday, had been suspended": "due" describes the levy, the suspension's tense is not its own
        if verb.head.dep_ in ("amod", "appos", "acl", "relcl") or verb.head.head.pos_ in ("NOUN", "PROPN"):
            return "future"
        governing = _verbal_ancestor(verb.head)
        if governing is not None and depth < 3 and _verb_tense(governing, depth + 1) == "past" \
                and not (verb.head.dep_ == "ccomp" and verb.head.tag_ == "VBD"):
            return None
        return "future"  # "Trump added that he planned to visit China in April": a plan he still holds
    if verb.tag_ in ("VBD",) and verb.dep_ == "advcl" and depth < 3 and any(
            c.dep_ == "mark" and c.lower_ in ("until", "unless", "if", "once", "when") for c in verb.children):
        governing = _verbal_ancestor(verb.head)  # "he would raise it each month until it reached 25% on Oct. 1"
        if governing is not None and _verb_tense(governing, depth + 1) in ("future", "present"):
            return "present"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and verb.lemma_ in FUTURE_HEADS and not auxes \
            and not any(c.dep_ == "prt" for c in verb.children):  # not "the 30% rate Trump set out in his letter"
        return "future"  # "a public hearing set for July 24", "talks scheduled for Monday": ahead
    if verb.tag_ == "VBN" and auxes >= {"to", "be"}:
        return "future"  # "a deposit, to be collected starting Thursday"
    if verb.tag_ in ("VBD",) or (verb.tag_ == "VBN" and auxes & {"has", "have", "had", "was", "were"}):
        return "past"
    if auxes & {"did", "had", "was", "were"}:
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return "past"  # "a statement issued after talks on Saturday"
    if verb.tag_ == "VBN" and verb.head.i != verb.i and depth < 3:
        governing = _verbal_ancestor(verb.head)  # "vehicles made in China from Wednesday"
        return _verb_tense(governing, depth + 1) if governing is not None else None
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.dep_ in ("xcomp", "conj", "pcomp", "advcl") and verb.head.i != verb.i and depth < 3:
        return _verb_tense(verb.head, depth + 1)  # "will start collecting from Wednesday"
    return None


def _verbal_ancestor(token: Token) -> Token | None:
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None
