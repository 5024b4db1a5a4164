"""Events across sentences: one event per occurrence, references resolved, retaliations linked.

Mentions of one event (lede and body, "the deal" named again) merge; events
placed at an earlier event take its date; a tariff answering the other side's
tariff is a retaliation.
"""
from collections import Counter

from .temporal import calendar_value

REPORTED = ("asserted", "planned")
EFFECT_TRIGGERS = {"take", "takes", "took", "taken", "taking", "collected", "collect", "come", "comes", "came",
                   "arrive", "arrives", "arrived", "kick", "kicks", "kicked"}
PAST_EFFECT = {"took", "taken", "came", "arrived", "kicked"}


def merge_events(events: list[dict], headline_end: int) -> list[dict]:
    """An event stated twice (lede and body) is one event with both evidence spans.

    Mentions merge when type, actors and targets agree and their dates agree or
    one has none; an undated headline event joins the body's event of its type.
    """
    merged: list[dict] = []
    for event in events:
        if event.get("_anaphor") and event["type"] in ("AGREE", "CONSULT"):
            merged.append(event)  # "after the talks": resolved against the events before it, below
            continue
        match = next((m for m in merged if m["type"] == event["type"] and not m.get("_anaphor")
                      and (m["modality"] in REPORTED) == (event["modality"] in REPORTED)
                      and not (m["type"] == "CONSULT" and (m["cameo"] == "041") != (event["cameo"] == "041"))
                      and sorted(m["actors"]) == sorted(event["actors"])
                      and not _other_people(m, event)
                      and not _dated_by_what_went_before(m, event)
                      and (_same_sides(m, event) or m["evidence"][0] == event["evidence"][0]
                           and m["date"] in (None, event["date"]) and event["date"] in (None, m["date"]))), None) \
            or _same_talks(merged, event)
        # "held several rounds of talks with Lutnick": one sentence, one event
        if match is None and event["trigger"].lower() in EFFECT_TRIGGERS:
            # "The duties take effect on the 24th": the imposition already reported, not a new event;
            # "announced on July 30 and that took effect on Aug. 7": one measure, dated when it took effect
            took_effect = event["trigger"].lower() in PAST_EFFECT and event["date"] is not None
            match = next((m for m in merged if m["type"] == event["type"]
                          and sorted(m["actors"]) == sorted(event["actors"])
                          and (not took_effect or m["evidence"][0] == event["evidence"][0])), None)
            if match is not None and took_effect:
                match["date"], match["date_source"] = event["date"], event["date_source"]
        if match is None:
            merged.append(event)
            continue
        if match["type"] == "CONSULT" and len(event["actors"]) > len(match["actors"]):
            match["actors"], match["targets"] = event["actors"], event["targets"]  # "Starmer and Modi ... after a call"
        absorb(match, event)
    for event in merged:  # a headline event told again in the body stands where the body tells it
        event["evidence"].sort(key=lambda span: (span["start"] < headline_end, span["start"]))
    body = [e for e in merged if e["evidence"][0]["start"] >= headline_end]
    for event in merged:  # a headline sums up the body: its events only add evidence
        if event not in body:
            twin = next((b for b in body if b["type"] == event["type"]
                         and (b["modality"] in REPORTED) == (event["modality"] in REPORTED)), None)
            if twin is not None:
                absorb(twin, event)
    return sorted(body, key=lambda e: e["evidence"][0]["start"])


def resolve_references(events: list[dict]) -> list[dict]:
    """Definite mentions ("Trump announced the deal on Wednesday") join the event they name, and
    events placed at an earlier meeting ("During the meeting, Seoul asked ...") take its date."""
    kept: list[dict] = []
    for event in events:
        antecedent = None
        if event.get("_anaphor") and event["type"] in ("AGREE", "CONSULT"):
            same_type = [e for e in kept if e["type"] == event["type"] and e["modality"] in REPORTED
                         and (e["date"] is None or event["date"] in (None, e["date"])  # not "could speak"
                              or e["date_source"] == "main clause")]
            candidates = [e for e in same_type if _participants(e) & _participants(event) or event.get("_orphan")]
            if not candidates and len(same_type) == 1:
                candidates = same_type  # "Trump, announcing the deal": the one deal the article reported
            antecedent = next((e for e in reversed(candidates) if e["trigger"].lower() == event["trigger"].lower()),
                              candidates[0] if candidates else None)  # "the call" is the call named before
        if event.get("_orphan") and event["type"] == "IMPOSE_TARIFF":  # "The duty, announced late Friday, covers"
            antecedent = next((e for e in reversed(kept) if e["type"] == "IMPOSE_TARIFF" and e["modality"] in REPORTED
                               and e["date"] in (None, event["date"])), None)
        if antecedent is None and event.get("_anaphor") == "oblique":  # "After the reprieve, she said ...": that reprieve
            antecedent = next((e for e in reversed(kept) if e["type"] == event["type"] and e["modality"] in REPORTED), None)
        if antecedent is None and event["date"] is not None:
            antecedent = _lede_mention(kept, event)  # the lede's "the first consultation", dated later
        if antecedent is None and event.get("_orphan"):
            continue  # "The deal was unveiled on Thursday" with no deal reported before: no sides to give it
        if antecedent is None:
            kept.append(event)
        else:
            if event["_anaphor"] == "oblique":
                event = dict(event, date=None)
            absorb(antecedent, event)
    for event in list(kept):  # "Korea had agreed to buy our energy": a term of the deal already reported
        if event["type"] == "AGREE" and event.get("_term") and event["date"] is None:
            deal = next((e for e in kept if e is not event and e["type"] == "AGREE" and not e.get("_term")
                         and _participants(event) <= _participants(e)), None)
            if deal is not None:
                absorb(deal, event)
                kept.remove(event)
    for number, event in enumerate(kept):
        if event["date"] is None and event.get("_document"):  # "The order exempted 700 products": the order's day
            issuing = next((e for e in reversed(kept[:number]) if e["date"] and
                            any(event["_document"] in span["text"].lower() for span in e["evidence"])), None)
            if issuing is not None:
                event["date"], event["date_source"] = issuing["date"], "reference"
        if event["date"] is None and event.get("_after"):  # "The deal was announced after she held talks": that day
            main = [e for e in kept if e is not event and e["date"] and any(span in e["evidence"] for span in event["evidence"][:1])
                    and not e.get("_after")]
            if len(main) == 1:
                event["date"], event["date_source"] = main[0]["date"], "reference"
        if event["type"] == "REJECT" and not event["targets"]:  # "EU negotiators rejected the plan": its author's
            asked = next((e for e in reversed(kept[:number]) if e["type"] in ("PROPOSE", "REQUEST")
                          and e["actors"] and not set(e["actors"]) & set(event["actors"])), None)
            event["targets"] = list(asked["actors"]) if asked is not None else []
        before = kept[number - 1] if number else None
        said_before = next((e for e in reversed(kept[:number]) if e["modality"] in REPORTED), None) \
            if event["date"] is None and event.get("_also") and not event.get("_ongoing") else None
        if said_before is not None and said_before["date"] \
                and set(said_before["actors"]) == set(event["actors"]) \
                and any(0 <= event["evidence"][0]["start"] - span["end"] <= 2 for span in said_before["evidence"]):
            event["date"], event["date_source"] = said_before["date"], "reference"  # "... said on Monday. Trump also warned"
        if event["type"] == "RETALIATE" and event.get("_afterward"):  # "Ottawa answered within hours": the day
            before = next((e for e in reversed(kept[:number]) if e["type"] == "IMPOSE_TARIFF"  # of what it answers
                           and (set(e["actors"]) & set(event["targets"]) or set(e["targets"]) & set(event["actors"]))), before)
        if event["date"] is None and event.get("_afterward") and before is not None and before["date"] \
                and before["evidence"][0]["start"] <= event["evidence"][0]["start"]:
            event["date"], event["date_source"] = before["date"], "reference"  # "Shortly afterward": that day
        if event["date"] is None and event.get("_occasion"):
            meetings = [e for e in kept if e["type"] == event["_occasion"] and e["date"] and e is not event
                        and e["modality"] == "asserted" and _participants(e) & _participants(event)]  # not talks planned
            if len(meetings) > 1:  # "Lam used the call to ask Washington": the one call between those two sides
                meetings = [e for e in meetings if _participants(e) == _participants(event)]
            if len(meetings) > 1 and event["_occasion"] == "AGREE":  # "Washington agreed to halve the tariff": a term
                told = [e for e in meetings if e["evidence"][0]["start"] < event["evidence"][0]["start"]]
                meetings = told[-1:]  # of the deal told last before it, not of the sides' older truces
            if len(meetings) == 1:
                event["date"], event["date_source"] = meetings[0]["date"], "reference"
        elif event["date"] is None and event["type"] == "EASE_TARIFF" and event["modality"] == "planned":
            deals = {e["date"] for e in kept if e["type"] == "AGREE" and e["date"] and _participants(event) <= _participants(e)}
            if len(deals) == 1:  # "Tariffs on Korean cars will also be lowered to 15%": a term of the deal
                event["date"], event["date_source"] = deals.pop(), "reference"
    return _terms_of_one_deal(kept)


FOLLOWING_QUOTE_REACH = 400  # characters: the next sentence or two
STATEMENT_TYPES = ("REJECT", "REQUEST", "PROPOSE", "THREATEN")


def dated_by_following_quote(events: list[dict], quotes: list[dict]) -> None:
    """"Farrell has rejected a push by China ... 'We will not be joining,' Farrell told reporters on
    Thursday": a position stated without a date takes the day its author is quoted right after,
    or, for "He urged Washington to ..." after his quote, the day of that quote."""
    in_order = sorted(quotes, key=lambda q: q["start"])
    for event in events:
        speakers = event["officials"] or ([event["_speaker"]] if event.get("_speaker") else [])  # "He said Brazil was asking"
        if event["date"] is not None or event["type"] not in STATEMENT_TYPES or not speakers:
            continue
        start, end = event["evidence"][0]["start"], event["evidence"][0]["end"]
        following = next((q for q in in_order if q["start"] >= end), None)
        preceding = next((q for q in reversed(in_order) if q["end"] <= start), None)
        if following is not None and following["start"] - end <= FOLLOWING_QUOTE_REACH \
                and _spoken_by(following, speakers) and following.get("date"):
            event["date"], event["date_source"] = following["date"], "reference"
        elif preceding is not None and start - preceding["end"] <= FOLLOWING_QUOTE_REACH \
                and _spoken_by(preceding, speakers) and preceding.get("date"):
            event["date"], event["date_source"] = preceding["date"], "reference"


def dated_by_meeting_before(events: list[dict]) -> list[dict]:
    """What the sides said or did in the sentences right after a dated meeting happened there, before
    mentions merge (an undated request would otherwise join a later, dated one of the same sides):
    "On Monday, Trump spoke by phone with Sheinbaum. Mexico agreed to send troops. In return,
    Washington agreed to hold off on the tariffs." Planned acts other than positions keep no day, and
    "Both sides agreed to continue consultations" is more talks, not that call."""
    meeting = None
    for before, event in zip(events, events[1:]):
        if before["type"] == "CONSULT" and before["date"] is not None and before["modality"] == "asserted":
            meeting = before
        elif before is not meeting and before.get("_at_meeting") is not meeting:
            meeting = None
        if meeting is not None and event["date"] is None and not event.get("_ongoing") and not event.get("_together") \
                and (event["type"] in STATEMENT_TYPES or event["modality"] == "asserted") \
                and 0 <= event["evidence"][0]["start"] - before["evidence"][0]["end"] <= 2 \
                and bool(event["actors"]) and set(event["actors"]) | set(event["targets"]) <= _participants(meeting):
            event["date"], event["date_source"], event["_at_meeting"] = meeting["date"], "reference", meeting
    return events


def _spoken_by(quote: dict, officials: list[str]) -> bool:
    """The quote's speaker is one of the officials, by full name or surname ("Ng" for "Mary Ng")."""
    speaker = (quote.get("speaker") or "").split()
    return bool(speaker) and any(name.split()[-1] == speaker[-1] for name in officials)


def _terms_of_one_deal(events: list[dict]) -> list[dict]:
    """Cuts one side makes under a deal, dated by it ("whisky duties halved", "car duties will drop"):
    one easing by that side on the deal's day."""
    kept: list[dict] = []
    for event in events:
        twin = next((k for k in kept if k["type"] == event["type"] == "EASE_TARIFF" and k["actors"] == event["actors"]
                     and k["date"] and k["date"] == event["date"] and "reference" in (k["date_source"], event["date_source"])
                     and (not k["targets"] or not event["targets"] or k["targets"] == event["targets"])), None)
        if twin is None:
            kept.append(event)
        else:
            absorb(twin, event)
    return kept


def sides_named_before(events: list[dict]) -> list[dict]:
    """"Both sides agreed ...": the two sides of the latest event before it that has two; "both
    governments will suspend the tariffs they imposed": each side suspends its own, on the other."""
    named, split = [], set()
    for number, event in enumerate(events):
        earlier = next((e for e in reversed(events[:number]) if len(_participants(e)) >= 2), None) \
            if event.get("_together") else None
        named_here = set(event.get("_sentence_sides") or [])
        if earlier is not None and len(named_here) >= 2:  # "Starmer and Modi announced that the two countries had
            event["actors"], event["targets"] = sorted(named_here), []  # concluded a deal": theirs, not the last pair's
            named.append(event)
        elif earlier is None:
            named.append(event)
        elif event["type"] == "EASE_TARIFF":
            sides = sorted(_participants(earlier))
            key = (event["evidence"][0]["start"], event["trigger"])
            if key not in split:  # copies of one mention split already
                split.add(key)
                named.extend(dict(event, actors=[side], targets=[c for c in sides if c != side],
                                  evidence=list(event["evidence"]), tariffs=list(event["tariffs"])) for side in sides)
        else:
            event["actors"], event["targets"] = sorted(_participants(earlier)), []
            named.append(event)
    return named


def _lede_mention(kept: list[dict], event: dict) -> dict | None:
    """An undated definite mention in the first sentence that this dated event spells out."""
    if not kept:
        return None
    first = min(e["evidence"][0]["start"] for e in kept)
    return next((e for e in kept if e["type"] == event["type"] and e["date"] is None and e.get("_anaphor")
                 and e["evidence"][0]["start"] == first and _participants(e) & _participants(event)
                 and (e["type"] in ("AGREE", "CONSULT") or set(e["actors"]) == set(event["actors"]))), None)
    # not Ottawa's "scrap its retaliatory tariffs" spelled out by Washington's "has exempted" goods


def _dated_by_what_went_before(kept: dict, other: dict) -> bool:
    """"Within hours the White House published an order setting the rate at 39%" has the day of the
    act told before it (set below), not that of "The new rate took effect on Aug 7"."""
    return any(e.get("_afterward") and e["date"] is None and f["date"] is not None for e, f in ((kept, other), (other, kept)))


def _other_people(kept: dict, other: dict) -> bool:
    """"LeBlanc had travelled to Washington for talks" and "Carney's Oct. 7 meeting with Trump": an
    undated meeting held by other officials is another meeting, not the dated one told again."""
    return kept["type"] == "CONSULT" and (kept["date"] is None) != (other["date"] is None) \
        and bool(kept["officials"]) and bool(other["officials"]) and not set(kept["officials"]) & set(other["officials"])


def _same_talks(merged: list[dict], event: dict) -> dict | None:
    """"Starmer speaks to Modi by telephone on Tuesday" and "Starmer and Modi announced the deal on
    Tuesday after a phone call": one call, told once from one side and once as a joint act."""
    if event["type"] != "CONSULT" or event["date"] is None or event["modality"] not in REPORTED:
        return None
    return next((m for m in merged if m["type"] == "CONSULT" and m["date"] == event["date"]
                 and m["modality"] in REPORTED and m["cameo"] == event["cameo"]
                 and _participants(m) == _participants(event) and len(_participants(m)) > 1), None)


def in_calendar_dates(events: list[dict]) -> list[dict]:
    """Week and quarter dates as the month or year holding them (FORMAT.md's dates are days, months
    or years); an event then identical to one before it, or dated by a week that holds the other's
    day, is the same event."""
    from_period: set[int] = set()  # ids of events whose date was a week or quarter
    for event in events:
        value = calendar_value(event["date"])
        if value != event["date"]:
            from_period.add(id(event))
            event["date"] = value
    kept: list[dict] = []
    for event in events:
        twin = next((k for k in kept if _same_act(k, event) and (
            (k["date"], sorted(k["targets"])) == (event["date"], sorted(event["targets"]))
            or _within_period(k, event, from_period))), None)
        if twin is None:
            kept.append(event)
        else:
            absorb(twin, event)  # "the duties he imposed earlier this week" and "took effect on Tuesday, March 4"
    return kept


def _same_act(kept: dict, event: dict) -> bool:
    return (kept["type"], sorted(kept["actors"]), kept["modality"]) == (event["type"], sorted(event["actors"]), event["modality"])


def _within_period(kept: dict, event: dict, from_period: set[int]) -> bool:
    """One of the two is dated by a week that holds the other's day, and their sides agree."""
    open_sides = not kept["targets"] or not event["targets"] or sorted(kept["targets"]) == sorted(event["targets"])
    return open_sides and bool(kept["date"] and event["date"]) and (
        id(kept) in from_period and event["date"].startswith(kept["date"] + "-")
        or id(event) in from_period and kept["date"].startswith(event["date"] + "-"))


def _participants(event: dict) -> set[str]:
    return set(event["actors"]) | set(event["targets"])


def _same_sides(kept: dict, other: dict) -> bool:
    """Same targets and date, or one of them left open: "announced tariffs on dozens of partners"
    and "The list sets 46% on Vietnam" are one announcement."""
    coarser = _coarser(kept["date"], other["date"])
    if kept["date"] is not None and other["date"] is not None and kept["date"] != other["date"] and not coarser:
        return False  # "last year" and "Aug. 26, 2024" can be one event; two different days cannot
    rates = {t["rate"] for t in kept["tariffs"]}, {t["rate"] for t in other["tariffs"]}
    ceilings = kept.get("_ceiling") or 0, other.get("_ceiling") or 0
    if all(rates) and not rates[0] & rates[1] and not (max(rates[1]) <= ceilings[0] or max(rates[0]) <= ceilings[1]):
        return False  # "sets a 20% tariff" is not the earlier "46% rate"; "up to 50%" covers "46% on Vietnam"
    if sorted(kept["targets"]) == sorted(other["targets"]):
        return True
    one_undated = kept["date"] is None or other["date"] is None or coarser
    open_sides = kept["type"] in ("IMPOSE_TARIFF", "EASE_TARIFF", "RETALIATE", "AGREE")  # "deals with the US", "had agreed"
    same_day = kept["date"] == other["date"]  # "after agreeing to ..." and "had agreed"; "approved the measures on Wednesday"
    return open_sides and (one_undated or same_day) and (not kept["targets"] or not other["targets"])


def _coarser(date: str | None, other: str | None) -> bool:
    """One date contains the other: "2024" and "2024-08-26", "2025-03" and "2025-03-20"."""
    return bool(date and other and date != other and "W" not in date + other
                and (other.startswith(date + "-") or date.startswith(other + "-")))


def absorb(kept: dict, other: dict) -> None:
    if kept["date"] is None and other["date"] is not None or _coarser(kept["date"], other["date"]) \
            and len(other["date"]) > len(kept["date"]) \
            or kept["date_source"] == "main clause" and other["date_source"] == "sentence":  # the finer, or its own
        kept["date"], kept["date_source"] = other["date"], other["date_source"]
    kept["targets"] = [c for c in dict.fromkeys(kept["targets"] + other["targets"]) if c not in kept["actors"]]
    for field in ("officials", "topics", "quotes"):
        kept[field] = list(dict.fromkeys(kept[field] + other[field]))
    kept["tariffs"] += [t for t in other["tariffs"] if t not in kept["tariffs"]]
    if other["evidence"][0] not in kept["evidence"]:
        kept["evidence"] += other["evidence"]
    kept["confidence"] = round(min(0.95, max(kept["confidence"], other["confidence"]) + 0.05), 2)
    if kept["modality"] not in REPORTED and other["modality"] in REPORTED:
        kept["modality"] = other["modality"]
    for clue in ("_occasion", "_document", "_after"):  # "Under the deal, ... will be cut": the body's clue counts
        kept[clue] = kept.get(clue) or other.get(clue)


def main_tariff_relation(tariffs: list[dict]) -> tuple[str | None, str | None]:
    """The article's main imposer and target, when its tariffs agree on them."""
    pairs = Counter((t.get("imposer"), t.get("target")) for t in tariffs if t.get("imposer"))
    if not pairs:
        return None, None
    (imposer, target), count = pairs.most_common(1)[0]
    if count * 2 > sum(pairs.values()):
        return imposer, target
    imposers = Counter(t.get("imposer") for t in tariffs if t.get("imposer"))
    imposer, count = imposers.most_common(1)[0]  # one levying side, several taxed ones
    return (imposer, None) if count * 2 > sum(imposers.values()) else (None, None)


def split_mutual(event: dict, codes: dict) -> list[dict]:
    """Tariffs on each other's goods: the first named imposes, the other answers."""
    first, second = event["actors"][0], event["actors"][1]
    impose = dict(event, type="IMPOSE_TARIFF", actors=[first], targets=[second], **codes["IMPOSE_TARIFF"])
    answer = dict(event, type="RETALIATE", actors=[second], targets=[first], **codes["RETALIATE"])
    return [impose, answer]


VERBAL_ANSWERS = ("REJECT", "THREATEN", "REQUEST")  # what "hit back" may turn out to be, told in the next sentence
ANSWER_VERBS = {"hit", "hits", "struck", "strikes", "responded", "responds", "answered", "answers", "replied",
                "retaliated", "retaliates"}  # "Ottawa hit back within hours": an answer whose kind the next sentence tells


def answer_retaliations(events: list[dict]) -> list[dict]:
    """Tariffs that answer the other side's tariffs ("China would raise tariffs on U.S. goods"
    after U.S. tariffs on China) are retaliation even without the word; an undated "It has
    already struck back" is the dated retaliation the next sentences spell out."""
    impositions = [e for e in events if e["type"] == "IMPOSE_TARIFF"]
    retaliators = {a for e in events if e["type"] == "RETALIATE" for a in e["actors"]}
    imposing = Counter(a for e in impositions for a in e["actors"]).most_common(1)
    main_imposer = imposing[0][0] if imposing else None
    answers = [e for e in impositions if (not retaliators or set(e["actors"]) & retaliators  # the text names who hits back,
                                          or main_imposer not in e["actors"])  # or another side answers the main imposer
               and any((_opposed(e, other) and _answers(e, other, events)) or _answers_measure_on_all(e, other)
                       for other in impositions if other is not e)]
    for event in answers:  # one answers the other side's imposition, never its retaliation
        event["type"] = "RETALIATE"
    answered = {t for e in events if e["type"] == "RETALIATE" for t in e["targets"]}
    for event in impositions:  # "Ford imposed a surcharge on electricity sold to Michigan": Canada hitting back again
        if not event["targets"] and set(event["actors"]) & retaliators and len(answered) == 1 \
                and not set(event["actors"]) & answered:
            event["type"], event["targets"] = "RETALIATE", sorted(answered)
        elif event["targets"] and set(event["actors"]) <= retaliators and set(event["targets"]) == answered \
                and not set(event["actors"]) & answered:  # "Mexico announced duties on 89 U.S. products" in a story
            event["type"] = "RETALIATE"  # of "the retaliatory duties it has charged on U.S. goods since 2009"
    for number, event in enumerate(events):
        if event["type"] == "RETALIATE" and not event["targets"]:  # "China answered with duties of its own"
            hit = next((e for e in reversed(events[:number]) if e["type"] == "IMPOSE_TARIFF"
                        and set(event["actors"]) & set(e["targets"])), None)
            event["targets"] = [c for c in hit["actors"] if c not in event["actors"]] if hit else []
    kept: list[dict] = []
    for number, event in enumerate(events):
        said = events[number + 1] if number + 1 < len(events) else None
        if event["type"] == "RETALIATE" and event["trigger"].lower() in ANSWER_VERBS and not event["tariffs"] \
                and said is not None and said["type"] in VERBAL_ANSWERS \
                and said["actors"] == event["actors"] and 0 <= said["evidence"][0]["start"] - event["evidence"][-1]["end"] <= 2:
            said["date"], said["date_source"] = said["date"] or event["date"], said["date_source"] or "reference"
            said["evidence"] = event["evidence"] + said["evidence"]  # "Ottawa hit back within hours. In a joint
            continue  # statement, Carr and Freeland rejected the U.S. findings": the answer was that rejection
        spelled_out = next((e for e in events[number + 1:number + 3] if e["type"] == "RETALIATE"
                            and e["actors"] == event["actors"] and e["date"]), None)
        told_before = next((k for k in reversed(kept[-3:]) if k["type"] == "RETALIATE" and k["actors"] == event["actors"]
                            and k["date"] and k["modality"] == event["modality"]), None)
        if event["type"] == "RETALIATE" and event["date"] is None and not event["tariffs"] and spelled_out is not None \
                and event["modality"] in REPORTED:  # not "if Beijing retaliated, ..."
            absorb(spelled_out, event)
        elif event["type"] == "RETALIATE" and event["date"] is None and told_before is not None \
                and (not event["targets"] or not told_before["targets"] or event["targets"] == told_before["targets"]):
            absorb(told_before, event)  # "China said on Monday it would raise duties ... Rates of 5% to 25% would apply"
        else:
            kept.append(event)
    return kept


def link_retaliations(events: list[dict]) -> None:
    """A retaliation answers the latest tariff imposed on the retaliating side by its target."""
    for event in events:
        if event["type"] != "RETALIATE":
            continue
        for earlier in events:
            if earlier["type"] == "IMPOSE_TARIFF" and _opposed(event, earlier):
                event["retaliates_against"] = earlier["id"]


def _opposed(event: dict, other: dict) -> bool:
    return bool(set(other["actors"]) & set(event["targets"]) and set(other["targets"]) & set(event["actors"]))


def _answers_measure_on_all(event: dict, other: dict) -> bool:
    """Tariffs on the side that earlier taxed everyone's goods ("steel tariffs on all countries in
    March", then "China put tariffs on American goods in April") answer that measure; not a measure
    only planned ("she would set out the measures on Sunday")."""
    mine, theirs = event["date"], other["date"]
    return (not other["targets"] and other["modality"] == "asserted" and bool(set(other["actors"]) & set(event["targets"]))
            and not set(other["actors"]) & set(event["actors"]) and bool(mine and theirs)
            and not mine.startswith(theirs) and not theirs.startswith(mine) and mine > theirs)


def _answers(event: dict, other: dict, events: list[dict]) -> bool:
    """``event`` answers ``other``: the side the text calls the retaliator answers ("counter-tariffs ...
    on March 4, the day Trump's levy took effect"; "It has already struck back"); else the later by
    date when both have one; an undated one answers the dated acts of the story's main imposer; else
    by text order."""
    hitting_back = {a for e in events if e["type"] == "RETALIATE" for a in e["actors"]
                    if not e["targets"] or set(e["targets"]) & set(event["actors"] + other["actors"])}
    if bool(set(event["actors"]) & hitting_back) != bool(set(other["actors"]) & hitting_back):
        return bool(set(event["actors"]) & hitting_back)  # "It has already struck back": the text says who answers,
        # in this quarrel: Canada hitting back at Washington does not answer Beijing
    mine, theirs = event["date"], other["date"]
    if mine and theirs and not mine.startswith(theirs) and not theirs.startswith(mine):
        return mine > theirs
    if mine == theirs and (event["date_source"] == "main clause") != (other["date_source"] == "main clause"):
        return other["date_source"] == "main clause"  # "China hit back on Monday after Washington raised ...": before
    if bool(mine) != bool(theirs):  # a dated act and an undated one: the undated one answers the story's main imposer
        leading = Counter(a for e in events if e["type"] == "IMPOSE_TARIFF" for a in e["actors"]).most_common(1)
        if not leading or leading[0][0] not in other["actors"]:
            return False
        return not mine or leading[0][0] not in event["actors"] and bool(set(event["actors"]) & hitting_back)
        # a side the text has hitting back answers the main imposer, dated or not
    return events.index(other) < events.index(event)
