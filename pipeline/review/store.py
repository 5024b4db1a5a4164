"""The review database: articles with their records, and an append-only log of decisions.

SQLite in WAL mode, one short transaction per decision, so several reviewers
(and processes) can write to one file and nothing is lost. The state of an
item is the fold of its decisions in order; an undo is itself a decision.
"""
import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from ..schema import ArticleRecord

FIELDS = ("countries", "officials", "tariffs", "dates", "quotes", "events")
ACTIONS = ("accept", "reject", "edit", "delete", "add", "undo")

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, text TEXT NOT NULL, record TEXT NOT NULL, confidence REAL,
    countries TEXT, n_items INTEGER, pipeline_version TEXT);
CREATE TABLE IF NOT EXISTS decisions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL, field TEXT NOT NULL,
    item_key TEXT NOT NULL, action TEXT NOT NULL, payload TEXT, reason TEXT, reviewer TEXT NOT NULL,
    at TEXT NOT NULL, pipeline_version TEXT, undoes INTEGER);
CREATE INDEX IF NOT EXISTS decisions_article ON decisions(article_id);
"""


def item_spans(field: str, value: dict) -> list[tuple[int, int]]:
    if field in ("countries", "officials"):
        return [(m["start"], m["end"]) for m in value.get("mentions") or []]
    if field == "events":
        return [(e["start"], e["end"]) for e in value.get("evidence") or [] if e.get("start") is not None]
    if value.get("start") is not None and value.get("end") is not None:
        return [(value["start"], value["end"])]
    return []


def connect(path: str | Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA busy_timeout=30000")
    connection.executescript(SCHEMA)
    return connection


def article_confidence(record: ArticleRecord) -> float:
    """The weakest event's confidence: the articles most in need of a look come first."""
    scores = [e.model_dump().get("confidence") for e in record.events]
    scores = [s for s in scores if s is not None]
    return min(scores) if scores else 1.0


def load_records(connection: sqlite3.Connection, records: list[ArticleRecord], texts: dict[str, str]) -> int:
    """Add records (with their article texts) to the database; known articles are kept as they are."""
    added = 0
    for record in records:
        text = texts.get(record.id)
        if text is None:
            continue
        n_items = sum(len(getattr(record, field)) for field in FIELDS)
        cursor = connection.execute(
            "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
            (record.id, text, record.model_dump_json(), article_confidence(record),
             "|".join(c.code for c in record.countries), n_items, record.pipeline_version))
        added += cursor.rowcount
    return added


def add_decision(connection: sqlite3.Connection, article_id: str, field: str, item_key: str, action: str,
                 reviewer: str, payload: dict | None = None, reason: str | None = None,
                 undoes: int | None = None) -> int:
    row = connection.execute("SELECT pipeline_version FROM articles WHERE id = ?", (article_id,)).fetchone()
    cursor = connection.execute(
        "INSERT INTO decisions (article_id, field, item_key, action, payload, reason, reviewer, at, "
        "pipeline_version, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, field, item_key, action, json.dumps(payload) if payload is not None else None, reason,
         reviewer, datetime.now(timezone.utc).isoformat(), row["pipeline_version"] if row else None, undoes))
    return cursor.lastrowid


def last_undoable(connection: sqlite3.Connection, article_id: str, reviewer: str) -> int | None:
    """The reviewer's latest decision on the article that is not undone yet."""
    rows = connection.execute("SELECT seq, action, undoes FROM decisions WHERE article_id = ? AND reviewer = ? "
                              "ORDER BY seq", (article_id, reviewer)).fetchall()
    undone = {r["undoes"] for r in rows if r["action"] == "undo"}
    live = [r["seq"] for r in rows if r["action"] != "undo" and r["seq"] not in undone]
    return live[-1] if live else None


def article_state(connection: sqlite3.Connection, article_id: str, reviewer: str | None = None) -> dict:
    """The article with every item's current value and status (unreviewed, accepted, rejected,
    edited, deleted, added), folding the decisions (of one reviewer, or of all)."""
    row = connection.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise KeyError(article_id)
    record = json.loads(row["record"])
    items = {field: {f"i{k}": {"value": item, "status": "unreviewed", "reason": None, "reviewer": None}
                     for k, item in enumerate(record.get(field) or [])} for field in FIELDS}
    query = "SELECT * FROM decisions WHERE article_id = ?" + (" AND reviewer = ?" if reviewer else "") + " ORDER BY seq"
    decisions = connection.execute(query, (article_id, reviewer) if reviewer else (article_id,)).fetchall()
    undone = {d["undoes"] for d in decisions if d["action"] == "undo"}
    for decision in decisions:
        if decision["action"] == "undo" or decision["seq"] in undone:
            continue
        bucket = items.setdefault(decision["field"], {})
        payload = json.loads(decision["payload"]) if decision["payload"] else None
        if decision["action"] == "add":
            bucket[decision["item_key"]] = {"value": payload, "status": "added", "reason": None}
            continue
        entry = bucket.get(decision["item_key"])
        if entry is None:
            continue
        status = {"accept": "accepted", "reject": "rejected", "edit": "edited", "delete": "deleted"}[decision["action"]]
        entry.update(status=status, reason=decision["reason"], reviewer=decision["reviewer"])
        if payload is not None:
            entry["value"] = payload
    reviewed = sum(1 for bucket in items.values() for e in bucket.values() if e["status"] != "unreviewed")
    total = sum(len(bucket) for bucket in items.values())
    return {"id": article_id, "text": row["text"], "record": record, "items": items,
            "reviewed": reviewed, "total": total, "n_decisions": len(decisions)}


def queue(connection: sqlite3.Connection, status: str | None = None, country: str | None = None) -> list[dict]:
    """Articles lowest confidence first, with how far their review has got."""
    rows = connection.execute(
        "SELECT a.id, a.confidence, a.countries, a.n_items, "
        "(SELECT COUNT(DISTINCT field || item_key) FROM decisions d WHERE d.article_id = a.id AND d.action != 'undo') "
        "AS decided FROM articles a ORDER BY a.confidence, a.id").fetchall()
    result = []
    for row in rows:
        state = "unreviewed" if not row["decided"] else "done" if row["decided"] >= row["n_items"] else "in progress"
        countries = [c for c in (row["countries"] or "").split("|") if c]
        if status and state != status or country and country not in countries:
            continue
        result.append({"id": row["id"], "confidence": row["confidence"], "countries": countries,
                       "n_items": row["n_items"], "decided": min(row["decided"], row["n_items"]), "status": state})
    return result


def texts_for(records: list[ArticleRecord], article_inputs: list[str] | None = None) -> dict[str, str]:
    """Article texts for records: from the given inputs, else re-read from each record's origin."""
    from ..ingest import Article, read_inputs

    sources = list(article_inputs or [])
    if not sources:
        sources = sorted({r.origin.rsplit(":", 1)[0] if r.origin and ":" in r.origin and
                          r.origin.rsplit(":", 1)[1].isdigit() else r.origin for r in records if r.origin})
    wanted = {r.id for r in records}
    return {a.id: a.text for a in read_inputs(sources) if isinstance(a, Article) and a.id in wanted}
