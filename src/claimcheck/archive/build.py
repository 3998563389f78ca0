"""``claimcheck archive build``: bring the archive index up to date with the archive.

Documents are streamed (`claimcheck.archive.documents`) and hashed; only a document whose key
is new or whose hash changed is extracted, by the engine asked for (`pool`: local processes,
or this one for ``jobs=1``; `dask_engine`: a Dask cluster). Results are gathered into segments
of about `SEGMENT_ROWS` rows, each written atomically (`writer`) and then recorded in the
manifest in one transaction (`manifest`); segments are merged as they come (`compact`), so that
a frame's figures end up in few places. Documents gone from the archive are dropped, and each
segment that holds rows of a document that left it (changed or removed) is rewritten without
them. A build killed at any point resumes: what the manifest records is kept, the rest is done
again, and the index ends the same. One build at a time: it holds ``build.lock`` in the index.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from claimcheck import __version__
from claimcheck.archive import compact, require, writer
from claimcheck.archive.documents import Doc, documents
from claimcheck.archive.manifest import Manifest
from claimcheck.archive.rows import SCHEMA_VERSION, Extracted
from claimcheck.config import ArchiveConfig, Config, display
from claimcheck.errors import UsageError
from claimcheck.io import lock

BATCH_DOCS = 64  # documents a worker is handed at once
BATCH_BYTES = 2**20  # ... or this many bytes of them
LOCK = "build.lock"  # in the index: one build at a time (`claimcheck.io.lock.held`)
SEGMENT_ROWS = 100_000  # rows of a segment file (bounds a rewrite's memory)
Progress = Callable[[int, int], None]  # documents and bytes extracted since the last call


class Engine(StrEnum):
    """Where extraction runs."""

    pool = "pool"
    dask = "dask"


@dataclass(frozen=True)
class BuildResult:
    """What a build did."""

    extracted: int  # documents extracted (new or changed)
    unchanged: int
    removed: int
    bytes: int  # of the documents extracted
    figures: int  # rows written
    documents: int  # in the index after the build
    total_figures: int
    rewritten: int  # segments rewritten


def archive_of(cfg: Config) -> ArchiveConfig:
    """The project's archive section; a usage error naming the config when there is none."""
    if cfg.archive is None:
        raise UsageError(
            "no archive in this project: add 'archive: {path: ..., sources: [...]}' to its config",
            cfg.shown,
        )
    return cfg.archive


def fingerprint() -> str:
    """What the index's rows depend on besides the documents: the schema, claimcheck's version
    and its word lists; a build with another fingerprint starts over."""
    h = hashlib.blake2b(f"{SCHEMA_VERSION}:{__version__}".encode(), digest_size=16)
    data = resources.files("claimcheck") / "data"
    for name in sorted(p.name for p in data.iterdir() if p.name.endswith(".yaml")):
        h.update((data / name).read_bytes())
    return h.hexdigest()


def build(
    cfg: Config,
    engine: Engine = Engine.pool,
    jobs: int = 1,
    scheduler: str | None = None,
    client: Any = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Bring the index of ``cfg``'s archive up to date (``client``: a Dask client to use,
    else one is made for ``scheduler`` or a local cluster when the engine is dask)."""
    arch = archive_of(cfg)
    require("pyarrow", "duckdb")
    arch.path.mkdir(parents=True, exist_ok=True)
    ignore = arch.path / ".gitignore"
    if not ignore.exists():  # machine-made: never committed (as the cache)
        ignore.write_text("*\n", "utf-8")
    where = arch.path / LOCK
    busy = (
        "another claimcheck archive build is writing this index (lock {shown}); wait for it to end"
    )
    with (
        lock.held(where, display(where), "cannot open the archive build lock", busy),
        Manifest(arch.path) as man,
    ):
        writer.sweep(arch.path, set(man.segments()))
        if man.get("extractor") != fingerprint():
            man.reset()
            writer.sweep(arch.path, set())
            man.set("extractor", fingerprint())
        man.set("state", "building")
        resort = man.layout < writer.LAYOUT and bool(man.segments())
        if not resort:  # an index started (again) with this layout
            man.set("layout", str(writer.LAYOUT))
        known = man.digests()
        seen: set[str] = set()
        counts = {"unchanged": 0}

        def changed() -> Iterator[Doc]:
            for doc in documents(cfg.root, arch.sources, cfg.max_file_size):
                seen.add(doc.key)
                if known.get(doc.key) == doc.digest:
                    counts["unchanged"] += 1
                    continue
                yield doc

        dask = engine is Engine.dask or scheduler is not None or client is not None
        results = _run(_batches(changed()), dask, jobs, scheduler, client)
        extracted, size, figures = _write(arch.path, man, results, progress)
        removed = [k for k in known if k not in seen]
        man.remove_docs(removed)
        rewritten = _rewrite_dirty(arch.path, man)
        _settle(arch.path, man, resort)
        man.set("state", "complete")
        docs, total = man.counts()
    return BuildResult(extracted, counts["unchanged"], len(removed), size, figures, docs, total,
                       rewritten)  # fmt: skip


def _run(
    batches: Iterable[list[Doc]], dask: bool, jobs: int, scheduler: str | None, client: Any
) -> Iterator[Extracted]:
    if not dask:
        from claimcheck.archive import pool

        yield from pool.run(batches, jobs)
        return
    from claimcheck.archive import dask_engine

    own = client is None
    if own:
        client = dask_engine.client_for(scheduler, jobs)
    try:
        yield from dask_engine.run(batches, client)
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()


def _batches(docs: Iterable[Doc]) -> Iterator[list[Doc]]:
    batch: list[Doc] = []
    size = 0
    for doc in docs:
        batch.append(doc)
        size += doc.size
        if len(batch) >= BATCH_DOCS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _write(
    index: Path, man: Manifest, results: Iterable[Extracted], progress: Progress | None
) -> tuple[int, int, int]:
    """Write the engine's results as segments; documents, bytes and rows written."""
    parts: list[Any] = []
    done: list[tuple[str, str, str, int]] = []
    rows = extracted = size = figures = 0
    for result in results:
        table = writer.table(result.columns)
        if table.num_rows:
            parts.append(table)
        done.extend(result.docs)
        rows += table.num_rows
        extracted += len(result.docs)
        size += result.size
        if progress is not None:
            progress(len(result.docs), result.size)
        if rows >= SEGMENT_ROWS:
            figures += _flush(index, man, parts, done)
            parts, done, rows = [], [], 0
    if done:
        figures += _flush(index, man, parts, done)
    return extracted, size, figures


def _flush(
    index: Path, man: Manifest, parts: list[Any], done: list[tuple[str, str, str, int]]
) -> int:
    """One segment written, then recorded; documents with no figures need no file."""
    if not parts:
        man.add_segment("", 0, done)
        return 0
    name = man.next_segment()
    rows = writer.write(index, name, parts)
    man.add_segment(name, rows, done)
    compact.compact(index, man, SEGMENT_ROWS, busy=set(man.dirty()))
    return rows


def _rewrite_dirty(index: Path, man: Manifest) -> int:
    """Rewrite each segment holding rows of documents that left it; the segments rewritten."""
    named = set(man.segments())
    count = 0
    for old in man.dirty():
        if old not in named:  # a segment already gone
            man.replace_segment(old, None, 0)
            continue
        new = man.next_segment()
        rows = writer.rewrite(index, old, new, functools.partial(man.kept, old))
        man.replace_segment(old, new if rows else None, rows)
        (writer.folder(index) / old).unlink(missing_ok=True)
        count += 1
    return count


def _settle(index: Path, man: Manifest, resort: bool) -> None:
    """The segments merged as the layout wants them, and files no manifest names deleted. An
    index of an older layout (`writer.LAYOUT`) is merged whole into one segment sorted by
    frame, once: its queries gave the same answers, read more of it."""
    if resort:
        if names := man.segments():
            compact.merge_into(index, man, names)
        man.set("layout", str(writer.LAYOUT))
    compact.compact(index, man, SEGMENT_ROWS)
    writer.sweep(index, set(man.segments()))
