"""The fast attribute ruler must give exactly what en_core_web_sm's own gives."""
import pytest

from pipeline.components.attributes import TradeAttributeRuler

SENTENCES = [
    "On the 8th (local time), U.S. President Donald Trump had a phone call with Acting Prime Minister Han Duck-soo.",
    "I ain't gonna accept a 25% tariff, but you can't say we didn't try.",
    "Y'all wanna know whether Ottawa's counter-tariffs take effect on March 4?",
    "Beijing said it would impose 34% tariffs on all U.S. goods from April 10.\n\nEU ministers met in Luxembourg.",
    "\"We will not back down,\" she said.  It's 'em, not us.",
    "Tariffs of up to 40%; steel, aluminum & autos -- all hit.",
]


def attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_attributes_as_the_stock_ruler(nlp, stock_nlp, sentence):
    assert isinstance(nlp.get_pipe("attribute_ruler"), TradeAttributeRuler)
    ours = nlp(sentence, disable=[name for name in nlp.pipe_names if name.startswith("trade_")])
    assert attributes(ours) == attributes(stock_nlp(sentence))


@pytest.mark.parametrize("text, word, lemma", [
    ("The talks ain't over.", "ai", "be"),  # rules over two tokens: "ai" + "n't", "gon" + "na"
    ("We're gonna retaliate.", "gon", "go"),
    ("We're gonna retaliate.", "na", "to"),
])
def test_two_token_rules(nlp, text, word, lemma):
    token = next(t for t in nlp(text) if t.text == word)
    assert token.lemma_ == lemma


def test_patterns_and_serialisation_are_the_stock_ones(nlp, stock_nlp):
    ours, stock = nlp.get_pipe("attribute_ruler"), stock_nlp.get_pipe("attribute_ruler")
    assert ours.patterns == stock.patterns
    copy = TradeAttributeRuler(nlp.vocab).from_bytes(ours.to_bytes())
    assert copy.patterns == stock.patterns


def test_unsupported_rules_fall_back_to_the_matcher(nlp):
    ruler = TradeAttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "tariff"}, {"IS_PUNCT": True, "OP": "+"}]], {"LEMMA": "levy"})  # operators: stock path
    doc = ruler(nlp.make_doc("A tariff!! Another tariff"))
    assert [t.lemma_ for t in doc if t.lower_ == "tariff"] == ["levy", ""]
    assert ruler._compiled is False
