import pytest

from pipeline.agreement_sides import tariff_hub


def events(doc):
    return [(e["type"], e["date"], e["actors"], e["targets"]) for e in doc._.events]


# Publication date: Wednesday 9 April 2025.
@pytest.mark.parametrize("text, expected", [
    # "with" or "and": one agreement, made by both
    ("Seoul reached a trade agreement with Washington on Monday.", [("AGREE", "2025-04-07", ["KOR", "USA"], [])]),
    ("Seoul and Washington signed a trade agreement on Monday.", [("AGREE", "2025-04-07", ["KOR", "USA"], [])]),
    # a party named alone agreed with the side it clearly deals with in the article
    ("Trump threatened on March 30 to impose a 25% tariff on Mexican goods. Mexico held talks with the United States "
     "in Washington on April 2. Trump said on Friday that Mexico had agreed to buy more American farm goods.",
     [("THREATEN", "2025-03-30", ["USA"], ["MEX"]), ("CONSULT", "2025-04-02", ["MEX"], ["USA"]),
      ("AGREE", "2025-04-04", ["MEX", "USA"], [])]),
    # "a similar agreement": with the story's other side
    ("Trump imposed 25% tariffs on imported cars on March 3. Japan held talks with Washington on March 20 and secured "
     "a deal with the United States on Monday. The EU reached a similar agreement on Tuesday.",
     [("IMPOSE_TARIFF", "2025-03-03", ["USA"], []), ("CONSULT", "2025-03-20", ["JPN"], ["USA"]),
      ("AGREE", "2025-04-07", ["JPN", "USA"], []), ("AGREE", "2025-04-08", ["EU", "USA"], [])]),
    # a party alone in a story of one side's rates: its deal was with the side that sets them
    ("South Korea and the United States reached a trade agreement on Monday. Washington has charged 25% on "
     "Korean cars since April 3 and 10% on Korean steel since March 12. "
     "Japan secured a 15% rate in a deal announced on March 22, and the EU reached a similar agreement on "
     "the 27th.",
     [("AGREE", "2025-04-07", ["KOR", "USA"], []), ("IMPOSE_TARIFF", "2025-04-03", ["USA"], ["KOR"]),
      ("AGREE", "2025-03-22", ["JPN", "USA"], []), ("AGREE", "2025-03-27", ["EU", "USA"], [])]),
    # no clear counterpart: the party alone
    ("China and the Association of Southeast Asian Nations signed an upgraded free trade agreement on Tuesday.",
     [("AGREE", "2025-04-08", ["CHN"], [])]),
    # a party named alone agreed with the government of the other official its sentence names
    ("On July 10, President Joe Biden signed two proclamations on Mexican steel and Chinese aluminum. The "
     "proclamations were released together with a joint statement by President Biden and Mexican President Andrés "
     "Manuel López Obrador, in which Mexico agreed to new import-monitoring steps.",
     [("AGREE", None, ["MEX", "USA"], [])]),
])
def test_an_agreement_is_made_by_all_its_parties(annotate, text, expected):
    assert events(annotate(text)) == expected


@pytest.mark.parametrize("rates, expected", [
    ([("USA", "KOR"), ("USA", "JPN"), ("USA", None)], "USA"),
    ([("USA", "KOR"), ("KOR", "USA")], None),  # two sides tax each other: no hub
    ([("USA", "BRA")], None),  # one rate is no pattern
])
def test_the_side_that_sets_the_story_s_tariffs(rates, expected):
    assert tariff_hub([{"imposer": imposer, "target": target} for imposer, target in rates]) == expected
