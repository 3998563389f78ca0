"""Refresh the registry from the sources: `claimcheck sync`.

Rules, so that nothing a person wrote is lost:
- a statement the registry lacks is added as ``status: auto`` with guessed subject and metric
  and its frame (entity, measure, role, dimension); a claim without a frame (a registry written
  before frames) gets the extractor's, field by field, never over one a person wrote;
- a claim whose quote still stands unchanged is left as it is (a person's edits included), but
  for ``line``, the location the registry remembers, which follows the source; with
  ``refresh=True`` (``sync --refresh``, after an upgrade of the extractor) an ``auto`` claim whose
  quote stands but whose figure or frame the extractor now reads differently gets the new
  reading. That is opt-in because a person may have corrected an ``auto`` claim without marking
  it reviewed (mark a corrected claim ``reviewed`` and it is never refreshed);
- an ``auto`` claim whose passage changed is refreshed from the source (quote, text, value,
  range, unit, qualifier, direction, period, and the frame); subject, metric, note and any field sync does not
  know are kept; ``reviewed`` and ``rejected`` claims are never refreshed;
- a claim whose quote no longer anchors is marked ``orphaned: true``, never deleted.
Files are written atomically and deterministically, with the comments a person wrote in them
kept where they were written; a second run changes nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import operator
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck import anchor
from claimcheck.config import Config
from claimcheck.extract import kept
from claimcheck.extract.numbers import to_number
from claimcheck.io.cache import MadeCache
from claimcheck.io.cache import digest as cache_digest
from claimcheck.io.lock import exclusive
from claimcheck.model import FRAME_FIELDS, Claim, Mention
from claimcheck.project import Project, open_project
from claimcheck.registry import io, staging
from claimcheck.sources import Source
from claimcheck.sync import guess


@dataclass(frozen=True)
class SyncResult:
    """What a sync did, per source: claims added, refreshed, orphaned; files written."""

    added: int
    refreshed: int
    orphaned: int
    unchanged: int
    written: tuple[str, ...]


def _claim_id(
    source: str, mention: Mention, taken: set[str], tried: dict[tuple[str, str, str], int]
) -> str:
    """A new claim's id: a digest of source, sentence, figure and a counter, the first not taken.

    ``tried`` remembers the counter last used for each sentence and figure: ``taken`` only
    grows, so the counters below it are taken and the next try starts after it. Without it,
    the n-th of n identical figures in one sentence hashed n times (quadratic sync)."""
    base = f"{source}\x00{mention.sentence}\x00{mention.text}"
    key = (source, mention.sentence, mention.text)  # the mention's strings, not a copy of them
    n = tried.get(key, 0)
    while True:
        digest = hashlib.sha1(f"{base}\x00{n}".encode()).hexdigest()[:8]
        candidate = f"c{digest}"
        if candidate not in taken:
            taken.add(candidate)
            tried[key] = n + 1
            return candidate
        n += 1


def _number(value: float | int | None) -> float | int | None:
    if value is None:
        return None
    from decimal import Decimal

    return to_number(Decimal(str(value)))


def framed(mention: Mention) -> dict[str, Any]:
    """The frame fields of a new claim (entity, measure, role, dimension)."""
    f = mention.frame
    return {k: getattr(f, k) for k in FRAME_FIELDS} if f is not None else {}


def missing_frame(claim: Claim, mention: Mention) -> dict[str, Any]:
    """The frame fields a claim lacks (a registry written before frames): filled in, never
    overwritten, as a person may have corrected them."""
    return {k: v for k, v in framed(mention).items() if getattr(claim, k) is None and v is not None}


def derived(mention: Mention) -> dict[str, Any]:
    """The claim fields the extractor derives from a mention."""
    return {
        "text": mention.text,
        "quote": mention.sentence,
        "line": mention.span.line,
        "value": _number(mention.value),
        "low": _number(mention.low),
        "high": _number(mention.high),
        "unit": mention.unit,
        "qualifier": mention.qualifier,
        "direction": mention.direction,
        "period": mention.period.label if mention.period else None,
    }


# Fields the extractor derives that ``--refresh`` may update on a claim whose quote still stands.
READING = ("text", "value", "low", "high", "unit", "qualifier", "direction", "period")


def stale_fields(claim: Claim, mention: Mention) -> dict[str, Any]:
    """The reading fields whose stored value differs from what the extractor reads now."""
    now = derived(mention)
    return {k: now[k] for k in READING if getattr(claim, k) != now[k]}


Progress = Callable[[int, int], None]  # sources done, sources in all


def sync_project(
    cfg: Config,
    write: bool = True,
    refresh: bool = False,
    wait: bool = False,
    progress: Progress | None = None,
    jobs: int = 1,
) -> SyncResult:
    """Open the project of ``cfg`` and `sync` it, holding the project's write lock
    (`claimcheck.io.lock`) from before the registry is read until its last file is written: a
    registry read before another sync's writes would undo them. ``write=False`` (``--check``)
    writes nothing and takes no lock; ``wait``: wait for the lock rather than fail at once.
    ``progress`` is told of each source done (a progress bar); ``jobs``: processes extracting
    the sources' figures (the registry written is the same for any number)."""
    if not write:
        project = open_project(config=cfg)
        return sync(project, write=False, refresh=refresh, progress=progress, jobs=jobs)
    with exclusive(cfg.root, wait):
        _remove_leftovers(cfg.claims)
        return sync(open_project(config=cfg), True, refresh, progress, jobs)


def _remove_leftovers(folder: Path) -> None:
    """Remove the temporary files of a sync killed while writing (``.NAME.yaml.XXXX.tmp``,
    `claimcheck.registry.io.write_atomic`): the lock is held, so no other sync is writing one.
    They were never a registry file (no command reads them); this only tidies the folder."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(".") and name.endswith(".tmp") and ".y" in name:
            with contextlib.suppress(OSError):
                (folder / name).unlink()


def sync(
    project: Project,
    write: bool = True,
    refresh: bool = False,
    progress: Progress | None = None,
    jobs: int = 1,
) -> SyncResult:
    """Bring every source's registry file up to date with the source (``jobs``: processes
    extracting the sources' figures, a few sources ahead: `Project.extracted`).

    With ``refresh``, ``auto`` claims whose quote stands also take the extractor's current
    reading of their figure (see the module docstring). Every file is made (staged beside
    it, `claimcheck.registry.staging`) before any is written, so that a file that could not be
    written (one too large to be read back) stops the run with nothing written rather than half
    of the registry new. Each file is then put in place atomically, one after the other: a run
    killed while writing leaves each file as it was or as it is now, never half written, and a
    second run writes the rest (sync is resumable).
    """
    cfg = project.config
    taken = {c.id for c in project.registry.all()}
    tried: dict[tuple[str, str, str], int] = {}
    totals = [0, 0, 0, 0]  # added, refreshed, newly orphaned, unchanged
    staged: list[staging.Staged] = []  # the files that change, made, not yet in place
    sources = project.sources
    total = len(sources)
    # registry files whose unchanged claims gave back their own text, by their bytes' digest
    rendered = MadeCache.open(cfg.root if project.cached else None, "rendered", (kept.code(),))

    def made() -> Iterator[_Made]:
        """Each source's registry file to make."""
        nonlocal totals
        for done, source in enumerate(project.extracted(sources, pool), start=1):
            if progress is not None:
                progress(done - 1, total)
            ordered, counts = _source_claims(project, source, taken, tried, refresh)
            project.done_with(source)
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            if not ordered and source.id not in project.registry.files:
                continue
            yield _made(project, source.id, ordered, rendered, write)

    try:
        # the files are made (YAML written, comments kept) by the workers that extract the
        # sources, each to a temporary file beside it (`claimcheck.registry.staging`)
        with project.pool(jobs, sources) as pool:
            for item, (got, renders) in pool.ordered(_stage, made()):
                if got is not None:
                    staged.append(got)
                if renders is not None and item.target is not None:
                    rendered.put(item.target, renders, True)
        rendered.save()
        if progress is not None:
            progress(total, total)
        written = [staging.commit(item) for item in staged] if write else []
    except BaseException:
        staging.discard(staged)
        if write:
            _remove_leftovers(cfg.claims)  # made by a worker for a file never handed back
        raise
    added, refreshed, orphaned, unchanged = totals
    return SyncResult(added, refreshed, orphaned, unchanged, tuple(written))


@dataclass(frozen=True)
class _Made:
    """A source's registry file to make: its path, its name in the registry (None: a new
    file), the source's id, its claims, the project folder, and whether to write it."""

    path: Path
    target: str | None
    source: str
    claims: list[Claim]
    root: Path
    write: bool
    # the digest of the file's bytes, when its claims are the ones read from it, unchanged
    same_as: bytes | None = None
    known: bool = False  # such a file was made again before and gave its own text


def _made(
    project: Project, source: str, claims: list[Claim], rendered: MadeCache, write: bool
) -> _Made:
    """The registry file of ``source`` to make with ``claims`` (``rendered``: the files known
    to give back their own text from their unchanged claims)."""
    cfg = project.config
    target = project.registry.files.get(source)
    path = cfg.root / target if target else cfg.claims / f"{source}.yaml"
    same_as = None
    if target is not None and _same(claims, project.registry.claims.get(source)):
        same_as = project.registry_digests.get(target)
    known = target is not None and same_as is not None and rendered.get(target, same_as) is not None
    return _Made(path, target, source, claims, cfg.root, write, same_as, known)


def _same(claims: list[Claim], read: list[Claim] | None) -> bool:
    """True when ``claims`` are the claims ``read`` from a registry file, unchanged and in
    their order (`_kept` gives back an unchanged claim itself)."""
    return read is not None and len(claims) == len(read) and all(map(operator.is_, claims, read))


def _stage(made: _Made) -> tuple[staging.Staged | None, bytes | None]:
    """The registry file after the sync, staged beside it (made in a worker process with
    ``--jobs``), or None when it is the file's text already; and the file's digest when its
    unchanged claims gave back its own text (`rendered`: made from the same bytes by the same
    code, it gives it again, so the next sync need not dump it). A file over the size a
    registry file may have (`claimcheck.io.files.MAX_BYTES`) is a `RegistryError` as soon as
    its text passes it: written, it could never be read back, and every later command would
    stop on it."""
    path, target = made.path, made.target
    previous = io.read_text(path, target) if target else None
    same = (
        made.same_as is not None
        and previous is not None
        and not path.is_symlink()  # (whose target `staging.stage` checks)
        and cache_digest(previous.encode("utf-8")) == made.same_as
    )
    if same and made.known:
        return None, None
    old = previous if target else _existing(path)
    shown = target or _shown(path, made.root)
    parts = io.parts(made.source, made.claims, previous, target or "")
    staged = staging.stage(path, parts, old, shown, made.root, made.write)
    return staged, made.same_as if same and staged is None else None


def _existing(path: Path) -> str | None:
    """The text of a file that is in no registry's list (a new file's path), if there is one."""
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _shown(path: Path, root: Path) -> str:
    """A path as sync reports it: relative to the project root when inside it."""
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def _source_claims(
    project: Project,
    source: Source,
    taken: set[str],
    tried: dict[tuple[str, str, str], int],
    refresh: bool,
) -> tuple[list[Claim], tuple[int, int, int, int]]:
    """The claims of one source's registry file after the sync, in source order (orphans
    last), and how many were added, refreshed, newly orphaned and left unchanged."""
    index = project.index(source)
    claims = project.registry.claims.get(source.id, [])
    matches = anchor.match_claims(claims, index, project.config.anchor_threshold)
    placed: list[tuple[tuple[int, int], Claim]] = []
    lost: list[Claim] = []
    refreshed = orphaned = unchanged = 0
    used = {id(m.mention) for m in matches if m.mention is not None}
    for match in matches:
        claim = match.claim
        if match.mention is None:
            orphaned += not claim.orphaned
            lost.append(dataclasses.replace(claim, orphaned=True))
            continue
        new = _kept(claim, match, refresh)
        if new != claim:
            refreshed += 1
        else:
            unchanged += 1
        placed.append(((match.mention.span.start, match.mention.span.end), new))
    topic = guess.topic(source.text)
    fresh = [m for m in index.mentions if id(m) not in used]
    for mention in fresh:
        new_claim = Claim(
            id=_claim_id(source.id, mention, taken, tried),
            source=source.id,
            subject=guess.subject(mention, topic),
            metric=guess.metric(mention, project.lexicon),
            **derived(mention),
            **framed(mention),
        )
        placed.append(((mention.span.start, mention.span.end), new_claim))
    placed.sort(key=lambda pair: pair[0])
    return [c for _, c in placed] + lost, (len(fresh), refreshed, orphaned, unchanged)


def _kept(claim: Claim, match: anchor.Match, refresh: bool) -> Claim:
    """A claim whose quote anchors, after the sync: see the rules in the module docstring."""
    mention = match.mention
    assert mention is not None
    line = mention.span.line
    # an unchanged claim is itself, not a copy: a large registry is held once
    new = (
        claim
        if not claim.orphaned and claim.line == line
        else dataclasses.replace(claim, orphaned=False, line=line)
    )
    if match.state in (anchor.DRIFTED, anchor.CHANGED) and claim.status == "auto":
        new = dataclasses.replace(new, **derived(mention), **framed(mention))
    elif refresh and claim.status == "auto":
        # an auto claim's frame is the extractor's too: it follows the current reading
        new = dataclasses.replace(new, **stale_fields(claim, mention), **framed(mention))
    if claim.status != "rejected" and (claim.role is None or claim.dimension is None):
        new = dataclasses.replace(new, **missing_frame(claim, mention))
    return new
