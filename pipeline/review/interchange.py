"""Label Studio and Prodigy: pre-annotated tasks out, corrected annotations back as gold files.

Spans carry their labels (the record field) and the full item in ``meta``, and
event triggers link to their actors' mentions as relations, so a record goes
out and comes back without loss.
"""
import json
from pathlib import Path

from ..schema import ArticleRecord, GoldArticle
from .gold import gold_item
from .store import FIELDS, item_spans


def _spans(record: ArticleRecord):
    data = record.model_dump()
    for field in FIELDS:
        for index, item in enumerate(data[field]):
            places = item_spans(field, item) or [(None, None)]
            for number, (start, end) in enumerate(places):
                yield f"{field}-{index}-{number}", field, index, item, start, end


def _arguments(record: ArticleRecord):
    """(event index, argument span id, role) from each event's trigger span to its actors,
    targets (their first country mention) and officials (their first mention)."""
    data = record.model_dump()
    country_index = {c["code"]: k for k, c in enumerate(data["countries"]) if c.get("mentions")}
    official_index = {o["name"]: k for k, o in enumerate(data["officials"]) if o.get("mentions")}
    for index, event in enumerate(data["events"]):
        if not event.get("evidence"):
            continue
        for role, codes in (("actor", event.get("actors") or []), ("target", event.get("targets") or [])):
            for code in codes:
                if code in country_index:
                    yield index, f"countries-{country_index[code]}-0", role
        for name in event.get("officials") or []:
            if name in official_index:
                yield index, f"officials-{official_index[name]}-0", "official"


def to_labelstudio(record: ArticleRecord, text: str) -> dict:
    results = []
    for span_id, field, index, item, start, end in _spans(record):
        value = {"labels": [field]}
        if start is not None:
            value.update(start=start, end=end, text=text[start:end])
        results.append({"id": span_id, "from_name": "label", "to_name": "text", "type": "labels",
                        "value": value, "meta": {"field": field, "index": index, "item": item}})
    relations = [{"type": "relation", "from_id": f"events-{index}-0", "to_id": argument, "direction": "right",
                  "labels": [role]} for index, argument, role in _arguments(record)]
    return {"data": {"id": record.id, "text": text, "published": record.published, "source": record.source},
            "predictions": [{"model_version": record.pipeline_version, "result": results + relations}]}


def to_prodigy(record: ArticleRecord, text: str) -> dict:
    spans, by_id = [], {}
    for span_id, field, index, item, start, end in _spans(record):
        span = {"start": start, "end": end, "label": field.upper(), "field": field, "index": index, "item": item}
        spans.append(span)
        by_id[span_id] = span
    relations = []
    for index, argument, role in _arguments(record):
        head, child = by_id.get(f"events-{index}-0"), by_id.get(argument)
        if head and child and head["start"] is not None and child["start"] is not None:
            relations.append({"head": head["start"], "child": child["start"], "label": role.upper(),
                              "head_span": {k: head[k] for k in ("start", "end", "label")},
                              "child_span": {k: child[k] for k in ("start", "end", "label")}})
    return {"text": text, "meta": {"id": record.id, "published": record.published, "source": record.source},
            "spans": spans, "relations": relations, "answer": "accept"}


def _gold_from_items(article_id, text, published, source, items: list[tuple[str, int, dict]]) -> GoldArticle:
    by_field: dict[str, dict[int, dict]] = {field: {} for field in FIELDS}
    for field, index, item in items:
        by_field[field].setdefault(index, item)
    gold = {field: [gold_item(field, item) for _, item in sorted(by_field[field].items())] for field in FIELDS}
    gold["countries"] = sorted(set(c for c in gold["countries"] if c))
    return GoldArticle.model_validate({"id": article_id, "published": published, "source": source, "url": None,
                                       "text": text, "gold": gold})


def from_labelstudio(task: dict) -> GoldArticle:
    """A Label Studio task: its annotations (the corrections) when present, else its predictions."""
    blocks = task.get("annotations") or task.get("predictions") or [{"result": []}]
    results = [r for r in blocks[-1]["result"] if r.get("type") == "labels" and r.get("meta")]
    items = [(r["meta"]["field"], r["meta"]["index"], r["meta"]["item"]) for r in results]
    data = task["data"]
    return _gold_from_items(data["id"], data["text"], data.get("published"), data.get("source"), items)


def from_prodigy(example: dict) -> GoldArticle:
    items = [(s["field"], s["index"], s["item"]) for s in example.get("spans") or [] if "item" in s]
    meta = example.get("meta") or {}
    return _gold_from_items(meta["id"], example["text"], meta.get("published"), meta.get("source"), items)


def export_tasks(tool: str, records: list[ArticleRecord], texts: dict[str, str], output: Path) -> int:
    tasks = [(to_labelstudio if tool == "labelstudio" else to_prodigy)(r, texts[r.id]) for r in records if r.id in texts]
    if tool == "labelstudio":
        output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        output.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in tasks), encoding="utf-8")
    return len(tasks)


def import_tasks(tool: str, path: Path, outdir: Path) -> list[Path]:
    if tool == "labelstudio":
        golds = [from_labelstudio(task) for task in json.loads(path.read_text(encoding="utf-8"))]
    else:
        golds = [from_prodigy(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for gold in golds:
        target = outdir / f"{gold.id}.json"
        target.write_text(json.dumps(gold.model_dump(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(target)
    return paths
