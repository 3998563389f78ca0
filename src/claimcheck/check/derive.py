"""Figures a source states by arithmetic: a sum of two of its figures, or a change between them.

"8 workers and 5 visitors were injured" supports "13 people were injured"; "revenue rose to
$8.6 billion from $7.9 billion" supports "revenue increased by $700 million". Only figures of
one source sentence are combined, and only two at a time, so the work per draft figure stays
proportional to the candidates it retrieved (at most `MAX_PARTS` of one sentence).

Which pairs may be combined (precision first, since a derived figure turns a verdict into
*supported*):

- both parts are in the draft figure's unit and dimension, of one period (or none), which is
  the draft's when it names one;
- a *sum*: both parts are amounts of one measure (or of none named), or the draft counts a
  generic noun (``generic_counts`` of ``data/check.yaml``: "13 people" are 8 workers plus 5
  visitors; "13 workers" are not 8 workers plus 5 passers-by, and "17 appearances" are not
  seven wins plus 10 clean sheets);
- a *change*: the draft figure is a change, and the parts are a level and its previous level
  of one measure ("rose to 8.6 from 7.9");
- a *margin*: the draft figure follows "by" ("back the bond by 1,337 votes"), and the parts
  are two amounts of one measure ("by 6,214 votes to 4,877").

A derived figure is compared with `claimcheck.tolerance.agrees` like any other, its precision
the coarser of its parts'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import combinations

from claimcheck.check.candidates import Candidate
from claimcheck.check.frames import one_measure
from claimcheck.check.verdict import where
from claimcheck.model import Frame, Role
from claimcheck.tolerance import Figure, agrees

MAX_PARTS = 12  # figures of one sentence combined at most (pairs grow with the square)
_AMOUNTS = frozenset({Role.level, Role.counted})
# what an amount is measured against in a margin: its goal, an expectation, its earlier level
_MEASURED_AGAINST = frozenset({Role.target, Role.forecast, Role.previous})


@dataclass(frozen=True, slots=True)
class Derived:
    """A figure derived from two candidates, and how."""

    parts: tuple[Candidate, Candidate]
    how: str  # "sum", "change" or "margin"
    figure: Figure

    @property
    def message(self) -> str:
        a, b = self.parts
        if self.how == "sum":
            said = f"{a.text} and {b.text}, which add up to it"
        elif self.how == "margin":
            said = f"{a.text} and {b.text}, a margin of that size"
        else:
            said = f"{b.text} then {a.text}, a change of that size"
        period = f" for {a.period}" if a.period else ""
        return f"source says {said}{period} ({where(a)})"


def _value(c: Candidate) -> float | None:
    f = c.figure.normalised()
    return f.value if f.low is None and f.high is None else None


def _combined(a: Candidate, b: Candidate, value: float) -> Figure:
    fa, fb = a.figure.normalised(), b.figure.normalised()
    steps = [p for p in (fa.precision, fb.precision) if p is not None]
    loose = fa.qualifier != "=" or fb.qualifier != "="
    return Figure(value, fa.unit, "~" if loose else "=", max(steps) if steps else None)


def _measure(frame: Frame | None) -> str | None:
    return frame.measure if frame else None


def _sum_fits(draft: Frame | None, a: Candidate, b: Candidate, generic: bool) -> bool:
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    # amounts add up to an amount, and changes to a change ("manufacturers added 4,300 jobs,
    # while service firms added 7,900": 12,200 jobs were added)
    kinds = [_AMOUNTS, frozenset({Role.change})]
    if not any(fa.role in k and fb.role in k and (draft is None or draft.role in k) for k in kinds):
        return False
    mine, ma, mb = _measure(draft), _measure(fa), _measure(fb)
    if generic:
        return True  # people: workers and visitors alike
    return ma == mb and one_measure(mine, ma)


def _change_parts(
    draft: Frame | None, a: Candidate, b: Candidate, aimed: bool = False
) -> tuple[Candidate, Candidate] | None:
    """(level, previous) when ``a`` and ``b`` are a level and its previous level (``aimed``:
    or an aim and the one before it, "raised its forecast to $2,900 from $2,600")."""
    if draft is None or draft.role is not Role.change or a.frame is None or b.frame is None:
        return None
    roles = {a.frame.role: a, b.frame.role: b}
    level, previous = roles.get(Role.level), roles.get(Role.previous)
    if level is None and aimed:
        level = roles.get(Role.forecast) or roles.get(Role.target)
    if level is None or previous is None or _measure(level.frame) != _measure(previous.frame):
        return None
    return (level, previous)


def _margin_parts(margin: bool, a: Candidate, b: Candidate) -> tuple[Candidate, Candidate] | None:
    """(a, b) when the draft gives a margin and ``a`` and ``b`` are amounts of one measure, of
    one time, or one of them the goal or the earlier level the other is measured against
    ("some 4.5 million loans below the 2018-19 level", "another 2,000 to reach its goal")."""
    if not margin or a.frame is None or b.frame is None:
        return None
    roles = {a.frame.role, b.frame.role}
    if not roles <= _AMOUNTS | _MEASURED_AGAINST or roles <= _MEASURED_AGAINST:
        return None
    if _measure(a.frame) != _measure(b.frame):
        return None
    return (a, b) if a.period == b.period or roles & _MEASURED_AGAINST else None


def _groups(candidates: Iterable[Candidate], unit: str | None) -> list[list[Candidate]]:
    """Candidates of one source sentence in the draft's unit, by sentence."""
    by_quote: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    seen: set[int] = set()
    for c in candidates:
        if id(c) in seen or c.figure.normalised().unit != unit or _value(c) is None:
            continue
        seen.add(id(c))
        by_quote[(c.source, c.quote)].append(c)
    return [g[:MAX_PARTS] for g in by_quote.values() if len(g) > 1]


def _same_way(direction: str | None, value: float, change: float) -> bool:
    """True when a draft's change (its ``direction``, else the sign of its ``value``) may go
    the way a change of two levels went."""
    way = direction or ("down" if value < 0 else None)
    return way is None or (way == "up") == (change > 0) or change == 0


def derive(
    figure: Figure,
    frame: Frame | None,
    period_ok: Callable[[Candidate], bool],
    candidates: Iterable[Candidate],
    *,
    near: frozenset[str],
    generic: bool = False,
    margin: bool = False,
    direction: str | None = None,
    aimed: bool = False,
) -> Derived | None:
    """The first sum or change of two candidates of one sentence that agrees with ``figure``;
    ``period_ok(candidate)`` says whether a candidate's period may speak for the draft's,
    ``generic`` whether the draft counts a generic noun (people), ``margin`` whether it is
    the margin between two amounts ("by 1,337 votes"), ``direction`` the way the draft's
    change goes ("up", "down"), which a change of two levels must go too; ``aimed`` whether
    the draft speaks of an aim or an expectation, whose move a change may be."""
    mine = figure.normalised()
    if mine.value is None or mine.qualifier in {"<", ">", "<=", ">="}:
        return None
    for group in _groups(candidates, mine.unit):
        for a, b in combinations(group, 2):
            va, vb = _value(a), _value(b)
            assert va is not None and vb is not None  # _groups keeps only single values
            total = _combined(a, b, va + vb)
            if (
                a.period == b.period
                and period_ok(a)
                and _sum_fits(frame, a, b, generic)
                and agrees(mine, total, near=near)
                # a sum lost in the rounding of one part says nothing more than that part
                # ("€1.3 billion" is not €1.3 billion plus the €90 million of it for schools)
                and not agrees(mine, a.figure, near=near)
                and not agrees(mine, b.figure, near=near)
                # a total the sentence states itself is judged as stated ("$155m in North
                # America and $140m overseas for a global total of $295m": the $295m is global)
                and not any(agrees(total, c.figure, near=near) for c in group if c not in (a, b))
            ):
                return Derived((a, b), "sum", total)
            changed = _change_parts(frame, a, b, aimed)
            pair = changed or _margin_parts(margin, a, b)
            if pair is not None and period_ok(pair[0]):
                level, previous = pair
                signed = (_value(level) or 0.0) - (_value(previous) or 0.0)
                if changed and not _same_way(direction, mine.value, signed):
                    continue  # "grew by 30,000" is not said by a fall of 30,000
                diff = abs(signed)
                if agrees(replace(mine, value=abs(mine.value)), _combined(a, b, diff), near=near):
                    how = "change" if changed else "margin"
                    return Derived(pair, how, _combined(a, b, diff))
    return None
