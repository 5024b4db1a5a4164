"""Every custom Doc attribute the pipeline reads or writes, declared in one place.

Values are plain lists, dicts and strings so docs survive ``to_bytes`` and
``nlp.pipe(..., n_process=N)``.
"""
from spacy.tokens import Doc

DOC_EXTENSIONS = {
    # Article metadata, set on the Doc before the pipeline runs.
    "article_id": None,
    "published": None,  # ISO YYYY-MM-DD or None
    # Extracted items, one list of dicts per field of the record.
    "countries": None,
    "dates": None,
    "venues": None,  # places named again for a dated occasion ("agreed in Busan"): dates writes, events reads
    "officials": None,
    "quotes": None,
    "positions": None,
    "tariffs": None,
    "events": None,
    "hedged_events": None,
}


def register_extensions() -> None:
    """Declare the extensions (idempotent: safe in every worker process)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
