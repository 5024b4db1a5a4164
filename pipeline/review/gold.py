"""Reviewed articles as gold files (../shared/gold/FORMAT.md), and agreement between reviewers."""
import json
from collections import defaultdict
from pathlib import Path

from ..schema import GoldArticle
from .store import FIELDS, article_state

GOLD_KEYS = {
    "officials": ("name", "aliases", "title", "country"),
    "tariffs": ("rate", "target", "imposer", "product"),
    "dates": ("text", "value"),
    "quotes": ("text", "speaker"),
    "events": ("type", "date", "actors", "targets"),
}


def gold_item(field: str, value: dict):
    if field == "countries":
        return value.get("code")
    return {key: value.get(key) for key in GOLD_KEYS[field]}


def gold_article(connection, article_id: str) -> GoldArticle:
    """Everything a reviewer did not reject or delete, with edits applied and additions included."""
    state = article_state(connection, article_id)
    record = state["record"]
    gold = {field: [gold_item(field, entry["value"]) for entry in state["items"][field].values()
                    if entry["status"] not in ("rejected", "deleted")] for field in FIELDS}
    gold["countries"] = sorted(set(c for c in gold["countries"] if c))
    for official in gold["officials"]:
        official["aliases"] = official.get("aliases") or []
    return GoldArticle.model_validate({"id": article_id, "published": record.get("published"),
                                       "source": record.get("source"), "url": record.get("url"),
                                       "title": record.get("title"), "text": state["text"], "gold": gold})


def export_gold(connection, outdir: Path) -> list[Path]:
    """One gold file per article that has at least one decision."""
    outdir.mkdir(parents=True, exist_ok=True)
    ids = [r[0] for r in connection.execute("SELECT DISTINCT article_id FROM decisions ORDER BY article_id")]
    paths = []
    for article_id in ids:
        path = outdir / f"{article_id}.json"
        path.write_text(json.dumps(gold_article(connection, article_id).model_dump(), indent=2, ensure_ascii=False)
                        + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def cohen_kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa for two raters' labels; None when undefined (no pairs, or one label only)."""
    if not pairs:
        return None
    labels = sorted({label for pair in pairs for label in pair})
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    expected = sum((sum(a == label for a, _ in pairs) / n) * (sum(b == label for _, b in pairs) / n)
                   for label in labels)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def agreement(connection) -> dict:
    """Per field: items two reviewers both judged, their agreement, and Cohen's kappa on accept/reject."""
    rows = connection.execute("SELECT article_id, field, item_key, action, reviewer FROM decisions "
                              "WHERE action IN ('accept', 'reject', 'edit', 'delete') ORDER BY seq").fetchall()
    last: dict[tuple, dict[str, str]] = defaultdict(dict)
    for row in rows:
        label = "accept" if row["action"] == "accept" else "reject" if row["action"] in ("reject", "delete") else "edit"
        last[(row["article_id"], row["field"], row["item_key"])][row["reviewer"]] = label
    report = {}
    for field in FIELDS:
        pairs = []
        for (_, item_field, _), by_reviewer in last.items():
            if item_field == field and len(by_reviewer) >= 2:
                first, second = list(by_reviewer.values())[:2]
                pairs.append((first, second))
        binary = [(a, b) for a, b in pairs if a in ("accept", "reject") and b in ("accept", "reject")]
        report[field] = {"items_judged_by_two": len(pairs),
                         "agreement": round(sum(a == b for a, b in pairs) / len(pairs), 4) if pairs else None,
                         "kappa_accept_reject": None if cohen_kappa(binary) is None else round(cohen_kappa(binary), 4)}
    return report


def apply_review(connection, records: list) -> list:
    """Records with each event's review status ("accepted" for accepted or edited events, edits
    applied; "rejected" for rejected or deleted ones), for the timeline's --reviewed-only view."""
    from ..schema import ArticleRecord

    reviewed = []
    known = {row[0] for row in connection.execute("SELECT id FROM articles")}
    for record in records:
        if record.id not in known:
            reviewed.append(record)
            continue
        data = record.model_dump()
        items = article_state(connection, record.id)["items"]["events"]
        events = []
        for key, entry in items.items():
            event = dict(entry["value"] or {})
            event["review_status"] = {"accepted": "accepted", "edited": "accepted", "added": "accepted",
                                      "rejected": "rejected", "deleted": "rejected"}.get(entry["status"], "unreviewed")
            events.append(event)
        data["events"] = events
        reviewed.append(ArticleRecord.model_validate(data))
    return reviewed
