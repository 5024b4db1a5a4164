"""Who taxes whom, and on what: the target, imposer and products of a tariff rate.

Countries after "on", "against" or "from" are targets ("25% on South Korea",
"on goods from Japan"), and so are countries whose goods are named ("Korean
goods"). The subject of the levying verb, a possessive ("Canada's 25%
counter-tariffs") or a country adjective on the tariff word ("U.S. tariffs")
is the imposer. Read from the parse and the countries earlier components found.
"""
import re

from spacy.tokens import Doc, Span, Token

from .clauses import core_phrase
from .context import ArticleContext

TARGET_PREPOSITIONS = {"on", "against", "from", "for"}
NOT_TARGET_LEADS = {"entering", "into", "to", "in", "by"}
AMOUNT_WORDS = {"about", "some", "roughly", "nearly", "around", "almost", "over", "worth", "million", "billion",
                "trillion", "us$", "c$", "a$", "$"}  # "on about $300 million worth of": an amount before the goods
REASON_PREPOSITIONS = {"over", "despite", "because", "amid", "after"}
RELATIVE_WORDS = {"that", "which", "who", "whose", "where", "when"}
POSSESSIVE_PRONOUNS = {"its", "their"}
LEVYING_VERBS = {"impose", "levy", "charge", "apply", "slap", "put", "collect"}
ORIGIN_VERBS = {"made", "built", "produced", "manufactured", "assembled", "grown"}  # "cars made in China": its goods
SHIPPING_VERBS = {"ship", "export", "sell", "send", "bind"}  # "a car shipped to China": its destination
DESTINATION_WORDS = {"bound", "destined", "headed", "heading"}  # "goods bound for the United States"
CHARGING_VERBS = {"charge", "bill"}  # "began charging European producers 25%": the one charged pays
GOODS = {"goods", "exports", "imports", "products", "shipments", "export", "import", "product", "shipment", "cars",
         "steel", "vehicles", "autos", "electric", "wine", "barley", "whisky", "farm", "agricultural", "made", "manufactured"}


class TariffSides:
    """Reads a rate's targets, imposer and products with the tariff lexicon's word tables."""

    def __init__(self, table: dict):
        self.tariff_nouns = set(table["tariff_nouns"])
        self.strong = set(table["strong_tariff_nouns"])
        self.product_names = [(word, name, re.compile(rf"\b{re.escape(word)}\b"))  # longest first
                              for word, name in sorted(table["products"].items(), key=lambda kv: -len(kv[0]))]
        self.product_words = {word.split()[0] for word in table["products"]} | {"ethanol", "beef", "goods"}
        self.status_verbs = table["status_verbs"]
        self.deal_verbs = set(table["deal_verbs"])
        self.target_subject_verbs = set(table["target_subject_verbs"])
        self.goods_adjectives = table["goods_adjectives"]
        self.document_nouns = set(table["document_nouns"])
        self.issuing_verbs = set(table["issuing_verbs"])

    def stated_targets(self, doc: Doc, context: ArticleContext, number: Token, unit: Token, left: Span,
                        after: Span, baseline: bool) -> list[str]:
        """The countries the sentence itself puts the rate on; a baseline only takes its own ("a 10%
        baseline on Japan") or its subject's ("Japanese goods face the 10% baseline")."""
        own = self._targets(doc, context, after)
        if own or baseline:
            return own or self._subject_targets(context, unit)
        return (self._tariff_noun_targets(context, unit) or self._compound_target(context, unit)
                or _list_item_country(doc, context, number)
                or self._levied_on(context, unit)
                or self._relative_clause_targets(context, unit) or self._charged_object(context, unit)
                or self._nearest_left_target(doc, context, left)
                or self._subject_targets(context, unit) or self._fronted_topic(context, unit.sent)
                or self._those_duties_targets(doc, context, unit))

    def _levied_on(self, context: ArticleContext, unit: Token) -> list[str]:
        """"the 25 percent duty ... that Washington has charged on EU metal": the levying clause's "on"."""
        noun = next((t for t in governors(unit) if t.lower_ in self.strong), None)
        clause = self._levying_clause(noun) if noun is not None else None
        if clause is None:
            return []
        return list(dict.fromkeys(context.country_at[t.i] for prep in clause.children if prep.dep_ == "prep"
                                  and prep.lower_ in ("on", "against") for t in prep.subtree if t.i in context.country_at))

    def _relative_clause_targets(self, context: ArticleContext, unit: Token) -> list[str]:
        """"the 15% the European Union accepted": the subject of a deal verb on the rate; "the 15%
        levy agreed with the EU": the partner of the deal; "the 31% rate Trump assigned to
        Switzerland": the country the rate is given to."""
        holders = [unit, unit.head] if unit.head.lower_ in self.tariff_nouns else [unit]
        for holder in holders:
            for clause in holder.children:
                if clause.dep_ == "relcl" and clause.lemma_ in self.deal_verbs | self.target_subject_verbs and not any(
                        c.dep_ == "xcomp" and c.lemma_.lower() in LEVYING_VERBS for c in clause.children):
                    # not "the 32 percent rate Washington had been set to impose": the levier
                    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                    codes = [context.country_at[t.i] for t in subject.subtree if t.i in context.country_at] \
                        if subject is not None else []
                    if codes:
                        return codes[:1]
            following = holder.doc[holder.i + 1] if holder.i + 1 < len(holder.doc) else None
            reduced = [following] if following is not None and following.tag_ in ("VBN", "VBD") and following.dep_ == "advcl" \
                and not any(c.dep_.startswith("nsubj") for c in following.children) else []
            for clause in [c for c in holder.children if c.dep_ in ("relcl", "acl")] + reduced:
                if clause.pos_ == "VERB" and clause.lemma_.lower() not in SHIPPING_VERBS and clause.lower_ not in DESTINATION_WORDS:
                    # "the 15% levy agreed with the EU", however the parser hangs it; not "goods shipped to the US"
                    wanted = ("with",) if clause.lemma_ in self.deal_verbs else ("to", "for")
                    codes = [context.country_at[t.i] for prep in clause.children if prep.dep_ == "prep"
                             and prep.lower_ in wanted for t in prep.subtree if t.i in context.country_at]
                    if codes:
                        return codes[:1]
        return []

    def _charged_object(self, context: ArticleContext, unit: Token) -> list[str]:
        """"began charging European producers 25% on steel", "hit American lobster with a 25 percent
        tariff": the one charged pays."""
        for verb in governors(unit):
            hits_with = verb.lemma_.lower() == "hit" and not any(c.dep_ == "auxpass" for c in verb.children) \
                and any(c.dep_ == "prep" and c.lower_ == "with" and unit in c.subtree for c in verb.children)
            if verb.pos_ == "VERB" and (verb.lemma_.lower() in CHARGING_VERBS or hits_with):  # "hit American
                # lobster with a 25 percent tariff": the lobster's country pays
                payers = [c for c in verb.children if c.dep_ in ("dobj", "dative") and not c.is_ancestor(unit) and c.i != unit.i]
                codes = [context.country_at.get(t.i) or self.goods_adjectives.get(t.lower_)
                         for payer in payers for t in payer.subtree]
                return [c for c in codes if c][:1]
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

    def tariff_noun_phrase(self, unit: Token) -> str:
        """"US tariffs on British steel and aluminium, currently 25 per cent": the tariff word's "on" phrase."""
        for token in governors(unit):
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
            if token.lower_ == "from" and not any(t.lower_ in GOODS | {"imported"} for t in tokens[max(0, k - 3):k]) \
                    and not _after_taxed_things(tokens[max(0, k - 8):k]):
                continue  # "retaliation from Canada" is not a target; "imports from Canada" and "on cells from China" are
            if _destination_for(token):
                continue  # "goods bound for the United States": where they go, the country that taxes them
            origin = token.lower_ == "in" and k > 0 and tokens[k - 1].lower_ in ORIGIN_VERBS
            if (token.lower_ in TARGET_PREPOSITIONS or origin) and not (token.lower_ == "on" and k + 1 < len(tokens)
                                                                       and tokens[k + 1].lower_ == "top"):
                for follower in _followers(tokens[k + 1:], 5):
                    if follower.lower_ in TARGET_PREPOSITIONS | NOT_TARGET_LEADS | RELATIVE_WORDS \
                            or follower.text in (";", "%"):
                        break  # "on EU goods that Washington threatened": Washington is not taxed
                    code = context.country_at.get(follower.i)
                    if code is None and token.lower_ == "on" and follower.lower_ in ("their", "its") and follower.dep_ == "poss" \
                            and self._is_goods(follower.head):  # "on their shipments": the goods of the side named before
                        verb = next((a for a in follower.ancestors if a.pos_ == "VERB"
                                     and any(c.dep_ == "nsubj" for c in a.children)), None)
                        levier = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
                        levying = set(context.countries_of(list(levier[0].subtree))) if levier else set()
                        code = next((c for c in context.countries_of([follower]) if c not in levying), None)
                        if code is None and levier:  # "the U.S. slapped duties on their shipments": not its own;
                            code = next((c for c in context.countries_of([t for t in doc[follower.sent.start:levier[0].i]
                                                                          if t.dep_ in ("nsubj", "poss")]) if c not in levying), None)
                            # the subject before it, "Canada's producers are bracing ... after the U.S. slapped"
                    if code and not self._names_the_levier(context, follower) and code not in codes:
                        codes.append(code)
                        if near:
                            break
                        codes += [context.country_at[c.i] for c in follower.conjuncts if c.i in context.country_at
                                  and context.country_at[c.i] not in codes]  # "imports from Canada and Mexico"
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

    def _tariff_noun_targets(self, context: ArticleContext, unit: Token, own: bool = False) -> list[str]:
        """"US tariffs on British steel, currently 25 per cent": the "on" phrase of the tariff word
        (``own``: of the tariff word ``unit`` itself)."""
        governing = [unit] if own else clause_governors(unit)
        verb = next((t for t in governing if t.pos_ == "VERB"), None)
        if not own and verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
            governing.append(verb.head)  # "announced duties on 89 U.S. products, covering $2.4 billion, with rates
        for token in governing:  # as high as 45%": the rates of the duties the verb above levies
            if token.pos_ == "VERB" and token is not unit and token is not verb:
                token = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in self.strong), token)
            if token.lower_ not in self.strong:
                continue
            verb_preps = [c for c in token.head.children if c.dep_ == "prep"] if own and token.dep_ == "dobj" else []
            on_goods = any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children)
            for prep in [*token.children, *verb_preps]:  # "halved its duties on U.S. goods", wherever "on" hangs
                if prep.dep_ == "prep" and (prep.lower_ in ("on", "against") or prep.lower_ == "from" and on_goods
                                            and prep.head.i != token.i):  # "a duty on tyres from China", "from" on the verb
                    codes = [context.country_at[t.i] for t in prep.subtree
                             if t.i in context.country_at and not _possessive_or_destination(t)]
                    if codes:
                        return list(dict.fromkeys(codes))
            if unit.i < token.i <= unit.i + 2:
                return []  # "the 15% levy agreed with the EU": its own tariff word says no more; not the clause's other tariff
        return []

    def _compound_target(self, context: ArticleContext, unit: Token) -> list[str]:
        """"Trump doubles India tariff to 50 per cent": a country named on the tariff word is the one
        taxed when the verb's subject is another country's."""
        for token in governors(unit):
            if token.lower_ not in self.strong:
                continue
            named = [context.country_at[c.i] for c in token.children if c.dep_ == "compound" and c.i in context.country_at]
            verb = token.head if token.dep_ == "dobj" and token.head.pos_ == "VERB" \
                and self.status_verbs.get(token.head.lemma_.lower()) not in (None, "in force") else None  # not "faced a 39% U.S. tariff"
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            acting = context.countries_of(list(subject.subtree)) if subject is not None else []
            return named[:1] if named and acting and named[0] not in acting else []
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
                set_at = _set_at_the_rate(tokens[k + 1:])
                acting = token.dep_ == "nsubj" and token.head.pos_ == "VERB" \
                    and token.head.lemma_ not in self.target_subject_verbs  # "for exemption as US restores 25%"
                if any(t.lower_ in TARGET_PREPOSITIONS for t in before) and token.i in context.country_at and not acting \
                        or goods_after or set_at:
                    shipped = len(before) >= 2 and before[-1].lower_ == "to" and before[-2].lemma_.lower() in SHIPPING_VERBS
                    if set_at and not shipped or not any(t.lower_ in NOT_TARGET_LEADS for t in before[-2:]):
                        # "to Brazil, at 50%"; not "a car shipped to China back at 40 percent"
                        others = [context.country_at[c.i] for c in token.conjuncts if c.i in context.country_at]
                        return list(dict.fromkeys(others + [code]))  # "Indonesia and the Philippines ... for 19%"
        return []

    def _subject_targets(self, context: ArticleContext, unit: Token) -> list[str]:
        """"The Philippines had its rate raised to 20%", "Chinese goods face 25%", "Indonesia agreed to a
        19% tariff": the subject pays. A country word on the tariff itself ("the US levy") levies it."""
        left = unit.doc[max(unit.sent.start, unit.i - 8):unit.i]
        for k, token in enumerate(left):  # "Malaysia's rate was raised to 25%"
            if token.text in ("'s", "’s") and k > 0 and left[k - 1].i in context.country_at \
                    and (any(t.lower_ in ("rate", "rates") for t in left[k + 1:k + 3])
                         or k + 1 < len(left) and left[k + 1].pos_ in ("VERB", "AUX")):
                return [context.country_at[left[k - 1].i]]  # "Lesotho's came in at 15 per cent": its rate did
        for token in governors(unit):
            levies = token.lemma_ in self.deal_verbs and any(  # "Washington agreed to halve the tariff": it levies
                c.dep_ == "xcomp" and self.status_verbs.get(c.lemma_.lower()) not in (None, "in force") for c in token.children)
            hits_with = token.lemma_.lower() == "hit" and not any(c.dep_ == "auxpass" for c in token.children) \
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)  # "U.S. hits lumber with
            if hits_with:  # duties": the subject levies them
                continue
            subject_to = token.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "subject" for c in token.children)
            subject_to = subject_to or self.status_verbs.get(token.lemma_.lower()) in (None, "in force") and any(
                c.dep_ == "prep" and c.lower_ == "with" and unit in c.subtree
                and any(g.dep_ == "pobj" and (g.lower_ in ("rate", "rates") or g.i == unit.i) for g in c.children)
                for c in token.children)
            # "Lesotho sat at the top of the chart with a rate of 50%": the subject's rate
            if any(c.dep_ == "xcomp" and c.lemma_.lower() in LEVYING_VERBS for c in token.children):
                continue  # "the 32 percent rate Washington had been set to impose": its subject levies it
            if token.pos_ in ("VERB", "AUX") and (token.lemma_ in self.target_subject_verbs or subject_to or
                                                  any(c.dep_ == "nsubjpass" for c in token.children)
                                                  or token.lemma_ in self.deal_verbs and unit.i > token.i and not levies):
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None and token.dep_ in ("advcl", "xcomp") and token.tag_ == "VBG":
                    subject = next((c for c in token.head.children if c.dep_ == "nsubj" and c.i in context.country_at), None)  # "The EU sealed
                    # a deal, accepting a 15 per cent ceiling": the EU accepted it
                if subject is None and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i in context.country_at:
                    return [context.country_at[token.head.i]]  # "only Brazil, handed the same 50 per cent rate"
                if subject is not None and subject.lower_ in ("which", "that", "who") and token.dep_ == "relcl":
                    subject = token.head  # "Australian wine, which has faced duties of 218.4 per cent"
                if subject is not None:
                    named = [t for t in subject.subtree if t.i in context.country_at and not _possessive_or_destination(t)
                             and not (t.dep_ in ("compound", "amod") and t.head.lower_ in self.strong)
                             and not any(a.lower_ == "than" for a in t.ancestors if a.i > subject.left_edge.i)]
                    origin = [t for t in named if t.dep_ == "pobj" and t.head.lower_ == "of" and self._is_goods(t.head.head)]
                    named = origin or named  # "articles that are products of Mexico and contain aluminum smelted in
                    # China, Russia, Belarus or Iran": Mexico's goods are taxed; "products of Mexico but melted in a
                    # country other than Mexico, the United States or Canada are now subject to a 25 percent duty"
                    first_verb = next((g for g in governors(unit) if g.pos_ in ("VERB", "AUX")), None) == token
                    codes = [context.country_at[t.i] for t in named] or [
                        self.goods_adjectives[t.lower_] for t in subject.subtree if t.lower_ in self.goods_adjectives
                        and t.dep_ == "amod" and self._is_goods(t.head) and first_verb]  # "European goods currently
                    # pay a 10% levy"; not the parts of their rate ("made up of a 25% levy on imported cars")
                    listed = any(c.i in context.country_at for t in named for c in t.conjuncts)
                    if codes:  # "Indonesia and the Philippines prepared for 19% rates", "imports from the EU,
                        # Japan and South Korea face a 15% rate": each of them
                        return list(dict.fromkeys(codes)) if subject.conjuncts or listed else codes[:1]
        return []

    def imposer(self, doc: Doc, context: ArticleContext, number: Token, unit: Token, targets: list[str]) -> str | None:
        """The country levying the rate: a possessive owner, a country word on the tariff word, or
        the subject of a levying verb; never one of the rate's targets."""
        sentence = unit.sent
        left = doc[max(sentence.start, number.i - 4):number.i]
        for k, token in enumerate(left):  # "Canada's 25% counter-tariffs" (but "Malaysia's rate" is its target)
            if token.text in ("'s", "’s") and k > 0 and not any(t.lower_ in ("rate", "rates") for t in left[k + 1:k + 3]):
                owner = _country_of_owner(context, left[k - 1])  # "Trump's 25 percent tariffs": his government's
                if owner:
                    return owner
        named = doc[number.i - 2] if number.i >= 2 and doc[number.i - 1].text == "," else None
        if named is not None and (named.lower_ in self.strong or named.lower_ == "measures"):
            code = next((context.country_at[c.i] for c in named.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                         and c.i in context.country_at), None)  # "the US measures, 25 per cent on steel": in apposition
            if code and code not in targets:
                return code
        for token in governors(unit):
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
            if token.lower_ in self.strong:  # "the provisional duties of up to 37.6% that Brussels imposed in July"
                clause = self._levying_clause(token)
                levier = next((g for g in clause.children if g.dep_ == "nsubj" and g.lower_ not in ("that", "which")),
                              None) if clause is not None else None
                codes = [c for c in context.countries_of(list(levier.subtree)) if c not in targets] if levier is not None else []
                if codes:
                    return codes[0]
            if token.lower_ in self.strong and any(c.dep_ == "det" and c.lower_ in ("those", "these") for c in token.children):
                code = self._owner_named_before(doc, context, token)  # "... U.S. steel duties. Those duties — 25 percent"
                if code and code not in targets:
                    return code
            if token.pos_ in ("VERB", "AUX") and self.status_verbs.get(token.lemma_.lower()) not in (None, "in force"):
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "agent")), None)
                if subject is None:
                    subject = self._issuer(token)  # "Trump signed an order imposing a 40% tariff": Trump's
                if subject is None and (token.dep_ == "xcomp" or token.dep_ == "advcl" and token.tag_ == "VBG"):
                    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)  # "Washington agreed to
                    # halve the tariff", "Trump signed proclamations on March 8 imposing tariffs of 25 percent": theirs
                if subject is not None and subject.dep_ != "nsubjpass":
                    words = [t for t in subject.subtree if not (t.dep_ == "npadvmod" and t.head.dep_ == "amod")]
                    codes = [c for c in context.countries_of(words) if c not in targets]  # not "the Russia-related 25%"
                    if codes:
                        return codes[0]
        return self._subject_of_tariff_object(context, unit, targets)

    def _subject_of_tariff_object(self, context: ArticleContext, unit: Token, targets: list[str]) -> str | None:
        """"EU clears duties of up to 35.3% on Chinese EVs": the country whose verb takes the tariff
        as its object levies it, unless the verb makes the subject the one who pays or agrees."""
        noun = next((t for t in governors(unit) if t.lower_ in self.strong), None)
        verb = noun.head if noun is not None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
        if verb is None or verb.lemma_ in self.target_subject_verbs or verb.lemma_ in self.deal_verbs:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        codes = [c for c in context.countries_of(core_phrase(subject)) if c not in targets] if subject is not None else []
        return codes[0] if len(codes) == 1 else None

    def _levying_clause(self, noun: Token) -> Token | None:
        """The relative clause that levies a tariff noun ("the duties that Brussels imposed"), also when
        the parser hangs it on the noun's last conjunct ("the 25 percent duty on steel and 10 per cent
        on aluminium that Washington has charged on EU metal")."""
        for holder in [noun, *noun.conjuncts]:
            clause = next((c for c in holder.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                           and self.status_verbs.get(c.lemma_.lower()) not in (None, "in force")), None)
            if clause is not None:
                return clause
        return None

    def _issuer(self, verb: Token) -> Token | None:
        """The subject that signed or sent the document a levying verb describes ("signed an order
        imposing ..."); not one that received it ("received a letter setting a 36% rate")."""
        document = verb.head
        if verb.dep_ != "acl" or document.lower_ not in self.document_nouns:
            return None
        issuing = document.head
        if document.dep_ != "dobj" or issuing.lemma_.lower() not in self.issuing_verbs:
            return None
        return next((c for c in issuing.children if c.dep_ == "nsubj"), None)

    def _owner_named_before(self, doc: Doc, context: ArticleContext, token: Token) -> str | None:
        """The country on the last tariff word of the sentence before: what "those duties" point back to."""
        sentence = token.sent
        if sentence.start == 0:
            return None
        for word in reversed(doc[sentence.start - 1].sent):
            if word.lower_ in self.strong:
                owners = [context.country_at[c.i] for c in word.children
                          if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i in context.country_at]
                if owners:
                    return owners[0]
                verb = next((a for a in word.ancestors if a.pos_ == "VERB"), None)  # "EU member states cleared
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
                taxed = self._tariff_noun_targets(context, word, own=True)  # the way for duties on Chinese-made EVs"
                codes = [c for c in context.countries_of(list(subject.subtree)) if c not in taxed] if subject is not None else []
                if codes:
                    return codes[0]
        return None

    def _those_duties_targets(self, doc: Doc, context: ArticleContext, unit: Token) -> list[str]:
        """"... cleared the way for duties on Chinese-made EVs. Those duties, of up to 35.3 per cent": the
        goods of the tariff word named last in the sentence before."""
        those = next((t for t in governors(unit) if t.lower_ in self.strong
                      and any(c.dep_ == "det" and c.lower_ in ("those", "these") for c in t.children)), None)
        if those is None or those.sent.start == 0:
            return []
        word = next((w for w in reversed(doc[those.sent.start - 1].sent) if w.lower_ in self.strong), None)
        return self._tariff_noun_targets(context, word, own=True) if word is not None else []

    def products(self, text: str) -> list[str]:
        """Products named in a phrase, longest names first and without overlaps ("canola oil", not "oil")."""
        text, found = text.lower(), []
        for word, name, pattern in self.product_names:
            match = pattern.search(text) if word in text else None
            if match:
                found.append((text.index(match.group()), name))
                text = pattern.sub(" " * len(word), text)
        return list(dict.fromkeys(name for _, name in sorted(found)))

    @staticmethod
    def subject_countries(context: ArticleContext, unit: Token) -> list[str]:
        """The countries of the levying verb's subject: both sides of "tariffs on each other's goods"."""
        for token in governors(unit):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None) if token.pos_ == "VERB" else None
            if subject is not None:
                return list(dict.fromkeys(context.country_at[t.i] for t in subject.subtree if t.i in context.country_at))
        return []


# -- reading the parse --------------------------------------------------------------

def _list_item_country(doc: Doc, context: ArticleContext, number: Token) -> list[str]:
    """"..., Britain 10%, Vietnam 20%, India 25% and Canada 35%", "... and Indonesia, at 19 per
    cent": a country right before its rate as an item of a list."""
    end = number.i - 1
    if end >= 1 and doc[end].lower_ == "at":
        end -= 2 if doc[end - 1].text == "," else 1
    if end < 0 or end not in context.country_at:
        return []
    start = end
    while start - 1 >= 0 and context.country_at.get(start - 1) == context.country_at[end]:
        start -= 1
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    before = doc[start - 1] if start > 0 else None
    return [context.country_at[end]] if before is None or before.text in (",", ";", ":") or before.lower_ == "and" else []


def _followers(tokens: list[Token], reach: int) -> list[Token]:
    """The words after a preposition up to ``reach`` of them, not counting an amount of money
    ("on about $300 million worth of Japanese television sets": Japanese is the fourth)."""
    taken, counted = [], 0
    for token in tokens:
        amount = token.like_num or token.is_currency or token.lower_ in AMOUNT_WORDS
        taken.append(token)
        counted += not (amount or token.lower_ == "of" and len(taken) > 1 and taken[-2].lower_ in AMOUNT_WORDS)
        if counted >= reach:
            break
    return taken


def _possessive_or_destination(token: Token) -> bool:
    """"the EU's duty", "everything entering the United States", "goods bound for the United States":
    not the country taxed."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text in ("'s", "’s"):
        return True
    return any(t.lower_ in NOT_TARGET_LEADS and not (t.lower_ == "in" and t.i > 0 and doc[t.i - 1].lower_ in ORIGIN_VERBS)
               or _destination_for(t) for t in doc[max(0, token.i - 3):token.i])  # "vehicles made in China" are China's


def _destination_for(token: Token) -> bool:
    """The "for" of "bound for", "destined for": a destination follows."""
    return token.lower_ == "for" and token.i > 0 and token.doc[token.i - 1].lower_ in DESTINATION_WORDS


def _gives_a_reason(token: Token) -> bool:
    """"a penalty over India's purchases of Russian oil": goods inside a reason are not taxed."""
    for ancestor in token.ancestors:
        if ancestor.lower_ in REASON_PREPOSITIONS:
            return True
        if ancestor.lower_ in ("on", "against") or ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def _set_at_the_rate(tokens: list[Token]) -> bool:
    """"Vietnam had been slated for", "the European Union for", "Brazil on Wednesday, at": a country,
    then verbs or its day, then "for"/"at"."""
    return bool(tokens) and tokens[-1].lower_ in ("for", "at") \
        and all(t.pos_ in ("AUX", "VERB", "ADV", "PART") or t.ent_type_ in ("DATE", "TIME") or t.text == ","
                or t.lower_ == "on" and t.nbor().ent_type_ in ("DATE", "TIME") for t in tokens[:-1])


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


def governors(token: Token, steps: int = 6) -> list[Token]:
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


def clause_governors(token: Token) -> list[Token]:
    """The token's heads up to its clause's verb, and that verb's subject and object: not the tariff
    word of another clause ("set a 20% tariff on Taiwan, while Indonesia prepared for 19% rates")."""
    chain = []
    for ancestor in token.ancestors:
        chain.append(ancestor)
        if ancestor.pos_ in ("VERB", "AUX"):
            chain.extend(c for c in ancestor.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"))
            break
    return chain


def _after_taxed_things(before: list[Token]) -> bool:
    """"duties on crystalline silicon photovoltaic cells from China": an "on" phrase names what is taxed,
    and "from" its origin."""
    on = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower_ == "on"), None)
    return on is not None and on < len(before) - 1 and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "ADP", "CCONJ") or t.lower_ == "-"
                                                          for t in before[on + 1:])
