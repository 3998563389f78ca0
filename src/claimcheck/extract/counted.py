"""What a count counts: the measure right after it, its counted noun, or a kind it became.

"1,200 part-time workers" counts employment (a measure phrase right after the figure); "14
clean sheets" its noun; "200 Little Giant Enterprises" a named kind, kept by its name (no mere
companies); "197 companies became National High-tech Enterprises" the kind they became. Part
of the frame reader (`claimcheck.extract.frames`), kept apart to keep that module short.
"""

from __future__ import annotations

import re

from claimcheck.extract.frame_parts import fold_noun
from claimcheck.extract.frame_sentence import Place
from claimcheck.framelex import FrameLexicon

# after a count and its noun, a kind they became: "197 companies became National ..."
BECAME = re.compile(
    r"\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:become|became|were\s+(?:named|certified|recognised|recognized)(?:\s+as)?)"
    r"\s+(?:new\s+|a\s+)?"
)
_NEXT_ITEM = re.compile(r",|\s(?:and|or)\s")


def counted_measure(
    flex: FrameLexicon,
    low: str,
    around: tuple[list[Place], list[Place]],
    span: tuple[int, int],
    lo: int,
    noun: str | None,
    headline: bool = False,
) -> tuple[Place | None, str | None]:
    """The measure phrase chosen (if any) and the measure of the count at ``low[span]``
    (``headline``: in a Title Case sentence):
    ``around`` holds the measure phrases (and verbs) before it and those after it in its
    clause, which starts at ``lo`` (before the next item: "700,000 NEVs and an automotive
    output value of")."""
    (before, after), (at, to) = around, span
    words = noun.split() if noun else []
    named = len(words) > 1 and all(w[0].isupper() for w in words)
    # a counted noun of its own keeps the measures after it out: "22 stations to the city's
    # rail network" count stations ("1,200 part-time workers": the noun is the measure; "42,200
    # measles cases": a measure right after it ends the noun)
    noun_end = to + 25
    if noun and noun.lower() not in flex.generic_nouns:
        found = low.find(noun.lower(), to, to + 40)
        noun_end = found + len(noun) if found >= 0 else noun_end
    near = [
        m for m in after
        if m[0] - to <= 25 and m[0] <= noun_end + 1 and not _NEXT_ITEM.search(low, to, m[0])
        and not named
    ]  # fmt: skip
    # a generic noun is measured by the verb right before it ("killing 57 people"); occasions
    # only by the verb they count ("scored 31 times"), else by nothing ("halted 18 times")
    occasions = noun is not None and noun.lower() == "times"
    if not near and noun and noun.lower() in flex.generic_nouns:
        reach = 2 if occasions else 12
        near = [m for m in sorted(before) if lo <= m[0] and 0 <= at - m[1] <= reach][-1:]
    # "a crowd of 41,288", "Crowd Of 41,288 Sees ..." (in a headline every word is capitalised,
    # a verb too): the measure the figure is "of"; not "a goal of 197 National High-tech
    # Enterprises", which counts what it names
    of = [m for m in before if lo <= m[0] and _OF_FIGURE.fullmatch(low, m[1], at)]
    loose = noun is None or noun.lower() in flex.generic_nouns or headline
    if of and loose and not (noun and flex.measure(noun)):
        return of[-1], of[-1][2]  # (before any measure after it: "watched the decisive win")
    if noun and fold_noun(noun) == noun.lower():
        # a singular noun after a figure is no count of it: "a magnitude 7.5 quake" is a
        # magnitude, named right before the figure
        label = [m for m in before if lo <= m[0] and 0 <= at - m[1] <= 1]
        if label:
            return label[-1], label[-1][2]
    prior = _of_clause(flex, noun, before, lo, at)
    if prior is not None:
        return prior, prior[2]
    if near:
        # the noun's head says what is counted: "12,500 Pinecrest Savings customers"
        head = [m for m in near if m[1] == noun_end]
        return (head or near)[0], (head or near)[0][2]
    if not noun or occasions:
        return None, None
    return None, _own_measure(flex, noun, named)


def _own_measure(flex: FrameLexicon, noun: str, named: bool) -> str:
    """What a counted noun measures: a noun with common modifiers its head's measure."""
    return (
        flex.measure(noun)
        or (None if named else flex.measure(noun.split()[-1]))
        or "count:" + fold_noun(noun)
    )


def _of_clause(
    flex: FrameLexicon, noun: str | None, before: list[Place], lo: int, at: int
) -> Place | None:
    """The measure phrase of the clause before a counting noun ("bankruptcies rose 35.2% to
    8,690 cases": bankruptcies), else None."""
    if not noun or noun.lower() not in flex.counting_nouns:
        return None
    prior = [m for m in before if lo <= m[0] and m[1] <= at]
    return prior[-1] if prior else None


_OF_FIGURE = re.compile(
    r"\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least|just)\s+)?"
)


def became_kind(low: str, names: list[Place], to: int) -> str | None:
    """The named kind a count of things became ("197 companies became National High-tech
    Enterprises": 197 new ones, a change of their count), or None."""
    m = BECAME.match(low, to)
    if m is None:
        return None
    kind = next((n for n in names if n[0] == m.end()), None)
    return None if kind is None else "count:" + fold_noun(kind[2])
