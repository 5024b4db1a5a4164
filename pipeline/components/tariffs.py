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
REASON_PREPOSITIONS = {"over", "despite", "because", "amid", "after"}
RELATIVE_WORDS = {"that", "which", "who", "whose", "where", "when"}
POSSESSIVE_PRONOUNS = {"its", "their"}
GOODS = {"goods", "exports", "imports", "products", "shipments", "cars", "steel", "vehicles", "autos",
         "electric", "wine", "barley", "whisky", "farm", "agricultural", "made", "manufactured"}
CLAUSE_BREAKS = {",", ";", "while", "whereas", "but", "and", "although", "though", "which", "—", "–"}
RATE_LINKS = {",", "and", "or", "to", "-", "–", "between", "from", "of"}


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
        self.non_tariff = set(table["non_tariff_words"])
        self.products = sorted(table["products"].items(), key=lambda kv: -len(kv[0]))
        self.product_words = {word.split()[0] for word in table["products"]} | {"ethanol", "beef", "goods"}
        self.kinds = table["kinds"]
        self.status_verbs = table["status_verbs"]
        self.deal_verbs = set(table["deal_verbs"])
        self.target_subject_verbs = set(table["target_subject_verbs"])
        self.goods_adjectives = table["goods_adjectives"]
        self.all_partners = re.compile("|".join(table["all_partner_patterns"]), re.IGNORECASE)
        self.change_leads = [lead.split() for lead in table["change_leads"]]

    def __call__(self, doc: Doc) -> Doc:
        context = ArticleContext(doc)
        about_tariffs = sum(t.lower_ in self.strong for t in doc) >= self.min_tariff_words  # once per article
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
        doc._.tariffs = merge_tariffs(infer_from_article(found))
        return doc

    # -- is this percentage a tariff? -----------------------------------------------

    def _is_change(self, doc: Doc, number: Token, unit: Token) -> bool:
        """"by 1 percentage point", "24 percentage points", "fell by 20%": a change, not a rate."""
        following = doc[unit.i + 1:unit.i + 3]
        if any(t.lower_ in ("point", "points") for t in following) or unit.lower_ == "percentage":
            return True
        before = [t.lower_ for t in doc[max(0, number.i - 3):number.i]]
        return any(before[-len(lead):] == lead for lead in self.change_leads)

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
                if self._continues_a_tariff(token):
                    continue  # "35 per cent on tyres, falling to 30 per cent": the tariff falls
                return False  # "exports rose 9.8%", "interest rates ... to 4.25 per cent"
            if lower in self.strong:
                return True
            if lower in self.tariff_nouns and strong_in_sentence:
                return True
            if strong_in_sentence and token.pos_ == "VERB" and token.lemma_ in ("pay", "face", "charge"):
                return True  # "Japanese rivals, which had been paying 2.5%"
        window = doc[max(sentence.start, number.i - 3):min(sentence.end, unit.i + 4)]
        if any(t.lower_ in self.non_tariff for t in window):
            return False
        if strong_in_sentence and unit.i + 2 < len(doc) and doc[unit.i + 1].lower_ in ("on", "for"):
            return True  # "46% on Vietnam, 49% on Cambodia" under a sentence about tariffs
        if strong_in_sentence and self._country_set_at(doc, number):
            return True  # "Vietnam had been slated for 46%, the European Union for 20%"
        return strong_in_sentence and any(t.lower_ in self.strong for t in doc[max(scope.start, number.i - 12):unit.i + 12])

    def _continues_a_tariff(self, verb: Token) -> bool:
        """A subjectless "falling to 30 per cent" hanging on a clause that levies a tariff rate."""
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or verb.dep_ not in ("advcl", "xcomp", "conj", "acl"):
            return False
        own = {t.i for t in verb.subtree}
        rest = [t for t in verb.head.subtree if t.i not in own]
        return any(t.lower_ in self.strong for t in rest) and any(t.text == "%" or t.lower_ in ("percent", "cent", "pc")
                                                                 or GLUED.match(t.text) for t in rest)

    @staticmethod
    def _country_set_at(doc: Doc, number: Token) -> bool:
        """"Japan for 24%", "the EU at 15%": a country set at the rate, in a list of rates per country."""
        before = doc[number.i - 1] if number.i > 0 else None
        if before is None or before.lower_ not in ("for", "at"):
            return False
        chunk = _clause_before(doc, before.i, number.sent.start)
        named = {i for span in doc.spans.get("countries", []) for i in range(span.start, span.end)}
        return any(token.i in named for token in chunk)

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
        window = doc[left.start:right.end].text.lower()
        kind = next((k for word, k in self.kinds.items() if re.search(rf"\b{re.escape(word)}\b", window)), None)
        after = _clause_after(doc, unit.i + 1, right.end)
        targets = self._stated_targets(doc, context, number, unit, left, after, baseline=kind == "baseline")
        imposer = self._imposer(doc, context, number, unit, targets)
        targets = [t for t in targets if t != imposer]
        products = self._products(_product_phrase(doc, unit.i + 1, right.end).text) or self._products(left.text) \
            or self._products(self._tariff_noun_phrase(unit)) or [None]
        if not self.one_entry_per_product:
            products = products[:1]
        status = self._status(unit)
        previous = _previous_rate(doc, number, unit)
        effective = next((d["value"] for d in doc._.dates or []
                          if unit.idx < d["start"] < right.end_char + 1
                          and re.search(r"\b(from|on|starting|effective|as of|by)\s*$", doc.text[max(0, d["start"] - 12):d["start"]])),
                         None)
        item = {"rate": value, "target": None, "imposer": imposer, "product": None, "kind": kind,
                "status": status, "previous_rate": previous, "effective_date": effective,
                "text": doc[number.i:unit.i + 1].text, "start": number.idx, "end": unit.idx + len(unit.text),
                "evidence": evidence(sentence),
                # the text says the rate is for everyone, or only names goods ("25 percent on steel"): no guessing
                "applies_to_all": kind == "baseline" or bool(self.all_partners.search(window)),
                "goods_only": not targets and bool(re.match(r"\s*(on|for)\b", after.text.lower()))
                and bool(self._products(after.text))}
        sides = self._subject_countries(context, unit) if "each other" in window else []
        if len(sides) == 2:  # "The United States and China slapped 25% tariffs on each other's goods"
            pairs = [(sides[0], sides[1]), (sides[1], sides[0])]
        else:
            pairs = [(imposer, t) for t in targets] or [(imposer, None)]
        return [dict(item, imposer=i, target=t, product=p, target_source="text" if t else None)
                for i, t in pairs for p in products]

    def _stated_targets(self, doc: Doc, context: ArticleContext, number: Token, unit: Token, left: Span,
                        after: Span, baseline: bool) -> list[str]:
        """The countries the sentence itself puts the rate on; a baseline only takes its own ("a 10%
        baseline on Japan") or its subject's ("Japanese goods face the 10% baseline")."""
        own = self._targets(doc, context, after)
        if own or baseline:
            return own or self._subject_targets(context, unit)
        return (self._tariff_noun_targets(context, unit) or self._nearest_left_target(doc, context, left)
                or self._subject_targets(context, unit) or self._relative_clause_targets(context, unit)
                or self._fronted_topic(context, unit.sent))

    def _relative_clause_targets(self, context: ArticleContext, unit: Token) -> list[str]:
        """"the 15% the European Union accepted": the subject of a deal verb on the rate."""
        holders = [unit, unit.head] if unit.head.lower_ in self.tariff_nouns else [unit]
        for holder in holders:
            for clause in holder.children:
                if clause.dep_ == "relcl" and clause.lemma_ in self.deal_verbs | self.target_subject_verbs:
                    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                    codes = [context.country_at[t.i] for t in subject.subtree if t.i in context.country_at] \
                        if subject is not None else []
                    if codes:
                        return codes[:1]
        return []

    @staticmethod
    def _fronted_topic(context: ArticleContext, sentence: Span) -> list[str]:
        """"For China, the new 34% comes on top of 20%": a fronted "for" phrase names the country."""
        if len(sentence) < 3 or sentence[0].lower_ not in ("for", "as"):
            return []
        for token in sentence[1:6]:
            if token.text == ",":
                break
            if token.i in context.country_at:
                return [context.country_at[token.i]]
        return []

    def _tariff_noun_phrase(self, unit: Token) -> str:
        """"US tariffs on British steel and aluminium, currently 25 per cent": the tariff word's "on" phrase."""
        for token in _governors(unit):
            if token.lower_ in self.strong:
                for prep in token.children:
                    if prep.dep_ == "prep" and prep.lower_ == "on":
                        return " ".join(t.text for t in prep.subtree)
        return ""

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
                    if follower.lower_ in TARGET_PREPOSITIONS | NOT_TARGET_LEADS | RELATIVE_WORDS \
                            or follower.text in (";", "%"):
                        break  # "on EU goods that Washington threatened": Washington is not taxed
                    code = context.country_at.get(follower.i)
                    if code and not self._names_the_levier(context, follower) and code not in codes:
                        codes.append(code)
                        if near:
                            break
            elif token.i in context.country_at and token.i + 1 < len(doc) and self._is_goods(doc[token.i + 1]) \
                    and not _gives_a_reason(token):
                code = context.country_at[token.i]
                if code not in codes:
                    codes.append(code)
            elif token.lower_ in self.goods_adjectives and self._goods_adjective_target(doc, token, tokens[:k]) \
                    and self.goods_adjectives[token.lower_] not in codes:
                codes.append(self.goods_adjectives[token.lower_])  # "a 35% tariff on European cars": EU goods
        return codes

    def _goods_adjective_target(self, doc: Doc, token: Token, before: list[Token]) -> bool:
        """"on European cars", "European vehicles have faced": a regional adjective on goods."""
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return (bool(before) and before[-1].lower_ in ("on", "of")) or (following is not None and self._is_goods(following))

    def _names_the_levier(self, context: ArticleContext, token: Token) -> bool:
        """"the EU's duty", "a ceiling on US tariffs": the country owns the tariff, its goods are not taxed."""
        doc, end = token.doc, token.i
        while end + 1 < len(doc) and context.country_at.get(end + 1) == context.country_at.get(token.i):
            end += 1
        following = doc[end + 1] if end + 1 < len(doc) else None
        return following is not None and (following.text in ("'s", "’s") or following.lower_ in self.strong)

    def _tariff_noun_targets(self, context: ArticleContext, unit: Token) -> list[str]:
        """"US tariffs on British steel, currently 25 per cent": the "on" phrase of the tariff word."""
        for token in _clause_governors(unit):
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
            code = context.country_at.get(token.i) or self.goods_adjectives.get(token.lower_)
            if code:
                before = tokens[max(0, k - 4):k]
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                goods_after = after is not None and self._is_goods(after)
                if any(t.lower_ in TARGET_PREPOSITIONS for t in before) and token.i in context.country_at \
                        or goods_after or _set_at_the_rate(tokens[k + 1:]):
                    if not any(t.lower_ in NOT_TARGET_LEADS for t in before[-2:]):
                        others = [context.country_at[c.i] for c in token.conjuncts if c.i in context.country_at]
                        return list(dict.fromkeys(others + [code]))  # "Indonesia and the Philippines ... for 19%"
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
            if token.pos_ in ("VERB", "AUX") and (token.lemma_ in self.target_subject_verbs or
                                                  any(c.dep_ == "nsubjpass" for c in token.children)
                                                  or token.lemma_ in self.deal_verbs and unit.i > token.i):
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and subject.lower_ in ("which", "that", "who") and token.dep_ == "relcl":
                    subject = token.head  # "Australian wine, which has faced duties of 218.4 per cent"
                if subject is not None:
                    codes = [context.country_at[t.i] for t in subject.subtree
                             if t.i in context.country_at and not _possessive_or_destination(t)
                             and not (t.dep_ in ("compound", "amod") and t.head.lower_ in self.strong)]
                    if codes:  # "Indonesia and the Philippines prepared for 19% rates": each of them
                        return list(dict.fromkeys(codes)) if subject.conjuncts else codes[:1]
        return []

    def _imposer(self, doc: Doc, context: ArticleContext, number: Token, unit: Token, targets: list[str]) -> str | None:
        sentence = unit.sent
        left = doc[max(sentence.start, number.i - 4):number.i]
        for k, token in enumerate(left):  # "Canada's 25% counter-tariffs" (but "Malaysia's rate" is its target)
            if token.text in ("'s", "’s") and k > 0 and not any(t.lower_ in ("rate", "rates") for t in left[k + 1:k + 3]):
                owner = _country_of_owner(context, left[k - 1])  # "Trump's 25 percent tariffs": his government's
                if owner:
                    return owner
        for token in _governors(unit):
            if token.lower_ in self.strong and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS
                                                   for c in token.children):
                owner = _subject_country_above(context, token, targets)  # "the US agreed to cut its tariffs"
                if owner:
                    return owner
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


def _gives_a_reason(token: Token) -> bool:
    """"a penalty over India's purchases of Russian oil": goods inside a reason are not taxed."""
    for ancestor in token.ancestors:
        if ancestor.lower_ in REASON_PREPOSITIONS:
            return True
        if ancestor.lower_ in ("on", "against") or ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def _set_at_the_rate(tokens: list[Token]) -> bool:
    """"Vietnam had been slated for", "the European Union for": a country, then verbs, then "for"/"at"."""
    return bool(tokens) and tokens[-1].lower_ in ("for", "at") \
        and all(t.pos_ in ("AUX", "VERB", "ADV", "PART") for t in tokens[:-1])


def _country_of_owner(context: ArticleContext, owner: Token) -> str | None:
    """The country of a possessor: "Canada's", or an official's government ("Trump's")."""
    if owner.i in context.country_at:
        return context.country_at[owner.i]
    name = context.person_at.get(owner.i)
    official = context.officials.get(name) if name else None
    return official.get("country") if official else None


def _subject_country_above(context: ArticleContext, token: Token, targets: list[str]) -> str | None:
    """"The United States agreed to cut its tariffs": the subject of the nearest verb above that has one."""
    for ancestor in token.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.lower_ in ("which", "that", "who") and ancestor.dep_ == "relcl":
            subject = ancestor.head  # "China, which cut its tariffs"
        codes = [c for c in context.countries_of(list(subject.subtree)) if c not in targets]
        return codes[0] if codes else None
    return None


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


def _clause_governors(token: Token) -> list[Token]:
    """The token's heads up to its clause's verb, and that verb's subject and object: not the tariff
    word of another clause ("set a 20% tariff on Taiwan, while Indonesia prepared for 19% rates")."""
    chain = []
    for ancestor in token.ancestors:
        chain.append(ancestor)
        if ancestor.pos_ in ("VERB", "AUX"):
            chain.extend(c for c in ancestor.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"))
            break
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


def _previous_rate(doc: Doc, number: Token, unit: Token) -> float | None:
    """"from 24% to 25%" / "to 25% from 24%": the rate before the change."""
    before = doc[max(0, number.i - 6):number.i]
    text_before = before.text.lower()
    match = re.search(r"from\s+(\d{1,3}(?:\.\d+)?)\s*(%|percent|per cent|pc)\s+to\s*$", text_before)
    if match:
        return float(match.group(1))
    after = doc[unit.i + 1:unit.i + 10].text.lower()
    match = re.match(r"\s*(?:for\s+\w+\s*)?(?:,\s*(?:down|up)\s+)?from\s+(?:the\s+|its\s+|a\s+)?"
                     r"(\d{1,3}(?:\.\d+)?)\s*(%|percent|per cent|pc)", after)
    return float(match.group(1)) if match else None


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
        for group in _groups_by_mention(sentence_items):
            open_group = all(i["target"] is None and not i["applies_to_all"] for i in group)
            shared.extend(_adopt(group, donor, "sentence", products=False) if donor and open_group else group)
    return shared


def refer_back_to_stated_rates(items: list[dict]) -> list[dict]:
    """"Taiwan's Cabinet called the 32% rate unreasonable": a rate mentioned without a target of
    its own is the tariff with that rate the text states elsewhere (the nearest earlier one first)."""
    stated = [i for i in items if i["target_source"] == "text"]
    resolved = []
    for group in _groups_by_mention(items):
        lead = group[0]
        same_rate = [i for i in stated if i["rate"] == lead["rate"] and i["start"] != lead["start"]]
        if lead["target"] is not None or lead["applies_to_all"] or not same_rate:
            resolved.extend(group)
            continue
        earlier = [i for i in same_rate if i["start"] < lead["start"]]
        source = earlier[-1] if earlier else same_rate[0]
        resolved.append(dict(lead, target=source["target"], imposer=lead["imposer"] or source["imposer"],
                             product=source["product"], target_source="earlier mention"))
    return resolved


def paragraph_labels(doc: Doc, context: ArticleContext) -> list[tuple[int, int, str]]:
    """"TAIWAN: Trump signed an order ...": (start, end, country) of paragraphs a capital country label opens."""
    labels, paragraph_starts = [], [0] + [t.i + 1 for t in doc if "\n" in t.text or "\n" in t.whitespace_]
    bounds = sorted(set(paragraph_starts)) + [len(doc)]
    for start, end in zip(bounds, bounds[1:]):
        head = doc[start:min(end, start + 5)]
        colon = next((t.i for t in head if t.text == ":"), None)
        label = doc[start:colon] if colon is not None else None
        if label is None or not len(label) or not all(t.is_upper or t.is_punct for t in label):
            continue
        codes = {context.country_at.get(t.i) for t in label if not t.is_punct}
        if len(codes) == 1 and None not in codes:
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
            new = dict(item, imposer=item["imposer"] or donor["imposer"])
            if item["target"] is None and donor["target"] is not None:
                new.update(target=donor["target"], target_source=source)
            if products and item["product"] is None:
                new["product"] = donor["product"]
            if all((new["target"], new["product"]) != (a["target"], a["product"]) for a in adopted):
                adopted.append(new)
    return adopted


def infer_from_article(items: list[dict]) -> list[dict]:
    """Fill what a sentence leaves implicit from the article's main tariff relation.

    In a report on US tariffs on Korea, "the 25% rate" is the US rate on Korean
    goods. Rates the text says apply to all partners (a baseline) or only to
    named goods ("25 percent on steel") keep no target.
    """
    imposers = Counter(i["imposer"] for i in items if i["imposer"])
    pairs = Counter((i["imposer"], i["target"]) for i in items if i["target"] and i["imposer"])
    main_imposer = (pairs.most_common(1)[0][0][0] if pairs else
                    imposers.most_common(1)[0][0] if imposers else None)
    items = [dict(i, imposer=main_imposer, imposer_source="article")
             if i["imposer"] is None and main_imposer is not None and main_imposer != i["target"] else i
             for i in items]
    # only an article about one relation: every explicit target the same, or three in four of them
    main_target = _dominant(Counter(i["target"] for i in items if i["target"]))
    target_of_imposer = {imposer: _dominant(Counter(i["target"] for i in items if i["imposer"] == imposer and i["target"]))
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
