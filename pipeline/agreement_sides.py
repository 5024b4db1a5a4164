"""An agreement is made by all its parties: "Seoul reached an agreement with Washington" and
"Seoul and Washington agreed" are the same act, with KOR and USA both as actors and no
target. Independent annotators code agreements so (85 of 94 held-out agreements), and a
one-sided reading would make the two wordings of one deal two different events."""
from collections import Counter

from .event_merging import absorb


def parties_of_agreements(events: list[dict], tariffs: list[dict]) -> list[dict]:
    """AGREE events with every party as an actor; a party named alone ("Mexico had agreed to
    buy farm products", "the EU reached a similar agreement") agreed with the side it clearly
    deals with most in the article, else with the side that sets the story's tariffs, else with
    the story's clear other side."""
    partners: dict[str, Counter] = {}
    everyone = Counter(side for event in events for side in set(event["actors"]) | set(event["targets"]))
    hub = tariff_hub(tariffs)
    for event in events:
        sides = set(event["actors"]) | set(event["targets"])
        for side in sides:
            partners.setdefault(side, Counter()).update(sides - {side})
    for event in (e for e in events if e["type"] == "AGREE"):
        parties = list(dict.fromkeys(event["actors"] + event["targets"]))
        named = [side for side in event.get("_sentence_sides", []) if side not in parties]
        if len(parties) == 1 and len(named) == 1:  # "a joint statement by President Biden and Mexican President
            parties.append(named[0])  # López Obrador, in which Mexico agreed to new steps": with the one side named
        ranked = partners.get(parties[0], Counter()).most_common(2) if len(parties) == 1 else []
        if not (ranked and ranked[0][1] >= 2) and len(parties) == 1:  # "the EU reached a similar agreement":
            ranked = [(side, n) for side, n in everyone.most_common(3) if side != parties[0]][:2]  # the story's other side
            ranked = [(hub, 2)] if hub and hub != parties[0] else ranked  # in a Korea-US story, the EU's
            # deal was with Washington, whose rates the story tells
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            parties.append(ranked[0][0])  # a clear counterpart, not "ASEAN" read as whoever comes next
        event["actors"], event["targets"] = sorted(parties), []
    return events


def undated_restatements(events: list[dict]) -> list[dict]:
    """"the agreement von der Leyen and Trump sealed at Turnberry" and "The framework struck on Sunday":
    an undated agreement between the same parties as the one dated agreement between them is that
    agreement, told again once its parties are known. Not when they made several dated deals."""
    dated_deals = [e for e in events if e["type"] == "AGREE" and e["date"] is not None]
    kept = []
    for event in events:
        same = [e for e in dated_deals if e["actors"] == event["actors"] and e["modality"] == event["modality"]] \
            if event["type"] == "AGREE" and event["date"] is None else []
        if len(same) == 1:
            absorb(same[0], event)
            continue
        kept.append(event)
    return kept


def tariff_hub(tariffs: list[dict]) -> str | None:
    """The side that sets most of the story's tariff rates, at least twice as many as any other
    side (Washington, in a story of its rates on Brazil), or None when no side stands out."""
    ranked = Counter(t["imposer"] for t in tariffs if t.get("imposer")).most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]
