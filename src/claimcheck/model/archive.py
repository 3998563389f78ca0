"""Archive notes: figures of the archive index that disagree with a draft figure of the same
frame (``check --archive``), as a finding carries them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ArchiveFigure:
    """A figure of the archive: where it stands (source id, file, line, column), as written,
    its reading, and its passage."""

    source: str
    path: str
    line: int
    column: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    period: str | None
    passage: str

    def record(self) -> dict[str, Any]:
        """The figure as the JSON contracts lay it out (``quote`` is its passage)."""
        return {
            "source": self.source, "path": self.path, "line": self.line, "column": self.column,
            "text": self.text, "value": self.value, "low": self.low, "high": self.high,
            "unit": self.unit, "period": self.period, "quote": self.passage,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class ArchiveNote:
    """The archive figures that disagree with one draft figure: how many, and the first few."""

    count: int
    figures: tuple[ArchiveFigure, ...]
