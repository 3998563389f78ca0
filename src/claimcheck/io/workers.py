"""Local worker processes: how many cores there are, and an ordered, bounded map over them.

`Pool.ordered` (and `ordered`, on a pool of its own) runs a function over a stream of items in
a process pool and yields the results in the items' order, with at most a few items per worker
in flight: memory holds those, never the whole stream, and a caller sees exactly what a loop in
this process would give (with one job there is no pool at all). Items and results travel
between processes by pickle. Stages of one run that each stream their items (``sync``: extract
the sources, then write their registry files) share one `Pool`.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from claimcheck.io import lock

T = TypeVar("T")
R = TypeVar("R")

IN_FLIGHT = 3  # items queued per worker: enough to keep it busy, few enough to bound memory


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Pool:
    """Worker processes that the stages of one run share (so that a process forks them once,
    before any thread of the pool runs), started at the first task; with one job, none."""

    def __init__(
        self,
        jobs: int,
        initializer: Callable[..., object] | None = None,
        initargs: tuple[Any, ...] = (),
    ) -> None:
        self.jobs = max(1, jobs)
        self._start = (initializer, initargs)
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (work not started is dropped)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def ordered(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R]]:
        """Each item with ``fn(item)``, in the items' order, at most `IN_FLIGHT` items per
        worker ahead of the caller. An exception ``fn`` raises is raised here, at its item; the
        items in flight are cancelled when the caller stops."""
        if self.jobs <= 1:
            for item in items:
                yield item, fn(item)
            return
        if self._executor is None:
            self._executor = executor(self.jobs, *self._start)
        running = self._executor
        queue: deque[tuple[T, Future[R]]] = deque()
        try:
            for item in items:
                queue.append((item, running.submit(fn, item)))
                if len(queue) >= self.jobs * IN_FLIGHT:
                    head, future = queue.popleft()
                    yield head, future.result()
            while queue:
                head, future = queue.popleft()
                yield head, future.result()
        finally:
            for _, future in queue:
                future.cancel()


def executor(
    jobs: int, initializer: Callable[..., object] | None = None, initargs: tuple[Any, ...] = ()
) -> ProcessPoolExecutor:
    """A process pool of ``jobs`` workers that let go of this process's locks and end when it
    ends, however it ends (`_started`); ``initializer(*initargs)`` then sets up each one."""
    start = (os.getpid(), sorted(lock.HELD), initializer, initargs)
    return ProcessPoolExecutor(jobs, initializer=_started, initargs=start)


def _started(
    parent: int,
    held: list[int],
    initializer: Callable[..., object] | None,
    initargs: tuple[Any, ...],
) -> None:
    """Set up a worker process: let go of the locks its parent holds (a forked copy of a lock's
    descriptor would keep it held after the parent ends), end when the parent ends (however it
    ends: killed, its workers would wait for tasks forever), then ``initializer(*initargs)``."""
    for fd in held:
        with contextlib.suppress(OSError):
            os.close(fd)
    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _orphaned(parent: int) -> None:
    """End this worker once its parent process is gone (it is then adopted: a new parent id)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[tuple[T, R]]:
    """`Pool.ordered` on a pool of its own of ``jobs`` processes (1: in this process, no pool);
    ``initializer(*initargs)`` sets up each worker."""
    with Pool(jobs, initializer, initargs) as pool:
        yield from pool.ordered(fn, items)
