"""What our table-driven components share: built from data tables, saved with the pipeline.

``to_disk`` writes the tables (lexicons, patterns) into the component's folder
of an assembled pipeline, and ``from_disk`` rebuilds from them, the way
spaCy's EntityRuler keeps its patterns, so ``spacy.load`` needs no data files.
"""
import json
from pathlib import Path

from spacy.language import Language

from ..extensions import register_extensions


class TableComponent:
    def __init__(self, nlp: Language, name: str, tables: dict):
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.tables = tables
        self._build(tables)

    def _build(self, tables: dict) -> None:
        raise NotImplementedError

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "tables.json").write_text(json.dumps(self.tables, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path, exclude=tuple()):
        self.tables = json.loads((Path(path) / "tables.json").read_text(encoding="utf-8"))
        self._build(self.tables)
        return self
