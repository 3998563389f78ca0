"""The records the HTML report is rendered from: everything the page shows, already chosen.

`claimcheck.report.html.gather.build` makes a `Page`; the template only lays it out. Every string here
is plain text from a source, the registry or a draft, escaped by the template (Jinja2 with
autoescaping on), never markup. Numbers for the charts are already SVG coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Standing(StrEnum):
    """How a charted figure stands against the other sources (its mark's colour)."""

    agrees = "agrees"  # in no conflict
    disputed = "disputed"  # in an unsettled value or scale conflict
    settled = "settled"  # in a conflict a person has settled


@dataclass(frozen=True)
class SourceRow:
    """One source of the project, with its claim counts by status."""

    id: str
    path: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None  # only an http(s) address: the page links nothing else
    claims: int
    statuses: tuple[tuple[str, int], ...]  # (status, count), every status listed
    orphaned: int


@dataclass(frozen=True)
class Side:
    """One claim of a conflict: where it stands and its passage, the figure cut out."""

    claim: str
    source: str
    source_title: str | None
    line: int | None
    figure: str  # "7.4 percent (2018-H1)"
    before: str
    text: str  # the figure as written, highlighted
    after: str


@dataclass(frozen=True)
class ConflictView:
    """A conflict with its claims side by side."""

    id: str
    kind: str
    severity: str
    subject: str
    message: str
    settled: bool
    note: str | None
    trust: str | None
    sides: tuple[Side, ...]
    more: int  # claims of the conflict not shown as sides (a dispute of very many sources)


@dataclass(frozen=True)
class Dot:
    """One source's figure on a chart: a mark at (x, y), or a bar from y to y2 for a range."""

    x: float
    y: float
    y2: float | None
    colour: int  # index into the palette, one per source of the chart
    standing: Standing
    label: str  # the tooltip: source, figure, period


@dataclass(frozen=True)
class Tick:
    """An axis label at a position."""

    at: float
    text: str


@dataclass(frozen=True)
class Gap:
    """A line joining different figures for one period: red when the sources dispute them."""

    x: float
    y1: float
    y2: float
    disputed: bool


@dataclass(frozen=True)
class Row:
    """A figure in the table under a chart (the chart read without a mouse)."""

    period: str
    figure: str
    source: str
    claim: str
    standing: Standing


@dataclass(frozen=True)
class Chart:
    """A measure's figures by period: the SVG's parts, its legend and its table."""

    title: str
    unit: str
    width: int
    height: int
    plot: tuple[float, float, float, float]  # the plot area: left, top, right, bottom
    dots: tuple[Dot, ...]
    gaps: tuple[Gap, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    baseline: float | None  # y of zero, when zero is on the axis
    legend: tuple[tuple[int, str], ...]  # (colour, source id), one per colour at most
    unlisted: int  # sources of the chart the legend leaves out (their colours repeat)
    rows: tuple[Row, ...]
    figures: int  # all figures of the measure (the chart may show fewer)
    disputed: bool


@dataclass(frozen=True)
class Note:
    """A checked number of a draft, as a footnote: what it is, its verdict and why."""

    number: int
    anchor: str  # the id the mark links to
    verdict: str
    text: str
    line: int
    column: int
    message: str
    claim: str | None
    source: str | None
    source_title: str | None
    evidence: str | None

    @property
    def title(self) -> str:
        """The mark's tooltip: verdict, reason and the source's passage."""
        said = f" Source passage: “{self.evidence}”" if self.evidence else ""
        return f"{self.verdict}: {self.message}.{said}"


@dataclass(frozen=True)
class Segment:
    """A run of a draft's text, marked when it is a checked number (``note``)."""

    text: str
    note: Note | None = None


@dataclass(frozen=True)
class DraftView:
    """A draft's text with its checked numbers marked, and the footnotes."""

    path: str
    anchor: str
    title: str | None
    segments: tuple[Segment, ...]
    notes: tuple[Note, ...]
    counts: tuple[tuple[str, int], ...]  # (verdict, count), every verdict listed


@dataclass(frozen=True)
class Page:
    """Everything the report shows, and what it left out (``limits``: said on the page)."""

    title: str
    generated: str
    publisher: tuple[str, str] | None  # (name, url)
    claims: int
    statuses: tuple[tuple[str, int], ...]
    sources: tuple[SourceRow, ...]
    source_count: int
    conflicts: tuple[ConflictView, ...]
    brief: tuple[ConflictView, ...]  # further conflicts, one line each (no passages)
    conflict_count: int
    conflict_counts: tuple[tuple[str, str, int, int], ...]  # (kind, severity, unsettled, settled)
    charts: tuple[Chart, ...]
    measure_count: int  # measures with two figures or more (the ones that could be charted)
    drafts: tuple[DraftView, ...]
    suppressed: int  # draft numbers an editor hid (claimcheck: ignore)
    limits: tuple[str, ...]
    failed: bool  # a draft's verdict or an unsettled conflict fails its gate
