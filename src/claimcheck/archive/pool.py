"""The default engine: the figures of each batch of documents, extracted in a local process
pool (``--jobs``, default every core), or in this process for one job.

Batches are handed out as they are read and at most a few per worker are in flight, so memory
stays bounded however large the archive; results come back in the order they finish (the index
is a set of rows: its order is the writer's, not the engine's). Workers are forked after the
lexicon is loaded and the extractor's patterns compiled, so each starts warm; they let go of the
build's lock and end when the build's process ends, however it ends (`claimcheck.io.workers.
executor`): a killed build leaves no worker behind, nor a lock held.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait

from claimcheck.archive.documents import Doc
from claimcheck.archive.rows import Extracted, extract_batch
from claimcheck.extract import extract
from claimcheck.io.workers import cores, executor

__all__ = ["cores", "run", "warm"]

IN_FLIGHT = 3  # batches queued per worker: enough to keep it busy, few enough to bound memory


def warm() -> None:
    """Load the lexicons and compile the extractor's patterns in this process (forked workers
    inherit them)."""
    extract("GDP grew 7.4 percent in 2018.")


def run(batches: Iterable[list[Doc]], jobs: int) -> Iterator[Extracted]:
    """The figures of every batch, with ``jobs`` processes (1: in this process)."""
    if jobs <= 1:
        for batch in batches:
            yield extract_batch(batch)
        return
    warm()
    with executor(jobs) as pool:
        pending: set[Future[Extracted]] = set()
        try:
            for batch in batches:
                pending.add(pool.submit(extract_batch, batch))
                if len(pending) >= jobs * IN_FLIGHT:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (f.result() for f in done)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in done)
        finally:
            for future in pending:
                future.cancel()
