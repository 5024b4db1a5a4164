"""The tariffs a retaliation names as its cause: "China slapped a 25% tariff on soybeans in
retaliation for Trump's 25% tariffs on Chinese goods, which took effect the same day" also
reports an imposition by the United States on China, on the day its own clause gives.
"""
from spacy.tokens import Doc, Token

from .clauses import core_phrase
from .context import ArticleContext
from .tariff_merging import event_tariff

CAUSE_HEADS = {("retaliation", "for"), ("response", "to"), ("reprisal", "for"), ("answer", "to")}
OWNER_DEPS = ("poss", "compound", "amod", "nmod")


def with_measures_answered(doc: Doc, context: ArticleContext, events: list[dict], tariff_words: set[str],
                           codes: dict) -> list[dict]:
    """The events, each imposition named only as the cause of a retaliation put just before it,
    unless the article reports it already (an imposition by that side on the retaliating one)."""
    result: list[dict] = []
    for event in events:
        if event["type"] == "RETALIATE" and event["actors"]:
            for span in event["evidence"]:
                sentence = doc.char_span(span["start"], span["end"], alignment_mode="expand")
                for noun in (t for t in sentence or [] if _names_cause(t, tariff_words)):
                    owners = [c for child in noun.children if child.dep_ in OWNER_DEPS
                              for c in context.countries_of(core_phrase(child)) if c not in event["actors"]]
                    if owners and not event["targets"]:
                        event["targets"] = owners[:1]  # "counter-tariffs in response to U.S. duties": on the U.S.
                    if owners and not _reported(events + result, owners[0], event["actors"]):
                        result.append(_imposition(doc, context, noun, owners[0], event, span, codes))
        result.append(event)
    return result


def _names_cause(noun: Token, tariff_words: set[str]) -> bool:
    """"(in retaliation) for U.S. duties", "(in response) to Washington's tariffs"."""
    preposition = noun.head
    return noun.lower_ in tariff_words and noun.dep_ == "pobj" \
        and (preposition.head.lower_, preposition.lower_) in CAUSE_HEADS


def _reported(events: list[dict], owner: str, answering: list[str]) -> bool:
    return any(e["type"] in ("IMPOSE_TARIFF", "RETALIATE") and owner in e["actors"]
               and set(answering) & set(e["targets"]) for e in events)


def _imposition(doc: Doc, context: ArticleContext, noun: Token, owner: str, answer: dict, span: dict,
                codes: dict) -> dict:
    """The cause as an event of its own, dated only by a clause after it ("which took effect the
    same day"), wherever the parser hung that clause."""
    phrase = doc[noun.left_edge.i:noun.right_edge.i + 1]
    clauses = [doc[c.left_edge.i:c.right_edge.i + 1] for c in noun.sent
               if c.dep_ in ("relcl", "acl") and c.left_edge.i > noun.i]
    date = next((d["value"] for d in doc._.dates or [] for clause in clauses
                 if clause.start_char <= d["start"] < clause.end_char and d["value"]), None)
    officials = [context.person_at[t.i] for t in phrase if t.i in context.person_at]
    tariffs = [event_tariff(t) for t in doc._.tariffs or []
               if phrase.start_char <= t["start"] < phrase.end_char]
    return {
        "type": "IMPOSE_TARIFF", "date": date, "date_source": "sentence" if date else None,
        "actors": [owner], "targets": list(answer["actors"]), "officials": list(dict.fromkeys(officials)),
        "org": None, "tariffs": tariffs, "quotes": [], "topics": [], "trigger": noun.text, "modality": "asserted",
        "evidence": [span], "confidence": 0.6,
        "plover": codes["IMPOSE_TARIFF"]["plover"], "cameo": codes["IMPOSE_TARIFF"]["cameo"], "retaliates_against": None,
    }
