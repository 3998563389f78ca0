"""The draft gate: every number of every draft, judged against the registry and the sources.

Contract: `check_paths(paths, ...)` reads the drafts (files, folders walked for ``.md``,
``.markdown`` and ``.txt``, ``-`` for standard input), keeps their prose
(`claimcheck.check.markdown`), extracts the quantities (years, dates and ordinals are never
judged), matches each to candidates (`claimcheck.check.match`), judges it
(`claimcheck.check.verdict`), drops what an editor suppressed (`claimcheck.check.suppress`),
and returns a `CheckReport`. Input problems raise `InputError`, bad options `UsageError`.

A ``.txt`` draft is plain text; any other draft is Markdown, but for HTML (``.html``, ``.htm``,
``.xhtml``), a usage error: read as Markdown, a page would give no numbers and pass. A draft
named twice is read once. A draft's own front matter may give ``published`` (to resolve "last
year"; checked as a source's is); it is never prose.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.check.candidates import Candidate, figure_sentence
from claimcheck.check.decide import decide
from claimcheck.check.draft_text import mentions_of
from claimcheck.check.markdown import prose
from claimcheck.check.match import CandidateIndex
from claimcheck.check.query import opens_with_pronoun
from claimcheck.check.suppress import Suppressions
from claimcheck.check.verdict import Judgement, Verdict, where
from claimcheck.check.visible import visible
from claimcheck.errors import InputError, UsageError
from claimcheck.extract import FRAMED_PER_SENTENCE, sentences
from claimcheck.io import files
from claimcheck.io.paths import STDIN, expand
from claimcheck.lexicon import Lexicon
from claimcheck.model import ArchiveNote, Frame, Period, Quantity
from claimcheck.sources.frontmatter import checked_published, split
from claimcheck.tolerance import Figure, figure_of_mention

if TYPE_CHECKING:  # the project is loaded inside run_check, for a fast start
    from claimcheck.project import Project
    from claimcheck.sources import Source

DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
# Formats read as Markdown would lose all their text (an HTML page is one HTML block, which is
# not prose), so that a draft in them would silently pass: they are a usage error instead.
UNSUPPORTED_SUFFIXES = (".html", ".htm", ".xhtml")
EXPLAINED = 5  # candidates turned down that a finding keeps, for --explain
# said of a figure whose frame was not read (past the figures a sentence has framed)
UNFRAMED = (
    f" (its sentence has over {FRAMED_PER_SENTENCE} figures: what this one measures was not read)"
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One draft number, its verdict, and what it was judged against."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    value: float | None
    unit: str | None
    verdict: Verdict
    claim: str | None
    source: str | None
    expected: str | None
    evidence: str | None
    message: str
    line_text: str
    match: str = ""  # why the candidate judged against matched ("same measure: gdp; ...")
    frame: Frame | None = None  # the draft figure's frame
    rejected: tuple[tuple[str, str], ...] = ()  # candidates turned down: (what, why), for --explain
    period: Period | None = None  # the draft figure's period
    figure: Figure | None = None  # the draft figure as written (value, range, hedge, precision)
    direction: str | None = None  # up, down
    archive: ArchiveNote | None = None  # archive figures that disagree (check --archive)


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Findings of all drafts (in file order), with the verdicts that fail the gate."""

    files: tuple[str, ...]
    findings: tuple[Finding, ...]
    suppressed: int
    fail_on: tuple[Verdict, ...]
    archive_fails: bool = False  # an archive figure that disagrees fails the gate (archive.fail)

    def count(self, verdict: Verdict) -> int:
        """How many findings have this verdict."""
        return sum(1 for f in self.findings if f.verdict is verdict)

    @property
    def summary(self) -> dict[str, int]:
        """Count per verdict, every verdict listed."""
        return {v.value: self.count(v) for v in Verdict}

    @property
    def archive_disputed(self) -> int:
        """Findings that archive figures of the same frame disagree with (check --archive)."""
        return sum(1 for f in self.findings if f.archive is not None and f.archive.count)

    @property
    def failed(self) -> bool:
        """True when a finding's verdict fails the gate, or (archive.fail) the archive disputes one."""
        if self.archive_fails and self.archive_disputed:
            return True
        return any(f.verdict in self.fail_on for f in self.findings)


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft to check: display path, text, and whether it is Markdown."""

    path: str
    text: str
    markdown: bool


def parse_fail_on(values: Iterable[str]) -> tuple[Verdict, ...]:
    """Verdicts from ``--fail-on`` values (repeated or comma-separated; ``none`` for none).

    An empty value is a usage error, not "no verdicts": an unset CI variable
    (``--fail-on "$FAIL_ON"``) must not switch the gate off; ``none`` says so explicitly.
    """
    out: list[Verdict] = []
    choices = ", ".join(v.value for v in Verdict)
    for raw in values:
        if not str(raw).replace(",", "").strip():
            raise UsageError(f"--fail-on is empty; choose from {choices} or none (never fail)")
        for part in str(raw).split(","):
            name = part.strip().lower()
            if not name or name == "none":
                continue
            try:
                verdict = Verdict(name)
            except ValueError:
                raise UsageError(
                    f"unknown verdict {name!r} for --fail-on; choose from {choices} or none"
                ) from None
            if verdict not in out:
                out.append(verdict)
    return tuple(out)


def read_drafts(
    paths: Sequence[str], stdin_filename: str | None = None, limit: int = files.MAX_BYTES
) -> list[Draft]:
    """The drafts named on the command line, folders walked, in order.

    A draft named twice (``- -``, a path repeated, a file inside a folder also given) is read
    and reported once, where it is first named.
    """
    if not paths:
        raise UsageError("no drafts given")
    drafts = []
    for raw in expand(paths, DRAFT_SUFFIXES):
        if raw == STDIN:
            name = stdin_filename or "<stdin>"
            _supported(Path(name), name)
            drafts.append(
                Draft(name, files.read_stdin(name, "a draft", limit), not name.endswith(".txt"))
            )
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or folder", raw)
        _supported(path, raw)
        drafts.append(_read(path, raw, limit))
    return drafts


def _supported(path: Path, display: str) -> None:
    """A `UsageError` for a draft in a format `check` cannot read (its numbers would be lost)."""
    kind = path.suffix.lower()
    if kind in UNSUPPORTED_SUFFIXES:
        raise UsageError(
            f"cannot check a {kind} draft: drafts are Markdown (.md, .markdown) or plain text (.txt)",
            display,
        )


def _read(path: Path, display: str, limit: int) -> Draft:
    text = files.decode(files.read_bytes(path, display, limit=limit), display, "a draft")
    return Draft(display, text, path.suffix.lower() != ".txt")


def check_drafts(
    drafts: Sequence[Draft],
    index: CandidateIndex,
    lexicon: Lexicon,
    fail_on: Sequence[Verdict],
    allow: Sequence[str] = (),
) -> CheckReport:
    """Judge every quantity of every draft against the index."""
    findings: list[Finding] = []
    suppressed = 0
    for draft in drafts:
        meta, _, _ = split(draft.text, draft.path)
        published = checked_published(meta, draft.text, draft.path)
        regions = prose(draft.text, markdown=draft.markdown)
        if regions.unclosed is not None:
            raise InputError("an HTML comment that never ends ('-->' missing) hides the rest of the draft",
                             draft.path, regions.unclosed)  # fmt: skip
        lines = draft.text.splitlines()
        hush = Suppressions.of(regions.comments, lines, allow, draft.path)
        shown = visible(regions.text, regions.edits)
        mentions = mentions_of(
            regions.text, draft.text, shown, published, lexicon, index.entity_names
        )
        segments: list[sentences.Segment] | None = None  # split only for a sentence that needs it
        in_sentence: dict[int, int] = {}  # quantities so far, by sentence start
        siblings = _by_sentence(mentions)
        for m in mentions:
            if not isinstance(m, Quantity):
                continue
            in_sentence[m.sentence_start] = nth = in_sentence.get(m.sentence_start, 0) + 1
            span = m.span
            if hush.hides(span.line, m.text, span.column, span.end_column):
                suppressed += 1
                continue
            before = ""
            if opens_with_pronoun(m.sentence, index.words):
                segments = segments if segments is not None else sentences.split(regions.text)
                before = _before(regions.text, segments, m.sentence_start)
            # its sentence's quantities, itself skipped by decide (not copied for each figure)
            others = siblings.get(m.sentence_start, ())
            j, match, rejected = decide(m, index, lexicon, before, others)
            findings.append(_finding(draft.path, m, j, match, rejected, lines, nth))
    return CheckReport(tuple(d.path for d in drafts), tuple(findings), suppressed, tuple(fail_on))


def _by_sentence(mentions: Sequence[object]) -> dict[int, list[Quantity]]:
    """The quantities of a draft by the start of their sentence."""
    out: dict[int, list[Quantity]] = {}
    for m in mentions:
        if isinstance(m, Quantity):
            out.setdefault(m.sentence_start, []).append(m)
    return out


def _finding(
    path: str,
    m: Quantity,
    j: Judgement,
    match: str,
    rejected: list[tuple[Candidate, str]],
    lines: list[str],
    nth: int,
) -> Finding:
    """The finding on draft quantity ``m`` (the ``nth`` of its sentence) judged ``j``."""
    c, span = j.against, m.span
    return Finding(
        path=path,
        line=span.line,
        column=span.column,
        end_line=span.end_line,
        end_column=span.end_column,
        text=m.text,
        value=m.value,
        unit=m.unit,
        verdict=j.verdict,
        claim=c.claim if c else None,
        source=c.source if c else None,
        expected=c.text if c else None,
        evidence=figure_sentence(c.quote, c.text) if c else None,
        message=j.message + (UNFRAMED if nth > FRAMED_PER_SENTENCE else ""),
        line_text=lines[span.line - 1] if span.line <= len(lines) else "",
        match=match,
        frame=m.frame,
        rejected=tuple((f"{r.text} ({where(r)})", why) for r, why in rejected[:EXPLAINED]),
        period=m.period,
        figure=figure_of_mention(m),
        direction=m.direction,
    )


@dataclass(frozen=True)
class CheckRun:
    """A check run: its verdicts, the drafts they are about, and the project judged against
    (reports that cite drafts and sources, such as ClaimReview and the HTML page, need them)."""

    result: CheckReport
    drafts: tuple[Draft, ...]
    project: Project = field(compare=False)

    def draft(self, path: str) -> Draft | None:
        """The draft shown as ``path``."""
        return next((d for d in self.drafts if d.path == path), None)

    def lines(self, path: str) -> list[str]:
        """The lines of the draft shown as ``path`` (empty when there is none)."""
        found = self.draft(path)
        return found.text.splitlines() if found else []

    def source(self, source_id: str | None) -> Source | None:
        """The source with this id, read when first asked for (None for no id or no source)."""
        return self.project.source(source_id) if source_id else None

    @property
    def problems(self) -> tuple[InputError, ...]:
        """The source and registry files left out of the run, each a one-line error."""
        return tuple(self.project.problems or ())


def check_paths(
    paths: Sequence[str],
    project_dir: Path | None = None,
    fail_on: Sequence[str] | None = None,
    stdin_filename: str | None = None,
    use_cache: bool | None = None,
    output: Path | None = None,
    limit: int = files.MAX_BYTES,
) -> CheckReport:
    """The core of ``claimcheck check``: the verdicts of `run_check`."""
    return run_check(paths, project_dir, fail_on, stdin_filename, use_cache, output, limit).result


def run_check(
    paths: Sequence[str],
    project_dir: Path | None = None,
    fail_on: Sequence[str] | None = None,
    stdin_filename: str | None = None,
    use_cache: bool | None = None,
    output: Path | None = None,
    limit: int = files.MAX_BYTES,
) -> CheckRun:
    """Load the project, read the drafts, judge them.

    A source or registry file that cannot be used is left out and kept in the run's
    `CheckRun.problems` (the drafts are judged against what loads; the CLI reports each and
    exits 2 after the report).
    Sources are read only when a candidate needs their text; ``use_cache`` (default: the
    config's ``cache``) reads unchanged registry files back from the project's cache.
    ``output``, the file the report will be written to, is refused before any work when it is
    a draft, the config, or inside the sources or claims folder (`Project.refuse_output`).
    ``limit``: the largest draft read, in bytes (sources: the config's ``max_file_size``).
    """
    from claimcheck.project import open_project

    verdicts = parse_fail_on(fail_on) if fail_on is not None else None
    drafts = tuple(read_drafts(paths, stdin_filename, limit))
    project = open_project(
        project_dir, read_sources=False, use_cache=use_cache, claims_required=True, go_on=True
    )
    project.refuse_output(output, [d.path for d in drafts])
    return CheckRun(judge_drafts(drafts, project, verdicts), drafts, project)


def judge_drafts(
    drafts: Sequence[Draft], project: Project, fail_on: Sequence[Verdict] | None = None
) -> CheckReport:
    """Judge ``drafts`` against ``project`` (``fail_on`` default: the config's ``check.fail_on``)."""
    from claimcheck.check.stored import candidate_index

    chosen = (
        tuple(fail_on)
        if fail_on is not None
        else tuple(Verdict(v) for v in project.config.check_fail_on)
    )
    return check_drafts(
        drafts, candidate_index(project), project.lexicon, chosen, project.config.allow
    )


def _before(text: str, segments: list[sentences.Segment], start: int) -> str:
    """The sentence before the one starting at ``start``, in the same paragraph ("" if none)."""
    i = bisect.bisect_right(segments, start, key=lambda seg: seg.start) - 1
    if i <= 0 or segments[i - 1].paragraph != segments[i].paragraph:
        return ""
    return text[segments[i - 1].start : segments[i - 1].end]
