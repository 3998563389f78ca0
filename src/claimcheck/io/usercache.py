"""claimcheck's per-user cache folder, and values derived from packaged data kept in it.

A command started from the command line spends much of a cold start making the same things
from the same bytes: the YAML data files parsed (`remembered`), the regular expressions built
from them compiled (`claimcheck.io.regexcache`). Both are kept in one folder per user:
``$CLAIMCHECK_CACHE_DIR`` if set (set empty: no cache), else ``$XDG_CACHE_HOME/claimcheck`` or
``~/.cache/claimcheck``. Only the command line turns it on (`enable`, from
`claimcheck.entry.main`): a program that imports claimcheck writes nothing to the user's folders.

A value is stored with `claimcheck.io.cache.write_blob` (marshal, a checksum, an atomic rename)
and salted with the digest of the bytes it was made from, so an edited data file is parsed
again; two processes writing at once each rename a whole file into place, and an unwritable
folder only costs the time saved.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimcheck.io.cache import digest, read_blob, salted, write_blob

ENV = "CLAIMCHECK_CACHE_DIR"
FORMAT = 1

_folder: Path | None = None


def user_cache_dir() -> Path | None:
    """The folder of claimcheck's per-user caches; None when there is none (or it is off)."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not base:
        home = os.environ.get("HOME") or ""
        if not home:
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "claimcheck"


def enable(folder: Path | None = None) -> Path | None:
    """Keep values in ``folder`` (default: `user_cache_dir`) from now on; the folder, or None."""
    global _folder
    _folder = folder if folder is not None else user_cache_dir()
    return _folder


def remembered(kind: str, data: bytes, make: Callable[[], Any]) -> Any:
    """``make()``, the plain value made from ``data``, read back when made from the same bytes
    before (and the cache is on); a value marshal cannot write is made every time."""
    if _folder is None:
        return make()
    path = _folder / f"{kind}.marshal"
    salt = salted("usercache", FORMAT, kind, digest(data))
    kept = read_blob(path, salt)
    if isinstance(kept, tuple) and len(kept) == 1:
        return kept[0]
    value = make()
    write_blob(path, salt, (value,))
    return value
