"""One verb, two dated measures: "China imposed tariffs on barley in May 2020 and duties on wine
the following year", "..., followed by duties on wine in November"; "It lifted them in August
2023 and March last year respectively"; "Carney met Trump in May and again on June 16". The
second measure repeats the verb's event on its own date; "and Canada followed on July 1" is the
same act by another side.
"""
from collections.abc import Callable

from spacy.tokens import Doc, Token

from .tariff_merging import event_tariff

CLAUSE_VERB_DEPS = ("ROOT", "conj", "advcl", "ccomp", "xcomp", "parataxis")


def elided_repeats(doc: Doc, trigger: Token, event: dict, tariff_words: set[str]) -> list[dict]:
    """Copies of ``event`` for the later dates of its clause that an "and" joins to another
    tariff ("and duties on wine the following year") or that "respectively" pairs with objects."""
    if event["date"] is None or trigger.pos_ not in ("VERB", "AUX"):
        return []
    sentence = trigger.sent
    dates = sorted((d for d in doc._.dates or [] if sentence.start_char <= d["start"] < sentence.end_char
                    and d["value"]), key=lambda d: d["start"])
    chosen = next((d for d in dates if d["value"] == event["date"] and d["start"] > trigger.idx), None)
    if chosen is None:
        return []
    respectively = any(t.lower_ == "respectively" for t in sentence)
    repeats, previous_end = [], chosen["end"]
    for date in (d for d in dates if d["start"] > chosen["start"]):
        between = doc.char_span(previous_end, date["start"], alignment_mode="expand")
        if between is None or not any(t.lower_ == "and" or _followed_by(t) for t in between):
            break
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_VERB_DEPS and not _followed_by(t) for t in between):
            break  # "imposed tariffs in March and raised them in June": that verb's own event
        if not respectively and not any(t.lower_ in tariff_words or t.lower_ == "again" for t in between):
            break  # "met Trump in May and again on June 16": a second meeting
        if date["value"] != event["date"]:
            tariffs = [t for t in doc._.tariffs or [] if previous_end <= t.get("start", -1) < date["end"]]
            repeats.append(dict(event, date=date["value"], date_source="sentence", evidence=list(event["evidence"]),
                                tariffs=[event_tariff(t)
                                         for t in tariffs] or list(event["tariffs"])))
        previous_end = date["end"]
    return repeats


def _followed_by(token: Token) -> bool:
    """"imposed duties on barley in May, followed by duties on wine in November": the same act again."""
    return token.lemma_.lower() == "follow" and any(c.dep_ == "agent" for c in token.children)


def followed_by_another_side(doc: Doc, trigger: Token, event: dict,
                             countries_of: Callable[[list[Token]], list[str]]) -> list[dict]:
    """"The EU began charging its own duties on US products on June 22, and Canada followed on
    July 1": the act again, by the side that followed, on the day its clause gives."""
    copies = []
    for verb in (c for t in [trigger, *trigger.ancestors] for c in t.children
                 if c.dep_ == "conj" and c.lemma_.lower() == "follow" and c.i > trigger.i):
        if any(c.dep_ == "dobj" and c.lower_ != "suit" for c in verb.children):
            continue  # "and Canada followed the talks": not the act again
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        sides = [c for c in countries_of(list(subject.subtree)) if c not in event["actors"]] if subject is not None else []
        if len(sides) != 1:
            continue
        start, end = doc[verb.left_edge.i].idx, doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i])
        own = [d for d in doc._.dates or [] if d["value"] and verb.idx <= d["start"] < end and d["start"] >= start]
        tariffs = [event_tariff(t) for t in doc._.tariffs or []
                   if start <= t.get("start", -1) < end]  # "followed on June 22 with 25 per cent duties"
        copies.append(dict(event, actors=sides, targets=[c for c in event["targets"] if c not in sides],
                           date=own[0]["value"] if own else None, date_source="sentence" if own else None,
                           officials=[], evidence=list(event["evidence"]), tariffs=tariffs, quotes=[]))
    return copies
