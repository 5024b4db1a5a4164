"""Tariff rates: every distinct rate the text states, with target, imposer, product,
kind, status, previous rate and effective date.

A percentage is a tariff rate when a tariff word governs it ("a 25% tariff",
"tariffs of up to 40%", "raised tariffs to 25%", "25% on South Korea" in a
list under "tariffs"), not when a growth, market or share word does. Countries
after "on", "against" or "from" are targets; the subject of the levying verb,
a possessive ("Canada's 25% counter-tariffs") or a country adjective on the
tariff word ("U.S. tariffs") is the imposer.
"""
import json
import re
from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..context import ArticleContext, evidence
from .base import TableComponent
from ..resources import resource_path

NUMBER = re.compile(r"^\d{1,3}(\.\d+)?$")
GLUED = re.compile(r"^(\d{1,3}(?:\.\d+)?)(%|pc|pct)$", re.IGNORECASE)
TARGET_PREPOSITIONS = {"on", "against", "from", "for"}
NOT_TARGET_LEADS = {"entering", "into", "to", "in", "by"}
TARGET_SUBJECT_VERBS = {"face", "pay", "have", "get", "receive", "see", "suffer", "hit", "keep", "remain"}
GOODS = {"goods", "exports", "imports", "products", "shipments", "cars", "steel", "vehicles", "autos",
         "electric", "wine", "barley", "whisky", "farm", "agricultural", "made", "manufactured"}
ALL_PARTNERS = re.compile(r"\b(all|most|every|other) (trading )?(partners|countries|imports|nations|economies)\b|"
                          r"\bbaseline\b|\bglobal(ly)?\b|\bacross the board\b|\bimported\b|\ball\b|"
                          r"\bforeign\b|\bworldwide\b|\bstandard\b|\bmfn\b|\bmost.favou?red\b", re.IGNORECASE)
CLAUSE_BREAKS = {",", ";", "while", "whereas", "but", "and", "although", "though", "which", "—", "–"}


@Language.factory(
    "trade_tariffs",
    default_config={"lexicon": ""},
    assigns=["doc._.tariffs"],
    requires=["doc.spans", "doc._.officials", "doc._.dates", "token.dep"],
)
def make_tariff_finder(nlp: Language, name: str, lexicon: str):
    table = json.loads(Path(lexicon or resource_path("tariff_lexicon.json")).read_text(encoding="utf-8"))
    return TariffFinder(nlp, name, table)


class TariffFinder(TableComponent):
    """Writes ``doc._.tariffs``."""


    def _build(self, table: dict) -> None:
        self.tariff_nouns = set(table["tariff_nouns"])
        self.strong = set(table["strong_tariff_nouns"])
        self.non_tariff = set(table["non_tariff_words"])
        self.products = sorted(table["products"].items(), key=lambda kv: -len(kv[0]))
        self.product_words = {word.split()[0] for word in table["products"]} | {"ethanol", "beef", "goods"}
        self.kinds = table["kinds"]
        self.status_verbs = table["status_verbs"]

    def __call__(self, doc: Doc) -> Doc:
        context = ArticleContext(doc)
        found = []
        about_tariffs = sum(t.lower_ in self.strong for t in doc) >= 3  # once per article, not per rate
        for value, number, unit in percentages(doc):
            if self._is_change(doc, unit) or not self._is_tariff(doc, number, unit, about_tariffs):
                continue
            found.extend(self._describe(doc, context, value, number, unit))
        doc._.tariffs = merge_tariffs(infer_from_article(pair_previous_rates(found)))
        return doc

    # -- is this percentage a tariff? -----------------------------------------------

    @staticmethod
    def _is_change(doc: Doc, unit: Token) -> bool:
        """"by 1 percentage point", "24 percentage points": a change, not a rate."""
        following = doc[unit.i + 1:unit.i + 3]
        return any(t.lower_ in ("point", "points") for t in following) or unit.lower_ == "percentage"

    def _is_tariff(self, doc: Doc, number: Token, unit: Token, about_tariffs: bool) -> bool:
        sentence = unit.sent
        after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
        if after is not None and after.lower_ == "of":
            return False  # "60% of voters", "18% of its exports": a share, not a rate
        if after is not None and after.lower_ in ("on", "against") and self._goods_follow(doc, after.i):
            return True  # "25 percent on Japanese cars", "46% on Vietnam"
        if after is not None and after.lower_ in self.tariff_nouns and unit.i + 2 < len(doc) \
                and doc[unit.i + 2].lower_ == "on" and self._goods_follow(doc, unit.i + 2):
            return True  # "a 25% tax on goods imported from Japan"

        scope = _with_previous_sentence(sentence)
        words = {t.lower_ for t in scope}
        strong_in_sentence = bool(words & self.strong) or any(t.lower_ in self.kinds for t in scope) \
            or about_tariffs  # in an article about tariffs "the rate on Indonesian goods" is one too
        for token in _governors(unit):
            lower = token.lower_
            modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
            if lower in self.non_tariff or token.lemma_.lower() in self.non_tariff or modifiers & self.non_tariff:
                return False  # "exports rose 9.8%", "interest rates ... to 4.25 per cent"
            if lower in self.strong:
                return True
            if lower in self.tariff_nouns and strong_in_sentence:
                return True
        window = doc[max(sentence.start, number.i - 3):min(sentence.end, unit.i + 4)]
        if any(t.lower_ in self.non_tariff for t in window):
            return False
        if strong_in_sentence and unit.i + 2 < len(doc) and doc[unit.i + 1].lower_ in ("on", "for"):
            return True  # "46% on Vietnam, 49% on Cambodia" under a sentence about tariffs
        return strong_in_sentence and any(t.lower_ in self.strong for t in doc[max(scope.start, number.i - 12):unit.i + 12])

    @staticmethod
    def _goods_follow(doc: Doc, preposition: int) -> bool:
        """"on Vietnam", "on Japanese cars": goods or a country right after, before any break."""
        for token in doc[preposition + 1:preposition + 4]:
            if token.is_punct or token.lower_ in CLAUSE_BREAKS or token.ent_type_ in ("DATE", "TIME"):
                return False
            if token.lower_ in GOODS or token.ent_type_ in ("GPE", "NORP"):
                return True
        return False

    # -- what the rate is about -----------------------------------------------------

    def _describe(self, doc: Doc, context: ArticleContext, value: float, number: Token, unit: Token) -> list[dict]:
        sentence = unit.sent
        right = _until_next_rate(doc, unit.i + 1, sentence.end)
        left = _clause_before(doc, number.i, sentence.start)
        targets = (self._targets(doc, context, _clause_after(doc, unit.i + 1, right.end))
                   or self._tariff_noun_targets(context, unit)
                   or self._nearest_left_target(doc, context, left) or self._subject_targets(context, unit))
        imposer = self._imposer(doc, context, number, unit, targets)
        targets = [t for t in targets if t != imposer]
        window = doc[left.start:right.end].text.lower()
        products = self._products(_product_phrase(doc, unit.i + 1, right.end).text) or self._products(left.text)
        products = products or [None]
        kind = next((k for word, k in self.kinds.items() if re.search(rf"\b{re.escape(word)}\b", window)), None)
        status = self._status(unit)
        previous = _previous_rate(doc, number, unit)
        effective = next((d["value"] for d in doc._.dates or []
                          if unit.idx < d["start"] < right.end_char + 1
                          and re.search(r"\b(from|on|starting|effective|as of|by)\s*$", doc.text[max(0, d["start"] - 12):d["start"]])),
                         None)
        item = {"rate": value, "target": None, "imposer": imposer, "product": None, "kind": kind,
                "status": status, "previous_rate": previous, "effective_date": effective,
                "text": doc[number.i:unit.i + 1].text, "start": number.idx, "end": unit.idx + len(unit.text),
                "evidence": evidence(sentence)}
        sides = self._subject_countries(context, unit) if "each other" in window else []
        if len(sides) == 2:  # "The United States and China slapped 25% tariffs on each other's goods"
            pairs = [(sides[0], sides[1]), (sides[1], sides[0])]
        else:
            pairs = [(imposer, t) for t in targets] or [(imposer, None)]
        return [dict(item, imposer=i, target=t, product=p) for i, t in pairs for p in products]

    def _targets(self, doc: Doc, context: ArticleContext, region: Span, near: bool = False) -> list[str]:
        """Countries after "on"/"against"/"from" ("25% on South Korea", "on goods from Japan"),
        and countries whose goods are named ("Korean goods", "most EU exports")."""
        codes = []
        tokens = list(region)
        for k, token in enumerate(tokens):
            if token.lower_ == "from" and not any(t.lower_ in GOODS | {"imported"} for t in tokens[max(0, k - 3):k]):
                continue  # "retaliation from Canada" is not a target; "imports from Canada" is
            if token.lower_ in TARGET_PREPOSITIONS and not (token.lower_ == "on" and k + 1 < len(tokens)
                                                            and tokens[k + 1].lower_ == "top"):
                for follower in tokens[k + 1:k + 6]:
                    if follower.lower_ in TARGET_PREPOSITIONS or follower.lower_ in NOT_TARGET_LEADS \
                            or follower.text in (";", "%"):
                        break
                    code = context.country_at.get(follower.i)
                    possessive = follower.i + 1 < len(doc) and doc[follower.i + 1].text in ("'s", "’s")
                    if code and not possessive and code not in codes:
                        codes.append(code)
                        if near:
                            break
            elif token.i in context.country_at and token.i + 1 < len(doc) and self._is_goods(doc[token.i + 1]):
                code = context.country_at[token.i]
                if code not in codes:
                    codes.append(code)
            elif token.lower_ == "european" and k > 0 and tokens[k - 1].lower_ in ("on", "of") and "EU" not in codes:
                codes.append("EU")  # "a 35% tariff on European cars": goods from the EU
        return codes

    def _tariff_noun_targets(self, context: ArticleContext, unit: Token) -> list[str]:
        """"US tariffs on British steel, currently 25 per cent": the "on" phrase of the tariff word."""
        for token in _governors(unit):
            if token.lower_ not in self.strong:
                continue
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
                    codes = [context.country_at[t.i] for t in prep.subtree
                             if t.i in context.country_at and not _possessive_or_destination(t)]
                    if codes:
                        return list(dict.fromkeys(codes))
        return []

    def _is_goods(self, token: Token) -> bool:
        """"Korean goods", "American ethanol", "British cars": a word for what is traded."""
        return token.lower_ in GOODS or token.lower_ in self.product_words

    def _nearest_left_target(self, doc: Doc, context: ArticleContext, left: Span) -> list[str]:
        """"goods from the European Union face 20%", "for Taiwan, down from the 32%"."""
        tokens = list(left)
        for k in range(len(tokens) - 1, -1, -1):
            token = tokens[k]
            if token.i in context.country_at:
                before = tokens[max(0, k - 4):k]
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if any(t.lower_ in TARGET_PREPOSITIONS for t in before) or (after is not None and self._is_goods(after)):
                    if not any(t.lower_ in NOT_TARGET_LEADS for t in before[-2:]):
                        return [context.country_at[token.i]]
        return []

    def _subject_targets(self, context: ArticleContext, unit: Token) -> list[str]:
        """"The Philippines had its rate raised to 20%", "Chinese goods face 25%", "Indonesia agreed to a
        19% tariff": the subject pays. A country word on the tariff itself ("the US levy") levies it."""
        left = unit.doc[max(unit.sent.start, unit.i - 8):unit.i]
        for k, token in enumerate(left):  # "Malaysia's rate was raised to 25%"
            if token.text in ("'s", "’s") and k > 0 and left[k - 1].i in context.country_at \
                    and any(t.lower_ in ("rate", "rates") for t in left[k + 1:k + 3]):
                return [context.country_at[left[k - 1].i]]
        for token in _governors(unit):
            if token.pos_ in ("VERB", "AUX") and (token.lemma_ in TARGET_SUBJECT_VERBS or
                                                  any(c.dep_ == "nsubjpass" for c in token.children)
                                                  or token.lemma_ in ("agree", "accept") and unit.i > token.i):
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and subject.lower_ in ("which", "that", "who") and token.dep_ == "relcl":
                    subject = token.head  # "Australian wine, which has faced duties of 218.4 per cent"
                if subject is not None:
                    codes = [context.country_at[t.i] for t in subject.subtree
                             if t.i in context.country_at and not _possessive_or_destination(t)
                             and not (t.dep_ in ("compound", "amod") and t.head.lower_ in self.strong)]
                    if codes:
                        return codes[:1]
        return []

    def _imposer(self, doc: Doc, context: ArticleContext, number: Token, unit: Token, targets: list[str]) -> str | None:
        sentence = unit.sent
        left = doc[max(sentence.start, number.i - 4):number.i]
        for k, token in enumerate(left):  # "Canada's 25% counter-tariffs" (but "Malaysia's rate" is its target)
            if token.text in ("'s", "’s") and k > 0 and left[k - 1].i in context.country_at \
                    and not any(t.lower_ in ("rate", "rates") for t in left[k + 1:k + 3]):
                return context.country_at[left[k - 1].i]
        for token in _governors(unit):
            for child in token.children:  # "U.S. tariffs", "Chinese duties"
                if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i in context.country_at \
                        and token.lower_ in self.strong:
                    code = context.country_at[child.i]
                    if code not in targets:
                        return code
            if token.pos_ in ("VERB", "AUX") and self.status_verbs.get(token.lemma_.lower()) not in (None, "in force"):
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "agent")), None)
                if subject is not None and subject.dep_ != "nsubjpass":
                    codes = [c for c in context.countries_of(list(subject.subtree)) if c not in targets]
                    if codes:
                        return codes[0]
        return None

    def _products(self, text: str) -> list[str]:
        """Products named in a phrase, longest names first and without overlaps ("canola oil", not "oil")."""
        text, found = text.lower(), []
        for word, name in self.products:
            pattern = rf"\b{re.escape(word)}\b"
            if re.search(pattern, text):
                found.append((text.index(re.search(pattern, text).group()), name))
                text = re.sub(pattern, " " * len(word), text)
        return list(dict.fromkeys(name for _, name in sorted(found)))

    @staticmethod
    def _subject_countries(context: ArticleContext, unit: Token) -> list[str]:
        for token in _governors(unit):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None) if token.pos_ == "VERB" else None
            if subject is not None:
                return list(dict.fromkeys(context.country_at[t.i] for t in subject.subtree if t.i in context.country_at))
        return []

    def _status(self, unit: Token) -> str | None:
        for token in _governors(unit):
            if token.pos_ == "VERB":
                status = self.status_verbs.get(token.lemma_.lower())
                if status:
                    return status
        return None



def percentages(doc: Doc) -> list[tuple[float, Token, Token]]:
    """(value, number token, unit token) for "25%", "25 percent", "25 per cent", "25pc", "25-percent"."""
    found = []
    for token in doc:
        glued = GLUED.match(token.text)
        if glued:
            found.append((float(glued.group(1)), token, token))
            continue
        if not NUMBER.match(token.text.replace(",", "")) or token.i + 1 >= len(doc):
            continue
        nxt = doc[token.i + 1]
        if nxt.text == "%" or nxt.lower_ in ("percent", "pc", "pct", "percentage"):
            found.append((float(token.text), token, nxt))
        elif nxt.lower_ == "per" and token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "cent":
            found.append((float(token.text), token, doc[token.i + 2]))
        elif nxt.text == "-" and token.i + 2 < len(doc) and doc[token.i + 2].lower_ in ("percent", "per-cent"):
            found.append((float(token.text), token, doc[token.i + 2]))
        elif nxt.lower_ in ("and", "to", "-", "or") and token.i + 2 < len(doc):
            # "between 116.2 and 218.4 per cent": the first bound shares the second's unit
            partner = [f for f in percentages_at(doc, token.i + 2)]
            if partner:
                found.append((float(token.text), token, partner[0][2]))
    return found


def percentages_at(doc: Doc, i: int) -> list[tuple[float, Token, Token]]:
    token = doc[i]
    glued = GLUED.match(token.text)
    if glued:
        return [(float(glued.group(1)), token, token)]
    if NUMBER.match(token.text) and i + 1 < len(doc):
        nxt = doc[i + 1]
        if nxt.text == "%" or nxt.lower_ in ("percent", "pc", "pct"):
            return [(float(token.text), token, nxt)]
        if nxt.lower_ == "per" and i + 2 < len(doc) and doc[i + 2].lower_ == "cent":
            return [(float(token.text), token, doc[i + 2])]
    return []


def _possessive_or_destination(token: Token) -> bool:
    """"the EU's duty", "everything entering the United States": not the country taxed."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text in ("'s", "’s"):
        return True
    return any(t.lower_ in NOT_TARGET_LEADS for t in doc[max(0, token.i - 3):token.i])


def _with_previous_sentence(sentence: Span) -> Span:
    """The sentence and the one before it in the same paragraph: "The list sets 46% on Vietnam"
    follows a sentence about tariffs."""
    doc = sentence.doc
    if sentence.start == 0 or "\n" in doc[sentence.start - 1].text or "\n" in doc[sentence.start - 1].whitespace_:
        return sentence
    return doc[doc[sentence.start - 1].sent.start:sentence.end]


def _governors(token: Token, steps: int = 6) -> list[Token]:
    """The token's head chain, plus the objects and subjects of verbs on it."""
    chain = []
    current = token
    for _ in range(steps):
        if current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
        if current.pos_ in ("VERB", "AUX"):
            chain.extend(c for c in current.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"))
    return chain


def _until_next_rate(doc: Doc, start: int, end: int) -> Span:
    """The words after a rate up to the next rate or clause break, where its target stands."""
    stop = start
    while stop < end and stop - start < 12:
        token = doc[stop]
        if token.text in (";", "%") or token.lower_ in ("percent", "pc") or GLUED.match(token.text):
            break
        if NUMBER.match(token.text) and stop + 1 < end and doc[stop + 1].text == "%":
            break
        stop += 1
    return doc[start:stop]


def _clause_before(doc: Doc, start: int, floor: int) -> Span:
    """Up to eight words before a rate, back to the last clause break or rate."""
    begin = start
    while begin > floor and start - begin < 8:
        token = doc[begin - 1]
        if token.text in (",", ";", "%") or token.lower_ in ("while", "whereas", "but", "percent", "cent", "pc"):
            break
        begin -= 1
    return doc[begin:start]


def _clause_after(doc: Doc, start: int, end: int) -> Span:
    """The words after a rate up to a clause break ("25% tariff on imported cars, while ...")."""
    stop = start
    while stop < end and doc[stop].lower_ not in CLAUSE_BREAKS:
        stop += 1
    return doc[start:stop]


def _product_phrase(doc: Doc, start: int, end: int) -> Span:
    """The goods after a rate: "tariffs on imported steel and aluminum", up to the next clause."""
    stop = start
    while stop < end and doc[stop].lower_ not in CLAUSE_BREAKS - {"and"}:
        if doc[stop].lower_ == "and" and (stop + 1 >= end or NUMBER.match(doc[stop + 1].text)
                                          or doc[stop + 1].lower_ in ("the", "a", "an")):
            break
        stop += 1
    return doc[start:stop]


def _previous_rate(doc: Doc, number: Token, unit: Token) -> float | None:
    """"from 24% to 25%" / "to 25% from 24%": the rate before the change."""
    before = doc[max(0, number.i - 6):number.i]
    text_before = before.text.lower()
    match = re.search(r"from\s+(\d{1,3}(?:\.\d+)?)\s*(%|percent|per cent|pc)\s+to\s*$", text_before)
    if match:
        return float(match.group(1))
    after = doc[unit.i + 1:unit.i + 5].text.lower()
    match = re.match(r"\s*from\s+(?:the\s+|its\s+|a\s+)?(\d{1,3}(?:\.\d+)?)\s*(%|percent|per cent|pc)", after)
    return float(match.group(1)) if match else None


def pair_previous_rates(items: list[dict]) -> list[dict]:
    """"to 30% from 145%": the old rate has the new rate's target and imposer."""
    for item in items:
        if item["previous_rate"] is None:
            continue
        for other in items:
            if other["rate"] == item["previous_rate"] and other["evidence"] == item["evidence"] \
                    and other["start"] != item["start"]:
                for field in ("target", "imposer", "product"):  # each fills what the other lacks
                    other[field] = other[field] or item[field]
                    item[field] = item[field] or other[field]
    unique = {}
    for item in items:
        unique.setdefault((item["start"], item["target"], item["imposer"], item["product"]), item)
    return list(unique.values())


def infer_from_article(items: list[dict]) -> list[dict]:
    """Fill what a sentence leaves implicit from the article's main tariff relation.

    In a report on US tariffs on Korea, "the 25% rate" is the US rate on Korean
    goods. Rates the text says apply to all partners (a baseline) keep no target.
    """
    pairs = Counter((i["imposer"], i["target"]) for i in items if i["target"] and i["imposer"])
    targets = Counter(i["target"] for i in items if i["target"])
    imposers = Counter(i["imposer"] for i in items if i["imposer"])
    # only an article about one relation: every explicit target the same, or three in four of them
    main_target = _dominant(targets)
    target_of_imposer = {imposer: _dominant(Counter(t for i, t in pairs.elements() if i == imposer))
                         for imposer in imposers}
    main_imposer = (pairs.most_common(1)[0][0][0] if pairs else
                    imposers.most_common(1)[0][0] if imposers else None)
    filled = []
    for item in items:
        item = dict(item)
        if item["imposer"] is None and main_imposer is not None and main_imposer != item["target"]:
            item["imposer"], item["imposer_source"] = main_imposer, "article"
        all_partners = item["kind"] == "baseline" or ALL_PARTNERS.search(item["evidence"]["text"])
        guess = target_of_imposer.get(item["imposer"]) or main_target
        if item["target"] is None and guess and not all_partners and guess != item["imposer"]:
            item["target"], item["target_source"] = guess, "article"
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
