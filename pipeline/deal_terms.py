"""A deal that lowers a rate is also an easing: "Trump announced a trade deal under which
Vietnamese goods will face a 20% tariff, down from the 46% rate" reports the agreement and the
cut the levying side made in it, though no verb says "cut"."""
from spacy.tokens import Doc

from .tariff_merging import event_tariff


def eased_by_deals(doc: Doc, events: list[dict], codes: dict) -> list[dict]:
    """An EASE_TARIFF, on the deal's date, for each rate in an agreement's sentence that the text
    states as lower than the one before ("20%, down from 46%"), unless the sentence already
    tells that easing by its own verb ("a deal that cuts tariffs from 27.5% to 10%")."""
    eased = []
    for deal in (e for e in events if e["type"] == "AGREE" or e["type"] == "CONSULT" and e["modality"] == "asserted"):
        span = deal["evidence"][0]
        eased_here = {actor for e in events if e["type"] == "EASE_TARIFF" and e["evidence"][0] == span
                      for actor in e["actors"]}
        for tariff in doc._.tariffs or []:
            inside = any(span["start"] <= mention.get("start", -1) < span["end"]  # the headline may state it first
                         for mention in tariff.get("mentions") or [tariff])
            if not inside or tariff["previous_rate"] is None or tariff["rate"] >= tariff["previous_rate"] \
                    or not tariff["imposer"] or tariff["imposer"] in eased_here \
                    or deal["type"] == "CONSULT" and tariff["imposer"] not in deal["actors"] + deal["targets"]:
                continue
            eased_here.add(tariff["imposer"])
            eased.append(dict(deal, type="EASE_TARIFF", actors=[tariff["imposer"]],
                              targets=[tariff["target"]] if tariff["target"] else [],
                              officials=[o["name"] for o in doc._.officials or []
                                         if o["name"] in deal["officials"] and o["country"] == tariff["imposer"]],
                              tariffs=[event_tariff(tariff)],
                              evidence=list(deal["evidence"]), quotes=list(deal["quotes"]),
                              topics=list(deal["topics"]), **codes["EASE_TARIFF"]))
    return eased
