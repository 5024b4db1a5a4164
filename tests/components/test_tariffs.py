import pytest


def tariffs(doc):
    return [(t["rate"], t["target"], t["imposer"]) for t in doc._.tariffs]


@pytest.mark.parametrize("sentence, expected", [
    # the forms a rate takes
    ("On the 2nd, the U.S. announced tariffs, imposing a rate of 25% on South Korea.", [(25, "KOR", "USA")]),
    ("Washington will charge 25 percent on Japanese cars.", [(25, "JPN", "USA")]),
    ("The UK agreed a deal that cuts American tariffs on British cars to 10pc.", [(10, "GBR", "USA")]),
    ("Trump announced a 10% baseline tariff on all imports.", [(10, None, "USA")]),
    ("Trump threatened tariffs of up to 40% on European goods.", [(40, "EU", "USA")]),
    ("Trump imposed 145% tariffs on Chinese goods.", [(145, "CHN", "USA")]),
    ("Canada's 25% counter-tariffs on U.S. goods remain in force.", [(25, "USA", "CAN")]),
    ("Trump said he would double the tariff on steel to 50%.", [(50, None, "USA")]),
    ("India's tariff on whisky will be cut to 75 per cent.", [(75, None, "IND")]),
    # lists give one tariff per country
    ("The list sets 49% on Cambodia, 25% on South Korea and 24% on Japan, after Trump unveiled his tariffs.",
     [(49, "KHM", None), (25, "KOR", None), (24, "JPN", None)]),
    # a change of rate gives both rates, the new one with its previous rate
    ("Washington raised its tariff on Chinese goods from 24% to 25%.", [(24, "CHN", "USA"), (25, "CHN", "USA")]),
    # ranges give both bounds
    ("China's wine duties ranged between 116.2 and 218.4 per cent.", [(116.2, None, "CHN"), (218.4, None, "CHN")]),
])
def test_tariff_forms(annotate, sentence, expected):
    assert tariffs(annotate(sentence)) == expected


def test_attributes_of_a_rate(annotate):
    doc = annotate("Washington raised its tariff on Chinese steel from 24% to 25% on Tuesday, effective from May 1.")
    new = next(t for t in doc._.tariffs if t["rate"] == 25)
    assert (new["previous_rate"], new["product"], new["status"]) == (24, "steel", "imposed")
    assert doc.text[new["start"]:new["end"]] == "25%"
    assert new["evidence"]["text"].startswith("Washington raised")


def test_kind_of_tariff(annotate):
    doc = annotate("Canada's 25% counter-tariffs on U.S. goods remain in force, and the 10% baseline stays.")
    assert [t["kind"] for t in doc._.tariffs] == ["retaliatory", "baseline"]


@pytest.mark.parametrize("sentence", [
    "The tariff on Indian goods rose by 1 percentage point.",
    "China's GDP grew 5% last year while the Nasdaq fell 3%, and 60% of voters backed tariffs.",
    "Exports to the United States account for 18% of Vietnam's total, despite US tariffs.",
    "The Bank of England cut interest rates to 4.25 per cent as tariffs weighed on growth.",
    "Shares of Hyundai fell 4.3% after the tariff announcement.",
])
def test_percentages_that_are_not_tariffs(annotate, sentence):
    assert tariffs(annotate(sentence)) == []


def test_a_rate_stated_twice_is_listed_once(annotate):
    doc = annotate("Trump imposed 145% tariffs on Chinese goods. The 145% tariffs on Chinese goods hurt exporters.")
    [tariff] = doc._.tariffs
    assert len(tariff["mentions"]) == 2
