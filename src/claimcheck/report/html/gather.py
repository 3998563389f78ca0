"""What the HTML report shows, gathered from the stages: `build` returns a `Page`.

It opens the project as ``check`` does (a source is read only when its metadata or text is
shown), runs the compare stage for the conflicts (settled ones included), charts the measures,
and judges the drafts given with the draft gate. Nothing is written; the page is rendered by
`claimcheck.report.html.render`.

A page stays readable and small however large the project (100,000 claims make a page of a few
megabytes): past `SOURCES` sources, `FULL` conflicts with passages, `BRIEF` more as one line
each and `CHARTS` charts, the rest is counted, not shown, and the page says so at the top
(`Page.limits`), naming the command that lists everything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from claimcheck.check.gate import CheckRun, Finding, judge_drafts, read_drafts
from claimcheck.compare import project_conflicts
from claimcheck.model import STATUSES, Claim, Conflict, ConflictReport, Kind, Severity, Verdict
from claimcheck.project import Project, open_project
from claimcheck.report import plural, today
from claimcheck.report.context import front_matter
from claimcheck.report.html import chart, drafts
from claimcheck.report.html.page import ConflictView, DraftView, Page, Side, SourceRow, Standing
from claimcheck.sources import Source
from claimcheck.sources.catalog import SourceEntry

SOURCES = 1_000  # sources listed
FULL = 200  # conflicts shown with their passages
BRIEF = 2_000  # further conflicts, one line each
CHARTS = 40  # measures charted
SIDES = 6  # claims of one conflict shown side by side
WINDOW = 160  # characters of a conflict's passage either side of its figure
DISPUTES = (Kind.value, Kind.scale)  # conflicts that say two sources give different figures


class Sources:
    """The project's sources by id, each read once, when its metadata is first shown."""

    def __init__(self, catalog: Sequence[SourceEntry]) -> None:
        self.entries = {e.id: e for e in catalog}
        self.read: dict[str, Source] = {}

    def get(self, source_id: str) -> Source | None:
        if source_id not in self.read and source_id in self.entries:
            self.read[source_id] = self.entries[source_id].read()
        return self.read.get(source_id)

    def title(self, source_id: str) -> str | None:
        found = self.get(source_id)
        return found.title if found else None


def _web(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


def source_rows(project: Project, sources: Sources) -> tuple[SourceRow, ...]:
    """The first `SOURCES` sources by id, with their claims counted by status."""
    rows = []
    for entry in project.catalog[:SOURCES]:
        claims = project.registry.claims.get(entry.id, [])
        counts = Counter(c.status for c in claims)
        s = sources.get(entry.id)
        title, publisher, published, url = (
            (s.title, s.publisher, s.published, _web(s.url)) if s else (None,) * 4
        )
        rows.append(SourceRow(entry.id, entry.display, title, publisher, published, url, len(claims),
                              tuple((k, counts[k]) for k in STATUSES), sum(1 for c in claims if c.orphaned)))  # fmt: skip
    return tuple(rows)


def side(claim: Claim, sources: Sources) -> Side:
    """A claim of a conflict, its passage cut around the figure."""
    quote = " ".join(claim.quote.split())
    at = quote.find(claim.text)
    period = f", {claim.period}" if claim.period else ""
    figure = f"{claim.text}{period}"
    if at < 0:
        before, text, after = quote[: 2 * WINDOW], "", ""
    else:
        lo, hi = max(0, at - WINDOW), min(len(quote), at + len(claim.text) + WINDOW)
        before = ("…" if lo else "") + quote[lo:at]
        text, after = (
            claim.text,
            quote[at + len(claim.text) : hi] + ("…" if hi < len(quote) else ""),
        )
    return Side(
        claim.id, claim.source, sources.title(claim.source), claim.line, figure, before, text, after
    )


def sides_of(c: Conflict) -> list[Claim]:
    """The claims shown side by side: one per figure first (a dispute among hundreds of sources
    shows its different figures, not the first source's many repeats), `SIDES` at most."""
    first: list[Claim] = []
    rest: list[Claim] = []
    seen: set[str] = set()
    for x in c.claims:
        (rest if x.text in seen else first).append(x)
        seen.add(x.text)
    return (first + rest)[:SIDES]


def conflict_view(c: Conflict, sources: Sources | None) -> ConflictView:
    """A conflict for the page; with ``sources``, its claims' passages too."""
    s = c.settlement
    subject = " · ".join(x for x in (c.subject, c.metric) if x) or "?"
    sides = tuple(side(x, sources) for x in sides_of(c)) if sources else ()
    return ConflictView(c.id, str(c.kind), str(c.severity), subject, c.message, c.settled, s.note if s else None,
                        s.trust if s else None, sides, len(c.claims) - len(sides) if sources else 0)  # fmt: skip


def standing(report: ConflictReport) -> dict[str, Standing]:
    """Each claim in a value or scale conflict: disputed while one is unsettled, else settled."""
    out: dict[str, Standing] = {}
    for c in report.conflicts:
        if c.kind not in DISPUTES:
            continue
        for x in c.claims:
            if not c.settled:
                out[x.id] = Standing.disputed
            else:
                out.setdefault(x.id, Standing.settled)
    return out


def _shown(report: ConflictReport) -> list[Conflict]:
    """Unsettled conflicts first, the gravest first; then settled ones (stable within each)."""
    return sorted(report.conflicts, key=lambda c: (c.settled, -Severity(c.severity).rank))


def _counts(report: ConflictReport) -> tuple[tuple[str, str, int, int], ...]:
    rows = []
    for kind in Kind:
        here = [c for c in report.conflicts if c.kind is kind]
        if here:
            unsettled = sum(1 for c in here if not c.settled)
            rows.append((str(kind), str(here[0].severity), unsettled, len(here) - unsettled))
    return tuple(rows)


def draft_views(checked: CheckRun, sources: Sources) -> tuple[DraftView, ...]:
    """Every draft with its numbers marked."""
    by_path: dict[str, list[Finding]] = {}
    for f in checked.result.findings:
        by_path.setdefault(f.path, []).append(f)
    views = []
    for n, d in enumerate(checked.drafts, 1):
        title = front_matter(d).get("title")
        views.append(
            drafts.view(n, d, str(title) if title else None, by_path.get(d.path, []), sources.title)
        )
    return tuple(views)


def _limits(
    page_sources: int, total_sources: int, conflicts: int, charts: int, measures: int
) -> tuple[str, ...]:
    out = []
    if total_sources > page_sources:
        out.append(
            f"Sources: the first {page_sources:,} of {total_sources:,} are listed (claimcheck sources lists all)."
        )
    if conflicts > FULL:
        brief = min(BRIEF, conflicts - FULL)
        out.append(f"Conflicts: {FULL:,} of {conflicts:,} are shown with their passages (unsettled first, the "
                   f"gravest first), {brief:,} more as one line each, and the rest only counted "
                   "(claimcheck conflicts --all --format json lists all).")  # fmt: skip
    if measures > charts:
        out.append(f"Measures: {charts:,} of the {measures:,} with two figures or more are charted (disputed "
                   "ones first, then those with the most sources).")  # fmt: skip
    return tuple(out)


def build(
    paths: Sequence[str] = (),
    project_dir: Path | None = None,
    use_cache: bool | None = None,
    stdin_filename: str | None = None,
    output: Path | None = None,
) -> Page:
    """The report of the project found from ``project_dir``, with the drafts in ``paths``
    (``output``: the file the page will be written to, refused when it is an input)."""
    drafts_read = tuple(read_drafts(paths, stdin_filename)) if paths else ()
    project = open_project(
        project_dir, read_sources=False, use_cache=use_cache, claims_required=True
    )
    project.refuse_output(output, [d.path for d in drafts_read])
    checked = (
        CheckRun(judge_drafts(drafts_read, project), drafts_read, project) if drafts_read else None
    )
    report = project_conflicts(project)
    sources = Sources(project.catalog)
    ordered = _shown(report)
    claims = project.registry.all()
    charts, measures = chart.charts(claims, standing(report), CHARTS)
    rows = source_rows(project, sources)
    publisher = project.config.publisher
    statuses = Counter(c.status for c in claims)
    return Page(
        title=f"claimcheck report: {project.config.root.name}", generated=today().isoformat(),
        publisher=(publisher.name, publisher.url) if publisher else None, claims=len(claims),
        statuses=tuple((k, statuses[k]) for k in STATUSES), sources=rows, source_count=len(project.catalog),
        conflicts=tuple(conflict_view(c, sources) for c in ordered[:FULL]),
        brief=tuple(conflict_view(c, None) for c in ordered[FULL : FULL + BRIEF]),
        conflict_count=len(report.conflicts), conflict_counts=_counts(report), charts=charts, measure_count=measures,
        drafts=draft_views(checked, sources) if checked else (), suppressed=checked.result.suppressed if checked else 0,
        limits=_limits(len(rows), len(project.catalog), len(report.conflicts), len(charts), measures),
        failed=report.failed or bool(checked and checked.result.failed),
    )  # fmt: skip


def summary(page: Page) -> str:
    """One line for stderr: what the page shows."""
    unsettled = sum(u for _, _, u, _ in page.conflict_counts)
    numbers: Counter[str] = Counter()
    for d in page.drafts:
        numbers.update(dict(d.counts))
    checked = ", ".join(f"{numbers[v.value]} {v.value}" for v in Verdict)
    drafts_part = f"; {plural(len(page.drafts), 'draft')}: {checked}" if page.drafts else ""
    return (f"report: {plural(page.source_count, 'source')}, {plural(page.claims, 'claim')}, "
            f"{plural(page.conflict_count, 'conflict')} ({unsettled} unsettled), "
            f"{plural(len(page.charts), 'chart')}{drafts_part}")  # fmt: skip
