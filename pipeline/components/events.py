"""Negotiation events: who did what to whom, when, with which tariffs and words.

A trigger word (``event_triggers.tsv``) types the event; the parse gives its
actors (the subject, its officials and institutions mapped to countries) and
targets ("with", "on", "against", "to" phrases and objects); the sentence gives
its date, tariffs, quotes and topics. Hedged and denied events ("may seek
talks", "has not said whether it will cut tariffs") keep a ``modality`` and
stay out of the default list. PLOVER and CAMEO codes come from
``event_types.tsv``.
"""
import json
import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..clauses import (both_sides, by_means, conditional, core_phrase, object_preps, own_clause, relative_antecedent,
                       without_exceptions)
from ..answered_measures import with_measures_answered
from ..context import ArticleContext, evidence, main_pair_of_countries
from ..doctext import doc_text, span_text
from ..elided_events import elided_repeats
from ..event_merging import (EFFECT_TRIGGERS, REPORTED, answer_retaliations, dated_by_following_quote, headline_length,
                             link_retaliations, main_tariff_relation, merge_events, resolve_references, sides_named_before,
                             split_mutual)
from ..resources import read_tsv, resource_path
from ..token_index import WordTest
from .base import TableComponent

TARGET_PREPOSITIONS = {"with", "on", "against", "to", "toward", "towards", "from", "between", "for"}
MEASURE_WORDS = {"necessary", "retaliatory", "countervailing", "firm", "resolute", "reciprocal", "counter", "strong"}
TARIFF_ACTIONS = ("IMPOSE_TARIFF", "EASE_TARIFF", "RETALIATE")
DEADLINE_MARKS = "until|till|to|through|from|starting|effective|by|before|after"
BACKGROUND_MARKS = {"since", "after", "before", "until", "because", "while", "once", "as"}
EASE_NOUNS = {"pause", "reprieve", "exemption", "exemptions", "truce", "relief", "suspension"}
TIME_MARKS = {"since"}
REJECTING_PARTICLES = {"brush": "aside", "turn": "down"}
SPANS_OF_TALKS = {"day", "days", "hours", "weeks", "rounds", "series"}
AFTERWARD = {"afterward", "afterwards", "thereafter"}  # "Shortly afterward Trump wrote ...": right after the event told before
ADJECTIVE_HEDGES = {"open", "opened", "ready", "able", "prepared"}
ASKED_FOR = {"dialogue", "removal", "withdrawal", "reduction", "exemptions", "compensation", "restraint"}
ACCEPTED_THINGS = {"terms", "offer", "proposal", "demands", "framework", "conditions"}
THREAT_HEDGES = {"could", "may", "might", "ready", "prepared", "willing"}  # "the first meeting since Washington doubled tariffs": an earlier time


@Language.factory(
    "trade_events",
    default_config={"triggers": "", "types": "", "cues": ""},
    assigns=["doc._.events"],
    requires=["doc.spans", "doc._.officials", "doc._.dates", "doc._.tariffs", "doc._.quotes", "token.dep"],
)
def make_event_finder(nlp: Language, name: str, triggers: str, types: str, cues: str):
    tables = {
        "triggers": read_tsv(triggers or resource_path("event_triggers.tsv")),
        "types": read_tsv(types or resource_path("event_types.tsv")),
        "cues": json.loads(Path(cues or resource_path("event_cues.json")).read_text(encoding="utf-8")),
    }
    return EventFinder(nlp, name, tables)

TOPIC_WORDS = ("steel", "aluminum", "autos", "cars", "semiconductors", "shipbuilding", "lng", "energy", "agriculture",
               "pharmaceuticals", "investment", "defense")
TOPIC_PATTERN = re.compile(r"\b(" + "|".join(TOPIC_WORDS) + r")\b")


def woven_into_sentence(text: str, quote_start: int) -> bool:
    """A quotation the sentence's own grammar carries on ('said it would "take all necessary
    measures"'): its words report the event; a quotation after "said:" or on its own does not."""
    before = text[:max(quote_start - 1, 0)].rstrip()
    return bool(before) and before[-1].isalpha() and before[-1].islower()


class EventFinder(TableComponent):
    """Writes ``doc._.events`` (asserted and planned) and ``doc._.hedged_events`` (the rest)."""


    def _build(self, tables: dict) -> None:
        self.triggers = {row[0]: (row[1], row[2], row[3] == "yes") for row in tables["triggers"]}
        self.codes = {row[0]: {"plover": {"type": row[1], "mode": row[2] or None}, "cameo": row[3]}
                      for row in tables["types"]}
        cues = tables["cues"]
        self.cues = {key: set(values) for key, values in cues.items()}
        # Only these words can be triggers (see _trigger): the rest of the doc is never looked at.
        lemma_words = set(self.triggers) | {"tariff", "duty", "hit", "strike"} | self.cues["deal_making_verbs"]
        self.trigger_forms = WordTest(self.triggers.__contains__, "lower")
        self.trigger_lemmas = WordTest(lambda lemma: lemma.lower() in lemma_words, "lemma")

    def __call__(self, doc: Doc) -> Doc:
        context = ArticleContext(doc)
        text = doc_text(doc)
        quoted_spans = [doc.char_span(q["start"], q["end"], alignment_mode="expand")
                        for q in doc._.quotes or [] if not woven_into_sentence(text, q["start"])]
        quoted_tokens = {i for span in quoted_spans if span is not None for i in range(span.start, span.end)}
        main_pair = main_tariff_relation(doc._.tariffs or [])
        found = []
        for i in sorted(set(self.trigger_forms.positions(doc)) | set(self.trigger_lemmas.positions(doc))):
            token = doc[i]
            entry = self._trigger(token)
            if entry is None or token.i in quoted_tokens:
                continue
            event = self._event(doc, context, token, entry, quoted_tokens, main_pair)
            if event is not None and event["type"] == "EACH_OTHER":
                found.extend(split_mutual(event, self.codes))  # "A and B slapped tariffs on each other's goods"
            elif event is not None and event["type"] == "AGREE" and len(event["actors"]) > 1 and token.tag_ == "NNS" \
                    and event["targets"]:  # "Vietnam and Indonesia have secured deals with the US": one deal each
                found.extend(dict(event, actors=[actor], evidence=list(event["evidence"]), tariffs=list(event["tariffs"]))
                             for actor in event["actors"])  # own lists: merging extends them in place
            elif event is not None:
                found.append(event)
                if event["type"] in TARIFF_ACTIONS:  # "imposed A in May 2020 and B the following year"
                    found.extend(elided_repeats(doc, token, event, self.cues["tariff_words"]))
        found = [e for e in sides_named_before(found) if e["actors"] != ["?"]]
        headline_end = headline_length(doc_text(doc))
        events = answer_retaliations(resolve_references(merge_events(found, headline_end)))
        dated_by_following_quote(events, doc._.quotes or [])
        events = with_measures_answered(doc, context, events, self.cues["tariff_words"], self.codes)
        for number, event in enumerate(events, start=1):
            event["id"] = f"e{number}"
        link_retaliations(events)
        for event in events:
            if event["type"] == "RETALIATE":  # relabelled answers carry the retaliation codes
                event["plover"], event["cameo"] = self.codes["RETALIATE"]["plover"], self.codes["RETALIATE"]["cameo"]
        for event in events:
            for private in ("_anaphor", "_occasion", "_ceiling", "_term", "_together", "_orphan", "_document", "_after",
                            "_afterward"):
                event.pop(private, None)
        doc._.events = [e for e in events if e["modality"] in REPORTED]
        doc._.hedged_events = [e for e in events if e["modality"] not in REPORTED]
        return doc

    # -- triggers ----------------------------------------------------------------

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
        if entry is None and lemma in ("hit", "strike"):
            entry = self.triggers.get("hit back")  # "hit back", "struck back"
        if token.dep_ == "relcl" and token.head.lower_ in self.cues["agreement_nouns"] \
                and lemma in self.cues["deal_making_verbs"] and any(c.dep_ == "dobj" and c.lower_ in ("that", "which")
                                                                    for c in token.children):
            return "AGREE"  # "the trade deal that von der Leyen and Trump struck on July 27": struck then, by them
        if entry is None:
            return None
        kind, pos, needs_tariff = entry
        if pos == "VERB" and token.pos_ not in ("VERB", "AUX"):
            return None
        named = token.ent_type_ in ("ORG", "LAW", "EVENT") or (token.is_title and not token.is_sent_start)
        if named and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in self.cues["noun_event_verbs"]:
            named = False  # "The Economic Prosperity Deal was unveiled on Thursday": that deal is news
        if pos == "NOUN" and (token.pos_ not in ("NOUN", "PROPN") or named):
            return None  # "the U.S.-Mexico-Canada Agreement" is a name, not an agreement reached
        if needs_tariff and not self._tariff_in_reach(token):
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
        if any(t.lower_ in ("it", "them", "those", "they") for t in scope):
            scope = list(token.sent)  # "paused it a week later": the tariff named before
            if token.sent.start > 0 and any(t.lower_ in ("them", "those") for t in own_clause(token)):
                scope = list(token.doc[token.sent.start - 1].sent) + scope  # "It lifted them in August 2023"
        return any(t.lower_ in self.cues["tariff_words"] or t.text == "%" or t.lower_ == "measures" for t in scope) \
            or token.pos_ == "VERB" and self._tariff_subject(token)  # "a tariff that ... and that took effect"

    def _other_sense(self, token: Token, lemma: str, kind: str) -> bool:
        """The word used in a sense that reports no negotiation event."""
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("together", "forward") for c in token.children):
            return True  # "put together a package", "set forward a plan"
        if token.pos_ == "VERB" and lemma in self.cues["change_verbs"] and not self._tariff_changes(token):
            return True  # "Bush's tariffs would raise their costs": the tariff is the cause, not what changes
        if lemma == "set" and any(c.dep_ == "xcomp" for c in token.children):
            return True  # "are set to fall to zero": a plan, said by its own verb
        if lemma == "ask" and any(t.lemma_ in ("name", "identify") for t in token.subtree):
            return True  # "a diplomat who asked not to be named"
        if kind == "IMPOSE_TARIFF" and any(c.dep_ == "dobj" and c.lower_ in self.cues["agreement_nouns"] for c in token.children):
            return True  # "announced the deal": the deal is the event
        if lemma == "statement" and not any(c.lower_ == "joint" for c in token.children):
            return True  # a joint statement settles terms; any other statement is words
        if lemma == "warn" and not any(t.lower_ in self.cues["tariff_words"] or t.lower_ in self.cues["threat_words"]
                                       or t.lower_ in self.cues["retaliation_words"] for t in token.subtree):
            return True  # "warned of price increases and layoffs": a forecast, not a threat
        if kind in ("IMPOSE_TARIFF", "RETALIATE", "EASE_TARIFF") and token.tag_ in ("VBZ", "VBP") \
                and not any(c.dep_ in ("aux", "auxpass") for c in token.children) \
                and not any(token.sent.start_char <= d["start"] < token.sent.end_char and d["value"]
                            for d in token.doc._.dates or []):  # a calendar date, not "for years"
            return True  # "The EU charges 10% on American cars": a standing rate, not an event
        if lemma == "agree" and any(c.dep_ == "xcomp" and c.lemma_.lower() in self.cues["process_verbs"]
                                    for c in token.children):
            return True  # "both sides agreed to continue consultations": the talks go on, nothing is settled
        if lemma == "agree" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children) and any(
                c.dep_ == "xcomp" and self._trigger_kind(c) in TARIFF_ACTIONS and self._trigger(c) is not None
                for c in token.children):
            return True  # "Trump agreed to slash tariffs": the cut is the event; "agreed with China to cut" is a deal
        if lemma == "host" and any(c.dep_ == "dobj" and (c.lower_ in self.cues["talk_words"] or c.lemma_ in ("meeting", "summit"))
                                   for c in token.children) or kind == "CONSULT" and token.dep_ == "dobj" \
                and token.head.lemma_.lower() == "host":
            return True  # "whose government hosted the meeting": the venue, not a side of the talks
        if lemma in REJECTING_PARTICLES and not any(c.dep_ == "prt" and c.lower_ == REJECTING_PARTICLES[lemma]
                                                    for c in token.children):
            return True  # "brushed aside the proposal", "turned down the offer"; not "turned to" or "brushed"
        if lemma == "press" and any(c.lower_ in ("ahead", "on") for c in token.children):
            return True  # "pressed ahead with": carried on, asked nothing
        if lemma == "take" and not (any(c.lower_ == "effect" for c in token.children) and self._tariff_subject(token)):
            return True  # "the duties took effect", not "the arrangement took effect"
        if lemma == "come" and not (any(c.lower_ == "into" and any(g.lower_ in ("force", "effect") for g in c.children)
                                        for c in token.children) and self._tariff_subject(token)):
            return True  # "the tariffs came into force", not "came on top of"
        if lemma in ("extend", "prolong") and kind == "IMPOSE_TARIFF" and not self._tariff_subject(token) and not any(
                c.dep_ == "dobj" and (c.lower_ in self.cues["tariff_words"] or c.lower_ in EASE_NOUNS) for c in token.children):
            return True  # "extended the tariffs to Mexico", "extended the pause"; not "extended the deadline"
        if lemma in ("answer", "respond") and not any(
                c.dep_ == "prep" and c.lower_ == "with" and any(t.lower_ in self.cues["tariff_words"] for t in c.subtree)
                for c in token.children):
            return True  # "Beijing answered with duties of its own", not "responded sharply"
        if token.lower_ == "measures" and not any(c.lower_ in MEASURE_WORDS for c in token.children):
            return True  # "all necessary measures", "countermeasures"; not "his 'Liberation Day' measures"
        if lemma in ("hit", "strike") and kind == "RETALIATE" and not any(c.lower_ == "back" for c in token.children):
            return True
        if kind == "REQUEST" and lemma == "call" and not self._calls_on(token):
            return True  # "called on China to follow", "called for talks"; not "called it unfair on 6 August"
        if lemma == "accept" and not any(t.lower_ in self.cues["agreement_nouns"] or t.lower_ in self.cues["tariff_words"]
                                         or t.text == "%" or t.lower_ in ACCEPTED_THINGS
                                         for t in [*token.subtree, *([token.head] if token.dep_ == "relcl" else [])]):
            return True  # "accepted the deal", "the 15% the EU accepted"; not "accepted an invitation"
        if lemma == "meet" and any(c.lower_ == "halfway" for c in token.children):
            return True  # "hopes the United States will meet it halfway": a concession asked for, no meeting
        if lemma == "sit" and not any(c.lower_ == "down" for c in token.children):
            return True  # "sat down with Bessent", not "sits on top of"
        if lemma == "speak" and not any(c.dep_ == "prep" and c.lower_ == "with" or c.lower_ == "phone" for c in token.subtree):
            return True  # "spoke by phone with To Lam", not "speaking to reporters"
        return False

    def _part_of_another_event(self, token: Token, lemma: str, kind: str, pos: str) -> bool:
        """The word names a piece of an event told by another word, or a background fact."""
        if kind == "AGREE" and pos == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(self._noun_kind(g) not in (None, "AGREE") for g in c.children)
                for c in token.children):
            return True  # "agreed on Feb. 3 to a 30-day reprieve": the reprieve is the event
        if token.dep_ == "advcl" and token.tag_ == "VBG" and kind in (
                [self._trigger_kind(token.head)] + [self._noun_kind(c) for c in token.head.children if c.dep_ == "dobj"]):
            return True  # "had a phone call ..., discussing tariff issues": the call itself
        if token.dep_ == "advcl" and token.tag_ == "VBG" and kind == "RETALIATE" and self._trigger_kind(token.head) == "IMPOSE_TARIFF":
            return True  # "would raise duties, hitting back at the United States": the raise is the retaliation
        clause = token if token.pos_ == "VERB" else token.head
        if kind == "AGREE" and clause.dep_ == "relcl" and clause.head.ent_type_ in ("GPE", "NORP") \
                and not any(t.ent_type_ == "DATE" for t in clause.subtree):
            return True  # "South Korea, which has signed a free trade agreement": background, not news
        if lemma in ("sign", "seal", "finalize", "finalise", "conclude") and not self._about_agreement(token):
            return True  # "the proclamation Bush signed" is no agreement
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
        if lemma == "round" and not any(t.lower_ in self.cues["talk_words"] for t in token.subtree):
            return True  # "a round of talks", not "a second round of counter-tariffs"
        if token.dep_ == "acl" and token.head.lower_ in self.cues["tariff_words"] \
                and any(c.dep_ == "advmod" and c.lower_ == "already" for c in token.children):
            return True  # "on top of the 4 per cent tariff already charged on all tyres": a standing tariff
        return False

    @staticmethod
    def _dated_clause(verb: Token) -> bool:
        """The verb's own clause names a date of its own."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        starts = {verb.doc[t.i].idx for t in own_clause(verb)}
        return any(d["start"] in starts for d in verb.doc._.dates or [] if d["value"])

    def _retyped(self, token: Token, lemma: str, kind: str) -> str:
        """Counter-tariffs are retaliation; "lifting the levy to 54%" raises it."""
        own_words = own_clause(token) if token.pos_ == "VERB" else list(token.subtree)
        own_text = " ".join(t.lower_ for t in sorted(own_words, key=lambda t: t.i))  # not "drawing warnings of retaliation"
        if token.dep_ in ("acl", "relcl"):  # "Canada's counter-tariffs, imposed in March": the noun's own word
            head = token.head
            own_text += " " + doc_text(token.doc)[max(0, head.idx - 9):head.idx + len(head.text)].lower()
        own_text = own_text.replace(" - ", "-")
        if kind == "IMPOSE_TARIFF" and any(w in own_text for w in self.cues["retaliation_words"]):
            kind = "RETALIATE"
        if kind == "IMPOSE_TARIFF" and any(c.dep_ == "advcl" and c.tag_ == "VBG" and self._trigger_kind(c) == "RETALIATE"
                                           for c in token.children):
            kind = "RETALIATE"  # "would raise duties on American goods, hitting back at the United States"
        if kind == "IMPOSE_TARIFF" and any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
                                           for c in token.children):
            kind = "EASE_TARIFF"  # "the duties would no longer be collected"
        if lemma in ("extend", "prolong") and any(c.dep_ == "dobj" and c.lower_ in EASE_NOUNS for c in token.children):
            kind = "EASE_TARIFF"  # "extended the pause on the tariffs"
        if kind == "EASE_TARIFF" and lemma == "lift" and re.search(r"\bto \d", own_text):
            kind = "IMPOSE_TARIFF"  # "lifting the levy to 54%"
        return kind

    def _trigger_kind(self, token: Token) -> str | None:
        entry = self.triggers.get(token.lower_) or self.triggers.get(token.lemma_.lower())
        return entry[0] if entry else None

    def _noun_kind(self, noun: Token) -> str | None:
        entry = self.triggers.get(noun.lower_) or self.triggers.get(noun.lemma_.lower())
        return entry[0] if entry and entry[1] != "VERB" else None

    def _tariff_changes(self, verb: Token) -> bool:
        """A change verb with an object changes that object; without one, its subject."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        objects += [g for c in verb.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]  # "ordered importers to lodge deposits"
        objects = [verb.head if o.lower_ in ("that", "which") and verb.dep_ in ("relcl", "acl") else o for o in objects]
        pronoun = next((o for o in objects if o.lower_ in ("it", "them")), None)
        if pronoun is not None:  # "opened negotiations in 2007 but suspended them": the talks, not a tariff
            named = next((t for t in reversed(verb.doc[verb.sent.start:pronoun.i]) if t.dep_ in ("dobj", "nsubj", "nsubjpass")
                          and t.pos_ == "NOUN"), None)
            return named is None or not (named.lower_ in self.cues["talk_words"] or named.lower_ in self.cues["agreement_nouns"])
        if not objects:
            return True
        return any(o.lower_ in self.cues["tariff_words"] or o.text == "%" or o.lower_ in self.cues["rate_heads"]
                   for o in objects)  # "suspend its challenge to the duties" changes a challenge

    def _tariff_subject(self, verb: Token) -> bool:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "conj":  # "The duties were announced in March and extended to Canada"
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        antecedent = relative_antecedent(verb, subjects[0]) if subjects else None
        subjects = [antecedent] if antecedent is not None else subjects
        if antecedent is not None and antecedent.dep_ == "pobj" and antecedent.head.head.pos_ == "NOUN":
            subjects.append(antecedent.head.head)  # "tariffs on canola oil, which took effect": the tariffs did
        return any(t.lower_ in self.cues["tariff_words"] or t.text == "%" for s in subjects for t in s.subtree)

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
    def _latest_tariff(doc: Doc, trigger: Token) -> tuple[str | None, str | None]:
        """Imposer and target of the tariff named last before the trigger ("the levies took effect")."""
        named = [(m["start"], t) for t in doc._.tariffs or [] if t.get("imposer")
                 for m in [t, *t.get("mentions", [])] if m.get("start", trigger.idx) < trigger.idx]
        if not named:
            return None, None
        tariff = max(named, key=lambda pair: pair[0])[1]
        return tariff["imposer"], tariff.get("target")

    def _setting_verb(self, subject_tokens: list[Token], trigger: Token) -> Token | None:
        """The tariff verb whose object a "which took effect" clause describes."""
        if trigger.lemma_.lower() not in ("take", "come") or not subject_tokens:
            return None
        noun = next((t for t in subject_tokens if any(c.i == trigger.i or c.dep_ == "relcl" and trigger in c.subtree
                                                      for c in t.children)), None)
        verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None) if noun is not None else None
        return verb if verb is not None and self._trigger_kind(verb) in TARIFF_ACTIONS else None

    def _about_agreement(self, verb: Token) -> bool:
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ in ("relcl", "acl"):
            nouns.append(verb.head)
        nouns = [n for n in nouns if n.lower_ not in self.cues["document_nouns"]  # "signed a memorandum on tariffs"
                 or any(t.lower_ == "understanding" for t in n.subtree)]  # is no "memorandum of understanding"
        return any(t.lower_ in self.cues["agreement_nouns"] for n in nouns for t in n.subtree)

    def _governed_by_trigger(self, noun: Token) -> bool:
        head = noun.head
        return head.i != noun.i and (head.lower_ in self.triggers or head.lemma_.lower() in self.triggers)

    def _noun_reports_event(self, noun: Token) -> bool:
        """A noun trigger reports an event when a verb makes it happen ("held talks", "reached a
        deal"), a preposition places something after it ("after a phone call"), or it acts itself
        ("talks began")."""
        talk = noun.lower_ in self.cues["talk_words"]
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in SPANS_OF_TALKS:
            noun = noun.head.head  # "arrived on Thursday for two days of talks": the days are the talks
        head = noun.head
        while head.dep_ in ("conj", "appos", "compound") and head.head.i != head.i and head.pos_ == "NOUN":
            head = head.head
        if noun.dep_ in ("dobj", "conj", "appos", "attr", "compound", "amod") and head.lemma_.lower() in self.cues["noun_event_verbs"]:
            return True
        if noun.dep_ == "pobj" and head.lower_ in self.cues["noun_event_preps"]:
            return head.lower_ != "for" or talk and head.head.pos_ not in ("NOUN", "PROPN")
            # "in Washington for talks", not "a mechanism for follow-up consultations"
        if noun.dep_ == "pobj" and head.head.lemma_.lower() in self.cues["noun_event_verbs"]:
            return True  # "agreed to a 30-day reprieve"
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj" \
                and head.head.head.lemma_.lower() in self.cues["noun_event_verbs"]:
            return True  # "announced the outline of the deal"
        if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in self.cues["noun_event_subject_verbs"]:
            return True
        if noun.dep_ == "nsubjpass" and head.lemma_.lower() in self.cues["noun_event_verbs"]:
            return True  # "the deal was signed", "talks were held"
        return noun.dep_ == "ROOT"  # headlines: "Trade talks in Geneva"

    # -- one event --------------------------------------------------------------------

    def _event(self, doc: Doc, context: ArticleContext, trigger: Token, kind: str, quoted: set[int],
               main_pair: tuple) -> dict | None:
        sentence = trigger.sent
        modality = self._modality(trigger)
        date_anchor = trigger
        speech = next((t for t in trigger.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in self.cues["announcing_verbs"]), None)
        if kind == "RETALIATE" and modality == "planned" and (trigger.pos_ != "VERB" or speech is not None):
            kind = "THREATEN"  # "Mexico would unveil countermeasures": a threat until it happens,
            date_anchor = speech or trigger  # made when it was said
        if kind in ("IMPOSE_TARIFF", "RETALIATE") and modality in ("planned", "possible") and conditional(trigger):
            kind, modality = "THREATEN", "asserted"  # "if the US went ahead, Brazil would charge an equal tariff"
        elif kind == "RETALIATE" and trigger.pos_ == "NOUN" and modality == "asserted" and conditional(trigger):
            kind = "THREATEN"  # "approved counter-tariffs, to be applied if the talks collapsed"
        subject_tokens = self._subject_tokens(trigger, quoted)
        subject_tokens += self._name_split_off(doc, context, subject_tokens)
        setter = self._setting_verb(subject_tokens, trigger)
        if setter is not None:  # "it announced 100% tariffs on canola, which took effect on March 20": China's
            subject_tokens = self._subject_tokens(setter, quoted)
        if trigger.dep_ == "acl" and trigger.head.lower_ in self.cues["document_nouns"] and kind in TARIFF_ACTIONS \
                and not any(c.dep_ == "poss" for c in trigger.head.children):  # "Trump's decision to pause": Trump's
            subject_tokens = []  # "Thailand, which received a letter setting a 36% rate": the letter's sender taxes
        term_of_deal = trigger.dep_ in ("acl", "relcl") and trigger.head.lower_ in self.cues["agreement_nouns"]
        describes_tariff = trigger.dep_ == "acl" and trigger.head.lower_ in self.cues["tariff_words"] \
            and not any(c.dep_ == "agent" for c in trigger.children)
        if (term_of_deal or describes_tariff) and kind in ("IMPOSE_TARIFF", "EASE_TARIFF", "RETALIATE"):
            subject_tokens = []  # "an agreement setting the tariff at 15%": the tariff's imposer acts, not the signatories
        if kind == "REQUEST" and any(c.dep_ == "dobj" and c.lower_ in self.cues["private_actors"] for c in trigger.children):
            return None  # "Koike urged residents to keep water at home": no government is asked
        if any(t.lower_ in self.cues["private_actors"] and (t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ == "agent")
               for t in subject_tokens):  # "a relief long sought by American manufacturers"
            subject_tokens = []  # "American buyers had asked suppliers": no government acts
        appositive = {t.i for head in subject_tokens if head.dep_ == "appos" and head.pos_ == "NOUN" for t in head.subtree}
        actors = (context.countries_of([t for t in subject_tokens if t.i not in appositive])
                  or context.countries_of(subject_tokens)) if subject_tokens else []  # "Mexico, the buyer of U.S. pork"
        if not actors and kind in TARIFF_ACTIONS:  # "a tariff that Trump announced ... and that took effect": Trump's
            actors = context.countries_of([g for t in subject_tokens for c in t.children if c.dep_ == "relcl" and c.i != trigger.i
                                           for g in c.children if g.dep_ == "nsubj"])
        unnamed = not actors and any(t.lower_ in self.cues["country_groups"] and any(
            c.dep_ in ("nummod", "amod", "quantmod") for c in t.children) for t in subject_tokens)
        if not actors and not unnamed and trigger.dep_ == "conj" and kind in ("REQUEST", "PROPOSE", "REJECT", "THREATEN"):
            root_subject = next((c for c in trigger.sent.root.children if c.dep_ == "nsubj"), None)
            if root_subject is not None:  # "the ministry said the outcome '...' and urged Washington": the ministry
                actors = context.countries_of(core_phrase(root_subject))
        if kind in ("IMPOSE_TARIFF", "RETALIATE") and modality == "possible" and actors and self._voiced_threat(trigger, speech) \
                and set(context.countries_of(self._subject_tokens(speech, quoted))) & set(actors):
            kind, modality, date_anchor = "THREATEN", "asserted", speech  # "Trump said he could impose tariffs of up to 250%"
        named_sides = self._target_countries(context, trigger, kind)
        if kind == "CONSULT" and trigger.lemma_.lower() in self.cues["visit_words"] and trigger.lemma_.lower() != "host":
            visited = named_sides or self._regions_visited(trigger)
            if visited and set(visited) <= set(actors):
                return None  # "Trump, who visited Iowa": a trip at home meets no other side
        targets = [c for c in named_sides if c not in actors]
        sentence_tariffs = [t for t in doc._.tariffs or []
                            if sentence.start_char <= t.get("start", -1) < sentence.end_char
                            or any(sentence.start_char <= m["start"] < sentence.end_char for m in t.get("mentions", []))]
        sentence_tariffs = [t for t in sentence_tariffs if not self._set_by_another_verb(doc, t, trigger)]
        if kind in ("IMPOSE_TARIFF", "EASE_TARIFF", "RETALIATE", "THREATEN") and sentence_tariffs:
            if not actors:
                actors = [c for c in dict.fromkeys(t["imposer"] for t in sentence_tariffs) if c]
            if not targets:
                targets = [c for c in dict.fromkeys(t["target"] for t in sentence_tariffs) if c and c not in actors]
        taxed = {t["target"] for t in sentence_tariffs if t["target"]}
        levying = [c for c in dict.fromkeys(t["imposer"] for t in sentence_tariffs if t["target"] in actors) if c]
        inherited = not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in trigger.children)
        if kind in TARIFF_ACTIONS and actors and inherited and taxed == set(actors) and levying \
                and not set(levying) & set(actors):
            actors, targets = levying, actors  # "Thailand, which received a letter setting a 36% rate": taxed, not taxing
        targets = [c for c in targets if c not in actors]
        if kind == "IMPOSE_TARIFF" and trigger.lemma_.lower() in ("set", "apply") and sentence_tariffs \
                and all(t.get("previous_rate") and t["previous_rate"] > t["rate"] for t in sentence_tariffs):
            kind = "EASE_TARIFF"  # "setting the tariff at 15%, down from 25%"
        issued = bool(subject_tokens) and any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in self.cues["document_nouns"]
                                              for t in subject_tokens)  # "The order exempted 700 products"
        tariff_subject = bool(subject_tokens) and any(t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
                                                      and t.lower_ in self.cues["tariff_words"] for t in subject_tokens)
        passive_tariff = any(c.dep_ == "nsubjpass" and c.lower_ in self.cues["tariff_words"] for c in trigger.children)
        if kind in TARIFF_ACTIONS and not actors and (tariff_subject or passive_tariff) and speech is not None and not any(
                t.lower_ in self.cues["private_actors"] for t in self._subject_tokens(speech, quoted)):
            actors = context.countries_of(self._subject_tokens(speech, quoted))  # "the ministry said the duties would go"
            if actors and set(actors) <= taxed:  # "The tariff on British steel will be removed, Downing Street said"
                actors = [c for c in dict.fromkeys(t["imposer"] for t in sentence_tariffs) if c and c not in taxed] \
                    or [c for c in main_pair[:1] if c and c not in taxed]
        if kind in ("IMPOSE_TARIFF", "EASE_TARIFF") and not actors and (not subject_tokens or issued or tariff_subject):
            imposer, target = self._latest_tariff(doc, trigger) if tariff_subject or issued else (None, None)
            imposer, target = (imposer, target) if imposer else main_pair
            if imposer:  # "The duties had taken effect on Tuesday": the tariffs just named, else the article's
                actors = [imposer]
                targets = targets or ([target] if target else [])
        if kind in ("IMPOSE_TARIFF", "EASE_TARIFF") and not actors and len(targets) == 1 and (not subject_tokens or tariff_subject):
            parties = main_pair_of_countries(doc)  # "A 10% levy on British goods, imposed on 2 April": the other party's
            actors = [c for c in parties if c != targets[0]] if len(parties) == 2 and targets[0] in parties else []
        if len(actors) >= 2 and "each other" in span_text(sentence).lower() and kind == "IMPOSE_TARIFF":
            kind, actors, targets = "EACH_OTHER", actors, []  # split below into imposition and retaliation
        unnamed = unnamed and kind in ("REQUEST", "CONSULT", "PROPOSE") and bool(targets or main_pair[0])
        if unnamed:  # "about 70 countries have requested negotiations": unnamed actors, the tariffs' author asked
            targets = targets or [main_pair[0]]
        together = not actors and both_sides(subject_tokens)
        if together:  # "The two sides have held five rounds": refined below from the previous event
            actors, targets = main_pair_of_countries(doc) or ["?"], []
        if kind == "AGREE" and len(actors) == 1 and not targets:  # "Indonesia had agreed to a 19% tariff": with its author
            targets = [c for c in dict.fromkeys(side for t in sentence_tariffs if actors[0] in (t["imposer"], t["target"])
                                                for side in (t["imposer"], t["target"])) if c and c != actors[0]][:1]
        orphan = not actors and not unnamed and kind in ("AGREE", "CONSULT") and self._anaphoric(trigger) == "direct"
        if not actors and not unnamed and not orphan:
            return None  # an orphan ("The deal was unveiled on Thursday") joins the deal reported before, or goes
        date, date_source = self._date(doc, date_anchor, strict=self._anaphoric(trigger) is not None)
        officials = [context.person_at[t.i] for t in subject_tokens if t.i in context.person_at]
        org = context.institution_of(subject_tokens) if subject_tokens else None
        named_topics = set(TOPIC_PATTERN.findall(span_text(sentence).lower()))
        topics = [word for word in TOPIC_WORDS if word in named_topics]
        codes = self.codes.get(kind, self.codes["IMPOSE_TARIFF"])
        cameo = codes["cameo"]
        if kind == "CONSULT":
            by_phone = any(c.dep_ == "prep" and c.lower_ in ("by", "over") and any(g.lower_ in ("phone", "telephone", "video")
                                                                                for g in c.children) for c in trigger.children)
            cameo = "042" if trigger.lemma_ in self.cues["visit_words"] else \
                "041" if trigger.lemma_ in self.cues["call_words"] or by_phone else cameo  # "spoke with Trump by telephone"
        confidence = 0.45 + 0.2 * bool(actors) + 0.15 * bool(targets) + 0.1 * bool(date) + 0.05 * (trigger.pos_ == "VERB")
        return {
            "type": kind, "date": date, "date_source": date_source, "actors": list(dict.fromkeys(actors)),
            "targets": list(dict.fromkeys(targets)), "officials": list(dict.fromkeys(officials)), "org": org,
            "tariffs": [{k: t[k] for k in ("rate", "target", "imposer", "product", "kind")} for t in sentence_tariffs],
            "quotes": [q["text"] for q in doc._.quotes or [] if sentence.start_char <= q["start"] < sentence.end_char],
            "topics": topics, "trigger": trigger.text, "modality": modality,
            "evidence": [evidence(sentence)],
            "confidence": round(min(confidence, 0.95), 2),
            "plover": codes["plover"], "cameo": cameo, "retaliates_against": None,
            "_anaphor": self._anaphoric(trigger), "_occasion": self._occasion(trigger), "_together": together, "_orphan": orphan,
            "_after": any(t.dep_ == "advcl" and any(m.lower_ == "after" for m in t.children if m.dep_ == "mark")
                          for t in [trigger, *trigger.ancestors]),
            "_afterward": afterward(trigger),
            "_document": next((t.lower_ for t in subject_tokens if issued and t.lower_ in self.cues["document_nouns"]), None),
            "_term": kind == "AGREE" and any(c.dep_ == "xcomp" for c in trigger.children),
            "_ceiling": max((t["rate"] for t in sentence_tariffs
                             if re.search(r"\bup to\s*$", doc_text(doc)[max(0, t["start"] - 8):t["start"]])), default=None),
        }

    @staticmethod
    def _anaphoric(trigger: Token) -> str | None:
        """"the deal", "the talks", "Wednesday's call": a noun that names an event already reported;
        "oblique" when it only places the sentence ("after the talks") and so gives it no date."""
        if trigger.lower_ == "visiting" and trigger.dep_ == "amod" and trigger.head.pos_ in ("NOUN", "PROPN"):
            return "direct"  # "The visiting US team was led by ...": the visit already reported
        noun = trigger
        if trigger.pos_ == "VERB":  # "after signing the agreement": the verb names the agreement again
            noun = next((c for c in trigger.children if c.dep_ == "dobj" and c.lower_ in ("agreement", "deal", "pact", "accord")), trigger)
        definite = noun.pos_ in ("NOUN", "PROPN") and any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or (c.dep_ == "poss" and c.ent_type_ == "DATE")
            for c in noun.children)
        if not definite:
            return None
        return "oblique" if trigger.dep_ == "pobj" and trigger.head.lower_ != "of" else "direct"  # not "the outline of the deal"

    def _occasion(self, trigger: Token) -> str | None:
        """The sentence places its event at an event already reported: "During the meeting, Seoul
        asked" (the meeting's date), "Under the deal, Britain will cut" (the deal's date)."""
        for token in trigger.sent:
            if token.dep_ != "prep":
                continue
            frame = next((c for c in token.children if c.dep_ == "pobj"), None)
            if frame is None or frame.i == trigger.i or not self._anaphoric(frame):
                continue
            if token.lower_ in ("during", "at", "after", "following") and self._noun_kind(frame) == "CONSULT":
                return "CONSULT"
            if token.lower_ == "under" and frame.lower_ in self.cues["agreement_nouns"]:
                return "AGREE"
        return None

    def _subject_tokens(self, trigger: Token, quoted: set[int]) -> list[Token]:
        """The acting side: the trigger's subject, or the subject of the verb it depends on."""
        token = trigger
        spans = trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ in SPANS_OF_TALKS
        for _ in range(5 if spans else 4):  # "arrived for two days of talks": talks, of, days, for, arrived
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "agent") and c.i not in quoted), None)
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
        scope = [trigger] + ([trigger.head] if trigger.pos_ == "NOUN" else [])
        if trigger.pos_ == "NOUN":  # "a round of talks with the Trump administration"
            scope += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if by_means(trigger):  # "persuade the U.S. by proposing ...": the persuaded side
            scope.append(trigger.head.head)
        for anchor in scope:
            for child in anchor.children:
                if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS \
                        and not any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in child.children):
                    codes += context.countries_of(without_exceptions(child), places=True)  # not "on Wednesday, ..."
                elif child.dep_ in ("dobj", "dative", "pobj") and child.i != trigger.i:
                    codes += context.countries_of(core_phrase(child), places=True)
                    for prep in object_preps(child):  # "paused the tariffs on Korean goods"
                        if prep.lower_ in ("on", "against") or prep.lower_ in ("with", "between") and kind in ("AGREE", "CONSULT") \
                                or prep.lower_ in ("by", "from") and kind == "REJECT":  # "rejected a push by China"
                            codes += context.countries_of(list(prep.subtree))
        return list(dict.fromkeys(codes))

    def _modality(self, trigger: Token) -> str:
        """asserted, planned (will, would, set to), possible (may, could, consider) or negated."""
        infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in trigger.children)
        if infinitive and trigger.dep_ in ("advcl", "xcomp", "acl", "relcl") \
                and trigger.head.lemma_.lower() not in self.cues["commitment_verbs"]:
            return "possible"  # "dispatched Jeong to lower the tariff": an aim; "agreed to cut" is a commitment
        if any(a.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in a.children)
               for a in list(trigger.ancestors)[:3]):
            return "negated"  # "had no plans to retaliate"
        if trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "until", "before", "without") \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children) \
                and any(c.lower_ in ("would", "will", "could", "may", "might") for a in trigger.ancestors for c in a.children):
            return "possible"  # "would drop the tariffs only after a second agreement": no agreement yet
        token = trigger
        for depth in range(1 if by_means(trigger) else 4):  # "trying to persuade by proposing": proposing happens
            children = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod")}
            if children & self.cues["negations"] and depth < 2:
                return "negated"
            if children & {"if", "whether", "unless"}:
                return "possible"
            if children & self.cues["possible_aux"] or children & self.cues["possible_adverbs"]:
                return "possible"
            if children & self.cues["future_aux"] or "would" in children:
                return "planned"
            if depth > 0 and token.lemma_.lower() in self.cues["possible_verbs"] \
                    and not (token.lower_ in ADJECTIVE_HEDGES and token.pos_ != "ADJ"):
                return "possible"  # "open to talks" hedges; "opened negotiations" does not
            if depth > 0 and token.lemma_.lower() in ("continue", "keep") and children & (self.cues["future_aux"] | {"would"}):
                return "possible"  # "the two sides would continue to negotiate": nothing new has happened
            if depth > 0 and token.lemma_.lower() in self.cues["planning_verbs"]:
                return "planned"
            if token.head.i == token.i or token.dep_ in ("ROOT",) or token.dep_ in ("conj", "ccomp") and depth > 0:
                break
            if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                break  # "Washington proposed ..., but EU negotiators rejected the plan": a clause of its own
            token = token.head
        return "asserted"

    def _dates_frame(self, clause: Token) -> bool:
        """Clauses that date the frame of the sentence: "a letter dated July 7", "Under the
        arrangement, which took effect on Wednesday"."""
        if clause.lemma_.lower() == "date" or clause.head.lower_ in self.cues["document_nouns"]:
            return True  # "The proclamation Mr. Bush signed Tuesday exempts ...": Tuesday
        return clause.head.lower_ in self.cues["agreement_nouns"] and any(c.lower_ == "effect" for c in clause.children)

    def _date(self, doc: Doc, trigger: Token, strict: bool = False) -> tuple[str | None, str | None]:
        """The date nearest the trigger in its sentence; deadlines only when alone. A trigger in a
        relative clause ("China, which has announced retaliatory tariffs") has no date of its own."""
        sentence = trigger.sent
        dates = [d for d in doc._.dates or [] if sentence.start_char <= d["start"] < sentence.end_char and d["value"]]
        relative = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl"), None)
        if relative is not None and relative.head.lower_ in self.cues["agreement_nouns"]:
            relative = None  # "reached a deal on the 30th that cuts the tariff": the deal's date
        if relative is not None and relative.head.dep_ == "appos" and relative.head.lower_ in ("day", "date", "week", "month"):
            relative = None  # "on March 4, the day the levy took effect": that date
        when = relative is not None and any(c.dep_ == "advmod" and c.lower_ == "when" for c in relative.children)
        just_before = [d for d in dates if when and 0 <= relative.left_edge.idx - d["end"] <= 2]
        if just_before:  # "the rate he assigned on April 2, when he unveiled ...": wherever the parser hangs "when"
            return just_before[-1]["value"], "sentence"
        if relative is not None and relative.head.ent_type_ != "DATE" and not any(  # not "in February, when ..."
                relative.head.left_edge.idx <= d["start"] < relative.left_edge.idx for d in dates):  # "the 30th (local time) that"
            span = doc[relative.left_edge.i:relative.right_edge.i + 1]
            dates = [d for d in dates if span.start_char <= d["start"] < span.end_char]
        background = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in t.children)), None)
        if background is not None:  # "sighed with relief on Wednesday after Tokyo struck a deal": not the deal's day
            span = doc[background.left_edge.i:background.right_edge.i + 1]
            dates = [d for d in dates if span.start_char <= d["start"] < span.end_char]
        for clause in (t for t in sentence if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX")
                       and t.head.i != trigger.i and t.head.ent_type_ != "DATE" and not self._dates_frame(t)):
            span = doc[clause.left_edge.i:clause.right_edge.i + 1]
            if not span.start <= trigger.i < span.end:  # "down from the 46% announced on April 2": that clause's date
                dates = [d for d in dates if not span.start_char <= d["start"] < span.end_char]
        verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.dep_ == "conj" and dates:
            span = doc[verb.left_edge.i:verb.right_edge.i + 1]
            own = [d for d in dates if span.start_char <= d["start"] < span.end_char]
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            # "announced it on April 2, then paused it on April 9": its own; "said on Thursday ... and
            # warned": shared; "... and that China had taken steps": a clause of its own, no date
            dates = own if own or has_subject else dates
        if verb is not None:  # "has sought a deal ever since it voted to leave in 2016": background
            for clause in (c for c in verb.children if c.dep_ == "advcl"
                           and any(m.lower_ in BACKGROUND_MARKS for m in c.children if m.dep_ in ("mark", "advmod"))):
                span = doc[clause.left_edge.i:clause.right_edge.i + 1]
                inside = [d for d in dates if span.start_char <= d["start"] < span.end_char]
                dates = [d for d in dates if d not in inside]
                if not dates and any(m.lower_ == "after" for m in clause.children if m.dep_ == "mark"):
                    dates = inside  # "secured a deal ... after Trump spoke with To Lam on Wednesday"
        marks = DEADLINE_MARKS + ("|since" if self._trigger_kind(trigger) != "CONSULT" else "")  # talks held "since March"
        plain = [d for d in dates if not re.search(rf"\b({marks})\s+$",
                                                   doc_text(doc)[max(0, d["start"] - 12):d["start"]])
                 and not re.match(r"\s*deadline", doc_text(doc)[d["end"]:d["end"] + 10])
                 and (trigger.lower_ in EFFECT_TRIGGERS
                      or not re.search(r"\b(take|takes|taking)\s+effect\s+(on\s+|from\s+)?$", doc_text(doc)[max(0, d["start"] - 25):d["start"]]))]
        if not plain:
            return None, None  # only deadlines and start dates: not when the event happened
        if verb is not None:  # "announced X on April 2, then paused it on April 9": each its own
            own = doc[verb.left_edge.i:verb.right_edge.i + 1]
            mine = [d for d in plain if own.start_char <= d["start"] < own.end_char
                    and not any(d["start"] >= doc[c.left_edge.i].idx and d["start"] < doc[c.right_edge.i].idx + len(doc[c.right_edge.i])
                                for c in verb.children if c.dep_ == "conj")]
            if not mine:  # "Liu sat down with negotiators, and China answered on Monday": not the meeting's day
                plain = [d for d in plain if not any(
                    doc[c.left_edge.i].idx <= d["start"] < doc[c.right_edge.i].idx + len(doc[c.right_edge.i])
                    for c in verb.children if c.dep_ == "conj" and any(g.dep_ == "nsubj" for g in c.children))]
            plain = mine if strict else mine or plain  # a named-again event: only a date of its own clause
        if not plain:
            return None, None
        chosen = min(plain, key=lambda d: abs(d["start"] - trigger.idx))
        finer = next((d for d in plain if d["value"].startswith(chosen["value"] + "-")
                      and re.fullmatch(r"\s+of\s+", doc_text(doc)[d["end"]:chosen["start"]])), None)
        chosen = finer or chosen  # "On June 1 of that year": the day, not the year
        after = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "after" for m in t.children)), None)
        if after is not None and not doc[after.left_edge.i].idx <= chosen["start"] < doc[after.right_edge.i].idx:
            return chosen["value"], "main clause"  # "sighed with relief on Wednesday after Tokyo struck a deal"
        return chosen["value"], "sentence"


def afterward(trigger: Token) -> bool:
    """The trigger's clause happens "afterward", right after the event told before; not a
    relative clause inside it ("an increase that he had threatened"), which keeps its own time."""
    for token in [trigger, *trigger.ancestors]:
        if any(c.dep_ == "advmod" and c.lower_ in AFTERWARD for c in token.children):
            return True
        if token.dep_ in ("relcl", "acl") and token.pos_ in ("VERB", "AUX"):
            return False
    return False
