import gzip
import json

import pytest

from pipeline.ingest import Article, IngestFailure, read_inputs


def read(*paths):
    return list(read_inputs([str(p) for p in paths]))


def test_txt_with_header_lines(tmp_path):
    path = tmp_path / "korea-talks.txt"
    path.write_text("published: 2025-04-09\nsource: Example Wire\ntitle: Talks begin\n\n"
                    "Seoul and Washington began talks.\n", encoding="utf-8")
    [article] = read(path)
    assert (article.id, article.published, article.published_source, article.source, article.title) == (
        "korea-talks", "2025-04-09", "metadata", "Example Wire", "Talks begin")
    assert article.text == "Seoul and Washington began talks.\n"


def test_txt_without_headers_keeps_a_colon_sentence(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Trade: the talks go on in Geneva on Monday.", encoding="utf-8")
    [article] = read(path)
    assert article.text.startswith("Trade: the talks")


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON, April 9, 2025 (Example Wire) - The U.S. said talks would begin.", "2025-04-09"),
    ("Headline\n\nPublished: 17 Jul. 2025\n\nThe EU and Japan met.", "2025-07-17"),
    ("SEOUL, Aug. 1 (Asia Wire) — Seoul agreed a deal in 2025.", "2025-08-01"),
    ("BOGOTA/WASHINGTON, Jan 27, 2025 (Wire) - Colombia agreed to take the flights.", "2025-01-27"),  # two cities
])
def test_publication_date_from_dateline(tmp_path, text, expected):
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    [article] = read(path)
    assert (article.published, article.published_source) == (expected, "dateline")


def test_missing_date_is_recorded_not_fatal(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Seoul and Washington began talks on Monday.", encoding="utf-8")
    [article] = read(path)
    assert article.published is None
    assert [w["code"] for w in article.warnings] == ["no_publication_date"]


def test_jsonl_with_broken_lines_keeps_the_rest(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": "Japan and the U.S. met.", "published": "2025-04-17"}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text", "title": "only a title"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "China retaliated.", "published": "April 4, 2025"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, IngestFailure)]
    assert [a.id for a in good] == ["ok-1", "batch-6"]
    assert good[1].published == "2025-04-04"
    assert [(f.origin.split("/")[-1], f.code) for f in bad] == [
        ("batch.jsonl:2", "broken_json"), ("batch.jsonl:3", "missing_field"),
        ("batch.jsonl:4", "empty_text"), ("batch.jsonl:5", "broken_json")]
    assert "batch.jsonl:2" in str(bad[0]) and "invalid JSON" in str(bad[0])


def test_gzip_jsonl(tmp_path):
    path = tmp_path / "shard.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"id": "g1", "text": "India and the UK signed."}).encode()))
    [article] = read(path)
    assert article.id == "g1"


def test_binary_and_wrong_encoding_files(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Les négociations à Bruxelles".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Canada imposed counter-tariffs.", encoding="utf-8")
    items = read(tmp_path)
    assert [(type(i).__name__, i.id) for i in items] == [
        ("Article", "good"), ("IngestFailure", "image"), ("IngestFailure", "latin1")]
    assert items[1].code == "binary"
    assert items[2].code == "encoding" and "byte 0xe9 at offset 5" in items[2].message


def test_huge_article_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Tariffs. " * 200_000, encoding="utf-8")
    [failure] = read(path)
    assert failure.code == "too_long" and "1,800,000 characters" in failure.message


def test_gold_file_uses_only_text_and_metadata(tmp_path):
    gold = {"id": "g-1", "published": "2025-04-09", "source": "wire", "url": None,
            "text": "Korea and the U.S. met.", "gold": {"countries": ["KOR", "USA"]}}
    path = tmp_path / "g-1.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    [article] = read(path)
    assert (article.id, article.published, article.text) == ("g-1", "2025-04-09", "Korea and the U.S. met.")
    assert not hasattr(article, "gold")


def test_missing_input_is_reported(tmp_path):
    [failure] = read(tmp_path / "nope.jsonl")
    assert failure.code == "missing_input"


def test_bad_publication_date_is_a_warning(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("published: sometime soon\n\nJapan and the U.S. met.", encoding="utf-8")
    [article] = read(path)
    assert article.published is None
    assert [w["code"] for w in article.warnings] == ["bad_publication_date", "no_publication_date"]
