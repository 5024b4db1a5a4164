"""Tariff rates: every distinct rate the text states, with target, imposer, product,
kind, status, previous rate and effective date.

A percentage is a tariff rate when a tariff word governs it ("a 25% tariff",
"tariffs of up to 40%", "raised tariffs to 25%", "25% on South Korea" in a
list under "tariffs"), not when a growth, market or share word does.

This module finds the rates and describes each mention; who taxes whom is read
in ``pipeline.tariff_sides``, and the article-level passes that fill implicit
sides and merge restatements are in ``pipeline.tariff_merging``.
"""
import json
import re
from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..context import ArticleContext, evidence
from ..doctext import doc_text, span_text
from ..resources import resource_path
from ..tariff_merging import (RATE_LINKS, continue_named_tariff, from_tariff_phrases, infer_from_article,
                              infer_from_paragraph_labels,
                              merge_tariffs, pair_previous_rates, paragraph_labels, parts_of_combined_rates, refer_back_to_stated_rates,
                              share_between_linked_rates, share_within_sentence)
from ..tariff_sides import GOODS, TariffSides, governors
from ..token_index import WordTest
from .base import TableComponent

NUMBER = re.compile(r"^\d{1,3}(\.\d+)?$")
GLUED = re.compile(r"^(\d{1,3}(?:\.\d+)?)(%|pc|pct)$", re.IGNORECASE)
NUMBER_WORDS = WordTest(lambda word: GLUED.match(word) or NUMBER.match(word.replace(",", "")))  # rates' numbers
ZERO_WORDS = WordTest(lambda word: word == "zero", "lower")  # "cut its tariffs on U.S. goods to zero"
LABELLED_ITEM = re.compile(r"[ \t]*[-•*–][ \t]*(?:[^:\n%]{2,60}:|[A-Z][A-Z .'&]{1,40} [-–—])[ \t]*(?:about |roughly |up to )?$")
# "- Solar cells: ", "* SOUTH KOREA - "
COUNTRY_LABEL = re.compile(r"[ \t]*[-•*–]?[ \t]*[A-Z][A-Z .'&]{1,40}[ \t]*[-–—:][ \t]*$")  # "* SOUTH KOREA - "
CLAUSE_BREAKS = {",", ";", "while", "whereas", "but", "and", "although", "though", "which", "—", "–"}


@Language.factory(
    "trade_tariffs",
    default_config={"lexicon": "", "min_tariff_words": 2, "one_entry_per_product": False},
    assigns=["doc._.tariffs"],
    requires=["doc.spans", "doc._.officials", "doc._.dates", "token.dep"],
)
def make_tariff_finder(nlp: Language, name: str, lexicon: str, min_tariff_words: int, one_entry_per_product: bool):
    table = json.loads(Path(lexicon or resource_path("tariff_lexicon.json")).read_text(encoding="utf-8"))
    finder = TariffFinder(nlp, name, table)
    finder.min_tariff_words = min_tariff_words  # an article naming tariffs this often is about tariffs
    finder.one_entry_per_product = one_entry_per_product  # "on steel and aluminum": one entry per product
    return finder


class TariffFinder(TableComponent):
    """Writes ``doc._.tariffs``."""

    min_tariff_words = 2
    one_entry_per_product = True

    def _build(self, table: dict) -> None:
        self.tariff_nouns = set(table["tariff_nouns"])
        self.strong = set(table["strong_tariff_nouns"])
        self.strong_words = WordTest(self.strong.__contains__, "lower")
        combining = set(table["combined_rate_verbs"])
        self.combined_rate_verbs = WordTest(lambda lemma: lemma.lower() in combining, "lemma")
        self.rate_nouns = set(table["rate_nouns"])
        self.non_tariff = set(table["non_tariff_words"])
        self.kinds = table["kinds"]
        self.kind_patterns = [(word, kind, re.compile(rf"\b{re.escape(word)}\b")) for word, kind in self.kinds.items()]
        self.status_verbs = table["status_verbs"]
        self.all_partners = re.compile("|".join(table["all_partner_patterns"]), re.IGNORECASE)
        self.change_leads = [lead.split() for lead in table["change_leads"]]
        self.sides = TariffSides(table)  # targets, imposer, products
        self.eu_members = set(table["eu_members"])

    def __call__(self, doc: Doc) -> Doc:
        context = ArticleContext(doc)
        about_tariffs = self.strong_words.count(doc) >= self.min_tariff_words  # once per article
        candidates = [(value, number, unit) for value, number, unit in percentages(doc)
                      if not self._is_change(doc, number, unit)]
        accepted = [c for c in candidates if self._is_tariff(doc, c[1], c[2], about_tariffs)]
        accepted += [c for c in candidates if c not in accepted and _linked_to_rate(c, accepted)]
        found = []
        for value, number, unit in sorted(accepted, key=lambda c: c[1].i):
            found.extend(self._describe(doc, context, value, number, unit))
        found = share_within_sentence(share_between_linked_rates(pair_previous_rates(found)))
        found = infer_from_paragraph_labels(found, paragraph_labels(doc, context))
        found = refer_back_to_stated_rates(found)
        found = parts_of_combined_rates(found, doc, self.combined_rate_verbs, self.strong | self.rate_nouns)
        found = continue_named_tariff(found, doc, self.strong | self.rate_nouns)
        found = from_tariff_phrases([dict(i, sentence=doc.char_span(i["start"], i["end"], alignment_mode="expand").sent.start_char,
                                          refers_back=self._refers_back(doc, i)) for i in found],
                                    self._tariff_phrases(doc, context, accepted))
        tariffs = merge_tariffs(infer_from_article(self._as_bloc(doc, found)))
        for item in tariffs:
            for flag in ("goods_only", "sentence", "refers_back"):
                item.pop(flag, None)  # working flags of the article passes, not part of the record
        doc._.tariffs = tariffs
        return doc

    def _as_bloc(self, doc: Doc, items: list[dict]) -> list[dict]:
        """"25 per cent on French wine, Italian cheese and Spanish olive oil" in a story about the EU: the
        bloc's goods, since its trade policy is common; not in a story about France itself."""
        mentions = Counter(span.label_ for span in doc.spans.get("countries", []))
        return [dict(i, target="EU") if i["target"] in self.eu_members and mentions["EU"] > mentions[i["target"]]
                and i["imposer"] != "EU" else i for i in items]

    # -- is this percentage a tariff? -----------------------------------------------

    def _is_change(self, doc: Doc, number: Token, unit: Token) -> bool:
        """"by 1 percentage point", "24 percentage points", "fell by 20%": a change, not a rate."""
        following = doc[unit.i + 1:unit.i + 3]
        if any(t.lower_ in ("point", "points") for t in following) or unit.lower_ == "percentage":
            return True
        before = [t.lower_ for t in doc[max(0, number.i - 3):number.i]]
        while before and before[-1] in APPROXIMATELY:
            before.pop()  # "up about 1.1%"
        if before and before[-1] in ("up", "down") and number.i > 0 and doc[number.i - 1].lower_ != "to":
            return True  # "the S&P 500 up about 1.1% on the auto reprieve": a market move; not "up to 25%"
        return any(before[-len(lead):] == lead for lead in self.change_leads)

    def _is_tariff(self, doc: Doc, number: Token, unit: Token, about_tariffs: bool) -> bool:
        sentence = unit.sent
        after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
        if after is not None and after.lower_ == "of" and not self._of_the_value(doc, after.i):
            return False  # "60% of voters", "18% of its exports": a share, not a rate
        if after is not None and after.lower_ == "on" and any(
                t.lemma_.lower() in self.non_tariff for t in doc[after.i + 1:min(after.i + 5, sentence.end)]):
            return False  # "charges 3 per cent on digital services revenue": a tax on income, not on goods
        if unit.dep_ == "nsubj" and unit.head.pos_ == "VERB" and unit.head.lemma_.lower() not in SUBJECT_RATE_VERBS:
            return False  # "44.6% escape the increase altogether": a share of the trade
        before = [t.lower_ for t in doc[max(sentence.start, number.i - 3):number.i]]
        if (before[-2:] == [",", "or"] or before[-3:-1] == [",", "or"] and before[-1] in APPROXIMATELY) and any(
                t.text == "$" or t.lower_ in ("billion", "million") for t in doc[max(sentence.start, number.i - 10):number.i]):
            return False  # "$48 billion of that trade, or about 55 per cent": the share it is
        if after is not None and after.lower_ in ("on", "against") and self._goods_follow(doc, after.i):
            return True  # "25 percent on Japanese cars", "46% on Vietnam"
        if after is not None and after.lower_ in self.tariff_nouns and unit.i + 2 < len(doc) \
                and doc[unit.i + 2].lower_ == "on" and self._goods_follow(doc, unit.i + 2):
            return True  # "a 25% tax on goods imported from Japan"

        text = doc_text(doc)
        if about_tariffs and LABELLED_ITEM.match(text, text.rfind("\n", 0, number.idx) + 1, number.idx):
            return True  # "- Electric vehicles: 100%, up from 25%" in a list of an article about tariffs
        scope = _with_previous_sentence(sentence)
        words = {t.lower_ for t in scope}
        strong_in_sentence = bool(words & self.strong) or any(t.lower_ in self.kinds for t in scope) \
            or about_tariffs  # in an article about tariffs "the rate on Indonesian goods" is one too
        for token in governors(unit):
            lower = token.lower_
            modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
            if lower in self.non_tariff or token.lemma_.lower() in self.non_tariff or modifiers & self.non_tariff:
                if self._continues_a_tariff(token):
                    continue  # "35 per cent on tyres, falling to 30 per cent": the tariff falls
                return False  # "exports rose 9.8%", "interest rates ... to 4.25 per cent"
            if lower in self.strong:
                return True
            if lower in self.tariff_nouns and any(g.lemma_.lower() in self.non_tariff for c in token.children
                                                  if c.dep_ == "prep" and c.lower_ == "on" for g in c.children):
                return False  # "a 3 per cent tax on revenue": a tax on income, not on goods
            if lower in self.tariff_nouns and strong_in_sentence:
                return True
            if strong_in_sentence and token.pos_ == "VERB" and token.lemma_ in ("pay", "face", "charge"):
                return True  # "Japanese rivals, which had been paying 2.5%"
        window = doc[max(sentence.start, number.i - 3):min(sentence.end, unit.i + 4)]
        if any(t.lower_ in self.non_tariff for t in window):
            return False
        if strong_in_sentence and unit.i + 2 < len(doc) and doc[unit.i + 1].lower_ in ("on", "for"):
            return True  # "46% on Vietnam, 49% on Cambodia" under a sentence about tariffs
        if strong_in_sentence and any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and c.lemma_.lower() in LEVYING_PARTICIPLES
                                      for c in unit.children):
            return True  # "higher than the 46% slapped on Vietnam": a rate someone levied
        if self._rate_of_the_tariff_before(unit) or strong_in_sentence and any(
                t.pos_ == "VERB" and self._continues_a_tariff(t) for t in governors(unit)):
            return True  # "The duty covers tires from China. It will be 35 percent in the first year, dropping to 30%"
        if strong_in_sentence and self._country_set_at(doc, number):
            return True  # "Vietnam had been slated for 46%, the European Union for 20%"
        return strong_in_sentence and any(t.lower_ in self.strong for t in doc[max(scope.start, number.i - 12):unit.i + 12])

    def _rate_of_the_tariff_before(self, unit: Token) -> bool:
        """"It will be 35 percent": "it" standing for the tariff that is the subject of the sentence before."""
        verb = unit.head
        if unit.dep_ != "attr" or verb.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
            return False
        sentence = unit.sent
        if sentence.start == 0:
            return False
        before = unit.doc[sentence.start - 1].sent
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ in self.strong for t in before)

    @staticmethod
    def _of_the_value(doc: Doc, of: int) -> bool:
        """"deposits of 30.6% of the value of their shipments": an ad valorem rate, not a share."""
        following = [t.lower_ for t in doc[of + 1:of + 4]]
        return bool(following) and (following[0] in VALUE_WORDS or following[0] in ("the", "their", "its")
                                    and len(following) > 1 and following[1] in VALUE_WORDS)

    def _continues_a_tariff(self, verb: Token) -> bool:
        """A subjectless "falling to 30 per cent" hanging on a clause that levies a tariff rate."""
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or verb.dep_ not in ("advcl", "xcomp", "conj", "acl"):
            return False
        own = {t.i for t in verb.subtree}
        rest = [t for t in verb.head.subtree if t.i not in own]
        if any(self._rate_of_the_tariff_before(t) for t in rest):
            return True  # "It will be 35 percent in the first year, dropping to 30% in the second"
        return any(t.lower_ in self.strong for t in rest) and any(t.text == "%" or t.lower_ in ("percent", "cent", "pc")
                                                                 or GLUED.match(t.text) for t in rest)

    @staticmethod
    def _country_set_at(doc: Doc, number: Token) -> bool:
        """"Japan for 24%", "the EU at 15%": a country set at the rate, in a list of rates per country."""
        before = doc[number.i - 1] if number.i > 0 else None
        if before is None or before.lower_ not in ("for", "at"):
            return False
        chunk = _clause_before(doc, before.i, number.sent.start)
        if not len(chunk) and before.i > number.sent.start and doc[before.i - 1].text == ",":
            chunk = _clause_before(doc, before.i - 1, number.sent.start)  # "Letters followed to Brazil on Wednesday, at 50%"
        named = {i for span in doc.spans.get("countries", []) for i in range(span.start, span.end)}
        return any(token.i in named for token in chunk)

    def _goods_follow(self, doc: Doc, preposition: int) -> bool:
        """"on Vietnam", "on Japanese cars", "on aluminum": goods, a product of the lexicon or a
        country right after, before any break."""
        for token in doc[preposition + 1:preposition + 4]:
            if token.is_punct or token.lower_ in CLAUSE_BREAKS or token.ent_type_ in ("DATE", "TIME"):
                return False
            if token.lower_ in GOODS or token.lower_ in self.sides.product_words or token.ent_type_ in ("GPE", "NORP"):
                return True
        return False

    # -- what the rate is about -----------------------------------------------------

    def _describe(self, doc: Doc, context: ArticleContext, value: float, number: Token, unit: Token) -> list[dict]:
        sentence = unit.sent
        right = _until_next_rate(doc, unit.i + 1, sentence.end)
        left = _clause_before(doc, number.i, sentence.start)
        window = span_text(doc[left.start:right.end]).lower()
        kind = next((k for word, k, pattern in self.kind_patterns if word in window and pattern.search(window)), None)
        after = _clause_after(doc, unit.i + 1, right.end)
        set_at = left
        if [t.lower_ for t in left] in (["at"], ["for"]) and left.start > sentence.start and doc[left.start - 1].text == ",":
            set_at = doc[_clause_before(doc, left.start - 1, sentence.start).start:left.end]  # "to Brazil on Wednesday, at 50%"
        targets = self.sides.stated_targets(doc, context, number, unit, set_at, after, baseline=kind == "baseline")
        imposer = self.sides.imposer(doc, context, number, unit, targets)
        text = doc_text(doc)
        if imposer is not None and COUNTRY_LABEL.match(text, text.rfind("\n", 0, number.idx) + 1, number.idx) and any(
                context.country_at.get(t.i) == imposer for t in doc[max(sentence.start, number.i - 6):number.i]):
            imposer = None  # "* CANADA - 35% on goods ...": a factbox labels each entry with the country it taxes
        targets = [t for t in targets if t != imposer]
        products = (self.sides.products(span_text(_product_phrase(doc, unit.i + 1, right.end)))
                    or self.sides.products(span_text(left))
                    or self.sides.products(self.sides.tariff_noun_phrase(unit)) or [None])
        if not self.one_entry_per_product:
            products = products[:1]
        status = self._status(unit)
        previous = _previous_rate(doc, number, unit)
        effective = next((d["value"] for d in doc._.dates or []
                          if unit.idx < d["start"] < right.end_char + 1
                          and re.search(r"\b(from|on|starting|effective|as of|by)\s*$", doc_text(doc)[max(0, d["start"] - 12):d["start"]])),
                         None)
        after_text = span_text(after)
        item = {"rate": value, "target": None, "imposer": imposer, "product": None, "kind": kind,
                "status": status, "previous_rate": previous, "effective_date": effective,
                "text": doc[number.i:unit.i + 1].text, "start": number.idx, "end": unit.idx + len(unit.text),
                "evidence": evidence(sentence),
                # the text says the rate is for everyone, or only names goods ("25 percent on steel"): no guessing
                "applies_to_all": kind == "baseline" or bool(self.all_partners.search(window)),
                "goods_only": not targets and bool(re.match(r"\s*(on|for)\b", after_text.lower()))
                and bool(self.sides.products(after_text))}
        each_other = self.sides.subject_countries(context, unit) if "each other" in window else []
        if len(each_other) == 2:  # "The United States and China slapped 25% tariffs on each other's goods"
            pairs = [(each_other[0], each_other[1]), (each_other[1], each_other[0])]
        else:
            pairs = [(imposer, t) for t in targets] or [(imposer, None)]
        return [dict(item, imposer=i, target=t, product=p, target_source="text" if t else None)
                for i, t in pairs for p in products]

    def _tariff_phrases(self, doc: Doc, context: ArticleContext, rates: list) -> list[dict]:
        """Tariff words that state their sides without a rate ("provisional duties on cars imported
        from China", "its tariff on Chinese electric vehicles"): start, target, imposer."""
        in_rates = {t.i for _, number, unit in rates for t in doc[number.i:min(unit.i + 3, len(doc))]}  # "25% tariff on"
        phrases = []
        for i in self.strong_words.positions(doc):
            noun = doc[i]
            if i in in_rates or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            targets = self.sides._tariff_noun_targets(context, noun, own=True)
            if len(targets) != 1:
                continue
            imposer = self.sides.imposer(doc, context, noun, noun, targets) or next(
                (context.country_at[c.i] for t in noun.sent if t.lower_ in ANSWER_NOUNS or t.lower_ in self.strong
                 for c in t.children if c.dep_ == "poss" and c.i in context.country_at
                 and context.country_at[c.i] not in targets), None)  # "Canada's retaliation ..., with duties on U.S. goods"
            phrases.append({"start": noun.idx, "target": targets[0], "imposer": imposer, "sentence": noun.sent.start_char})
        return phrases

    def _refers_back(self, doc: Doc, item: dict) -> bool:
        """The rate's clause is about a tariff already named: "The rates are 17.4% for BYD", "They
        come on top of ...", "Those that did not face 38.1%"."""
        rate = doc.char_span(item["start"], item["end"], alignment_mode="expand")
        verb = next((t for t in rate.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        if subject is None or any(c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in ("GPE", "NORP")
                                  for c in subject.children):
            return False  # "with the U.S. rate falling to 30%": a rate with a side of its own
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children)
        return subject.lower_ in ("they", "it", "those", "these", "others") or any(c.lower_ == "other" for c in subject.children) \
            or definite and (subject.lower_ in self.tariff_nouns or subject.lower_ in self.rate_nouns or subject.lower_ in ANSWER_NOUNS
                             or any(c.dep_ == "relcl" for c in subject.children))

    def _status(self, unit: Token) -> str | None:
        """What the levying verb says of the rate: "warned" is threatened, "slapped" is imposed."""
        for token in governors(unit):
            if token.pos_ == "VERB":
                status = self.status_verbs.get(token.lemma_.lower())
                if status:
                    return status
        return None


# -- where rates are and the words around them ----------------------------------------

VALUE_WORDS = {"value", "price", "cost"}
ANSWER_NOUNS = {"retaliation", "response", "countermeasures", "answer"}
def percentages(doc: Doc) -> list[tuple[float, Token, Token]]:
    """(value, number token, unit token) for "25%", "25 percent", "25 per cent", "25pc", "25-percent"."""
    found = []
    for i in NUMBER_WORDS.positions(doc):
        token = doc[i]
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
        elif nxt.lower_ in ("and", "to", "-", "or") and token.i + 2 < len(doc) and not _day_of_a_date(token):
            # "between 116.2 and 218.4 per cent": the first bound shares the second's unit
            partner = [f for f in percentages_at(doc, token.i + 2)]
            if partner:
                found.append((float(token.text), token, partner[0][2]))
    for i in ZERO_WORDS.positions(doc):  # "to cut its tariffs to zero", "bring tariffs down to zero": a rate of 0
        if i > 0 and doc[i - 1].lower_ == "to" and (i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN")):
            # not "get to zero tariffs", a phrase for a goal
            found.append((0.0, doc[i], doc[i]))
    return sorted(found, key=lambda item: item[1].i)


def _day_of_a_date(number: Token) -> bool:
    """"on July 1 and 15% on Aug. 1": the 1 is inside a date the date component found, not the
    first bound of a range."""
    return any(d["start"] <= number.idx < d["end"] for d in number.doc._.dates or [])


def percentages_at(doc: Doc, i: int) -> list[tuple[float, Token, Token]]:
    """The percentage starting at token i, if any: the second bound of "between 116.2 and 218.4 per cent"."""
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


def _linked_to_rate(candidate: tuple, accepted: list[tuple]) -> bool:
    """"20% for Taiwan, down from the 32%", "rates of 5%, 10% and 25%": a rate tied to a tariff rate."""
    _, number, unit = candidate
    for _, other_number, other_unit in accepted:
        if other_number.sent != number.sent:
            continue
        first, second = (other_unit, number) if other_unit.i < number.i else (unit, other_number)
        between = [t.lower_ for t in number.doc[first.i + 1:second.i] if not t.is_punct]
        if len(between) <= 2 and set(between) <= RATE_LINKS:
            return True  # a list or range of rates
        if first is other_unit and len(between) <= 6 and (between[-1:] == ["from"] or between[-2:] == ["from", "the"]):
            return True  # the rate before a change
    return False


def _with_previous_sentence(sentence: Span) -> Span:
    """The sentence and the one before it in the same paragraph: "The list sets 46% on Vietnam"
    follows a sentence about tariffs."""
    doc = sentence.doc
    if sentence.start == 0 or "\n" in doc[sentence.start - 1].text or "\n" in doc[sentence.start - 1].whitespace_:
        return sentence
    return doc[doc[sentence.start - 1].sent.start:sentence.end]


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
    """The words after a rate up to a clause break ("25% tariff on imported cars, while ...", "... as Beijing")."""
    stop = start
    while stop < end and doc[stop].lower_ not in CLAUSE_BREAKS and doc[stop].pos_ != "SCONJ":
        stop += 1
    return doc[start:stop]


def _product_phrase(doc: Doc, start: int, end: int) -> Span:
    """The goods after a rate: "tariffs on imported steel and aluminum", up to the next clause."""
    if start < end and doc[start].lower_ in ("and", "or"):
        return doc[start:start]  # "steel face 50% and autos 25%": the next item of a list
    stop = start
    while stop < end and doc[stop].lower_ not in CLAUSE_BREAKS - {"and"} and doc[stop].pos_ != "SCONJ":
        if doc[stop].lower_ == "and" and (stop + 1 >= end or NUMBER.match(doc[stop + 1].text)
                                          or doc[stop + 1].lower_ in ("the", "a", "an")):
            break
        stop += 1
    return doc[start:stop]


APPROXIMATELY = {"about", "roughly", "nearly", "some", "almost", "around"}
LEVYING_PARTICIPLES = {"slap", "impose", "levy", "announce", "set", "assign", "threaten", "charge", "apply", "place", "put",
                       "unveil"}  # "the 46% slapped on Vietnam", "the 31% announced for South Africa"
SUBJECT_RATE_VERBS = {"apply", "take", "kick", "come", "remain", "stay", "stand", "rise", "go", "climb", "jump", "fall",
                      "drop", "hit", "cover", "replace", "add", "stack", "sit", "be"}  # "the 25% applies", "10% would hit"


def _previous_rate(doc: Doc, number: Token, unit: Token) -> float | None:
    """"from 24% to 25%" / "to 25% from 24%" / "a 20% tariff, down from the 46% rate": the rate before the change."""
    before = doc[max(0, number.i - 6):number.i]
    text_before = before.text.lower()
    match = re.search(r"(\brang\w*\s+)?from\s+(\d{1,3}(?:\.\d+)?)\s*(%|percent|per cent|pc)\s+to\s*$", text_before)
    if match and match.group(1):
        return None  # "duties ranging from 31% to 250%": the bounds of a range, not a change
    if match:
        return float(match.group(2))
    after = span_text(doc[unit.i + 1:unit.i + 10]).lower()
    match = re.match(r"\s*(?:(?:tariffs?|duty|duties|levy|levies|rate)\s*)?(?:(?:on|for)(?:\s+[\w'’.-]+){1,3}\s*)?(?:,?\s*(?:down|up)\s+from|,?\s*rather\s+than|,?\s*instead\s+of|,?\s*from)\s+"
                     r"(?:the\s+|its\s+|a\s+)?"
                     r"(\d{1,3}(?:\.\d+)?)\s*(%|percent|per cent|pc)", after)
    return float(match.group(1)) if match else None
