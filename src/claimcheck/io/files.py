"""Reading the text of a file or of standard input, with one rule for every kind of input.

Sources, drafts, registry files, settlements and the config are all read the same way:

- the bytes are read whole (a file that cannot be read is an error naming it);
- a NUL byte anywhere means a binary file, an error naming the line the NUL is on (a check of
  the first few KiB only would let a binary tail through as text);
- the text is UTF-8; a byte order mark at the start is dropped; a byte that is not UTF-8 is an
  error naming its line and offset.

The caller names what it expected ("a draft", "a registry file") and the error type, so that a
registry file's problem stays a `RegistryError` and a config's a `ConfigError`; the exit code is
2 for all of them.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from claimcheck.errors import InputError

ENCODING = "utf-8-sig"  # UTF-8, a leading byte order mark dropped
MAX_BYTES = 50 * 2**20  # the largest file read: above it a file is refused, not swapped in


def read_bytes(
    path: Path, display: str, error: type[InputError] = InputError, limit: int = MAX_BYTES
) -> bytes:
    """The bytes of ``path``; ``error`` naming ``display`` when it cannot be read, is not a
    regular file (reading a FIFO or a device would block or never end), or is over ``limit``
    bytes (a file that large is refused rather than read into memory)."""
    try:
        _regular(path, display, error)
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise error(
                    f"{size / 2**20:.1f} MB is over the {limit / 2**20:g} MB a file may have",
                    display,
                )
            return handle.read(limit + 1)
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", display) from exc


def _regular(path: Path, display: str, error: type[InputError]) -> None:
    """Nothing for a regular file (links followed); an error for a FIFO, socket, device, folder."""
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise error("is a folder, not a file", display)
    if not stat.S_ISREG(mode):
        raise error("not a regular file (a pipe or a device)", display)


def decode(data: bytes, display: str, what: str, error: type[InputError] = InputError) -> str:
    """The text of ``data``: not binary (``what`` names what it should have been), UTF-8."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise error(f"binary file, not {what}", display, data[:nul].count(b"\n") + 1)
    try:
        return data.decode(ENCODING)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(f"not UTF-8 text (byte {exc.start})", display, line) from exc


def read_text(path: Path, display: str, what: str, error: type[InputError] = InputError) -> str:
    """The text of the file ``path`` by the rule above."""
    return decode(read_bytes(path, display, error), display, what, error)


def read_stdin(display: str, what: str, limit: int = MAX_BYTES) -> str:
    """The text of standard input by the rule above (at most ``limit`` bytes)."""
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"more than the {limit / 2**20:.0f} MB a file may have", display)
    return decode(data, display, what)
