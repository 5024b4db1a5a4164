"""Uses of a trigger word that report no event, and words that belong to another event.

``SenseRules`` is the second test a trigger word passes in the ``trade_events``
component (``event_triggers.TriggerRules`` is built on it): "put together a
package", "ended the day higher", "refused to be drawn", "a probe" told as no
answer to anyone, or "agreed to a 30-day reprieve" (the reprieve is the event).
It reads ``self.cues`` and calls the trigger layer's word tests.
"""
import re

from spacy.tokens import Token

from .clauses import own_clause
from .doctext import span_text

ANSWERING_MEASURES = {"measures", "countermeasures", "steps"}  # "would answer any tariffs with measures of equal scale"
TARIFF_ACTIONS = ("IMPOSE_TARIFF", "EASE_TARIFF", "RETALIATE")
MEASURE_WORDS = {"necessary", "retaliatory", "countervailing", "firm", "resolute", "reciprocal", "counter", "strong"}
EASE_NOUNS = {"pause", "reprieve", "exemption", "exemptions", "truce", "relief", "suspension"}
REJECTING_PARTICLES = {"brush": ("aside",), "turn": ("down", "away")}
ENDING_VERBS = {"end", "finish", "halt"}  # of talks: breaking them off rejects the other side
ACCEPTED_THINGS = {"terms", "offer", "proposal", "demands", "demand", "framework", "conditions", "request", "requests"}


LIST_VERBS = {"publish", "unveil", "release", "issue", "draw", "put", "prepare", "ready", "present", "table"}  # a list made public
HOME_GATHERINGS = {"cabinet", "caucus", "board", "staff"}  # meetings of one side's own people
ORDINALS = {"second", "third", "fourth", "fifth", "final", "last"}  # "dropping to 30% in the second year"
SPELLED_OUT_ANSWERS = {"percent", "cent", "counter-tariffs", "countermeasures", "investigation", "investigations",
                       "probe", "probes"}  # what a government's answer spells out in the next sentence
ANSWERING_VERBS = {"answer", "respond", "reply", "retaliate"}  # a side that answers another acts in kind
SETTLED_THINGS = ("term", "outline", "dispute", "row", "difference", "detail")  # "settled the terms": agreed


class SenseRules:
    """The senses and roles of trigger words that report no event of their own."""

    cues: dict

    def _warned_of(self, verb: Token) -> bool:
        """"Trump told NBC that most partners could face blanket rates of 15%": a government saying others
        could or would face a rate holds it over them."""
        speech = verb.head
        in_letter = speech.lemma_.lower() == "write" or any(
            c.dep_ == "prep" and c.lower_ in ("in", "by") and any(g.lemma_.lower() == "letter" for g in c.children)
            for c in speech.children)  # "In a letter to Carney, Trump says Canadian goods will face a 35% tariff"
        hedges = ("could", "would", "may", "might") + (("will", "'ll") if in_letter else ())
        return verb.lemma_.lower() == "face" and verb.dep_ == "ccomp" \
            and speech.lemma_.lower() in self.cues["announcing_verbs"] | self.cues["statement_verbs"] | {"write"} \
            and any(c.dep_ == "aux" and c.lower_ in hedges for c in verb.children) \
            and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)  # "Asked whether
        # Britain might face higher tariffs": a question; "saying medicines will face a 100% duty": announced

    def _accused(self, token: Token) -> bool:
        """The word is what an accusation charges ("accused Canada of charging", "complaining about tariffs
        that he put at 270 per cent", "claiming India charged 100 percent"), not a joined clause of its own."""
        for _ in range(4):
            if token.dep_ == "conj" or token.head.i == token.i:
                return False  # "complained that ... and said he would raise its tariff": the raise is his own
            token = token.head
            if token.lemma_.lower() in self.cues["accusing_verbs"]:
                return True
        return False

    def _answered_in_kind(self, verb: Token) -> bool:
        """"Ottawa answered within hours.", "Beijing responded on Monday.": a government answering, with
        nothing else said, between tariffs told and its own rates spelled out next, answered in kind."""
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl", "conj", "neg", "aux") for c in verb.children) \
                or any(c.dep_ == "prep" and c.lower_ not in ("within", "on", "in", "at") for c in verb.children):
            return False  # not "responded to questions", "answered that ...", "would respond"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.ent_type_ not in ("GPE", "NORP") or verb.sent.start == 0:
            return False
        doc = verb.doc
        start, end = verb.sent.start, verb.sent.end
        while start > 0 and doc[start - 1].is_space:
            start -= 1  # over a paragraph break
        while end < len(doc) and doc[end].is_space:
            end += 1
        before = list(doc[max(0, start - 40):start])  # the sentence or two before
        after = doc[end].sent if end < len(doc) else None
        spelled_out = after is not None and any(t.text == "%" or t.lower_ in SPELLED_OUT_ANSWERS for t in after)
        # "... a 15% tariff on American coal", "... opened anti-dumping investigations into U.S. chicken": not a statement
        return spelled_out and any(t.lower_ in self.cues["tariff_words"] for t in before)

    @staticmethod
    def _repeated_warning(token: Token) -> Token | None:
        """The verb that repeats a warning the parser read as a verb itself: "Brussels repeated that
        warning the day before" ("warning" a clause of "repeated")."""
        if token.lower_ == "warning" and token.i > 0 and token.nbor(-1).lower_ in ("that", "its", "the") \
                and token.dep_ == "ccomp" and token.head.lemma_.lower() in ("repeat", "renew", "reiterate"):
            return token.head
        return None

    def vague_measures(self, token: Token) -> bool:
        """"take all necessary measures", "take measures as necessary": unnamed measures, a warning."""
        return token.lower_ == "measures" and (
            any(c.lower_ in self.cues["vague_measure_words"] for c in token.children)
            or token.i + 2 < len(token.doc) and token.nbor(1).lower_ == "as"
            and token.nbor(2).lower_ in self.cues["vague_measure_words"])

    def consults_on_countermeasures(self, token: Token) -> bool:
        """"opened a public consultation on possible countermeasures": a list of counter-tariffs put out
        for comment, a threat to the other side."""
        return token.lemma_.lower() in ("consultation", "consultations") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(t.lower_ in self.cues["retaliation_words"] for t in c.subtree)
            for c in token.children)

    def _other_sense(self, token: Token, lemma: str, kind: str) -> bool:
        """The word used in a sense that reports no negotiation event."""
        if lemma == "list" and not self._target_list(token):
            return True  # "a list of countries", "the list of rates": no threat
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("together", "forward") for c in token.children):
            return True  # "put together a package", "set forward a plan"
        if token.pos_ == "VERB" and lemma in self.cues["change_verbs"] and not self._tariff_changes(token):
            return True  # "Bush's tariffs would raise their costs": the tariff is the cause, not what changes
        if lemma in ("consultation", "consultations") and not self.consults_on_countermeasures(token) \
                and (any(c.lower_ == "public" for c in token.children) or any(
                c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "whether" for g in c.subtree) for c in token.children)):
            return True  # "Ottawa opened consultations on whether to extend surtaxes": asks its public, not a partner
        if token.tag_ == "VBG" and token.dep_ == "advcl" and lemma in self.cues["change_verbs"] and any(
                t.lower_ in ("year", "years") and any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ORDINALS)
                                                      for c in t.children)
                for t in token.subtree):
            return True  # "35 percent in the first year, dropping to 30% in the second year": a schedule, one act
        if lemma in ("face", "pay") and not any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children) \
                and not self._warned_of(token):
            return True  # "exports will pay a 19% tariff": a rate, no act; "have faced a 25% duty since March 12" began then
        if lemma == "match" and not any(c.dep_ == "dobj" and (c.lower_ in ("them", "it", "those", "that") or c.lower_ in
                                                             self.cues["tariff_words"]) for c in token.children):
            return True  # "Beijing matched them within hours"; not "the package matches the value of exports"
        if lemma == "add" and any(c.dep_ in ("ccomp", "parataxis") for c in token.children) \
                and not any(c.dep_ == "dobj" for c in token.children):
            return True  # "China will 'take measures as necessary', the ministry added": said, not added duties
        if lemma == "set" and any(c.dep_ == "xcomp" for c in token.children):
            return True  # "are set to fall to zero": a plan, said by its own verb
        if lemma == "ask" and any(t.lemma_ in ("name", "identify") for t in token.subtree):
            return True  # "a diplomat who asked not to be named"
        if lemma == "ask" and token.tag_ == "VBN" and token.dep_ == "advcl" \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children):
            return True  # "Asked whether Britain might face higher tariffs, Mr Trump said": a question put to him
        if kind == "REQUEST" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children) \
                and any(c.dep_ == "prep" and c.lower_ == "since" or c.dep_ == "advcl" and any(
                    m.lower_ == "since" for m in c.children if m.dep_ == "mark") for c in token.children):
            return True  # "Britain has sought a trade agreement ever since it voted to leave": a wish held, no request made
        if kind == "IMPOSE_TARIFF" and any(c.dep_ == "dobj" and c.lower_ in self.cues["agreement_nouns"] for c in token.children):
            return True  # "announced the deal": the deal is the event
        if kind == "CONSULT" and token.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and c.lower_ in HOME_GATHERINGS
                                                          for c in token.children):
            return True  # "after a cabinet meeting in Ottawa": a government meeting itself
        if lemma == "statement" and not any(c.lower_ == "joint" for c in token.children):
            return True  # a joint statement settles terms; any other statement is words
        if lemma in ("warn", "threaten") and any(c.dep_ == "nsubj" and (c.lower_ in self.cues["private_actors"] or any(
                a.dep_ == "appos" and a.lower_ in self.cues["private_actors"] for a in c.children)) for c in token.children):
            return True  # "Flower growers warned that a 50 percent levy would price them out": a fear, no threat
        if lemma == "warn" and self._repeated_warning(token) is None and not any(
                t.lower_ in self.cues["tariff_words"] or t.lower_ in self.cues["threat_words"]
                or t.lower_ in self.cues["retaliation_words"] or t.pos_ == "VERB" and t.lemma_.lower() in ("tax", "levy")
                for c in token.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree):
            return True  # "warned of price increases and layoffs": a forecast, not a threat; the words that
            # describe the one warning do not count ("Powell, whom Trump has urged to cut rates, warned of the fallout")
        if kind in ("IMPOSE_TARIFF", "RETALIATE", "EASE_TARIFF") and token.tag_ in ("VBZ", "VBP") \
                and not any(c.dep_ in ("aux", "auxpass") for c in token.children) \
                and not (lemma in ANSWERING_VERBS and any(
                    c.dep_ == "nsubj" and c.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") for c in token.children)) \
                and not (kind == "EASE_TARIFF" and token.dep_ == "relcl" and token.head.lower_ in self.cues["agreement_nouns"]) \
                and not (kind == "EASE_TARIFF" and any(c.dep_ == "nsubj" and c.lower_ in self.cues["document_nouns"]
                                                       for c in token.children)) \
                and not any(token.sent.start_char <= d["start"] < token.sent.end_char and d["value"]
                            for d in token.doc._.dates or []):  # a calendar date, not "for years"
            return True  # "The EU charges 10% on American cars": a standing rate, not an event; but
            # "a deal that cuts American tariffs on British cars", "The order spares 700 products" tell what it does,
            # and "Trudeau answers with 25 per cent counter-tariffs" can only be an act, told in the present
        if kind in ("IMPOSE_TARIFF", "RETALIATE") and token.tag_ in ("VBZ", "VBP") \
                and any(c.dep_ == "advmod" and c.lower_ in ("still", "already") for c in token.children):
            return True  # "although the Russia-related 25 percent still applies": a standing rate
        if lemma == "agree" and any(c.dep_ == "xcomp" and (c.lemma_.lower() in self.cues["process_verbs"]
                                                           or c.lemma_.lower() in self.cues["weighing_verbs"])
                                    for c in token.children):  # "had agreed to consider Australia's request"
            return True  # "both sides agreed to continue consultations": the talks go on, nothing is settled
        if lemma == "agree" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children) and any(
                c.dep_ == "xcomp" and self._trigger_kind(c) in TARIFF_ACTIONS and self._trigger(c) is not None
                for c in token.children) and not any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children)
                                                     for c in token.children):
            return True  # "Trump agreed to slash tariffs": the cut is the event; "agreed with China to cut" and
            # "the EU and the United States agreed to suspend the tariffs" are deals
        if lemma == "host" and any(c.dep_ == "dobj" and (c.lower_ in self.cues["talk_words"] or c.lemma_ in ("meeting", "summit"))
                                   for c in token.children) or kind == "CONSULT" and token.dep_ == "dobj" \
                and token.head.lemma_.lower() == "host":
            return True  # "whose government hosted the meeting": the venue, not a side of the talks
        if lemma in REJECTING_PARTICLES and kind == "REJECT" and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in REJECTING_PARTICLES[lemma]
                                                    for c in token.children):
            return True  # "brushed aside the proposal", "turned down the offer"; not "turned to" or "brushed"
        if lemma == "press" and any(c.lower_ == "ahead" or c.lower_ == "on" and (
                c.dep_ == "prt" or not any(d.dep_ == "dobj" for d in token.children)) for c in token.children):
            return True  # "pressed ahead with", "pressed on": carried on, asked nothing; "pressed officials on" asks
        if lemma == "take" and not (any(c.lower_ == "effect" for c in token.children) and self._tariff_subject(token)) \
                and self._taken_to_arbiter(token) is None:
            return True  # "the duties took effect", "took Ottawa to the WTO"; not "the arrangement took effect"
        if lemma in ("arrive", "land") and self.arrives_in_a_capital(token):
            return False  # "Ebrard landed in Washington on May 31": a visit
        if lemma == "land" or lemma == "arrive" and not self._tariff_subject(token) \
                or lemma == "kick" and not (any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children)
                                            and self._tariff_subject(token)):
            return True  # "The first duties arrived on July 6", "the duties kicked in"; not "Liu arrived"
        if lemma == "come" and not (any(c.lower_ == "into" and any(g.lower_ in ("force", "effect") for g in c.children)
                                        for c in token.children) and self._tariff_subject(token)):
            return True  # "the tariffs came into force", not "came on top of"
        if lemma in ("extend", "prolong") and kind == "IMPOSE_TARIFF" and not self._tariff_subject(token) and not any(
                c.dep_ == "dobj" and (c.lower_ in self.cues["tariff_words"] or c.lower_ in EASE_NOUNS) for c in token.children):
            return True  # "extended the tariffs to Mexico", "extended the pause"; not "extended the deadline"
        if kind in TARIFF_ACTIONS and token.dep_ == "relcl" and token.head.lower_ in self.cues["tariff_words"] \
                and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in token.children) \
                and not any(t.ent_type_ == "DATE" for t in token.subtree) \
                and any(t.pos_ == "VERB" and self._trigger_kind(t) == "EASE_TARIFF" for t in token.sent if t.i < token.head.i):
            return True  # "agreed to suspend, for four months, all the tariffs they have imposed": what is eased
        if kind in TARIFF_ACTIONS and self._accused(token):
            return True  # "accused Canada of charging tariffs of as much as 400 per cent": a charge, not an act told
        if lemma in ("answer", "respond", "reply") and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "to") and any(t.lower_ in self.cues["tariff_words"] or t.text == "%"
                                                                or c.lower_ == "with" and t.lower_ in ANSWERING_MEASURES
                                                                for t in c.subtree)
                for c in own_clause(token)) and not self._answered_in_kind(token):
            # "answered the first wave of U.S. tariffs with 25 per cent counter-tariffs"
            return True  # "Beijing answered with duties of its own", "would respond to any tariffs"; not "responded sharply"
        if token.lower_ == "measures" and not any(c.lower_ in MEASURE_WORDS or c.lower_ in self.cues["imposing_measure_words"]
                                                  for c in token.children) and not self.vague_measures(token) \
                and self._measures_named_before(token) is None:
            return True  # "all necessary measures", "countermeasures"; not "his 'Liberation Day' measures"
        if token.lower_ == "measures" and any(c.dep_ == "prep" and c.lower_ == "against" and not any(
                g.ent_type_ in ("GPE", "NORP", "ORG") or g.lower_ in self.cues["tariff_words"] for g in c.subtree)
                for c in [*token.children, *(token.head.children if token.dep_ == "dobj" else [])]):
            return True  # "(take) strong measures against migration": not aimed at a country or its tariffs
        if lemma in ("hit", "strike") and kind == "RETALIATE" and not any(c.lower_ == "back" for c in token.children):
            return True
        if kind == "REQUEST" and lemma == "call" and not self._calls_on(token):
            return True  # "called on China to follow", "called for talks"; not "called it unfair on 6 August"
        if lemma == "accept" and not any(t.lower_ in self.cues["agreement_nouns"] or t.lower_ in self.cues["tariff_words"]
                                         or t.text == "%" or t.lower_ in ("cent", "percent") or t.lower_ in ACCEPTED_THINGS or t.lower_ in self.cues["refused_things"]
                                         for t in [*token.subtree, *([token.head] if token.dep_ == "relcl" else [])]):
            return True  # "accepted the deal", "the 15% the EU accepted"; not "accepted an invitation"
        if lemma in ENDING_VERBS and kind != "IMPOSE_TARIFF" and not any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lower_ in self.cues["talk_words"]
                                              for c in token.children):
            return True  # "ended the talks", "negotiations were finished"; not "ended the year higher"; "ended
            # India's preferential trade status" brings duties back (``_withdrawn_preference``)
        if lemma == "reject" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.cues["rejected_views"] for c in token.children):
            return True  # "Roque rejected that reading": a view refused, not a demand
        if lemma == "free" and not any(c.dep_ == "prep" and c.lower_ == "from" and any(
                g.lower_ in self.cues["tariff_words"] for g in c.subtree) for c in token.children):
            return True  # "freed Canada and Mexico from the metals tariffs"; not "freed the pastor"
        if lemma == "decline" and not any(c.dep_ in ("dobj", "xcomp") and (c.lemma_.lower() in self.cues["refused_things"]
                                                                       or c.dep_ == "xcomp") for c in token.children):
            return True  # "declined every request for a call", "declined to lift the duties"; not "exports declined"
        if lemma == "option" and not (token.lower_ == "options" and any(c.dep_ == "det" and c.lower_ == "all" for c in token.children)):
            return True  # "would consider all options", "all options are on the table": a threat; not "the options"
        if lemma in ("refuse", "decline") and any(c.dep_ == "xcomp" and (c.lemma_.lower() in ("comment", "speculate", "say", "elaborate")
                                                                       or any(g.dep_ == "auxpass" for g in c.children))
                                                  for c in token.children):
            return True  # "refused to be drawn into a war of words", "declined to comment": no demand refused
        if lemma == "response" and not (token.dep_ == "pobj" and token.head.lower_ == "in" and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(t.lower_ in self.cues["tariff_words"] or t.lower_ in self.cues["answered_moves"]
                                                              or t.dep_ == "poss" and t.ent_type_ in ("GPE", "NORP")
                                                              for t in c.subtree) for c in token.children)):
            return True  # "in response to Tokyo's move", "to the U.S. duties"; not "in response to questions"
        if lemma in ("probe", "investigation") and not self._answers_the_other_side(token):
            return True  # "opened a probe into EU brandy, a move seen as a response": retaliation; a probe alone is none
        if lemma == "complaint" and not any(t.text in ("WTO", "GATT") or t.text == "Trade" and t.nbor(1).text == "Organization"
                                            for t in token.sent if t.i + 1 < len(token.doc)):
            return True  # a complaint to the trade arbiter asks for consultations; one to a ministry asks no government
        if lemma == "settle" and not any(c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "on" and any(
                g.lower_ in self.cues["agreement_nouns"] for g in c.children)) for c in token.children) \
                and not any(c.dep_ == "dobj" and (c.lower_ in self.cues["agreement_nouns"] or c.lemma_.lower() in SETTLED_THINGS)
                            for c in token.children):
            return True  # "the 10 per cent Britain settled for", "settled on a deal", "settled the outline of a deal";
            # not "settled on rates", "settled nerves"
        if lemma == "stack" and token.dep_ == "acl":
            return True  # "the 10% baseline stacked on the 20% duty": how a rate is made up, no act
        if lemma == "send" and not self._sends_an_envoy(token):
            return True  # "sent Abe to Washington as his envoy" visits; "sent a letter" does not
        if lemma == "table" and not any(c.dep_ == "dobj" and c.lemma_.lower() in self.cues["tabled_things"] for c in token.children):
            return True  # "tabled two draft regulations", "tabled an offer"
        if lemma == "receive" and not self._visits_a_person(token):
            return True  # "Mexico received Trump's letter"; not "shortly after receiving Akazawa at the White House"
        if lemma == "meet" and any(c.lower_ == "halfway" for c in token.children):
            return True  # "hopes the United States will meet it halfway": a concession asked for, no meeting
        if kind == "CONSULT" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and g.lower_ in self.cues["private_actors"] for g in c.children) for c in token.children):
            return True  # "will closely consult with the affected companies": no other government
        if lemma == "threaten" and any(c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in token.children) \
                and token.dep_ != "relcl" and not any(
                t.lower_ in self.cues["tariff_words"] or t.lower_ in self.cues["threat_words"] or t.text == "%"
                or t.lower_ in self.cues["retaliation_words"] for c in token.children
                if c.dep_ in ("dobj", "xcomp") or c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree) \
                and not any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "NORP") for c in token.children):
            return True  # "the controls threatened supplies": endangered, no threat made; but "threatened Turkey
            # with 'large sanctions'" threatens a country
        if lemma == "threaten" and token.dep_ == "amod" and token.head.lower_ not in self.cues["tariff_words"]:
            return True  # "threatened supplies"; not "a threatened tariff"
        if lemma == "seek" and any(c.dep_ == "xcomp" for c in token.children) and not any(c.dep_ == "dobj" for c in token.children):
            return True  # "sought to calm investors": an aim, not a request; "sought an exemption" is one
        if kind == "CONSULT" and token.dep_ == "amod":
            return True  # "pressed for a negotiated outcome": a kind of outcome, no talks held
        if lemma == "sit" and not any(c.lower_ == "down" for c in token.children):
            return True  # "sat down with Bessent", not "sits on top of"
        if lemma == "speak" and not any(c.dep_ == "prep" and c.lower_ == "with" or c.lower_ in ("phone", "telephone")
                                        for c in token.subtree):
            return True  # "spoke by phone with To Lam", "spoke to Trump by telephone"; not "speaking to reporters"
        if lemma in ("speak", "talk") and any(c.dep_ == "prep" and c.lower_ in ("with", "to") and any(
                g.lower_ in self.cues["audiences"] for g in c.children) for c in token.children):
            return True  # "Speaking with Filipino reporters at Blair House": no talks with another side
        return False

    def _part_of_another_event(self, token: Token, lemma: str, kind: str, pos: str) -> bool:
        """The word names a piece of an event told by another word, or a background fact."""
        if kind == "AGREE" and pos == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(self._noun_kind(g) not in (None, "AGREE") for g in c.children)
                for c in token.children):
            return True  # "agreed on Feb. 3 to a 30-day reprieve": the reprieve is the event
        if kind == "CONSULT" and pos == "VERB" and token.dep_ == "xcomp" and token.head.lemma_.lower() == "agree" \
                and token.lemma_.lower() not in self.cues["process_verbs"] \
                and any(c.dep_ == "dobj" and c.lower_ in self.cues["agreement_nouns"] for c in token.children):
            return True  # "Modi and Trump agreed in February to negotiate a trade agreement": what they agreed, talks
            # still to come; not "agreed to continue talks"
        if token.dep_ == "advcl" and token.tag_ == "VBG" and kind in (
                [self._trigger_kind(token.head)] + [self._noun_kind(c) for c in token.head.children if c.dep_ == "dobj"]):
            return True  # "had a phone call ..., discussing tariff issues": the call itself
        if kind == "REJECT" and lemma in ENDING_VERBS and token.dep_ == "advcl" and self._trigger_kind(token.head) == "AGREE":
            return True  # "concluded negotiations on Friday, ending talks that began in 1999": a deal, nothing refused
        if token.dep_ == "ccomp" and token.tag_ == "VB" and kind in TARIFF_ACTIONS and self._trigger_kind(token.head) == "REQUEST" \
                and not any(c.dep_ == "aux" for c in token.children):
            return True  # "demanded that Canada drop the surtaxes": what was asked for, not done
        if token.dep_ == "xcomp" and kind in TARIFF_ACTIONS and token.head.lemma_.lower() == "threaten":
            return True  # "threatened to raise that rate to 30% on Aug. 1": one threat, made in July
        if token.dep_ == "advcl" and token.tag_ == "VBG" and kind == "RETALIATE" and self._trigger_kind(token.head) == "IMPOSE_TARIFF":
            return True  # "would raise duties, hitting back at the United States": the raise is the retaliation
        clause = token if token.pos_ == "VERB" else token.head
        if kind == "AGREE" and clause.dep_ == "relcl" and clause.head.ent_type_ in ("GPE", "NORP") \
                and not any(t.ent_type_ == "DATE" for t in clause.subtree):
            return True  # "South Korea, which has signed a free trade agreement": background, not news
        if lemma in ("sign", "seal", "finalize", "finalise", "conclude") and not self._about_agreement(token):
            return True  # "the proclamation Bush signed" is no agreement
        if pos == "ADJ" and token.head.head.lemma_.lower() in self.cues["process_verbs"]:
            return True  # "Canada will keep its retaliatory tariffs": they stand, nothing new happens
        if pos == "ADJ" and self._governed_by_trigger(token.head):
            return True  # "cut its retaliatory tariff" is an easing; "announced retaliatory tariffs" counts once
        if pos == "ADJ" and token.head.dep_ in ("pobj", "agent") and not self._noun_reports_event(token.head) \
                and not self._dated_clause(token.head.head.head):  # "were first hit with retaliatory duties last September"
            return True  # "aid for farmers hurt by retaliatory tariffs": the tariffs are old news
        if kind == "CONSULT" and pos == "NOUN" and token.head.dep_ == "xcomp" and token.head.head.lemma_.lower() == "agree" \
                and token.head.lemma_.lower() not in self.cues["process_verbs"]:
            return True  # "agreed to open bilateral talks": the agreement; "agreed to continue talks": the talks
        if kind == "CONSULT" and pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "at" \
                and self._trigger_kind(token.head.head) not in (None, "CONSULT"):
            return True  # "announced an agreement at the G7 summit": where the agreement was announced
        if lemma == "round" and not any(t.lower_ in self.cues["talk_words"] for t in token.subtree) \
                and not self.numbered_round(token):
            return True  # "a round of talks", "the fifth round"; not "a second round of counter-tariffs"
        if token.dep_ in ("acl", "relcl") and token.head.lower_ in self.cues["tariff_words"] \
                and any(c.dep_ == "advmod" and c.lower_ == "already" for c in token.children):
            return True  # "the 4 per cent tariff already charged", "the 10% tariff Washington already applies": standing
        return False

    @staticmethod
    def numbered_round(noun: Token) -> bool:
        """"Indian officials went to Washington for the fifth round": a numbered round with nothing "of" it
        is a round of the talks the story follows."""
        return noun.lemma_.lower() == "round" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) \
            and any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ORDINALS) for c in noun.children)

    def _target_list(self, noun: Token) -> bool:
        """"Ottawa published a list of possible targets", "unveiled a second list worth $125-billion, which
        was never put into force", "A second list was put out for consultation": goods lined up for
        counter-tariffs, a threat; not "a list of countries" or the list that sets rates."""
        verb = noun.head
        if not (noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in LIST_VERBS):
            return False
        words = {t.lower_ for t in noun.subtree}
        if "%" in words or words & {"percent", "cent"}:
            return False  # "a list setting 46% on Vietnam": the rates themselves
        return bool(words & {"possible", "targets", "target", "second", "worth", "retaliation", "retaliatory", "counter"}) \
            or any(t.lower_ in self.cues["retaliation_words"] for t in noun.sent)

    @staticmethod
    def _dated_clause(verb: Token) -> bool:
        """The verb's own clause names a date of its own."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        starts = {verb.doc[t.i].idx for t in own_clause(verb)}
        return any(d["start"] in starts for d in verb.doc._.dates or [] if d["value"])

    def _answers_the_other_side(self, noun: Token) -> bool:
        """The sentence tells the measure as an answer: a word of retaliation or response, or an
        "after" clause in which the other side levied tariffs."""
        sentence = noun.sent
        text = span_text(sentence).lower().replace(" - ", "-")
        if any(w in text for w in self.cues["retaliation_words"]) or re.search(r"\b(response|reply|riposte|tit-for-tat|reprisal)\b", text):
            return True
        if any(t.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ == "after" for m in t.children)
               and any(g.lower_ in self.cues["tariff_words"] for g in t.subtree) for t in sentence):
            return True
        doc = noun.doc
        start = sentence.start
        if start == 0 or doc[start - 1].is_space:
            return False  # a new paragraph
        before = doc[start - 1].sent  # "Beijing responded within two days. On Sunday, it opened probes into ...":
        return len(before) <= 10 and any(  # the answer told just before, its measure now
            t.lemma_.lower() in ANSWERING_VERBS and t.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "NORP") for c in t.children) for t in before)
