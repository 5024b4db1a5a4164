"""The cached msgpack registries answer like srsly's own, and Docs still cross processes intact."""
import catalogue
import srsly.msgpack
from spacy.tokens import Doc

from pipeline.msgpack_registries import CachedRegistry


def test_installed_when_the_package_is_imported():
    for registry in (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders):
        assert isinstance(registry, CachedRegistry)
        assert registry.get_all() == registry.registry.get_all()


def test_a_function_registered_later_is_seen():
    cached = CachedRegistry(catalogue.create("trade_events_tests", "msgpack_probe"))
    assert cached.get_all() == {}
    cached.register("probe", func=len)  # through the wrapped registry
    assert cached.get_all() == {"probe": len}


def test_doc_round_trip_keeps_annotations_and_records(nlp, annotate):
    doc = annotate("Canada imposed a 25% counter-tariff on U.S. steel on Monday, Finance Minister "
                   "Dominic LeBlanc said.")
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(t.text, t.lemma_, t.dep_, t.ent_type_) for t in back] == [(t.text, t.lemma_, t.dep_, t.ent_type_) for t in doc]
    assert back._.tariffs == doc._.tariffs and back._.tariffs[0]["rate"] == 25
    countries = [(span.text, span.label_) for span in back.spans["countries"]]
    assert back._.dates == doc._.dates and countries == [(span.text, span.label_) for span in doc.spans["countries"]]
