"""A loaded project: config, sources, registry, and each source's extracted mentions.

Commands build one `Project` and hand it to the stage they run. Extraction of a source happens
once, when first asked for, and is shared by every stage that needs it. A stage that reads
every source (``sync``, ``verify``) walks them with `Project.extracted`, which extracts a few
sources ahead in worker processes when given more than one job (``--jobs``).

The sources folder must exist; the claims folder must too when ``claims_required`` (``verify``,
``conflicts`` and ``check``, which read a registry; ``sync`` creates it on its first run), so
that a mistyped folder in the config is an error naming its line, not an empty registry.

``open_project(..., read_sources=False)`` (what ``claimcheck check`` uses) lists the sources
without reading them: a source's text is read when a stage first asks for it (`source`,
`sources`). With the cache on (the default; config key ``cache``, ``--no-cache``), registry files
and source ids that have not changed since the last run are read back from
``.claimcheck-cache/`` instead of being parsed again (`claimcheck.io.cache`).

``open_project(..., go_on=True)`` (``check``, ``verify``, ``conflicts``) does not stop at a
source that cannot be read (binary, not UTF-8, too large, a link out of the project, an id
already taken, a file gone since it was listed) nor at a registry file whose source is not
there (deleted, or that unreadable file): each is kept in `Project.problems` and left out, so
that one bad source does not stop the run for every draft; the command reports them and exits 2
at the end. A registry file that is itself malformed still stops the run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck import config as config_mod
from claimcheck import framelex
from claimcheck.config import Config
from claimcheck.errors import InputError, RegistryError
from claimcheck.extract import kept
from claimcheck.io.cache import FOLDER, FileCache, MadeCache, digest
from claimcheck.io.files import MAX_BYTES
from claimcheck.io.paths import refuse_overwrite
from claimcheck.lexicon import Lexicon
from claimcheck.lexicon import load as load_lexicon
from claimcheck.model import CLAIM_FIELDS, Registry
from claimcheck.registry import io as registry_io
from claimcheck.sources import Source, load_sources
from claimcheck.sources.catalog import SourceEntry, scan

if TYPE_CHECKING:
    from claimcheck.anchor import SourceIndex
    from claimcheck.io.workers import Pool
    from claimcheck.model import Quantity

# Below this many characters of sources, extraction takes less time than starting workers
# (about 0.1 s a 100,000 characters): `Project.extracted` uses no pool.
POOL_CHARS = 100_000

# The fewest bytes a claim takes in a registry file besides its quote ("- id: c0123abcd",
# "text:", "quote:", "line:", "status: auto"...): a lower bound, so no source that fits is refused.
CLAIM_BYTES = 60


@dataclass
class Project:
    """Everything a command needs about a project, loaded and validated."""

    config: Config
    catalog: list[SourceEntry]
    registry: Registry
    lexicon: Lexicon
    _loaded: dict[str, Source] = field(default_factory=dict)
    fingerprint: bytes | None = None  # digest of every registry and source file, when cached
    _indexes: dict[str, SourceIndex] = field(default_factory=dict)
    # files left out, when opened with go_on: each problem once, in the order met
    problems: list[InputError] | None = None
    # figures extracted ahead by worker processes (`extracted`, as `kept.dump` gives them),
    # until `index` takes them
    _ready: dict[str, kept.Dumped | InputError] = field(default_factory=dict)
    cached: bool = False  # keep each source's figures in the cache (`extracted`)
    # the digest of each registry file's bytes as parsed, by its path (with the cache on)
    registry_digests: dict[str, bytes] = field(default_factory=dict)
    _kept: MadeCache | None = None  # the sources' figures kept between runs, once opened
    _made_from: dict[str, bytes] = field(default_factory=dict)  # `kept.made_from` of a source
    _shared: dict[object, object] = field(default_factory=dict)  # `kept.load`'s equal parts

    @property
    def sources(self) -> list[Source]:
        """Every source, sorted by id (read when first asked for; with ``problems``, a source
        that cannot be read any more is left out)."""
        read = (self._read(entry) for entry in self.catalog)
        return [s for s in read if s is not None]

    def _read(self, entry: SourceEntry) -> Source | None:
        found = self._loaded.get(entry.id)
        if found is None:
            try:
                found = self._loaded[entry.id] = entry.read()
            except InputError as exc:
                if self.problems is None:
                    raise
                self.catalog = [e for e in self.catalog if e.id != entry.id]
                self.problems.append(exc)
                return None
        return found

    def source(self, source_id: str) -> Source | None:
        """The source with this id, if any."""
        for entry in self.catalog:
            if entry.id == source_id:
                return self._read(entry)
        return None

    def report_problem(self, error: InputError) -> None:
        """Keep ``error`` in `problems` (a project opened with ``go_on``), else raise it."""
        if self.problems is None:
            raise error
        self.problems.append(error)

    def refuse_output(self, output: Path | None, inputs: Iterable[str] = ()) -> None:
        """Refuse, before any work, an ``output`` file that is one of ``inputs`` (the drafts of
        the run), the config, or inside the sources, claims or cache folder: a report must never
        destroy what it reports on, nor become a source or a registry file."""
        if output is None:
            return
        cfg = self.config
        files = [Path(p) for p in inputs if Path(p).is_file()] + ([cfg.path] if cfg.path else [])
        refuse_overwrite(output, files, [cfg.sources, cfg.claims, cfg.root / FOLDER])

    def index(self, source: Source) -> SourceIndex:
        """The source's quantities and sentences (extracted once).

        A source with more figures than one registry file can hold is an `InputError` naming
        it, raised as soon as its figures are found to be too many: each figure is a claim
        quoting its sentence, so that its registry file would be over the size any file may
        have (`claimcheck.io.files.MAX_BYTES`), could never be written nor read back, and the
        source's figures alone would fill memory. Split such a source."""
        cached = self._indexes.get(source.id)
        if cached is None:
            from claimcheck.anchor import SourceIndex

            ready = self._ready.pop(source.id, None)
            if isinstance(ready, InputError):
                raise ready
            quantities = (
                kept.load(ready, self._shared) if ready is not None else self._figures(source)
            )
            cached = SourceIndex(source.text, quantities, source.first_line, source.lines)
            self._indexes[source.id] = cached
        return cached

    def _figures(self, source: Source) -> list[Quantity]:
        """The source's figures: kept ones when it has not changed since they were (and
        `extracted` opened the cache), else extracted (and kept)."""
        store = self._kept
        if store is None:
            return quantities_of(source, self.lexicon)
        made_from = self._made_from.pop(source.id, None) or _made_from(source)
        data = store.get(source.id, made_from)
        if isinstance(data, tuple):
            return kept.load(data, self._shared)
        quantities = quantities_of(source, self.lexicon)
        store.put(source.id, made_from, kept.dump(quantities))
        return quantities

    def done_with(self, source: Source) -> None:
        """Let the source's index go (`sync` and `verify` take the sources one at a time and
        need each index once: a project's indexes all at once are its figures, about 1 KB
        each). Asked for again, it is extracted again."""
        self._indexes.pop(source.id, None)

    def pool(self, jobs: int, sources: Sequence[Source]) -> Pool:
        """Worker processes for a run over ``sources``: ``jobs`` of them, but no more than
        sources, and none (one job) below `POOL_CHARS` of text. Patterns are compiled and
        lexicons loaded here first, so that forked workers start warm."""
        from claimcheck.io.workers import Pool  # here: check needs no processes

        n = min(jobs, len(sources))
        if n > 1 and sum(len(s.text) for s in sources) < POOL_CHARS:
            n = 1
        if n > 1:
            from claimcheck.extract import extract

            extract("GDP grew 7.4 percent in 2018.", lexicon=self.lexicon)
        return Pool(n, _start_worker, (self.lexicon,))

    def extracted(self, sources: Iterable[Source], jobs: int | Pool = 1) -> Iterator[Source]:
        """``sources`` in their order, each once its figures are extracted, for `index`: with
        more than one job (a number, or a `pool`), by worker processes a few sources ahead of
        the caller (`claimcheck.io.workers.Pool.ordered`: memory holds those, not the corpus);
        with one, as they come (`index` extracts). The figures are the same either way. With
        the cache on, a source unchanged since its figures were kept is not extracted again
        (`claimcheck.extract.kept`); the cache is written when the last source is done."""
        listed = list(sources)
        store = self._open_kept()
        todo = listed
        if store is not None:
            self._made_from.update((s.id, _made_from(s)) for s in listed)
            todo = [s for s in listed if store.get(s.id, self._made_from[s.id]) is None]
        if isinstance(jobs, int):
            with self.pool(jobs, todo) as pool:
                yield from self._extracting(listed, todo, pool)
        else:
            yield from self._extracting(listed, todo, jobs)
        if store is not None:
            store.save()

    def _extracting(self, listed: list[Source], todo: list[Source], pool: Pool) -> Iterator[Source]:
        """`extracted`: the sources of ``todo`` (a part of ``listed``, in its order) extracted by
        the workers of ``pool`` (none: by `index`), the others as they are."""
        if pool.jobs <= 1 or not todo:
            yield from listed
            return
        results = pool.ordered(_figures_of, todo)
        pending = {s.id for s in todo}
        for source in listed:
            if source.id in pending:
                _, got = next(results)
                made_from = self._made_from.pop(source.id, None)
                if self._kept is not None and made_from is not None and isinstance(got, tuple):
                    self._kept.put(source.id, made_from, got)
                self._ready[source.id] = got
            yield source

    def _open_kept(self) -> MadeCache | None:
        """The cache of the sources' figures, opened at the first call (None when the cache
        is off, or figures are read with a lexicon other than the packaged one, which the
        cache's salt names)."""
        if self._kept is None and self.cached and self.lexicon is load_lexicon():
            framelex.load()  # (read and checked as extraction would: a bad file, the same error)
            self._kept = MadeCache.open(self.config.root, "figures", (kept.code(),))
        return self._kept


def _made_from(source: Source) -> bytes:
    """`kept.made_from` of a source."""
    return kept.made_from(source.text, source.published, source.first_line, source.lines)


def quantities_of(source: Source, lexicon: Lexicon) -> list[Quantity]:
    """The quantities of ``source``; an `InputError` when they are more than one registry file
    can hold (see `Project.index`), raised as soon as the claims of those found so far pass it.
    Each is kept compact (`kept.Compact`): a source's figures are held until its claims are made."""
    from claimcheck.extract import stream
    from claimcheck.model import Quantity

    # a part at a time: only the quantities are kept, never a large text's whole work
    mentions = stream(
        source.text,
        published=source.published,
        lexicon=lexicon,
        first_line=source.first_line,
        line_map=source.lines,
    )
    quantities: list[Quantity] = []
    compact = kept.Compact()
    least = 0  # the fewest bytes their claims take in a registry file
    for m in mentions:
        if isinstance(m, Quantity):
            quantities.append(compact(m))
            least += claim_bytes(m)
            if least > MAX_BYTES:
                raise InputError(
                    f"over {len(quantities):,} figures: their claims would make a registry "
                    f"file over the {MAX_BYTES / 2**20:g} MB a file may have (split the source)",
                    source.path,
                )
    return quantities


def claim_bytes(m: Quantity) -> int:
    """The fewest bytes the new claim of ``m`` takes in a registry file: `CLAIM_BYTES`, its
    quote (the sentence) and text, and a line ``  key: x`` for each field the claim will have
    from ``m`` (the YAML writer never writes a value in fewer characters than it has; a number
    takes at least one). A lower bound, so that no source whose registry file fits is refused;
    close to the size written (about 85% of it in news prose), so that one that does not fit is
    refused before its figures fill memory."""
    n = CLAIM_BYTES + len(m.sentence) + len(m.text)
    for key, value in (
        ("value", m.value), ("low", m.low), ("high", m.high), ("unit", m.unit),
        ("direction", m.direction), ("period", m.period.label if m.period else None),
    ):  # fmt: skip
        if value is not None:
            n += len(key) + 5 + (len(value) if isinstance(value, str) else 0)
    frame = m.frame
    if frame is not None:
        n += 23 + len(frame.role.value) + len(frame.dimension.value)  # role and dimension
        n += 11 + len(frame.entity) if frame.entity else 0
        n += 12 + len(frame.measure) if frame.measure else 0
    return n


_worker_lexicon: list[Lexicon] = []  # the lexicon of a worker process (`_start_worker`)


def _start_worker(lexicon: Lexicon) -> None:
    """Set up a worker process of `Project.extracted`."""
    _worker_lexicon[:] = [lexicon]


def _figures_of(source: Source) -> kept.Dumped | InputError:
    """`quantities_of` in a worker process, as `kept.dump` gives them (what the cache keeps;
    sent and read back in less than half the time of the records pickled); a source with too
    many figures gives its error (raised where the caller asks for its index, as without
    workers)."""
    try:
        lexicon = _worker_lexicon[0] if _worker_lexicon else load_lexicon()
        return kept.dump(quantities_of(source, lexicon))
    except InputError as exc:
        return exc


def open_project(
    start: Path | None = None,
    config: Config | None = None,
    *,
    read_sources: bool = True,
    use_cache: bool | None = None,
    claims_required: bool = False,
    go_on: bool = False,
) -> Project:
    """Find the config from ``start`` upwards, then load sources and registry.

    ``read_sources=False`` reads a source's text only when it is asked for; ``use_cache``
    (default: the config's ``cache``) reads unchanged files back from ``.claimcheck-cache/``;
    ``claims_required``: a missing claims folder is an error rather than an empty registry;
    ``go_on``: a source or registry file that cannot be used is left out and kept in
    `Project.problems` rather than raised.
    """
    cfg = config or config_mod.find(start)
    if not cfg.sources.is_dir():
        raise cfg.folder_error("sources")
    if claims_required and not cfg.claims.exists():
        raise cfg.folder_error("claims")
    return _open(cfg, read_sources, use_cache, [] if go_on else None)


def _open(
    cfg: Config, read_sources: bool, use_cache: bool | None, problems: list[InputError] | None
) -> Project:
    cached = cfg.cache if use_cache is None else use_cache
    on_error = problems.append if problems is not None else None
    if read_sources:
        sources = load_sources(cfg.sources, cfg.root, cfg.max_file_size, on_error)
        catalog = [
            SourceEntry(s.id, str(cfg.root / s.path), s.path, cfg.max_file_size, s.published)
            for s in sources
        ]
        loaded = {s.id: s for s in sources}
        source_cache = None
    else:
        source_cache = FileCache.open(cfg.root, "sources") if cached else None
        catalog = scan(cfg.sources, cfg.root, source_cache, cfg.max_file_size, on_error)
        if source_cache is not None:
            source_cache.save()
        loaded = {}
    claims_cache = FileCache.open(cfg.root, "registry", CLAIM_FIELDS) if cached else None
    registry = registry_io.load(
        cfg.claims, [s.id for s in catalog], cfg.root, claims_cache, on_error
    )
    fingerprint = None
    if claims_cache is not None:
        claims_cache.save()
        if source_cache is not None:
            fingerprint = digest(claims_cache.state() + source_cache.state())
    if problems:
        fingerprint = None  # what was left out is in no digest: build the index afresh
    lexicon = load_lexicon()
    _check_units(registry, lexicon)
    return Project(
        cfg, catalog, registry, lexicon, loaded, fingerprint=fingerprint, problems=problems,
        cached=cached, registry_digests=claims_cache.digests() if claims_cache else {},
    )  # fmt: skip


def _check_units(registry: Registry, lexicon: Lexicon) -> None:
    """A `RegistryError` for a claim whose unit the extractor would never write (a person's
    ``unit: bananas``): its figure could never agree with a draft's, silently."""
    known: dict[str, bool] = {}
    for claim in registry.all():
        unit = claim.unit
        if unit is None:
            continue
        ok = known.get(unit)
        if ok is None:
            ok = known[unit] = lexicon.knows_unit(unit)
        if not ok:
            raise RegistryError(
                f"field 'unit' names no unit claimcheck knows: {unit!r} (units are written as the "
                "extractor writes them: percent, USD, square_kilometre, USD_per_share...)",
                claim.file, claim.file_line,
            )  # fmt: skip
