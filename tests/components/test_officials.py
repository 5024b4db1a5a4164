import pytest


def officials(doc):
    return {o["name"]: (o["title"], o["country"]) for o in doc._.officials}


@pytest.mark.parametrize("sentence, expected", [
    # title before the name, with the country adjective
    ("U.S. Treasury Secretary Scott Bessent met reporters in Geneva.",
     {"Scott Bessent": ("Treasury Secretary", "USA")}),
    ("Japan's Prime Minister Shinzo Abe spoke with Trump.",
     {"Shinzo Abe": ("Prime Minister", "JPN"), "Trump": ("President", "USA")}),
    ("Chinese Vice Premier He Lifeng led the delegation.", {"He Lifeng": ("Vice Premier", "CHN")}),
    ("EU trade commissioner Maros Sefcovic flew to Washington.",
     {"Maros Sefcovic": ("trade commissioner", "EU")}),
    # a well-known official spelt without the stop of an initial; the country of "whose" minister
    ("Europe vowed to take President George W Bush to the World Trade Organisation.",
     {"George W Bush": ("President", "USA")}),
    ("Japan, whose finance minister, Mikio Mizuta, had fought to limit the damage to its exporters, accepted a "
     "revaluation of the yen of 16.9%; West Germany revalued the mark by 13.6%.",
     {"Mikio Mizuta": ("finance minister", "JPN")}),
    # an appositive telling what a visit was is no title of the person before it
    ("Chinese Foreign Minister Wang Yi travelled to Canberra for talks with Australian Foreign Minister Penny Wong, "
     "the first visit by a Chinese foreign minister in seven years.",
     {"Wang Yi": ("Foreign Minister", "CHN"), "Penny Wong": ("Foreign Minister", "AUS")}),
    # initials before a surname the list knows mean another person of that name
    ("The Conservatives under R.B. Bennett had campaigned on far stiffer protection; Prime Minister Bennett raised "
     "duties that September.", {"Bennett": ("Prime Minister", None)}),
    # an initial is part of the name, not punctuation to trim
    ("India's External Affairs Minister S. Jaishankar held talks in Moscow.",
     {"S. Jaishankar": ("External Affairs Minister", "IND")}),
    # a given name the model cut off a name set off by a comma
    ("Norway's Minister of Trade and Industry, Jan Christian Vestre, welcomed the ruling.",
     {"Jan Christian Vestre": ("Minister of Trade and Industry", "NOR")}),
    # a presidential spokesperson and a national security adviser hold office without a named body
    ("South Africa's presidential spokesperson Vincent Magwenya said Pretoria had asked Washington for talks.",
     {"Vincent Magwenya": ("presidential spokesperson", "ZAF")}),
    ("South Korea's National Security Adviser Wi Sung-lac called it a turning point.",
     {"Wi Sung-lac": ("National Security Adviser", "KOR")}),
    # apposition after the name
    ("Jamieson Greer, the U.S. Trade Representative (USTR), said talks would go on.",
     {"Jamieson Greer": ("Trade Representative", "USA")}),
    ("Seoul sent Jeong In-kyo, head of the Trade Negotiation Headquarters, to Washington.",
     {"Jeong In-kyo": ("head of the Trade Negotiation Headquarters", "KOR")}),
    ("Kevin Hassett, Chairperson of the White House Council of Economic Advisers, stated his view.",
     {"Kevin Hassett": ("Chairperson of the White House Council of Economic Advisers", "USA")}),
    # Acting, Vice, Deputy, former
    ("Trump had a phone call with Acting Prime Minister Han Duck-soo of South Korea.",
     {"Trump": ("President", "USA"), "Han Duck-soo": ("Acting Prime Minister", "KOR")}),
    ("Former Finance Minister Chrystia Freeland announced a surtax on Chinese EVs in Canada.",
     {"Chrystia Freeland": ("Former Finance Minister", "CAN")}),
    ("South Korea's Deputy Prime Minister Choi Sang-mok attended.",
     {"Choi Sang-mok": ("Deputy Prime Minister", "KOR")}),
    # portfolio titles with commas, before and after the name
    ("Minister of Trade, Industry and Energy Ahn Duk-geun met Lutnick.",
     {"Ahn Duk-geun": ("Minister of Trade, Industry and Energy", "KOR"), "Lutnick": ("Commerce Secretary", "USA")}),
    ("Takeo Hiranuma, Japan's Minister of Economy, Trade and Industry, called it regrettable.",
     {"Takeo Hiranuma": ("Minister of Economy, Trade and Industry", "JPN")}),
    # family-name-first and hyphenated names, particles
    ("Korea's trade minister Yeo Han-koo said the talks were tough.", {"Yeo Han-koo": ("trade minister", "KOR")}),
    ("European Commission President Ursula von der Leyen warned Washington.",
     {"Ursula von der Leyen": ("President", "EU")}),
    # honorific and office words before names the model misses
    ("Minister Yoo described Japan's restrictions as discriminatory against Korea.",
     {"Yoo": ("Minister", "KOR")}),
    # letters that only some of the countries mentioned write
    ("Turkey and the United States traded barbs. Foreign Minister Mevlüt Çavuşoğlu spoke with Pompeo on Monday.",
     {"Mevlüt Çavuşoğlu": ("Foreign Minister", "TUR"), "Pompeo": ("Secretary of State", "USA")}),
    # the country a decree's goods come from is not its signer's
    ("Turkey's decree, signed by Trade Minister Ruhsar Pekcan, doubles the tariff on cars imported from the "
     "United States.", {"Ruhsar Pekcan": ("Trade Minister", "TUR")}),
    # a surname that several known officials of one country share still gives the country
    ("Shinawatra told reporters the tariff was unfair.", {"Shinawatra": ("Prime Minister", "THA")}),
    # officials often in trade news are known; an office "of" the other side is not the official's
    ("Economy Minister Katherina Reiche welcomed the deal.", {"Katherina Reiche": ("Economy Minister", "DEU")}),
    ("Frederick Go, Special Assistant to the President for Investment, had held talks with the office of US Trade "
     "Representative Jamieson Greer.", {"Frederick Go": ("Special Assistant to the President for Investment", None),
                                        "Jamieson Greer": ("Trade Representative", "USA")}),
    # a lawmaker labelled by party and state serves that state's country
    ("Senate Agriculture Committee Chairman Pat Roberts, a Kansas Republican, pushed to fold repeal into the bill.",
     {"Pat Roberts": ("Senate Agriculture Committee Chairman", "USA")}),
])
def test_titles_and_countries(annotate, sentence, expected):
    assert officials(annotate(sentence)) == expected


def test_one_entry_per_person_with_aliases_and_mentions(annotate):
    text = ("U.S. President Donald Trump spoke with Seoul. President Trump said talks went well. "
            "Trump later posted about it.")
    doc = annotate(text)
    [trump] = doc._.officials
    assert trump["name"] == "Donald Trump"
    assert "Trump" in trump["aliases"] and "President Trump" in trump["aliases"]
    assert [m["text"] for m in trump["mentions"]] == ["Donald Trump", "Trump", "Trump"]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in trump["mentions"])


def test_glued_title_and_truncated_name_are_repaired(annotate):
    doc = annotate("Kevin Hassett, Chairperson of the White House Council of Economic Advisers, spoke. "
                   "Chairperson Hassett emphasized the point. Han Duck-soo listened.")
    names = {o["name"]: o for o in doc._.officials}
    assert "Chairperson Hassett" in names["Kevin Hassett"]["aliases"]
    assert "Hassett" in names["Kevin Hassett"]["aliases"]


def test_organisation_and_former_flag(annotate):
    doc = annotate("Jamieson Greer, the U.S. Trade Representative (USTR), testified. "
                   "Former President Jair Bolsonaro of Brazil faces trial.")
    names = {o["name"]: o for o in doc._.officials}
    assert names["Jamieson Greer"]["org"] == "USTR"
    assert names["Jair Bolsonaro"]["former"] is True and names["Jair Bolsonaro"]["country"] == "BRA"


@pytest.mark.parametrize("sentence", [
    "A White House official said the talks would resume.",
    "Chad Bown, a trade economist at the Peterson Institute, expects more tariffs.",
    "Hyundai Motor Group Chairman Chung Eui-sun visited the plant.",
    "Leo Gerard, president of the United Steelworkers union, criticised the move.",
    "Mary Lovely, a senior fellow at the Peterson Institute, said tariffs hurt consumers.",
    # a surname two known officials share, and a common word: not matched alone
    "Rice and Beef Kept Off the Table\n\nSeoul said it had defended its markets.",
    # a wine region, not Canada's minister
    "Among the rows of ugni blanc that roll towards the Grande Champagne horizon, the news landed on Friday.",
])
def test_not_officials(annotate, sentence):
    assert officials(annotate(sentence)) == {}


def test_shared_family_name_goes_to_the_official_with_that_title(annotate):
    doc = annotate("The delegation included Minister of Trade, Industry and Energy Kim Jung-kwan. "
                   "Kim Yong-beom, presidential chief of staff for policy, briefed reporters. "
                   "Minister Kim said the talks were tough.")
    names = {o["name"]: o for o in doc._.officials}
    assert "Minister Kim" in names["Kim Jung-kwan"]["aliases"]
    assert names["Kim Yong-beom"]["title"] == "presidential chief of staff for policy"


def test_a_headline_naming_both_sides_does_not_give_an_official_a_country(annotate):
    doc = annotate("U.S. duty lands on Mexican tomatoes; Berdegué seeks new talks\n\nThe United States began collecting "
                   "a 17% duty on Mexican tomatoes on Monday. Agriculture Secretary Julio Berdegué called on Washington "
                   "on Tuesday to reopen talks.")
    assert {o["name"]: o["country"] for o in doc._.officials}["Julio Berdegué"] != "USA"
    # an official of no stated country asking the article's other party speaks for his side
    assert [(e["type"], e["actors"], e["targets"]) for e in doc._.events][-1] == ("REQUEST", ["MEX"], ["USA"])
