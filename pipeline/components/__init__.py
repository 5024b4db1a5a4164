"""spaCy components of the trade-events pipeline, one per module.

Importing this package registers every factory; installed, the same factories
are also found through the ``spacy_factories`` entry point.
"""
from . import attributes, countries, dates, events, lemmas, officials, paragraphs, quotes, tariffs  # noqa: F401
