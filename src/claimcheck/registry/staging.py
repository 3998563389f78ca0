"""Stage a registry file's new text beside it, then put it in place.

`claimcheck sync` makes every file it changes before it replaces any, so that a file that could
not be read back (over `claimcheck.io.files.MAX_BYTES`) stops the run with nothing written. A
file's new text comes a part at a time (`claimcheck.registry.io.parts`) and goes, as it comes,
to a temporary file in the file's folder (``.NAME.yaml.XXXX.tmp``, synced to disk), compared
with the old text on the way: neither the whole new text nor a list of the run's texts is held
(the text of a long source's registry file is tens of MB). A file whose text would not change
gets no temporary file (its parts are compared only); a text that passes the size limit is
refused at once, not once it is whole. `commit` then renames a staged file over the old one
(atomic: the file is the old text or the new, never half of either), keeping the old file's
mode; a symbolic link inside the project is written through to its target.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from claimcheck.errors import RegistryError
from claimcheck.io import files
from claimcheck.registry.io import inside, mode_of

COPY = 2**20  # characters of the old text copied at a time when the new one first differs


@dataclass(frozen=True)
class Staged:
    """A registry file's new text, made: the file it replaces (a link's target), its name as
    reported, its size in bytes, and the temporary file holding it (None: not written)."""

    path: Path
    shown: str
    size: int
    tmp: str | None


def stage(
    path: Path,
    parts: Iterable[str],
    old: str | None,
    shown: str,
    root: Path | None = None,
    write: bool = True,
) -> Staged | None:
    """The new text of ``path`` (the concatenation of ``parts``), written to a temporary file
    beside it when ``write``; None when it is ``old``, the file's text now (None: no file).

    A `RegistryError` naming ``shown`` when the text would be over the size a registry file may
    have, when (with ``root``, writing) ``path`` leads out of the project, or when it cannot be
    written (a name too long for the file system, a folder that is read-only)."""
    try:
        return _stage(path, parts, old, shown, root, write)
    except OSError as exc:
        raise RegistryError(f"cannot write: {exc.strerror or exc}", shown) from exc


def _stage(
    path: Path, parts: Iterable[str], old: str | None, shown: str, root: Path | None, write: bool
) -> Staged | None:
    if write and root is not None and not inside(path.resolve(), root.resolve()):
        raise RegistryError(
            "symbolic link to a file outside the project; registry files are written only "
            "inside it",
            shown,
        )
    target = path.resolve() if write and path.is_symlink() else path
    limit = files.MAX_BYTES
    out: BinaryIO | None = None
    tmp: str | None = None
    size = pos = 0
    same = old is not None  # the parts so far are the old text's start
    try:
        for part in parts:
            data = part.encode("utf-8")
            size += len(data)
            if size > limit:
                raise RegistryError(
                    f"would be over the {limit / 2**20:g} MB a registry file may have to be "
                    "read back; nothing was written (split the source)",
                    shown,
                )
            if same and old is not None and old.startswith(part, pos):
                pos += len(part)
                continue
            if write and out is None:
                out, tmp = _open(target)
                _copy(out, old, pos if same else 0)
            same = False
            if out is not None:
                out.write(data)
        if same and old is not None and pos == len(old):
            return None
        if write and out is None:  # the old text with its end cut off
            out, tmp = _open(target)
            _copy(out, old, pos)
        if out is not None:
            out.flush()
            os.fsync(out.fileno())  # on disk before the rename makes it the file
            out.close()
    except BaseException:
        if out is not None:
            out.close()
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise
    return Staged(target, shown, size, tmp)


def _open(target: Path) -> tuple[BinaryIO, str]:
    """A new temporary file beside ``target``, open for writing, and its path."""
    import tempfile  # here: a command that writes nothing never loads it

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    return os.fdopen(fd, "wb"), tmp


def _copy(out: BinaryIO, old: str | None, end: int) -> None:
    """Write the first ``end`` characters of ``old``, a part at a time (no copy of them all)."""
    if old is None:
        return
    for at in range(0, end, COPY):
        out.write(old[at : min(end, at + COPY)].encode("utf-8"))


def commit(staged: Staged) -> str:
    """Put a staged text in place of its file (atomic rename); its name as reported."""
    if staged.tmp is None:
        raise ValueError("nothing staged to commit")
    try:
        os.chmod(staged.tmp, mode_of(staged.path))  # mkstemp makes files 0600: keep the mode
        os.replace(staged.tmp, staged.path)
    except OSError as exc:
        raise RegistryError(f"cannot write: {exc.strerror or exc}", staged.shown) from exc
    return staged.shown


def discard(staged: Iterable[Staged]) -> None:
    """Remove the temporary files of staged texts not committed."""
    for item in staged:
        if item.tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(item.tmp)
