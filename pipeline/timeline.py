"""Event timelines across a corpus: one row per event, merged across articles, with evidence.

The same event reported by several articles (same type, sides and rate, dates
equal or compatible at their precision: "2025-04" contains "2025-04-02") is one
row counting its articles and sources; every mention stays in the evidence
table, the events/mentions split that GDELT users know. Undated events are
kept, never given a publication date as if it were theirs.
"""
import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .geo import country_name
from .resources import read_tsv, resource_path
from .schema import ArticleRecord

EVENT_COLUMNS = ["event_id", "date", "date_precision", "date_source", "type", "plover", "cameo", "actors", "targets",
                 "officials", "rate", "previous_rate", "product", "summary", "n_articles", "n_sources", "first_seen",
                 "confidence", "review_status"]
EVIDENCE_COLUMNS = ["event_id", "article_id", "source", "url", "published", "sentence", "start", "end", "trigger"]
LIST_COLUMNS = ("actors", "targets", "officials")


def precision(value: str | None) -> str | None:
    if not value:
        return None
    if "-W" in value:
        return "week"
    if "-Q" in value:
        return "quarter"
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def compatible(a: str | None, b: str | None) -> bool:
    """Dates that can name the same day: equal, or one the other's month or year."""
    if a is None or b is None:
        return a is b
    return a.startswith(b) or b.startswith(a)


def mentions_of(records: Iterable[ArticleRecord]) -> list[dict]:
    """One row per event per article, with what the article says of it."""
    rows = []
    for record in records:
        for event in record.events:
            data = event.model_dump()
            tariff = (data.get("tariffs") or [{}])[0]
            evidence = data.get("evidence") or [{}]
            rows.append({
                "article_id": record.id, "source": record.source, "url": record.url, "published": record.published,
                "type": data["type"], "date": data.get("date"), "date_source": data.get("date_source"),
                "actors": sorted(data.get("actors") or []), "targets": sorted(data.get("targets") or []),
                "officials": data.get("officials") or [], "rate": tariff.get("rate"),
                "previous_rate": tariff.get("previous_rate"), "product": tariff.get("product"),
                "plover": data.get("plover") or {}, "cameo": data.get("cameo"),
                "confidence": data.get("confidence"), "review_status": data.get("review_status", "unreviewed"),
                "evidence": evidence, "trigger": data.get("trigger"),
            })
    return rows


def merge_mentions(rows: list[dict]) -> list[list[dict]]:
    """Groups of mentions that report one event."""
    groups: list[list[dict]] = []
    keyed: dict[tuple, list[list[dict]]] = {}
    for row in sorted(rows, key=lambda r: (-len(r["date"] or ""), r["published"] or "", r["article_id"])):
        key = (row["type"], tuple(row["actors"]), tuple(row["targets"]), row["rate"])
        for group in keyed.setdefault(key, []):
            if compatible(group[0]["date"], row["date"]):
                group.append(row)
                break
        else:
            group = [row]
            keyed[key].append(group)
            groups.append(group)
    return groups


@lru_cache(maxsize=1)
def summary_verbs() -> dict[str, str]:
    return {row[0]: row[-1] for row in read_tsv(resource_path("event_types.tsv"))}


def summary(event_type: str, actors: list[str], targets: list[str], rate) -> str:
    verbs = summary_verbs()
    who = " and ".join(country_name(c) for c in actors) or "Someone"
    whom = " and ".join(country_name(c) for c in targets)
    verb = verbs.get(event_type, event_type.lower())
    if not whom:  # "held talks", not "held talks with"
        verb = " ".join(w for w in verb.split() if w not in ("with", "on", "to", "against"))
    text = f"{who} {verb}" + (f" {whom}" if whom else "")
    return text + (f" ({rate:g}%)" if rate is not None else "")


def event_id(group: list[dict]) -> str:
    first = group[0]
    key = json.dumps([first["type"], first["actors"], first["targets"], first["rate"], first["date"]])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def build_tables(records: Iterable[ArticleRecord]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, evidence) frames, events in date order with undated ones last."""
    events, evidence = [], []
    for group in merge_mentions(mentions_of(records)):
        first = group[0]
        identifier = event_id(group)
        statuses = {m["review_status"] for m in group}
        events.append({
            "event_id": identifier, "date": first["date"], "date_precision": precision(first["date"]),
            "date_source": first["date_source"], "type": first["type"],
            "plover": "/".join(v for v in (first["plover"].get("type"), first["plover"].get("mode")) if v),
            "cameo": first["cameo"], "actors": first["actors"], "targets": first["targets"],
            "officials": sorted({o for m in group for o in m["officials"]}), "rate": first["rate"],
            "previous_rate": next((m["previous_rate"] for m in group if m["previous_rate"] is not None), None),
            "product": next((m["product"] for m in group if m["product"]), None),
            "summary": summary(first["type"], first["actors"], first["targets"], first["rate"]),
            "n_articles": len({m["article_id"] for m in group}),
            "n_sources": len({m["source"] for m in group if m["source"]}),
            "first_seen": min((m["published"] for m in group if m["published"]), default=None),
            "confidence": max((m["confidence"] or 0) for m in group),
            "review_status": "accepted" if statuses == {"accepted"} else sorted(statuses)[0],
        })
        for mention in group:
            for span in mention["evidence"]:
                evidence.append({"event_id": identifier, "article_id": mention["article_id"],
                                 "source": mention["source"], "url": mention["url"],
                                 "published": mention["published"], "sentence": span.get("text"),
                                 "start": span.get("start"), "end": span.get("end"), "trigger": mention["trigger"]})
    events_frame = pd.DataFrame(events, columns=EVENT_COLUMNS)
    if len(events_frame):
        events_frame = events_frame.assign(_undated=events_frame["date"].isna()).sort_values(
            ["_undated", "date", "type", "event_id"], na_position="last").drop(columns="_undated")
    evidence_frame = pd.DataFrame(evidence, columns=EVIDENCE_COLUMNS)
    return events_frame.reset_index(drop=True), evidence_frame


def filter_events(events: pd.DataFrame, evidence: pd.DataFrame, start: str | None = None, end: str | None = None,
                  countries: list[str] | None = None, types: list[str] | None = None,
                  reviewed_only: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    keep = pd.Series(True, index=events.index)
    if start:  # a date at any precision is kept when it can lie inside the window
        keep &= events["date"].notna() & (events["date"].fillna("") + "~" >= start)
    if end:
        keep &= events["date"].notna() & (events["date"].fillna("") <= end)
    if countries:
        keep &= events.apply(lambda e: bool(set(countries) & set(e["actors"]) | set(countries) & set(e["targets"])), axis=1)
    if types:
        keep &= events["type"].isin(types)
    if reviewed_only:
        keep &= events["review_status"] == "accepted"
    events = events[keep].reset_index(drop=True)
    return events, evidence[evidence["event_id"].isin(events["event_id"])].reset_index(drop=True)


def timeline(records: Iterable[ArticleRecord | dict], **filters) -> dict[str, pd.DataFrame]:
    """The notebook form: ``{"events": ..., "evidence": ...}`` frames."""
    records = [r if isinstance(r, ArticleRecord) else ArticleRecord.model_validate(r) for r in records]
    events, evidence = filter_events(*build_tables(records), **filters)
    return {"events": events, "evidence": evidence}


def read_records(paths: Iterable[str]) -> list[ArticleRecord]:
    files = []
    for item in paths:
        path = Path(item)
        files.extend(sorted(path.glob("records*.jsonl")) if path.is_dir() else [path])
    return [ArticleRecord.model_validate_json(line) for f in files
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_tables(events: pd.DataFrame, evidence: pd.DataFrame, outdir: Path) -> None:
    """CSV (lists joined with "|") and Parquet (lists as lists, dates as dates where whole days)."""
    flat = events.copy()
    for column in LIST_COLUMNS:
        flat[column] = flat[column].map(lambda values: "|".join(values))
    flat.to_csv(outdir / "events.csv", index=False)
    evidence.to_csv(outdir / "evidence.csv", index=False)
    typed = events.copy()
    typed["day"] = pd.to_datetime(typed["date"].where(typed["date_precision"] == "day"), errors="coerce").dt.date
    typed["first_seen"] = pd.to_datetime(typed["first_seen"], errors="coerce").dt.date
    typed.to_parquet(outdir / "events.parquet", index=False)
    typed_evidence = evidence.copy()
    typed_evidence["published"] = pd.to_datetime(typed_evidence["published"], errors="coerce").dt.date
    typed_evidence.to_parquet(outdir / "evidence.parquet", index=False)
