"""Mentions: a numeric statement found in text, kept as written (surface text and span) beside
its normalised reading (value, low/high for ranges, scale, unit, qualifier, direction, period,
frame). Variants of a mention are types (`Quantity`, `DateMention`, `Ordinal`), not flags."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from claimcheck.model.frame import Frame
from claimcheck.model.period import Period


@dataclass(frozen=True, slots=True)
class Span:
    """Where text stands: 0-based character offsets, and 1-based line/column (end exclusive)."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A numeric mention found in text (base of the three kinds)."""

    kind: ClassVar[str] = "mention"

    text: str
    span: Span
    value: float | None
    low: float | None = None
    high: float | None = None
    scale: float = 1.0
    unit: str | None = None
    qualifier: str = "="
    hedge: str | None = None
    direction: str | None = None
    period: Period | None = None
    sentence: str = ""
    sentence_start: int = 0
    precision: float | None = None
    noun: str | None = None
    frame: Frame | None = None

    @property
    def is_range(self) -> bool:
        """True when the mention is a range (low and high both set)."""
        return self.low is not None and self.high is not None


@dataclass(frozen=True, slots=True)
class Quantity(Mention):
    """A measured or counted amount: money, a percentage, a count, a physical quantity."""

    kind: ClassVar[str] = "quantity"


@dataclass(frozen=True, slots=True)
class DateMention(Mention):
    """A year, date, or period ("the first half of 2018"); never a quantity."""

    kind: ClassVar[str] = "date"


@dataclass(frozen=True, slots=True)
class Ordinal(Mention):
    """An ordinal ("21st", "the 14th Five-Year Plan", "seventh"); never a quantity."""

    kind: ClassVar[str] = "ordinal"


@dataclass(frozen=True, slots=True)
class Document:
    """A text to read: where it came from, its text, and the line its text starts on."""

    path: str
    text: str
    first_line: int = 1
    published: str | None = None
