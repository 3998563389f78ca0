"""Read the unit or currency written after a figure, into one canonical unit name.

A unit is a name from the lexicon's unit table ("km", "hours", "GB"), with a power ("km^2",
"ft²", "square yards", "cubic feet", "s-1"), or in brackets as in tables ("20 (kg)"). A rate
joins two units with "/", "per" or "a": "km/h", "$15.4/hour", "kg per m2", "$80 a barrel"; its
canonical name is ``<unit>_per_<unit>`` ("USD_per_hour", "kilogram_per_square_metre") unless the
table names the rate itself ("kilometre_per_hour"); a counted noun per unit is ``per_<unit>``
("30 frames per second"), as is an inverse unit ("4e14 s-1"). Money is an ISO 4217 code, from a
name after the figure ("yuan", "US dollars"), a symbol or code after it ("15€", "100元",
"2 BTC"), or a symbol before it (read by the caller); minor units after it are read by
`money` ("3 dollars 50 cents" is 3.50 dollars).

Some names are a unit only in context: "pounds" is weight beside "weighed" or before "of",
"30C" a temperature in talk of the weather, "500 kr" the krona of the country named near it.
A fraction takes the unit it is a fraction of ("half a mile"), and a bare figure the unit of
the figure joined to it ("45 and 50 mg", "2.1 ± 0.1 kg").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from claimcheck.extract import money, numbers
from claimcheck.extract.cursor import Cursor
from claimcheck.extract.item import Figure
from claimcheck.extract.unit_patterns import symbol_key
from claimcheck.lexicon import Lexicon

_QUOTE_MARKS = frozenset(['"', "'"])
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
# Units that cannot be the first of a rate ("5% a year" stays a percentage).
_NOT_RATE = frozenset(["percent", "percentage_point", "fraction"])
# Dimensions that are not a rate's parts ("per cent" is a percentage, "per share" a count).
_NOT_PER = frozenset(["ratio", "ratio_change", "multiple", "count"])
# Dimensions a power ("^2", "square") can apply to.
_POWERED = frozenset(["length", "time"])
# Dimensions that do not make a lone "one" a measurement ("one day", "one times").
_NOT_MEASURE = frozenset(["time", "ratio", "ratio_change", "multiple", "count"])
# How many "per" parts a rate can have ("J/m^2 per year" has two).
_MAX_PER = 2
_PER_NOUN = re.compile(
    r"\s+(?:per|a|an|each|(?:on|for)\s+(?:each|every))\s+([a-z]+)\b", re.IGNORECASE
)
_IDENTIFIER_AFTER = re.compile(r"-\d")  # "L-202": a code, not litres
_OF_A = re.compile(r"\x20(?:of\x20)?an?(?=\x20)", re.I)
_AND_OR = re.compile(r"\x20(?:and|or)\x20|\x20?(?:±|\+/-|\+-)\x20?", re.I)
_WORD = re.compile(r"[A-Za-z]+")
# How far around a figure cue words are looked for (characters, within its sentence).
_CUE_REACH = 80
_MONEY_REACH = 400  # characters before a bare currency name read for its country


@dataclass(frozen=True, slots=True)
class Measured:
    """What the unit reader read after a figure: where it ends, the unit (None for a bare
    figure) or counted noun, and the value and precision with minor units added ("3 dollars 50
    cents")."""

    end: int
    unit: str | None
    noun: str | None
    value: Decimal
    precision: Decimal | None


def read_unit(c: Cursor, fig: Figure, end: int) -> Measured | None:
    """Read the unit after ``end``; None when the figure is a code (an identifier such as 06F6)."""
    if fig.unit is not None and fig.unit != "fraction":
        # money keeps its currency: "$15.4/hour", "c $ 100 and fifty"
        return _money(c, fig, fig.unit, end, named=False)
    text, lex, pats = c.text, c.lex, c.pats
    of = _OF_A.match(text, end) if fig.unit == "fraction" else None
    if of:  # "half a mile", "three quarters of an hour"
        found = read_unit(
            c, Figure(fig.start, fig.value, fig.precision, fig.scale, None, fig.low), of.end()
        )
        if found is not None and found.unit is not None:
            return found
    cm = pats.currency_after.match(text, end) if _may_start(_starts(lex)[1], text, end) else None
    if cm:
        name = cm.group("cname").lower()
        cue = lex.unit_cues.get(name)
        if cue and fig.scale == 1 and _cued(c, fig.start, cm.end(), name):
            return _measured(c, fig, cue[0][0], cm.end())
        return _money(c, fig, lex.currency_names[name], cm.end(), named=True)
    after = text[end : end + 2].lstrip(" ")[:1]  # cheap tests before the longer patterns
    plain = after.isascii() and after.isalnum() and not after.isupper()
    sm = None if plain else pats.currency_symbol_after.match(text, end)
    if sm:
        return _measured(c, fig, pats.currency_codes[symbol_key(sm.group("csym"))], sm.end())
    found_unit = _simple_unit(c, fig.start, end, after) if after else None
    if found_unit is not None:
        return _measured(c, fig, *found_unit)
    found_unit = _cued_or_attached(c, fig, end) if after in pats.cued_first else None
    if found_unit is not None:  # "3.2p a litre": a rate of pence
        return _measured(c, fig, found_unit[0], found_unit[1])
    if end < len(text) and (text[end].isalpha() or text[end] == "_") and fig.unit is None:
        return None  # an identifier such as 06F6, not a figure
    return _bare(c, fig, end, after)


def _measured(c: Cursor, fig: Figure, unit: str, end: int) -> Measured:
    """The figure with ``unit`` ending at ``end``, extended into a rate if one follows."""
    unit, end = _rate(c, unit, end)
    return Measured(end, unit, None, fig.value, fig.precision)


def _money(c: Cursor, fig: Figure, code: str, end: int, *, named: bool) -> Measured:
    """A money figure: its minor units ("3 dollars 50 cents"), then a rate ("$15.4/hour")."""
    value, precision, stop = money.minor(c, fig, code, end, named=named)
    unit, stop = _rate(c, code, stop)
    return Measured(stop, unit, None, value, precision)


def _bare(c: Cursor, fig: Figure, end: int, after: str) -> Measured:
    """A figure with no unit of its own: a fraction, the unit of the figure joined to it ("45
    and 50 mg"), or a count of the noun after it, per a unit ("30 frames per second")."""
    unit = fig.unit
    if unit is None and after in ("a", "o", "±", "+"):
        unit = _shared_unit(c, fig, end)
    if unit is None:
        nm = c.pats.noun_after.match(c.text, end)
        if nm and nm.group("noun").lower() not in c.pats.not_counted:
            rate = _denominator(c, nm.end())
            if rate is not None:  # "30 frames per second", "1,000 people per square kilometre"
                return Measured(
                    rate[2], f"per_{rate[0]}", nm.group("noun"), fig.value, fig.precision
                )
            return Measured(end, None, nm.group("noun"), fig.value, fig.precision)
        rate = _denominator(c, end)
        if rate is not None and rate[1] == "time":  # "an average of 1.4 million a day"
            return Measured(rate[2], f"per_{rate[0]}", None, fig.value, fig.precision)
    return Measured(end, unit, None, fig.value, fig.precision)


def _cued_or_attached(c: Cursor, fig: Figure, end: int) -> tuple[str, int] | None:
    """A unit only its context makes one ("highs of 30C"), or "50p"; the unit and its end."""
    cm = c.pats.cued_after.match(c.text, end)
    if cm:
        # the topic may be in the sentence before: "It got cold. Now it's -10C"
        for unit, cues in c.lex.unit_cues[cm.group("cued")]:
            # a scale goes with money only ("2.22 trillion crowns", not "3 million C")
            money = unit in c.lex.currency_codes
            scaled = fig.scale == 1 or money
            # a currency's country is named once, often well before its bare name ("65.3
            # billion Danish crowns ..., whose sales more than doubled to 9.4 billion crowns")
            reach = _MONEY_REACH if money else _CUE_REACH
            if scaled and _has_cue(c.text, fig.start, cm.end(), 0, cues, reach):
                return unit, cm.end()
        decimal = c.lex.unit_decimal.get(cm.group("cued"))
        if (
            decimal
            and fig.scale == 1
            and cm.start("cued") == end
            and "." in c.text[fig.start : end]
        ):
            return decimal, cm.end()
    am = c.pats.attached_after.match(c.text, end)
    if am and fig.scale == 1 and 0 < fig.value < 1000 and fig.value not in c.lex.display_lines:
        return c.lex.currency_attached[am.group("att")], am.end()  # "720p" is a screen, not pence
    return None


def measures(c: Cursor, end: int) -> bool:
    """True when a measuring unit follows ``end`` ("one mile"; not "one day", "one times")."""
    um = c.pats.unit_after.match(c.text, end)
    if um is None:
        return False
    lex = c.lex
    info = lex.unit_names_exact.get(um.group("unit")) or lex.unit_names.get(
        um.group("unit").lower()
    )
    name = um.group("unit")
    return (
        info is not None
        and len(name) > 1
        and name.lower() != "in"
        and info.dimension not in _NOT_MEASURE
    )


def _simple_unit(c: Cursor, start: int, end: int, after: str) -> tuple[str, int] | None:
    """One unit (with its power, or in brackets) after the figure at ``start``: the unit and its end."""
    pats = c.pats
    tries = [pats.unit_after] if _may_start(_starts(c.lex)[0], c.text, end) else []
    if after in "sScC-":
        tries.insert(0, pats.power_unit)  # "cubic metres per second" before "cubic metres"
    if after in _BRACKETS:
        tries.append(pats.bracket_unit)
    for pattern in tries:
        um = pattern.match(c.text, end)
        unit = _checked(c, um, start) if um else None
        if um and unit:
            return unit, um.end()
    return None


def _may_start(gate: re.Pattern[str] | None, text: str, end: int) -> bool:
    """False when no name the ``gate`` stands for can start after ``end`` (past the blank or
    hyphen the unit and currency patterns allow): those patterns try each of their hundreds of
    names in turn, the gate one class of first characters ("6.8 6.8 6.8": issue 12)."""
    return gate is None or gate.match(text, end) is not None


@functools.lru_cache(maxsize=8)
def _starts(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The start of a unit after a figure and of a currency name, up to the first character of
    the name, ignoring case (None where a name starts with a blank, which the patterns read as
    any white space)."""

    def gate(before: str, names: Iterable[str]) -> re.Pattern[str] | None:
        firsts = {name[:1] for name in names}
        if any(not ch or ch.isspace() for ch in firsts):
            return None
        inside = "".join(re.escape(ch) for ch in sorted(firsts))
        return re.compile(f"{before}[{inside}]", re.IGNORECASE)

    return (
        gate(r"(?:\x20|-|\x20-\x20)?", [*lex.unit_names, *lex.unit_names_exact]),
        gate(r"[\x20-]?", lex.currency_names),
    )


def _checked(c: Cursor, um: re.Match[str], start: int) -> str | None:
    """The canonical unit a unit match stands for, or None when it is not a unit here."""
    text, lex = c.text, c.lex
    name = um.group("unit")
    info = lex.unit_names_exact.get(name) or lex.unit_names.get(name.lower())
    if info is None:
        return None
    if "open" in um.groupdict() and (
        _BRACKETS[um.group("open")] != um.group("close") or len(name) < 2
    ):
        return None  # "20 (kg)", but not "20 (m" or "(A)"
    if len(name) == 1 and name.isalpha() and name.isupper() and name not in lex.unit_names_exact:
        return None  # "5G" is not five grams
    if name.lower() == "in" and not c.pats.inch_ok.match(text, um.end()):
        return None
    if name in _QUOTE_MARKS and text.count(name, max(0, start - 80), start) % 2:
        return None  # 'the class "English 101"': a closing quotation mark, not inches
    if len(name) == 1 and name.isupper() and _IDENTIFIER_AFTER.match(text, um.end("unit")):
        return None  # "L-202", "V-2" are codes
    return _powered(info.name, info.dimension, um)


def _powered(name: str, dimension: str, um: re.Match[str]) -> str | None:
    """The unit with the power its match carries ("square_yard"), or None when none fits."""
    groups = um.groupdict()
    pre = (groups.get("pre") or "").strip().lower()
    power = (groups.get("pow") or "").strip().lower()
    if not pre and not power:
        return name
    if power.lstrip("^") in ("-1", "−1", "⁻¹"):
        return None if pre else f"per_{name}"  # "4e14 s-1", "5 fb⁻¹"
    if dimension not in _POWERED or (pre and power):
        return None
    square = pre.startswith("s") or power in ("2", "^2", "²", "squared")
    return ("square_" if square else "cubic_") + name


def _rate(c: Cursor, unit: str, end: int) -> tuple[str, int]:
    """Extend a unit into a rate ("km" + "/h", "USD" + " per kg"): the unit and its new end."""
    for _ in range(_MAX_PER):
        per = _per(c, unit, end)
        if per is None:
            break
        unit, end = per
    return unit, end


def _per(c: Cursor, unit: str, end: int) -> tuple[str, int] | None:
    """One "per" part of a rate: the rate's unit and its end, or None when none follows."""
    if unit in _NOT_RATE:
        return None
    lex = c.lex
    found = _denominator(c, end)
    if found is None:
        nm = _PER_NOUN.match(c.text, end)
        if nm and nm.group(1).lower() in lex.per_nouns and lex.dimension(unit).startswith("money:"):
            return f"{unit}_per_{nm.group(1).lower()}", nm.end()  # "$1.05 per share"
        return None
    den, dimension, den_end = found
    if lex.dimension(unit) in _NOT_PER and not (unit == "times" and dimension == "time"):
        return None  # "four times a week" is a rate; "ten TEU per metre" is not
    return f"{unit}_per_{den}", den_end


def _denominator(c: Cursor, end: int) -> tuple[str, str, int] | None:
    """The unit a rate is per, after ``end`` ("/h", " per square metre"): name, dimension, end."""
    text, lex = c.text, c.lex
    if text[end : end + 1] not in ("/", " "):
        return None
    pm = c.pats.per_unit.match(text, end)
    if pm is None:
        return None
    name = pm.group("unit")
    info = lex.unit_names_exact.get(name) or lex.unit_names.get(name.lower())
    if info is None or info.dimension in _NOT_PER:
        return None  # "per cent" is a percentage, "per share" a count
    per = pm.group("per").strip().lower()
    if per in ("a", "an") and (len(name) < 3 or not name.islower()):
        return None  # " a m" is not "per metre"
    if per in ("a", "an") and info.dimension == "time" and c.pats.not_a_rate.match(text, pm.end()):
        return None  # "$1.2 billion a year earlier" is no rate
    if per == "/" and len(name) == 1 and not name.isalpha():
        return None
    den = _powered(info.name, info.dimension, pm)
    if den is None or den.startswith("per_"):
        return None
    return den, info.dimension, pm.end()


def _cued(c: Cursor, start: int, end: int, name: str) -> bool:
    """True when the word after the name or a cue word near it says it is the unit."""
    text, lex = c.text, c.lex
    nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if nxt and nxt.group().lower() in lex.unit_next.get(name, ()):
        return True  # "5 pounds of sugar"
    return _has_cue(text, start, end, c.floor, lex.unit_cues[name][0][1])


def _has_cue(
    text: str, start: int, end: int, floor: int, cues: frozenset[str], reach: int = 0
) -> bool:
    """True when a cue word is in the figure's sentence, near it (within ``reach`` before it,
    `_CUE_REACH` by default)."""
    right = text.find(".", end, end + _CUE_REACH)
    back = reach or _CUE_REACH
    window = text[max(floor, start - back) : right if right >= 0 else end + _CUE_REACH]
    return any(w.lower() in cues for w in _WORD.findall(window))


def _shared_unit(c: Cursor, fig: Figure, end: int) -> str | None:
    """The unit of the figure joined to a bare one: "45 and 50 mg", "2.1 ± 0.1 kg"."""
    text, pats = c.text, c.pats
    jm = _AND_OR.match(text, end)
    if jm is None:
        return None
    om = pats.core.match(text, jm.end())
    if om is None or not om.group("digits") or pats.scale_after.match(text, om.end()):
        return None
    if om.group("digits").count("/") or fig.scale != 1:
        return None
    other = read_unit(
        c, Figure(om.start(), numbers.read_digits(om.group("digits")).value), om.end()
    )
    if other is None or other.unit is None or other.unit in ("fraction",):
        return None
    return other.unit
