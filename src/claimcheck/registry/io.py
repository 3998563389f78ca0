"""Read and write registry files.

Reading validates everything and reports the first problem as a `RegistryError` naming file,
line and field: YAML syntax errors, tags other than plain YAML types (``!!python/...``),
duplicate keys, unknown top-level fields (a typo such as ``claim:`` would otherwise lose the
claims under it on the next sync), a version other than 1, unknown sources, duplicate ids,
missing ids, quotes or texts, values that are not (finite) numbers, bad status or qualifier.
Dates written without quotes are read as the text written. YAML is parsed by
`claimcheck.io.yamlread` (plain types only). A registry file that is a symbolic link is
followed only to a file inside the project: a link out of it, or in a loop, is an error naming
the link, when read and before anything is written through it.

Writing is deterministic (fixed field order, claims in source order, stable quoting) and
atomic (a temporary file in the same folder, then ``os.replace``). When it replaces a file, the
comments a person wrote in it are kept (`claimcheck.registry.comments`).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from claimcheck.errors import RegistryError, UnknownSourceError
from claimcheck.io import files
from claimcheck.io.cache import FileCache
from claimcheck.io.paths import Displays, list_folder, suffix
from claimcheck.model import Claim, Registry, claim_of_row, claim_row
from claimcheck.registry import comments, read
from claimcheck.registry.read import VERSION

_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

HEADER = (
    "# claimcheck claim registry for one source. Edit subject, metric, status (auto, reviewed,\n"
    "# rejected) and note freely; `claimcheck sync` never changes a reviewed or rejected claim.\n"
)
DUMP_BATCH = 500  # claims dumped at a time


def read_file(path: Path, display: str, sources: set[str] | None) -> tuple[str, list[Claim]]:
    """The source id and claims of one registry file, validated."""
    source, _, claims = _read(path, display, sources)
    return source, claims


def _read(
    path: Path, display: str, sources: set[str] | None, raw: bytes | None = None
) -> tuple[str, int, list[Claim]]:
    """The source id, the line it is named on, and the claims of one registry file."""
    if raw is None:
        raw = files.read_bytes(path, display, RegistryError)
    text = files.decode(raw, display, "a registry file", RegistryError)
    del raw  # the text is read a claim at a time (`claimcheck.registry.read`): hold one copy
    return read.read_text(text, display, sources)


def _read_cached(
    name: str, display: str, sources: set[str] | None, cache: FileCache
) -> tuple[str, int, list[Claim]]:
    """`_read`, or what it gave the last time when the file has not changed since."""
    try:
        st = os.stat(name)
    except OSError:
        return _read(Path(name), display, sources)
    hit = cache.get(display, st, name)
    if hit is not None:
        try:
            source, line, rows = hit
            claims = [claim_of_row(row) for row in rows]
        except (TypeError, ValueError, IndexError):
            pass
        else:
            if sources is not None and source not in sources:
                raise UnknownSourceError(f"unknown source {source!r}", display, line)
            return source, line, claims
    path = Path(name)
    raw = files.read_bytes(path, display, RegistryError)
    source, line, claims = _read(path, display, sources, raw)
    cache.put(display, st, raw, (source, line, tuple(claim_row(c) for c in claims)))
    return source, line, claims


def load(
    folder: Path,
    sources: Iterable[str] | None,
    root: Path | None = None,
    cache: FileCache | None = None,
    on_error: Callable[[UnknownSourceError], None] | None = None,
) -> Registry:
    """Every registry file in ``folder``; files whose name starts with ``_`` are not claims.

    With a ``cache``, a file unchanged since it last parsed cleanly is not parsed again; the
    checks across files (unknown source, duplicate source or id) are made every time. With
    ``on_error``, a file of a source the project lacks (deleted, or a file that could not be
    read) is handed to it and left out, its claims with it, instead of stopping the load.
    """
    registry = Registry()
    if not folder.exists():
        return registry
    if not folder.is_dir():
        raise RegistryError("claims path is not a folder", str(folder))
    known = set(sources) if sources is not None else None
    seen: dict[str, Claim] = {}  # each id's first claim
    display_of = Displays(root.resolve() if root is not None else None)
    base = (root or folder).resolve()
    for entry in list_folder(folder):  # as sorted(folder.glob("*.y*ml")), faster
        name = entry.name
        if name.startswith("_") or suffix(name) not in (".yaml", ".yml"):
            continue
        try:
            _load_file(entry, folder, registry, seen, known, display_of, base, cache)
        except UnknownSourceError as exc:
            if on_error is None:
                raise
            on_error(exc)
    return registry


def _load_file(
    entry: os.DirEntry[str],
    folder: Path,
    registry: Registry,
    seen: dict[str, Claim],
    known: set[str] | None,
    display_of: Displays,
    base: Path,
    cache: FileCache | None,
) -> None:
    """Read one registry file into ``registry`` (``seen``: each claim id's first claim)."""
    name = entry.name
    link = entry.is_symlink()
    if link:
        _refuse_link_out(entry.path, display_of.of(str(folder), name, False), base)
    display = display_of.of(str(folder), name, link)
    if cache is None:
        source, source_line, claims = _read(Path(entry.path), display, known)
    else:
        source, source_line, claims = _read_cached(entry.path, display, known, cache)
    if source in registry.files:
        raise RegistryError(
            f"source {source!r} already has a registry file ({registry.files[source]})",
            display,
            source_line,
        )
    ids = [claim.id for claim in claims]
    if len(set(ids)) == len(ids) and seen.keys().isdisjoint(ids):
        seen.update(zip(ids, claims, strict=True))  # the common case, without a loop in Python
        ids = []
    mine: dict[str, Claim] = {}
    for claim in claims if ids else ():  # find the first duplicate, as it always did
        first = seen.get(claim.id) or mine.get(claim.id)
        if first is not None:
            raise RegistryError(
                f"duplicate id {claim.id!r} (also at {first.file}:{first.file_line})",
                display,
                claim.file_line,
            )
        mine[claim.id] = claim
    seen.update(mine)  # only once the file is whole: a file left out leaves no ids behind
    registry.files[source] = display
    registry.claims[source] = claims


def _refuse_link_out(path: str, display: str, base: Path) -> None:
    """A `RegistryError` naming the link ``display`` when the symbolic link ``path`` leads out
    of the project (``base``) or in a loop: what it leads to would be read as claims, and
    `sync` would write through it to a file outside (the rule `claimcheck.sources` applies)."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RegistryError("symbolic link loop", display) from exc
        # a dangling link: reading it reports it, as for any file that cannot be read
    if not inside(Path(os.path.realpath(path)), base):
        raise RegistryError(
            "symbolic link to a file outside the project; registry files are read and written "
            "only inside it",
            display,
        )


def inside(path: Path, base: Path) -> bool:
    """Whether the resolved ``path`` is below the resolved folder ``base``."""
    return base in path.parents


def dumps(source: str, claims: list[Claim], previous: str | None = None, display: str = "") -> str:
    """The text of a registry file: header, version, source, and claims in the given order.

    ``previous`` is the text of the file this one replaces: the comments a person wrote in it
    are kept, next to what they were written next to (`claimcheck.registry.comments`).
    """
    return "".join(parts(source, claims, previous, display))


def parts(
    source: str, claims: list[Claim], previous: str | None = None, display: str = ""
) -> Iterator[str]:
    """`dumps` a part at a time (their concatenation is its text), so that a large registry
    file can be written and compared without its whole text in memory; a ``previous`` file
    with comments gives the whole text at once (its comments are placed in it)."""
    found = comments.scan(previous, display, HEADER) if previous is not None else None
    if found is not None and found.items:
        yield comments.place(found, "".join(_parts(source, claims)), display)
        return
    yield from _parts(source, claims)


def _parts(source: str, claims: list[Claim]) -> Iterator[str]:
    yield HEADER
    if not claims:
        yield _dump({"version": VERSION, "source": source, "claims": []})
        return
    # the claims a batch at a time, as one dump would write them under "claims:" (a block
    # sequence at the margin): the dumper builds a node for every value it writes, several
    # KB a claim, so that the registry of a long source would cost GBs dumped at once
    yield _dump({"version": VERSION, "source": source})
    yield "claims:\n"
    for at in range(0, len(claims), DUMP_BATCH):
        yield _dump([c.to_mapping() for c in claims[at : at + DUMP_BATCH]])


def _dump(data: object) -> str:
    text: str = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return text


def read_text(path: Path, display: str) -> str:
    """The text of a registry file (as `read_file` reads it)."""
    return files.read_text(path, display, "a registry file", RegistryError)


def write_atomic(path: Path, text: str, root: Path | None = None) -> bool:
    """Write ``text`` to ``path`` atomically; False (and nothing written) when unchanged.

    With ``root`` (the project folder), a ``path`` that is, or leads through a symbolic link
    to, a file outside it is a `RegistryError`, and nothing is written."""
    if root is not None and not inside(path.resolve(), root.resolve()):
        raise RegistryError(
            "symbolic link to a file outside the project; registry files are written only "
            "inside it",
            str(path.relative_to(root)) if path.is_relative_to(root) else str(path),
        )
    try:
        if path.read_text("utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    # a symlinked registry file is written through to its target, not replaced by a plain file
    path = path.resolve() if path.is_symlink() else path
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = mode_of(path)
    import tempfile  # here: a command that writes nothing never loads it

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())  # the bytes are on disk before the rename makes them the file
        os.chmod(tmp, mode)  # mkstemp makes files 0600: keep the old file's mode, or the umask's
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def mode_of(path: Path) -> int:
    """The permission bits of the file at ``path``; for a new file, what the umask gives."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
