import pytest


def quotes(doc):
    return [(q["text"], q["speaker"]) for q in doc._.quotes]


@pytest.mark.parametrize("text, expected", [
    # mark styles
    ('“Our trading partners are lining up,” Treasury Secretary Scott Bessent said.',
     [("Our trading partners are lining up,", "Scott Bessent")]),
    ('"Our trading partners are lining up," Treasury Secretary Scott Bessent said.',
     [("Our trading partners are lining up,", "Scott Bessent")]),
    ("Treasury Secretary Scott Bessent said, ‘Our trading partners are lining up.’",
     [("Our trading partners are lining up.", "Scott Bessent")]),
    ("President Trump stated via social media that they discussed 'unsustainable trade surpluses with the U.S.'",
     [("unsustainable trade surpluses with the U.S.", "Trump")]),
    # speaker after: "Q," X said / said X / X told CNBC
    ('"We will respond firmly," said Chinese Commerce Minister Wang Wentao.',
     [("We will respond firmly,", "Wang Wentao")]),
    ('"The deal is done," Lutnick told CNBC on Monday.', [("The deal is done,", "Lutnick")]),
    # speaker before: X said: "Q" / X told CNBC, "Q" / X noted in an interview that 'Q'
    ('Prime Minister Mark Carney said: "We will not be pushed around."', [("We will not be pushed around.", "Mark Carney")]),
    ("Bessent told CNBC, 'About 70 countries have requested negotiations.'",
     [("About 70 countries have requested negotiations.", "Bessent")]),
    ("Scott Bessent noted in an interview with CNBC that 'about 70 countries have asked for talks.'",
     [("about 70 countries have asked for talks.", "Scott Bessent")]),
    # titles and appositions on the speaker
    ('"The door is open," Greer, the trade representative, said.', [("The door is open,", "Greer")]),
    # split quote: two quotes, one speaker
    ('"We want a deal," Trade Minister Yeo Han-koo said, "but not at any price."',
     [("We want a deal,", "Yeo Han-koo"), ("but not at any price.", "Yeo Han-koo")]),
    # adding, "Q"
    ('"It was a positive dialogue," Kevin Hassett remarked, adding, "There were significant concessions."',
     [("It was a positive dialogue,", "Kevin Hassett"), ("There were significant concessions.", "Kevin Hassett")]),
    # according to X
    ('"The president will give a month of relief," according to Commerce Secretary Howard Lutnick.',
     [("The president will give a month of relief,", "Howard Lutnick")]),
    # wrote on Truth Social
    ('President Donald Trump wrote on Truth Social: "Vietnam will pay a 20% tariff on all goods."',
     [("Vietnam will pay a 20% tariff on all goods.", "Donald Trump")]),
    # dash and colon lead-ins
    ("Trade Minister Don Farrell was blunt: 'This is a good result for our growers.'",
     [("This is a good result for our growers.", "Don Farrell")]),
    # institutions and capitals as speakers
    ('"The U.S. measures seriously violate trade rules," China\'s commerce ministry said in a statement.',
     [("The U.S. measures seriously violate trade rules,", "China's commerce ministry")]),
    ('"President Trump is prioritizing talks with allies," the White House explained.',
     [("President Trump is prioritizing talks with allies,", "White House")]),
    ('"We will fight to the end," Beijing said.', [("We will fight to the end,", "Beijing")]),
    # a "!" ends the sentence before its attribution
    ('“Aluminum will now be 20% and Steel 50%. Our relations with Turkey are not good at this time!” Trump tweeted.',
     [("Aluminum will now be 20% and Steel 50%. Our relations with Turkey are not good at this time!", "Trump")]),
    # a quote inside a clause belongs to the clause's speaker, not to the next speaker in the sentence
    ('Wolfgang Niedermark of the BDI said even a 15% rate would have "immense negative effects" on exporters, while '
     'Hildegard Müller of the VDA said the tariff "will cost the German automotive industry billions annually".',
     [("immense negative effects", "Wolfgang Niedermark"),
      ("will cost the German automotive industry billions annually", "Hildegard Müller")]),
    # a pronoun's antecedent is neither a name inside the quotation nor the person addressed
    ('Prime Minister Mark Carney won the election. "President Donald Trump is trying to break us. That will never '
     'happen," he tells supporters.', [("President Donald Trump is trying to break us. That will never happen,",
                                        "Mark Carney")]),
    ("Colombian President Gustavo Petro spoke on Sunday. In a message to President Donald Trump, he wrote: "
     "“Your blockade does not scare me.”", [("Your blockade does not scare me.", "Gustavo Petro")]),
    # unattributed
    ('"Tariffs are taxes on consumers," reads a sign outside the port.', [("Tariffs are taxes on consumers,", None)]),
])
def test_attribution_patterns(annotate, text, expected):
    assert quotes(annotate(text)) == expected


def test_pronoun_role_and_follow_on_speakers(annotate):
    text = ("Korea's Trade Minister Yoo Myung-hee spoke in Seoul on Monday. 'The measures are a politically "
            "motivated attack on Korea,' she said. 'We will take this to the WTO.'\n\n"
            "'Korea will never again lose to Japan,' the minister added.")
    assert quotes(annotate(text)) == [
        ("The measures are a politically motivated attack on Korea,", "Yoo Myung-hee"),
        ("We will take this to the WTO.", "Yoo Myung-hee"),
        ("Korea will never again lose to Japan,", "Yoo Myung-hee")]


def test_a_writer_who_goes_on_is_the_same_writer(annotate):
    text = ('President Donald Trump answered the Fed chair on Twitter. "Who is our bigger enemy, Jay Powell or Chairman '
            'Xi?" he wrote, setting the Fed chief beside Chinese President Xi Jinping. "We don\'t need China," he added.')
    assert [speaker for _, speaker in quotes(annotate(text))] == ["Donald Trump", "Donald Trump"]


def test_quote_over_several_paragraphs(annotate):
    text = ('Greer told senators: "If other countries bring better ideas, we can negotiate.\n\n'
            '"But the president maintains a negative stance on exemptions."')
    assert quotes(annotate(text)) == [
        ("If other countries bring better ideas, we can negotiate.", "Greer"),
        ("But the president maintains a negative stance on exemptions.", "Greer")]


@pytest.mark.parametrize("text, expected", [
    # apostrophes are not quote marks
    ("Trump's tariffs don't spare Japan's carmakers, and the ’90s are long gone.", []),
    ("Exporters' margins fell as the countries' talks stalled.", []),
    # scare quotes and titles
    ("Trump's 'reciprocal' tariffs were unveiled on 'Liberation Day' in the Rose Garden.", []),
    ("Seoul pitched a plan called 'Make American Shipbuilding Great Again' to U.S. officials.", []),
    ("The so-called 'July package' is still being negotiated by the two governments.", []),
    # a stray mark does not swallow the rest of the article
    ('The 6" pipes were exempt.\n\n"We welcome the decision," the ministry said.',
     [("We welcome the decision,", "ministry")]),
    # nested quotes stay inside the outer quote
    ('"He told me \'we will win this\' yesterday," Ishiba said.', [("He told me 'we will win this' yesterday,", "Ishiba")]),
])
def test_marks_that_are_not_quotes(annotate, text, expected):
    assert quotes(annotate(text)) == expected


def test_stance_topics_date_and_plover(annotate):
    doc = annotate("On Tuesday, Chinese Commerce Minister Wang Wentao said: "
                   "\"China will take countermeasures against the steel tariffs.\"")
    [quote] = doc._.quotes
    assert (quote["stance"], quote["plover"], quote["date"]) == ("threat", "verbal conflict", "2025-04-08")
    assert quote["topics"] == ["tariffs", "steel"] and quote["speaker_country"] == "CHN"
    assert quote["cue"] == "said" and "countermeasures" in quote["stance_cues"]


def test_a_day_named_inside_the_quote_is_not_when_it_was_said(annotate):
    doc = annotate("The EU, she said, remained \"ready to continue working towards an agreement by August 1\".")
    assert [q["date"] for q in doc._.quotes] == [None]


def test_indirect_positions(annotate):
    doc = annotate("Jamieson Greer said the president maintains a negative stance on short-term exemptions.")
    [position] = doc._.positions
    assert position["speaker"] == "Jamieson Greer" and position["direct"] is False
    assert position["text"] == "the president maintains a negative stance on short-term exemptions"


def test_many_quotes_and_no_quotes(annotate):
    paragraph = '"We are making progress on the talks," Bessent said.\n\n'
    doc = annotate(paragraph * 40)
    assert len(doc._.quotes) == 40 and {q["speaker"] for q in doc._.quotes} == {"Bessent"}
    assert annotate("Tariffs rose. " * 200)._.quotes == []
