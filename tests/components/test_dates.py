import pytest


def dates(doc):
    return [(d["text"], d["value"]) for d in doc._.dates]


# Publication date for these: Wednesday 9 April 2025.
@pytest.mark.parametrize("sentence, expected", [
    # weekdays: the latest on or before publication, unless the tense or "next" says otherwise
    ("Trump spoke with Han on Monday.", [("Monday", "2025-04-07")]),
    ("Sheinbaum said she spoke with Trump by phone on Thursday.", [("Thursday", "2025-04-03")]),  # "by phone": no deadline
    ("The two sides will meet again next Monday.", [("next Monday", "2025-04-14")]),
    ("Officials will meet on Friday to resume talks.", [("Friday", "2025-04-11")]),
    ("The baseline tariff takes effect on Saturday.", [("Saturday", "2025-04-12")]),
    ("The minister left for Washington last Friday.", [("last Friday", "2025-04-04")]),
    ("Talks were held this past Friday and resume this coming Monday.",
     [("this past Friday", "2025-04-04"), ("this coming Monday", "2025-04-14")]),
    # a bare day of the month
    ("On the 8th (local time), Trump had a phone call with Han.", [("the 8th", "2025-04-08")]),
    ("On the 2nd, the U.S. announced its tariff rates.", [("the 2nd", "2025-04-02")]),
    ("Tokyo said it had sent the proposal on the 28th.", [("the 28th", "2025-03-28")]),
    ("The duties take effect on the 12th.", [("the 12th", "2025-04-12")]),
    # days said in words, as speakers say them; "the first time" is no date
    ("We woke up on the first to find the new rate. The letters went out on March seventh, and the duties start from "
     "the twelfth.", [("the first", "2025-04-01"), ("March seventh", "2025-03-07"), ("the twelfth", "2025-03-12")]),
    ("It was the first time Britain was the first to sign.", []),
    # relative to publication
    ("Tariffs rose yesterday, and talks resume tomorrow.", [("yesterday", "2025-04-08"), ("tomorrow", "2025-04-10")]),
    ("The White House said today that talks would go on.", [("today", "2025-04-09")]),
    ("Exports fell last week and last month, and rose last year.",
     [("last week", "2025-W14"), ("last month", "2025-03"), ("last year", "2024")]),
    ("Talks began earlier this month and will end later this year.",
     [("earlier this month", "2025-04"), ("later this year", "2025")]),
    ("A deal is possible next month or early next year.", [("next month", "2025-05"), ("early next year", "2026")]),
    ("Two years ago Seoul imposed duties; three months ago it lifted them.",
     [("Two years ago", "2023"), ("three months ago", "2025-01")]),
    # explicit dates, with and without a year
    ("The tariffs announced on April 2 take effect on Aug. 1.", [("April 2", "2025-04-02"), ("Aug. 1", "2025-08-01")]),
    ("The deadline of July 9th passed quietly.", [("July 9th", "2024-07-09")]),
    ("The order was signed on 2 April 2025 and takes effect on 2025-04-10.",
     [("2 April 2025", "2025-04-02"), ("2025-04-10", "2025-04-10")]),
    ("The ministry said on Monday, April 7, that it would respond.", [("Monday, April 7", "2025-04-07")]),
    ("Published: 17 Jul. 2025", [("17 Jul. 2025", "2025-07-17")]),
    ("Trump announced the order on Nov. 8.", [("Nov. 8", "2024-11-08")]),
    ("The rate will rise to 25% on Jan. 1 next year.", [("Jan. 1 next year", "2026-01-01")]),
    ("Tariffs imposed in March of last year stay.", [("March of last year", "2024-03")]),
    # months, years, quarters
    ("A deal is expected by mid-June.", [("mid-June", "2025-06")]),
    ("The talks collapsed in July and August.", [("July", "2024-07"), ("August", "2024-08")]),
    ("In 2018, steel tariffs rose; by early 2026 they may fall.", [("2018", "2018"), ("early 2026", "2026")]),
    ("Growth slowed in Q3 and in the third quarter of 2024.", [("Q3", "2025-Q3"), ("the third quarter of 2024", "2024-Q3")]),
    ("The levy took effect in April 2025.", [("April 2025", "2025-04")]),
])
def test_dates_against_publication(annotate, sentence, expected):
    assert dates(annotate(sentence, "2025-04-09")) == expected


@pytest.mark.parametrize("published, sentence, expected", [
    ("2018-09-20", "The rate will rise to 25% on January 1.", [("January 1", "2019-01-01")]),
    ("2020-01-16", "Tariffs that had been due to take effect on Dec. 15 were shelved.", [("Dec. 15", "2019-12-15")]),
    ("2019-05-14", "China retaliated against the levies imposed last September.", [("last September", "2018-09")]),
    # "this past March" is the latest March before publication; "this coming March" the next one
    ("2011-07-11", "The talks gathered speed this past March.", [("this past March", "2011-03")]),
    ("2011-07-11", "The talks resume this coming March.", [("this coming March", "2012-03")]),
    # a plan reported as still held looks ahead
    ("2025-10-30", "Trump added that he planned to visit China in April.", [("April", "2026-04")]),
    # "through the end of December" is a deadline: the nearest December, whatever the verb's tense
    ("2020-09-16", "Washington laid out expected monthly volumes through the end of December.",
     [("end of December", "2020-12")]),
    ("2003-12-05", "Brussels would impose duties as early as the 15th of this month.", [("the 15th of this month", "2003-12-15")]),
    # a bare month after a dated past month of the same sentence goes on from that year
    ("2024-03-29", "Beijing taxed barley from May 2020, then wine from November and beef from March.",
     [("May 2020", "2020-05"), ("November", "2020-11"), ("March", "2021-03")]),
    # "(of) that year" is the year just named, and one date with the month or day before it
    ("2023-10-31", "The dispute goes back to 2018. On June 1 of that year, the tariffs began.",
     [("2018", "2018"), ("June 1 of that year", "2018-06-01")]),
    ("2024-03-29", "Beijing rolled out its measures in 2020. In May that year China imposed tariffs on barley.",
     [("2020", "2020"), ("May that year", "2020-05")]),
    # a year that only names a law anchors nothing
    ("2018-03-09", "The duties, imposed under a 1962 trade law, take effect on March 23.",
     [("1962", "1962"), ("March 23", "2018-03-23")]),
    # "the first of" a month is its first day; a deadline a measure is deferred to lies ahead
    ("2025-09-20", "The tariffs take effect on the first of next month; the duties began on the first of August.",
     [("the first of next month", "2025-10-01"), ("the first of August", "2025-08-01")]),
    ("2018-09-20", "India again deferred retaliatory tariffs on 29 American products, now to November 2.",
     [("November 2", "2018-11-02")]),
    # the end of a range comes after its start; a rate's own date is not the past verb's
    ("2025-08-28", "The government waived the 11 per cent import duty on raw cotton from August 19 to September 30.",
     [("August 19", "2025-08-19"), ("September 30", "2025-09-30")]),
    ("2019-06-09", "A White House statement set out the ladder: 10 percent on July 1 and 15 percent on August 1.",
     [("July 1", "2019-07-01"), ("August 1", "2019-08-01")]),
    # "that week" is a week; "a week later" the day seven days on
    ("2025-11-16", "Parmelin met Greer on Nov. 4. They spoke again at the end of that week, and a week later they "
     "agreed.", [("Nov. 4", "2025-11-04"), ("that week", "2025-W45"), ("a week later", "2025-11-11")]),
    # a year told in a relative clause is background, not the story's year
    ("2018-08-16", "The dispute centres on a pastor who was detained in October 2016. He was moved to house arrest in "
     "late July.", [("October 2016", "2016-10"), ("late July", "2018-07")]),
    # "May, 2019": a month and its year, with a comma between
    ("2020-08-08", "The two governments agreed to drop the metal tariffs in May, 2019, a deal that cleared the path.",
     [("May, 2019", "2019-05")]),
    # a hearing "set for" a day, and a deposit "to be collected starting" one, lie ahead
    ("2018-07-06", "The second tranche is still under review, with a public hearing set for July 24.",
     [("July 24", "2018-07-24")]),
    ("2025-08-13", "China announced on Tuesday a deposit on Canadian canola seed, to be collected starting Thursday.",
     [("Tuesday", "2025-08-12"), ("Thursday", "2025-08-14")]),
    # news tells what has happened: a day more than four months ahead in the present tense is past ...
    ("2025-11-03", "The US charges date from USTR's decision of 17 April.", [("17 April", "2025-04-17")]),
    ("2025-08-30", "Feb. 1 — Trump signs executive orders imposing 25 per cent tariffs on goods from Canada.",
     [("Feb. 1", "2025-02-01")]),
    # ... nearer, it is the coming one; and a rate "set out" in a letter was set, not scheduled
    ("2019-08-24", "One batch takes effect Sept. 1; the rest follows on Dec. 15.",
     [("Sept. 1", "2019-09-01"), ("Dec. 15", "2019-12-15")]),
    ("2025-07-29", "That is half the 30% rate Trump set out in his letter to Brussels of 12 July.", [("12 July", "2025-07-12")]),
])
def test_year_and_month_inference(annotate, published, sentence, expected):
    assert dates(annotate(sentence, published)) == expected


def test_relative_to_the_last_mentioned_date(annotate):
    text = ("On the 8th (local time), Trump had a phone call with Han.\n\n"
            "On the 2nd, the U.S. announced its tariff rates.\n\n"
            "'Our trading partners are lining up,' Bessent said.\n\n"
            "The day before, Trump declared that talks would begin. On the same day, he spoke with Abe.\n\n"
            "Two days later, the talks began.")
    found = annotate(text, "2025-04-09")._.dates
    assert [(d["text"], d["value"], d["anchor"]) for d in found] == [
        ("the 8th", "2025-04-08", "publication"),
        ("the 2nd", "2025-04-02", "publication"),
        ("The day before", "2025-04-07", "date"),  # the article's main event, not the flashback
        ("the same day", "2025-04-07", "date"),
        ("Two days later", "2025-04-09", "date"),
    ]
    assert found[2]["anchored_on"] == "2025-04-08"


def test_anchors_in_the_same_and_the_next_paragraph(annotate):
    text = ("Japan announced the restrictions on July 1. On the 4th, it began requiring licences.\n\n"
            "Tokyo escalated the dispute on August 2, effective the 28th.\n\n"
            "Seoul responded sharply that day.")
    found = annotate(text, "2019-09-12")._.dates
    assert [(d["text"], d["value"]) for d in found] == [
        ("July 1", "2019-07-01"), ("the 4th", "2019-07-04"),
        ("August 2", "2019-08-02"), ("the 28th", "2019-08-28"), ("that day", "2019-08-02")]


@pytest.mark.parametrize("sentence", [
    "The pause lasts 90 days.",
    "A 90-day pause began at 10 a.m.",
    "The 67-year-old minister resigned.",
    "It was the 20th century's biggest trade war, and the 5th round of talks.",
    "Section 232 covers steel.",
    "Exports rose in the 2024-25 financial year.",
    "Theresa May spoke to reporters.",
    "The firms spent the day negotiating.",
    "Our industry is more competitive today.",
    "Prices rose a month after the deal.",
])
def test_not_dates(annotate, sentence):
    assert dates(annotate(sentence, "2025-04-09")) == []


def test_granularity_span_and_anchor(annotate):
    text = "The talks began last month, on March 3, and ended in 2024."
    found = annotate(text, "2025-04-09")._.dates
    assert [(d["granularity"], d["anchor"]) for d in found] == [
        ("month", "publication"), ("day", "publication"), ("year", "explicit")]
    assert all(text[d["start"]:d["end"]] == d["text"] for d in found)


def test_without_publication_date_only_explicit_dates_resolve(annotate):
    found = annotate("Talks on Monday followed the April 2, 2025 announcement.", None)._.dates
    assert [(d["text"], d["value"]) for d in found] == [("April 2, 2025", "2025-04-02")]


@pytest.mark.parametrize("text, published, expected", [
    ("The increase took effect on Friday, carrying out a threat Trump had made on Twitter the previous Sunday.",
     "2019-05-13", [("Friday", "2019-05-10"), ("the previous Sunday", "2019-05-05")]),
    ("The delegation arrived on March 3, 2025, and talks opened the following Monday.",
     "2025-03-20", [("March 3, 2025", "2025-03-03"), ("the following Monday", "2025-03-10")]),
])
def test_previous_and_following_weekday_count_from_the_story_day(annotate, text, published, expected):
    assert [(d["text"], d["value"]) for d in annotate(text, published)._.dates] == expected


def test_day_of_month_ignores_a_statistics_month(annotate):
    text = "Korea's exports in July rose 5.9%, the trade ministry said on the 1st."
    found = annotate(text, "2025-08-01")._.dates
    assert [(d["text"], d["value"]) for d in found] == [("July", "2025-07"), ("the 1st", "2025-08-01")]


@pytest.mark.parametrize("text, expected", [
    # "due to begin" describes the levy: it looks ahead whatever the tense of the main verb
    ("Trump said that night that the levy, due to begin at 5% on Monday, had been suspended indefinitely.",
     ("Monday", "2019-06-10")),
    # a past verb under "would ... until" is still the future seen from the past
    ("Trump said he would raise the charge each month until it reached 25 per cent on Oct. 1.", ("Oct. 1", "2019-10-01")),
])
def test_future_seen_from_the_past(annotate, text, expected):
    assert expected in [(d["text"], d["value"]) for d in annotate(text, "2019-06-08")._.dates]


def test_that_month_and_a_past_perfect_deadline(annotate):
    text = ("Washington raised the levy from 10% to 20% in March, on top of duties it began placing on Chinese goods "
            "in 2018. Beijing hit back that month. By mid-April, the U.S. rate had reached 145%.")
    found = [(d["text"], d["value"]) for d in annotate(text, "2025-11-03")._.dates]
    assert found == [("March", "2025-03"), ("2018", "2018"), ("that month", "2025-03"), ("mid-April", "2025-04")]


@pytest.mark.parametrize("text, published, expected", [
    ("On July 31, the day before the increase was due, Trump spoke with Sheinbaum by phone.", "2025-08-01",
     [("July 31", "2025-07-31"), ("the day before", "2025-07-31")]),
    ("Carney spoke to Trump on Sunday evening, the day before the first payments fell due.", "2025-06-30",
     [("Sunday", "2025-06-29"), ("the day before", "2025-06-29")]),
])
def test_the_day_before_an_event_in_apposition_restates_the_date(annotate, text, published, expected):
    assert [(d["text"], d["value"]) for d in annotate(text, published)._.dates] == expected


@pytest.mark.parametrize("text, published, expected", [
    # "the day before" an act told as a clause is a day; a past clause is not told from a deadline still to come
    ("President Bush yesterday removed the tariffs. The EU had said it would act on December 15. Brussels repeated "
     "that warning the day before Mr Bush acted.", "2003-12-05",
     [("yesterday", "2003-12-04"), ("December 15", "2003-12-15"), ("the day before", "2003-12-03")]),
    ("Bush lifted the tariffs yesterday. The EU had planned to retaliate on December 15. Brussels had warned "
     "Washington the day before.", "2003-12-05",
     [("yesterday", "2003-12-04"), ("December 15", "2003-12-15"), ("the day before", "2003-12-03")]),
    # a future clause may count from that deadline
    ("Duties take effect on December 15. The day before, ministers will meet in Geneva.", "2003-12-05",
     [("December 15", "2003-12-15"), ("The day before", "2003-12-14")]),
])
def test_a_past_day_before_counts_from_a_day_already_past(annotate, text, published, expected):
    assert [(d["text"], d["value"]) for d in annotate(text, published)._.dates] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Trump and Xi met at an air base in Busan on Oct. 30.\n\nBusan capped a week-long Asian tour. "
     "The day before, in Gyeongju, Trump met Lee Jae-myung.", "2025-11-03",
     [("Oct. 30", "2025-10-30"), ("The day before", "2025-10-29")]),
    ("Ursula von der Leyen and Trump sealed their framework at Turnberry, Scotland, on July 27.\n\n"
     "Turnberry settled the headline rate. Two days later, EU officials said the steel quotas were still open.",
     "2025-08-05", [("July 27", "2025-07-27"), ("Two days later", "2025-07-29")]),
])
def test_a_venue_named_again_stands_for_its_occasions_day(annotate, text, published, expected):
    assert [(d["text"], d["value"]) for d in annotate(text, published)._.dates] == expected


def test_a_narrative_keeps_the_year_it_is_told_in(annotate):
    """Months and days without a year follow the story's year: "That September", "the following
    May", and "July 6" right after a sentence dated "March 2018"."""
    text = ("The dispute began in March 2018, when Washington ordered duties on steel. The first duties arrived on "
            "July 6. That September, Washington added 10% on more imports.\n\n"
            "The two leaders agreed to a truce that December. Talks collapsed the following May.")
    assert [(d["text"], d["value"]) for d in annotate(text, "2020-01-16")._.dates] == [
        ("March 2018", "2018-03"), ("July 6", "2018-07-06"), ("That September", "2018-09"),
        ("that December", "2018-12"), ("the following May", "2019-05")]



@pytest.mark.parametrize("text, published, expected", [
    # history told five or more years back goes on across a paragraph ...
    ("The panel, reporting in November 1963, settled on $26 million.\n\nKennedy did not live to act on the figure. "
     "After his assassination in Dallas on November 22, the choice fell to Johnson.", "2013-12-04",
     [("November 1963", "1963-11"), ("November 22", "1963-11-22")]),
    ("Having joined the WTO on December 11, 2001, China filed its first case.\n\nThen, on May 20, the ministry opened "
     "its own safeguard investigation, and provisional measures took effect on May 24.", "2012-05-20",
     [("December 11, 2001", "2001-12-11"), ("May 20", "2002-05-20"), ("May 24", "2002-05-24")]),
    # ... recent background gives way to the story's present at a new paragraph
    ("China's barley duties were imposed in May 2020.\n\nIn April, Canberra agreed to suspend its complaint.",
     "2023-11-07", [("May 2020", "2020-05"), ("April", "2023-04")]),
])
def test_a_history_keeps_its_year_across_paragraphs(annotate, text, published, expected):
    assert [(d["text"], d["value"]) for d in annotate(text, published)._.dates] == expected


def test_a_story_that_opens_in_the_past_stays_there_until_a_date_brings_it_back(annotate):
    text = ("Fifty years ago this Sunday, Richard Nixon went on television.\n\nAmerica had not run a deficit since "
            "1893, yet 1971 was on course to produce one.\n\nCanada asked for an exemption. Ottawa went home "
            "empty-handed. Japan took the hardest knock. On 28 August Tokyo let the yen float.\n\n"
            "Washington and Brussels opened talks on the metals duties only in May 2021. They met again on 12 July.")
    assert [(d["text"], d["value"]) for d in annotate(text, "2021-08-14")._.dates] == [
        ("Fifty years ago this Sunday", "1971-08-15"), ("1893", "1893"), ("1971", "1971"), ("28 August", "1971-08-28"),
        ("May 2021", "2021-05"), ("12 July", "2021-07-12")]
    # news that names an old year in passing keeps its own days
    news = annotate("Trump doubled the duties on Monday. The tariffs date from 1962. On 28 July, Ottawa answered.",
                    "2021-08-14")
    assert [(d["text"], d["value"]) for d in news._.dates][-1] == ("28 July", "2021-07-28")


@pytest.mark.parametrize("sentence, expected", [
    ("Fifty years ago this Sunday, Richard Nixon went on television.", [("Fifty years ago this Sunday", "1971-08-15")]),
    ("Ten years ago today, the safeguard was lifted.", [("Ten years ago today", "2011-08-14")]),
    ("Twenty years ago, the plant shut.", [("Twenty years ago", "2001")]),
])
def test_anniversaries_count_back_from_the_publication_day(annotate, sentence, expected):
    assert dates(annotate(sentence, "2021-08-14")) == expected


def test_each_dated_item_of_a_roundup_counts_from_its_own_dateline(annotate):
    text = ("EU-China EV row\n\nBRUSSELS, June 12 (Wire) - The European Commission said on Wednesday it will impose "
            "provisional duties.\n\nBEIJING, June 17 (Wire) - China's Commerce Ministry on Monday launched an "
            "anti-dumping investigation.")
    assert [(d["text"], d["value"]) for d in annotate(text, "2024-06-18")._.dates] == [
        ("June 12", "2024-06-12"), ("Wednesday", "2024-06-12"), ("June 17", "2024-06-17"), ("Monday", "2024-06-17")]
