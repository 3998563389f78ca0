"""Local worker processes: how many cores there are, and an ordered, bounded map over them.

`ordered` runs a function over a stream of items in a process pool and yields the results in
the items' order, with at most a few items per worker in flight: memory holds those, never the
whole stream, and a caller sees exactly what a loop in this process would give (with one job
there is no pool at all). Items and results travel between processes by pickle.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

IN_FLIGHT = 3  # items queued per worker: enough to keep it busy, few enough to bound memory


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[tuple[T, R]]:
    """Each item with ``fn(item)``, in the items' order, computed by ``jobs`` processes (1: in
    this process, no pool). ``initializer(*initargs)`` sets up each worker. An exception ``fn``
    raises is raised here, at its item; pending work is cancelled when the caller stops."""
    if jobs <= 1:
        for item in items:
            yield item, fn(item)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=initializer, initargs=initargs)
    queue: deque[tuple[T, Future[R]]] = deque()
    try:
        for item in items:
            queue.append((item, pool.submit(fn, item)))
            if len(queue) >= jobs * IN_FLIGHT:
                head, future = queue.popleft()
                yield head, future.result()
        while queue:
            head, future = queue.popleft()
            yield head, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
