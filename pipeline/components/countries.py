"""Country mentions: names, short forms, demonyms and capital metonyms -> ISO alpha-3.

A PhraseMatcher over a table built from pycountry and our data files, then
filters for the uses that are not references to a state: outlet names
("China Daily"), place-named people ("Chad Bown"), the pronoun "US" in capitals,
capitals named as venues ("talks in London"), and larger non-country names
("New Mexico"). Provinces and states ("Ontario", "Iowa") are kept apart as
regions of their country, for events that go there.
"""
import json
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .base import TableComponent
from ..geo import country_name, load_country_forms
from ..resources import read_tsv, resource_path



@Language.factory(
    "trade_countries",
    default_config={"aliases": "", "exclusions": "", "outlets": "", "outlet_heads": "", "rules": "", "places": ""},
    assigns=["doc._.countries", "doc.spans"],
    requires=["doc.ents", "token.tag"],
)
def make_country_ruler(nlp: Language, name: str, aliases: str, exclusions: str,
                       outlets: str, outlet_heads: str, rules: str, places: str):
    tables = {
        "forms": [list(row) for row in load_country_forms(aliases)],
        "exclusions": [r[0] for r in read_tsv(exclusions or resource_path("country_exclusions.tsv"))],
        "outlets": [r[0] for r in read_tsv(outlets or resource_path("outlets.tsv"))],
        "outlet_heads": [r[0] for r in read_tsv(outlet_heads or resource_path("outlet_heads.tsv"))],
        "rules": json.loads(Path(rules or resource_path("country_rules.json")).read_text("utf-8")),
        "places": [list(row) for row in read_tsv(places or resource_path("subnational.tsv"))],
    }
    return CountryRuler(nlp, name, tables)


class CountryRuler(TableComponent):
    """Finds country mentions and writes ``doc.spans["countries"]`` and ``doc._.countries``."""


    def _build(self, tables: dict) -> None:
        self.code_of: dict[str, str] = {}
        self.kind_of: dict[str, str] = {}
        for code, form, kind in tables["forms"]:
            variants = [form] + ([form.upper()] if len(form) > 3 else [])
            for variant in variants:
                self.code_of.setdefault(variant, code)
                self.kind_of.setdefault(variant, kind)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        tokenizer = self.nlp.tokenizer
        self.matcher.add("COUNTRY", [tokenizer(form) for form in self.code_of])
        self.matcher.add("EXCLUDE", [tokenizer(p) for p in tables["exclusions"] + tables["outlets"]])
        # provinces and states: where a trip goes, never a country mention of their own
        self.place_code = {place: code for place, code in tables.get("places", []) if place not in self.code_of}
        self.matcher.add("PLACE", [tokenizer(place) for place in self.place_code])
        self.outlet_heads = set(tables["outlet_heads"])
        self.locative = set(tables["rules"]["locative_words"])
        self.pronoun_before = set(tables["rules"]["pronoun_us_before"])
        self.nouns_after_us = set(tables["rules"]["country_nouns_after_us"])
        self.government_nouns = set(tables["rules"]["capital_government_nouns"])

    def __call__(self, doc: Doc) -> Doc:
        matches = [Span(doc, start, end, label=self.nlp.vocab.strings[match_id])
                   for match_id, start, end in self.matcher(doc)]
        matches.sort(key=lambda span: span.label_ != "EXCLUDE")  # exclusions win ties
        mentions, places, regions = [], [], []
        for span in filter_spans(matches):
            if span.label_ == "PLACE":
                regions.append(Span(doc, span.start, span.end, label=self.place_code[span.text]))
            if span.label_ != "COUNTRY":
                continue
            form = span.text
            code = self.code_of.get(form)
            if not code:
                continue
            if self._refers_to_country(span, self.kind_of[form]):  # the kind tells "NEW DELHI:" (a dateline) from "INDIA:"
                mentions.append(Span(doc, span.start, span.end, label=code, kb_id=self.kind_of[form]))
            elif self.kind_of[form] == "capital":
                places.append(Span(doc, span.start, span.end, label=code))
        named = {span.label_ for span in mentions if span.kb_id_ != "contextual"}
        mentions = [span for span in mentions if span.kb_id_ != "contextual" or span.label_ in named]
        doc.spans["countries"] = mentions
        doc.spans["country_places"] = places  # "visited New Delhi": where, for event targets
        doc.spans["regions"] = regions  # "visited Iowa": a trip inside a country, labelled with it
        doc._.countries = summarize_countries(mentions)
        return doc

    def _refers_to_country(self, span: Span, kind: str) -> bool:
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        if after is not None and after.text in self.outlet_heads:
            return False
        if _inside_person_name(span):
            return False
        if span.text == "US" and self._is_pronoun_us(span):
            return False
        if kind == "contextual" and (before is None or before.lower_ != "the"):
            return False  # "tyres from the mainland", not "the Greek mainland"
        if kind == "capital" and before is not None and before.lower_ in self.locative:
            return False
        if kind == "capital" and span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.i >= span.end \
                and span.root.head.lower_ not in self.government_nouns:
            return False  # "the Oslo consultancy", but "the Seoul government"
        return True

    def _is_pronoun_us(self, span: Span) -> bool:
        """"LET US", "JOIN US": the pronoun, only possible in all-capitals text."""
        doc = span.doc
        neighbours = [t for t in doc[max(0, span.start - 2): span.end + 2] if t.is_alpha and t.i != span.start]
        if not neighbours or not all(t.is_upper for t in neighbours):
            return False
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.text in self.nouns_after_us:
            return False
        return before is not None and before.text in self.pronoun_before



def _inside_person_name(span: Span) -> bool:
    """"Chad Bown", "Georgia Meloni": a place name that is part of a longer PERSON entity."""
    for token in (span[0], span[-1]):
        if token.ent_type_ == "PERSON":
            ent = next((e for e in span.doc.ents if e.start <= token.i < e.end), None)
            if ent is not None and (ent.end - ent.start) > (span.end - span.start):
                return True
    return False


def summarize_countries(mentions: list[Span]) -> list[dict]:
    """One entry per code, in order of first mention, with every mention's span."""
    by_code: dict[str, dict] = {}
    for span in mentions:
        entry = by_code.setdefault(span.label_, {
            "code": span.label_, "name": country_name(span.label_), "mentions": []})
        entry["mentions"].append({"text": span.text, "start": span.start_char, "end": span.end_char})
    return list(by_code.values())
