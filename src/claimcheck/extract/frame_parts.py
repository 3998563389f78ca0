"""Small pieces of the frame reader: a unit's dimension, a previous figure's frame, a counted
noun as a measure names it. Kept apart from `claimcheck.extract.frames`, which reads a figure's
frame from its sentence with them."""

from __future__ import annotations

import bisect
import re

from claimcheck.framelex import FrameLexicon, singular
from claimcheck.lexicon import Lexicon
from claimcheck.model import Dimension, Frame, Role

_DIMENSIONS = {
    "ratio": Dimension.percent,
    "ratio_change": Dimension.points,
    "multiple": Dimension.ratio,
    "count": Dimension.counted,
    "time": Dimension.duration,
}


# a place right after another figure is that figure's ("40 stores in Scotland and 21 in
# Wales": Scotland is where the 40 are, not whose the 21 are)
PLACE_OF_FIGURE = re.compile(
    r"\d[\d,.]*\s*(?:%|per\s?cent|[a-z]+)?(?:\s+(?!and\b|or\b|but\b|while\b)[a-z-]+){0,3}"
    r"\s+(?:in|at)\s+(?:the\s+)?$"
)
# "11 percent of GDP", "a third of the $725m fund": a part of the measure after "of"
PART_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|total\s+|all\s+)?"
    r"(?:(?:us|hk)?[$€£¥]?\d[\d.,]*\s*(?:[mk]|bn|million|billion|trillion)?\s+)?"
)


def dimension_of(lexicon: Lexicon, unit: str | None) -> Dimension:
    """The dimension of a unit: money, percent, count, length, rate (a compound unit)..."""
    name = lexicon.dimension(unit)
    if "/" in name:
        return Dimension.rate
    if name.startswith("money:"):
        return Dimension.money
    found = _DIMENSIONS.get(name)
    if found is not None:
        return found
    try:
        return Dimension(name)
    except ValueError:
        return Dimension.other


def compared(frame: Frame, before: Frame | None) -> Frame:
    """A previous figure measures what the figure it is compared with measures ("6.98% of the
    population, down from 8.2%": 8.2% is a population share too)."""
    if frame.role is not Role.previous or before is None or before.dimension is not frame.dimension:
        return frame
    if before.role is Role.share:
        # a share's earlier value is the same part's: "4.8 percent of China's total economy,
        # down from 8.5 percent" (China is the whole, not whose share)
        return Frame(before.entity, before.measure or frame.measure, frame.role, frame.dimension)
    return _measured_as(frame, before)


def averaged(frame: Frame, before: Frame | None, earlier: Frame | None) -> Frame:
    """An average over what the count before it counts measures, per one of those, what the
    total before that count measures: in "total attendance reached 1,978,274 across 64 matches,
    an average of 30,911 a game", 30,911 is attendance per match, no number of matches."""
    measure = frame.measure
    if before is None or earlier is None or not measure or not measure.endswith("_per_capita"):
        return frame
    items = measure.removesuffix("_per_capita")
    if (
        before.measure != items
        or before.role is not Role.counted
        or not earlier.measure
        or earlier.measure in (items, measure)
        or earlier.dimension is not frame.dimension
    ):
        return frame
    entity = frame.entity or earlier.entity
    return Frame(entity, earlier.measure + "_per_capita", frame.role, frame.dimension)


def _measured_as(frame: Frame, before: Frame) -> Frame:
    """``frame`` measuring what ``before`` measures, with its entity when it names none."""
    return Frame(
        frame.entity or before.entity, before.measure or frame.measure, frame.role, frame.dimension
    )


def points_of(frame: Frame, before: Frame | None) -> Frame:
    """A change in percentage points measures what the percentage before it in its sentence
    measures ("21.4 percent of the population, 4.7 percentage points higher than in 2010")."""
    if (
        before is None
        or frame.dimension is not Dimension.points
        or before.dimension is not Dimension.percent
        or not before.measure
        or frame.measure == before.measure
    ):
        return frame
    return _measured_as(frame, before)


def pro_form(frame: Frame, before: Frame | None, bare: bool = False) -> Frame:
    """A count of "ones" counts what the figure before it in its sentence counts ("opening 18
    new shops and closing 27 loss-making ones": 27 stores), and so does a ``bare`` count (no
    noun, no unit) right after it ("opened 9 showrooms and closed 12")."""
    if (
        before is None
        or before.dimension is not frame.dimension
        or frame.dimension is not Dimension.counted
        or not before.measure
    ):
        return frame
    measure = frame.measure or ""
    ones = measure.startswith("count:") and measure.split()[-1] in ("one", "ones")
    if not ones and not bare:
        return frame
    return _measured_as(frame, before)


# between a change and the level it reached: "grew 6.8 percent to", "rose 5% in May to"
_CHANGED_TO = re.compile(r"^[^,;:()\d]{0,24}\bto\s+(?:a\s+record\s+|about\s+|around\s+|some\s+)?$")


def reached(frame: Frame, before: Frame | None, between: str) -> Frame:
    """A level the change before it reached measures what the change measures ("Dongyuan grew
    6.8 percent to 486.3 billion yuan": GDP, read from the verb for the change)."""
    if frame.measure or before is None or not before.measure or before.role is not Role.change:
        return frame
    if frame.role is not Role.level or not _CHANGED_TO.match(between):
        return frame
    return Frame(frame.entity or before.entity, before.measure, frame.role, frame.dimension)


# a possessive whose noun is left out, then the figure's verb: "..., while Perth's fell to"
_POSSESSIVE_THEN = re.compile(r"\w['’]s\s+((?:[a-z]+\s+){1,3})$")


def elided(frame: Frame, before: Frame | None, between: str, flex: FrameLexicon) -> Frame:
    """A figure after a possessive that leaves its noun out ("Melbourne's CBD vacancy rate
    climbed to 16.4 per cent ..., while Perth's fell to 14.6 per cent") measures what the
    figure before it measures."""
    if frame.measure or before is None or not before.measure:
        return frame
    if before.dimension is not frame.dimension:
        return frame
    said = _POSSESSIVE_THEN.search(between)
    if said is None:
        return frame
    verbs = said.group(1)
    if not (flex.roles["change_before"].search(verbs) or flex.roles["level_before"].search(verbs)):
        return frame
    return Frame(frame.entity, before.measure, frame.role, frame.dimension)


# between a figure and a change set after it by a comma ("59.6 million people in England and
# Wales, up 6.3 per cent from 2011"): its noun and place, the comma, the direction
_APPENDED = re.compile(
    r"[^,;:()\d]{0,60},\s*(?:up|down|an?\s+(?:increase|rise|fall|drop|decline)\s+of)\s+$"
)


def appended(frame: Frame, before: Frame | None, between: str) -> Frame:
    """A change set after a figure by a comma is that figure's entity's change, of its measure
    when that is no bare count: the words before the figure measure it, not the change ("income
    of Dongyuan's urban residents reached 24,310 yuan, up 8.1 percent" is income per head, not
    residents); a change that names another entity is its own."""
    if (
        before is None
        or frame.role is not Role.change
        or frame.entity not in (None, before.entity)
        or not _APPENDED.fullmatch(between)
    ):
        return frame
    counted = before.measure is None or before.measure.startswith("count:")
    if frame.measure is not None and counted:
        return frame
    measure = None if counted else before.measure
    return Frame(before.entity, measure, frame.role, frame.dimension)


def fold_noun(noun: str) -> str:
    """A counted noun as a measure names it: lower case, its last word singular."""
    words = noun.lower().split()
    if words:
        words[-1] = singular(words[-1])  # the lexicon's one plural rule
    return " ".join(words)


Spot = tuple[int, int, str]  # start, end, what stands there (`frame_sentence.Place`)


# a contrasting clause that opens with a subject of its own (not a pronoun, a participle or
# "the city"): what the sentence named before is not whose figure it is
_OWN_SUBJECT = re.compile(
    r",?\s*(?:while|whereas)\s+(?!(?:it|its|they|their|he|she|his|her|this|these|that|those"
    r"|the\s+(?:city|company|country|firm|group|bank|province|region|state))\b)(?![a-z]+ing\b)"
    r"[a-z]"
)


def own_subject(low: str, lo: int, at: int, measures: tuple[Spot, ...]) -> bool:
    """True when the clause ``low[lo:at]`` before a figure contrasts with the one before it and
    opens with a subject of its own that names no measure ("..., while ether has gained 55%";
    not "..., while profit fell 3%", which is the same company's)."""
    return _OWN_SUBJECT.match(low, lo) is not None and not any(lo <= m[0] < at for m in measures)


# amounts that do not add up over people: an "average temperature" or speed is no amount per head
INTENSIVE = frozenset({Dimension.temperature, Dimension.speed})


def prepped_by(low: str, pattern: re.Pattern[str], n: Spot) -> bool:
    """True when ``pattern`` (a preposition) stands right before the name ``n``."""
    if low[max(0, n[1] - 2) : n[1]] in ("'s", "’s"):
        return False  # "according to Changchun's bureau": a possessive owns
    return pattern.search(low, max(0, n[0] - 12), n[0]) is not None


def within(places: tuple[Spot, ...], starts: tuple[int, ...], lo: int, hi: int) -> list[Spot]:
    """The places that start between ``lo`` and ``hi`` (``starts``: their starts, sorted)."""
    return list(places[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, hi)])


def measures_of(measures: list[Spot], dim: Dimension) -> list[Spot]:
    """The measure phrases that may measure a figure of ``dim``: "residents aged 60 and over
    rose 4.7 points" (the age says which residents; a percentage is no tally of points, "41
    percent, down three points"). (An amount of money, energy or mass counts no things
    either: a counted measure chosen for one is passed over, `counted_measures`.)"""
    if dim in (Dimension.percent, Dimension.points):
        return [m for m in measures if m[2] not in ("age", "points")]
    return measures


def unnamed_measure(
    flex: FrameLexicon,
    measure: str | None,
    kind: tuple[Dimension, str | None],
    text: str,
    span: tuple[int, int],
) -> str | None:
    """An age's measure is age, whatever the sentence names ("Vargen, 17, scored twice": his
    age, not his goals; "the 31-year-old striker"); a figure whose sentence names no measure
    has its dimension's (`unnamed_measures`: degrees are a temperature)."""
    (dim, unit), (start, end) = kind, span
    if unit == "year" and (text[start:end].isdigit() or text.startswith("-old", end)):
        return "age"
    return measure or flex.unnamed.get(dim.value)


_OWN_OF = re.compile(r"\s+of\s+(?:[a-z]+\s+){0,3}")
# "the output value of pharmaceutical enterprises", "output at larger factories" (not "killed
# at least 14 people and injured": no figure between a head and its "at" phrase)
_OF_HEAD = re.compile(
    r"\s+(?:(?:of|for|from|among|by|with)\s+[\w\s’'-]{0,40}"
    r"|(?:at|across)\s+(?!least\b|most\b)[a-z\s’'-]{0,40})$"
)


def head_of(low: str, before: list[Spot], at: int | None = None) -> Spot:
    """The measure phrase nearest before a figure (at ``at``), or the head of its "X of Y"
    ("the output value of pharmaceutical enterprises rose": output value, not enterprises),
    but for a phrase the figure is "of" ("sales revenue of more than 20 million yuan")."""
    chosen = before[-1]
    own = at is not None and _OWN_OF.fullmatch(low, chosen[1], at) is not None
    for k in range(len(before) - 2, max(-1, len(before) - 4), -1):
        head = before[k]
        if own and low[head[1] : chosen[0]].lstrip().startswith("with"):
            break  # "enterprises with an annual sales revenue of more than 20 million yuan"
        if _OF_HEAD.fullmatch(low, head[1], chosen[0]) and chosen[0] - head[1] <= 45:
            chosen = head
        else:
            break
    return chosen


# a rate per so many people after a figure: "Eleven babies were born for every 1,000 residents",
# "2.6 per 100,000 people" (a figure per head, scaled)
_PER_POPULATION = re.compile(
    r"[^,;.\d]{0,40}?\b(?:per|for\s+every|for\s+each)\s+(?:1,000|10,000|100,000|1,000,000|"
    r"thousand|hundred\s+thousand|million)\b"
)


def per_population(low: str, to: int) -> bool:
    """True when a rate per so many people follows the figure ending at ``to``."""
    return _PER_POPULATION.match(low, to) is not None


# amounts of stuff and physical sizes, which measure no things counted ("nuclear plants
# generated 279 terawatt hours" is no amount of buildings, "passengers waited 212 minutes" no
# number of passengers)
STUFF = frozenset(
    {Dimension.money, Dimension.energy, Dimension.power, Dimension.mass, Dimension.volume,
     Dimension.duration, Dimension.length, Dimension.area, Dimension.temperature,
     Dimension.speed, Dimension.information}
)  # fmt: skip


def of_stuff(lexicon: Lexicon, dim: Dimension, unit: str | None) -> bool:
    """True when a figure is an amount of stuff, or a rate of it ("28 Mbit/s", "$9,350 a
    tonne"): it measures no things counted."""
    return dim in STUFF or (
        dim is Dimension.rate
        and unit is not None
        and dimension_of(lexicon, unit.partition("_per_")[0]) in STUFF
    )


PLACE_BEFORE_NAME = re.compile(r"\b(?:in|of|at|for|across)\s+(?:the\s+)?$")


# where a share's whole lives: "57% of households in Alderney" (not "of China's economy",
# China being the whole)
WHOLE_IN = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?$")


def place_after(
    low: str, names: list[Spot], to: int, hi: int, before: re.Pattern[str] = PLACE_BEFORE_NAME
) -> str | None:
    """A name after the figure only as its place ("grew 7% in Changchun", "the GDP of ...");
    None for a sentence that names no one (it may go on about whom the text spoke of last).
    ``before``: the words that make a name a place."""
    after = [
        n for n in names
        if to <= n[0] <= to + 30 and n[1] <= hi
        and before.search(low, max(0, n[0] - 12), n[0])
    ]  # fmt: skip
    return after[0][2] if after else None


def whole_after(low: str, to: int, at: int) -> bool:
    """True when ``low[to:at]`` is "of" a whole with its amount ("a fifth of the $40m fund")."""
    of = PART_OF.match(low, to)
    return of is not None and of.end() == at


_POSSESSED = re.compile(r"\w['’]s?(?:\s|$)")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_PREPOSITION = re.compile(r"\b(?:in|of|at|from|to|for|with|by|on|into|across)\s+(?:the\s+)?$")


def possessed(low: str, owners: list[Spot]) -> list[Spot]:
    """``owners`` without the names in an "of" phrase after a possessive one, whose noun they
    qualify: in "Carrefour's share of Spanish grocery sales" Carrefour owns the share (not in
    "Orion's revenue rose 69%, outpacing Vantex, whose sales grew 24%": Vantex is no object)."""
    out: list[Spot] = []
    for n in owners:
        owned = any(
            o[1] <= n[0]
            and _POSSESSED.search(low, max(0, o[1] - 3), o[1] + 1)
            and not _PREPOSITION.search(low, max(0, o[0] - 12), o[0])  # "based in Liaoning's"
            for o in out
        )
        if not (owned and _OF_BEFORE.search(low, max(0, n[0] - 8), n[0])):
            out.append(n)
    return out
