import pytest


def events(doc):
    return [(e["type"], e["date"], e["actors"], e["targets"]) for e in doc._.events]


# Publication date: Wednesday 9 April 2025.
@pytest.mark.parametrize("sentence, expected", [
    # a levy "put on hold" is paused; a side that "stopped applying" its tariffs eased them
    ("The US imposed a 25 per cent tariff on single malt Scotch in October 2019. That levy was put on hold in March.",
     [("IMPOSE_TARIFF", "2019-10", ["USA"], []), ("EASE_TARIFF", "2020-03", ["USA"], [])]),
    ("As a goodwill gesture, Britain stopped applying its own retaliatory tariffs on American goods on Friday.",
     [("EASE_TARIFF", "2025-04-04", ["GBR"], ["USA"])]),
    # withdrawing tariffs and scrapping a safeguard ease them; a safeguard a deal lets a side apply is no act
    ("On December 4, 2003, Bush withdrew the tariffs more than a year early.", [("EASE_TARIFF", "2003-12-04", ["USA"], [])]),
    ("Beijing scrapped its own safeguard on December 26, 2003.", [("EASE_TARIFF", "2003-12-26", ["CHN"], [])]),
    ("From the 11th year Britain can apply safeguards if imports surge.", []),
    # a deal "struck on Sunday" that the parser reads as the main verb; the parties are those whose tariffs it sets
    ("The framework struck on Sunday caps US tariffs on most goods from the European Union at 15 per cent.",
     [("AGREE", "2025-04-06", ["EU", "USA"], [])]),
    # a memorandum a country signed is an agreement; one a president signed to order action is an order
    ("Seoul wanted the terms of the memorandum Japan signed on Monday.", [("AGREE", "2025-04-07", ["JPN"], [])]),
    ("The tariffs stem from a memorandum President Donald Trump signed on March 22 ordering action under Section 301.",
     []),
    # settling the outline or the terms of a deal is agreeing
    ("In the Azores on 14 December 1971, Nixon and President Georges Pompidou of France settled the outline of a deal.",
     [("AGREE", "1971-12-14", ["FRA", "USA"], [])]),
    # threatening a country "with sanctions" is a threat; a rate a letter says goods "will face" is held over them
    ("On July 26, Trump threatened Turkey with “large sanctions” over the pastor's detention.",
     [("THREATEN", "2024-07-26", ["USA"], ["TUR"])]),
    ("In a letter to Carney last Thursday, Trump says Canadian goods will face a 35 per cent tariff starting Aug. 1.",
     [("THREATEN", "2025-04-03", ["USA"], ["CAN"])]),
    ("Trump said on Thursday that medicines will face a 100% duty.", []),
    # a leader's meeting with another, dated by the clause it is told in
    ("Both governments agreed to suspend the fees as part of the package that emerged from President Donald Trump's "
     "meeting with Chinese President Xi Jinping in Busan on 30 October.", [("CONSULT", "2024-10-30", ["USA"], ["CHN"])]),
    # calling on a person somewhere, and receiving one, are visits; calling on a side to act is a request
    ("Prime Minister Shigeru Ishiba spoke. Treasury Secretary Scott Bessent, who called on Ishiba in Tokyo last "
     "Friday while leading the U.S. delegation, had said a good deal mattered more.",
     [("CONSULT", "2025-04-04", ["USA"], ["JPN"])]),
    ("Trump spoke on Monday, shortly after receiving Economic Revitalization Minister Ryosei Akazawa, Japan's chief "
     "tariff negotiator, at the White House.", [("CONSULT", "2025-04-07", ["USA"], ["JPN"])]),
    ("Mexico received Trump's letter on Friday.", []),
    # talks "where" a leader hosted another took place on the day the place is told with
    ("The breakthrough came Wednesday in Gyeongju, where South Korean President Lee Jae-myung hosted U.S. President "
     "Donald Trump for talks.", [("CONSULT", "2025-04-09", ["KOR"], ["USA"])]),
    # a country "threatened with" a rate is threatened by the side that sets the story's rates
    ("Washington will levy a 15% tariff on Japanese goods, down from the 25% Trump threatened. South Korea, threatened "
     "with the 25% rate Japan had faced, is racing to finish its own negotiations.",
     [("IMPOSE_TARIFF", None, ["USA"], ["JPN"]), ("THREATEN", None, ["USA"], ["JPN"]), ("THREATEN", None, ["USA"], ["KOR"])]),
    # "Trump signs executive orders imposing ..." after a timeline's date, which the parser reads as a noun phrase
    ("Here's how the dispute has unfolded.\n\nFeb. 1 — Trump signs executive orders imposing 25 per cent tariffs on "
     "goods from Canada and Mexico, with a lower 10 per cent rate on Canadian energy.",
     [("IMPOSE_TARIFF", "2025-02-01", ["USA"], ["CAN", "MEX"])]),
    # answering "by ordering" higher tariffs is retaliating
    ("Colombian President Gustavo Petro answered on Sunday by ordering a 25% increase in tariffs on imports from the "
     "United States.", [("RETALIATE", "2025-04-06", ["COL"], ["USA"])]),
    # "got on the phone with" a leader is a call; buyers called at home are not
    ("Last Saturday President Donald Trump got on the phone with Cambodia's Prime Minister Hun Manet.",
     [("CONSULT", "2025-04-05", ["USA"], ["KHM"])]),
    ("Exporters got on the phone with their buyers in Ohio.", []),
    # a public consultation on possible countermeasures puts counter-tariffs on the table: a threat
    ("On Thursday, the European Commission launched a public consultation on possible countermeasures against US goods.",
     [("THREATEN", "2025-04-03", ["EU"], ["USA"])]),
    # shelving a threatened increase to a rate eases the tariff
    ("On Thursday, Trump gave Mexico 90 more days, shelving a threatened increase to 30% while the talks go on.",
     [("EASE_TARIFF", "2025-04-03", ["USA"], ["MEX"])]),
    # suspending countermeasures eases them
    ("On Tuesday, Brussels suspended for six months its countermeasures against US goods.",
     [("EASE_TARIFF", "2025-04-08", ["EU"], ["USA"])]),
    # "the government" of the sentence's only official's country
    ("In the budget presented by Indian Finance Minister Nirmala Sitharaman on February 1, the government cut the "
     "customs duty on imported motorcycles from 50% to 30%.", [("EASE_TARIFF", "2025-02-01", ["IND"], [])]),
    ("India and Japan signed a memorandum of understanding on trade on Thursday.", [("AGREE", "2025-04-03", ["IND", "JPN"], [])]),
    # prolonging a suspension of duties eases them
    ("The European Commission announced on Monday that it would prolong the suspension of its rebalancing duties on "
     "American goods until March 31, 2025.", [("EASE_TARIFF", "2025-04-07", ["EU"], ["USA"])]),
    # a joined clause with its own subject keeps its own modality; a rejected plan is its author's
    ("Washington proposed that both partners commit to raising tariffs on such steel, but EU negotiators rejected "
     "the plan, arguing that Brussels cannot impose duties without investigations.",
     [("PROPOSE", None, ["USA"], []), ("REJECT", None, ["EU"], ["USA"])]),
    # refusals in phrasal verbs
    ("U.S. President Donald Trump brushed aside the Swiss proposal on Thursday.", [("REJECT", "2025-04-03", ["USA"], ["CHE"])]),
    ("Japan turned down the American offer on Monday.", [("REJECT", "2025-04-07", ["JPN"], ["USA"])]),
    # "for two days of talks": the talks are the event
    ("Liu He, China's top negotiator, arrived in Washington on Thursday for two days of talks with "
     "U.S. Trade Representative Robert Lighthizer.", [("CONSULT", "2025-04-03", ["CHN"], ["USA"])]),
    # the date of a joined clause with its own subject is that clause's
    ("China's Vice Premier Liu He sat down with American negotiators in Washington, and China answered on Monday "
     "with higher duties of its own.", [("CONSULT", None, ["CHN"], ["USA"]), ("RETALIATE", "2025-04-07", ["CHN"], [])]),
    # a tariff "already charged" is standing, not news
    ("Washington imposed duties of 35 per cent on Chinese tyres on Friday. "
     "The duties come on top of the 4 per cent tariff already charged on all imported tyres.",
     [("IMPOSE_TARIFF", "2025-04-04", ["USA"], ["CHN"])]),
    # a participle clause acts for the main clause's subject, wherever the parser hangs it; a country
    # inside "on Wednesday, a reversal that ..." is not the pause's target
    ("Trump paused the higher tariffs on Wednesday, a reversal that came hours after the levies took effect, "
     "while escalating his fight with Beijing by raising the duty on Chinese goods to 125%.",
     [("EASE_TARIFF", "2025-04-09", ["USA"], []), ("IMPOSE_TARIFF", "2025-04-09", ["USA"], ["CHN"])]),
    # one verb, two dated measures: each its own event
    ("Beijing imposed tariffs on Canadian canola oil in March 2019 and duties on Canadian pork the following year.",
     [("IMPOSE_TARIFF", "2019-03", ["CHN"], ["CAN"]), ("IMPOSE_TARIFF", "2020", ["CHN"], ["CAN"])]),
    ("Beijing imposed duties on Australian barley in May 2020, followed by duties on Australian wine in March 2021.",
     [("IMPOSE_TARIFF", "2020-05", ["CHN"], ["AUS"]), ("IMPOSE_TARIFF", "2021-03", ["CHN"], ["AUS"])]),
    # a side that hit back at Washington does not thereby answer Beijing: the later act in that quarrel answers
    ("Last October, Canada put a 100 per cent surtax on electric vehicles made in China. On Tuesday, Washington imposed "
     "25 per cent tariffs on most Canadian goods, and Ottawa hit back the same day with 25 per cent tariffs on American "
     "products. On Saturday, China hit Canadian farm products with steep new tariffs.",
     [("IMPOSE_TARIFF", "2024-10", ["CAN"], ["CHN"]), ("IMPOSE_TARIFF", "2025-04-08", ["USA"], ["CAN"]),
      ("RETALIATE", "2025-04-08", ["CAN"], ["USA"]), ("RETALIATE", "2025-04-05", ["CHN"], ["CAN"])]),
    # "hit back" with no measure of its own is the rejection the next sentence tells, on the day it hit back
    ("The U.S. Commerce Department announced on Monday that it will collect duties of about 20 per cent on softwood "
     "lumber from Canada. Ottawa hit back within hours. In a joint statement, Foreign Affairs Minister Chrystia "
     "Freeland rejected the U.S. findings as baseless.",
     [("IMPOSE_TARIFF", "2025-04-07", ["USA"], ["CAN"]), ("REJECT", "2025-04-07", ["CAN"], ["USA"])]),
    # matching the other side's duties answers them; matching a value does not
    ("On Friday, US duties of 25% on $34 billion of Chinese goods came into force, and Beijing matched them within hours.",
     [("IMPOSE_TARIFF", "2025-04-04", ["USA"], ["CHN"]), ("RETALIATE", "2025-04-04", ["CHN"], ["USA"])]),
    ("Ottawa says the package matches the value of Canadian exports hit by the U.S. tariffs.", []),
    # "and Canada followed on July 1": the same act by the side that followed, on its own day; "its own duties" answer
    ("The European Union began charging its own duties on US products on June 22, and Canada followed on July 1.",
     [("RETALIATE", "2024-06-22", ["EU"], ["USA"]), ("RETALIATE", "2024-07-01", ["CAN"], ["USA"])]),
    ("Beijing lifted its duties on barley and wine in August 2023 and March 2024 respectively.",
     [("EASE_TARIFF", "2023-08", ["CHN"], []), ("EASE_TARIFF", "2024-03", ["CHN"], [])]),
    # a second verb's date is that verb's event, not a repeat of the first
    ("Washington imposed tariffs on steel in March 2018 and raised them on aluminum in June 2018.",
     [("IMPOSE_TARIFF", "2018-03", ["USA"], []), ("IMPOSE_TARIFF", "2018-06", ["USA"], [])]),
    # a decision to act is the act, by the one whose decision it is
    ("President Donald Trump's decision on Tuesday to pause the higher tariffs for 90 days left Australia's rate unchanged.",
     [("EASE_TARIFF", "2025-04-08", ["USA"], [])]),
    ("On the 8th (local time), President Trump had a phone call with Acting Prime Minister Han Duck-soo of South Korea.",
     [("CONSULT", "2025-04-08", ["USA"], ["KOR"])]),
    ("Korean Trade Minister Yeo Han-koo flew to Washington on Sunday for talks with Commerce Secretary Howard Lutnick.",
     [("CONSULT", "2025-04-06", ["KOR"], ["USA"])]),
    ("Seoul asked Washington on Monday to exempt Korea from the tariffs.", [("REQUEST", "2025-04-07", ["KOR"], ["USA"])]),
    ("On Tuesday, Japan proposed a plan to expand imports of American LNG.", [("PROPOSE", "2025-04-08", ["JPN"], [])]),
    # coordinated subjects act together; a "with" phrase is the other side
    ("The United States and Japan signed a trade agreement on Wednesday.", [("AGREE", "2025-04-09", ["JPN", "USA"], [])]),
    ("Seoul reached a trade agreement with Washington on Monday.", [("AGREE", "2025-04-07", ["KOR", "USA"], [])]),
    ("On the 2nd, the U.S. announced tariffs, imposing a rate of 25% on South Korea.",
     [("IMPOSE_TARIFF", "2025-04-02", ["USA"], ["KOR"])]),
    ("On April 9, Trump paused the tariffs on Korean goods for 90 days.", [("EASE_TARIFF", "2025-04-09", ["USA"], ["KOR"])]),
    ("China imposed 34% retaliatory tariffs on American goods on Friday.", [("RETALIATE", "2025-04-04", ["CHN"], ["USA"])]),
    ("Washington raised its levy on Chinese goods to 20% on Tuesday, and Beijing answered the same day with duties of "
     "up to 15% on U.S. farm products.",
     [("IMPOSE_TARIFF", "2025-04-08", ["USA"], ["CHN"]), ("RETALIATE", "2025-04-08", ["CHN"], ["USA"])]),
    # "opened negotiations" happened ("open to talks" would hedge); suspending the talks is no tariff easing
    ("The EU and India first opened negotiations in 2007 but suspended them in 2013, unable to bridge "
     "differences over car and wine tariffs.", [("CONSULT", "2007", ["EU", "IND"], [])]),
    # agreeing to open talks is the agreement, not talks held
    ("Trump and Abe agreed in September last year to open bilateral talks.", [("AGREE", "2024-09", ["JPN", "USA"], [])]),
    # "she" is the official named before her, not the city
    ("In Mexico City, President Claudia Sheinbaum said she spoke with Trump by phone on Thursday.",
     [("CONSULT", "2025-04-03", ["MEX"], ["USA"])]),
    # an extended pause eases; the date it runs to is a deadline
    ("Washington extended the pause on the 25% tariffs on Chinese goods to August 12.",
     [("EASE_TARIFF", None, ["USA"], ["CHN"])]),
    ("Washington's 25 per cent tariffs on all steel imports from Canada came into force on Wednesday.",
     [("IMPOSE_TARIFF", "2025-04-09", ["USA"], ["CAN"])]),
    ("Trump threatened on Saturday to impose 50% tariffs on European Union goods.",
     [("THREATEN", "2025-04-05", ["USA"], ["EU"])]),
    ("Brazil rejected the U.S. demands on Thursday.", [("REJECT", "2025-04-03", ["BRA"], ["USA"])]),
    # a measure promised on a condition is a threat
    ("On Thursday, Lula said that if the US went ahead, Brazil would charge an equal tariff on American goods.",
     [("THREATEN", "2025-04-03", ["BRA"], ["USA"])]),
    # a side saying it could, or is ready to, tax is threatening, when it says so; analysts' guesses are not
    ("Trump said in a television interview on Tuesday that he could eventually impose tariffs of up to 250% on Swiss drugs.",
     [("THREATEN", "2025-04-08", ["USA"], ["CHE"])]),
    ("Last week Trump said he was ready to put tariffs on all $500 billion of Chinese imports.",
     [("THREATEN", "2025-04", ["USA"], ["CHN"])]),  # last week: the month of most of its working days
    ("Analysts said on Tuesday that China could impose tariffs on American soybeans.", []),
    # counter-tariffs approved "to be applied if the talks collapsed" are a threat
    ("EU governments on Thursday approved counter-tariffs on US goods, to be applied if the talks collapsed.",
     [("THREATEN", "2025-04-03", ["EU"], ["USA"])]),
    # counter-measures announced for later are a threat, made when it was said
    ("Sheinbaum said on Tuesday that Mexico would unveil tariff countermeasures against the U.S. on Sunday.",
     [("THREATEN", "2025-04-08", ["MEX"], ["USA"])]),
    # planned events are reported; their date can lie ahead
    ("Canada will impose 25% tariffs on U.S. steel on Monday.", [("IMPOSE_TARIFF", "2025-04-14", ["CAN"], ["USA"])]),
    # a joint statement is an agreement; counter-tariffs taking effect are the retaliation
    ("China and the United States released a joint statement on Monday.", [("AGREE", "2025-04-07", ["CHN", "USA"], [])]),
    ("Canada's 25% counter-tariffs on US-made vehicles also took effect Wednesday.",
     [("RETALIATE", "2025-04-09", ["CAN"], ["USA"])]),
    # "meeting" as a verb, "for talks", a call that failed, "the two sides"
    ("Trump announced the deal after meeting a Korean delegation at the White House on Monday.",
     [("AGREE", "2025-04-07", ["USA"], []), ("CONSULT", "2025-04-07", ["USA"], ["KOR"])]),
    ("Canada's trade minister was in Washington on Thursday for talks with Commerce Secretary Howard Lutnick.",
     [("CONSULT", "2025-04-03", ["CAN"], ["USA"])]),
    ("The rate was fixed hours after Keller-Sutter's phone call with Trump failed on Thursday.",
     [("CONSULT", "2025-04-03", ["CHE"], ["USA"])]),
    # words quoted inside the sentence's own grammar report the event; a quotation on its own does not
    ("China's commerce ministry said on Thursday that it would \"take resolute countermeasures\" against the U.S. tariffs.",
     [("THREATEN", "2025-04-03", ["CHN"], ["USA"])]),
    ("China's commerce ministry said on Thursday: \"We will take resolute countermeasures against the U.S. tariffs.\"", []),
    # a parse that hangs "urged" on the quoted clause: the ministry still urges
    ("China's commerce ministry said on Monday that the outcome \"lays the foundation for cooperation\" and urged "
     "Washington to keep correcting its tariff practices.", [("REQUEST", "2025-04-07", ["CHN"], ["USA"])]),
    # no date in the sentence: none, never the publication date
    ("Japan and the United States held talks on tariffs.", [("CONSULT", None, ["JPN", "USA"], [])]),
    # "led three days of talks that began on Wednesday": the talks, on their first day
    ("Mexican Foreign Minister Marcelo Ebrard led three days of talks at the State Department that began on "
     "Wednesday with Vice President Mike Pence.", [("CONSULT", "2025-04-09", ["MEX"], ["USA"])]),
    # private forecasters warn nothing on a government's behalf
    ("Mexico's economy shrank 0.2% in the first quarter, and economists warned the full 25% tariff could tip it "
     "into recession.", []),
    # "spoke to X by telephone" is a call; "rescind the levy" eases it
    ("Prime Minister Mark Carney spoke to Mr Trump by telephone on Sunday evening.",
     [("CONSULT", "2025-04-06", ["CAN"], ["USA"])]),
    ("Late on Sunday, Ottawa said it would rescind the levy on American technology companies.",
     [("EASE_TARIFF", "2025-04-06", ["CAN"], ["USA"])]),
    # safeguard measures are imposed, not retaliation; a present perfect reported on Monday is Monday's news
    ("U.S. Trade Representative Robert Lighthizer announced on Monday that President Donald Trump has approved the "
     "safeguard measures on imported washing machines.", [("IMPOSE_TARIFF", "2025-04-07", ["USA"], [])]),
    # not accepting a request refuses it
    ("Seoul had repeatedly asked Washington to exclude Korean washers, but the U.S. side did not accept the request.",
     [("REQUEST", None, ["KOR"], ["USA"]), ("REJECT", None, ["USA"], ["KOR"])]),
    # a round of renegotiation is talks
    ("Korea's chief negotiator Yoo Myung-hee held the first formal round of renegotiation with U.S. officials in "
     "Washington on Jan. 5.", [("CONSULT", "2025-01-05", ["KOR"], ["USA"])]),
    # a truce "struck" on a day and cutting both sides' tariffs: made by both, that day
    ("A truce struck in Geneva on April 7 cut the U.S. tariff on Chinese goods to 30% and China's tariff on "
     "American goods to 10%.", [("AGREE", "2025-04-07", ["CHN", "USA"], []), ("EASE_TARIFF", "2025-04-07", ["USA"], ["CHN"]),
                                ("EASE_TARIFF", "2025-04-07", ["CHN"], ["USA"])]),
    # one clause cutting both sides' rates: a cut by each side
    ("Washington had raised its tariff on Chinese goods to 145% and Beijing its tariff on American goods to 125%. "
     "A truce struck in Geneva on April 7 cut the U.S. rate to 30% and China's to 10%.",
     [("IMPOSE_TARIFF", None, ["USA"], ["CHN"]), ("AGREE", "2025-04-07", ["CHN", "USA"], []),
      ("EASE_TARIFF", "2025-04-07", ["USA"], ["CHN"]), ("EASE_TARIFF", "2025-04-07", ["CHN"], [])]),
    # counter-tariffs "put off": an easing by the side that retaliated
    ("India's retaliatory duties on American almonds came into force on Sunday. But the counter-tariffs had been put "
     "off again and again since 2018.", [("RETALIATE", "2025-04-06", ["IND"], ["USA"]), ("EASE_TARIFF", None, ["IND"], ["USA"])]),
    # a clause before a semicolon is not hedged by the verb after it
    ("India had offered to lower its tariffs on American goods; Washington wanted more.",
     [("PROPOSE", None, ["IND"], [])]),
    # "threatened to raise that rate to 30% on Aug. 1": one threat, made when the letter was sent
    ("In a letter in March, President Donald Trump threatened to raise the tariff on Mexican goods to 30% on Aug. 1.",
     [("THREATEN", "2025-03", ["USA"], ["MEX"])]),
    # "as early as the 15th" is when the threatened duties could start, not when the threat was made
    ("Brussels had said it would begin imposing counter-tariffs on U.S. oranges as early as the 15th if Washington "
     "did not back down.", [("THREATEN", None, ["EU"], ["USA"])]),
    # keeping retaliatory tariffs is no new act; an "after" clause in the past states what happened
    ("Canada will keep its retaliatory tariffs on American goods even after U.S. President Donald Trump on Thursday "
     "exempted Canadian products from the duties.", [("EASE_TARIFF", "2025-04-03", ["USA"], ["CAN"])]),
    # the idea a side rejected did not happen
    ("Canadian Prime Minister Justin Trudeau on Thursday rejected the idea of dropping Canada's counter-tariffs on "
     "U.S. goods.", [("REJECT", "2025-04-03", ["CAN"], [])]),
    # signing the tariff orders imposes them; "agreed to hold off" on the tariffs just signed: a pause
    ("Trump signed the tariff orders on Canadian goods last month, then agreed on Monday to hold off for 30 days.",
     [("IMPOSE_TARIFF", "2025-03", ["USA"], ["CAN"]), ("EASE_TARIFF", "2025-04-07", ["USA"], [])]),
    # "a fresh round of tariffs" is tariffs; "set the figure" in a dated letter sets the rate just named
    ("President Donald Trump on Thursday unveiled a fresh round of industry tariffs, saying imported medicines will "
     "face a 100% duty.", [("IMPOSE_TARIFF", "2025-04-03", ["USA"], [])]),
    ("South Africa's exporters woke up to a 30% tariff on their goods in the United States on Tuesday. President "
     "Donald Trump first set the figure in a letter to Ramaphosa dated March 7.",
     [("IMPOSE_TARIFF", "2025-03-07", ["USA"], [])]),
    # the day the promised countermeasures would be unveiled does not date the promise
    ("Mexican President Claudia Sheinbaum, who had promised to unveil Mexico's own countermeasures on Sunday, welcomed "
     "the exemption.", [("THREATEN", None, ["MEX"], [])]),
    # "He urged ..." right after his dated quote: the day he spoke
    ("\"The door to consultation has always been open,\" Chinese commerce ministry spokesman He Yadong told "
     "reporters on Thursday. He urged Washington to cancel its unilateral tariff hikes.",
     [("REQUEST", "2025-04-03", ["CHN"], ["USA"])]),
    # duties imposed "earlier this week" are the ones that took effect on its Tuesday: one imposition
    ("Trump on Thursday exempted some products from the duties he imposed earlier this week on Canadian goods. The "
     "American duties took effect on Tuesday, April 8, placing a 25% tariff on most Canadian imports.",
     [("EASE_TARIFF", "2025-04-03", ["USA"], ["CAN"]), ("IMPOSE_TARIFF", "2025-04-08", ["USA"], ["CAN"])]),
    # two sides agreeing to suspend their tariffs: a deal, and each side's suspension
    ("The European Union and the United States agreed on Tuesday to suspend for five years the punitive tariffs "
     "each side had imposed in the battle over Airbus and Boeing.",
     [("AGREE", "2025-04-08", ["EU", "USA"], []), ("EASE_TARIFF", "2025-04-08", ["EU"], []),
      ("EASE_TARIFF", "2025-04-08", ["USA"], [])]),
    # "held off doubling its counter-duties": a pause, and no doubling
    ("Last month, Brussels opened talks with Washington on the metals dispute and held off doubling its "
     "counter-duties on U.S. goods.", [("CONSULT", "2025-03", ["EU"], ["USA"]), ("EASE_TARIFF", "2025-03", ["EU"], [])]),
    # "a 1962 trade law" says which law, not when the duties were imposed
    ("Trump announced 25% duties on steel imports on Thursday. The duties, imposed under Section 232 of a 1962 "
     "trade law, take effect on March 23.", [("IMPOSE_TARIFF", "2025-04-03", ["USA"], [])]),
    # being ready to impose sanctions if a demand is not met is a threat of "other measures"
    ("On Thursday, Treasury Secretary Steven Mnuchin said the U.S. was ready to impose further sanctions on Turkey "
     "if the pastor was not released.", [("THREATEN", "2025-04-03", ["USA"], ["TUR"])]),
    # each side levies its own counter-tariffs
    ("China and Canada answered Washington with counter-tariffs earlier this year.",
     [("RETALIATE", "2025", ["CHN"], ["USA"]), ("RETALIATE", "2025", ["CAN"], ["USA"])]),
    # a dateline's date is the report's, not the event's
    ("SYDNEY, April 9 — China's decision to slap crippling duties on Australian barley has turned a quarrel into a "
     "trade dispute.", [("IMPOSE_TARIFF", None, ["CHN"], ["AUS"])]),
    # the country the taxed goods come from is the target, not the actor
    ("India's higher customs duties on 28 products imported from the United States came into force on Sunday.",
     [("IMPOSE_TARIFF", "2025-04-06", ["IND"], ["USA"])]),
    # answering "with 125%" retaliates; lifting levies "of up to 15%" eases them
    ("By mid-April, the U.S. rate on Chinese products had reached 145%, and China had answered with 125% on "
     "American goods.", [("RETALIATE", "2025-04", ["CHN"], ["USA"])]),
    ("Beijing agreed in Busan to lift the retaliatory levies of up to 15% it had placed on American farm goods.",
     [("EASE_TARIFF", None, ["CHN"], ["USA"]), ("RETALIATE", None, ["CHN"], ["USA"])]),
    # Washington agreeing to halve a tariff levies it
    ("Washington agreed on Thursday to halve the fentanyl-related tariff on Chinese goods from 20% to 10%.",
     [("EASE_TARIFF", "2025-04-03", ["USA"], ["CHN"])]),
    # "importers will have to lodge deposits": an obligation the ministry set, not an aim
    ("On Tuesday, China's commerce ministry announced that importers of American brandy will have to lodge "
     "deposits of 30% under a new tariff.", [("IMPOSE_TARIFF", "2025-04-08", ["CHN"], ["USA"])]),
    # hinting it could raise a tariff is a threat
    ("Beijing has also hinted it could raise the tariff on imported American cars to as much as 25%.",
     [("THREATEN", None, ["CHN"], ["USA"])]),
    # "striking back at" makes the collection a retaliation; "the measures" are the ones just reported
    ("The European Union began collecting 25% duties on American goods on Friday, striking back at U.S. tariffs on "
     "European steel. The European Commission approved the measures on Wednesday.",
     [("RETALIATE", "2025-04-04", ["EU"], ["USA"]), ("RETALIATE", "2025-04-09", ["EU"], [])]),
    # "would place a 20% tariff" if the EU did not act: a threat
    ("Trump said that if the EU did not dismantle its trade barriers, the United States would place a 20% tariff on "
     "all cars arriving from Europe.", [("THREATEN", None, ["USA"], [])]),
    # an adverbial "while" clause states its own facts: the proposal was made
    ("The EU asked for a permanent exemption from the U.S. tariffs, while the U.S. side proposed capping European "
     "steel shipments with quotas.", [("REQUEST", None, ["EU"], ["USA"]), ("PROPOSE", None, ["USA"], [])]),
    # a retaliation announced with its start date is announced, not threatened; its rates, told next, are the same act
    ("China said on Monday it would raise import duties on American goods from June 1, hitting back at the United "
     "States. Rates of between 5% and 25% would apply to more than 5,000 U.S. products.",
     [("RETALIATE", "2025-04-07", ["CHN"], ["USA"])]),
    # a passive relative clause on the tariff: cut by the side that announced it, wherever the parser hung it
    ("On March 12, the US announced an additional tariff of 20% on most EU goods, which was reduced to 10% on April 2.",
     [("IMPOSE_TARIFF", "2025-03-12", ["USA"], ["EU"]), ("EASE_TARIFF", "2025-04-02", ["USA"], ["EU"])]),
    # "after the rate was announced": announced by someone the main clause does not name
    ("Vietnamese leader To Lam put a zero-tariff offer on the table in a call with Trump on Friday, shortly after the "
     "46% rate on Vietnam was announced.",
     [("PROPOSE", "2025-04-04", ["VNM"], []), ("CONSULT", "2025-04-04", ["VNM"], ["USA"])]),
    # a relative clause that makes the noun's event: its subject acts, on its date
    ("The increase took effect on Friday, carrying out a threat President Donald Trump had made on Twitter "
     "the previous Sunday.", [("THREATEN", "2025-03-30", ["USA"], [])]),
    # the order's signer imposes; a rate Washington "already applies" is standing, no event
    ("Trump on Wednesday signed an executive order imposing an additional 40% tariff on imports from Brazil which, "
     "added to the 10% baseline tariff that Washington already applies to most trading partners, brings the duty "
     "on many Brazilian goods to 50%.", [("IMPOSE_TARIFF", "2025-04-09", ["USA"], ["BRA"])]),
    # "with" hung on the object: still what the answer was made with
    ("Ottawa answered the first wave of U.S. duties with 25% counter-tariffs on Tuesday.",
     [("RETALIATE", "2025-04-08", ["CAN"], ["USA"])]),
    # "most of them": the counter-tariffs
    ("Canada imposed counter-tariffs in March but dropped most of them on Tuesday.",
     [("RETALIATE", "2025-03", ["CAN"], []), ("EASE_TARIFF", "2025-04-08", ["CAN"], [])]),
    ("Trump said on Monday he would add another 10% to the tariffs on Canadian goods.",
     [("IMPOSE_TARIFF", "2025-04-07", ["USA"], ["CAN"])]),
    # a meeting with the other side, dated by its own modifier
    ("Those talks grew out of Carney's March 7 meeting with Trump at the White House.",
     [("CONSULT", "2025-03-07", ["CAN"], ["USA"])]),
    # ending the talks rejects the other side
    ("Trump said on Thursday that all trade negotiations with Canada were finished.",
     [("REJECT", "2025-04-03", ["USA"], [])]),
    ("Washington broke off the talks with Ottawa on Friday.", [("REJECT", "2025-04-04", ["USA"], [])]),
    # a complaint to the WTO asks for consultations
    ("Korea on Wednesday lodged a complaint with the World Trade Organization over Japan's export controls.",
     [("REQUEST", "2025-04-09", ["KOR"], ["JPN"])]),
    # measures other than tariffs, taken in retaliation, wherever the parser hangs "in retaliation"
    ("On Tuesday, Seoul struck Japan from its list of trusted trading partners in retaliation.",
     [("RETALIATE", "2025-04-08", ["KOR"], [])]),
    # a deal sealed and a call held "between" two leaders: both sides act
    ("The truce was sealed in a telephone call on Sunday evening between French President Emmanuel Macron and "
     "U.S. President Donald Trump.",
     [("AGREE", "2025-04-06", ["FRA", "USA"], []), ("CONSULT", "2025-04-06", ["FRA", "USA"], [])]),
    # "the bloc" of an EU story; responding to any tariffs is a threat
    ("The European Union backed Paris. EU Trade Commissioner Phil Hogan has said the bloc would respond collectively "
     "to any tariffs aimed at one of its members.", [("THREATEN", None, ["EU"], [])]),
    # proposing duties on another country's goods threatens them
    ("The U.S. trade office proposed duties of up to 100% on French cheese on Monday.",
     [("THREATEN", "2025-04-07", ["USA"], ["FRA"])]),
    # "due to meet" is planned, like "set to meet"
    ("French Finance Minister Bruno Le Maire is due to meet U.S. Treasury Secretary Steven Mnuchin in Davos on Thursday.",
     [("CONSULT", "2025-04-10", ["FRA"], ["USA"])]),
    # "the two men" of a two-country story are both sides
    ("Washington threatened 100% tariffs on French goods. The two men spoke by telephone on Monday.",
     [("THREATEN", None, ["USA"], ["FRA"]), ("CONSULT", "2025-04-07", ["FRA", "USA"], [])]),
    # a WTO complaint announced for later is a threat, made when it was said
    ("Seoul said on Tuesday that it would file a complaint with the WTO against the U.S. safeguard tariffs.",
     [("THREATEN", "2025-04-08", ["KOR"], ["USA"])]),
    # an understanding and a truce are agreements
    ("Trump unveiled a preliminary understanding with Mexico on Monday.", [("AGREE", "2025-04-07", ["MEX", "USA"], [])]),
    ("China and the United States agreed to a 90-day truce on Monday.", [("AGREE", "2025-04-07", ["CHN", "USA"], [])]),
    # "opening weeks of talks": held by the subject of the verbs it is joined to
    ("Canada's Foreign Minister Chrystia Freeland landed in Washington on Tuesday, opening weeks of shuttle talks with "
     "U.S. Trade Representative Robert Lighthizer.", [("CONSULT", "2025-04-08", ["CAN"], ["USA"])]),
    # "tabled" draft laws propose; requests "turned away" are rejected
    ("The European Commission tabled two draft regulations on Monday to scrap EU duties on American industrial goods.",
     [("PROPOSE", "2025-04-07", ["EU"], [])]),
    ("Brussels's requests to carve out wine have so far been turned away by Washington.", [("REJECT", None, ["USA"], [])]),
    # a past relative clause states its own fact, even under a threat; "settled for" a rate is a deal, made with
    # the government of the official the sentence names
    ("Trump threatened 30% on EU goods, well above the 15% Japan accepted in March and the 10% Britain settled for "
     "in February.", [("THREATEN", None, ["USA"], ["EU"]), ("AGREE", "2025-03", ["JPN", "USA"], []),
                      ("AGREE", "2025-02", ["GBR", "USA"], [])]),
    # "member states" and "the Commission" of an EU story; "suspended it": the package of countermeasures
    ("The European Union weighed its options. Member states approved a package of countermeasures on US goods in "
     "March, and the Commission suspended it for six months on Monday.",
     [("RETALIATE", "2025-03", ["EU"], ["USA"]), ("EASE_TARIFF", "2025-04-07", ["EU"], [])]),
    # a probe told as an answer to the other side is retaliation; "a week after" is another day
    ("China's Commerce Ministry on Monday launched an anti-dumping investigation into pork from the European Union, "
     "less than a week after Brussels announced the car duties.",
     [("RETALIATE", "2025-04-07", ["CHN"], ["EU"]), ("IMPOSE_TARIFF", None, ["EU"], [])]),
    ("Beijing opened an anti-dumping probe into EU brandy in January, a move widely seen as a response to the car "
     "investigation.", [("RETALIATE", "2025-01", ["CHN"], ["EU"])]),
    # approving a duty imposes it; counter-tariffs approved "to be applied if" talks fail threaten
    ("Late on Friday, US President Barack Obama approved a special safeguard duty on passenger car tyres from China.",
     [("IMPOSE_TARIFF", "2025-04-04", ["USA"], [])]),
    ("EU governments on Thursday approved counter-tariffs on €93 billion of US goods, to be applied if the talks "
     "collapsed.", [("THREATEN", "2025-04-03", ["EU"], ["USA"])]),
    # reserving the right to respond is a threat, made that day
    ("On Saturday the ministry said that China firmly opposed the tyre levy and reserved the right to respond.",
     [("THREATEN", "2025-04-05", ["CHN"], [])]),
    # a "since" clause dates the background, not the meeting to come
    ("The moves are the sharpest clash between the two countries since US President Barack Obama took office in "
     "January, and they come before Obama is due to sit down with Chinese President Hu Jintao.",
     [("CONSULT", None, ["USA"], ["CHN"])]),
    # deferring retaliatory tariffs eases them
    ("India on Monday again deferred retaliatory tariffs on 29 American products.", [("EASE_TARIFF", "2025-04-07", ["IND"], ["USA"])]),
    # a rate set out in a letter for a later date is a threat made the day of the letter
    ("On April 7, U.S. President Donald Trump wrote to Brazilian President Luiz Inácio Lula da Silva announcing a 50 "
     "percent tariff on Brazilian products from Aug. 1.", [("THREATEN", "2025-04-07", ["USA"], ["BRA"])]),
    ("Trump had set out the 30% rate on EU goods in a letter to Ursula von der Leyen on April 2.",
     [("THREATEN", "2025-04-02", ["USA"], ["EU"])]),
    # a review of tariffs does not hedge them; using a meeting to press for something is pressing for it
    ("The actions came out of a review of tariffs imposed by Washington on Chinese goods in 2018.",
     [("IMPOSE_TARIFF", "2018", ["USA"], ["CHN"])]),
    ("Albanese said he used the meeting to press for the removal of the duties on wine.", [("REQUEST", None, ["AUS"], [])]),
    # a request for consultations filed at the WTO; what an order does, it does when signed
    ("Brazil's Foreign Ministry filed a request for consultations with the United States at the World Trade "
     "Organization on Wednesday.", [("REQUEST", "2025-04-09", ["BRA"], ["USA"])]),
    ("The order Trump signed on March 30 exempts close to 700 Brazilian products, among them civil aircraft.",
     [("EASE_TARIFF", "2025-03-30", ["USA"], ["BRA"])]),
    # consultations "on whether" to act ask the public, not a partner
    ("Ottawa also opened consultations on whether to extend surtaxes to Chinese batteries and semiconductors.", []),
    ("Canada opened consultations with the United States on the surtax.", [("CONSULT", None, ["CAN"], ["USA"])]),
    # growers warning of a levy's harm make no threat
    ("Flower growers, weeks from their busiest season, warned that a 50 percent U.S. levy would price them out of "
     "the market.", []),
    # a provincial premier urging his own capital, a question put to Trump, a wish held for years: no requests
    ("Saskatchewan Premier Scott Moe has urged Ottawa to drop the EV surtax.", []),
    ("Asked whether Britain might yet face higher tariffs, Mr Trump said the UK was very well protected.", []),
    ("Britain has sought a trade agreement with the US ever since it voted to leave the EU in 2016.", []),
    # a joined verb whose subject the parser hung on the object before it
    ("Colombia and the United States pulled back on Sunday, only hours after President Donald Trump ordered sweeping "
     "tariffs on Colombian goods and President Gustavo Petro answered with duties of his own.",
     [("IMPOSE_TARIFF", "2025-04-06", ["USA"], ["COL"]), ("RETALIATE", "2025-04-06", ["COL"], ["USA"])]),
    # pressing officials on a point asks; a visit is talks held "during" it
    ("Treasury Secretary Janet Yellen pressed Chinese officials on industrial overcapacity during a visit to Guangzhou "
     "and Beijing last month.", [("REQUEST", "2025-03", ["USA"], ["CHN"]), ("CONSULT", "2025-03", ["USA"], ["CHN"])]),
    # talks held, says whom: the speaker's side held them
    ("Five rounds of talks with the United States have been held since March, India said.",
     [("CONSULT", "2025-03", ["IND"], ["USA"])]),
    # "and again on June 16": a second meeting
    ("Carney met Trump at the White House in January and again on March 16 on the sidelines of a summit.",
     [("CONSULT", "2025-01", ["CAN"], ["USA"]), ("CONSULT", "2025-03-16", ["CAN"], ["USA"])]),
    # replying with duties, a probe read as a reply: retaliation
    ("In March, Washington put 10% on another $200 billion of imports, and Beijing replied with duties on $60 billion "
     "of American products.", [("IMPOSE_TARIFF", "2025-03", ["USA"], []), ("RETALIATE", "2025-03", ["CHN"], ["USA"])]),
    ("Beijing opened the brandy investigation in January, a move widely read as a reply to the EV probe the "
     "Commission launched in October 2023.", [("RETALIATE", "2025-01", ["CHN"], [])]),
    # a tariff faced or paid "since" a date was imposed then, by its levier
    ("Since March, European vehicles have faced a 27.5% U.S. tariff.", [("IMPOSE_TARIFF", "2025-03", ["USA"], ["EU"])]),
    ("Philippine exports to the United States will pay a 19-percent tariff under the arrangement.", []),
    # the tariff a relative clause describes, also where the parser missed the clause
    ("The 25% duties on European steel and 10% on aluminium imposed by Trump in 2018 are still in place.",
     [("IMPOSE_TARIFF", "2018", ["USA"], ["EU"])]),
    ("The threat came on top of duties the United States imposed on $7.5 billion of European Union goods in October.",
     [("IMPOSE_TARIFF", "2024-10", ["USA"], ["EU"])]),
    # "hit X with duties" imposes them; a side "hit with" a tariff is taxed, it does not tax
    ("China hit U.S. soybeans, pork and cars with 25 percent duties on Friday.",
     [("IMPOSE_TARIFF", "2025-04-04", ["CHN"], ["USA"])]),
    ("Australia was hit with the minimum 10 per cent tariff when Trump unveiled his measures on April 2.",
     [("IMPOSE_TARIFF", "2025-04-02", ["USA"], ["AUS"])]),
    # ... but a complaint joined to a promise leaves the promise standing
    ("On Tuesday Trump complained that India was not a good trading partner and said he would raise the tariff on "
     "India very substantially.", [("THREATEN", "2025-04-08", ["USA"], ["IND"])]),
    # a raise promised with no rate and no day is a warning, made when it was said
    ("On Tuesday Trump said he would raise the tariff on India very substantially.",
     [("THREATEN", "2025-04-08", ["USA"], ["IND"])]),
    ("On Tuesday Trump said he would raise the tariff on India to 50% from August 27.",  # announced: a rate, a day
     [("IMPOSE_TARIFF", "2025-04-08", ["USA"], ["IND"])]),
    # restoring a tariff imposes it again; restoring it "would" do something is only supposed
    ("On Monday, Trump signed two proclamations restoring the full 25 per cent tariff on steel.",
     [("IMPOSE_TARIFF", "2025-04-07", ["USA"], [])]),
    ("Restoring the 2018 levies in full would subject Brazilian steel to a 25% duty.", []),
    # the orders "the President signed": his government's tariff
    ("Donald Trump spoke about steel on Friday. Exporters were stunned after the President signed orders on Monday "
     "that put a 25 per cent duty on steel from every country.", [("IMPOSE_TARIFF", "2025-04-07", ["USA"], [])]),
    # "would answer any tariffs with measures of equal scale": a threat, made when said
    ("Commerce ministry spokesman Gao Feng told a briefing on Thursday that China would answer any Section 301 "
     "tariffs with measures of equal scale and intensity.", [("THREATEN", "2025-04-03", ["CHN"], [])]),
    # offering tariffs ("zero-for-zero") is an offer; proposing duties on a country's goods holds them over it
    ('On April 7, von der Leyen said the EU had offered Washington "zero-for-zero" tariffs on industrial goods.',
     [("PROPOSE", "2025-04-07", ["EU"], ["USA"])]),
    # a government saying others could or would face a rate holds it over them; a rate others will face is none
    ("Trump said on Thursday that Canada would face a 35% tariff.", [("THREATEN", "2025-04-03", ["USA"], ["CAN"])]),
    ("Canadian exporters will face a 35% tariff from August 1.", []),
    # "brushed the idea aside", wherever the parser hangs "aside"
    ("On April 7, the EU offered Washington zero-for-zero tariffs on industrial goods. Trump brushed the idea aside "
     "the same day.", [("PROPOSE", "2025-04-07", ["EU"], ["USA"]), ("REJECT", "2025-04-07", ["USA"], ["EU"])]),
    # considering "all options" is a threat; declining a request rejects it
    ("On Friday, Trade Minister Simon Birmingham said the government would consider all options, including a "
     "complaint to the World Trade Organization.", [("THREATEN", "2025-04-04", ["AUS"], [])]),
    ("Chinese Commerce Minister Zhong Shan has declined every request from Australia for a call.",
     [("REJECT", None, ["CHN"], ["AUS"])]),
    # "U.S. partners" are other countries, not the United States
    ("Other U.S. partners are still seeking relief from the steel tariffs.", []),
    ("The EU and the United States on Friday agreed to suspend, for four months, all the tariffs they have imposed "
     "on each other's goods.", [("AGREE", "2025-04-04", ["EU", "USA"], []), ("EASE_TARIFF", "2025-04-04", ["EU"], []),
                                ("EASE_TARIFF", "2025-04-04", ["USA"], [])]),
    # pushing back a tariff increase postpones it
    ("Last month, Trump pushed back the tariff increase by two weeks.", [("EASE_TARIFF", "2025-03", ["USA"], [])]),
    # freezing duties suspends them
    ("In March 2021, Washington froze its tariffs on aircraft from the European Union for four months.",
     [("EASE_TARIFF", "2021-03", ["USA"], ["EU"])]),
    # freeing a side from tariffs exempts it, "eventually" or not; freeing a prisoner does not
    ("Washington eventually freed Canada and Mexico from the metals tariffs in 2019.",
     [("EASE_TARIFF", "2019", ["USA"], ["CAN", "MEX"])]),
    ("Turkey freed the pastor on Friday, weeks into the tariff row.", []),
    # goods removed from the tariffs: an exemption
    ("President Donald Trump signed an executive order on March 14 removing a long list of farm goods from the "
     "reciprocal tariffs.", [("EASE_TARIFF", "2025-03-14", ["USA"], [])]),
    # a rate in words is a rate, as "25%" is
    ("On March 6 Trump signed the executive order imposing the extra 25 per cent on India.",
     [("IMPOSE_TARIFF", "2025-03-06", ["USA"], ["IND"])]),
    # a deal unveiled at a date, told as a participle
    ("Vietnam's agreement with the United States, unveiled on March 2, carries a 20 percent rate.",
     [("AGREE", "2025-03-02", ["USA", "VNM"], [])]),
    # "only for X to suspend": what happened next, not an aim
    ("Trump announced a 31% tariff on South African goods on April 2, only for the president to suspend most of "
     "those levies for 90 days a week later.", [("IMPOSE_TARIFF", "2025-04-02", ["USA"], ["ZAF"]), ("EASE_TARIFF", "2025-04-09", ["USA"], ["ZAF"])]),
    # a rate a deal lowers is an easing by the levying side, on the deal's day
    ("On March 2, Trump announced a trade deal under which Vietnamese goods will face a 20% tariff, down from the 46% rate.",
     [("AGREE", "2025-03-02", ["USA", "VNM"], []), ("EASE_TARIFF", "2025-03-02", ["USA"], ["VNM"])]),
    ("On March 2, Trump announced a trade deal under which Vietnamese goods will face a 20% tariff, up from 10%.",
     [("AGREE", "2025-03-02", ["USA", "VNM"], [])]),
    # notice served is a formal warning; taking a side to the WTO files a complaint, vowing to do so threatens
    ("On March 4, the Office of the US Trade Representative served 60 days' notice on India and Turkey.",
     [("THREATEN", "2025-03-04", ["USA"], ["IND", "TUR"])]),
    ("Canada took the United States to the WTO on Monday over the lumber duties.",
     [("REQUEST", "2025-04-07", ["CAN"], ["USA"])]),
    ("Ottawa will take Washington to the World Trade Organization, Freeland said on Friday.",
     [("THREATEN", "2025-04-04", ["CAN"], ["USA"])]),
    ("China imposed the tariffs on U.S. goods without notice on Friday.", [("IMPOSE_TARIFF", "2025-04-04", ["CHN"], ["USA"])]),
    # calling a person places a call; the first verb's sense does not hedge the one joined to it
    ("On April 4, Mr Lam called Mr Trump and offered to take tariffs on US goods down to zero.",
     [("CONSULT", "2025-04-04", ["VNM"], ["USA"]), ("PROPOSE", "2025-04-04", ["VNM"], [])]),
    ("Trump called Xi a very tough negotiator on Friday.", []),
    # a warning that a side "would firmly counter" a deal is a threat
    ("China's commerce ministry warned on Friday that it would firmly counter any deal struck at its expense.",
     [("THREATEN", "2025-04-04", ["CHN"], [])]),
    # a proclamation signed in a story of tariffs imposes them; an order "removing" goods eases them
    ("Trump announced a 25 percent tariff on trucks. The formal proclamation was signed on Friday.",
     [("IMPOSE_TARIFF", "2025-04-04", ["USA"], [])]),
    ("President Donald Trump signed an executive order on Friday removing farm goods from the reciprocal tariffs.",
     [("EASE_TARIFF", "2025-04-04", ["USA"], [])]),
    # a numbered round is a round of the talks the story follows; one a team "had been due" for is not held
    ("Indian officials went to Washington for the fifth round in March.", [("CONSULT", "2025-03", ["IND"], [])]),
    ("Negotiators have held five rounds, but a US team that had been due in New Delhi from March 25 for a sixth round "
     "did not come.", []),
    # "stacked a levy" imposes it; a rate "stacked on" another is how it is made up
    ("Then, on March 27, Washington stacked a second 25 per cent levy on Indian goods.",
     [("IMPOSE_TARIFF", "2025-03-27", ["USA"], ["IND"])]),
    ("The new US rate of 30% is the 10% baseline stacked on the 20% fentanyl-related duty.", []),
    # agreeing to negotiate an agreement is the agreement; the talks are still to come
    ("In February, India and the United States agreed to negotiate a trade agreement.",
     [("AGREE", "2025-02", ["IND", "USA"], [])]),
    # "due by autumn this year" is a deadline, not the agreement's date
    ("In February, India and the United States agreed on a trade agreement, with a first tranche due by autumn this "
     "year.", [("AGREE", "2025-02", ["IND", "USA"], [])]),
    # an official landing or arriving in a foreign capital visits it; one arriving at home visits no one
    ("Mexican Foreign Minister Marcelo Ebrard landed in Washington on May 31 and made the rounds.",
     [("CONSULT", "2024-05-31", ["MEX"], ["USA"])]),
    ("U.S. President Donald Trump arrived in Washington on Monday.", []),
    # a non-finite clause carries out the governing clause's measure: "rebalancing" duties set to apply answer
    ("On Wednesday the European Commission formally adopted its rebalancing regulation, "
     "setting the duties to apply from Friday.", [("RETALIATE", "2025-04-09", ["EU"], [])]),
    # an envoy sent to a capital visits it, and asks what he was sent to ask; a letter sent is no visit
    ("On Monday, Japanese Prime Minister Yasuhiro Nakasone sent Shintaro Abe to Washington as his special envoy to ask "
     "the Reagan administration to postpone the penalties.",
     [("CONSULT", "2025-04-07", ["JPN"], ["USA"]), ("REQUEST", "2025-04-07", ["JPN"], ["USA"])]),
    ("Trump sent a letter to Ottawa on Monday.", []),
    # "who is scheduled to arrive ... for talks": the person the clause describes travels
    ("Japanese Prime Minister Yasuhiro Nakasone, who is scheduled to arrive in Washington on April 29 for two days of "
     "talks with President Reagan, said he would explain Japan's position.", [("CONSULT", "2025-04-29", ["JPN"], ["USA"])]),
])
def test_event_types_sides_and_dates(annotate, sentence, expected):
    assert events(annotate(sentence)) == expected


@pytest.mark.parametrize("sentence, modality", [
    ("The European Union may impose counter-tariffs on U.S. goods.", "possible"),
    ("Japan has not agreed to cut tariffs on American rice.", "negated"),
    ("Brussels is considering retaliatory tariffs on American whiskey.", "possible"),
    ("Mexican President Andrés Manuel López Obrador, who had ruled out answering with tariffs of his own on U.S. "
     "goods, held a rally.", "negated"),
    # a power the law gives, over both joined verbs
    ("Brazil's reciprocity law allows Brasília to suspend trade concessions or raise duties on U.S. goods.", "possible"),
    # "would keep pressing for a better deal": nothing new is asked
    ("Switzerland's government said it would keep pressing the United States for a better deal on tariffs.", "possible"),
    # "would have eased": a deal that did not happen
    ("Under that plan, Washington would have eased levies on Canadian steel.", "possible"),
    # a present tense in a clause about a time still to come
    ("Cars will pay 15%, backdated to the month in which the European Commission proposes legislation.", "possible"),
    # holding fire on retaliation: none
    ("Lula holds fire on retaliation against the U.S. tariffs.", "negated"),
    # a plan given up: "had been set to double"
    ("The EU's levies of 25 per cent on bourbon had been set to double to 50 per cent on December 1.", "possible"),
    # an aim: "Our objective is to have the tariffs removed"
    ("Canada's finance minister said on Sunday: our objective is to have the U.S. tariffs removed.", "possible"),
])
def test_hedged_events_stay_out_of_the_default_list(annotate, sentence, modality):
    doc = annotate(sentence)
    assert doc._.events == []
    assert modality in {e["modality"] for e in doc._.hedged_events}


def test_codes_evidence_and_links(annotate):
    text = ("On Tuesday, the United States imposed 25% tariffs on Canadian goods. "
            "Canada imposed 25% counter-tariffs on American goods on Wednesday.")
    impose, retaliate = annotate(text)._.events
    assert (impose["plover"]["type"], impose["cameo"]) == ("SANCTION", "163")
    assert retaliate["type"] == "RETALIATE" and retaliate["retaliates_against"] == impose["id"]
    assert text[retaliate["evidence"][0]["start"]:retaliate["evidence"][0]["end"]].startswith("Canada imposed")
    assert retaliate["tariffs"] == [{"rate": 25.0, "target": "USA", "imposer": "CAN", "product": None,
                                     "kind": "retaliatory"}]
    assert 0 < retaliate["confidence"] <= 1


def test_an_event_stated_twice_is_one_event(annotate):
    doc = annotate("Trump imposed 145% tariffs on Chinese goods on Monday. "
                   "The president imposed the tariffs on Chinese goods on Monday, officials said.")
    [event] = doc._.events
    assert len(event["evidence"]) == 2


def test_an_undated_agreement_between_the_same_parties_is_the_dated_one(annotate):
    doc = annotate("Now that the details of the agreement Ursula von der Leyen and US President Donald Trump sealed at "
                   "his golf resort in Turnberry are sinking in, the mood has soured.\n\nThe framework struck on Sunday "
                   "caps US tariffs on most goods from the European Union at 15 per cent.", "2025-07-29")
    assert [(e["type"], e["date"], e["actors"], len(e["evidence"])) for e in doc._.events] == [
        ("AGREE", "2025-07-27", ["EU", "USA"], 2)]


# Publication date: Wednesday 9 April 2025.
@pytest.mark.parametrize("text, expected", [
    # "after agreeing to ..." and "because Mexico had agreed to ..." on the same day: one deal
    ("Mexico on Friday headed off a U.S. tariff after agreeing to send troops to its border. Trump said on Friday "
     "that the tariff had been suspended because Mexico had agreed to tighten its border.",
     [("AGREE", "2025-04-04", ["MEX"], []), ("EASE_TARIFF", "2025-04-04", ["USA"], [])]),
    # "He said Brazil was asking ...": the request is dated by his quote right after it
    ("Vice President Geraldo Alckmin said Brazil was asking Washington to open negotiations on the tariffs. "
     "\"The door is open,\" Alckmin told reporters on Thursday.", [("REQUEST", "2025-04-03", ["BRA"], ["USA"])]),
    # one call told from one side and again as a joint act is one event, with both sides acting
    ("Keir Starmer speaks to Narendra Modi by telephone on Tuesday. Starmer and Indian Prime Minister Narendra Modi "
     "announced the deal on Tuesday after a phone call.",
     [("CONSULT", "2025-04-08", ["GBR", "IND"], []), ("AGREE", "2025-04-08", ["GBR", "IND"], [])]),
    # a definite mention names the event already reported and gives it its date
    ("Vietnam has secured a trade agreement with the United States. Trump announced the deal on Monday.",
     [("AGREE", "2025-04-07", ["USA", "VNM"], [])]),
    # a deal struck "after" which something happened on Wednesday is dated by its own later mention
    ("Carmakers in Tokyo cheered on Wednesday after Japan and the United States reached a trade agreement. "
     "Trump announced the agreement late Tuesday on social media.",
     [("AGREE", "2025-04-08", ["JPN", "USA"], [])]),
    # a name the parser splits off its title ("Secretary To Lam") still names the actor
    ("Vietnam's leader To Lam welcomed the news on Friday. Party General Secretary To Lam had held a phone call "
     "with US President Donald Trump on Wednesday.", [("CONSULT", "2025-04-09", ["VNM"], ["USA"])]),
    # a position stated without a date takes the day its author is quoted right after
    ("Canada's Trade Minister Mary Ng has rejected a demand by the United States to drop its dairy quotas. "
     "\u201cOur supply management system is not on the table,\u201d Ng told reporters on Tuesday.",
     [("REJECT", "2025-04-08", ["CAN"], ["USA"])]),
    # "the visiting team" is a side of the talks already reported, not a visit of its own
    ("India and the United States held a round of trade talks in New Delhi on Tuesday. "
     "The visiting US team was led by Assistant Trade Representative Brendan Lynch.",
     [("CONSULT", "2025-04-08", ["IND", "USA"], [])]),
    # duties "announced and extended to" other countries: the extension is an imposition of its own day
    ("Ottawa criticised the U.S. metals duties in April 2018. Those duties, 25 percent on steel, were announced "
     "in March 2018 and extended to Mexico and Canada on June 1, 2018.",
     [("IMPOSE_TARIFF", "2018-03", ["USA"], []), ("IMPOSE_TARIFF", "2018-06-01", ["USA"], ["MEX", "CAN"])]),
    # the speaker whose goods the tariff taxes does not remove it: its imposer does
    ("Trump agreed to slash the 27.5 per cent tariffs on British cars to 10 per cent. The 25 per cent tariff on "
     "British steel, in force since March, will be removed, Downing Street said.",
     [("EASE_TARIFF", None, ["USA"], ["GBR"])]),
    # a phone call and a meeting are two consultations, even when one of them has no date
    ("Swiss President Karin Keller-Sutter spoke with U.S. President Donald Trump by telephone. Keller-Sutter had "
     "held a meeting with U.S. Treasury Secretary Scott Bessent in Geneva in March.",
     [("CONSULT", None, ["CHE"], ["USA"]), ("CONSULT", "2025-03", ["CHE"], ["USA"])]),
    # goods "hit with retaliatory duties last September": a dated retaliation, however the tagger reads the adjective
    ("China raised duties on American goods on Monday. Most of the goods on the list were first hit with Chinese "
     "retaliatory duties last September.",
     [("IMPOSE_TARIFF", "2025-04-07", ["CHN"], ["USA"]), ("RETALIATE", "2024-09", ["CHN"], [])]),
    # "after the talks" places a request at the talks held, not at talks still planned
    ("India's Prime Minister Narendra Modi held a meeting with President Donald Trump on Thursday. India and the "
     "United States will negotiate a trade deal in May. Briefing journalists after the talks, India's Foreign "
     "Secretary Vikram Misri said the American side had asked India to buy more US oil.",
     [("CONSULT", "2025-04-03", ["IND"], ["USA"]), ("CONSULT", "2025-05", ["IND", "USA"], []),
      ("REQUEST", "2025-04-03", ["USA"], ["IND"])]),
    # what private firms sought is no government's request
    ("In the budget, Indian Finance Minister Nirmala Sitharaman cut the duty on imported motorcycles on Saturday, "
     "a relief long sought by American manufacturers.", [("EASE_TARIFF", "2025-04-05", ["IND"], [])]),
    # "deals" of two countries are one deal each; a later dated mention of one of them is that deal
    ("Vietnam and Indonesia have secured tariff deals with the United States in the past fortnight. "
     "On Tuesday, Trump said Indonesia had agreed to a 19% tariff.",
     [("AGREE", None, ["USA", "VNM"], []), ("AGREE", "2025-04-08", ["IDN", "USA"], [])]),
    # "On June 1 of that year": the day, not the year it is of
    ("The dispute goes back to 2018. On June 1 of that year, the United States imposed tariffs of 25% on European steel.",
     [("IMPOSE_TARIFF", "2018-06-01", ["USA"], ["EU"])]),
    # "after the talks" only places the sentence: its other date is not the talks' date
    ("Japan held talks with the United States on Monday. After the talks, officials said more meetings could follow next week.",
     [("CONSULT", "2025-04-07", ["JPN"], ["USA"])]),
    # an event placed at a dated meeting takes the meeting's date
    ("Korea's trade minister met Commerce Secretary Howard Lutnick in Washington on Monday. "
     "During the meeting, Seoul asked Washington to exempt Korean cars from the tariffs.",
     [("CONSULT", "2025-04-07", ["KOR"], ["USA"]), ("REQUEST", "2025-04-07", ["KOR"], ["USA"])]),
    # what the sides did in the sentences right after a dated call happened on that call
    ("On Monday, Trump spoke by phone with Mexican President Claudia Sheinbaum. Mexico agreed to send troops to its "
     "border. In return, Washington agreed to hold off on the tariffs for a month.",
     [("CONSULT", "2025-04-07", ["USA"], ["MEX"]), ("AGREE", "2025-04-07", ["MEX", "USA"], []),
      ("EASE_TARIFF", "2025-04-07", ["USA"], [])]),
    # a rate lower than the one before, told with the call that settled it, is an easing on the call's day
    ("Indonesian goods will face a tariff of 19 percent rather than the 32 percent rate Washington had threatened, "
     "Trump said on Tuesday after a call with President Prabowo Subianto.",
     [("THREATEN", None, ["USA"], ["IDN"]), ("CONSULT", "2025-04-08", ["USA"], ["IDN"]),
      ("EASE_TARIFF", "2025-04-08", ["USA"], ["IDN"])]),
    # each term the other side "had agreed" to, joined by "and", is a term of the deal made on the call
    ("Trump spoke by phone with Indonesian President Prabowo Subianto on Tuesday. Trump said Jakarta had agreed to buy "
     "50 Boeing jets and to cut its own tariffs on goods from the United States to zero.",
     [("CONSULT", "2025-04-08", ["USA"], ["IDN"]), ("AGREE", "2025-04-08", ["IDN", "USA"], []),
      ("EASE_TARIFF", "2025-04-08", ["IDN"], ["USA"])]),
    # "both governments will suspend" the tariffs: each side suspends its own, on the other
    ("Britain and the United States agreed on Tuesday to end their fight over aircraft subsidies. Under the agreement, "
     "both governments will suspend the retaliatory tariffs they imposed in the dispute.",
     [("AGREE", "2025-04-08", ["GBR", "USA"], []), ("EASE_TARIFF", "2025-04-08", ["GBR"], ["USA"]),
      ("EASE_TARIFF", "2025-04-08", ["USA"], ["GBR"])]),
    # what they agreed not to do ("rather than raise") did not happen
    ("The United States and the European Union agreed on Tuesday to lower rather than raise the tariffs on lobster.",
     [("AGREE", "2025-04-08", ["EU", "USA"], [])]),
    # a tariff cut the deal will bring is dated by the deal
    ("Seoul and Washington reached a trade agreement on Tuesday. Washington will also lower its 25% tariff on Korean cars to 15%.",
     [("AGREE", "2025-04-08", ["KOR", "USA"], []), ("EASE_TARIFF", "2025-04-08", ["USA"], ["KOR"])]),
    # the later of two opposed impositions answers the earlier, whatever the order of the text
    ("On March 4, Beijing imposed 15% tariffs on American farm goods. "
     "Washington had imposed 10% tariffs on Chinese goods on February 4.",
     [("RETALIATE", "2025-03-04", ["CHN"], ["USA"]), ("IMPOSE_TARIFF", "2025-02-04", ["USA"], ["CHN"])]),
    # tariffs on the side that earlier taxed everyone's steel answer that measure
    ("The United States put tariffs on steel from all countries in March 2018. "
     "In April 2018, China imposed tariffs on 128 American products.",
     [("IMPOSE_TARIFF", "2018-03", ["USA"], []), ("RETALIATE", "2018-04", ["CHN"], ["USA"])]),
    # a participle on "counter-tariffs" is a retaliation
    ("Canada's 25% counter-tariffs on U.S. steel, imposed in March, remain in force.",
     [("RETALIATE", "2025-03", ["CAN"], ["USA"])]),
    # an apposition describes the actor; its countries are not actors
    ("Mexico, the largest foreign buyer of U.S. pork, raised its tariff on American pork to 20 percent on Monday.",
     [("IMPOSE_TARIFF", "2025-04-07", ["MEX"], ["USA"])]),
    # the lede's "the first consultation" is the meeting the next sentence dates; what followed it too
    ("Seoul has agreed with Washington to draw up a tariff package, following the first high-level consultation "
     "between the two allies. On Thursday, Korea's finance minister sat down with Treasury Secretary Scott Bessent.",
     [("AGREE", "2025-04-03", ["KOR", "USA"], []), ("CONSULT", "2025-04-03", ["KOR"], ["USA"])]),
    # "both sides" are the sides of the event just reported; continuing talks settles nothing
    ("On Tuesday, Trump had a phone call with Acting Prime Minister Han Duck-soo of South Korea. "
     "Both sides agreed to continue minister-level consultations.",
     [("CONSULT", "2025-04-08", ["USA"], ["KOR"]), ("CONSULT", None, ["KOR", "USA"], [])]),
    # "the two sides" are the article's two parties
    ("India faces U.S. tariffs. The U.S. wants India to open its farm sector. "
     "The two sides have held five rounds of negotiations since March.", [("CONSULT", "2025-03", ["IND", "USA"], [])]),
    # terms of a deal are part of it, not deals of their own
    ("Tokyo and Washington reached a trade agreement on Tuesday. Trump wrote that Japan had agreed to buy more American rice.",
     [("AGREE", "2025-04-08", ["JPN", "USA"], [])]),
    # "agreed to a reprieve": the reprieve is the event
    ("Washington agreed on Thursday to a 30-day reprieve on the tariffs for Mexico.",
     [("EASE_TARIFF", "2025-04-03", ["USA"], ["MEX"])]),
    # on the same day, the side the text calls the retaliator answers the other side's levy
    ("Canada hit back with counter-tariffs on U.S. steel on Thursday. It comes on top of the 25 per cent tariffs Ottawa slapped on "
     "$30 billion of U.S. products on March 4, the day Trump's 25 per cent levy on Canadian goods took effect.",
     [("RETALIATE", "2025-04-03", ["CAN"], ["USA"]), ("RETALIATE", "2025-03-04", ["CAN"], ["USA"]),
      ("IMPOSE_TARIFF", "2025-03-04", ["USA"], ["CAN"])]),
    # one measure announced and then in force: dated when it took effect
    ("The levy combines a 25% 'reciprocal' tariff on Indian goods that Trump announced on March 30 and that "
     "took effect on April 7.", [("IMPOSE_TARIFF", "2025-04-07", ["USA"], ["IND"])]),
    # a named deal "was unveiled on Thursday": the deal already reported, now dated; its terms too
    ("Britain has agreed a trade deal with the United States. The Economic Prosperity Deal was unveiled on Thursday. "
     "Britain will cut its tariff on US goods to 1.8 per cent.",
     [("AGREE", "2025-04-03", ["GBR", "USA"], []), ("EASE_TARIFF", "2025-04-03", ["GBR"], ["USA"])]),
    # "after the reprieve" names the reprieve already reported, whoever speaks in that sentence
    ("On Thursday, Trump suspended his tariffs on Mexican goods. After the reprieve, Sheinbaum said the rally would go ahead.",
     [("EASE_TARIFF", "2025-04-03", ["USA"], ["MEX"])]),
    # when the text names who hits back, the other side's new tariffs are impositions, not answers
    ("China imposed 10% tariffs on U.S. goods in September. On Friday, the United States raised its tariffs on "
     "Chinese goods from 10% to 25%. China answered on Monday with higher duties of its own.",
     [("RETALIATE", "2024-09", ["CHN"], ["USA"]), ("IMPOSE_TARIFF", "2025-04-04", ["USA"], ["CHN"]),
      ("RETALIATE", "2025-04-07", ["CHN"], ["USA"])]),
    # "which took effect" on tariffs another verb announced: the announcer's measure, in force that day
    ("On March 8, China announced 100% tariffs on Canadian canola oil, which took effect on March 20.",
     [("IMPOSE_TARIFF", "2025-03-20", ["CHN"], ["CAN"])]),
    # "The order exempted ...": the order signed before acts for its government, on the day it was signed
    ("The United States imposed an additional 40% duty on Brazilian goods on Wednesday under an executive order. "
     "The order exempted nearly 700 products, including orange juice.",
     [("IMPOSE_TARIFF", "2025-04-09", ["USA"], ["BRA"]), ("EASE_TARIFF", "2025-04-09", ["USA"], ["BRA"])]),
    # "It lifted them": the tariffs and the country of the sentence before
    ("China imposed tariffs of 80.5 per cent on Australian barley in May 2020. It lifted them in August 2023.",
     [("IMPOSE_TARIFF", "2020-05", ["CHN"], ["AUS"]), ("EASE_TARIFF", "2023-08", ["CHN"], [])]),
    # a year and a day inside it can be one event: the finer date stays
    ("Ottawa put 100% tariffs on Chinese electric vehicles last year. Canada imposed the 100% tariffs on Chinese "
     "electric vehicles on Aug. 26, 2024.", [("IMPOSE_TARIFF", "2024-08-26", ["CAN"], ["CHN"])]),
    # "the talks" never turns a hedged "could speak" into talks held
    ("Trump said he could speak with Xi Jinping this week. Officials met before the talks opened.", []),
    # "It has already struck back": China answers, and the next sentence says how and when
    ("The EU will start collecting duties of up to 35.3% on Chinese electric cars from Wednesday. "
     "China has already struck back. On Oct. 8, China's commerce ministry ordered importers to lodge deposits "
     "of up to 39% on European brandy.",
     [("IMPOSE_TARIFF", None, ["EU"], ["CHN"]), ("RETALIATE", "2024-10-08", ["CHN"], ["EU"])]),
    # "called on China to ...": a request; "called the decision unfair" is not
    ("Albanese called on China on Friday to lift the duties on Australian wine. He called the decision fair on Friday.",
     [("REQUEST", "2025-04-04", ["AUS"], ["CHN"])]),
    # "would no longer be collected": the duties go
    ("China's commerce ministry said on Friday that the 80.5 per cent duties on Australian barley would no longer be collected.",
     [("EASE_TARIFF", "2025-04-04", ["CHN"], ["AUS"])]),
    # talks held before an announcement take its day; "rounds of talks" in one sentence are one event
    ("The EU and the United States reached a trade deal on Sunday. The deal was announced after Ursula von der Leyen "
     "held several rounds of talks with Trump at Turnberry.",
     [("AGREE", "2025-04-06", ["EU", "USA"], []), ("CONSULT", "2025-04-06", ["EU"], ["USA"])]),
    # "announced the outline of the deal on Dec. 13": the deal reported before, dated
    ("The United States and China reached a trade deal. Washington announced the outline of the deal on Dec. 13.",
     [("AGREE", "2024-12-13", ["CHN", "USA"], [])]),
    # a deal that would come "after a second agreement" has not happened
    ("Trump said he would drop the remaining tariffs on Chinese goods only after a second agreement.", [
        ("EASE_TARIFF", None, ["USA"], ["CHN"])]),
    # "it" is the sentence's main subject (the order), not London, the subject of a clause inside it
    ("Trump signed an order on steel imports. The order left British steel at 25%, reflecting the framework London "
     "agreed with Washington in May, though it warned that the rate could rise.",
     [("AGREE", "2024-05", ["GBR", "USA"], [])]),
    # two cuts one side makes under a dated deal are that side's one easing under the deal
    ("Britain and India struck a trade deal on Tuesday. Under the deal, India's 150 per cent tariff on whisky will be "
     "halved. Duties on British cars will drop to 10 per cent under a quota.",
     [("AGREE", "2025-04-08", ["GBR", "IND"], []), ("EASE_TARIFF", "2025-04-08", ["IND"], ["GBR"])]),
    # "after the talks" names the talks reported before, not new talks by whoever wrote about them
    ("On Thursday, Korea's finance minister sat down with Treasury Secretary Scott Bessent. "
     "Bessent wrote on social media after the talks that the meeting had been very successful.",
     [("CONSULT", "2025-04-03", ["KOR"], ["USA"])]),
    # "the deal that X and Y struck on July 27": struck then, by them
    ("The European Union and the United States on Thursday published a joint statement fleshing out the trade deal "
     "that Ursula von der Leyen and Donald Trump struck at Turnberry on March 27.",
     [("AGREE", "2025-04-03", ["EU", "USA"], []), ("AGREE", "2025-03-27", ["EU", "USA"], [])]),
    # a country receiving a letter that sets its rate is taxed, not taxing
    ("Washington's 25% tariff on Malaysian goods took effect. Thailand, which received a letter from Washington last "
     "week setting a 36% rate on Thai goods, has submitted a revised proposal.",
     [("IMPOSE_TARIFF", None, ["USA"], ["MYS"]), ("IMPOSE_TARIFF", "2025-04", ["USA"], ["THA"]),
      ("PROPOSE", None, ["THA"], [])]),
    # an unnamed levier in an article about two parties: the other party taxes the one named
    ("Britain and the United States agreed a trade deal. Britain will cut its tariff on US beef to zero, and US "
     "tariffs on British cars will fall to 10 per cent. A 10 per cent baseline levy on most other British goods, "
     "imposed on 2 April, stays in place.",
     [("AGREE", None, ["GBR", "USA"], []), ("EASE_TARIFF", None, ["GBR"], ["USA"]),
      ("IMPOSE_TARIFF", "2025-04-02", ["USA"], ["GBR"])]),
    # bullet points under a headline sum up the body, like the headline
    ("U.S. and China agree to slash tariffs\n\n* U.S. to cut duties on Chinese goods to 30% from 145%\n\n"
     "GENEVA - Washington agreed on Monday to cut its tariffs on Chinese goods to 30% from 145%.",
     [("EASE_TARIFF", "2025-04-07", ["USA"], ["CHN"])]),
    # the summit where an agreement was announced is its place, not a meeting of its own
    ("Trump and Abe announced an agreement in principle on Aug. 25 at the Group of Seven summit in Biarritz.",
     [("AGREE", "2024-08-25", ["JPN", "USA"], [])]),
    # the tariffs of the article, in force: the article's imposer acts
    ("Trump's 25% tariffs on Mexican goods hurt exporters. The duties had taken effect on Tuesday.",
     [("IMPOSE_TARIFF", "2025-04-08", ["USA"], ["MEX"])]),
    # one side agrees to a rate: the rate's other side is the party it agreed with, and it lowered its rate
    ("Washington had threatened a 32% tariff on Indonesian goods. "
     "On Tuesday, Trump said Indonesia had agreed to a 19% tariff, down from 32%.",
     [("THREATEN", None, ["USA"], ["IDN"]), ("AGREE", "2025-04-08", ["IDN", "USA"], []),
      ("EASE_TARIFF", "2025-04-08", ["USA"], ["IDN"])]),
    # "shortly afterward": the day of the event told just before
    ("Mexican President Claudia Sheinbaum said she spoke with Trump by phone on Thursday. "
     "Shortly afterward, Trump postponed the increase in tariffs on Mexican goods by 90 days.",
     [("CONSULT", "2025-04-03", ["MEX"], ["USA"]), ("EASE_TARIFF", "2025-04-03", ["USA"], [])]),
    # "the order" is the one just named, on Brazil, not the article's most frequent pair (Mexico)
    ("Mexico will keep paying its 25% levy, and its steel pays 50%, after Trump delayed a 30% rate on Mexican goods. "
     "President Donald Trump signed an executive order on Wednesday imposing an additional 40% duty on Brazilian goods. "
     "The order, however, exempted nearly 700 products, sparing some of Brazil's biggest exports.",
     [("EASE_TARIFF", None, ["USA"], ["MEX"]), ("IMPOSE_TARIFF", "2025-04-09", ["USA"], ["BRA"]),
      ("EASE_TARIFF", "2025-04-09", ["USA"], ["BRA"])]),
    # an event told at a venue whose occasion was dated before took place that day
    ("U.S. and Chinese negotiators met in Geneva on April 7. "
     "Washington agreed in Geneva to cut its 145% tariff on Chinese goods to 30%.",
     [("CONSULT", "2025-04-07", ["USA", "CHN"], []), ("EASE_TARIFF", "2025-04-07", ["USA"], ["CHN"])]),
    # an undated meeting of other officials is not the dated meeting told again
    ("Dominic LeBlanc had travelled repeatedly to Washington for talks with Commerce Secretary Howard Lutnick. "
     "Those talks grew out of Carney's March 7 meeting with Trump at the White House.",
     [("CONSULT", None, ["CAN"], ["USA"]), ("CONSULT", "2025-03-07", ["CAN"], ["USA"])]),
    # officials "from Seoul" are Korea's; what they asked right after a dated meeting, they asked there
    ("Officials from Seoul traveled to Tokyo for a meeting with their Japanese counterparts on Monday. "
     "Korean officials said they had asked Japan to withdraw the measures.",
     [("CONSULT", "2025-04-07", ["KOR"], ["JPN"]), ("REQUEST", "2025-04-07", ["KOR"], ["JPN"])]),
    # "approved the measures": the counter-tariffs just told, one retaliation
    ("The EU said it would hit back at the U.S. steel tariffs with duties on bourbon. The European Commission "
     "approved the measures on Wednesday.", [("THREATEN", None, ["EU"], []), ("RETALIATE", "2025-04-09", ["EU"], [])]),
    # "Key points:" bullets sum up the body like a headline: they add evidence, never events of their own
    ("Albanese and Xi hail thaw\n\nKey points:\n- China lifted its 80.5 per cent duties on Australian barley in "
     "August\n\nAustralian Prime Minister Anthony Albanese met Chinese President Xi Jinping in Beijing on Monday.",
     [("CONSULT", "2025-04-07", ["AUS"], ["CHN"])]),
    # "also warned" right after a dated statement of the same side: said then
    ("The Trump administration on Monday said it would levy a 10 per cent tariff on Chinese products. Trump also "
     "warned that if Beijing retaliated, Washington would move ahead with tariffs on $267 billion of imports.",
     [("IMPOSE_TARIFF", "2025-04-07", ["USA"], ["CHN"]), ("THREATEN", "2025-04-07", ["USA"], [])]),
    # a sentence whose subject is a date sets the time of the next one; a counter-tariff lifted answers again
    ("April 3 brought the sharpest twist yet. Beijing lifted its counter-tariff to 84 per cent, while Mr Trump "
     "suspended the country-specific tariffs for 90 days for every partner except China.",
     [("RETALIATE", "2025-04-03", ["CHN"], []), ("EASE_TARIFF", "2025-04-03", ["USA"], [])]),
    # "agreed to halve the tariff": a term of the deal, made when the deal was
    ("Trump and Chinese President Xi Jinping reached a one-year truce in Busan on Monday. Washington agreed to halve "
     "the fentanyl-related tariff on Chinese goods from 20% to 10%.",
     [("AGREE", "2025-04-07", ["CHN", "USA"], []), ("EASE_TARIFF", "2025-04-07", ["USA"], ["CHN"])]),
    # a government that "answered within hours", between the tariffs on it and its own rates, answered in kind
    ("Trump's 25% tariffs on Canadian goods took effect on Tuesday. Ottawa answered within hours. A first wave of "
     "25 per cent counter-tariffs on C$30 billion of U.S. goods came into force.",
     [("IMPOSE_TARIFF", "2025-04-08", ["USA"], ["CAN"]), ("RETALIATE", "2025-04-08", ["CAN"], ["USA"])]),
    # ... and one that replied in words did not
    ("Trump's extra 25% tariff on Indian goods took effect on Tuesday. New Delhi replied within hours. The foreign "
     "ministry called the duty unfair.", [("IMPOSE_TARIFF", "2025-04-08", ["USA"], ["IND"])]),
    # "At the same moment": when the act told just before happened; an undated answer of the other side answers
    # the story's main imposer, whose dated acts answer nothing undated
    ("Washington began charging a 25% tariff on imports from Canada and Mexico on Tuesday. At the same moment, Trump "
     "doubled the levy on Chinese goods to 20%. China said it would add a 15% tariff on American chicken from "
     "April 20.",
     [("IMPOSE_TARIFF", "2025-04-08", ["USA"], ["CAN", "MEX"]), ("IMPOSE_TARIFF", "2025-04-08", ["USA"], ["CHN"]),
      ("RETALIATE", None, ["CHN"], ["USA"])]),
    # a measure only planned is answered by nothing
    ("Sheinbaum said she would set out Mexico's measures on a trade-tariff basis soon. Washington began charging a "
     "25% tariff on imports from Canada and Mexico on Tuesday.",
     [("IMPOSE_TARIFF", None, ["MEX"], []), ("IMPOSE_TARIFF", "2025-04-08", ["USA"], ["CAN", "MEX"])]),
    # "the administration" is the one named before with its president, not the partner joined to it
    ("On Friday, the Trump administration and the European Union announced a deal. Last October, the administration "
     "imposed tariffs on $7.5 billion of goods from the European Union.",
     [("AGREE", "2025-04-04", ["EU", "USA"], []), ("IMPOSE_TARIFF", "2024-10", ["USA"], ["EU"])]),
    # ... of the deal told last before it, when the two sides made several
    ("U.S. and Chinese negotiators agreed a truce in Geneva on March 12. Trump and Chinese President Xi Jinping "
     "reached a one-year truce in Busan on Monday. Washington agreed to halve the fentanyl-related tariff on Chinese "
     "goods from 20% to 10%.",
     [("AGREE", "2025-03-12", ["CHN", "USA"], []), ("AGREE", "2025-04-07", ["CHN", "USA"], []),
      ("EASE_TARIFF", "2025-04-07", ["USA"], ["CHN"])]),
    # a side the text does not call a retaliator still answers the main imposer's tariffs
    ("Trump imposed 25% tariffs on steel from Mexico and Canada on March 1. Canada retaliated with counter-tariffs on "
     "March 13. Mexico imposed duties on American pork on March 5.",
     [("IMPOSE_TARIFF", "2025-03-01", ["USA"], ["MEX", "CAN"]), ("RETALIATE", "2025-03-13", ["CAN"], ["USA"]),
      ("RETALIATE", "2025-03-05", ["MEX"], ["USA"])]),
    # "used the call to ask": asked during that call
    ("Vietnamese leader To Lam held a phone call with Trump on Monday. Lam used the call to ask Washington to "
     "recognise Vietnam as a market economy.",
     [("CONSULT", "2025-04-07", ["VNM"], ["USA"]), ("REQUEST", "2025-04-07", ["VNM"], ["USA"])]),
    # speaking with reporters is no meeting; a later, dated meeting is not "the talks" told before
    ("Marcos met Trump at the White House on Tuesday. Speaking with reporters after the talks, Marcos said the cut "
     "looked modest. On Monday, Marcos met Defense Secretary Pete Hegseth at the Pentagon.",
     [("CONSULT", "2025-04-08", ["PHL"], ["USA"]), ("CONSULT", "2025-04-07", ["PHL"], [])]),
    # "a deal that cuts tariffs": the deal's terms, dated when the deal was made
    ("Britain has agreed a trade deal with the United States that cuts American tariffs on British cars from 27.5 "
     "per cent to 10 per cent. Trump announced the deal on Thursday.",
     [("AGREE", "2025-04-03", ["GBR", "USA"], []), ("EASE_TARIFF", "2025-04-03", ["USA"], ["GBR"])]),
    # "those measures": the tariffs of that side named in the sentence before, on whomever they taxed
    ("Beijing acted after Ottawa's 100% surtax on Chinese-built electric vehicles. Ottawa announced those measures "
     "last August.", [("IMPOSE_TARIFF", "2024-08", ["CAN"], ["CHN"])]),
    # "Commerce" alone, after "the Commerce Department": the same body, and its country
    ("The Commerce Department on Thursday set duties on Chinese solar cells. In March, Commerce announced "
     "countervailing duties on Chinese cells.",
     [("IMPOSE_TARIFF", "2025-04-03", ["USA"], ["CHN"]), ("IMPOSE_TARIFF", "2025-03", ["USA"], ["CHN"])]),
    # "The duty, announced late Friday": the duty just told, and its day
    ("President Barack Obama's decision to put a steep tariff on tires imported from China drew cheers. The duty, "
     "announced late Friday, covers car tires from China.",
     [("IMPOSE_TARIFF", "2025-04-04", ["USA"], ["CHN"])]),
    # a probe told right after "Beijing responded" is the answer
    ("Obama imposed a 35% tariff on Chinese tires on Friday. Beijing responded within two days. On Sunday, China's "
     "Ministry of Commerce said it had opened anti-dumping investigations into imports of U.S. chicken products.",
     [("IMPOSE_TARIFF", "2025-04-04", ["USA"], ["CHN"]), ("RETALIATE", "2025-04-06", ["CHN"], ["USA"])]),
    # a short dated sentence that tells no event sets the scene; "Within hours" an order is that day's
    ("That confidence evaporated on March 31. In a telephone call on the eve of the national holiday, President Karin "
     "Keller-Sutter was unable to move Trump. Within hours the White House published an order setting the Swiss rate "
     "at 39 per cent, and the Swiss woke up on 1 August to the news.",
     [("CONSULT", "2025-03-31", ["CHE"], []), ("IMPOSE_TARIFF", "2025-03-31", ["USA"], ["CHE"])]),
    # negotiators "closed a deal" at a summit another country hosted; "rebalancing duties" answer the other side
    ("The European Union and the United States have put their metals quarrel on ice. On Saturday, on the sidelines of "
     "the G20 summit hosted by Italian Prime Minister Mario Draghi in Rome, American and European negotiators closed a "
     "deal on the steel duties. In return, the Commission is suspending the rebalancing duties it slapped on American "
     "products in June 2018.",
     [("AGREE", "2025-04-05", ["EU", "USA"], []), ("EASE_TARIFF", None, ["EU"], []),
      ("RETALIATE", "2018-06", ["EU"], ["USA"])]),
    # "the government" is the country of the subject just before it
    ("Hanoi also moved early. At the end of March the government cut import duties on a list of American products.",
     [("EASE_TARIFF", "2025-03", ["VNM"], ["USA"])]),
    # a bare "Administration" in a story that names the United States is Washington's
    ("The United States put 100 percent duties on Japanese televisions. Administration officials turned down Japan's "
     "request on Monday.", [("IMPOSE_TARIFF", None, ["USA"], ["JPN"]), ("REJECT", "2025-04-07", ["USA"], ["JPN"])]),
    # a dateline's day (two cities) is the filing day, not the day of the act the lede reports
    ("BOGOTA/WASHINGTON, Jan 27 (Wire) - Colombia has agreed with the United States to accept deported migrants, the "
     "White House said late on Sunday.", [("AGREE", "2025-01-26", ["COL", "USA"], [])]),
    # an order to a minister to raise tariffs is given; a side the text has answering retaliates, dated or not
    ("Trump ordered tariffs of 25% on all Colombian goods. Petro answered by ordering a 25% increase in tariffs on "
     "imports from the United States. Colombian President Gustavo Petro said on Sunday that he had instructed his "
     "trade minister to raise tariffs on imports from the United States.",
     [("IMPOSE_TARIFF", None, ["USA"], ["COL"]), ("RETALIATE", None, ["COL"], ["USA"]),
      ("RETALIATE", "2025-04-06", ["COL"], ["USA"])]),
    # a bare relative clause the parser joined to the verb before it still makes its call
    ("The new order cites the video call Brazilian President Lula held with Trump on Oct. 6 and says negotiations have "
     "made progress.", [("CONSULT", "2024-10-06", ["BRA"], [])]),
    # a rate "charged since April" was imposed then, whatever the sentence's other date
    ("The United States imposed an extra 40% on Brazilian goods in March. The order took effect on April 6, on top "
     "of the 10% rate charged on Brazil since February.",
     [("IMPOSE_TARIFF", "2025-03", ["USA"], ["BRA"]), ("IMPOSE_TARIFF", "2025-02", ["USA"], ["BRA"])]),
    # a transcript's speaker label is not the subject of the sentence it opens
    ("ANCHOR: Trump announced a 30 percent tariff on furniture in March.\n\nOKAFOR: The furniture tariffs took "
     "effect on Friday, at lower rates than the post suggested.",
     [("IMPOSE_TARIFF", "2025-03", ["USA"], []), ("IMPOSE_TARIFF", "2025-04-04", ["USA"], [])]),
])
def test_references_between_sentences(annotate, text, expected):
    assert events(annotate(text)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "on April 2, when he unveiled ...": the day the "when" clause hangs on, wherever the parser puts it
    ("The new figure is higher than the 31% rate U.S. President Donald Trump assigned to Switzerland on April 2, "
     "when he unveiled his sweeping tariffs on dozens of trading partners.", ("IMPOSE_TARIFF", "2025-04-02")),
    # a date inside a clause about another thing stays with that clause
    ("Trump announced on Monday a 20% tariff on Vietnamese goods, down from the 46% rate announced on April 2.",
     ("IMPOSE_TARIFF", "2025-04-07")),
    # a clause the parser hangs on "(local time)" still belongs to the deal of that day
    ("Seoul reached a trade agreement with Washington on the 30th (local time) that cuts the U.S. tariff on Korean "
     "goods to 15% from 25%.", ("EASE_TARIFF", "2025-03-30")),
    # a future effect date is a deadline, not when the event happened
    ("On Tuesday, Canada announced 25% counter-tariffs on U.S. goods that take effect on April 20.",
     ("RETALIATE", "2025-04-08")),
    # an "after" clause dates the main event when the main clause has no date of its own
    ("Vietnam has secured a trade agreement with the United States after Trump spoke by phone with To Lam on Monday.",
     ("AGREE", "2025-04-07")),
    # a document's signing dates what it does; "since April" dates the older rate, not the new one
    ("The United States imposed tariffs of up to 30 percent on imported steel. "
     "The proclamation Mr. Bush signed Tuesday exempts imports from Canada and Mexico.",
     ("EASE_TARIFF", "2025-04-08")),
    ("Trump signed an executive order on Monday imposing an additional 40% duty on Brazilian goods, on top of the "
     "10% rate in force since January.", ("IMPOSE_TARIFF", "2025-04-07")),
    # "due to begin on Monday" describes the levy: the suspension is dated by the sentence's own day
    ("Trump said on Twitter on Friday that the levy, due to begin at 5% on Monday, had been suspended indefinitely.",
     ("EASE_TARIFF", "2025-04-04")),
    # a date fronted before the first clause dates each joined clause with its own subject
    ("Last month, Washington lifted its tariffs on Mexican steel, and Mexico dropped the duties it had imposed on "
     "U.S. pork.", ("EASE_TARIFF", "2025-03")),
    # a letter's date dates what the letter did
    ("The United States raised its tariff on Malaysian goods from 24% to 25% in a letter dated April 7.",
     ("IMPOSE_TARIFF", "2025-04-07")),
    # a joined clause with no time of its own happens when the first one does; a past perfect is earlier
    ("China's Xi and Trump agreed to a truce over dinner in December, and the U.S. postponed a planned increase "
     "in the 10% rate.", ("EASE_TARIFF", "2024-12")),
    ("Canada was the largest supplier of steel last year, and Canadian officials had lobbied hard for an exemption "
     "from the tariffs.", ("REQUEST", None)),
    # tariffs that arrive or kick in take effect
    ("India's retaliatory duties on 28 U.S. goods kicked in on Sunday.", ("RETALIATE", "2025-04-06")),
    # a tariff "charged since June 1" began then; "the first such action since 2002" dates nothing
    ("The tariffs of 25 percent on steel and 10 percent on aluminum that Washington has charged on Mexican and "
     "Canadian metal since June 1 stay in place.", ("IMPOSE_TARIFF", "2024-06-01")),
    ("Lighthizer announced on Monday that Trump has approved the safeguard tariffs, the first such action by "
     "Washington since 2002.", ("IMPOSE_TARIFF", "2025-04-07")),
    # "Under a truce reached in May": what was done under it, was done then; a law's year dates nothing
    ("Under a truce reached in Geneva in March, Washington cut its tariffs on Chinese goods from 145 per cent to 30 per "
     "cent.", ("EASE_TARIFF", "2025-03")),
    ("U.S. President Donald Trump signed proclamations on March 8 imposing a 25% tariff on imported steel under "
     "Section 232 of the Trade Expansion Act of 1962.", ("IMPOSE_TARIFF", "2025-03-08")),
    # what was long demanded has no day
    ("Washington has long demanded that Beijing curb fentanyl exports, officials said on Monday.", ("REQUEST", None)),
    # "a delegation led by He Lifeng on Monday": the meeting's day, wherever the parser hangs it
    ("In London, Bessent and Greer met a Chinese delegation led by Vice-Premier He Lifeng on Monday and Tuesday.",
     ("CONSULT", "2025-04-07")),
    # a present-tense relative clause is timeless: the date the parser hung on it is the raise's
    ("Trump raised his tariff on Canadian goods that fall outside the CUSMA free-trade pact to 35 per cent from 25 per "
     "cent on April 1.", ("IMPOSE_TARIFF", "2025-04-01")),
    # what was done "several times" was not all done on the day of the first act
    ("India notified the retaliatory duties in June 2018, but postponed them several times while the talks went on.",
     ("EASE_TARIFF", None)),
    # a joined clause with its own subject keeps its own date
    ("On Tuesday Trump announced a deal with the Philippines, setting a 19% tariff on Philippine goods after hosting "
     "President Ferdinand Marcos Jr., and Indonesia secured the same rate last week.", ("CONSULT", "2025-04-08")),
])
def test_event_dates_belong_to_their_clause(annotate, sentence, expected):
    assert expected in [(e["type"], e["date"]) for e in annotate(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "Seoul agreed with Washington to put together a package of proposals on tariffs.",  # put together: no imposition
    "Carmakers warned that the tariffs would raise their costs.",  # the tariff raises costs, not itself
    "The Bank of England cut interest rates to 4.25 per cent on the same day the tariffs were discussed.",
    "She said Switzerland had no plans to retaliate against the tariffs.",  # "no plans": nothing happened
    "China pressed ahead with its investigation into European pork.",  # pressing ahead asks for nothing
    # tariffs named only as a cause are old news
    "On Tuesday, Agriculture Secretary Sonny Perdue announced $12 billion in aid for farmers hurt by retaliatory tariffs.",
    # a standing rate in the present tense, even beside "for years"
    "Brazilian goods pay the 10% baseline rate that Washington applies to most partners, as they have for years.",
    # controls that "threatened supplies" made no threat
    "Beijing's Oct. 9 controls, seen in Washington as a reply to a U.S. rule, threatened supplies of materials.",
    "China's new controls threatened the supply of rare earths to carmakers.",
    # a shared aim of both sides is no request
    "Washington has agreed not to impose the tariffs while the two sides seek a wider settlement.",
    # resisting is no postponement
    "Ottawa pushed back against the tariffs.",
    # a question reports nothing; the tariffs a suspension covers are no new imposition
    "WHAT DID CHINA AGREE TO?",
    # a host with no other side named held no talks
    "The dispute overshadowed last month's G7 summit in Charlevoix, Que., which Trudeau hosted.",
    "Joly, who is hosting her G7 counterparts in Charlevoix this week, said Canada would make its case.",
    # what an accusation charges is no act told
    "Trump also accused Canada of charging American farmers tariffs of as much as 400 per cent on dairy products.",
    "Trump complained about Canadian tariffs on U.S. milk and cheese that he put at 270 per cent.",
    # agreeing to consider a request settles nothing
    "Albanese said the President had agreed to consider Australia's request for an exemption from the tariffs.",
    # falling exports are no refusal
    "Australian wine exports to China declined sharply after the duties.",
    # an industry association's warning is a fear, not a threat; its call on governments is no government's request
    "The VDA, the German auto industry association, warned that the tariffs would hurt carmakers, and urged "
    "Washington and Brussels to negotiate.",
    "The VDA, the German auto industry association, warned that the tariffs would hurt carmakers.",
    # measures aimed at no country or tariff are no retaliation
    'Trump said Mexico had agreed to "take strong measures" against migration through its territory.',
    # a rate that still applies stands; a country that explains it does not levy it
    "Indian exporters got some relief on Monday, although the Russia-related 25 percent still applies.",
    # a safeguard's yearly step-down is the schedule of one duty, no easing told
    "The tariff on Chinese tires will be 35 percent in the first year, dropping to 30% in the second year and 25% in "
    "the third.",
])
def test_words_that_do_not_report_a_tariff_event(annotate, sentence):
    assert [e["type"] for e in annotate(sentence)._.events if e["type"] not in ("AGREE", "CONSULT")] == []


@pytest.mark.parametrize("sentence", [
    "China hopes the United States will meet it halfway and correct its tariff hikes.",  # an idiom, no meeting
    "He said the two sides would set up a mechanism for follow-up consultations.",  # what the mechanism is for
    "The U.S.-Mexico-Canada Agreement covers most of the trade between the three countries.",  # a name
    "The ministry said the two sides would continue to negotiate the technical details in the coming weeks.",  # nothing new
    "Tokyo Governor Yuriko Koike urged residents to keep three days' worth of water at home.",  # no government asked
    "Trump, who visited Iowa on Thursday for a roundtable with farmers, said they would come out ahead.",  # a trip at home
    "Japan turned to China for help on Monday.",  # turning to someone refuses nothing
    "President Donald Trump signed a memorandum on reciprocal tariffs on Thursday.",  # a document, not a deal
    "Swiss Economy Minister Guy Parmelin, whose government hosted the meeting, praised the result.",  # the venue
    "Vice President Geraldo Alckmin, who leads the negotiations, told reporters the list was too short.",  # a role
    'Minister Paik said the government will "closely consult with the affected companies".',  # no other government
    "Chancellor Olaf Scholz had long argued for a negotiated outcome.",  # a kind of outcome, no talks
    "Mexico's government has asked Congress to raise import duties on cars from China.",  # its own legislature
    "Turkish President Erdogan, who on Tuesday had urged Turks to shun American electronics, struck a defiant tone.",
    "Turkish Finance Minister Berat Albayrak sought to calm investors on a conference call on Thursday.",  # an aim
    "Stocks ended the day higher on Friday.",  # ends no talks
    "The Swiss National Bank, which cut its policy rate to zero in June, has been watching the franc.",  # no tariff
    "Carney, speaking in Ottawa on Friday, refused to be drawn into a war of words.",  # refuses no demand
    "Ontario Premier Doug Ford said on Friday that, after speaking with Prime Minister Mark Carney, he would pull the ad.",
    "Trump wrote the post aboard Air Force One on Saturday as he flew to Asia.",  # a trip to a continent
    "American steelmakers filed a complaint with the Commerce Department on Monday.",  # no government asked
    "He said in response to questions on Monday that Japan would not budge.",  # an answer, not a retaliation
    "Washington has 60 days to lodge an appeal.",  # a window, nothing asked
    "The European Commission opened the probe on Oct. 4 last year.",  # a probe alone answers nothing
    'The British Chambers of Commerce has urged "a calm and measured response" to the US tariffs.',  # a lobby asks
    # the words that describe who warns do not make the warning a threat
    "Federal Reserve Chair Jerome Powell, whom Trump has urged to cut interest rates and tariffs, warned of the fallout.",
])
def test_words_that_report_no_meeting_or_deal(annotate, sentence):
    assert [e["type"] for e in annotate(sentence)._.events] == []


@pytest.mark.parametrize("sentence, types", [
    # agreeing to keep the process going settles nothing; the call itself was held
    ("Prime Minister Mark Carney and Chinese Premier Li Qiang agreed in a phone call in June to restore regular contact.",
     ["CONSULT"]),
    ("Prime Minister Mark Carney and Trump agreed on Monday to aim for a deal within 30 days.", []),
])
def test_agreeing_to_keep_talking_is_no_deal(annotate, sentence, types):
    assert [e["type"] for e in annotate(sentence)._.events] == types


@pytest.mark.parametrize("text, expected", [
    # agreeing to cut, with no partner named, is the cut
    ("On Thursday, Trump agreed to slash tariffs on British cars.", [("EASE_TARIFF", "2025-04-03", ["USA"], ["GBR"])]),
    # a participle describing the call is the call, not a second consultation
    ("On the 8th, President Trump had a phone call with Acting Prime Minister Han Duck-soo of South Korea, "
     "discussing tariff issues among other topics.", [("CONSULT", "2025-04-08", ["USA"], ["KOR"])]),
    # an agreement named as a country's background is not news
    ("On the 2nd, the U.S. imposed a 25% tariff on South Korea, which has signed a free trade agreement with it.",
     [("IMPOSE_TARIFF", "2025-04-02", ["USA"], ["KOR"])]),
    # "except China" is no side of the talks
    ("On Monday, Trump began negotiations with all trading partners except China.",
     [("CONSULT", "2025-04-07", ["USA"], [])]),
    # a means clause happens, and acts on the side being persuaded
    ("Seoul is trying to persuade the U.S. by proposing to expand imports of American LNG.",
     [("PROPOSE", None, ["KOR"], ["USA"])]),
])
def test_what_a_clause_adds_to_an_event(annotate, text, expected):
    assert events(annotate(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the tariffs a retaliation answers are an imposition, dated by their own clause
    ("Beijing put a 15 percent tariff on American pork on March 4 in retaliation for President Donald Trump's "
     "20 percent tariffs on Chinese goods, which took effect the same day.",
     [("RETALIATE", "2025-03-04", ["CHN"], ["USA"]), ("IMPOSE_TARIFF", "2025-03-04", ["USA"], ["CHN"])]),
    ("Ottawa announced counter-tariffs on Friday in response to U.S. duties on Canadian steel.",
     [("IMPOSE_TARIFF", None, ["USA"], ["CAN"]), ("RETALIATE", "2025-04-04", ["CAN"], ["USA"])]),
    # an imposition the article reports already is not added again
    ("Trump put 25% tariffs on Canadian goods on March 4. Canada imposed counter-tariffs the same day in "
     "retaliation for the U.S. tariffs.",
     [("IMPOSE_TARIFF", "2025-03-04", ["USA"], ["CAN"]), ("RETALIATE", "2025-03-04", ["CAN"], ["USA"])]),
])
def test_a_retaliation_names_the_tariffs_it_answers(annotate, text, expected):
    events = annotate(text)._.events
    assert [(e["type"], e["date"], e["actors"], e["targets"]) for e in events] == expected
    imposed, retaliation = (next(e for e in events if e["type"] == kind) for kind in ("IMPOSE_TARIFF", "RETALIATE"))
    assert retaliation["retaliates_against"] == imposed["id"]


def test_a_timeline_line_dates_every_act_told_on_it(annotate):
    doc = annotate("Canada signed on to the rewritten NAFTA on Sunday, hours before a deadline.\n\nHOW WE GOT HERE\n\n"
                   "- June 1, 2018: U.S. steel and aluminum tariffs hit Canada and Mexico.\n"
                   "- Aug. 27, 2018: From the Oval Office, Trump announces a preliminary deal with Mexico as President "
                   "Enrique Peña Nieto joins by speakerphone. Trump warns he could simply tax Canadian-built cars.\n"
                   "- Nov. 30 (expected): Leaders aim to sign in Buenos Aires.", "2018-10-02")
    assert [e for e in events(doc) if e[0] != "CONSULT"] == [
        ("AGREE", "2018-09-30", ["CAN", "USA"], []), ("IMPOSE_TARIFF", "2018-06-01", ["USA"], ["CAN", "MEX"]),
        ("AGREE", "2018-08-27", ["MEX", "USA"], []), ("THREATEN", "2018-08-27", ["USA"], [])]


def test_a_side_answering_in_the_present_tense_acts(annotate):
    doc = annotate("Here's how the dispute has unfolded.\n\nMarch 4 — The U.S. tariffs on Canadian goods take effect. "
                   "Prime Minister Justin Trudeau answers with 25 per cent counter-tariffs on U.S. products.", "2025-08-30")
    assert events(doc) == [("IMPOSE_TARIFF", "2025-03-04", ["USA"], ["CAN"]), ("RETALIATE", "2025-03-04", ["CAN"], ["USA"])]
    # a list that "responds to" tariffs is a document, not a side answering in the present
    listed = annotate("The list responds to the US reciprocal tariffs and the 25% levy on European cars.")
    assert events(listed) == []


def test_a_day_heading_dates_the_items_under_it(annotate):
    doc = annotate("Week in trade\n\nMonday 7 April\n\n• 08:10 — Washington and Beijing released a joint statement. "
                   "The US will cut its extra tariffs on Chinese goods from 145% to 30%.\n\nFriday 4 April\n\n"
                   "• 11:05 — The European Commission opened a consultation on countermeasures.")
    assert [(e["type"], e["date"], e["actors"]) for e in doc._.events] == [
        ("AGREE", "2025-04-07", ["CHN", "USA"]), ("EASE_TARIFF", "2025-04-07", ["USA"]),
        ("THREATEN", "2025-04-04", ["EU"])]
    # a short line that ends in a colon leads a live page's items in
    live = annotate("Colombia standoff\n\nOur updates from Jan. 26, newest first:\n\n3:40 p.m. ET\n\nColombian "
                    "President Gustavo Petro offered Washington his presidential plane to bring the deportees home.",
                    "2025-01-27")
    assert [(e["type"], e["date"], e["actors"]) for e in live._.events] == [("PROPOSE", "2025-01-26", ["COL"])]
    # one date line under a headline is a byline, not a heading
    byline = annotate("EU answers Trump\n\nApril 9, 2025\n\nBrussels imposed duties on American steel.")
    assert [(e["type"], e["date"]) for e in byline._.events] == [("IMPOSE_TARIFF", None)]


def test_a_start_day_restated_in_apposition_is_still_a_start_day(annotate):
    doc = annotate("Beijing confirmed today it will scrap the duties on Australian barley. China's Ministry of Commerce said "
                   "the duties of 80.5 per cent would no longer apply from tomorrow, 5 August.", "2023-08-04")
    assert [e["date"] for e in doc._.events if e["type"] == "EASE_TARIFF"] == ["2023-08-04"]


def test_a_retaliating_side_answers_with_all_its_duties_on_that_side(annotate):
    """The side whose duties the story calls retaliatory answers with all its duties on that side;
    "the reduced rates took effect" is the cut taking effect."""
    doc = annotate("Washington and Mexico City signed a deal on Wednesday to reopen the border to Mexican trucks. Mexico "
                   "had announced duties of up to 45 percent on 89 U.S. products in March 2009. In exchange, Mexico cut "
                   "in half the retaliatory duties it has charged on U.S. goods since 2009. The reduced rates took "
                   "effect Friday.", "2011-07-11")
    assert events(doc) == [("AGREE", "2011-07-06", ["MEX", "USA"], []), ("RETALIATE", "2009-03", ["MEX"], ["USA"]),
                           ("EASE_TARIFF", "2011-07-08", ["MEX"], ["USA"]), ("RETALIATE", "2009", ["MEX"], ["USA"])]


@pytest.mark.parametrize("text, expected", [
    # Canada's ministers asking Congress ask the United States; "the day of the ruling" is its day
    ("On Dec. 7 the arbitrator set Canada's annual retaliation at about C$1.05 billion. In a joint statement the day of "
     "the ruling, Agriculture Minister Lawrence MacAulay urged Congress to repeal the labeling law and said Canada was "
     "ready to impose surtaxes on a range of American goods if it did not.",
     [("REQUEST", "2015-12-07", ["CAN"], ["USA"]), ("THREATEN", "2015-12-07", ["CAN"], ["USA"])]),
    # Mexico's government asking its own Congress asks no other government
    ("Mexico's government has asked Congress to raise import duties to as much as 50% on cars from China.", []),
    # what a demand asks for is not done
    ("Chinese officials have repeatedly demanded that Canada drop the surtaxes on Chinese electric vehicles.",
     [("REQUEST", None, ["CHN"], ["CAN"])]),
])
def test_who_is_asked_and_what_is_asked_for(annotate, text, expected):
    assert [e for e in events(annotate(text, "2015-12-23")) if e[0] != "IMPOSE_TARIFF"] == expected


def test_a_plan_announced_on_a_day_is_dated_by_the_announcement(annotate):
    """"said on Friday that Ottawa will scrap ... as of Sept. 1": the start is no date of the act; a cabinet
    meeting is no talks; "the decision followed a phone call" reports the call."""
    doc = annotate("Prime Minister Mark Carney said on Friday that Ottawa will scrap its retaliatory tariffs on U.S. goods "
                   "that comply with CUSMA as of Sept. 1. \"We are matching what the Americans have done,\" Mr. Carney "
                   "told reporters after a cabinet meeting in Ottawa. The decision followed a phone call between "
                   "Mr. Carney and Mr. Trump on Thursday.", "2025-08-23")
    assert events(doc) == [("EASE_TARIFF", "2025-08-22", ["CAN"], ["USA"]), ("CONSULT", "2025-08-21", ["CAN", "USA"], [])]


def test_withdrawing_duty_free_treatment_imposes_duties(annotate):
    doc = annotate("On July 10, President Joe Biden signed two proclamations that withdraw part of the duty-free "
                   "treatment that Mexican steel and aluminum have enjoyed under Section 232 since May 2019.", "2024-07-12")
    assert [e[:3] for e in events(doc)] == [("IMPOSE_TARIFF", "2024-07-10", ["USA"])]


@pytest.mark.parametrize("text", [
    "Washington ended India's preferential trade status on Wednesday.",
    "The trigger was Washington's decision to end India's status as a beneficiary under the Generalized System of "
    "Preferences (GSP) on Wednesday.",
])
def test_ending_trade_preferences_imposes_duties(annotate, text):
    assert events(annotate(text)) == [("IMPOSE_TARIFF", "2025-04-09", ["USA"], ["IND"])]


def test_an_order_applying_a_rate_imposes_it(annotate):
    doc = annotate("On 31 March 2025, the US President signed an Executive Order applying the 15% ceiling to EU goods "
                   "from 7 April.")
    assert events(doc) == [("IMPOSE_TARIFF", "2025-03-31", ["USA"], ["EU"])]


def test_an_order_that_turned_a_threat_into_a_duty_and_exempted_goods(annotate):
    doc = annotate("Washington has charged a 10% baseline tariff on Brazilian goods since April. An executive order signed "
                   "on July 30 turned the threat into a 40 percent additional duty on Brazilian goods, but it also "
                   "exempted nearly 700 products.", "2025-10-27")
    assert events(doc)[1:] == [("IMPOSE_TARIFF", "2025-07-30", ["USA"], ["BRA"]), ("EASE_TARIFF", "2025-07-30", ["USA"], ["BRA"])]


@pytest.mark.parametrize("text, expected", [
    # a list of goods lined up for counter-tariffs, made public, is a threat
    ("The threat was not new. As far back as June 2013, Ottawa published a list of possible targets that went well "
     "beyond meat, taking in wine, fresh cherries, chocolate and pasta.", [("THREATEN", "2013-06", ["CAN"], [])]),
    ("Canada imposed counter-tariffs on March 4. It had also unveiled, in February, a second list worth $125-billion, "
     "which was never put into force.", [("RETALIATE", "2015-03-04", ["CAN"], []), ("THREATEN", "2015-02", ["CAN"], [])]),
    # a list of countries is no threat
    ("The Commission published a list of countries.", []),
])
def test_a_published_target_list_is_a_threat(annotate, text, expected):
    assert events(annotate(text, "2015-12-23")) == expected


def test_a_repeated_warning_is_a_threat_of_its_day(annotate):
    doc = annotate("President Bush yesterday removed the tariffs. The EU had said it would begin applying counter-measures "
                   "on December 15 if the tariffs stayed in place. Brussels repeated that warning the day before Mr Bush "
                   "acted.", "2003-12-05")
    assert ("THREATEN", "2003-12-03", ["EU"], []) in events(doc)


def test_the_day_before_an_act_is_not_that_acts_day(annotate):
    doc = annotate("South Africa's exporters woke up to a 30% US tariff on Thursday. The Department of Trade said in a "
                   "statement the day before the tariff took effect that it would continue to engage with Washington.",
                   "2025-08-08")
    assert [e["date"] for e in doc._.events if e["type"] == "IMPOSE_TARIFF"] in ([], [None], ["2025-08-07"])


def test_the_condition_of_a_threat_is_no_event(annotate):
    """"if Beijing retaliated, Washington would ...": the threat is Washington's; Beijing's
    retaliation is only possible, and stays out of the reported events and their evidence."""
    doc = annotate("Trump announced 10% tariffs on Chinese goods on Monday. He warned that if Beijing retaliated "
                   "against American farmers, Washington would pursue tariffs on $267 billion of additional imports.")
    assert [(e["type"], e["actors"]) for e in doc._.events] == [("IMPOSE_TARIFF", ["USA"]), ("THREATEN", ["USA"])]
    assert [(e["type"], e["actors"], e["modality"]) for e in doc._.hedged_events] == [("RETALIATE", ["CHN"], "possible")]


def test_hitting_back_makes_the_raise_a_retaliation(annotate):
    """"would raise duties ..., hitting back at the United States after Washington increased levies":
    one retaliation by China, answering the U.S. increase told in the "after" clause."""
    events = annotate("China said on Monday it would raise import duties on $60 billion worth of American goods from "
                      "June 1, hitting back at the United States after Washington sharply increased levies on Chinese "
                      "products.")._.events
    assert [(e["type"], e["actors"], e["targets"]) for e in events] == [
        ("RETALIATE", ["CHN"], ["USA"]), ("IMPOSE_TARIFF", ["USA"], ["CHN"])]
    assert events[0]["retaliates_against"] == events[1]["id"]
