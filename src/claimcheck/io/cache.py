"""A persistent cache of what parsing a project's files gave, in ``.claimcheck-cache/``.

Parsing 10,000 registry files takes twenty seconds; reading back what they gave takes a fraction
of one. Each kind of file (``registry``, ``sources``) has one cache file, ``<kind>.marshal``,
holding the parsed value of every file that parsed cleanly, keyed by the file's display path,
with the file's stat signature (size, mtime_ns, ctime_ns, inode) and a BLAKE2 digest of its
bytes. A cached value is used only when the signature still matches; when the file changed
within `RACY_NS` of its entry being verified (a rewrite within one timestamp tick can keep the
signature), the digest of its bytes must match too. A file that failed to parse is never
cached, so its error is reported from a fresh parse every time.

Writes are atomic: a temporary file in the cache folder, flushed to disk, then renamed over
the old one, with the mode the umask gives (not mkstemp's owner-only 0600).

Why our own ~120 lines rather than a library (diskcache, shelve): one read and one atomic write
per command, per-file invalidation by stat, a checksum over the whole payload, and no pickle.
The payload is `marshal` data (only plain values: str, int, float, bool, None, tuples, lists,
dicts), preceded by a magic line and a digest of the payload: a truncated, corrupt or foreign
cache (another format, claimcheck or Python version) is ignored and rebuilt, never trusted.
Write errors (a read-only folder) are ignored: the cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
import sys
import time
from pathlib import Path
from typing import Any, Self

from claimcheck import __version__

FOLDER = ".claimcheck-cache"
FORMAT = 3  # 3: claims carry a frame (entity, measure, role, dimension)
MAGIC = b"claimcheck-cache\n"
RACY_NS = 3_000_000_000  # a file changed this close to its last verification: check its bytes
_DIGEST = 32

Signature = tuple[int, int, int, int]


def signature(st: os.stat_result) -> Signature:
    """What must not change for a cached value of a file to hold."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def digest(data: bytes) -> bytes:
    """The digest of a file's bytes."""
    return hashlib.blake2b(data, digest_size=_DIGEST).digest()


def read_blob(path: Path, salt: tuple[Any, ...]) -> Any | None:
    """The value `write_blob` wrote to ``path`` with the same ``salt``; None if absent or not sound."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block the run, a folder fail
            return None
        raw = path.read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + _DIGEST
    if not raw.startswith(MAGIC) or raw[len(MAGIC) : head] != digest(raw[head:]):
        return None
    try:
        stored_salt, value = marshal.loads(raw[head:])
    except (ValueError, EOFError, TypeError):
        return None
    return value if stored_salt == salt else None


def write_blob(path: Path, salt: tuple[Any, ...], value: Any) -> bool:
    """Write ``value`` (plain data) to ``path`` atomically; False when it could not be written."""
    try:
        payload = marshal.dumps((salt, value))
    except ValueError:  # a value marshal cannot write: keep no cache rather than a wrong one
        return False
    folder = path.parent
    try:
        make_folder(folder)
        import tempfile  # here: a command that writes nothing never loads it

        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                for piece in (MAGIC, digest(payload), payload):  # (not joined: a copy)
                    handle.write(piece)
                handle.flush()
                os.fsync(handle.fileno())  # on disk before the rename makes it the cache
            os.chmod(tmp, _umask_mode())  # mkstemp makes 0600; the cache is like any other file
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def make_folder(folder: Path) -> None:
    """Create the cache folder (and its ``.gitignore``) if it is not there."""
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# written by claimcheck: never commit the cache\n*\n", "utf-8")


def _umask_mode() -> int:
    """The permission bits a new file gets from the umask (os.umask can only be read by
    setting it, so it is set back at once)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def salted(*salt: Any) -> tuple[Any, ...]:
    """A salt that also names the cache format, claimcheck's and Python's versions."""
    return (FORMAT, __version__, sys.version_info[:2], marshal.version, *salt)


class _Kept:
    """Entries kept by key in one file of the project's cache folder: those read back
    (``_old``), and those used or added in this run (``_new``), which `save` writes."""

    def __init__(self, path: Path | None, salt: tuple[Any, ...]) -> None:
        self.path = path
        self.salt = salted(*salt)
        self._old: dict[str, Any] = {}
        self._new: dict[str, Any] = {}
        self._dirty = False
        if path is not None:
            entries = read_blob(path, self.salt)
            self._old = entries if isinstance(entries, dict) else {}

    @classmethod
    def open(cls, root: Path | None, kind: str, salt: tuple[Any, ...] = ()) -> Self:
        """The cache of ``kind`` of the project at ``root`` (None: no cache, always a miss)."""
        return cls(root / FOLDER / f"{kind}.marshal" if root is not None else None, (kind, *salt))

    def save(self) -> None:
        """Write the entries used or added in this run, when anything changed (atomically)."""
        if self.path is None or not (self._dirty or self._new.keys() != self._old.keys()):
            return
        if write_blob(self.path, self.salt, self._new):
            self._old, self._dirty = dict(self._new), False


class FileCache(_Kept):
    """Cached values of one kind of file; `save` writes what this run used or parsed."""

    _new: dict[str, tuple[Signature, bytes, int, Any]]

    def state(self) -> bytes:
        """A digest of every file used in this run (name and content): what they gave is
        determined by it, so a value derived from all of them can be cached under it."""
        # written out, not marshalled: marshal's bytes for equal values depend on how the
        # objects are shared (a string referenced twice is written as a reference), so that
        # the same files could give two digests and the value cached under one never be found
        parts = sorted(
            (key.encode("utf-8", "surrogatepass"), entry[1]) for key, entry in self._new.items()
        )
        return digest(b"".join(b"%d:%s%s" % (len(key), key, data) for key, data in parts))

    def digests(self) -> dict[str, bytes]:
        """The digest of the bytes of each file used in this run (as parsed), by key."""
        return {key: entry[1] for key, entry in self._new.items()}

    def get(self, key: str, st: os.stat_result, path: str | Path) -> Any | None:
        """The cached value for the file ``path`` (stat ``st``), or None when it may be stale."""
        entry = self._old.get(key)
        if entry is None:
            return None
        try:
            sig, data_digest, verified_ns, value = entry
            if tuple(sig) != signature(st):
                return None
            if max(st.st_mtime_ns, st.st_ctime_ns) >= verified_ns - RACY_NS:
                with open(path, "rb") as handle:
                    same = digest(handle.read()) == data_digest
                if not same:
                    return None
                verified_ns = time.time_ns()
                self._dirty = True
        except (OSError, TypeError, ValueError):
            return None
        self._new[key] = (signature(st), data_digest, verified_ns, value)
        return value

    def put(self, key: str, st: os.stat_result, data: bytes, value: Any) -> None:
        """Remember the value parsed from ``data``, the bytes of a file of stat ``st``."""
        if self.path is None:
            return
        self._new[key] = (signature(st), digest(data), time.time_ns(), value)
        self._dirty = True


class MadeCache(_Kept):
    """Values each made from known inputs, kept by key (a source's id) with a digest of those
    inputs: a value is used only while the digest of what it would be made from now is the
    same, so a changed input is made again whatever its file's stat says. What makes the values
    (the code, its data files) goes in the salt: another maker's cache is ignored whole.
    `save` keeps the entries used or added in this run (a key not seen is gone)."""

    _new: dict[str, tuple[bytes, Any]]

    def get(self, key: str, made_from: bytes) -> Any | None:
        """The value kept for ``key`` when made from inputs of digest ``made_from``, else None."""
        entry = self._old.get(key)
        if not isinstance(entry, tuple) or len(entry) != 2 or entry[0] != made_from:
            return None
        self._new[key] = entry
        return entry[1]

    def put(self, key: str, made_from: bytes, value: Any) -> None:
        """Keep ``value`` (plain data), made from inputs of digest ``made_from``, for ``key``."""
        if self.path is None:
            return
        self._new[key] = (made_from, value)
        self._dirty = True
