"""A review database with two extracted articles, one of them with markup in its text."""
import pytest

from pipeline.ingest import Article
from pipeline.records import process
from pipeline.review.store import connect, load_records

TEXTS = {
    "talks": ("On the 8th (local time), President Trump had a phone call with Acting Prime Minister Han Duck-soo. "
              "\"Our trading partners are lining up,\" Treasury Secretary Scott Bessent told CNBC. "
              "On the 2nd, the U.S. imposed a 25% tariff on South Korea. Talks resumed on Monday."),
    "markup": ("Officials met in Seoul <script>alert('x')</script> and \"><img src=x onerror=alert(1)> "
               "on Tuesday to discuss tariffs on Japanese cars."),
}


@pytest.fixture()
def review_db(nlp, tmp_path):
    articles = [Article(id=k, text=v, published="2025-04-09", origin=k) for k, v in TEXTS.items()]
    records = list(process(nlp, articles))
    path = tmp_path / "review.sqlite"
    load_records(connect(path), records, TEXTS)
    return path, records
