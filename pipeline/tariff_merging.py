"""Article-level passes over the rates the tariff component found, one mention at a time.

A sentence often leaves a rate's sides implicit: "the 32% rate", "rates of 5%,
10% and 25%", "to 30% from 145%". These passes fill them from the mentions
around it (linked rates, the same sentence, an earlier statement of the rate,
a paragraph label, the article's main relation), then merge restatements into
one entry per (rate, target, product).
"""
import re
from collections import Counter

from spacy.tokens import Doc

from .context import ArticleContext
from .token_index import WordTest

LINE_BREAKS = WordTest(lambda text: "\n" in text)
LABEL_BULLETS = {"*", "•", "-", "–", "—"}  # a factbox's entries
LABEL_ENDS = {":", "-", "–", "—"}  # "TAIWAN: ...", "SOUTH KOREA - 15%"
RATE_LINKS = {",", "and", "or", "to", "-", "–", "between", "from", "of"}


def event_tariff(tariff: dict) -> dict:
    """The fields of a tariff record an event carries: rate, sides, product and kind."""
    return {k: tariff[k] for k in ("rate", "target", "imposer", "product", "kind")}


def pair_previous_rates(items: list[dict]) -> list[dict]:
    """"to 30% from 145%": the old rate has the new rate's target, imposer and products, and back."""
    groups = _groups_by_mention(items)
    for k, group in enumerate(groups):
        previous = group[0]["previous_rate"]
        if previous is None:
            continue
        for j, other in enumerate(groups):
            if other[0]["rate"] == previous and other[0]["evidence"] == group[0]["evidence"] and j != k:
                groups[j] = _adopt(other, groups[k], "changed rate")
                groups[k] = _adopt(groups[k], groups[j], "changed rate")
    unique = {}
    for item in (item for group in groups for item in group):
        unique.setdefault((item["start"], item["target"], item["imposer"], item["product"]), item)
    return list(unique.values())


def share_between_linked_rates(items: list[dict]) -> list[dict]:
    """"rates of 5%, 10%, 20% and 25%", "between 116.2 and 218.4 per cent": the rates of a list or
    range share the target, imposer and product one of them states."""
    groups = _groups_by_mention(items)
    for _ in range(2):  # forward, then backward
        for k in range(1, len(groups)):
            earlier, later = groups[k - 1], groups[k]
            if _are_linked(earlier[0], later[0]):
                groups[k] = _adopt(later, earlier, "linked rate")
                groups[k - 1] = _adopt(earlier, groups[k], "linked rate")
        groups.reverse()
    return [item for group in groups for item in group]


def share_within_sentence(items: list[dict]) -> list[dict]:
    """"a 40% duty on Brazilian goods, on top of the 10% rate, bringing the total to 50%": rates of a
    sentence that names one taxed country are on that country."""
    by_sentence: dict[int, list[dict]] = {}
    for item in items:
        by_sentence.setdefault(item["evidence"]["start"], []).append(item)
    shared = []
    for sentence_items in by_sentence.values():
        stated = {i["target"] for i in sentence_items if i["target_source"] == "text" and not i["applies_to_all"]}
        donor = [i for i in sentence_items if i["target"] in stated][:1] if len(stated) == 1 else []
        mentions = {i["start"] for i in sentence_items if i["target"] in stated and i["target_source"] == "text"}
        if len(stated) > 1 and len(mentions) == 1:  # "The 25% steel and 10% aluminum tariffs the U.S. put on Canada
            donor = [i for i in sentence_items if i["start"] in mentions]  # and Mexico": one phrase, both countries
        for group in _groups_by_mention(sentence_items):
            open_group = all(i["target"] is None and not i["applies_to_all"] for i in group)
            shared.extend(_adopt(group, donor, "sentence", products=False) if donor and open_group else group)
    return shared


def refer_back_to_stated_rates(items: list[dict]) -> list[dict]:
    """"Taiwan's Cabinet called the 32% rate unreasonable": a rate mentioned without a target of
    its own is the tariff with that rate the text states elsewhere (the nearest earlier one first).
    A rate naming its product refers only to a rate on that product: "the duties — 25 percent on
    steel" are not China's 25% on soybeans told in another paragraph."""
    stated = [i for i in items if i["target_source"] == "text"]
    resolved = []
    for group in _groups_by_mention(items):
        lead = group[0]
        same_rate = [i for i in stated if i["rate"] == lead["rate"] and i["start"] != lead["start"]
                     and (lead["product"] is None or i["product"] == lead["product"])
                     and (lead["imposer"] is None or i["imposer"] in (None, lead["imposer"]))]  # not the other side's 25%
        if lead["target"] is not None or lead["applies_to_all"] or not same_rate:
            resolved.extend(group)
            continue
        earlier = [i for i in same_rate if i["start"] < lead["start"]]
        source = earlier[-1] if earlier else same_rate[0]
        resolved.append(dict(lead, target=source["target"], imposer=lead["imposer"] or source["imposer"],
                             product=source["product"], target_source="earlier mention"))
    return resolved


def paragraph_labels(doc: Doc, context: ArticleContext) -> list[tuple[int, int, str]]:
    """"TAIWAN: Trump signed an order ...", a factbox's "* SOUTH KOREA - 15%, down from 25%": (start, end,
    country) of paragraphs a capital country label opens."""
    labels, paragraph_starts = [], [0] + [i + 1 for i in LINE_BREAKS.positions(doc)]  # whitespace_ is " " at most
    bounds = sorted(set(paragraph_starts)) + [len(doc)]
    for start, end in zip(bounds, bounds[1:]):
        if start < end and doc[start].text in LABEL_BULLETS:
            start += 1
        head = doc[start:min(end, start + 5)]
        colon = next((t.i for t in head if t.text in LABEL_ENDS), None)
        label = doc[start:colon] if colon is not None else None
        if label is None or not len(label) or not all(t.is_upper or t.is_punct for t in label):
            continue
        codes = {context.country_at.get(t.i) for t in label if not t.is_punct}
        capital = any(span.kb_id_ == "capital" and span.start < label.end and label.start < span.end
                      for span in doc.spans.get("countries", []))  # "NEW DELHI: Higher duties ...": a dateline
        if len(codes) == 1 and None not in codes and not capital:
            labels.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), codes.pop()))
    return labels


def infer_from_paragraph_labels(items: list[dict], labels: list[tuple[int, int, str]]) -> list[dict]:
    """A rate with no target in a paragraph labelled "PHILIPPINES:" is on the Philippines."""
    filled = []
    for item in items:
        label = next((code for start, end, code in labels if start <= item["start"] < end), None)
        if item["target"] is None and label and not item["applies_to_all"] and label != item["imposer"]:
            item = dict(item, target=label, target_source="paragraph label")
        filled.append(item)
    return filled


def _groups_by_mention(items: list[dict]) -> list[list[dict]]:
    """The items of each rate mention (one per product or target), in text order."""
    groups: dict[int, list[dict]] = {}
    for item in items:
        groups.setdefault(item["start"], []).append(item)
    return [groups[start] for start in sorted(groups)]


def _are_linked(first: dict, second: dict) -> bool:
    """Two mentions in one sentence with only list or range words between them."""
    if first["evidence"]["start"] != second["evidence"]["start"]:
        return False
    first, second = sorted((first, second), key=lambda item: item["start"])
    text = first["evidence"]["text"]
    offset = first["evidence"]["start"]
    between = text[first["end"] - offset:second["start"] - offset] if second["start"] > first["end"] else ""
    return set(re.findall(r"[\w%-]+|[,–]", between.lower())) <= RATE_LINKS | {"per", "cent", "percent", "%"}


def _adopt(group: list[dict], donors: list[dict], source: str, products: bool = True) -> list[dict]:
    """The group's mention, filled from each donor's target, imposer (and product) where it has none."""
    adopted = []
    for item in group:
        for donor in donors or [item]:
            new = dict(item, imposer=item["imposer"] or donor["imposer"],
                       applies_to_all=item["applies_to_all"] or donor["applies_to_all"] and item["target"] is None)
            # "cut the duty on imported motorcycles from 75 per cent to 50 per cent": both rates are on everyone
            if item["target"] is None and donor["target"] is not None:
                new.update(target=donor["target"], target_source=source)
            if products and item["product"] is None:
                new["product"] = donor["product"]
            if all((new["target"], new["product"]) != (a["target"], a["product"]) for a in adopted):
                adopted.append(new)
    return adopted


def parts_of_combined_rates(items: list[dict], doc: Doc, verbs: WordTest, tariff_words: set[str]) -> list[dict]:
    """"The 30% rate on Chinese goods combines a 10% baseline with a 20% levy": the parts tax the
    whole's target; "The levy combines ..." is the levy named before. ``verbs`` finds "combine"
    and its kin by lemma."""
    for verb in (doc[i] for i in verbs.positions(doc) if doc[i].pos_ == "VERB"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and any(
            w.lower_ in tariff_words for w in c.subtree)), None)
        if subject is None:
            continue
        start, end = doc[subject.left_edge.i].idx, doc[subject.right_edge.i].idx + len(doc[subject.right_edge.i])
        whole = next((i for i in items if start <= i["start"] < end and i["target"]), None) or next(
            (i for i in reversed(items) if i["start"] < start and i["target"]), None)
        if whole is None:
            continue
        parts_end = doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i])
        items = [dict(i, target=whole["target"], target_source="combined", applies_to_all=False)
                 if verb.idx < i["start"] < parts_end and i["target"] is None else i for i in items]
    return items


def continue_named_tariff(items: list[dict], doc: Doc, tariff_words: set[str]) -> list[dict]:
    """"Trump announced 10% tariffs on Chinese goods. The duties take effect on the 24th, and the
    rate will rise to 25% on January 1": a new level of "the rate" just named, by the same side."""
    filled: list[dict] = []
    for item in items:
        if item["imposer"] is None:
            rate = doc.char_span(item["start"], item["end"], alignment_mode="expand")
            subject = _definite_tariff_subject(rate.root, tariff_words) if rate is not None else None
            named = next((i for i in reversed(filled) if i["imposer"] and i["start"] < item["start"]), None)
            if subject is not None and named is not None:
                item = dict(item, imposer=named["imposer"])
                if item["target"] is None and not item["applies_to_all"] and named["target"]:
                    item.update(target=named["target"], target_source="earlier mention")
        filled.append(item)
    return filled


PHRASE_REACH = 400  # characters: the sentence before or two


def from_tariff_phrases(items: list[dict], phrases: list[dict]) -> list[dict]:
    """"The Commission will impose duties on electric cars imported from China. The rates are 17.4%
    for BYD ...": rates with no side of their own take those of the tariff phrase just before them."""
    filled = []
    for item in items:
        phrase = next((p for p in reversed(phrases) if p["start"] < item["start"] and p["imposer"]), None)
        near = phrase is not None and item["start"] - phrase["start"] <= PHRASE_REACH \
            and (phrase["sentence"] == item["sentence"] or item["refers_back"])
        if near and item["target"] is None and not item["applies_to_all"] and not item["goods_only"] \
                and item["imposer"] in (None, phrase["imposer"]) and phrase["target"] != item["imposer"]:
            item = dict(item, target=phrase["target"], target_source="earlier mention",
                        imposer=item["imposer"] or phrase["imposer"])
        elif near and item["imposer"] is None and item["target"] == phrase["target"]:
            item = dict(item, imposer=phrase["imposer"])  # "The countermeasures impose a 25 per cent tariff on U.S. steel"
        filled.append(item)
    return filled


def _definite_tariff_subject(token, tariff_words: set[str]):
    """The subject of the clause over a rate when it is "the rate", "the duties", "the levy"."""
    for head in list(token.ancestors)[:4]:
        if head.pos_ in ("VERB", "AUX"):
            return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in tariff_words
                         and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
                         and not any(d.dep_ in ("amod", "compound", "poss", "prep") for d in c.children)), None)
    return None


def infer_from_article(items: list[dict]) -> list[dict]:
    """Fill what a sentence leaves implicit from the article's main tariff relation.

    In a report on US tariffs on Korea, "the 25% rate" is the US rate on Korean
    goods. Rates the text says apply to all partners (a baseline) or only to
    named goods ("25 percent on steel") keep no target.
    """
    imposers = Counter(i["imposer"] for i in items if i["imposer"])
    pairs = Counter((i["imposer"], i["target"]) for i in items if i["target"] and i["imposer"])
    main_imposer = imposers.most_common(1)[0][0] if imposers else None  # the side that sets most rates
    items = [dict(i, imposer=main_imposer, imposer_source="article")
             if i["imposer"] is None and main_imposer is not None and main_imposer != i["target"] else i
             for i in items]
    # only an article about one relation: every explicit target the same, or three in four of them
    # each stated rate counts once, however often it is repeated ("the 15% ceiling" three times is one rate)
    rates = list({(i["rate"], i["target"], i["imposer"]): i for i in items if i["target"]}.values())
    main_target = _dominant(Counter(i["target"] for i in rates))
    target_of_imposer = {imposer: _dominant(Counter(i["target"] for i in rates if i["imposer"] == imposer))
                         for imposer in {i["imposer"] for i in items}}
    filled = []
    for item in items:
        guess = target_of_imposer.get(item["imposer"]) or main_target
        if item["target"] is None and guess and not item["applies_to_all"] and not item["goods_only"] \
                and guess != item["imposer"]:
            item = dict(item, target=guess, target_source="article")
        filled.append(item)
    return filled


def _dominant(counts: Counter) -> str | None:
    """The one value of an article about one relation: all of them, or three in four."""
    if not counts:
        return None
    (candidate, count), total = counts.most_common(1)[0], sum(counts.values())
    return candidate if count == total or (total >= 4 and count / total >= 0.75) else None


def merge_tariffs(items: list[dict]) -> list[dict]:
    """One entry per (rate, target, product); a rate stated again adds its evidence.

    A rate stated without a target is dropped when the same rate and product is
    also stated with one ("25% tariffs" in the lede, "25% on South Korea" later).
    """
    merged: dict[tuple, dict] = {}
    for item in items:
        key = (item["rate"], item["target"], item["product"])
        if key in merged:
            kept = merged[key]
            for field in ("imposer", "kind", "status", "previous_rate", "effective_date"):
                kept[field] = kept[field] if kept[field] is not None else item[field]
            kept.setdefault("mentions", []).append({"text": item["text"], "start": item["start"], "end": item["end"]})
        else:
            merged[key] = dict(item, mentions=[{"text": item["text"], "start": item["start"], "end": item["end"]}])
    targeted = {(rate, product) for rate, target, product in merged if target is not None}
    return [item for (rate, target, product), item in merged.items()
            if target is not None or (rate, product) not in targeted]
