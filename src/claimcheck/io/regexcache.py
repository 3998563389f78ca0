"""Compiled regular expressions kept between runs, in the user's cache folder.

A cold ``claimcheck check`` compiles some 400 patterns (the lexicon's word lists make large
alternations) and spent about a quarter of its time in ``re``'s parser and compiler. What that
compiler hands the regex engine for a pattern (``_sre.compile``'s arguments: the opcode list,
group count and names) depends only on the pattern, its flags and the Python version, so it can
be kept: `install` makes ``re`` look a pattern up in a table read from
``<user cache>/regex-<python>.marshal`` before compiling it, and writes the table back at exit
when the run compiled new patterns.

How, without copying ``re``'s internals: ``re._compiler.compile`` is wrapped; on a miss the
stdlib compiles as always and the arguments it passes to ``_sre.compile`` are recorded (through
a stand-in for the ``_sre`` module ``re._compiler`` calls, identical but for that), and on a hit
they are replayed to ``_sre.compile``, which validates the opcodes it is given. The table is
written with `claimcheck.io.cache.write_blob` (a checksum, atomic rename, marshal not pickle) and
salted with the Python version and the SRE engine's magic number, so a table of another Python
is never used; a run that finds anything wrong (an unreadable or foreign table, an entry
``_sre`` refuses, a Python whose ``re`` is laid out otherwise) compiles as if there were no
table. Two runs writing at once each rename a whole table into place; the last one wins. An
unwritable cache folder only costs the time saved. The table is written back only when the
run spent over `WORTH` seconds compiling patterns it lacked (a few small patterns that vary
from run to run, such as a character class made from a set, are not worth a write), and holds
at most `LIMIT` opcodes: past it, only the patterns the current run used are kept.

The folder is `claimcheck.io.usercache.user_cache_dir`. Only the command line installs the
table (`claimcheck.entry.main`); importing claimcheck as a library changes nothing in ``re``.
"""

from __future__ import annotations

import atexit
import sys
import threading
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimcheck.io.cache import read_blob, salted, write_blob
from claimcheck.io.usercache import user_cache_dir

FORMAT = 1
LIMIT = 1_000_000  # opcodes kept (some 5 MB); past it, only the patterns the run used
WORTH = 0.005  # seconds of compiling new patterns that are worth writing the table

Entry = tuple[Any, int, list[int], int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str | bytes, int]


class _Table:
    """The stored patterns, the ones this run used, and the ones it compiled."""

    def __init__(self, path: Path, salt: tuple[Any, ...]) -> None:
        self.path, self.salt = path, salt
        stored = read_blob(path, salt)
        self.stored: dict[Key, Entry] = stored if isinstance(stored, dict) else {}
        self.used: dict[Key, Entry] = {}
        self.spent = 0.0  # seconds spent compiling patterns the table lacked

    def save(self) -> None:
        """Write the table back when this run spent time compiling patterns it lacked."""
        if self.spent < WORTH:
            return
        merged = {**self.stored, **self.used}
        size = sum(len(entry[2]) for entry in merged.values())
        write_blob(self.path, self.salt, merged if size <= LIMIT else self.used)
        self.stored, self.spent = merged, 0.0


_installed: _Table | None = None
_lock = threading.Lock()


def install(folder: Path | None = None) -> bool:
    """Make ``re`` use (and fill) the table in ``folder`` (default: `user_cache_dir`).
    False when it cannot (no folder, or a ``re`` laid out otherwise); installing twice is once."""
    global _installed
    with _lock:
        if _installed is not None:
            return True
        folder = folder if folder is not None else user_cache_dir()
        compiler = _re_compiler()
        if folder is None or compiler is None:
            return False
        import _sre

        name = f"regex-{sys.implementation.cache_tag}.marshal"
        table = _Table(folder / name, salted("regex", FORMAT, _sre.MAGIC, sys.version))
        _wrap(compiler, _sre, table)
        _installed = table
        atexit.register(table.save)
        return True


def _re_compiler() -> Any | None:
    """``re._compiler`` when it is the module this wraps (CPython 3.11 to 3.13), else None."""
    import importlib

    try:
        _compiler = importlib.import_module("re._compiler")
    except ImportError:
        return None
    ok = callable(getattr(_compiler, "compile", None)) and hasattr(_compiler, "_sre")
    return _compiler if ok else None


def _wrap(compiler: Any, sre: Any, table: _Table) -> None:
    """Wrap ``compiler.compile`` with the table, and record what it passes to ``sre.compile``."""
    recorded = threading.local()
    original: Callable[..., Any] = compiler.compile
    debug = int(getattr(compiler, "SRE_FLAG_DEBUG", 128))

    def record(*args: Any) -> Any:
        recorded.args = args
        return sre.compile(*args)

    stand_in = types.ModuleType(sre.__name__)
    stand_in.__dict__.update(sre.__dict__)
    stand_in.compile = record  # type: ignore[attr-defined]

    def compile(p: Any, flags: Any = 0) -> Any:
        if type(p) not in (str, bytes) or int(flags) & debug:  # marshal writes no subclass
            return original(p, flags)
        key = (p, int(flags))
        entry = table.stored.get(key)
        if entry is not None:
            try:
                pattern = sre.compile(*entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                pass  # an entry the engine refuses: compile it afresh
            else:
                table.used[key] = entry
                return pattern
        recorded.args = None
        start = time.perf_counter()
        pattern = original(p, flags)
        made = _entry(recorded.args)
        if made is not None:
            table.used[key] = made
            table.spent += time.perf_counter() - start
        return pattern

    compiler._sre = stand_in
    compiler.compile = compile


def _entry(args: tuple[Any, ...] | None) -> Entry | None:
    """``_sre.compile``'s arguments as plain values (marshal writes no int subclasses)."""
    if args is None or len(args) != 6:
        return None
    pattern, flags, code, groups, groupindex, indexgroup = args
    try:
        return (
            pattern,
            int(flags),
            [int(op) for op in code],
            int(groups),
            {str(k): int(v) for k, v in dict(groupindex).items()},
            tuple(None if g is None else str(g) for g in indexgroup),
        )
    except (TypeError, ValueError):
        return None
