"""trade-events: negotiation-event records from trade news, built on spaCy."""
from .api import extract, to_dataframe
from .loading import assemble, load
from .msgpack_registries import cache_msgpack_registries
from .timeline import timeline

__version__ = "0.1.0"
__all__ = ["load", "assemble", "extract", "to_dataframe", "timeline", "__version__"]

cache_msgpack_registries()  # Docs cross processes in nlp.pipe(n_process=N): see the module
