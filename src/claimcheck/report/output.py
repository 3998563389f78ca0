"""Where a report goes: standard output, or a file named with ``--output-file``.

A report for a file is written to a buffer first and then to the file atomically (a temporary
file beside it, renamed over it), so that a failed run never leaves half a report, and a file
that cannot be written is an `InputError` naming it (exit code 2), not a traceback. The file
gets the permissions a plain write would give it (or keeps its own), not the temporary's 0600.
An output file that is one of the run's inputs, or inside the project's folders, is refused
before any work by `claimcheck.project.Project.refuse_output`.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from claimcheck.errors import InputError

if TYPE_CHECKING:
    pass


@contextmanager
def destination(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or a buffer written to ``path`` when the block ends without an error."""
    if path is None:
        yield sys.stdout
        return
    buffer = io.StringIO()
    yield buffer
    write_text(path, buffer.getvalue())


def write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, in UTF-8."""
    try:
        import tempfile  # here: a command that writes nothing never loads it

        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path(".")
        )
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", str(path)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(tmp, _mode(path))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write: {exc.strerror or exc}", str(path)) from exc


def _mode(path: Path) -> int:
    """The permissions the report gets: the file's own when it exists, else what a plain
    ``open`` would give (``mkstemp`` makes its file private, 0600, which a report to upload or
    serve must not be)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
