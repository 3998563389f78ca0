"""Frames: what a figure measures (whose figure, of what, in which role and dimension)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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


# A frame's fields as every record that carries one names them.
FRAME_FIELDS = ("entity", "measure", "role", "dimension")
# Roles that say how much there is (or was): a level, a count, the level a change came from.
# A share is a level too: what sets "6.98% of the population" apart from a growth rate is its
# measure (``population_share``), not its role.
AMOUNT_ROLES = frozenset({Role.level, Role.counted, Role.previous, Role.share})
_AHEAD = frozenset({Role.target, Role.forecast})
# Dimensions in which a change and a level are alike figures: a growth rate of 6.5% a year
# earlier is the previous figure of this year's 7.4%.
_RATES = frozenset({Dimension.percent, Dimension.points, Dimension.ratio})


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
        return {
            "entity": self.entity,
            "measure": self.measure,
            "role": self.role.value,
            "dimension": self.dimension.value,
        }

    def compatible_role(self, other: Frame) -> bool:
        """True when the two roles can state the same fact: equal roles, or two amounts (a
        level, a count, a previous level); a previous figure also stands for an earlier change
        or share ("7.4%, up from 6.5% a year earlier"), never for a target or forecast, and
        an amount's previous level is no change ("rose to $8.6bn from $7.9bn": $7.9bn is no
        increase), so a previous figure meets a change only as a rate or a share."""
        if self.role is other.role:
            return True
        if self.role in AMOUNT_ROLES and other.role in AMOUNT_ROLES:
            return True
        if self.role in _AHEAD and other.role in _AHEAD:
            return True  # "plans to spend $312m" and "will spend $312m": one figure ahead
        if Role.previous not in (self.role, other.role) or {self.role, other.role} & _AHEAD:
            return False
        return Role.change not in (self.role, other.role) or (
            self.dimension in _RATES and other.dimension in _RATES
        )
