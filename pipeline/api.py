"""The notebook API: records from texts or articles, and pandas frames from records."""
from collections.abc import Iterable, Iterator

import pandas as pd

from .ingest import Article, IngestFailure
from .schema import ArticleRecord

ITEM_FIELDS = ("countries", "officials", "tariffs", "dates", "quotes", "positions", "events")


def extract(texts_or_articles: Iterable, published: str | None = None, n_process: int = 1,
            batch_size: int = 32, nlp=None) -> Iterator[ArticleRecord]:
    """Records for plain texts, dicts with at least ``text``, or ``Article`` objects, in order.

    Plain texts get ids ``text-1``, ``text-2``... and the ``published`` date given here.
    """
    from . import load
    from .records import process

    def articles() -> Iterator[Article]:
        for number, item in enumerate(texts_or_articles, start=1):
            if isinstance(item, Article):
                yield item
            elif isinstance(item, str):
                yield Article(id=f"text-{number}", text=item, published=published, origin=f"text-{number}")
            else:
                yield Article(**{"id": f"text-{number}", "origin": f"text-{number}", "published": published, **item})

    for result in process(nlp or load(), articles(), n_process=n_process, batch_size=batch_size):
        if not isinstance(result, IngestFailure):
            yield result


def to_dataframe(records: Iterable[ArticleRecord | dict]) -> dict[str, pd.DataFrame]:
    """One frame per field, one row per item, with the article's id and publication date:
    ``{"articles": ..., "countries": ..., "events": ...}``."""
    rows: dict[str, list[dict]] = {"articles": [], **{name: [] for name in ITEM_FIELDS}}
    for record in records:
        data = record.model_dump() if isinstance(record, ArticleRecord) else dict(record)
        rows["articles"].append({k: data.get(k) for k in ("id", "published", "source", "url", "title", "origin")})
        for name in ITEM_FIELDS:
            for item in data.get(name) or []:
                rows[name].append({"article_id": data["id"], "published": data.get("published"), **item})
    return {name: pd.DataFrame(items) for name, items in rows.items()}
