"""Timeline export: merging across articles, tables, TimelineJS, and the page in a real browser."""
import io
import json
import os
import shutil

import pandas as pd
import pytest

from pipeline.schema import ArticleRecord
from pipeline.timeline import build_tables, filter_events, timeline, write_tables
from pipeline.timeline_render import write_outputs


def record(article_id, source, events, published="2025-04-09"):
    return ArticleRecord.model_validate({"id": article_id, "source": source, "published": published,
                                         "url": f"https://example.org/{article_id}", "events": events})


def event(kind, date, actors, targets, sentence, rate=None):
    return {"type": kind, "date": date, "actors": actors, "targets": targets, "trigger": "imposed",
            "evidence": [{"text": sentence, "start": 0, "end": len(sentence)}], "confidence": 0.9,
            "plover": {"type": "SANCTION", "mode": "tariff"}, "cameo": "163",
            "tariffs": [{"rate": rate, "target": targets[0] if targets else None}] if rate else []}


RECORDS = [
    record("a1", "Wire A", [event("IMPOSE_TARIFF", "2025-04-02", ["USA"], ["KOR"], "The U.S. imposed 25% on Korea.", 25),
                            event("CONSULT", None, ["KOR"], ["USA"], "Seoul & Washington <talked>.")]),
    record("a2", "Wire B", [event("IMPOSE_TARIFF", "2025-04", ["USA"], ["KOR"], "In April the U.S. set 25% on Korea.", 25),
                            event("AGREE", "2025", ["KOR"], ["USA"], 'They agreed on a "deal" <script>x</script>.')]),
    record("a3", "Wire A", []),
]


def test_same_event_from_two_articles_is_one_row():
    events, evidence = build_tables(RECORDS)
    impose = events[events["type"] == "IMPOSE_TARIFF"].iloc[0]
    assert (impose["date"], impose["date_precision"], impose["n_articles"], impose["n_sources"]) == ("2025-04-02", "day", 2, 2)
    assert impose["summary"] == "United States imposed tariffs on South Korea (25%)"
    assert sorted(evidence[evidence["event_id"] == impose["event_id"]]["article_id"]) == ["a1", "a2"]
    assert [d if isinstance(d, str) else None for d in events["date"]] == ["2025", "2025-04-02", None]  # undated last
    assert events.iloc[-1]["type"] == "CONSULT"
    assert build_tables(RECORDS)[0]["event_id"].tolist() == events["event_id"].tolist()  # stable ids


def test_filters():
    events, evidence = build_tables(RECORDS)
    kept, kept_evidence = filter_events(events, evidence, start="2025-04-01", end="2025-04-30", types=["IMPOSE_TARIFF"])
    assert kept["type"].tolist() == ["IMPOSE_TARIFF"] and set(kept_evidence["event_id"]) == set(kept["event_id"])
    assert filter_events(events, evidence, countries=["JPN"])[0].empty


def test_no_events_gives_empty_tables_with_columns(tmp_path):
    frames = timeline([record("empty", "Wire", [])])
    assert frames["events"].empty and "event_id" in frames["events"].columns
    write_tables(frames["events"], frames["evidence"], tmp_path)
    write_outputs(frames["events"], frames["evidence"], tmp_path, "Empty")
    assert json.loads((tmp_path / "timeline.json").read_text())["events"] == []


def test_tables_round_trip_with_types(tmp_path):
    events, evidence = build_tables(RECORDS)
    write_tables(events, evidence, tmp_path)
    parquet = pd.read_parquet(tmp_path / "events.parquet")
    assert parquet["event_id"].tolist() == events["event_id"].tolist()
    assert list(parquet.loc[parquet["type"] == "IMPOSE_TARIFF", "actors"].iloc[0]) == ["USA"]
    assert str(parquet["day"].dropna().iloc[0]) == "2025-04-02" and parquet["n_articles"].dtype.kind == "i"
    csv = pd.read_csv(tmp_path / "events.csv")
    assert csv["targets"].tolist()[:2] == ["USA", "KOR"] and csv["rate"].dropna().tolist() == [25.0]
    assert pd.read_parquet(tmp_path / "evidence.parquet").shape[0] == len(evidence) == 4


def test_timelinejs_follows_its_field_rules(tmp_path):
    events, evidence = build_tables(RECORDS)
    write_outputs(events, evidence, tmp_path, "Korea & the U.S.")
    data = json.loads((tmp_path / "timeline.json").read_text())
    assert data["title"]["text"]["headline"] == "Korea &amp; the U.S."
    ids = [slide["unique_id"] for slide in data["events"]]
    assert len(ids) == len(set(ids)) == 2  # the undated event has no slide
    for slide in data["events"]:
        start = slide["start_date"]
        assert isinstance(start["year"], int) and 1 <= start.get("month", 1) <= 12 and 1 <= start.get("day", 1) <= 31
        assert isinstance(slide["text"]["headline"], str) and slide["group"]
    agree = next(s for s in data["events"] if s["start_date"] == {"year": 2025})
    assert "<script>" not in agree["text"]["text"] and "&lt;script&gt;" in agree["text"]["text"]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not CHROMIUM and not os.environ.get("CI"), reason="Debian chromium not installed (make test installs it)")
def test_page_renders_chart_and_table_in_a_browser(tmp_path):
    from PIL import Image
    from playwright.sync_api import sync_playwright

    events, evidence = build_tables(RECORDS)
    write_outputs(events, evidence, tmp_path, "Korea & the U.S.")
    html = (tmp_path / "timeline.html").read_text()
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        page.goto((tmp_path / "timeline.html").as_uri())
        assert page.locator("#events-chart circle.event").count() == 2
        assert page.locator("#rates-chart polyline.rate-line").count() == 1
        assert page.locator("#events-table tbody tr").count() == 2
        assert page.locator("#undated-table tbody tr").count() == 1
        assert page.locator("script").count() == 0  # escaped, never executed
        shot = Image.open(io.BytesIO(page.locator("#events-chart").screenshot())).convert("RGB")
        browser.close()
    coloured = sum(1 for r, g, b in shot.get_flattened_data() if max(r, g, b) - min(r, g, b) > 60)
    assert coloured > 100  # the event markers were drawn in colour
