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
    # a cut "to zero" states a rate of 0
    ("Trump said Jakarta had agreed to cut its own tariffs on goods from the United States to zero.", [(0, "USA", "IDN")]),
    # two rates of one phrase levied on two countries: each rate on each
    ("The 25% steel and 10% aluminum tariffs the U.S. put on Canada and Mexico stay in force.",
     [(25, "CAN", "USA"), (25, "MEX", "USA"), (10, "CAN", "USA"), (10, "MEX", "USA")]),
    # "it" for the duty told just before, and the steps of its schedule
    ("The duty covers passenger car tires from China. It will be 35 percent in the first year, dropping to 30% in the "
     "second year and 25% in the third.", [(35, None, None), (30, None, None), (25, None, None)]),
    # "those duties": the duties named last in the sentence before, their goods and their levier
    ("Beijing announced deposits of between 30.6% and 39% on European brandy, days after EU member states cleared "
     "the way for duties on Chinese-made EVs. Those duties, of up to 35.3 per cent, took effect at the end of that "
     "month.", [(30.6, "EU", "CHN"), (39, "EU", "CHN"), (35.3, "CHN", "EU")]),
    # "products of Mexico ... are now subject to" a duty: Mexico's goods, not the countries they were melted in
    ("1. Steel articles that are products of Mexico but were melted and poured in a country other than Mexico, the "
     "United States or Canada are now subject to a 25 percent ad valorem duty.", [(25, "MEX", None)]),
    ("2. Aluminum articles that are products of Mexico and contain primary aluminum smelted in China, Russia, Belarus "
     "or Iran are now subject to a 10% duty.", [(10, "MEX", None)]),
    # a rate told in a participle clause after the duties it sets
    ("Ruiz Mateos announced duties on 89 U.S. products, covering some $2.4 billion a year in trade, "
     "with rates as high as 45%.", [(45, "USA", None)]),
    # an amount of money between "on" and the goods
    ("The United States on Friday began collecting 100 percent tariffs on about $300 million worth of Japanese color "
     "television sets.", [(100, "JPN", "USA")]),
    ("Canada's 25% counter-tariffs on U.S. goods remain in force.", [(25, "USA", "CAN")]),
    ("Trump said he would double the tariff on steel to 50%.", [(50, None, "USA")]),
    ("India's tariff on whisky will be cut to 75 per cent.", [(75, None, "IND")]),
    # lists give one tariff per country
    ("The list sets 49% on Cambodia, 25% on South Korea and 24% on Japan, after Trump unveiled his tariffs.",
     [(49, "KHM", None), (25, "KOR", None), (24, "JPN", None)]),
    # a change of rate gives both rates, the new one with its previous rate
    ("Washington raised its tariff on Chinese goods from 24% to 25%.", [(24, "CHN", "USA"), (25, "CHN", "USA")]),
    # a schedule of rates: "July 1" is a day, not the first bound of "1 and 15%"; "every Mexican import" is Mexico's
    ("Trump said he would impose a tariff on every Mexican import at 5 percent from June 10, rising to 10% on July 1 and 15% on "
     "Aug. 1.", [(5, "MEX", "USA"), (10, "MEX", "USA"), (15, "MEX", "USA")]),
    # goods "made in" a country are its goods
    ("Washington will charge 25% on trucks built in Mexico.", [(25, "MEX", "USA")]),
    # the subject of "had been set to impose" levies the rate; the goods of the sentence pay it
    ("Indonesian exports to the United States will face a 19 percent tariff, well below the 32 percent rate "
     "Washington had been set to impose from Aug. 1.", [(19, "IDN", None), (32, "IDN", None)]),
    ("Under the final text, light vehicles made in China will pay a 50 percent import duty, up from 20 percent.",
     [(50, "CHN", None), (20, "CHN", None)]),
    # the verb that adds the rate names its imposer
    ("U.S. President Donald Trump says he will add another 10 per cent to the tariffs on Canadian imports.",
     [(10, "CAN", "USA")]),
    # ranges give both bounds
    ("China's wine duties ranged between 116.2 and 218.4 per cent.", [(116.2, None, "CHN"), (218.4, None, "CHN")]),
    # "The levy" is the duty just named, whose goods came "from China" wherever the parser hung it
    ("China protested. Obama approved a duty on tyres from China. The levy is set at 35% in the first year.",
     [(35, "CHN", "USA")]),
    # "10 or 25 per cent on $50 billion": rates, not the share of an amount
    ("Washington put duties of 10 or 25 per cent on $50 billion of Chinese goods.", [(10, "CHN", "USA"), (25, "CHN", "USA")]),
    # "and Indonesia, at 19 per cent": the country of a list item
    ("The new tariff puts India far above Asian rivals such as Vietnam and Bangladesh, which face 20 per cent, and "
     "Indonesia, at 19 per cent.", [(20, "VNM", None), (20, "BGD", None), (19, "IDN", None)]),
    # a range is no change of rate; goods "on ... from China" are China's
    ("The Commerce Department set anti-dumping duties ranging from 31.14% to 249.96% on crystalline silicon "
     "photovoltaic cells from China.", [(31.14, "CHN", "USA"), (249.96, "CHN", "USA")]),
])
def test_tariff_forms(annotate, sentence, expected):
    assert tariffs(annotate(sentence)) == expected


def test_attributes_of_a_rate(annotate):
    doc = annotate("Washington raised its tariff on Chinese steel from 24% to 25% on Tuesday, effective from May 1.")
    new = next(t for t in doc._.tariffs if t["rate"] == 25)
    assert (new["previous_rate"], new["product"], new["status"]) == (24, "steel", "imposed")
    assert doc.text[new["start"]:new["end"]] == "25%"
    assert new["evidence"]["text"].startswith("Washington raised")



@pytest.mark.parametrize("sentence, previous", [
    ("Trump announced a trade deal under which Vietnamese goods will face a 20% tariff, down from the 46% rate "
     "announced on April 2.", 46),
    ("Vietnam secured an agreement that sets a 20 percent tariff on its exports, down from 46 percent.", 46),
    ("Indonesian goods will face a tariff of 19 percent rather than the 32 percent rate Washington had threatened.", 32),
    ("Thai goods will pay a 19% tariff instead of the 36% announced in April.", 36),
    ("Washington slapped a 25% tariff on steel from 10 countries.", None),
])
def test_the_rate_before_a_change(annotate, sentence, previous):
    rates = {t["rate"]: t["previous_rate"] for t in annotate(sentence)._.tariffs}
    assert next(iter(rates.values())) == previous


def test_kind_of_tariff(annotate):
    doc = annotate("Canada's 25% counter-tariffs on U.S. goods remain in force, and the 10% baseline stays.")
    assert [t["kind"] for t in doc._.tariffs] == ["retaliatory", "baseline"]


@pytest.mark.parametrize("sentence", [
    "The tariff on Indian goods rose by 1 percentage point.",
    # a tax on revenue; shares of the trade a tariff hits
    "The digital services tax charges 3 per cent on digital services revenue that large companies earn in Canada.",
    "About 35.9% of Brazilian sales will pay the full tariff, while 44.6% escape the increase altogether.",
    "Roughly $48 billion of that trade, or about 55 per cent, is now exposed to the tariffs.",
    "China's GDP grew 5% last year while the Nasdaq fell 3%, and 60% of voters backed tariffs.",
    "Exports to the United States account for 18% of Vietnam's total, despite US tariffs.",
    "The Bank of England cut interest rates to 4.25 per cent as tariffs weighed on growth.",
    "Shares of Hyundai fell 4.3% after the tariff announcement.",
    "The peso, which slid more than 2% after the tariff threat, was expected to recover.",
    "The Canadian dollar's 5 per cent gain since March has eased the tariff pain.",
    # a tax on revenue, and a digital services tax, are not tariffs on goods
    "Washington threatened duties on champagne after Paris approved a 3 per cent tax on revenue that tech groups earn.",
    "Washington threatened duties on champagne. France's 3% digital tax took effect in July.",
    "Washington threatened duties on champagne. The S&P 500 edged up about 0.2% on Wednesday.",
    # zero that is no rate: a goal, a count, an inflation figure in a story about tariffs
    "Nobody has explained how you get to zero tariffs without talking about cars.",
    "Inflation fell to zero in May, months before the tariffs took effect.",
    # a market move "on" a tariff reprieve for autos
    "Trump delayed auto tariffs. US stocks closed higher, with the S&P 500 up about 1.1% on the auto reprieve.",
])
def test_percentages_that_are_not_tariffs(annotate, sentence):
    assert tariffs(annotate(sentence)) == []


def test_a_rate_stated_twice_is_listed_once(annotate):
    doc = annotate("Trump imposed 145% tariffs on Chinese goods. The 145% tariffs on Chinese goods hurt exporters.")
    [tariff] = doc._.tariffs
    assert len(tariff["mentions"]) == 2


def rates_and_targets(doc):
    return sorted(((t["rate"], t["target"]) for t in doc._.tariffs), key=lambda pair: (pair[0], pair[1] or ""))


@pytest.mark.parametrize("text, expected", [
    # a rate a participle says was levied; the rate a country ends up "with"; "Lesotho's" for its rate
    ("Tariffs dominated the week, and tariffs will dominate the next. Lesotho topped the chart. That was higher than "
     "the 46% slapped on Vietnam.", [(46, "VNM")]),
    ("On the tariff chart, Lesotho sat at the very top with a rate of 50%.", [(50, "LSO")]),
    ("Under the new tariff order, Lesotho's came in at 15 per cent, effective on Thursday.", [(15, "LSO")]),
    ("Canada followed on June 22 with 25 per cent duties on bourbon.", [(25, None)]),
    # where the goods go is the country that taxes them, not the one taxed
    ("A 30% tariff on South African goods bound for the United States came into force.",
     [(30, "ZAF")]),
    ("A 30% tariff on goods shipped to the United States came into force on Thursday.", [(30, None)]),
    # the clause that levies the duties names whom they tax, even when hung on the last rate
    ("They answer the 25 percent duty on steel and 10 per cent on aluminium that Washington has charged on EU metal "
     "since June 1.", [(10, "EU"), (25, "EU")]),
    # a later 25% that the other side proposed is not the 25% stated before
    ("Washington imposed 25% duties on Chinese goods in July. Beijing had threatened in August, when it proposed "
     "duties of up to 25% on American farm goods.", [(25, "CHN"), (25, "USA")]),
    # a dateline is no country label: "NEW DELHI:" does not make India the target
    ("India's retaliatory duties kick in\n\nNEW DELHI: Higher customs duties on 28 products imported from the United "
     "States came into force on Sunday. Rates on some items now go as high as 120 per cent.", [(120, None)]),
    # "any country" aligning with a bloc: no country of the list is the target
    ("Trump warned that any country aligning itself with the BRICS bloc, which includes Brazil, Russia and India, "
     "would face an extra 10% tariff.", [(10, None)]),
    # a capital country label opens a paragraph about that country
    ("Trump set new tariffs on Monday, and the tariffs take effect next week.\n\n"
     "VIETNAM: The White House said the rate would be cut to 20%.", [(20, "VNM")]),
    # goods "imported from" a named country are that country's, and the rates listed with them too
    ("Washington doubled its tariffs on Turkish steel to 50% and on Turkish aluminum to 20%. Under a decree published "
     "on Wednesday, the duty on passenger cars imported from the United States rises to 120 percent, while alcoholic "
     "drinks now face a levy of 140 percent.", [(20, "TUR"), (50, "TUR"), (120, "USA"), (140, "USA")]),
    # so does a factbox's bulleted "COUNTRY - rate" entry
    ("New U.S. tariffs took effect on Thursday. Following are the main tariff rates:\n\n* SOUTH KOREA - 15%, down from 25%, under a deal announced on July 30.\n\n"
     "* SWITZERLAND - 39%, well above the 31% announced in April.", [(15, "KOR"), (25, "KOR"), (31, "CHE"), (39, "CHE")]),
    # a later "the 32% rate" is the tariff stated earlier, not one on the country named nearby
    ("Trump set a 32% tariff on Taiwanese goods and a 25% tariff on Chinese goods. "
     "Officials in Taipei called the 32% rate unfair.", [(25, "CHN"), (32, "TWN")]),
    # a baseline applies to all partners unless the baseline itself is put on one country
    ("Trump raised the tariff on Japanese cars to 25%, while a 10% baseline duty stays in place.",
     [(10, None), (25, "JPN")]),
    ("Japanese goods have faced a 10% baseline tariff since April.", [(10, "JPN")]),
    # coordinated countries each get the rate
    ("Trump set a 20% tariff on Taiwanese goods, while Indonesia and the Philippines prepared for 19% rates.",
     [(19, "IDN"), (19, "PHL"), (20, "TWN")]),
    # the rates of a list share what one of them states
    ("China said it would put tariffs of 5%, 10% and 25% on American goods.", [(5, "USA"), (10, "USA"), (25, "USA")]),
    # a rate naming its product is not an earlier rate of the same number on other goods
    ("China put a 25 percent tariff on U.S. soybeans in July. Washington's metals duties, 25 percent on steel and "
     "10 percent on aluminum, date from March.", [(10, None), (25, None), (25, "USA")]),
    # a list of "country rate" items, and countries listed in the subject, each get the rate
    ("Trump set new tariffs on dozens of trading partners on Thursday. Under the new rules, imports from the "
     "European Union, Japan and South Korea face a 15% rate, Britain 10%, Vietnam 20%, India 25% and Canada 35%.",
     [(10, "GBR"), (15, "EU"), (15, "JPN"), (15, "KOR"), (20, "VNM"), (25, "IND"), (35, "CAN")]),
    # a rate "agreed with" a partner is that partner's, not the other rate's target in the sentence
    ("Trump set a 39% tariff on Swiss goods on Thursday, far above the 15% levy agreed with the European Union.",
     [(15, "EU"), (39, "CHE")]),
    # the one "charged" a rate pays it
    ("On June 1, 2018, the Trump administration began charging European producers 25% on steel and 10% on aluminum.",
     [(10, "EU"), (25, "EU")]),
    # a rate the country accepted, a rate "for" a country in a list of countries
    ("Bern says the new tariff is far higher than the 15% the European Union accepted in July.", [(15, "EU")]),
    ("Tariffs were listed on Monday: Vietnam had been slated for 46% and the European Union for 20%.",
     [(20, "EU"), (46, "VNM")]),
    # a fronted "For China," names the country of the sentence's rates
    ("For China, the new 34% tariff comes on top of 20% in duties imposed earlier.", [(20, "CHN"), (34, "CHN")]),
    # a clause after "as" is not the rate's target; goods inside a reason are not taxed
    ("Washington slaps 35% tariff on Chinese tyres as Beijing targets US chicken", [(35, "CHN")]),
    ("India now faces an extra 25% tariff over its purchases of Russian oil.", [(25, "IND")]),
    # the parts of a combined rate tax the whole's target, named in the subject or just before
    ("The remaining 30% U.S. rate on Chinese goods combines a 10% baseline tariff with a 20% levy over fentanyl flows.",
     [(10, "CHN"), (20, "CHN"), (30, "CHN")]),
    ("U.S. tariffs of 50% on Indian goods took effect on Wednesday. The levy combines a 25% reciprocal tariff and "
     "an additional 25% penalty over India's purchases of Russian oil.", [(25, "IND"), (25, "IND"), (50, "IND")]),
    # the country that owns the tariffs is not their target
    ("The deal locks in a 15% ceiling on US tariffs for most EU goods.", [(15, "EU")]),
    # rates that refer back to a tariff named without a rate take its target ("The rates are ...", "raising it")
    ("The European Commission said on Wednesday it will impose provisional anti-subsidy duties on battery electric "
     "cars imported from China from July 4. The rates are 17.4% for BYD, 20% for Geely and 38.1% for SAIC.",
     [(17.4, "CHN"), (20, "CHN"), (38.1, "CHN")]),
    ("Washington last month announced it would quadruple its tariff on Chinese electric vehicles, raising it from "
     "25% to 100%.", [(25, "CHN"), (100, "CHN")]),
    # the tariff phrase's "on" goods, wherever the parser hangs "on"
    ("Beijing halved its own retaliatory duties on about $75 billion of U.S. goods the same day, to 5% and 2.5% from "
     "10% and 5%.", [(2.5, "USA"), (5, "USA"), (10, "USA")]),
    # a country, its day, then "at" the rate: the rate that country gets
    ("Trump sent tariff letters to Japan on Monday. Letters followed to Brazil on Wednesday, at 50%, and to Canada "
     "late Thursday, at 35%.", [(35, "CAN"), (50, "BRA")]),
    # "European goods" pay: the EU's goods
    ("Tariffs rose in April. European goods currently pay a 10% baseline levy.", [(10, "EU")]),
    # a participle of the subject's clause: the subject accepted the rate
    ("The EU sealed its own framework deal with Mr Trump in Scotland on July 27, accepting a 15 per cent tariff "
     "ceiling on most of its exports.", [(15, "EU")]),
    # every country of "imports from Canada and Mexico"
    ("The United States began charging a 25% tariff on imports from Canada and Mexico.", [(25, "CAN"), (25, "MEX")]),
    # "hit X with a rate": X's country pays
    ("In July 2018, Beijing hit American lobster with a 25 percent retaliatory tariff.", [(25, "USA")]),
    # the side that restores a rate is not its target; a car's destination does not pay its duty; a general rate,
    # and the rate it was cut from, are on everyone
    ("Albanese makes pitch to Trump for exemption as US restores 25 per cent tariffs on steel", [(25, None)]),
    ("China's duties would put the total levy on a car shipped to China back at 40 percent.", [(40, None)]),
    ("China cut its general import tariff on passenger cars to 15% from 25% on July 1.", [(15, None), (25, None)]),
    ("In February, New Delhi cut the duty on imported heavy motorcycles from 75 per cent to 50 per cent. India "
     "imposed a 120 per cent tariff on American almonds.", [(50, None), (75, None), (120, "USA")]),
    # "on their shipments": the goods of the side named before, not of the one that levies the duty
    ("Canada's softwood lumber producers are bracing for a costly summer after the U.S. Commerce Department slapped "
     "duties averaging close to 20 per cent on their shipments.", [(20, "CAN")]),
    # member states' goods in a story about the EU are the bloc's; in a story about France, France's
    ("The EU and the United States called a truce. The EU said Washington had put 25 percent on French wine and "
     "Italian cheese in the Airbus row with the EU.", [(25, "EU")]),
    ("France and the United States called a truce: Washington had threatened 100 percent on French cheese.",
     [(100, "FRA")]),
    # the labelled items of a list of rates in a story about tariffs
    ("Washington already charges 7.5% duties on Chinese goods, and China condemned the tariffs.\n\nTHE NEW RATES\n\n"
     "- Electric vehicles: 100%, up from 25%, effective Sept. 27\n- Solar cells: 50%, effective the same day\n\n"
     "Shares fell 5% on Friday.", [(7.5, "CHN"), (25, "CHN"), (50, "CHN"), (100, "CHN")]),
    # a country named on the tariff that another country's leader doubles is the one taxed
    ("Trump doubles India tariff to 50 per cent over Russian oil purchases", [(50, "IND")]),
])
def test_targets_in_context(annotate, text, expected):
    assert rates_and_targets(annotate(text)) == expected


@pytest.mark.parametrize("sentence, imposer", [
    # "its tariffs": the subject of the clause levies them
    ("The United States agreed with China to cut its tariffs on Chinese goods to 30% from 145%.", "USA"),
    # an official's possessive: the official's government levies them
    ("President Donald Trump's 25 percent tariffs on Canadian steel took effect on Tuesday.", "USA"),
    # "those duties" are the duties the sentence before owns
    ("Beijing answered the U.S. steel and aluminum duties in April. "
     "Those duties, 25 percent on steel and 10 percent on aluminum, were announced in March.", "USA"),
    # the rate in apposition to "the US measures" is the US rate, whoever the clause's subject is
    ("Moscow puts the annual cost to Russian exporters of the US measures, 25 per cent on steel, at roughly $540 million.",
     "USA"),
    # a relative clause names who levies the duties
    ("The definitive rates were trimmed from the provisional duties of up to 37.6% that Brussels imposed in July.", "EU"),
    # the country whose verb takes the tariff as its object levies it
    ("EU clears duties of up to 35.3% on Chinese electric vehicles as Beijing strikes back at brandy.", "EU"),
    # a document's signer levies what it imposes
    ("U.S. President Donald Trump on Wednesday signed an executive order imposing an additional 40% tariff on "
     "imports from Brazil.", "USA"),
    # the signer's, however the parser hangs the participle after the signing's date
    ("U.S. President Donald Trump signed proclamations on March 8 imposing tariffs of 25 percent on imported steel "
     "and 10 percent on aluminum.", "USA"),
    # ... but the country named on a tariff that others face levies it
    ("Swiss exporters, including drugmakers Roche and Novartis, have faced a 39% U.S. tariff since August.", "USA"),
    ("Trump doubles India tariff to 50 per cent over Russian oil purchases", "USA"),
    # a factbox's label names the country taxed, not the one levying
    ("U.S. tariffs rose on Thursday, and the U.S. now charges a 10% baseline tariff on most partners.\n\n"
     "* BRAZIL - 10% reciprocal rate, but a separate order added 40% on many Brazilian goods.", "USA"),
])
def test_imposer_from_a_possessive(annotate, sentence, imposer):
    assert {t["imposer"] for t in annotate(sentence)._.tariffs} == {imposer}


@pytest.mark.parametrize("sentence", [
    "Shipments to the US collapsed by more than 90% after the tariffs took effect.",
    "Exports to China fell by about 20% last year despite the tariffs and the duties.",
])
def test_changes_by_a_percentage_are_not_rates(annotate, sentence):
    assert tariffs(annotate(sentence)) == []


def test_a_new_level_of_the_rate_just_named(annotate):
    """"the rate will rise to 25%" is the tariff just named, whoever else levies tariffs in the article."""
    doc = annotate("China imposed 15% tariffs on American pork on Friday. Beijing imposed 20% tariffs on American "
                   "fruit on Saturday. Trump announced 10% tariffs on Chinese imports on Monday. The duties take effect on the 24th, "
                   "and the rate will rise to 25% on January 1.")
    assert {(t["imposer"], t["target"]) for t in doc._.tariffs if t["rate"] == 25} == {("USA", "CHN")}


def test_countermeasures_levied_by_the_side_whose_retaliation_was_just_named(annotate):
    text = ("Canada's retaliation against American steel tariffs is now in place, with duties on $16.6 billion worth of "
            "U.S. products taking effect on Canada Day. The countermeasures impose a 25 per cent tariff on U.S. steel "
            "products. Mexico imposed tariffs of 15 to 25 per cent on U.S. pork.")
    assert sorted(tariffs(annotate(text, "2018-07-02"))) == [(15, "USA", "MEX"), (25, "USA", "CAN"), (25, "USA", "MEX")]
