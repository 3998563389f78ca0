"""Records shared by the pipeline stages: spans, periods and mentions.

Every record is a frozen dataclass. A mention keeps the number as written (surface text and
span) beside its normalised reading (value, low/high for ranges, scale, unit, qualifier,
direction, period); variants of a mention are types (`Quantity`, `DateMention`, `Ordinal`), not
flags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar


@dataclass(frozen=True, slots=True)
class Span:
    """Where text stands: 0-based character offsets, and 1-based line/column (end exclusive)."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


_LABEL = re.compile(
    r"^(?P<y>\d{4})(?:-(?:H(?P<h>[12])|Q(?P<q>[1-4])(?:\.\.Q(?P<q2>[1-4]))?|(?P<m>\d\d)(?:\.\.(?P<m2>\d\d))?))?"
    r"(?:\.\.(?P<y2>\d{4})(?:-(?P<m3>\d\d))?)?$"
)


def months_of(label: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last month a period label names (``2018-H1`` and ``2018-01..06`` both
    name January to June 2018), or None for a label of another shape."""
    m = _LABEL.match(label)
    if m is None:
        return None
    year = int(m["y"])
    first, last = (year, 1), (year, 12)
    if m["h"]:
        h = int(m["h"])
        first, last = (year, 6 * h - 5), (year, 6 * h)
    elif m["q"]:
        q, q2 = int(m["q"]), int(m["q2"] or m["q"])
        first, last = (year, 3 * q - 2), (year, 3 * q2)
    elif m["m"]:
        first, last = (year, int(m["m"])), (year, int(m["m2"] or m["m"]))
    if m["y2"]:
        last = (int(m["y2"]), int(m["m3"]) if m["m3"] else 12)
    return first, last


@dataclass(frozen=True, slots=True)
class Period:
    """The time a value refers to: a label such as ``2018-H1`` and its first and last month."""

    label: str
    first: tuple[int, int]
    last: tuple[int, int]

    def overlaps(self, other: Period) -> bool:
        """True when the two periods share at least one month."""
        return self.first <= other.last and other.first <= self.last


class Role(StrEnum):
    """What a figure is in its sentence: the level reached, the change, the level it came from..."""

    level = "level"
    change = "change"
    previous = "previous"
    share = "share"
    target = "target"
    forecast = "forecast"
    rank = "rank"
    counted = "count"  # (not `count`: that is str.count)


class Dimension(StrEnum):
    """What kind of amount a figure is, from its unit."""

    money = "money"
    percent = "percent"
    points = "points"  # percentage points and basis points: a change of a percentage
    ratio = "ratio"  # a multiple ("twice", "3x")
    counted = "count"  # (not `count`: that is str.count)
    length = "length"
    area = "area"
    volume = "volume"
    mass = "mass"
    duration = "duration"
    temperature = "temperature"
    speed = "speed"
    energy = "energy"
    power = "power"
    information = "information"
    rate = "rate"  # a compound unit: money per share, kilograms per square metre
    other = "other"


# Roles that say how much there is (or was): a level, a count, the level a change came from.
# A share is a level too: what sets "6.98% of the population" apart from a growth rate is its
# measure (``population_share``), not its role.
# A frame's fields as every record that carries one names them.
FRAME_FIELDS = ("entity", "measure", "role", "dimension")
AMOUNT_ROLES = frozenset({Role.level, Role.counted, Role.previous, Role.share})
_AHEAD = frozenset({Role.target, Role.forecast})


@dataclass(frozen=True, slots=True)
class Frame:
    """What a figure measures: whose figure (``entity``), of what (``measure``), in which role,
    in which dimension. ``entity`` and ``measure`` are None when the text does not say."""

    entity: str | None
    measure: str | None
    role: Role
    dimension: Dimension

    def record(self) -> dict[str, str | None]:
        """The frame as the JSON contracts lay it out: ``entity``, ``measure``, ``role``,
        ``dimension``, the last two by their values."""
        return {"entity": self.entity, "measure": self.measure, "role": self.role.value, "dimension": self.dimension.value}

    def compatible_role(self, other: Frame) -> bool:
        """True when the two roles can state the same fact: equal roles, or two amounts (a
        level, a count, a previous level); a previous figure also stands for an earlier change
        or share ("7.4%, up from 6.5% a year earlier"), never for a target or forecast."""
        if self.role is other.role:
            return True
        if self.role in AMOUNT_ROLES and other.role in AMOUNT_ROLES:
            return True
        return Role.previous in (self.role, other.role) and not {self.role, other.role} & _AHEAD


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
