import pytest


def codes(doc):
    return [(span.text, span.label_) for span in doc.spans["countries"]]


@pytest.mark.parametrize("sentence, expected", [
    # full and short names
    ("The United States and South Korea resumed talks.", [("United States", "USA"), ("South Korea", "KOR")]),
    ("Officials from the U.S. and the UK met in Geneva.", [("U.S.", "USA"), ("UK", "GBR")]),
    ("US tariffs hit Britain and Korea hardest.", [("US", "USA"), ("Britain", "GBR"), ("Korea", "KOR")]),
    ("America first, said the president, as the U.K. weighed its options.", [("America", "USA"), ("U.K.", "GBR")]),
    ("Vietnam, Taiwan and Türkiye were on the list.", [("Vietnam", "VNM"), ("Taiwan", "TWN"), ("Türkiye", "TUR")]),
    # demonyms
    ("Japanese carmakers and American farmers lobbied hard.", [("Japanese", "JPN"), ("American", "USA")]),
    ("South Korean negotiators met their Chinese counterparts.", [("South Korean", "KOR"), ("Chinese", "CHN")]),
    # possessives
    ("China's commerce ministry and Japan’s trade envoy objected.", [("China", "CHN"), ("Japan", "JPN")]),
    ("The U.S.'s position hardened.", [("U.S.", "USA")]),
    # capital-city metonyms
    ("Washington and Beijing traded barbs while Tokyo and Seoul watched.",
     [("Washington", "USA"), ("Beijing", "CHN"), ("Tokyo", "JPN"), ("Seoul", "KOR")]),
    ("Ottawa retaliated, Brussels warned and New Delhi waited.",
     [("Ottawa", "CAN"), ("Brussels", "EU"), ("New Delhi", "IND")]),
    # the European Union
    ("The European Union (EU) is reviewing counter-tariffs.", [("European Union", "EU"), ("EU", "EU")]),
    # adjectives inside titles
    ("U.S. Treasury Secretary Scott Bessent spoke first.", [("U.S.", "USA")]),
    # hyphenated pairs, including after an abbreviation's period
    ("The U.S.-China talks and the Korea-U.S. consultations resumed.",
     [("U.S.", "USA"), ("China", "CHN"), ("Korea", "KOR"), ("U.S.", "USA")]),
    ("The U.K.-India deal cut whisky duties.", [("U.K.", "GBR"), ("India", "IND")]),
    # all-capitals headlines and datelines
    ("WASHINGTON, April 9 - CHINA HITS BACK AT US TARIFFS", [("WASHINGTON", "USA"), ("CHINA", "CHN"), ("US", "USA")]),
    # "the mainland" of a China story
    ("China protested the duty on tyres from the mainland.", [("China", "CHN"), ("mainland", "CHN")]),
])
def test_country_forms(annotate, sentence, expected):
    assert codes(annotate(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # news outlets and agencies are not references to their country
    ("The report was carried by Yonhap and the Korea JoongAng Daily.", []),
    ("China Daily said the talks were constructive.", []),
    ("According to the Korea Herald, Seoul will respond.", [("Seoul", "KOR")]),
    ("The Japan Times and the South China Morning Post reported it.", []),
    # people named like places
    ("Chad Bown, a trade economist, expects more tariffs.", []),
    # "US" the pronoun, only possible in capitals
    ("LET US KNOW WHAT YOU THINK", []),
    ("JOIN US FOR THE DEBATE", []),
    # larger names that contain a country form
    ("Farmers in New Mexico and Latin American exporters were worried.", []),
    ("Patrols in the South China Sea increased.", []),
    ("Hyundai's battery plant in Georgia was raided.", []),
    ("British Columbia's forests burned.", []),
    # a capital named only as a venue
    ("The two delegations met in London.", []),
    # "the mainland" of no story about China, or of another country
    ("Ferries to the mainland were cancelled.", []),
    ("China's exports grew while the Greek mainland sweltered.", [("China", "CHN"), ("Greek", "GRC")]),
])
def test_not_country_references(annotate, sentence, expected):
    assert codes(annotate(sentence)) == expected


def test_record_lists_each_country_once_with_its_mentions(annotate):
    text = "Korea and the U.S. talked. Seoul said the United States agreed."
    doc = annotate(text)
    by_code = {entry["code"]: entry for entry in doc._.countries}
    assert list(by_code) == ["KOR", "USA"]
    assert by_code["KOR"]["name"] == "South Korea"
    mentions = by_code["USA"]["mentions"]
    assert [m["text"] for m in mentions] == ["U.S.", "United States"]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)


@pytest.mark.parametrize("sentence, regions, countries", [
    ("Trump visited Iowa on Thursday.", [("Iowa", "USA")], []),
    ("Ontario Premier Doug Ford met Michigan's governor in Toronto.", [("Ontario", "CAN"), ("Michigan", "USA")], []),
    ("Canada said Ontario would pay the levy on exports to New York.", [("Ontario", "CAN"), ("New York", "USA")], ["CAN"]),
])
def test_provinces_and_states_are_regions_not_countries(annotate, sentence, regions, countries):
    doc = annotate(sentence)
    assert [(span.text, span.label_) for span in doc.spans["regions"]] == regions
    assert [c["code"] for c in doc._.countries] == countries
