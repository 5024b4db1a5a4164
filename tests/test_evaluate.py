from pipeline.evaluate import evaluate, gold_spans, same_person, token_overlap
from pipeline.schema import ArticleRecord, GoldArticle

TEXT = ("On the 8th, Trump called Han. 'Our trading partners are lining up,' Bessent said. "
        "He imposed it in March of last year, not in March.")


def gold(**fields):
    return GoldArticle.model_validate({"id": "a", "published": "2025-04-09", "text": TEXT, "gold": fields})


def record(**fields):
    return ArticleRecord.model_validate({"id": "a", **fields})


def test_countries_precision_recall():
    scores = evaluate({"a": record(countries=[{"code": "USA", "name": "United States"},
                                              {"code": "JPN", "name": "Japan"}])},
                      [gold(countries=["USA", "KOR"])])
    s = scores["countries"]
    assert (s.tp, s.fp, s.fn, s.precision, s.recall) == (1, 1, 1, 0.5, 0.5)


def test_dates_need_overlap_and_value():
    start = TEXT.index("the 8th")
    march = TEXT.rindex("March")
    scores = evaluate({"a": record(dates=[
        {"text": "the 8th", "value": "2025-04-08", "start": start, "end": start + 7, "granularity": "day", "anchor": "publication"},
        {"text": "March", "value": "2024-03", "start": march, "end": march + 5, "granularity": "month", "anchor": "publication"},
    ])}, [gold(dates=[{"text": "the 8th", "value": "2025-04-08"},
                      {"text": "March of last year", "value": "2024-03"},
                      {"text": "March", "value": "2025-03"}])])
    s = scores["dates"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 2)


def test_gold_spans_prefer_free_occurrences():
    class Item:
        def __init__(self, text):
            self.text = text
    spans = gold_spans(TEXT, [Item("March"), Item("March of last year")])
    assert TEXT[spans[0][0]:spans[0][1]] == "March" and spans[0][0] == TEXT.rindex("March")
    assert TEXT[spans[1][0]:spans[1][1]] == "March of last year"


def test_officials_match_by_surname_or_alias_and_score_attributes():
    scores = evaluate({"a": record(officials=[
        {"name": "Scott Bessent", "title": "Treasury Secretary", "country": "USA"},
        {"name": "Trump", "title": "President", "country": "USA"},
        {"name": "Kevin Hassett", "title": "adviser", "country": "USA"}])},
        [gold(officials=[
            {"name": "Scott Bessenet", "aliases": ["Bessenet"], "title": "Treasury Secretary", "country": "USA"},
            {"name": "Donald Trump", "aliases": ["Trump"], "title": "President", "country": "USA"},
            {"name": "Han Duck-soo", "aliases": [], "title": "Acting Prime Minister", "country": "KOR"}])])
    s = scores["officials"]
    assert (s.tp, s.fp, s.fn) == (1, 2, 2)
    assert s.attributes == {"title": [1, 1], "country": [1, 1]}
    assert same_person("Donald Trump", ["Trump"], "Trump", [])
    assert not same_person("Scott Bessenet", ["Bessenet"], "Scott Bessent", [])


def test_quotes_by_token_overlap_with_speaker_accuracy():
    scores = evaluate({"a": record(quotes=[
        {"text": "Our trading partners are lining up", "speaker": "Scott Bessent"}])},
        [gold(quotes=[{"text": "Our trading partners are lining up,", "speaker": "Scott Bessent"},
                      {"text": "We face a significant imbalance.", "speaker": "Scott Bessent"}])])
    s = scores["quotes"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)
    assert s.attributes["speaker"] == [1, 1]
    assert token_overlap("a b c d e", "a b c d") == 0.8


def test_tariffs_and_events_match_on_their_keys():
    scores = evaluate({"a": record(
        tariffs=[{"rate": 25, "target": "KOR"}, {"rate": 10, "target": None}],
        events=[{"type": "CONSULT", "date": "2025-04-08", "actors": ["USA"], "targets": ["KOR"]}])},
        [gold(tariffs=[{"rate": 25.0, "target": "KOR", "imposer": "USA"}],
              events=[{"type": "CONSULT", "date": "2025-04-08", "actors": ["USA"], "targets": []},
                      {"type": "IMPOSE_TARIFF", "date": "2025-04-02", "actors": ["USA"], "targets": ["KOR"]}])])
    assert (scores["tariffs"].tp, scores["tariffs"].fp, scores["tariffs"].fn) == (1, 1, 0)
    assert (scores["events"].tp, scores["events"].fp, scores["events"].fn) == (1, 0, 1)


def test_missing_prediction_counts_every_gold_item_as_missed():
    scores = evaluate({}, [gold(countries=["USA"])])
    assert (scores["countries"].tp, scores["countries"].fn) == (0, 1)
