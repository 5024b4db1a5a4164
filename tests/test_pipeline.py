"""The assembled pipeline: components, multiprocessing, save/load, the CLI."""
import json
import subprocess
import sys
from importlib.metadata import entry_points

import spacy

from pipeline import assemble
from pipeline.ingest import Article
from pipeline.records import process
from pipeline.schema import ArticleRecord, record_json_schema

from .conftest import ROOT

TEXTS = [
    "On the 8th (local time), President Trump had a phone call with Han Duck-soo of South Korea.",
    "Brussels said on Monday that the EU would answer China's duties.",
    "WASHINGTON, April 9, 2025 (Example Wire) - The U.S. and Japan will meet next week.",
    "Ottawa imposed 25% counter-tariffs on American goods last month.",
]


def articles():
    return [Article(id=f"t{i}", text=t, published="2025-04-09", origin="test") for i, t in enumerate(TEXTS)]


def test_our_components_follow_the_english_model(nlp):
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("trade_countries") < nlp.pipe_names.index("trade_officials")
    assert "senter" not in nlp.pipe_names
    assert nlp.pipe_names.index("trade_paragraphs") < nlp.pipe_names.index("parser")


def test_factories_are_exposed_as_entry_points():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"trade_paragraphs", "trade_countries", "trade_dates", "trade_officials", "trade_quotes",
            "trade_tariffs", "trade_events"} <= names


def test_two_processes_give_the_same_records(nlp):
    one = [r.model_dump() for r in process(nlp, articles(), n_process=1)]
    two = [r.model_dump() for r in process(nlp, articles(), n_process=2, batch_size=2)]
    assert one == two
    assert [c["code"] for c in two[1]["countries"]] == ["EU", "CHN"]
    assert [d["value"] for d in two[0]["dates"]] == ["2025-04-08"]


def test_assembled_pipeline_loads_with_plain_spacy_load(nlp, tmp_path):
    target = assemble(tmp_path / "trade-events-pipeline")
    reloaded = spacy.load(target)
    assert reloaded.pipe_names == nlp.pipe_names
    doc = reloaded.make_doc("The U.S.-China talks resumed on Monday.")
    doc._.published = "2025-04-09"
    doc = reloaded(doc)
    assert [s.label_ for s in doc.spans["countries"]] == ["USA", "CHN"]
    assert [d["value"] for d in doc._.dates] == ["2025-04-07"]


def test_shipped_json_schema_is_current():
    shipped = json.loads((ROOT / "models" / "record.schema.json").read_text(encoding="utf-8"))
    assert shipped == record_json_schema()


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def test_cli_extract_from_stdin_and_evaluate(tmp_path):
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": t, "published": "2025-04-09"}) for i, t in enumerate(TEXTS))
    lines += "\n{broken json\n"
    out = tmp_path / "records.jsonl"
    result = run_cli("extract", "-", "-o", str(out), stdin=lines)
    assert result.returncode == 0, result.stderr
    records = [ArticleRecord.model_validate_json(line) for line in out.read_text().splitlines()]
    assert [r.id for r in records] == ["s0", "s1", "s2", "s3"]
    assert "stdin:5" in result.stderr and "invalid JSON" in result.stderr
    gold = {"id": "s1", "published": "2025-04-09", "text": TEXTS[1],
            "gold": {"countries": ["EU", "CHN"], "officials": [], "tariffs": [], "dates": [
                {"text": "Monday", "value": "2025-04-07"}], "quotes": [], "events": []}}
    (tmp_path / "s1.json").write_text(json.dumps(gold))
    result = run_cli("evaluate", str(out), str(tmp_path / "s1.json"), "--json")
    assert result.returncode == 0, result.stderr
    fields = json.loads(result.stdout)["fields"]
    assert fields["countries"]["f1"] == 1.0 and fields["dates"]["f1"] == 1.0
