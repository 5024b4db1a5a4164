"""Batch runs: shards, errors, duplicates, resume after a kill, the Dask engine, the API."""
import importlib.util
import json
import signal
import subprocess
import sys
import time

import pytest

import pipeline
from pipeline.batch import BatchOptions, run_batch

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
bench_generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_generate)


def lines(outdir, pattern):
    return sorted(line for path in outdir.glob(pattern) for line in path.read_text().splitlines())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    bench_generate.generate(48, folder, shard_size=16, broken=0.125, seed=3, gz=True)
    return folder


@pytest.fixture(scope="module")
def uninterrupted(corpus, tmp_path_factory):
    outdir = tmp_path_factory.mktemp("full")
    manifest = run_batch([str(corpus / "*.jsonl.gz")], BatchOptions(outdir=outdir, n_process=1, shard_size=7, quiet=True))
    return outdir, manifest


def test_every_article_is_a_record_or_an_error(uninterrupted):
    outdir, manifest = uninterrupted
    assert (manifest["records_total"], manifest["errors_total"]) == (42, 6)
    errors = [json.loads(line) for line in (outdir / "errors.jsonl").read_text().splitlines()]
    assert {e["code"] for e in errors} == {"broken_json", "empty_text", "binary", "too_long"}
    assert all(e["origin"].split(":")[-1].isdigit() for e in errors)
    assert not list(outdir.glob("*.tmp"))


def test_kill_and_rerun_gives_the_same_output(corpus, uninterrupted, tmp_path):
    command = [sys.executable, "-m", "pipeline", "batch", str(corpus / "*.jsonl.gz"), "-o", str(tmp_path),
               "--n-process", "1", "--shard-size", "7", "--quiet"]
    run = subprocess.Popen(command, cwd=ROOT)
    deadline = time.time() + 240
    while len(list(tmp_path.glob("records-*.jsonl"))) < 2 and time.time() < deadline and run.poll() is None:
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert len(list(tmp_path.glob("records-*.jsonl"))) < 7, "the run should have been killed midway"
    subprocess.run(command, cwd=ROOT, check=True, timeout=300)
    full, _ = uninterrupted
    assert lines(tmp_path, "records-*.jsonl") == lines(full, "records-*.jsonl")
    assert sorted((tmp_path / "errors.jsonl").read_text().splitlines()) == sorted(
        (full / "errors.jsonl").read_text().splitlines())


def test_duplicates_are_counted_not_written(corpus, tmp_path):
    first = sorted(corpus.glob("*.jsonl.gz"))[0]
    manifest = run_batch([str(first), str(first)], BatchOptions(outdir=tmp_path, quiet=True))
    assert manifest["skipped_already_written"] + manifest["duplicates_skipped"] >= 14
    again = run_batch([str(first)], BatchOptions(outdir=tmp_path, quiet=True))
    assert again["written_this_run"] == 0 and again["records_total"] == manifest["records_total"]


def test_fresh_pipelines_midway_change_nothing(corpus, uninterrupted, tmp_path):
    """Recycling the pipeline every few articles (to keep memory flat) gives the same output."""
    manifest = run_batch([str(corpus / "*.jsonl.gz")],
                         BatchOptions(outdir=tmp_path, n_process=2, shard_size=7, recycle_every=10, quiet=True))
    full, _ = uninterrupted
    assert lines(tmp_path, "records-*.jsonl") == lines(full, "records-*.jsonl")
    assert manifest["records_total"] == 42


def test_inputs_are_counted_for_the_eta(corpus):
    from pipeline.batch import count_inputs
    assert count_inputs([str(p) for p in sorted(corpus.glob("*.jsonl.gz"))]) == 48
    assert count_inputs(["-"]) is None


def test_dask_engine_equals_local_engine(corpus, uninterrupted, tmp_path):
    run_batch([str(corpus / "*.jsonl.gz")],
              BatchOptions(outdir=tmp_path, n_process=2, engine="dask", partition_size=10, shard_size=7, quiet=True))
    full, _ = uninterrupted
    assert lines(tmp_path, "records-*.jsonl") == lines(full, "records-*.jsonl")
    assert sorted((tmp_path / "errors.jsonl").read_text().splitlines()) == sorted(
        (full / "errors.jsonl").read_text().splitlines())



def test_our_local_cluster_keeps_glibc_dynamic_mmap_threshold():
    """Dask's default worker environment sets a malloc trim threshold, which costs our model
    many page faults; the cluster we start drops only that variable."""
    import dask
    from pipeline.dask_engine import local_cluster_config
    default = dask.config.get("distributed.nanny.pre-spawn-environ")
    ours = local_cluster_config()
    assert "MALLOC_TRIM_THRESHOLD_" in default
    assert ours["distributed.nanny.pre-spawn-environ"] == {
        k: v for k, v in default.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    assert ours["distributed.worker.profile.enabled"] is False

def test_notebook_api(nlp):
    records = list(pipeline.extract(["Trump imposed 25% tariffs on Canada on Monday.",
                                     {"id": "talks", "text": "Japan and Korea held talks in Seoul on Tuesday."}],
                                    published="2025-04-09", nlp=nlp))
    assert [r.id for r in records] == ["text-1", "talks"]
    frames = pipeline.to_dataframe(records)
    assert list(frames["events"]["type"]) == ["IMPOSE_TARIFF", "CONSULT"]
    assert list(frames["tariffs"][["article_id", "rate", "target"]].itertuples(index=False, name=None)) == [
        ("text-1", 25.0, "CAN")]
    assert frames["articles"].shape[0] == 2
