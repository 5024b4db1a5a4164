"""Benchmark: our extraction against the bare en_core_web_sm, one and two processes,
the Dask engine against the local one, and memory over a long run.

    python bench/run.py -n 2000            # generates the corpus if needed, prints the figures

Figures printed (one run, same input): articles/s and tokens/s for the bare
model and for our pipeline in one process (timed in alternating chunks of
``--chunk`` articles, so passing load on the machine hits both), their ratio, the speed-up of
n_process=2, the Dask engine (2-worker LocalCluster) against the local engine
with two processes, and resident memory in the first and last quarter of a
single-process run. With ``--memory-articles N`` it also runs the batch command's
path (one process, a fresh pipeline every ``--recycle-every`` articles) over N
articles and prints resident memory sampled every second, first quarter against
last quarter.
"""
import argparse
import json
from collections import deque
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import spacy  # noqa: E402

import pipeline  # noqa: E402
from generate import generate  # noqa: E402
from pipeline.batch import BatchOptions, run_batch  # noqa: E402
from pipeline.ingest import Article, read_inputs  # noqa: E402
from pipeline.loading import english_model_name, read_config  # noqa: E402
from pipeline.records import process  # noqa: E402


def rss_mib() -> float:
    """Resident memory of this process now, in MiB (Linux /proc)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def timed(label: str, function) -> float:
    start = time.perf_counter()
    function()
    seconds = time.perf_counter() - start
    print(f"  {label:<48} {seconds:8.1f} s", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description="trade-events benchmark")
    parser.add_argument("-n", type=int, default=2000, help="articles")
    parser.add_argument("--corpus", type=Path, default=ROOT / "outputs" / "bench-corpus")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--chunk", type=int, default=100, help="articles per turn when bare and ours alternate")
    parser.add_argument("--memory-articles", type=int, default=0, help="articles for the long memory run (0: skip)")
    parser.add_argument("--recycle-every", type=int, default=2000, help="batch: articles per fresh pipeline")
    parser.add_argument("--memory-only", action="store_true", help="only the long memory run")
    args = parser.parse_args()
    if args.memory_only:
        print(json.dumps(memory_run(args), indent=2))
        return

    shutil.rmtree(args.corpus, ignore_errors=True)
    generate(args.n, args.corpus, shard_size=500, broken=0.0, seed=11, gz=False)
    articles = [a for a in read_inputs([str(args.corpus)]) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    print(f"{len(articles)} articles from {args.corpus}")

    bare = spacy.load(english_model_name(read_config()["base"]["models"]))
    tokens = sum(len(doc) for doc in bare.tokenizer.pipe(texts))
    print(f"{tokens} tokens ({tokens / len(texts):.0f} per article)")
    ours = pipeline.load()

    marks: list[float] = []
    consume = lambda iterable: deque(iterable, maxlen=0)  # noqa: E731  (no docs kept: memory stays per batch)
    t_bare, t_one = interleaved(
        lambda chunk: consume(bare.pipe([a.text for a in chunk], batch_size=32)),
        lambda chunk: consume(process(ours, chunk, n_process=1)),
        articles, args.chunk, on_progress=lambda done: marks.append(rss_mib()))
    print(f"  {'bare en_core_web_sm, nlp.pipe, 1 process':<48} {t_bare:8.1f} s", flush=True)
    print(f"  {'trade-events extraction, 1 process':<48} {t_one:8.1f} s", flush=True)
    t_two = timed("trade-events extraction, n_process=2", lambda: consume(process(ours, articles, n_process=2)))
    local_dir, dask_dir = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    t_local = timed("batch, local engine, n_process=2", lambda: run_batch(
        [str(args.corpus)], BatchOptions(outdir=local_dir, n_process=2, quiet=True)))
    t_dask = None
    if not args.skip_dask:
        t_dask = timed("batch, Dask engine, 2-worker LocalCluster", lambda: run_batch(
            [str(args.corpus)], BatchOptions(outdir=dask_dir, n_process=2, engine="dask", quiet=True)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    n = len(articles)
    results = {
        "articles": n, "tokens": tokens,
        "bare_articles_per_s": round(n / t_bare, 1), "bare_tokens_per_s": round(tokens / t_bare),
        "ours_articles_per_s": round(n / t_one, 1), "ours_tokens_per_s": round(tokens / t_one),
        "ratio_ours_to_bare": round(t_bare / t_one, 2),
        "speedup_n_process_2": round(t_one / t_two, 2),
        "speedup_dask_over_local": round(t_local / t_dask, 2) if t_dask else None,
        "peak_rss_mib_main": round(peak), "peak_rss_mib_children": round(children),
        "rss_mib_at_quarters": [round(m) for m in marks],
        "rss_growth_first_to_last_quarter": round(marks[-1] / marks[0] - 1, 3) if len(marks) >= 2 else None,
    }
    if args.memory_articles:
        results.update(memory_run(args))
    print(json.dumps(results, indent=2))


def interleaved(run_bare, run_ours, articles: list, chunk: int, on_progress) -> tuple[float, float]:
    """Seconds of each pipeline over all articles, run in alternating chunks (which one
    goes first alternates too), so that load on a shared machine that comes and goes
    falls on both alike instead of on whichever ran second."""
    totals = [0.0, 0.0]
    quarter = max(len(articles) // 4, 1)
    for number, start in enumerate(range(0, len(articles), chunk)):
        part = articles[start:start + chunk]
        order = [(0, run_bare), (1, run_ours)]
        for which, run in order if number % 2 == 0 else order[::-1]:
            began = time.perf_counter()
            run(part)
            totals[which] += time.perf_counter() - began
        if (start + len(part)) // quarter > start // quarter:
            on_progress(start + len(part))
    return totals[0], totals[1]


def memory_run(args) -> dict:
    """Resident memory of a one-process batch run, sampled every second."""
    corpus = args.corpus.with_name("bench-memory-corpus")
    shutil.rmtree(corpus, ignore_errors=True)
    generate(args.memory_articles, corpus, shard_size=1000, broken=0.0, seed=12, gz=False)
    samples: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(1.0):
            samples.append(rss_mib())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    seconds = timed(f"batch, 1 process, {args.memory_articles} articles, fresh pipeline every {args.recycle_every}",
                    lambda: run_batch([str(corpus)], BatchOptions(outdir=Path(tempfile.mkdtemp()), n_process=1,
                                                                  recycle_every=args.recycle_every, quiet=True)))
    done.set()
    quarter = max(len(samples) // 4, 1)
    first, last = sum(samples[:quarter]) / quarter, sum(samples[-quarter:]) / quarter
    return {"memory_run_articles": args.memory_articles, "memory_run_seconds": round(seconds),
            "memory_run_rss_mib_first_quarter": round(first), "memory_run_rss_mib_last_quarter": round(last),
            "memory_run_peak_rss_mib": round(max(samples)), "memory_run_growth": round(last / first - 1, 3)}


if __name__ == "__main__":
    main()
