"""Batch processing of whole corpora: sharded JSONL output that survives kills, resumes,
skips duplicate articles, and runs on local processes or a Dask cluster.

Output folder: ``records-NNNNN.jsonl`` shards, ``errors-NNNNN.jsonl`` beside them,
``errors.jsonl`` (all failures) and ``manifest.json``. A shard is written to a
temporary file and renamed, so a kill leaves complete shards only; a rerun reads
the shards, skips the articles they hold, and goes on where the run stopped.
"""
import glob
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path

from .ingest import Article, IngestFailure, read_inputs, readable
from .records import PIPELINE_VERSION, text_hash
from .schema import SCHEMA_VERSION


@dataclass
class BatchOptions:
    outdir: Path
    n_process: int = 1
    batch_size: int = 32
    shard_size: int = 1000
    engine: str = "local"
    scheduler: str | None = None
    partition_size: int = 50  # Dask: ~4 s of work per task, so the last tasks leave little idle time
    recycle_every: int = 2000
    quiet: bool = False


@dataclass
class BatchCounts:
    written: int = 0
    failed: int = 0
    duplicates: int = 0
    resumed: int = 0
    tokens: int = 0
    expected: int | None = None
    started: float = field(default_factory=time.time)


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Files, folders and glob patterns ("shards/*.jsonl.gz"), in a stable order."""
    expanded = []
    for item in inputs:
        matches = sorted(glob.glob(item)) if any(c in item for c in "*?[") else [item]
        expanded.extend(matches or [item])
    return expanded


class ShardWriter:
    """Writes records and failures in shards; knows what earlier runs already wrote."""

    def __init__(self, outdir: Path, shard_size: int):
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.shard_size = shard_size
        self.done: set[str] = set()
        self.hashes: set[str] = set()
        shards = sorted(self.outdir.glob("records-*.jsonl")) + sorted(self.outdir.glob("errors-*.jsonl"))
        self.totals = {"records": 0, "errors": 0}
        for shard in shards:
            kind = "records" if shard.name.startswith("records") else "errors"
            for line in shard.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                self.totals[kind] += 1
                self.done.add(item["origin"])
                if item.get("text_hash"):
                    self.hashes.add(item["text_hash"])
        numbers = [int(p.stem.split("-")[1]) for p in shards]
        self.next_shard = max(numbers, default=-1) + 1
        self.records: list[str] = []
        self.failures: list[str] = []

    def add(self, item) -> None:
        if isinstance(item, IngestFailure):
            self.failures.append(item.model_dump_json())
        else:
            self.records.append(item.model_dump_json())
        if len(self.records) + len(self.failures) >= self.shard_size:
            self.flush()

    def flush(self) -> None:
        if not self.records and not self.failures:
            return
        number = f"{self.next_shard:05d}"
        self.totals["records"] += len(self.records)
        self.totals["errors"] += len(self.failures)
        for name, lines in ((f"errors-{number}.jsonl", self.failures), (f"records-{number}.jsonl", self.records)):
            tmp = self.outdir / (name + ".tmp")
            tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            os.replace(tmp, self.outdir / name)  # atomic: a kill leaves the old state or the whole shard
        self.next_shard += 1
        self.records, self.failures = [], []

    def combine_errors(self) -> None:
        lines = [line for shard in sorted(self.outdir.glob("errors-*.jsonl"))
                 for line in shard.read_text(encoding="utf-8").splitlines()]
        (self.outdir / "errors.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def pending_articles(inputs: list[str], writer: ShardWriter, counts: BatchCounts) -> Iterator[Article | IngestFailure]:
    """Input items not written yet, without duplicate texts."""
    seen = set(writer.hashes)
    for item in read_inputs(inputs):
        if item.origin in writer.done:
            counts.resumed += 1
            continue
        if isinstance(item, Article):
            digest = text_hash(item.text)
            if digest in seen:
                counts.duplicates += 1
                continue
            seen.add(digest)
        yield item


def process_in_chunks(items: Iterable[Article | IngestFailure], options: BatchOptions):
    """Records from a fresh pipeline (and fresh worker processes) every ``recycle_every``
    articles: spaCy's string store only grows, so one pipeline for a whole corpus grows with it."""
    from . import load
    from .records import process
    iterator = iter(items)
    while chunk := list(islice(iterator, options.recycle_every)):
        yield from process(load(), chunk, n_process=options.n_process, batch_size=options.batch_size)


def count_inputs(inputs: list[str]) -> int | None:
    """How many articles the inputs hold (lines of JSONL, files of folders), for the ETA;
    None when an input cannot be counted cheaply (standard input)."""
    import gzip
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-" or not path.exists():
            return None
        files = [f for f in path.rglob("*") if f.is_file() and readable(f)] if path.is_dir() else [path]
        for file in files:
            if file.name.endswith((".jsonl", ".jsonl.gz")):
                opener = gzip.open if file.name.endswith(".gz") else open
                try:
                    with opener(file, "rb") as handle:
                        total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def run_batch(inputs: list[str], options: BatchOptions) -> dict:
    """Process every input into ``options.outdir``; returns the manifest."""
    inputs = expand_inputs(inputs)
    writer = ShardWriter(options.outdir, options.shard_size)
    counts = BatchCounts()
    items = pending_articles(inputs, writer, counts)
    if options.engine == "dask":
        from .dask_engine import process_with_dask
        results = process_with_dask(items, options)
    else:
        results = process_in_chunks(items, options)
    counts.expected = count_inputs(inputs)
    with Progress(options.quiet) as progress:
        for item in results:
            if isinstance(item, IngestFailure):
                counts.failed += 1
            else:
                counts.written += 1
            writer.add(item)
            progress.update(counts)
    writer.flush()
    writer.combine_errors()
    manifest = {
        "inputs": inputs, "engine": options.engine, "n_process": options.n_process,
        "batch_size": options.batch_size, "pipeline_version": PIPELINE_VERSION, "schema_version": SCHEMA_VERSION,
        "written_this_run": counts.written, "failed_this_run": counts.failed,
        "skipped_already_written": counts.resumed, "duplicates_skipped": counts.duplicates,
        "records_total": writer.totals["records"], "errors_total": writer.totals["errors"],
        "seconds": round(time.time() - counts.started, 2),
    }
    (options.outdir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


class Progress:
    """A progress bar on a terminal, a log line every ten seconds otherwise, nothing with --quiet."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.terminal = sys.stderr.isatty()
        self.last = time.time()
        self.bar = None

    def __enter__(self):
        if not self.quiet and self.terminal:
            from rich.progress import Progress as RichProgress, SpinnerColumn, TextColumn, TimeElapsedColumn
            self.bar = RichProgress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                    transient=False)
            self.bar.start()
            self.task = self.bar.add_task("articles")
        return self

    def update(self, counts: BatchCounts) -> None:
        if self.quiet:
            return
        done = counts.written + counts.failed
        rate = done / max(time.time() - counts.started, 1e-9)
        message = f"{done} articles ({counts.failed} failed, {counts.duplicates} duplicates) {rate:.1f} articles/s"
        if counts.expected:
            left = max(counts.expected - done - counts.duplicates - counts.resumed, 0)
            message += f", ETA {time.strftime('%H:%M:%S', time.gmtime(left / max(rate, 1e-9)))}"
        if self.bar is not None:
            self.bar.update(self.task, description=message)
        elif time.time() - self.last >= 10:
            print(message, file=sys.stderr, flush=True)
            self.last = time.time()

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
