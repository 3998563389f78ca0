"""The records of a figure as it is read: a `Figure` before its unit, the `Item` it becomes.

Records only, importing no reader: every reader (`quantities`, `units`, `money`, `names`...) may
use them without importing another.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Item:
    """A quantity or ordinal as read: built once, complete (a conversion's link and the end cut
    short by a date are set with `dataclasses.replace`)."""

    kind: str
    start: int
    end: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    scale: int = 1
    unit: str | None = None
    qualifier: str = "="
    hedge: str | None = None
    direction: str | None = None
    precision: Decimal | None = None
    noun: str | None = None
    is_from: bool = False
    is_to: bool = False
    conversion_of: int | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as read before its unit: where it starts, its value as written (before its
    scale), precision and scale, the unit read so far (a currency symbol before it, "fraction"),
    and a range's low end."""

    start: int
    value: Decimal
    precision: Decimal | None = None
    scale: int = 1
    unit: str | None = None
    low: Decimal | None = None
