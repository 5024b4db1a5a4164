"""Who acts in an event and whom it is aimed at, read from the parse.

``SideRules`` finds the acting side (the trigger's subject, or the subject of the
verb it hangs from) and the targets ("with", "on", "against" phrases and
objects); the component maps both to countries through the article context.
"""
from spacy.tokens import Doc, Token

from .clauses import by_means, core_phrase, object_preps, relative_antecedent, without_exceptions
from .context import ArticleContext
from .event_triggers import ANSWER_WORDS, SPANS_OF_TALKS, TARIFF_ACTIONS, TriggerRules

TARGET_PREPOSITIONS = {"with", "on", "against", "to", "toward", "towards", "from", "between", "for", "into"}
VENUE_NOUNS = {"sidelines", "sideline", "margins", "fringes"}  # "on the sidelines of the G20 summit hosted by Italy's ..."
THREAT_HEDGES = {"could", "may", "might", "ready", "prepared", "willing"}


class SideRules(TriggerRules):
    """Actors and targets of a trigger."""

    def _voiced_threat(self, trigger: Token, speech: Token | None) -> bool:
        """A side saying it could or is ready to tax ("said he could impose", "ready to put tariffs"),
        not considering or studying it, and with no "if" or "whether" left open."""
        if speech is None:
            return False
        path = [trigger] + list(trigger.ancestors)
        path = path[:path.index(speech)] if speech in path else path
        words = {c.lower_ for t in path for c in t.children if c.dep_ in ("aux", "mark", "advmod")} | {t.lower_ for t in path}
        return bool(words & THREAT_HEDGES) and not words & {"if", "whether", "unless", "not", "never", "n't"}

    @staticmethod
    def _regions_visited(trigger: Token) -> list[str]:
        """Countries of the provinces or states a visit goes to ("visited Iowa": USA)."""
        objects = {c.i for c in trigger.children if c.dep_ == "dobj"}
        return [span.label_ for span in trigger.doc.spans.get("regions", []) if objects & set(range(span.start, span.end))]

    @staticmethod
    def _answering_verb(trigger: Token) -> Token | None:
        """The act that "in retaliation" or "in response" hangs on, wherever the parser put it."""
        if trigger.lower_ not in ANSWER_WORDS or trigger.head.lower_ != "in":
            return None
        return next((t for t in list(trigger.head.ancestors)[:5] if t.pos_ == "VERB"), None)

    @staticmethod
    def _to_a_region(trigger: Token) -> bool:
        """"as he flew to Asia": a trip to a continent or region, which meets no government."""
        return any(g.ent_type_ == "LOC" for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj")

    @staticmethod
    def _latest_tariff(doc: Doc, trigger: Token, retaliatory: bool = False,
                       taxed: list[str] | tuple = ()) -> tuple[str | None, str | None]:
        """Imposer and target of the tariff named last before the trigger ("the levies took effect");
        of the last retaliatory one for "the counter-tariffs were put off"; of the last one on the
        ``taxed`` side for "the extra levy on Chinese goods took effect"."""
        named = [(m["start"], t) for t in doc._.tariffs or [] if t.get("imposer")
                 for m in [t, *t.get("mentions", [])] if m.get("start", trigger.idx) < trigger.idx]
        answers = [(start, t) for start, t in named if t.get("kind") == "retaliatory"]
        named = answers if retaliatory and answers else named
        on_taxed = [(start, t) for start, t in named if t.get("target") in taxed]
        named = on_taxed or named
        if not named:
            return None, None
        tariff = max(named, key=lambda pair: pair[0])[1]
        return tariff["imposer"], tariff.get("target")

    @staticmethod
    def _latest_tariff_of(doc: Doc, trigger: Token, imposers: list[str]) -> str | None:
        """The one target of the tariffs of the given side named in the sentence before the trigger's."""
        before = doc[trigger.sent.start - 1].sent if trigger.sent.start > 0 else None
        if before is None:
            return None
        targets = {t.get("target") for t in doc._.tariffs or [] if t.get("imposer") in imposers
                   for m in [t, *t.get("mentions", [])] if before.start_char <= m.get("start", -1) < before.end_char}
        return targets.pop() if len(targets) == 1 else None  # none, or several: no guess

    def _setting_verb(self, subject_tokens: list[Token], trigger: Token) -> Token | None:
        """The tariff verb whose object a "which took effect" clause describes."""
        if trigger.lemma_.lower() not in ("take", "come") or not subject_tokens:
            return None
        noun = next((t for t in subject_tokens if any(c.i == trigger.i or c.dep_ == "relcl" and trigger in c.subtree
                                                      for c in t.children)), None)
        verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None) if noun is not None else None
        return verb if verb is not None and self._trigger_kind(verb) in TARIFF_ACTIONS else None

    def _subject_tokens(self, trigger: Token, quoted: set[int]) -> list[Token]:
        """The acting side: the trigger's subject, or the subject of the verb it depends on."""
        token = trigger
        spans = trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ in SPANS_OF_TALKS
        answer = self._answering_verb(trigger)
        token = answer or self._misread_object(trigger) or self._repeated_warning(trigger) or trigger  # "struck Japan
        # from its list of trusted partners
        # in retaliation": who struck; "Trump announces a deal with Mexico as Peña Nieto joins": who announces;
        # "Brussels repeated that warning": who repeats it
        stranded = _stranded_subject(token)
        if stranded:
            return stranded
        if trigger.dep_ == "acl" and trigger.lemma_.lower() == "hit" and any(c.dep_ == "dobj" for c in trigger.children):
            return [t for t in trigger.head.subtree if t.i < trigger.i]  # "June 1: U.S. steel tariffs hit Canada": the tariffs
        deal_told = trigger.dep_ == "acl" and trigger.head.lower_ in self.cues["agreement_nouns"]  # "Japan won
        # a 15% rate in a deal announced on July 22": announced, deal, in, rate, won
        for _ in range(6 if spans else 5 if deal_told else 4):  # "arrived for two days of talks": talks, of, days, for, arrived
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "agent") and c.i not in quoted
                            and not speaker_label(c)), None)
            if subject is not None:
                if subject.lower_ == "who" and token.dep_ == "relcl":
                    return core_phrase(token.head)
                antecedent = relative_antecedent(token, subject)
                if antecedent is not None:
                    return core_phrase(self._tariff_over_goods(antecedent))
                return core_phrase(subject)
            possessor = [t for c in token.children if c.dep_ in ("poss", "compound", "amod") for t in core_phrase(c)]
            if token.pos_ == "NOUN" and any(t.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") for t in possessor):
                return possessor  # "Korea-US talks", "Trump's call"
            if token.head.i == token.i or token.dep_ in ("ccomp", "parataxis"):
                return []  # "Goyal said the deal had been negotiated": the speaker is not the actor
            passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if passive is not None and token.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") for c in token.children):
                return []  # "shortly after the 46% rate was announced": not by whoever the main clause names
            if passive is not None and token.dep_ == "relcl" and passive.lower_ == "who":
                return core_phrase(token.head)  # "Nakasone, who is scheduled to arrive on April 29 for talks": he
            if passive is not None and token.dep_ == "relcl" and passive.lower_ in ("which", "that"):
                token = next((t for t in token.head.ancestors if t.pos_ in ("VERB", "AUX")), token.head)
                continue  # "the US announced a tariff on EU goods, which was reduced to 10%": cut by its announcer
            # a participle clause's subject is the main clause's, wherever the parser hung it:
            # "Trump paused ..., a reversal that came after the levies took effect, while ratcheting up"
            token = token.sent.root if token.dep_ == "advcl" and token.tag_ == "VBG" else token.head
        return []

    def _set_by_another_verb(self, doc: Doc, tariff: dict, trigger: Token) -> bool:
        """"paused the tariffs ..., while raising the duty on Chinese imports to 125%": that rate is
        the raising's, not the pause's."""
        if not trigger.sent.start_char <= tariff.get("start", -1) < trigger.sent.end_char:
            return False
        rate = doc.char_span(tariff["start"], tariff["end"], alignment_mode="expand")
        verb = next((a for a in rate.root.ancestors if a.pos_ in ("VERB", "AUX")), None) if rate is not None else None
        if verb is None or verb.i == trigger.i or verb in trigger.ancestors:
            return False
        return self._trigger(verb) in TARIFF_ACTIONS + ("THREATEN",)

    def _tariff_over_goods(self, noun: Token) -> Token:
        """"Trump's tariffs on Chinese goods, which took effect": the tariffs took effect, not the goods."""
        token = noun
        for _ in range(2):
            if token.dep_ != "pobj" or token.head.lower_ not in ("on", "of"):
                return noun
            token = token.head.head
            if token.lower_ in self.cues["tariff_words"]:
                return token
        return noun

    @staticmethod
    def _name_split_off(doc: Doc, context: ArticleContext, subject_tokens: list[Token]) -> list[Token]:
        """"Party General Secretary To Lam": the parser reads "To" as a preposition and cuts the
        name off the subject; the official's name right after the phrase still belongs to it."""
        if not subject_tokens:
            return []
        tail, person = [], None
        for token in doc[subject_tokens[-1].i + 1:subject_tokens[-1].i + 5]:
            if token.i not in context.person_at or person not in (None, context.person_at[token.i]):
                break
            person = context.person_at[token.i]
            tail.append(token)
        return tail

    @staticmethod
    def _target_countries(context: ArticleContext, trigger: Token, kind: str) -> list[str]:
        codes = []
        scope = [trigger] + ([trigger.head] if trigger.pos_ == "NOUN" or kind == "AGREE" and trigger.dep_ == "acl" else [])
        # "Vietnam's agreement with the United States, unveiled on March 2": the deal's other party
        if trigger.pos_ == "NOUN":  # "a round of talks with the Trump administration"
            scope += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if by_means(trigger):  # "persuade the U.S. by proposing ...": the persuaded side
            scope.append(trigger.head.head)
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" \
                and trigger.head.head.lower_ in SPANS_OF_TALKS:
            scope.append(trigger.head.head)  # "three days of talks that began on Wednesday with Pence"
        scope += [c for anchor in list(scope) if anchor.pos_ == "NOUN" for c in anchor.children
                  if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)]
        for anchor in scope:
            for child in anchor.children:
                if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS \
                        and not any(g.dep_ == "pobj" and (g.ent_type_ == "DATE" or g.lower_ in VENUE_NOUNS) for g in child.children):
                    codes += context.countries_of(without_exceptions(child), places=True)  # not "on Wednesday, ..."
                elif child.dep_ in ("dobj", "dative", "pobj") and child.i != trigger.i:
                    codes += context.countries_of(core_phrase(child), places=True)
                    for prep in object_preps(child):  # "paused the tariffs on Korean goods"
                        if prep.lower_ in ("on", "against") or prep.lower_ in ("with", "between") and kind in ("AGREE", "CONSULT") \
                                or prep.lower_ in ("by", "from") and kind == "REJECT":  # "rejected a push by China"
                            codes += context.countries_of(list(prep.subtree))
        if kind == "CONSULT" and trigger.lemma_.lower() in ("arrive", "land"):  # "landed in Washington": its hosts
            codes += [c for child in trigger.children if child.dep_ == "prep" and child.lower_ in ("in", "at")
                      for c in context.countries_of(without_exceptions(child), places=True)]
        if kind == "REQUEST" and not codes:  # "demanded that Canada drop the surtaxes": the side asked to act
            codes = [c for clause in trigger.children if clause.dep_ == "ccomp"
                     for subject in clause.children if subject.dep_ == "nsubj"
                     for c in context.countries_of(core_phrase(subject))]
        if not codes and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.head.pos_ == "VERB":
            codes = [c for child in trigger.head.children if child.dep_ == "dative"  # "gave Mexico 90 more days,
                     for c in context.countries_of(core_phrase(child))]  # shelving a threatened increase": Mexico's
        return list(dict.fromkeys(codes))


def speaker_label(token: Token) -> bool:
    """"OKAFOR: The furniture tariffs took effect ...": a transcript's speaker label opening the line,
    which the parser may take for the subject."""
    start, end = token.left_edge.i, token.right_edge.i
    if token.doc[end].text == ":":  # the parser may hang the colon on the label
        end -= 1
    opens_line = start == 0 or "\n" in token.doc[start - 1].whitespace_ + token.doc[start - 1].text
    return opens_line and end + 1 < len(token.doc) and token.doc[end + 1].text == ":" and end - start < 6


def _stranded_subject(verb: Token) -> list[Token]:
    """"Trump ordered tariffs on Colombian goods and President Gustavo Petro answered with duties":
    a joined verb with no subject of its own, right after a proper name the parser joined to the
    object before it, has that name as its subject."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ not in ("conj", "compound") or name.head.i >= verb.i:
        return []
    start = name.i
    while start > 0 and verb.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return list(verb.doc[start:name.i + 1]) if start > 0 and verb.doc[start - 1].lower_ in ("and", ",") else []
