"""Which words report a negotiation event, and of which type.

``TriggerRules`` is the first layer of the ``trade_events`` component: a word from
``event_triggers.tsv`` is a trigger only in the sense and the grammar that report
an event ("put together a package", "the U.S.-Mexico-Canada Agreement" and "the
EU charges 10%" do not; those senses are ``event_senses.SenseRules``). It reads
``self.triggers`` and ``self.cues``, which the component builds from its data files.
"""
import re

from spacy.tokens import Token

from .clauses import own_clause, relative_antecedent
from .doctext import doc_text
from .event_senses import ANSWERING_VERBS, EASE_NOUNS, TARIFF_ACTIONS, SenseRules

SPANS_OF_TALKS = {"day", "days", "hours", "weeks", "rounds", "series"}
ASKED_FOR = {"dialogue", "removal", "withdrawal", "reduction", "exemptions", "compensation", "restraint"}
SANCTION_WORDS = {"sanctions", "penalties", "restrictions", "controls"}  # measures other than tariffs
BATCH_NOUNS = {"round", "wave", "package", "set", "list", "series", "batch", "slate", "raft"}  # "a round of tariffs"
ANSWER_WORDS = {"retaliation", "response", "countermeasure"}  # "in retaliation", "In a further countermeasure, it ..."
CHANGE_NOUNS = {"increase", "hike", "rise"}  # "announced the increase": of the tariff just told
RATE_WORDS = {"percent", "cent", "pc"}  # "imposing the extra 25 per cent", as "25%"
ONE_SIDED_PAPERS = {"memorandum", "statement"}  # a country signs them with another; a leader signs them alone
ENVOY_NOUNS = {"envoy", "delegation", "team", "negotiator", "negotiators", "minister", "emissary", "official", "officials"}
QUANTIFIERS = {"most", "some", "all", "many", "half", "part", "several", "much", "each", "both", "any"}


def is_person(token: Token) -> bool:
    """A token of a person's name: the model's PERSON entity or a name the officials component found."""
    return token.ent_type_ == "PERSON" or any(span.start <= token.i < span.end for span in token.doc.spans.get("persons", []))


class TriggerRules(SenseRules):
    """Trigger words in context: ``_trigger`` gives the event type a token signals, or None."""

    triggers: dict
    cues: dict

    def _trigger(self, token: Token) -> str | None:
        """The event type a word signals here, or None when this use of the word reports no event."""
        lemma = token.lemma_.lower()
        entries = [e for e in (self.triggers.get(token.lower_), self.triggers.get(lemma)) if e is not None]
        verbal = token.pos_ in ("VERB", "AUX")  # "after meeting a delegation" is the verb, not the noun
        entry = next((e for e in entries if e[1] == "VERB" and verbal or e[1] != "VERB" and not verbal), None) \
            or (entries[0] if entries else None)
        if entry is None and lemma in ("tariff", "duty") and token.i >= 2 and token.nbor(-1).text == "-" \
                and token.nbor(-2).lower_ == "counter":
            entry = self.triggers.get("counter-tariffs")  # "counter-tariffs" split by the tokenizer
        withdrawn = self._withdrawn_preference(token)
        visit = self.triggers.get("visit") if token.pos_ == "VERB" and self._visits_a_person(token) \
            else self.triggers.get("phone") if token.pos_ == "VERB" and self._phoned(token) \
            else self.triggers.get("visit") if self.arrives_in_a_capital(token) else None
        entry = withdrawn or self._broken_off(token) or visit or self._taken_to_arbiter(token) or entry or self._phrasal_entry(token)
        if token.dep_ == "relcl" and token.head.lower_ in self.cues["agreement_nouns"] \
                and (lemma in self.cues["deal_making_verbs"] or lemma in ("announce", "unveil")) and (
                any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in token.children)
                or not any(c.dep_ == "dobj" for c in token.children) and any(c.dep_ == "nsubj" for c in token.children)
                and (token.head.lower_ not in ONE_SIDED_PAPERS or any(c.dep_ == "nsubj" and c.ent_type_ == "GPE"
                                                                     for c in token.children))):
            return "AGREE"  # "the trade deal that von der Leyen and Trump struck on July 27": struck then, by them;
            # "the memorandum Japan signed in September"; a president's memorandum is an order ("a memorandum
            # President Donald Trump signed on March 22 ordering action under Section 301")
        made = lemma in self.cues["deal_making_verbs"] and token.head.dep_ in ("nsubj", "nsubjpass") \
            or (lemma in self.cues["deal_making_verbs"] or lemma in ("announce", "unveil")) and self._dated_clause_of(token)
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.lower_ in self.cues["agreement_nouns"] and made:
            return "AGREE"  # "A truce struck in Geneva on May 12 cut the U.S. rate to 30%", "a deal announced on July 22"
        if lemma in self.cues["deal_making_verbs"] and token.tag_ == "VBD" and self._dated_clause_of(token) \
                and any(c.dep_ == "nsubj" and c.lower_ in self.cues["agreement_nouns"] for c in token.children) \
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token.children):
            return "AGREE"  # "The framework struck on Sunday caps US tariffs": the parser's main verb is a participle
        if lemma == "sign" and token.pos_ == "VERB" and self._signs_tariff_order(token):
            return "IMPOSE_TARIFF"  # "The formal proclamation for trucks and buses was signed on October 17th"
        if lemma == "shake" and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in token.children) \
                and (any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children)
                     or any(t.lower_ in self.cues["agreement_nouns"] for t in token.sent)):
            return "AGREE"  # "shook hands minutes before midnight, bringing Ottawa into the pact"
        if entry is None:
            return None
        if entry[0] == "RETALIATE" and token.head.lower_ == "right" and token.head.head.lemma_.lower() == "reserve":
            return "THREATEN"  # "reserved the right to respond": a threat of measures
        kind, pos, needs_tariff = entry
        if pos == "VERB" and token.pos_ not in ("VERB", "AUX"):
            return None
        named = token.ent_type_ in ("ORG", "LAW", "EVENT") or (token.is_title and not token.is_sent_start)
        if named and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in self.cues["noun_event_verbs"]:
            named = False  # "The Economic Prosperity Deal was unveiled on Thursday": that deal is news
        if pos == "NOUN" and (token.pos_ not in ("NOUN", "PROPN") or named):
            return None  # "the U.S.-Mexico-Canada Agreement" is a name, not an agreement reached
        if needs_tariff and not withdrawn and not self._tariff_in_reach(token) \
                and not (kind == "EASE_TARIFF" and self._ends_a_safeguard(token)):  # "ended India's GSP status": duties
            if kind == "IMPOSE_TARIFF" and token.pos_ == "VERB" and self._sanctions_held_out(token):
                return "THREATEN"  # "the U.S. was ready to impose further sanctions on Turkey if ...": a threat
            return None  # "put together a package", "raised the stakes": no tariff among its own words
        if self._other_sense(token, lemma, kind) or self._part_of_another_event(token, lemma, kind, pos):
            return None
        if token.pos_ in ("NOUN", "PROPN") and pos != "ADJ" and not self._noun_reports_event(token):
            return None  # "welcomed the agreement", "the most important trade agreement"
        return self._retyped(token, lemma, kind)

    def _tariff_in_reach(self, token: Token) -> bool:
        """A tariff word or rate among the verb's own words (the sentence's, for nouns and pronouns)."""
        scope = own_clause(token) if token.pos_ == "VERB" else list(token.sent)
        if token.pos_ == "VERB":  # "ordered importers to lodge deposits", "will require importers to post a deposit"
            scope += [t for c in token.children if c.dep_ == "xcomp" for t in c.subtree]
        if token.pos_ == "VERB" and any(c.dep_ == "prt" for c in token.children):  # "held off doubling its duties"
            scope += [t for c in token.children if c.dep_ in ("advcl", "pcomp") for t in c.subtree]
        if token.pos_ == "VERB" and token.dep_ == "xcomp":  # "signed the tariff orders, then agreed to hold off"
            scope += own_clause(token.head) + (own_clause(token.head.head) if token.head.dep_ in ("conj", "dep") else [])
        if any(t.lower_ in ("it", "them", "those", "they", "figure") for t in scope):  # "first set the figure"
            scope = list(token.sent)  # "paused it a week later": the tariff named before
            if token.sent.start > 0 and any(t.lower_ in ("them", "those", "figure") for t in own_clause(token)):
                scope = list(token.doc[token.sent.start - 1].sent) + scope  # "It lifted them in August 2023"
        described = token.head
        for _ in range(2):  # "10% on aluminium imposed by Trump": the rate the goods phrase belongs to
            if described.dep_ == "pobj" and described.head.lower_ == "on" and described.head.head.pos_ in ("NOUN", "NUM"):
                described = described.head.head
        if token.dep_ in ("relcl", "acl") and (described.lower_ in self.cues["tariff_words"]
                                               or described.lower_ in ("%", "percent", "cent")):
            return True  # "duties the United States imposed in October": the noun it describes is the tariff
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None) if token.pos_ == "VERB" else None
        if subject is not None and subject.left_edge.i > 0 and subject.i < token.i \
                and token.doc[subject.left_edge.i - 1].lower_ in self.cues["tariff_words"]:
            return True  # the same, where the parser missed the bare relative clause
        return any(t.lower_ in self.cues["tariff_words"] or t.text == "%" or t.lower_ == "measures" or t.lower_ in RATE_WORDS
                   for t in scope) \
            or token.pos_ == "VERB" and self._tariff_subject(token) \
            or token.lemma_.lower() in ("answer", "respond", "reply") and self._answered_in_kind(token) \
            or any(self._names_a_tariff_change(t) for t in scope)  # "a tariff that ... and that took effect"

    def _ends_a_safeguard(self, verb: Token) -> bool:
        """"Beijing scrapped its own safeguard": a safeguard is a duty when it is what the verb ends; not a
        mechanism a deal lets a side apply ("Britain can apply safeguards if imports surge")."""
        return verb.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "safeguard"
                                           for c in verb.children)

    def _names_a_tariff_change(self, noun: Token) -> bool:
        """"Trump announced the increase on Saturday": the rise in tariffs the sentence before told."""
        if noun.lemma_.lower() not in CHANGE_NOUNS or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                                for c in noun.children):
            return False
        before = noun.doc[noun.sent.start - 1].sent if noun.sent.start > 0 else noun.sent
        return any(t.lower_ in self.cues["tariff_words"] for t in [*before, *noun.sent] if t.i < noun.i)

    def _retyped(self, token: Token, lemma: str, kind: str) -> str:
        """Counter-tariffs are retaliation; "lifting the levy to 54%" raises it."""
        own_words = own_clause(token) if token.pos_ == "VERB" else list(token.subtree)
        own_text = " ".join(t.lower_ for t in sorted(own_words, key=lambda t: t.i))  # not "drawing warnings of retaliation"
        if token.dep_ in ("acl", "relcl"):  # "Canada's counter-tariffs, imposed in March": the noun's own word
            head = token.head
            own_text += " " + doc_text(token.doc)[max(0, head.idx - 9):head.idx + len(head.text)].lower()
        clause = token
        for _ in range(2):  # "adopted its 'rebalancing' regulation, setting the duties to apply from Friday": what
            if clause.dep_ not in ("xcomp", "advcl") or clause.tag_ not in ("VB", "VBG"):  # the non-finite clause
                break  # carries out is the governing clause's measure
            clause = clause.head
            own_text += " " + " ".join(t.lower_ for t in sorted(own_clause(clause), key=lambda t: t.i))
        own_text = own_text.replace(" - ", "-")
        if kind == "IMPOSE_TARIFF" and any(w in own_text for w in self.cues["retaliation_words"]):
            kind = "RETALIATE"
        if kind == "IMPOSE_TARIFF" and any(c.dep_ == "advcl" and c.tag_ == "VBG" and self._trigger_kind(c) == "RETALIATE"
                                           for c in token.children):
            kind = "RETALIATE"  # "would raise duties on American goods, hitting back at the United States"
        if kind == "IMPOSE_TARIFF" and token.dep_ == "pcomp" and token.head.lower_ == "by" \
                and token.head.head.lemma_.lower() in ANSWERING_VERBS:
            kind = "RETALIATE"  # "Petro answered by ordering a 25% increase in tariffs on imports from the US"
        if kind == "IMPOSE_TARIFF" and any(c.dep_ == "dobj" and c.lower_ == "measures"
                                           and self._measures_named_before(c) == "RETALIATE" for c in token.children):
            kind = "RETALIATE"  # "The Commission approved the measures on Wednesday": the counter-tariffs just told
        if kind == "RETALIATE" and token.lower_ == "measures" and self._measures_named_before(token) == "IMPOSE_TARIFF":
            kind = "IMPOSE_TARIFF"  # "Trump imposed tariffs on steel. The measures took effect on Friday"
        if kind == "RETALIATE" and token.lower_ == "measures" and any(c.lower_ in self.cues["imposing_measure_words"]
                                                                       for c in token.children):
            kind = "IMPOSE_TARIFF"  # "approved the safeguard measures": a first measure, not an answer
        if self.consults_on_countermeasures(token):
            kind = "THREATEN"  # "opened a public consultation on possible countermeasures"
        if kind == "PROPOSE" and token.pos_ == "VERB" and lemma != "offer" and any(c.dep_ == "dobj" and c.lower_ in self.cues["tariff_words"]
                                                              and c.lower_ not in ("rate", "rates") for c in token.children):
            kind = "THREATEN"  # "It proposed duties of up to 100 per cent on French goods": tariffs held over France;
            # "offered Washington 'zero-for-zero' tariffs" is an offer
        if kind in ("IMPOSE_TARIFF", "RETALIATE") and any(
                c.dep_ == "dobj" and c.lower_ in self.cues["tariff_words"] and any(
                    g.lower_ in ("zero", "no") or g.text == "0" for g in c.children) for c in token.children):
            kind = "EASE_TARIFF"  # "Manila agreed to charge zero tariffs on a range of American goods"
        if kind == "IMPOSE_TARIFF" and any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
                                           for c in token.children):
            kind = "EASE_TARIFF"  # "the duties would no longer be collected"
        if lemma == "put" and any(c.dep_ == "prt" and c.lower_ in ("off", "back") or c.dep_ == "prep" and c.lower_ == "on"
                                  and any(g.lower_ == "hold" for g in c.children) for c in token.children):
            kind = "EASE_TARIFF"  # "the counter-tariffs were put off again and again", "That levy was put on hold"
        if kind in ("IMPOSE_TARIFF", "RETALIATE") and token.dep_ == "xcomp" and token.tag_ == "VBG" \
                and token.head.lemma_.lower() in ("stop", "cease", "halt", "end", "quit"):
            kind = "EASE_TARIFF"  # "it stopped applying its own retaliatory tariffs": no longer applied
        if lemma in ("extend", "prolong") and any(c.dep_ == "dobj" and c.lower_ in EASE_NOUNS for c in token.children):
            kind = "EASE_TARIFF"  # "extended the pause on the tariffs"
        if kind == "EASE_TARIFF" and lemma == "lift" and re.search(r"(?<!\bup )\bto \d", own_text):
            kind = "RETALIATE" if any(w in own_text for w in self.cues["retaliation_words"]) else "IMPOSE_TARIFF"
            # "lifting the levy to 54%"; "lifted its counter-tariff to 84 per cent" answers again
        return kind

    def _measures_named_before(self, token: Token) -> str | None:
        """"The Commission approved the measures on Wednesday": the tariffs the sentence before
        reports, as a retaliation when it says they strike back, else as an imposition."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children) \
                or token.sent.start == 0:
            return None
        before = token.doc[token.sent.start - 1].sent
        if not any(t.lower_ in self.cues["tariff_words"] for t in before):
            return None
        text = before.text.lower()
        answers = any(w in text for w in self.cues["retaliation_words"]) or re.search(r"\b(hit|hitting|strik\w*|struck) back", text)
        return "RETALIATE" if answers else "IMPOSE_TARIFF"

    def _trigger_kind(self, token: Token) -> str | None:
        entry = self.triggers.get(token.lower_) or self.triggers.get(token.lemma_.lower()) or self._phrasal_entry(token)
        return entry[0] if entry else None

    def _sanctions_held_out(self, verb: Token) -> bool:
        """A measure other than a tariff ("sanctions", "steps") that a side is ready to take, or would
        take if something happens: THREATEN covers "tariffs or other measures"."""
        if not any(c.dep_ == "dobj" and c.lower_ in SANCTION_WORDS for c in verb.children):
            return False
        above = [verb, *list(verb.ancestors)[:2]]
        words = {c.lower_ for t in above for c in t.children if c.dep_ in ("aux", "mark", "acomp")} | {t.lower_ for t in above}
        return bool(words & {"ready", "prepared", "willing", "would", "could", "if", "unless"})

    def _withdrawn_preference(self, token: Token) -> tuple | None:
        """"signed proclamations that withdraw the duty-free treatment Mexican steel has enjoyed", "ended
        India's preferential trade status", "ended the exemption for EU steel": duties come back; so does a
        threat "turned into a 40 percent duty"."""
        if token.pos_ == "VERB" and token.lemma_.lower() == "turn" and any(
                c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ in self.cues["tariff_words"] for g in c.subtree)
                for c in token.children):
            return self.triggers.get("impose")
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.cues["preference_ending_verbs"]:
            return None
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [g for o in objects if o.lower_ in ("part", "some", "all", "much") for p in o.children
                    if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # "part of the"
        for noun in objects:
            modifiers = {t.lower_ for t in noun.subtree} | {t.lower_ for c in token.children if c.dep_ == "prep"
                                                            and c.lower_ in ("as", "under") for t in c.subtree}
            # "India's status as a beneficiary under the GSP", wherever the parser hangs "as"
            if noun.lemma_.lower() in ("exemption", "waiver") or noun.lower_ in self.cues["preference_nouns"] \
                    and modifiers & self.cues["preference_words"]:  # "duty-free" may be split by the tokenizer
                return self.triggers.get("impose")
        return None

    def _phrasal_entry(self, token: Token) -> tuple | None:
        """"hit back", "striking back at U.S. tariffs" retaliate; "hit X with duties" imposes them; "agreed
        to hold off for 30 days" pauses; "got on the phone with" calls."""
        lemma = token.lemma_.lower()
        if lemma in ("hit", "strike") and any(c.lower_ == "back" for c in token.children):
            return self.triggers.get("hit back")
        if lemma == "hit" and token.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ in self.cues["tariff_words"] for g in c.subtree)
                for c in [*token.children, *(g for o in token.children if o.dep_ == "dobj" for g in o.children)]):
            return self.triggers.get("impose")  # "China hit U.S. soybeans, pork and cars with 25 percent duties",
            # wherever the parser hangs "with"
        if lemma == "hit" and token.pos_ == "VERB" and (any(c.dep_ == "nsubj" and c.lower_ in self.cues["tariff_words"]
                                                           for c in token.children)
                                                       or token.dep_ == "acl" and token.head.lower_ in self.cues["tariff_words"]) \
                and any(c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in token.children) \
                and not any(c.dep_ == "advmod" for c in token.children):
            return self.triggers.get("impose")  # "June 1, 2018: U.S. steel tariffs hit Canada and Mexico"; not "hit Canada hard"
        if lemma == "push" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children) \
                and token.pos_ == "VERB" and not any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in token.children):
            return self.triggers.get("pause")  # "pushed back the tariff increase by two weeks": postponed; not
            # "pushed back against the tariffs"
        if lemma == "hold" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
            return self.triggers.get("pause")
        if lemma == "get" and token.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in ("phone", "telephone") for g in c.children)
                for c in token.children):
            return self.triggers.get("phone")  # "Trump got on the phone with Hun Manet": a call
        return None

    @staticmethod
    def _visits_a_person(verb: Token) -> bool:
        """"Bessent, who called on Ishiba in Tokyo last Friday", "shortly after receiving Akazawa at the White
        House": a visit paid or received; not "called on Beijing to lift the duties", a request."""
        lemma = verb.lemma_.lower()
        people = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children] if lemma == "call" \
            else [c for c in verb.children if c.dep_ == "dobj"] if lemma == "receive" else []
        if not people:
            return False
        asks = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) \
            or any(c.dep_ in ("acl", "xcomp", "relcl") for p in people for c in p.children)
        return any(is_person(p) for p in people) and not asks

    @staticmethod
    def _phoned(verb: Token) -> bool:
        """"On April 4, Lam called Trump and offered ...": a call placed to a person; not "called Trudeau
        'governor'", "called on Beijing to lift the duties" or "called for talks"."""
        if verb.lemma_.lower() != "call" or any(c.dep_ in ("xcomp", "ccomp", "oprd", "attr", "prt", "dative") or c.dep_ == "prep"
                                                and c.lower_ in ("on", "for") and c.i > verb.i
                                                and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
                                                for c in verb.children):
            return False
        people = [c for c in verb.children if c.dep_ == "dobj" and is_person(c)]
        return bool(people) and not any(g.dep_ in ("acl", "relcl", "appos") or g.pos_ in ("NOUN", "ADJ") and g.i > p.i
                                        for p in people for g in p.children)

    def _signs_tariff_order(self, verb: Token) -> bool:
        """A proclamation or executive order signed in a story of tariffs, told a few sentences before
        (or in its own words), is the imposition; "an order raising tariffs" leaves it to "raising"."""
        papers = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("proclamation", "order")]
        if not papers or papers[0].lemma_.lower() == "order" and not any(m.lower_ in ("executive", "tariff")
                                                                        for m in papers[0].children):
            return False
        if any(c.dep_ in ("acl", "relcl") for c in papers[0].children) or any(
                c.dep_ in ("advcl", "xcomp", "acl", "conj") and self._trigger_kind(c) for c in verb.children):
            return False  # "signed an order on November 14 removing farm goods from the tariffs": the removal
        text = doc_text(verb.doc)
        paragraph_start = text.rfind("\n", 0, verb.sent.start_char) + 1
        before = verb.doc.char_span(max(paragraph_start, verb.sent.start_char - 600), verb.sent.end_char, alignment_mode="expand")
        return before is not None and any(t.lower_ in self.cues["tariff_words"] or t.text == "%" or t.lower_ in RATE_WORDS
                                          for t in before)

    def _taken_to_arbiter(self, token: Token) -> tuple | None:
        """"took Washington to the WTO" files a complaint there (a request for consultations); "vowed to take
        Bush to the World Trade Organisation" announces one (a threat, as "will file a complaint")."""
        if token.pos_ != "VERB" or token.lemma_.lower() != "take":
            return None
        arbiters = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children if g.dep_ == "pobj"]
        if any(g.text in ("WTO", "GATT") or g.lower_ in ("organization", "organisation") and "Trade" in {t.text for t in g.lefts}
               for g in arbiters):
            return self.triggers.get("complaint")[:1] + ("VERB", False)
        return None

    @staticmethod
    def arrives_in_a_capital(verb: Token) -> bool:
        """"Ebrard landed in Washington on May 31", "Liu arrived in Washington on Thursday": a visit begun;
        not "the duties arrived" or "talks arrived at an impasse"."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("arrive", "land"):
            return False
        visitor = any(c.dep_ == "nsubj" and is_person(c) for c in verb.children)
        return visitor and any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
            g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children) for c in verb.children)

    @staticmethod
    def _sends_an_envoy(verb: Token) -> bool:
        """"Nakasone sent Shintaro Abe to Washington as his special envoy", "sent a delegation to Beijing":
        a visit by proxy; not "sent a letter to Ottawa" or "sent troops to the border"."""
        envoys = [c for c in verb.children if c.dep_ == "dobj" and (is_person(c) or c.lemma_.lower() in ENVOY_NOUNS)]
        places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
        return verb.pos_ == "VERB" and bool(envoys) and bool(places)

    def _broken_off(self, token: Token) -> tuple | None:
        """"called off the talks", "broke off negotiations": talks ended."""
        if token.lemma_.lower() in ("call", "break") and token.pos_ == "VERB" \
                and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children) \
                and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in self.cues["talk_words"] for c in token.children):
            return self.triggers.get("end")
        return None

    def _noun_kind(self, noun: Token) -> str | None:
        entry = self.triggers.get(noun.lower_) or self.triggers.get(noun.lemma_.lower())
        return entry[0] if entry and entry[1] != "VERB" else None

    def _tariff_changes(self, verb: Token) -> bool:
        """A change verb with an object changes that object; without one, its subject."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        objects += [g for c in verb.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]  # "ordered importers to lodge deposits"
        objects = [verb.head if o.lower_ in ("that", "which") and verb.dep_ in ("relcl", "acl") else o for o in objects]
        objects = [g if o.lower_ in QUANTIFIERS else o for o in objects for g in [next(
            (g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), o)]]
        # "dropped most of them": them
        pronoun = next((o for o in objects if o.lower_ in ("it", "them")), None)
        if pronoun is not None:  # "opened negotiations in 2007 but suspended them": the talks, not a tariff
            named = next((t for t in reversed(verb.doc[verb.sent.start:pronoun.i]) if t.dep_ in ("dobj", "nsubj", "nsubjpass")
                          and t.pos_ == "NOUN"), None)
            if named is not None and named.lower_ in BATCH_NOUNS and any(
                    g.lower_ in self.cues["tariff_words"] for c in named.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children):
                return True  # "approved a package of countermeasures ..., and the Commission suspended it"
            return named is None or not (named.lower_ in self.cues["talk_words"] or named.lower_ in self.cues["agreement_nouns"])
        if not objects:
            return True
        if verb.lemma_.lower() in ("remove", "exclude", "exempt", "drop", "strip") and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(g.lower_ in self.cues["tariff_words"] for g in c.children)
                for c in [*verb.children, *(g for o in objects for g in o.children)]):
            return True  # "removing a long list of farm goods from the reciprocal tariffs": an exemption
        objects += [g for o in objects if o.lower_ in BATCH_NOUNS for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]  # "unveiled a fresh round of industry tariffs"
        return any((o.lower_ in self.cues["tariff_words"] and not self._another_rate(o)) or o.text == "%"
                   or any(c.text == "%" and c.dep_ in ("compound", "nummod", "amod") for c in o.children)  # "the 15% ceiling"
                   or o.lower_ in self.cues["rate_heads"] or self._names_a_tariff_change(o)
                   or o.lemma_.lower() == "safeguard"  # "scrapped its own safeguard": a duty, by another name
                   or o.lemma_.lower() in CHANGE_NOUNS and any(t.text == "%" or t.lower_ in self.cues["tariff_words"]
                                                               for t in verb.subtree)  # "shelving a threatened increase to 30%"
                   for o in objects)  # "suspend its challenge to the duties" changes a challenge

    def _another_rate(self, noun: Token) -> bool:
        """"cut its policy rate to zero", "interest rates": a rate that is no tariff."""
        return noun.lemma_.lower() == "rate" and any(
            c.dep_ in ("compound", "amod") and c.lower_ in self.cues["non_tariff_rates"] for c in noun.children)

    def _tariff_subject(self, verb: Token) -> bool:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "conj":  # "The duties were announced in March and extended to Canada"
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        antecedent = relative_antecedent(verb, subjects[0]) if subjects else None
        subjects = [antecedent] if antecedent is not None else subjects
        if antecedent is not None and antecedent.dep_ == "pobj" and antecedent.head.head.pos_ == "NOUN":
            subjects.append(antecedent.head.head)  # "tariffs on canola oil, which took effect": the tariffs did
        if any(t.lower_ in self.cues["tariff_words"] or t.text == "%" or t.lower_ in ("percent", "cent")
               for s in subjects for t in s.subtree):
            return True  # "counter-tariffs of 25 per cent on U.S. steel, which took effect on July 1"
        return any(s.lower_ == "measures" for s in subjects) and any(  # "The American measures took effect ...,
            t.text == "%" or t.lower_ in self.cues["tariff_words"] for t in verb.subtree)  # placing a 25% duty"

    def _calls_on(self, verb: Token) -> bool:
        """"called on Beijing to ...", "called for talks / the removal of the tariffs": a request."""
        for prep in (c for c in verb.children if c.dep_ in ("prep", "prt")):
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.lower_ == "on" and any(g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for g in objects):
                return True
            if prep.lower_ == "for" and any(t.lower_ in self.cues["talk_words"] or t.lower_ in self.cues["tariff_words"]
                                            or t.lower_ in EASE_NOUNS or t.lower_ in ASKED_FOR for g in objects for t in g.subtree):
                return True
        return False

    def _about_agreement(self, verb: Token) -> bool:
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):  # "Canada signed on to the rewritten NAFTA"
            nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ in ("relcl", "acl"):
            nouns.append(verb.head)
        nouns = [n for n in nouns if n.lower_ not in self.cues["document_nouns"]  # "signed a memorandum on tariffs"
                 or any(t.lower_ == "understanding" for t in n.subtree)]  # is no "memorandum of understanding"
        return any(t.lower_ in self.cues["agreement_nouns"] for n in nouns for t in n.subtree)

    def _governed_by_trigger(self, noun: Token) -> bool:
        head = noun.head
        return head.i != noun.i and (head.lower_ in self.triggers or head.lemma_.lower() in self.triggers)

    def _misread_object(self, noun: Token) -> Token | None:
        """The verb whose object the parser read as the subject of the next clause: "Trump announces
        a preliminary deal with Mexico as Peña Nieto joins" (deal as the subject of joins)."""
        head = noun.head
        if noun.dep_ == "nsubj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in self.cues["noun_event_verbs"] \
                and noun.left_edge.i == head.head.i + 1 and not any(c.dep_ == "mark" for c in head.children):
            return head.head
        return None

    def _noun_reports_event(self, noun: Token) -> bool:
        """A noun trigger reports an event when a verb makes it happen ("held talks", "reached a
        deal"), a preposition places something after it ("after a phone call"), or it acts itself
        ("talks began")."""
        talk = noun.lower_ in self.cues["talk_words"] or self.numbered_round(noun)
        if noun.lower_ == "options":  # "would consider all options", "all options were on the table": held out
            return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("consider", "keep", "weigh", "examine") \
                or noun.dep_ == "nsubj" and any(c.dep_ == "prep" and any(g.lower_ == "table" for g in c.children)
                                                for c in noun.head.children)
        if noun.lemma_.lower() == "notice":  # "served 60 days' notice on India and Turkey": served, not "without notice"
            return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("serve", "give")
        if noun.lower_ in ANSWER_WORDS and noun.dep_ == "pobj" and noun.head.lower_ == "in":
            verb = next((t for t in list(noun.head.ancestors)[:5] if t.pos_ == "VERB"), None)
            return verb is not None and verb.lemma_.lower() not in self.cues["announcing_verbs"]
            # "struck Japan from its list of trusted partners in retaliation": that act answers
        filed = noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in ("file", "lodge", "submit", "bring")
        if noun.lemma_.lower() == "complaint" or noun.lemma_.lower() == "request" and filed:
            return filed  # "filed a request for consultations with the United States at the WTO"
        if self._dated_by_modifier(noun):
            return True  # "Carney's Oct. 7 meeting with Trump", "the July 27 deal": held on that day
        if self._noun_kind(noun) == "CONSULT" and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children) \
                and any(c.dep_ == "poss" for c in noun.children) and (self._dated_clause_of(noun) or noun.dep_ == "pobj" and any(
                    c.dep_ == "prep" and c.i > noun.i and self._dated_clause_of(c) for c in noun.head.head.children)):
            return True  # "the package that emerged from Trump's meeting with Xi in Busan on 30 October"
        if self._made_in_relative_clause(noun) is not None:
            return True  # "carrying out a threat Trump had made the previous Sunday"
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in SPANS_OF_TALKS:
            noun = noun.head.head  # "arrived on Thursday for two days of talks": the days are the talks
        if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "over", "about", "toward", "towards") \
                and self._noun_kind(noun) == "AGREE":
            return False  # "held talks with Lutnick on a deal": what the talks are about, not a deal reached
        head = noun.head
        while head.dep_ in ("conj", "appos", "compound") and head.head.i != head.i and head.pos_ == "NOUN":
            head = head.head
        if noun.dep_ == "dobj" and head.lemma_.lower() == "close" and self._noun_kind(noun) == "AGREE":
            return True  # "negotiators closed a deal on the Section 232 duties"
        if noun.dep_ in ("dobj", "conj", "appos", "attr", "compound", "amod") and head.lemma_.lower() in self.cues["noun_event_verbs"]:
            return not (head.lemma_.lower() == "lead" and head.tag_ in ("VBZ", "VBP"))  # "who leads the negotiations": a role
        if noun.dep_ == "pobj" and head.lower_ == "in" and head.i == noun.sent.start and self._noun_kind(noun) == "CONSULT":
            return True  # "In a telephone call on the eve of the holiday, Keller-Sutter was unable to move Trump"
        if noun.dep_ == "pobj" and head.lower_ in self.cues["noun_event_preps"]:
            return head.lower_ != "for" or talk and head.head.pos_ not in ("NOUN", "PROPN") \
                and not (self.numbered_round(noun) and head.head.pos_ != "VERB")  # not "due ... for a sixth round"
            # "in Washington for talks", not "a mechanism for follow-up consultations"
        if noun.dep_ == "pobj" and head.head.lemma_.lower() in self.cues["noun_event_verbs"]:
            return True  # "agreed to a 30-day reprieve"
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj" \
                and head.head.head.lemma_.lower() in self.cues["noun_event_verbs"]:
            return True  # "announced the outline of the deal"
        if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in self.cues["noun_event_subject_verbs"]:
            return True
        if self._misread_object(noun) is not None:
            return True
        if noun.dep_ == "nsubjpass" and head.lemma_.lower() in self.cues["noun_event_verbs"]:
            return True  # "the deal was signed", "talks were held"
        return noun.dep_ == "ROOT"  # headlines: "Trade talks in Geneva"

    @staticmethod
    def _dated_clause_of(verb: Token) -> bool:
        """A participle's own words hold a day or month ("the deal struck on July 27")."""
        inside = {t.idx for t in verb.subtree}
        return any(d["start"] in inside and d["value"] and d["granularity"] in ("day", "month") for d in verb.doc._.dates or [])

    def _dated_by_modifier(self, noun: Token) -> bool:
        """A meeting or deal with another side, dated by its own modifier ("Carney's Oct. 7 meeting with
        Trump"); "Tuesday's meeting" is the meeting told before."""
        if self._noun_kind(noun) not in ("CONSULT", "AGREE") or not any(c.dep_ == "prep" and c.lower_ == "with"
                                                                         for c in noun.children):
            return False
        modifiers = {t.idx for c in noun.lefts if c.dep_ in ("compound", "nmod", "npadvmod", "amod") for t in c.subtree}
        return any(d["start"] in modifiers and d["value"] and d["granularity"] in ("day", "month")
                   for d in noun.doc._.dates or [])

    def _made_in_relative_clause(self, noun: Token) -> Token | None:
        """The verb of "a threat Trump had made on Sunday", "the talks Bessent held in Geneva": a
        relative clause that makes the noun's event happen, with its own subject, date and time."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        made = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in self.cues["noun_event_verbs"]
                     and any(g.dep_ == "nsubj" and g.lower_ not in ("that", "which", "who") for g in c.children)), None)
        if made is None and noun.dep_ == "dobj" and noun.i + 1 < len(noun.doc):
            subject = noun.doc[noun.i + 1:noun.i + 6]  # "cites the video call Lula held with Trump on Oct. 6": a bare
            verb = next((t.head for t in subject if t.dep_ == "nsubj" and t.left_edge.i == noun.i + 1), None)  # relative
            if verb is not None and verb.dep_ == "conj" and verb.head.i == noun.head.i \
                    and verb.lemma_.lower() in self.cues["noun_event_verbs"] and not any(
                    t.dep_ == "cc" or t.text in (",", ";") for t in noun.doc[noun.i + 1:verb.i]):
                made = verb  # clause the parser joined to the verb before it
        return made

