"""The Dask engine: partitions of articles go to workers, each loading the pipeline once.

Results come back in submission order, so the shards equal the local engine's.
Without a scheduler address a ``LocalCluster`` of worker processes is started.
"""
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from .ingest import Article, IngestFailure

_NLP = None


def _pipeline():
    """The pipeline of this worker process, loaded on first use."""
    global _NLP
    if _NLP is None:
        from . import load
        _NLP = load()
    return _NLP


def process_partition(articles: list[dict], batch_size: int) -> list[str]:
    """Run on a worker: articles in, record JSON out, in the same order."""
    from .records import process
    items = [Article(**a) for a in articles]
    return [record.model_dump_json() for record in process(_pipeline(), items, batch_size=batch_size)]


def local_cluster_config() -> dict:
    """Dask settings for the cluster we start ourselves.

    Dask's nanny spawns workers with ``MALLOC_TRIM_THRESHOLD_=65536``. Setting any
    trim threshold turns off glibc's dynamic mmap threshold, so every array over
    128 KiB the model allocates is mapped and unmapped afresh: 12% more CPU per
    article here. Our workers' memory stays flat without it (see the bench's memory
    run). With no dashboard, the statistical profiler (a stack sample every 10 ms)
    serves no one either.
    """
    import dask
    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    return {"distributed.worker.profile.enabled": False, "distributed.nanny.pre-spawn-environ": environ}


def process_with_dask(items: Iterable[Article | IngestFailure], options) -> Iterator:
    import dask
    from distributed import Client, LocalCluster

    from .schema import ArticleRecord

    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        with dask.config.set(local_cluster_config()):
            cluster = LocalCluster(n_workers=max(options.n_process, 1), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(len(client.scheduler_info()["workers"]), 1)
        in_flight: deque = deque()
        iterator = iter(items)
        while True:
            while len(in_flight) < 2 * workers:
                chunk = list(islice(iterator, options.partition_size))
                if not chunk:
                    break
                failures = [i for i in chunk if isinstance(i, IngestFailure)]
                articles = [i.model_dump() for i in chunk if isinstance(i, Article)]
                future = client.submit(process_partition, articles, options.batch_size, pure=False) if articles else None
                in_flight.append((future, failures))
            if not in_flight:
                break
            future, failures = in_flight.popleft()
            yield from failures
            if future is not None:
                yield from (ArticleRecord.model_validate_json(line) for line in future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
