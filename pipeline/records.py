"""Articles through the spaCy pipeline into ``ArticleRecord``s."""
import hashlib
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .ingest import Article, IngestFailure
from .schema import ArticleError, ArticleRecord

PIPELINE_VERSION = "0.1.0"


def text_hash(text: str) -> str:
    """Identity of an article's text: the same words, whatever the spacing."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def article_doc(nlp: Language, article: Article) -> Doc:
    """A tokenized Doc carrying the article's id and publication date for the components."""
    doc = nlp.make_doc(article.text)
    doc._.article_id = article.id
    doc._.published = article.published
    return doc


CALENDAR_GRANULARITIES = ("day", "month", "year")  # FORMAT.md's dates; weeks and quarters are periods


def doc_to_record(doc: Doc, article: Article) -> ArticleRecord:
    return ArticleRecord(
        pipeline_version=PIPELINE_VERSION,
        id=article.id, origin=article.origin, text_hash=text_hash(article.text),
        published=article.published, published_source=article.published_source,
        source=article.source, url=article.url, title=article.title,
        countries=doc._.countries or [],
        dates=[d for d in doc._.dates or [] if d["granularity"] in CALENDAR_GRANULARITIES],
        periods=[d for d in doc._.dates or [] if d["granularity"] not in CALENDAR_GRANULARITIES],
        officials=doc._.officials or [], quotes=doc._.quotes or [], positions=doc._.positions or [],
        tariffs=doc._.tariffs or [], events=doc._.events or [], hedged_events=doc._.hedged_events or [],
        errors=[ArticleError(**warning) for warning in article.warnings],
    )


def process(nlp: Language, items: Iterable[Article | IngestFailure], n_process: int = 1,
            batch_size: int = 32) -> Iterator[ArticleRecord | IngestFailure]:
    """Records in input order; ingest failures are passed through as they are met."""
    pending: deque[Article] = deque()
    failures: deque[IngestFailure] = deque()

    def docs() -> Iterator[Doc]:
        for item in items:
            if isinstance(item, IngestFailure):
                failures.append(item)
                continue
            pending.append(item)
            yield article_doc(nlp, item)

    for doc in nlp.pipe(docs(), n_process=n_process, batch_size=batch_size):
        while failures:
            yield failures.popleft()
        yield doc_to_record(doc, pending.popleft())
    while failures:
        yield failures.popleft()
