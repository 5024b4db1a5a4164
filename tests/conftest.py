"""One pipeline for the whole session: loading the model is the slow part."""
from pathlib import Path

import pytest

import pipeline
from pipeline.ingest import Article
from pipeline.records import article_doc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED_GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture(scope="session")
def nlp():
    return pipeline.load()


@pytest.fixture(scope="session")
def stock_nlp():
    """The English model as shipped: what our drop-in components must reproduce."""
    import spacy
    from pipeline.loading import english_model_name, read_config
    return spacy.load(english_model_name(read_config()["base"]["models"]))


@pytest.fixture(scope="session")
def annotate(nlp):
    """Run the pipeline on one text with a publication date; returns the Doc."""
    def run(text: str, published: str | None = "2025-04-09"):
        article = Article(id="test", text=text, published=published, origin="test")
        return nlp(article_doc(nlp, article))
    return run
