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

import re
from typing import TYPE_CHECKING

from claimcheck.extract import money, numbers
from claimcheck.extract.patterns import Patterns, symbol_key
from claimcheck.lexicon import Lexicon

if TYPE_CHECKING:
    from claimcheck.extract.quantities import Item

_STOPWORDS = frozenset(
    ["of", "and", "or", "the", "a", "an", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "was", "are", "were", "be", "been", "has", "have", "had", "than", "that", "which", "who", "this", "these", "those", "its", "it", "per", "more", "less", "over", "under", "about", "into", "out", "up", "down", "percent", "cent", "times", "years", "year"]
)
_INCH_OK = re.compile(r"\s*(?:[,.;:)]|$|thick|long|wide|tall|high|deep|across|diameter)", re.I)
_QUOTE_MARKS = frozenset(['"', "'"])
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
# Units that cannot be the first of a rate ("5% a year" stays a percentage).
_NOT_RATE = frozenset(["percent", "percentage_point", "fraction"])
# Dimensions that are not a rate's parts ("per cent" is a percentage, "per share" a count).
_NOT_PER = frozenset(["ratio", "ratio_change", "multiple", "count"])
# Dimensions a power ("^2", "square") can apply to.
_POWERED = frozenset(["length", "time"])
# After "a year", what makes it a time and not a rate: "a year earlier", "a year-on-year rise".
_NOT_A_RATE = re.compile(
    r"""-|\s+(?:ago|earlier|later|previously|prior|since|on|from|into
         |(?:before|after)(?!\s+(?:tax|taxes|inflation|costs|deductions)\b))\b""",
    re.I | re.X,
)
# Dimensions that do not make a lone "one" a measurement ("one day", "one times").
_NOT_MEASURE = frozenset(["time", "ratio", "ratio_change", "multiple", "count"])
# How many "per" parts a rate can have ("J/m^2 per year" has two).
_MAX_PER = 2
_PER_NOUN = re.compile(r"\s+(?:per|a|an|each)\s+([a-z]+)\b", re.IGNORECASE)
_IDENTIFIER_AFTER = re.compile(r"-\d")  # "L-202": a code, not litres
_OF_A = re.compile(r"\x20(?:of\x20)?an?(?=\x20)", re.I)
_AND_OR = re.compile(r"\x20(?:and|or)\x20|\x20?(?:±|\+/-|\+-)\x20?", re.I)
_WORD = re.compile(r"[A-Za-z]+")
# How far around a figure cue words are looked for (characters, within its sentence).
_CUE_REACH = 80


def read_unit(item: Item, text: str, end: int, lex: Lexicon, pats: Patterns, floor: int) -> int | None:
    """Read the unit after ``end`` into ``item``; the new end, or None when the figure is a code."""
    if item.unit is not None and item.unit != "fraction":
        # money keeps its currency: "$15.4/hour", "c $ 100 and fifty"
        return _rate(item, text, money.minor(item, text, end, lex, pats, named=False), lex, pats)
    of = _OF_A.match(text, end) if item.unit == "fraction" else None
    if of:  # "half a mile", "three quarters of an hour"
        item.unit = None
        found = read_unit(item, text, of.end(), lex, pats, floor)
        if found is not None and item.unit is not None:
            return found
        item.unit, item.noun = "fraction", None
    cm = pats.currency_after.match(text, end)
    if cm:
        name = cm.group("cname").lower()
        item.unit = lex.currency_names[name]
        cue = lex.unit_cues.get(name)
        if cue and item.scale == 1 and _cued(text, item.start, cm.end(), floor, name, lex):
            item.unit = cue[0][0]
            return _rate(item, text, cm.end(), lex, pats)
        return _rate(item, text, money.minor(item, text, cm.end(), lex, pats, named=True), lex, pats)
    after = text[end : end + 2].lstrip(" ")[:1]  # cheap tests before the longer patterns
    plain = after.isascii() and after.isalnum() and not after.isupper()
    sm = None if plain else pats.currency_symbol_after.match(text, end)
    if sm:
        item.unit = pats.currency_codes[symbol_key(sm.group("csym"))]
        return _rate(item, text, sm.end(), lex, pats)
    found = _simple_unit(item, text, end, lex, pats, after) if after else None
    if found is not None:
        return _rate(item, text, found, lex, pats)
    found = _cued_or_attached(item, text, end, lex, pats) if after in pats.cued_first else None
    if found is not None:
        return found
    if end < len(text) and (text[end].isalpha() or text[end] == "_") and item.unit is None:
        return None  # an identifier such as 06F6, not a figure
    if item.unit is None and after in ("a", "o", "±", "+"):
        _shared_unit(item, text, end, lex, pats, floor)
    if item.unit is None:
        nm = pats.noun_after.match(text, end)
        if nm and nm.group("noun").lower() not in _STOPWORDS:
            item.noun = nm.group("noun")
            rate = _denominator(text, nm.end(), lex, pats)
            if rate is not None:  # "30 frames per second", "1,000 people per square kilometre"
                item.unit = f"per_{rate[0]}"
                return rate[2]
    return end


def _cued_or_attached(item: Item, text: str, end: int, lex: Lexicon, pats: Patterns) -> int | None:
    """A unit only its context makes one ("highs of 30C"), or "50p"; its end, or None."""
    cm = pats.cued_after.match(text, end)
    if cm:
        # the topic may be in the sentence before: "It got cold. Now it's -10C"
        for unit, cues in lex.unit_cues[cm.group("cued")]:
            if item.scale == 1 and _has_cue(text, item.start, cm.end(), 0, cues):
                item.unit = unit
                return cm.end()
    am = pats.attached_after.match(text, end)
    if am and item.scale == 1 and item.value is not None and 0 < item.value < 100:
        item.unit = lex.currency_attached[am.group("att")]  # "1080p" is a screen, not pence
        return am.end()
    return None


def measures(text: str, end: int, lex: Lexicon, pats: Patterns) -> bool:
    """True when a measuring unit follows ``end`` ("one mile"; not "one day", "one times")."""
    um = pats.unit_after.match(text, end)
    if um is None:
        return False
    info = lex.unit_names_exact.get(um.group("unit")) or lex.unit_names.get(um.group("unit").lower())
    name = um.group("unit")
    return info is not None and len(name) > 1 and name.lower() != "in" and info.dimension not in _NOT_MEASURE


def _simple_unit(
    item: Item, text: str, end: int, lex: Lexicon, pats: Patterns, after: str
) -> int | None:
    """One unit (with its power, or in brackets) into ``item.unit``; its end, or None."""
    tries = [pats.unit_after]
    if after in "sScC-":
        tries.insert(0, pats.power_unit)  # "cubic metres per second" before "cubic metres"
    if after in _BRACKETS:
        tries.append(pats.bracket_unit)
    for pattern in tries:
        um = pattern.match(text, end)
        unit = _checked(um, item, text, lex) if um else None
        if um and unit:
            item.unit = unit
            return um.end()
    return None


def _checked(um: re.Match[str], item: Item, text: str, lex: Lexicon) -> str | None:
    """The canonical unit a unit match stands for, or None when it is not a unit here."""
    name = um.group("unit")
    info = lex.unit_names_exact.get(name) or lex.unit_names.get(name.lower())
    if info is None:
        return None
    if "open" in um.groupdict() and (_BRACKETS[um.group("open")] != um.group("close") or len(name) < 2):
        return None  # "20 (kg)", but not "20 (m" or "(A)"
    if len(name) == 1 and name.isalpha() and name.isupper() and name not in lex.unit_names_exact:
        return None  # "5G" is not five grams
    if name.lower() == "in" and not _INCH_OK.match(text, um.end()):
        return None
    if name in _QUOTE_MARKS and text.count(name, max(0, item.start - 80), item.start) % 2:
        return None  # 'the class "English 101"': a closing quotation mark, not inches
    if len(name) == 1 and name.isupper() and _IDENTIFIER_AFTER.match(text, um.end("unit")):
        return None  # "L-202", "V-2" are codes
    return _powered(info.name, info.dimension, um, lex)


def _powered(name: str, dimension: str, um: re.Match[str], lex: Lexicon) -> str | None:
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


def _rate(item: Item, text: str, end: int, lex: Lexicon, pats: Patterns) -> int:
    """Extend a unit into a rate ("km" + "/h", "USD" + " per kg"); the new end."""
    for _ in range(_MAX_PER):
        new_end = _per(item, text, end, lex, pats)
        if new_end == end:
            break
        end = new_end
    return end


def _per(item: Item, text: str, end: int, lex: Lexicon, pats: Patterns) -> int:
    """One "per" part of a rate."""
    if item.unit is None or item.unit in _NOT_RATE:
        return end
    found = _denominator(text, end, lex, pats)
    if found is None:
        nm = _PER_NOUN.match(text, end)
        if nm and nm.group(1).lower() in lex.per_nouns and lex.dimension(item.unit).startswith("money:"):
            item.unit = f"{item.unit}_per_{nm.group(1).lower()}"  # "$1.05 per share"
            return nm.end()
        return end
    den, dimension, den_end = found
    if lex.dimension(item.unit) in _NOT_PER and not (item.unit == "times" and dimension == "time"):
        return end  # "four times a week" is a rate; "ten TEU per metre" is not
    item.unit = f"{item.unit}_per_{den}"
    return den_end


def _denominator(text: str, end: int, lex: Lexicon, pats: Patterns) -> tuple[str, str, int] | None:
    """The unit a rate is per, after ``end`` ("/h", " per square metre"): name, dimension, end."""
    if text[end : end + 1] not in ("/", " "):
        return None
    pm = pats.per_unit.match(text, end)
    if pm is None:
        return None
    name = pm.group("unit")
    info = lex.unit_names_exact.get(name) or lex.unit_names.get(name.lower())
    if info is None or info.dimension in _NOT_PER:
        return None  # "per cent" is a percentage, "per share" a count
    per = pm.group("per").strip().lower()
    if per in ("a", "an") and (len(name) < 3 or not name.islower()):
        return None  # " a m" is not "per metre"
    if per in ("a", "an") and info.dimension == "time" and _NOT_A_RATE.match(text, pm.end()):
        return None  # "$1.2 billion a year earlier" is no rate
    if per == "/" and len(name) == 1 and not name.isalpha():
        return None
    den = _powered(info.name, info.dimension, pm, lex)
    if den is None or den.startswith("per_"):
        return None
    return den, info.dimension, pm.end()


def _cued(text: str, start: int, end: int, floor: int, name: str, lex: Lexicon) -> bool:
    """True when the word after the name or a cue word near it says it is the unit."""
    nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if nxt and nxt.group().lower() in lex.unit_next.get(name, ()):
        return True  # "5 pounds of sugar"
    return _has_cue(text, start, end, floor, lex.unit_cues[name][0][1])


def _has_cue(text: str, start: int, end: int, floor: int, cues: frozenset[str]) -> bool:
    """True when a cue word is in the figure's sentence, near it."""
    right = text.find(".", end, end + _CUE_REACH)
    window = text[max(floor, start - _CUE_REACH) : right if right >= 0 else end + _CUE_REACH]
    return any(w.lower() in cues for w in _WORD.findall(window))


def _shared_unit(item: Item, text: str, end: int, lex: Lexicon, pats: Patterns, floor: int) -> None:
    """Give a bare figure the unit of the figure joined to it: "45 and 50 mg", "2.1 ± 0.1 kg"."""
    jm = _AND_OR.match(text, end)
    if jm is None:
        return
    om = pats.core.match(text, jm.end())
    if om is None or not om.group("digits") or pats.scale_after.match(text, om.end()):
        return
    if om.group("digits").count("/") or item.scale != 1:
        return
    other = type(item)("quantity", om.start(), om.end(), numbers.read_digits(om.group("digits")).value)
    if read_unit(other, text, om.end(), lex, pats, floor) is None or other.unit is None:
        return
    if other.unit in ("fraction",):
        return
    item.unit = other.unit
