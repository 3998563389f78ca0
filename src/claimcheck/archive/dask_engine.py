"""The Dask engine: the same build on a Dask scheduler, one machine or a cluster.

Documents are read and hashed here, as with the pool; what needs extracting goes out in waves
of batches, each wave a ``dask.bag`` over its documents (one partition per batch) mapped with
the worker-side extraction (`claimcheck.archive.rows.extract_batch`), computed on the
``distributed`` client given (a ``LocalCluster``, or a cluster's scheduler at
``tcp://host:8786``). A document travels with its bytes, so workers need claimcheck installed
but no shared file system. Waves keep memory bounded: the archive is never held whole.
dask is imported only here, and only when this engine is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from claimcheck.archive.documents import Doc
from claimcheck.archive.rows import Extracted, extract_batch
from claimcheck.errors import UsageError

WAVE = 4  # batches per worker in one wave


def client_for(scheduler: str | None, jobs: int) -> Any:
    """A distributed client: connected to ``scheduler``, or to a new local cluster of ``jobs``
    single-threaded worker processes (extraction is pure Python: threads would share one
    core)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("the dask engine needs dask: pip install 'claimcheck[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    cluster = LocalCluster(
        n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return Client(cluster)


def _partition(docs: Iterable[Doc]) -> list[Extracted]:
    return [extract_batch(list(docs))]


def run(batches: Iterable[list[Doc]], client: Any) -> Iterator[Extracted]:
    """The figures of every batch, computed on ``client``'s cluster."""
    import dask.bag as db

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    wave: list[list[Doc]] = []
    for batch in batches:
        wave.append(batch)
        if len(wave) >= workers * WAVE:
            yield from _compute(db, wave, client)
            wave = []
    if wave:
        yield from _compute(db, wave, client)


def _compute(db: Any, wave: list[list[Doc]], client: Any) -> list[Extracted]:
    """One wave: a bag over its documents, as many partitions as batches."""
    docs = [doc for batch in wave for doc in batch]
    bag = db.from_sequence(docs, npartitions=len(wave))
    result: list[Extracted] = bag.map_partitions(_partition).compute(scheduler=client)
    return result
