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

import sys
from pathlib import Path

from claimcheck.errors import InputError

ENCODING = "utf-8-sig"  # UTF-8, a leading byte order mark dropped


def read_bytes(path: Path, display: str, error: type[InputError] = InputError) -> bytes:
    """The bytes of ``path``; ``error`` naming ``display`` when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", display) from exc


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


def read_stdin(display: str, what: str) -> str:
    """The text of standard input by the rule above."""
    return decode(sys.stdin.buffer.read(), display, what)
