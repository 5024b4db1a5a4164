"""The bundled corpus: enough articles, every gold file sound."""
import json

import pytest

from pipeline.gold_check import check
from pipeline.schema import GoldArticle

from .conftest import CORPUS

GOLD_FILES = sorted(CORPUS.rglob("*.json"))


def test_corpus_has_at_least_30_articles():
    assert len(list(CORPUS.glob("*.json"))) >= 30


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_sound(path):
    assert check(path) == []
    GoldArticle.model_validate(json.loads(path.read_text(encoding="utf-8")))
