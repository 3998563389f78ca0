"""One writer at a time: the lock `claimcheck sync` holds while it writes a project's registry.

Two ``sync`` runs at once on one project would each read the registry, then each write it: the
second would replace the first's files with ones made without its new claims, and a file could
end up from one run and its neighbour from the other. ``sync`` therefore holds an exclusive
``fcntl.flock`` on ``.claimcheck-cache/sync.lock`` from before it reads the registry until its
last file is written. A second ``sync`` fails at once (or, with ``--wait``, waits its turn).

Why ``flock`` on a file of its own rather than a lock file that exists only while held: the
kernel releases a ``flock`` when its process ends, however it ends (killed, out of memory), so
no stale lock is ever left to remove by hand. The file is in the cache folder, never in
``claims/``, where the registry loader would meet it; it is opened without following a symbolic
link, so a planted link cannot make the lock create or truncate a file elsewhere.
"""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimcheck.errors import ClaimcheckError
from claimcheck.io.cache import FOLDER, make_folder

NAME = "sync.lock"
# descriptors of the locks this process holds: a forked worker process closes its copies
# (`claimcheck.io.workers`), so that a lock is released when its holder ends, workers or not
HELD: set[int] = set()


def lock_path(root: Path) -> Path:
    """The lock file of the project at ``root``."""
    return root / FOLDER / NAME


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


@contextmanager
def exclusive(root: Path, wait: bool = False) -> Iterator[Path]:
    """Hold the project's write lock for the ``with`` block; a `ClaimcheckError` (exit 2) at
    once when another process holds it, unless ``wait``, which blocks until it is free."""
    path = lock_path(root)
    with held(
        path,
        _display(path, root),
        "cannot open the sync lock",
        "another claimcheck sync is writing this project's registry (lock {shown}); "
        "try again or use --wait",
        wait,
    ):
        yield path


@contextmanager
def held(path: Path, shown: str, cannot: str, busy: str, wait: bool = False) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``path`` (made in a cache folder with its .gitignore)
    for the ``with`` block: the lock of one writer (`exclusive`; an archive build holds one on
    its index). A `ClaimcheckError` (exit 2) reading ``cannot`` when the file cannot be opened,
    or ``busy`` (with ``{shown}``: where the lock is) at once when another process holds it,
    unless ``wait``, which blocks until it is free. Worker processes let go of the descriptor
    (`HELD`)."""
    try:
        make_folder(path.parent)  # with its .gitignore: the lock is never committed
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        why = "a symbolic link" if exc.errno == errno.ELOOP else exc.strerror or str(exc)
        raise ClaimcheckError(f"{cannot}: {why}", shown) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise ClaimcheckError(busy.format(shown=shown)) from None
        HELD.add(fd)
        yield
    finally:
        HELD.discard(fd)
        os.close(fd)  # closing the last descriptor releases the lock
