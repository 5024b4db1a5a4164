import json
import threading

from pipeline.evaluate import evaluate, load_gold
from pipeline.review.gold import agreement, cohen_kappa, export_gold
from pipeline.review.store import add_decision, article_state, connect


def test_export_writes_reviewed_articles_as_gold_that_scores(review_db, tmp_path):
    path, records = review_db
    connection = connect(path)
    state = article_state(connection, "talks")
    wrong = next(k for k, e in state["items"]["dates"].items() if e["value"]["text"] == "Monday")
    add_decision(connection, "talks", "dates", wrong, "reject", "ana", reason="check")
    add_decision(connection, "talks", "quotes", "i0", "edit", "ana",
                 payload={"text": "Our trading partners are lining up,", "speaker": "Treasury Secretary"})
    add_decision(connection, "talks", "dates", "n9", "add", "ana", payload={"text": "the 8th", "value": "2025-04-08"})
    [gold_path] = export_gold(connection, tmp_path / "gold")
    gold = json.loads(gold_path.read_text())
    assert gold["id"] == "talks" and gold["text"].startswith("On the 8th")
    assert {"text": "Monday", "value": "2025-04-07"} not in gold["gold"]["dates"]
    assert gold["gold"]["quotes"] == [{"text": "Our trading partners are lining up,", "speaker": "Treasury Secretary"}]
    assert sorted(gold["gold"]["countries"]) == ["KOR", "USA"]
    scores = evaluate({r.id: r for r in records}, load_gold([str(tmp_path / "gold")]))
    assert scores["countries"].f1 == 1.0 and scores["dates"].fp == 1  # the rejected Monday


def test_agreement_and_kappa(review_db):
    connection = connect(review_db[0])
    for key, first, second in (("i0", "accept", "accept"), ("i1", "reject", "reject"), ("i2", "accept", "reject")):
        add_decision(connection, "talks", "countries" if key != "i2" else "dates", key, first, "ana", reason="r")
        add_decision(connection, "talks", "countries" if key != "i2" else "dates", key, second, "ben", reason="r")
    report = agreement(connection)
    assert report["countries"] == {"items_judged_by_two": 2, "agreement": 1.0, "kappa_accept_reject": 1.0}
    assert report["dates"]["agreement"] == 0.0
    assert round(cohen_kappa([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]), 3) == 0.5


def test_two_reviewers_writing_at_once_lose_nothing(review_db):
    path = review_db[0]

    def review(name):
        connection = connect(path)  # each reviewer its own connection, as two app processes would have
        for _ in range(100):
            add_decision(connection, "talks", "dates", "i0", "accept", name)

    threads = [threading.Thread(target=review, args=(name,)) for name in ("ana", "ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counts = dict(connect(path).execute("SELECT reviewer, COUNT(*) FROM decisions GROUP BY reviewer").fetchall())
    assert counts == {"ana": 100, "ben": 100}
    assert connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reviewed_events_feed_the_timeline(review_db):
    from pipeline.review.gold import apply_review
    from pipeline.timeline import timeline

    path, records = review_db
    connection = connect(path)
    events = article_state(connection, "talks")["items"]["events"]
    first, second = list(events)[:2]
    add_decision(connection, "talks", "events", first, "accept", "ana")
    add_decision(connection, "talks", "events", second, "reject", "ana", reason="not an event")
    frames = timeline(apply_review(connection, records), reviewed_only=True)
    assert len(frames["events"]) == 1 and frames["events"]["review_status"].tolist() == ["accepted"]
    everything = timeline(apply_review(connection, records))["events"]
    assert sorted(everything["review_status"]) == ["accepted", "rejected"]  # the markup article has no events
