import json

import pytest

from pipeline.review.gold import gold_item
from pipeline.review.interchange import export_tasks, import_tasks
from pipeline.review.store import FIELDS

from .conftest import TEXTS


def expected_gold(record):
    data = record.model_dump()
    gold = {field: [gold_item(field, item) for item in data[field]] for field in FIELDS}
    gold["countries"] = sorted(gold["countries"])
    return gold


@pytest.mark.parametrize("tool", ["labelstudio", "prodigy"])
def test_round_trip_keeps_every_item(review_db, tmp_path, tool):
    _, records = review_db
    tasks = tmp_path / ("tasks.json" if tool == "labelstudio" else "tasks.jsonl")
    assert export_tasks(tool, records, TEXTS, tasks) == 2
    paths = import_tasks(tool, tasks, tmp_path / "gold")
    for record, path in zip(records, paths):
        gold = json.loads(path.read_text())
        assert gold["text"] == TEXTS[record.id]
        for field in FIELDS:
            assert gold["gold"][field] == expected_gold(record)[field], field


def test_labelstudio_tasks_carry_spans_and_relations(review_db, tmp_path):
    _, records = review_db
    export_tasks("labelstudio", records, TEXTS, tmp_path / "tasks.json")
    task = json.loads((tmp_path / "tasks.json").read_text())[0]
    results = task["predictions"][0]["result"]
    dates = [r for r in results if r.get("value", {}).get("labels") == ["dates"]]
    assert dates and all(TEXTS["talks"][r["value"]["start"]:r["value"]["end"]] == r["value"]["text"] for r in dates)
    ids = {r["id"] for r in results if r["type"] == "labels"}
    relations = [r for r in results if r["type"] == "relation"]
    assert {"actor", "target"} <= {r["labels"][0] for r in relations}
    assert all(r["from_id"] in ids and r["to_id"] in ids for r in relations)  # links between real spans


def test_corrections_made_in_labelstudio_come_back(review_db, tmp_path):
    _, records = review_db
    export_tasks("labelstudio", records, TEXTS, tmp_path / "tasks.json")
    tasks = json.loads((tmp_path / "tasks.json").read_text())
    result = tasks[0]["predictions"][0]["result"]
    kept = [r for r in result if not (r.get("meta", {}).get("field") == "dates" and r["meta"]["index"] == 0)]
    tasks[0]["annotations"] = [{"result": kept}]
    (tmp_path / "tasks.json").write_text(json.dumps(tasks))
    [first, _] = import_tasks("labelstudio", tmp_path / "tasks.json", tmp_path / "gold")
    dates = json.loads(first.read_text())["gold"]["dates"]
    assert len(dates) == len(records[0].dates) - 1
