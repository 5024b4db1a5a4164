"""Checks of gold files against ../shared/gold/FORMAT.md: structure, codes, and that
every annotated string really stands in the article text."""
import json
import re
from pathlib import Path
from typing import get_args

from .geo import is_country_code as valid_code
from .schema import EventType

EVENT_TYPES = set(get_args(EventType))
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-W\d{2})?$")


def check(path) -> list[str]:
    """Problems of one gold file, as sentences; empty when it is sound."""
    problems = []
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    text = doc.get("text") or ""
    for key in ("id", "published", "text", "gold"):
        if key not in doc:
            problems.append(f"missing key {key}")
    if doc.get("published") and not re.match(r"^\d{4}-\d{2}-\d{2}$", doc["published"]):
        problems.append(f"bad published {doc['published']!r}")
    gold = doc.get("gold", {})
    for field in ("countries", "officials", "tariffs", "dates", "quotes", "events"):
        if field not in gold:
            problems.append(f"gold lacks {field}")
    for code in gold.get("countries", []):
        if not valid_code(code):
            problems.append(f"country {code!r} is not ISO alpha-3 or EU")
    for off in gold.get("officials", []):
        for name in [off["name"], *off.get("aliases", [])]:
            if name not in text:
                problems.append(f"official name/alias {name!r} not in text")
        if off.get("country") and not valid_code(off["country"]):
            problems.append(f"official country {off['country']!r} invalid")
        if off.get("country") and off["country"] not in gold.get("countries", []):
            problems.append(f"official country {off['country']!r} not in countries")
    for tar in gold.get("tariffs", []):
        if not isinstance(tar.get("rate"), (int, float)):
            problems.append(f"tariff rate not a number: {tar}")
        for k in ("target", "imposer"):
            if tar.get(k) and not valid_code(tar[k]):
                problems.append(f"tariff {k} {tar[k]!r} invalid")
    for d in gold.get("dates", []):
        if d["text"] not in text:
            problems.append(f"date text {d['text']!r} not in text")
        if not DATE_VALUE.match(d.get("value") or ""):
            problems.append(f"date value {d.get('value')!r} not ISO at a granularity")
    for q in gold.get("quotes", []):
        if q["text"] not in text:
            problems.append(f"quote text not in text: {q['text'][:60]!r}")
        if len(q["text"].split()) < 3:
            problems.append(f"quote shorter than three words: {q['text']!r}")
    for ev in gold.get("events", []):
        if ev.get("type") not in EVENT_TYPES:
            problems.append(f"event type {ev.get('type')!r}")
        if ev.get("date") and not DATE_VALUE.match(ev["date"]):
            problems.append(f"event date {ev['date']!r}")
        for code in ev.get("actors", []) + ev.get("targets", []):
            if not valid_code(code):
                problems.append(f"event code {code!r} invalid")
    return problems

