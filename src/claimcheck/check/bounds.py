"""Bounds in the verdicts: how far a bound ("more than 500", "at least 288", "fewer than 40")
speaks for an exact figure, and when a strict bound rules out an exact one.

- A writer bounds a figure near it: a bound speaks of the figures within `EDGE` of its edge
  ("more than 300" of 329; "at least 288 killed" of 290), not of those deep inside it
  ("fewer than 40 stores" for 18 new shops).
- A figure past the edge but within `FAR` of it is one a writer might still have bounded so
  ("more than 1 million" for 1.4 million): neither supported nor contradicted; farther ("at
  least 288" for 828), the bound disagrees.
- A strict bound rules out its own edge: "fewer than 40" is not 40.
"""

from __future__ import annotations

from claimcheck.tolerance import Figure

FAR = 2.0  # how far past a bound's edge a writer may still have bounded a figure
EDGE = 0.25  # how far from a bound's edge a weakly matched figure may lie and still support it
BOUNDS = frozenset({">", "<", ">=", "<="})
SLIP = 10.0  # a draft's bound this many times its source's figure is a slip, no bound of it


def loose(figure: Figure, bound: Figure, near: frozenset[str] = frozenset()) -> bool | None:
    """For an exact draft figure and a source's bound that holds it: True when the figure lies
    too far from the edge for the bound to speak of it but not so far that a writer could not
    have bounded it so (within `FAR`: "more than 1 million" for 1.4 million: neither support
    nor contradiction); False beyond ("at least 288" for 828); None when not such a pair. A
    hedge in ``near`` is no loose bound: "nearly one in three" is just under a third, which
    one in five is not."""
    if figure.qualifier not in ("=", "~") or bound.qualifier not in BOUNDS:
        return None
    if bound.hedge and bound.hedge.lower() in near:
        return None
    f, b = figure.normalised().value, bound.normalised().value
    if f is None or b is None or b == 0 or f == 0:
        return None
    ratio = f / b if bound.qualifier in (">", ">=") else b / f
    if ratio < 1:
        return None  # outside the bound: "1,200 structures" against "more than 12,000"
    return ratio <= FAR


def near_edge(bound: Figure, figure: Figure) -> bool:
    """True when ``figure`` lies within `EDGE` of a bound's edge: "more than 300" for 329, not
    "fewer than 40" for 18 (a writer rounds to the nearest round edge)."""
    b, f = bound.normalised().value, figure.normalised().value
    return b is not None and f is not None and b != 0 and abs(f - b) <= EDGE * abs(b)


def bound_excludes(draft: Figure, source: Figure, near: frozenset[str]) -> bool:
    """True when a draft's strict bound rules out the source's exact figure: "fewer than 40"
    against exactly 40, "more than 500" against 500; a hedge in ``near`` (the lexicon's
    near_qualifiers: "nearly 40") is loose, never strict."""
    if (
        source.qualifier != "="
        or source.value is None
        or draft.value is None
        or draft.unit != source.unit
    ):
        return False
    if draft.hedge and draft.hedge.lower() in near:
        return False
    if draft.qualifier == ">":
        return not source.value > draft.value
    if draft.qualifier == "<":
        return not source.value < draft.value
    return False


def edges_compared(figure: Figure, theirs: Figure) -> bool:
    """True when two bounds are compared by their edges alone: two caps ("up to 13 years",
    "up to 30 years" state a maximum each), or two floors of which the draft's is the higher
    ("at least 61 dead" is not said by "at least 16"; "at least 10" is)."""
    if figure.qualifier == "<=" and theirs.qualifier == "<=":
        return True
    floors = (">=", ">")
    return (
        figure.qualifier in floors
        and theirs.qualifier in floors
        and figure.value is not None
        and theirs.value is not None
        and figure.value > theirs.value
    )


def bound_far(draft: Figure, source: Figure, near: frozenset[str] = frozenset()) -> bool:
    """True when a draft's bound lies `SLIP` times or more past the source's figure ("as much as
    HK$11.8bn" for HK$1.18 billion, "more than 2,000" for 150): it holds the figure only as a
    slip of scale would, and speaks of another. A hedge in ``near`` is no loose bound
    ("nearly 9,000" is just under 9,000, which about 900 contradicts)."""
    if draft.qualifier not in BOUNDS or (draft.hedge and draft.hedge.lower() in near):
        return False
    d, s = draft.normalised(), source.normalised()
    upper = draft.qualifier in ("<", "<=")
    edge = (s.high if upper else s.low) if s.value is None else s.value
    if d.value is None or edge is None or d.value <= 0 or edge <= 0:
        return False
    return (d.value / edge if upper else edge / d.value) >= SLIP
