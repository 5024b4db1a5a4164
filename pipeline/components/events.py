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

from ..answered_measures import with_measures_answered
from ..clauses import both_sides, conditional, core_phrase
from ..context import ArticleContext, evidence, main_pair_of_countries
from ..doctext import doc_text, headline_length, span_text
from ..agreement_sides import parties_of_agreements, undated_restatements
from ..deal_terms import eased_by_deals
from ..elided_events import elided_repeats, followed_by_another_side
from ..statements import labelled_speaker, statement_day
from ..event_merging import (REPORTED, answer_retaliations, dated_by_following_quote, dated_by_meeting_before,
                             in_calendar_dates,
                             link_retaliations, main_tariff_relation, merge_events, resolve_references,
                             sides_named_before, split_mutual)
from ..event_sides import VENUE_NOUNS, SideRules
from ..event_time import TimeRules, after_an_interval, afterward
from ..event_triggers import TARIFF_ACTIONS
from ..resources import read_tsv, resource_path
from ..tariff_merging import event_tariff
from ..token_index import WordTest
from ..venues import venue_days, venue_mentions
from .base import TableComponent


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


CONGRESS_COUNTRY = "USA"  # "Congress" asked by a government that has none of its own (event_cues' congress_countries)


class EventFinder(SideRules, TimeRules, TableComponent):
    """Writes ``doc._.events`` (asserted and planned) and ``doc._.hedged_events`` (the rest).
    Trigger words (``event_triggers``), sides (``event_sides``) and dates and modality
    (``event_time``) are its rule layers; this class builds one event per trigger and hands
    the list to ``event_merging``."""

    def _build(self, tables: dict) -> None:
        self.triggers = {row[0]: (row[1], row[2], row[3] == "yes") for row in tables["triggers"]}
        self.codes = {row[0]: {"plover": {"type": row[1], "mode": row[2] or None}, "cameo": row[3]}
                      for row in tables["types"]}
        cues = tables["cues"]
        self.cues = {key: set(values) for key, values in cues.items()}
        self.speaking = self.cues["announcing_verbs"] | self.cues["statement_verbs"]
        # Only these words can be triggers (see _trigger): the rest of the doc is never looked at.
        lemma_words = set(self.triggers) | {"tariff", "duty", "hit", "strike", "hold", "break", "push", "get"} \
            | self.cues["deal_making_verbs"] | self.cues["preference_ending_verbs"]
        self.trigger_forms = WordTest(self.triggers.__contains__, "lower")
        self.trigger_lemmas = WordTest(lambda lemma: lemma.lower() in lemma_words, "lemma")

    def __call__(self, doc: Doc) -> Doc:
        context = ArticleContext(doc)
        venues = doc._.venues if doc._.venues is not None else venue_mentions(doc)
        days = venue_days(doc, venues)
        context.venue_day_at = {m["token"]: days.of(m["text"]) for m in venues if days.of(m["text"])}
        text = doc_text(doc)
        quoted_spans = [doc.char_span(q["start"], q["end"], alignment_mode="expand")
                        for q in doc._.quotes or [] if not woven_into_sentence(text, q["start"])]
        quoted_tokens = {i for span in quoted_spans if span is not None for i in range(span.start, span.end)}
        main_pair = main_tariff_relation(doc._.tariffs or [])
        found = []
        for i in sorted(set(self.trigger_forms.positions(doc)) | set(self.trigger_lemmas.positions(doc))):
            token = doc[i]
            entry = self._trigger(token)
            if entry is None or token.i in quoted_tokens or span_text(token.sent).rstrip().endswith("?"):
                continue  # "WHAT DID CHINA AGREE TO?": a question asks, it reports nothing
            event = self._event(doc, context, token, entry, quoted_tokens, main_pair)
            if event is not None and event["type"] == "EACH_OTHER":
                found.extend(split_mutual(event, self.codes))  # "A and B slapped tariffs on each other's goods"
            elif event is not None and event["type"] == "AGREE" and len(event["actors"]) > 1 and token.tag_ == "NNS" \
                    and event["targets"]:  # "Vietnam and Indonesia have secured deals with the US": one deal each
                found.extend(dict(event, actors=[actor], evidence=list(event["evidence"]), tariffs=list(event["tariffs"]))
                             for actor in event["actors"])  # own lists: merging extends them in place
            elif event is not None and event["type"] in TARIFF_ACTIONS + ("THREATEN",) and len(event["actors"]) > 1:
                found.extend(self._each_side(event))  # "China and Canada answered with counter-tariffs": two acts
            elif event is not None:
                found.append(event)
                if event["type"] in TARIFF_ACTIONS + ("CONSULT",):  # "imposed A in May 2020 and B the following year"
                    found.extend(elided_repeats(doc, token, event, self.cues["tariff_words"]))
                    found.extend(followed_by_another_side(doc, token, event, context.countries_of))
        found = [e for e in sides_named_before(found) if e["actors"] != ["?"]]
        found.extend(eased_by_deals(doc, found, self.codes))  # "a deal under which goods face 20%, down from 46%"
        headline_end = headline_length(doc_text(doc))
        events = answer_retaliations(resolve_references(merge_events(dated_by_meeting_before(found), headline_end)))
        dated_by_following_quote(events, doc._.quotes or [])
        for number, event in enumerate(events):  # "But the counter-tariffs were put off again and again": the
            answered = next((e for e in reversed(events[:number]) if e["type"] == "RETALIATE"), None) \
                if event.get("_counter") else None  # side that retaliated
            if answered is not None:
                event["actors"], event["targets"] = list(answered["actors"]), list(answered["targets"])
        events = parties_of_agreements([e for e in events if e["actors"] or not e.get("_counter")], doc._.tariffs or [])
        events = undated_restatements(events)
        events = in_calendar_dates(with_measures_answered(doc, context, events, self.cues["tariff_words"], self.codes))
        for number, event in enumerate(events, start=1):
            event["id"] = f"e{number}"
        link_retaliations(events)
        for event in events:
            if event["type"] == "RETALIATE":  # relabelled answers carry the retaliation codes
                event["plover"], event["cameo"] = self.codes["RETALIATE"]["plover"], self.codes["RETALIATE"]["cameo"]
        for event in events:
            for private in ("_by_imposers", "_counter", "_speaker", "_anaphor", "_occasion", "_ceiling", "_term",
                            "_together", "_orphan", "_document", "_after", "_afterward", "_ongoing", "_also",
                            "_sentence_sides", "_at_meeting"):
                event.pop(private, None)
        doc._.events = [e for e in events if e["modality"] in REPORTED]
        doc._.hedged_events = [e for e in events if e["modality"] not in REPORTED]
        return doc

    # -- one event --------------------------------------------------------------------

    @staticmethod
    def _each_side(event: dict) -> list[dict]:
        """One tariff act per levying side: "A truce cut the U.S. rate to 30% and China's to 10%" is
        two cuts, "China and Canada answered with counter-tariffs" two retaliations."""
        split = []
        for actor in event["actors"]:
            own = [t for t in event["tariffs"] if t["imposer"] == actor]
            targets = [c for c in dict.fromkeys(t["target"] for t in own) if c] if event["_by_imposers"] else event["targets"]
            split.append(dict(event, actors=[actor], evidence=list(event["evidence"]), tariffs=own or list(event["tariffs"]),
                              targets=[c for c in targets if c != actor]))
        return split

    def _event(self, doc: Doc, context: ArticleContext, trigger: Token, kind: str, quoted: set[int],
               main_pair: tuple) -> dict | None:
        sentence = trigger.sent
        modality = self._modality(trigger)
        if kind == "THREATEN" and modality in ("planned", "possible") and (self._sanctions_held_out(trigger)
                                                                        or trigger.head.lower_ == "right"):
            modality = "asserted"  # "ready to impose further sanctions if ...", "reserved the right to respond": made
        if kind == "AGREE" and modality == "negated" and trigger.lemma_.lower() == "accept" and any(
                c.dep_ == "dobj" and c.lower_ in self.cues["refused_things"] for c in trigger.children):
            kind, modality = "REJECT", "asserted"  # "the U.S. side did not accept the request": a refusal
        if kind in ("IMPOSE_TARIFF", "RETALIATE") and trigger.lemma_.lower() in ("take", "come") and any(
                c.dep_ in ("nsubj", "nsubjpass") and any(m.dep_ == "amod" and m.lower_ in ("reduced", "lower", "lowered")
                                                        for m in c.children) for c in trigger.children):
            kind = "EASE_TARIFF"  # "The reduced rates took effect Friday": the cut applies
        date_anchor = trigger
        speech = next((t for t in trigger.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in self.cues["announcing_verbs"]), None)
        if kind == "RETALIATE" and modality == "planned" and (trigger.pos_ != "VERB" or speech is not None) \
                and not self._scheduled(self._answering_verb(trigger) or trigger):  # "would raise duties ... from June 1": announced, not threatened
            kind = "THREATEN"  # "Mexico would unveil countermeasures": a threat until it happens,
            date_anchor = speech or trigger  # made when it was said
        if kind in ("IMPOSE_TARIFF", "RETALIATE") and modality == "planned" and self.vague_measures(trigger):
            kind, modality, date_anchor = "THREATEN", "asserted", speech or trigger  # "would take necessary measures"
        if kind == "IMPOSE_TARIFF" and self._by_letter(trigger):
            kind, modality = "THREATEN", "asserted"  # "set out the 30% rate in a letter on July 12": a threat made then
        if kind == "REQUEST" and trigger.lemma_.lower() in ("complaint", "take") and modality == "planned":
            kind, modality, date_anchor = "THREATEN", "asserted", speech or trigger  # "said it would file a WTO complaint"
        if kind == "IMPOSE_TARIFF" and modality == "planned" and speech is not None \
                and trigger.lemma_.lower() in ("raise", "increase", "hike", "double") \
                and any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in trigger.children) \
                and not self._scheduled(trigger) and not any(t.text == "%" or t.lower_ in ("percent", "cent", "pc")
                                                             or t.like_num for t in trigger.subtree):
            kind, modality, date_anchor = "THREATEN", "asserted", speech  # "said he would raise the tariff 'very
            # substantially'": no rate, no day; a warning made when he said it
        if kind in ("IMPOSE_TARIFF", "RETALIATE") and modality in ("planned", "possible") and conditional(trigger):
            kind, modality = "THREATEN", "asserted"  # "if the US went ahead, Brazil would charge an equal tariff"
        elif kind == "RETALIATE" and modality == "asserted" and (trigger.pos_ == "NOUN" and conditional(trigger) or any(
                c.dep_ == "dobj" and conditional(c) for c in trigger.children)):
            kind = "THREATEN"  # "approved counter-tariffs, to be applied if the talks collapsed"
        maker = self._made_in_relative_clause(trigger)
        subject_tokens = self._subject_tokens(maker or trigger, quoted)
        subject_tokens += self._name_split_off(doc, context, subject_tokens)
        date_anchor = maker or date_anchor  # "a threat Trump had made the previous Sunday": made then, by him
        setter = self._setting_verb(subject_tokens, trigger)
        if setter is not None:  # "it announced 100% tariffs on canola, which took effect on March 20": China's
            subject_tokens = self._subject_tokens(setter, quoted)
        if trigger.dep_ == "acl" and trigger.head.lower_ in self.cues["document_nouns"] and kind in TARIFF_ACTIONS \
                and not any(c.dep_ == "poss" for c in trigger.head.children):  # "Trump's decision to pause": Trump's
            subject_tokens = []  # "Thailand, which received a letter setting a 36% rate": the letter's sender taxes
        document = trigger.head if trigger.dep_ in ("acl", "relcl") and trigger.head.lemma_.lower() in self.cues["document_nouns"] \
            and trigger.head.dep_ == "dobj" and trigger.head.head.lemma_.lower() in self.cues["issuing_verbs"] else None
        misread = trigger.head if document is None and trigger.dep_ == "acl" and trigger.head.dep_ == "appos" \
            and trigger.head.lemma_.lower() in self.cues["document_nouns"] and trigger.head.head.pos_ == "NOUN" \
            and trigger.head.head.lemma_.lower() in self.cues["issuing_verbs"] else None
        if misread is not None and kind in TARIFF_ACTIONS:  # "Feb. 1 — Trump signs executive orders imposing 25 per
            subject_tokens = [c for c in misread.head.children if c.dep_ == "compound"]  # cent tariffs": the parser's
            # noun "signs" with "Trump" as its compound
        if document is not None and kind in TARIFF_ACTIONS:  # "after the President signed orders that would put a
            subject_tokens = self._subject_tokens(document.head, quoted)  # 25 per cent duty on the metals": his
            date_anchor = document.head if date_anchor is trigger else date_anchor  # "Within hours the White House
            # published an order setting the rate at 39%, and the Swiss woke up on 1 August": when it was published
        term_of_deal = trigger.dep_ in ("acl", "relcl") and trigger.head.lower_ in self.cues["agreement_nouns"]
        describes_tariff = trigger.dep_ == "acl" and trigger.head.lower_ in self.cues["tariff_words"] \
            and not any(c.dep_ in ("agent", "dobj") for c in trigger.children)  # not "U.S. tariffs hit Canada"
        restated = describes_tariff and kind == "IMPOSE_TARIFF" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in trigger.head.children)  # "The duty, announced late Friday"
        if (term_of_deal or describes_tariff) and kind in ("IMPOSE_TARIFF", "EASE_TARIFF", "RETALIATE"):
            subject_tokens = []  # "an agreement setting the tariff at 15%": the tariff's imposer acts, not the signatories
        asking = context.countries_of(subject_tokens) if kind == "REQUEST" and subject_tokens else []
        foreign_body = CONGRESS_COUNTRY if asking and not set(asking) & set(self.cues["congress_countries"]) and any(
            c.dep_ == "dobj" and c.text == "Congress" for c in trigger.children) else None
        if kind == "REQUEST" and foreign_body is None and any(
                c.dep_ == "dobj" and (c.lower_ in self.cues["private_actors"] or c.lower_ in self.cues["domestic_bodies"])
                for c in trigger.children):
            return None  # "Koike urged residents to keep water at home", "asked Congress to raise duties": no other
            # government; but Canada's ministers who "urged Congress to repeal the labeling law" ask the United States
        if any(t.lower_ in self.cues["private_actors"] and (t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ == "agent"
                                                          or t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass"))
               for t in subject_tokens):  # "a relief long sought by American manufacturers", "The VDA, the German auto
            # industry association, urged"
            subject_tokens = []  # "American buyers had asked suppliers": no government acts
        if kind == "REQUEST" and any(c.dep_ == "dobj" and c.ent_type_ == "NORP" and c.tag_ == "NNPS" for c in trigger.children):
            return None  # "Erdogan urged Turks to shun American electronics": a people, no government
        appositive = {t.i for head in subject_tokens if head.dep_ == "appos" and head.pos_ == "NOUN" for t in head.subtree}
        goods = [t for head in subject_tokens if head.lower_ in self.cues["tariff_words"]  # "duties on products imported
                 for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "from")  # from the United
                 for t in c.subtree]  # States came into force": the goods' country is taxed, not taxing
        appositive |= {t.i for t in goods}
        actors = (context.countries_of([t for t in subject_tokens if t.i not in appositive])
                  or context.countries_of(subject_tokens)) if subject_tokens else []  # "Mexico, the buyer of U.S. pork"
        first_person = not actors and any(t.lower_ == "we" and t.dep_ in ("nsubj", "nsubjpass") for t in subject_tokens)
        labelled, speaker_country = labelled_speaker(doc, context, trigger) if first_person else (False, None)
        if labelled:  # "Jonathan Reynolds: ... we are publishing a list": his government; a CEO's "we" is a company
            actors = [speaker_country] if speaker_country else []
        if not actors and kind in TARIFF_ACTIONS:  # "a tariff that Trump announced ... and that took effect": Trump's
            actors = context.countries_of([g for t in subject_tokens for c in t.children if c.dep_ == "relcl" and c.i != trigger.i
                                           for g in c.children if g.dep_ == "nsubj"])
        unnamed = not actors and any(t.lower_ in self.cues["country_groups"] and any(
            c.dep_ in ("nummod", "amod", "quantmod") for c in t.children) for t in subject_tokens)
        if not actors and not unnamed and trigger.dep_ == "conj" and kind in ("REQUEST", "PROPOSE", "REJECT", "THREATEN") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):  # not "and economists warned"
            root_subject = next((c for c in trigger.sent.root.children if c.dep_ == "nsubj"), None)
            private = root_subject is not None and any(t.lower_ in self.cues["private_actors"] for t in [
                root_subject, *(c for c in root_subject.children if c.dep_ == "appos")])  # "The VDA, the industry
            if root_subject is not None and not private:  # association, warned ... and urged": no government
                actors = context.countries_of(core_phrase(root_subject))  # "the ministry said ... and urged": it
        if not actors and kind == "CONSULT" and speech is not None and trigger.pos_ == "NOUN" and any(
                t.dep_ == "nsubjpass" for t in [trigger, *list(trigger.ancestors)[:3]]):
            actors = context.countries_of(self._subject_tokens(speech, quoted))  # "talks have been held, India said"
        if not actors and kind == "REJECT" and speech is not None and any(
                c.dep_ == "nsubjpass" and c.lower_ in self.cues["talk_words"] for c in trigger.children):
            actors = context.countries_of(self._subject_tokens(speech, quoted))  # "Trump declared the talks finished"
        if kind in ("IMPOSE_TARIFF", "RETALIATE") and modality == "possible" and actors and self._voiced_threat(trigger, speech) \
                and set(context.countries_of(self._subject_tokens(speech, quoted))) & set(actors):
            kind, modality, date_anchor = "THREATEN", "asserted", speech  # "Trump said he could impose tariffs of up to 250%"
        named_sides = self._target_countries(context, trigger, kind)
        if kind == "CONSULT" and trigger.lemma_.lower() in self.cues["visit_words"] and trigger.lemma_.lower() != "host":
            visited = named_sides or self._regions_visited(trigger)
            if visited and set(visited) <= set(actors) or not visited and self._to_a_region(trigger):
                return None  # "Trump, who visited Iowa": a trip at home meets no other side; "as he flew to Asia"
        if kind == "CONSULT" and trigger.lemma_.lower() == "host" and not [c for c in named_sides if c not in actors]:
            return None  # "the G7 summit, which Trudeau hosted", "hosting her G7 counterparts": a host, no other side
        if kind == "CONSULT" and len(set(actors)) == 1 and named_sides and set(named_sides) <= set(actors) \
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
            return None  # "Ford said, after speaking with Prime Minister Mark Carney": talks at home
        if kind == "REQUEST" and len(set(actors)) == 1 and named_sides and set(named_sides) <= set(actors) \
                and any(c.dep_ == "dobj" and c.i in context.country_at for c in trigger.children):
            return None  # "Saskatchewan Premier Scott Moe has urged Ottawa to drop the surtax": a demand at home
        targets = [c for c in named_sides if c not in actors] or [c for c in context.countries_of(goods) if c not in actors]
        targets = targets or ([foreign_body] if foreign_body else [])
        if kind in ("CONSULT", "REQUEST", "PROPOSE", "REJECT") and not actors and len(targets) == 1 and any(
                t.i in context.person_at and not (context.officials.get(context.person_at[t.i]) or {}).get("country")
                for t in subject_tokens):  # "Economy Secretary Graciela Márquez had met Commerce Secretary Wilbur Ross",
            # "Agriculture Secretary Julio Berdegué called on Washington to reopen talks"
            parties = main_pair_of_countries(doc)  # an official of no stated country meets the other party's
            actors = [c for c in parties if c != targets[0]] if targets[0] in parties else []
        between = next((t for t in sentence if t.lower_ == "between" and t.dep_ == "prep"), None) \
            if kind in ("AGREE", "CONSULT") and not actors else None
        if between is not None \
                and len(parties := context.countries_of(list(between.subtree))) >= 2:
            actors, targets = parties, []  # "The truce was sealed in a call between Macron and Trump": both made it
        if self._warned_of(trigger):  # "Trump told NBC that most partners could face rates of 15%": his threat
            kind, modality, date_anchor = "THREATEN", "asserted", trigger.head
            speaker = context.countries_of(self._subject_tokens(trigger.head, quoted))
            actors, targets = speaker, [c for c in actors if c not in speaker]
        sentence_tariffs = [t for t in doc._.tariffs or []
                            if sentence.start_char <= t.get("start", -1) < sentence.end_char
                            or any(sentence.start_char <= m["start"] < sentence.end_char for m in t.get("mentions", []))]
        sentence_tariffs = [t for t in sentence_tariffs if not self._set_by_another_verb(doc, t, trigger)]
        by_imposers = answering = False
        if kind in ("IMPOSE_TARIFF", "EASE_TARIFF", "RETALIATE", "THREATEN") and sentence_tariffs:
            if not actors and not labelled:  # not "We added a 1.5% tariff surcharge to invoices" in an earnings call
                actors = [c for c in dict.fromkeys(t["imposer"] for t in sentence_tariffs) if c]
                by_imposers = True
            if not targets:
                targets = [c for c in dict.fromkeys(t["target"] for t in sentence_tariffs) if c and c not in actors]
        taxed = {t["target"] for t in sentence_tariffs if t["target"]}
        levying = [c for c in dict.fromkeys(t["imposer"] for t in sentence_tariffs if t["target"] in actors) if c]
        inherited = not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in trigger.children) \
            or trigger.lemma_.lower() in ("face", "pay")  # "Australian steel has faced a 25% duty since March 12"
        if kind in TARIFF_ACTIONS and actors and inherited and taxed == set(actors) and levying \
                and not set(levying) & set(actors):
            actors, targets = levying, actors  # "Thailand, which received a letter setting a 36% rate": taxed, not taxing
        elif trigger.lemma_.lower() in ("face", "pay") and set(actors) & taxed:
            actors, targets = [], list(actors)  # "Australian wine has faced duties since 2021": not Australia's duties
        if trigger.lemma_.lower() in ("face", "pay") and not set(targets) - set(actors):
            targets = sorted(taxed)  # "European vehicles have faced a 27.5% U.S. tariff": the goods' country pays
        targets = [c for c in targets if c not in actors]
        if kind in TARIFF_ACTIONS and actors and not targets and any(
                c.dep_ in ("dobj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ in ("those", "these") for g in c.children)
                for c in trigger.children):  # "Ottawa announced those measures last August": the ones just told
            targets = [c for c in [self._latest_tariff_of(doc, trigger, actors)] if c]
        if kind == "IMPOSE_TARIFF" and trigger.lemma_.lower() in ("set", "apply") and sentence_tariffs \
                and all(t.get("previous_rate") and t["previous_rate"] > t["rate"] for t in sentence_tariffs):
            kind = "EASE_TARIFF"  # "setting the tariff at 15%, down from 25%"
        root_subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
        issued = bool(subject_tokens) and any(t.dep_ in ("nsubj", "nsubjpass") and (
            t.lower_ in self.cues["document_nouns"] or t.lower_ == "it" and trigger.dep_ == "conj" and root_subject is not None
            and root_subject.lower_ in self.cues["document_nouns"]) for t in subject_tokens)
        # "The order exempted 700 products", "An executive order ... turned the threat into a duty, but it also exempted"
        tariff_subject = bool(subject_tokens) and any(t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
                                                      and t.lower_ in self.cues["tariff_words"] for t in subject_tokens)
        passive_tariff = any(c.dep_ == "nsubjpass" and c.lower_ in self.cues["tariff_words"] for c in trigger.children)
        if kind in TARIFF_ACTIONS and not actors and passive_tariff:  # "India's counter-tariffs were put off": India's
            actors = context.countries_of([g for c in trigger.children if c.dep_ == "nsubjpass"
                                           for g in c.children if g.dep_ == "poss"])
            targets = [c for c in targets if c not in actors]
        if kind in TARIFF_ACTIONS and not actors and (tariff_subject or passive_tariff) and speech is not None and not any(
                t.lower_ in self.cues["private_actors"] for t in self._subject_tokens(speech, quoted)):
            actors = context.countries_of(self._subject_tokens(speech, quoted))  # "the ministry said the duties would go"
            if actors and set(actors) <= taxed:  # "The tariff on British steel will be removed, Downing Street said"
                actors = [c for c in dict.fromkeys(t["imposer"] for t in sentence_tariffs) if c and c not in taxed] \
                    or [c for c in main_pair[:1] if c and c not in taxed]
        if kind in ("IMPOSE_TARIFF", "EASE_TARIFF") and not actors and (not subject_tokens or issued or tariff_subject):
            counter = any(t.lower_ in self.cues["retaliation_words"] or t.lower_ == "counter" for t in subject_tokens) \
                or any(t.lower_ in self.cues["retaliation_words"] or t.lower_ == "counter"
                       for c in trigger.children if c.dep_ == "nsubjpass" for t in c.subtree)
            imposer, target = self._latest_tariff(doc, trigger, counter, targets) if tariff_subject or issued or restated \
                else (None, None)  # "The duty, announced late Friday, covers ...": the duty just told
            answering = counter  # "the counter-tariffs were put off": whoever retaliated, resolved below
            imposer, target = (imposer, target) if imposer else main_pair
            if imposer in targets:  # "duties on products imported from the United States": not the US's own
                imposer = None
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
        if together and kind in ("REQUEST", "REJECT"):
            return None  # "while the two sides seek a wider settlement": a shared aim, no side asks the other
        if together:  # "The two sides have held five rounds": refined below from the previous event
            actors, targets = main_pair_of_countries(doc) or ["?"], []
        if kind == "AGREE" and len(actors) == 1 and not targets:  # "Indonesia had agreed to a 19% tariff": with its author
            targets = [c for c in dict.fromkeys(side for t in sentence_tariffs if actors[0] in (t["imposer"], t["target"])
                                                for side in (t["imposer"], t["target"])) if c and c != actors[0]][:1]
        if kind == "AGREE" and not actors and (trigger.dep_ == "acl" or any(
                c.dep_ == "nsubj" and c.lower_ in self.cues["agreement_nouns"] for c in trigger.children)):
            parties = [c for c in dict.fromkeys(side for t in sentence_tariffs for side in (t["imposer"], t["target"])) if c]
            named = context.countries_of(list(sentence))
            actors = sorted(parties) if len(parties) >= 2 else named if 1 <= len(named) <= 2 else actors
            # "A truce struck in Geneva cut the U.S. rate to 30% and China's to 10%": the sides whose tariffs it
            # sets made it; "The deal struck on July 22 includes a Japanese investment pledge": the side it names
        threatened = [] if kind != "THREATEN" else [trigger.head] if trigger.tag_ == "VBN" and trigger.dep_ == "acl" else [
            c for c in trigger.children if c.dep_ == "nsubj" and c.i + 1 == trigger.i - 1 and trigger.nbor(-1).text == ","
            and any(p.dep_ == "prep" and p.lower_ == "with" for p in trigger.children)]  # the parser's main verb
        if threatened and main_pair[0] and not any(c.dep_ == "agent" for c in trigger.children) \
                and actors and actors == context.countries_of(threatened) and main_pair[0] not in actors:
            actors, targets = [main_pair[0]], actors  # "South Korea, threatened with the 25% rate Japan had faced,
            # is racing ...": threatened by the side that sets the story's tariffs, not threatening
        orphan = not actors and not unnamed and (kind in ("AGREE", "CONSULT") and self._anaphoric(trigger) == "direct"
                                                 or restated)  # joins the duty told before, below
        if not actors and not unnamed and not orphan and not answering:
            return None  # an orphan ("The deal was unveiled on Thursday") joins the deal reported before, or goes
        threatened_act = None
        if date_anchor is speech and speech is not None and kind == "THREATEN":  # "promised to unveil countermeasures
            verbal = trigger.pos_ != "VERB" and trigger.head.pos_ == "VERB" and trigger.head.i != speech.i
            threatened_act = trigger.head if verbal else trigger  # on Sunday, March 9": not the promise's day
        date, date_source = self._date(doc, date_anchor, strict=self._anaphoric(trigger) is not None,
                                       excluding=threatened_act)
        if date is None and speech is not None and (self._perfect_reported(trigger, speech) or modality == "planned"
                                                    and kind != "THREATEN" and date_anchor is trigger):
            date, date_source = self._date(doc, speech)  # "announced on Monday that Trump has approved the measures",
            # "said on Friday that Ottawa will scrap its tariffs as of Sept. 1": announced that day
        if date is None and (label := self._label_date(doc, trigger) or self._heading_date(doc, trigger)):
            date, date_source = label, "reference"  # "- Aug. 27, 2018: ... Trump warns he could tax Canadian cars";
            # "Monday 12 May" heading the items below it
        if date is None and (topic := self._topic_date(doc, date_anchor)):
            date, date_source = topic, "reference"  # "April 9 brought the sharpest twist yet. Beijing lifted ..."
        if date is None and context.venue_day_at:
            date, date_source = self._venue_date(trigger, context.venue_day_at)  # "Beijing agreed in Busan to lift"
        if date is None and (said := statement_day(doc, context, speech or trigger, self.speaking)):
            date, date_source = said, "reference"  # "The ministry said on Friday ... It urged Washington to"
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
        speaker_subject = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else \
            next((t for t in subject_tokens if t.lower_ in ("he", "she")), None)  # "He urged Washington to ...": who he is
        confidence = 0.45 + 0.2 * bool(actors) + 0.15 * bool(targets) + 0.1 * bool(date) + 0.05 * (trigger.pos_ == "VERB")
        return {
            "type": kind, "date": date, "date_source": date_source, "actors": list(dict.fromkeys(actors)),
            "targets": list(dict.fromkeys(targets)), "officials": list(dict.fromkeys(officials)), "org": org,
            "tariffs": [event_tariff(t) for t in sentence_tariffs],
            "quotes": [q["text"] for q in doc._.quotes or [] if sentence.start_char <= q["start"] < sentence.end_char],
            "topics": topics, "trigger": trigger.text, "modality": modality,
            "evidence": [evidence(sentence)],
            "confidence": round(min(confidence, 0.95), 2),
            "plover": codes["plover"], "cameo": cameo, "retaliates_against": None,
            "_by_imposers": by_imposers and len(actors) > 1,
            "_counter": answering,
            "_speaker": context.resolve(speaker_subject, speaker_subject.i)[0] if speaker_subject is not None else None,
            "_anaphor": self._anaphoric(trigger), "_occasion": self._occasion(trigger), "_together": together, "_orphan": orphan,
            "_after": any(t.dep_ == "advcl" and any(m.lower_ == "after" for m in t.children if m.dep_ == "mark")
                          for t in [trigger, *trigger.ancestors]) and not after_an_interval(trigger),
            "_afterward": afterward(trigger) or date_anchor is not trigger and afterward(date_anchor),
            "_also": any(c.dep_ == "advmod" and c.lower_ == "also" for c in trigger.children),  # "Trump also warned"
            "_sentence_sides": context.countries_of([t for t in sentence if t.i in context.person_at and not any(
                a.dep_ == "pobj" and a.lower_ in VENUE_NOUNS for a in t.ancestors)]) if kind == "AGREE" else [],
            # the governments of the officials the sentence names: "a joint statement by President Biden and ..."
            "_ongoing": any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in trigger.children),  # "has been pressing"
            "_document": next((t.lower_ for t in subject_tokens if issued and t.lower_ in self.cues["document_nouns"]), None),
            "_term": kind == "AGREE" and any(c.dep_ == "xcomp" for c in trigger.children),
            "_ceiling": max((t["rate"] for t in sentence_tariffs
                             if re.search(r"\bup to\s*$", doc_text(doc)[max(0, t["start"] - 8):t["start"]])), default=None),
        }
