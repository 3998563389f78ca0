"""Core functions behind commands that are not a pipeline stage of their own."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from claimcheck.config import CONFIG_NAME, DEFAULT_CONFIG
from claimcheck.errors import InputError, UsageError
from claimcheck.extract import stream
from claimcheck.io import files
from claimcheck.io.paths import expand
from claimcheck.model import Mention
from claimcheck.sources import SUFFIXES, Source, read_source
from claimcheck.sources.frontmatter import published_problem

KINDS = ("quantity", "date", "ordinal")


def _stdin_source(published: str | None, limit: int) -> Source:
    return Source(
        "stdin", "<stdin>", files.read_stdin("<stdin>", "text", limit), published=published
    )


def extract_paths(
    paths: list[str],
    published: str | None = None,
    kinds: list[str] | None = None,
    limit: int = files.MAX_BYTES,
) -> Iterator[tuple[str, Iterable[Mention]]]:
    """Mentions of every file (``-`` is standard input), each with its display path, one file
    at a time as it is read (a corpus is never held whole), and each file's mentions as they
    are found, a part of the text at a time (`claimcheck.extract.stream`: a file's mentions are
    never held whole either). The options are checked at once, before the first file is read."""
    for kind in kinds or ():
        if kind not in KINDS:
            raise UsageError(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
    problem = published_problem(published) if published is not None else None
    if problem:
        raise UsageError(f"--published: {problem}")
    return _extracted(expand(paths, SUFFIXES), published, kinds, limit)


def _extracted(
    names: list[str], published: str | None, kinds: list[str] | None, limit: int
) -> Iterator[tuple[str, Iterable[Mention]]]:
    for raw in names:
        if raw == "-":
            source = _stdin_source(published, limit)
        else:
            path = Path(raw)
            if not path.exists():
                raise InputError("no such file", raw)
            if path.suffix.lower() not in SUFFIXES:
                source = _plain(path, raw, limit)
            else:
                source = read_source(path, raw, limit=limit)
        path_of = source.path
        mentions = stream(
            source.text,
            published=published or source.published,
            first_line=source.first_line,
            line_map=source.lines,
        )
        del source  # the text lives in the stream only, and goes with it
        yield path_of, (m for m in mentions if m.kind in kinds) if kinds else mentions


def _plain(path: Path, display: str, limit: int) -> Source:
    return Source(
        path.stem,
        display,
        files.decode(files.read_bytes(path, display, limit=limit), display, "text"),
    )


def init_project(folder: Path) -> list[str]:
    """Create claimcheck.yaml, sources/ and claims/ in ``folder``; never overwrite."""
    config = folder / CONFIG_NAME
    if folder.exists() and not folder.is_dir():
        raise UsageError("not a folder", str(folder))
    if config.exists():
        raise UsageError(f"{config} already exists")
    for sub in (folder / "sources", folder / "claims"):
        if sub.exists() and not sub.is_dir():
            raise UsageError("exists and is not a folder", str(sub))
    created = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with config.open(
            "x", encoding="utf-8"
        ) as handle:  # "x": never overwrite one made meanwhile
            handle.write(DEFAULT_CONFIG)
        created.append(str(config))
        for name in ("sources", "claims"):
            sub = folder / name
            if not sub.exists():
                sub.mkdir()
                created.append(f"{sub}/")
    except FileExistsError as exc:
        raise UsageError("already exists", exc.filename or str(config)) from exc
    except OSError as exc:
        raise InputError(
            f"cannot create: {exc.strerror or exc}", exc.filename or str(folder)
        ) from exc
    return created
