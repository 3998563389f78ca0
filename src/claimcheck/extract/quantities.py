"""Read one number and its surroundings into a quantity or ordinal (an `Item`).

Around each figure the core pattern finds, small anchored readers read what belongs to it, each
in its own module: a currency symbol before it, a scale word (`scales`), a range's other end
(`ranges`), a unit or currency name and the counted noun after it (`units`, `money`), and a
hedge and a direction word earlier in its clause (`left_context`). The `Item` is built once,
complete, from what they read.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from claimcheck.extract import compound, money, names, numbers, ranges, unit_before
from claimcheck.extract.cursor import Cursor
from claimcheck.extract.item import Figure, Item
from claimcheck.extract.left_context import left_of
from claimcheck.extract.patterns import FLAGS, GROUP_ALONE
from claimcheck.extract.scales import scale_after
from claimcheck.extract.unit_patterns import symbol_key
from claimcheck.extract.units import measures, read_unit
from claimcheck.lexicon import Lexicon

# The longest figure read as a number (characters): longer digit runs are identifiers.
MAX_FIGURE = 40
_IDENTIFIER = re.compile(
    r"(?<![\w-])(?:[A-Z]{2,}[0-9]*|[A-Z][a-z]*|MiG)-$|[A-Za-z]\d+(?:\.\d+)?[+-]$"
)  # F-35, Su-35, Covid-19
_ZERO_DENOMINATOR = re.compile(r"/0+$")
# "a" and a fraction word ("a fifth") before a word that counts in a series: an ordinal.
_SERIAL = re.compile(r"an?\s+([a-z]+)$", re.IGNORECASE)
_A_UNIT = re.compile(r"\x20an?(?=\x20)", re.IGNORECASE)
_PLUS_OR = re.compile(r"(?:\bplus\s+or|\+/?)\s*$", re.IGNORECASE)
_GROUP_ALONE = re.compile(GROUP_ALONE, FLAGS)


def read(c: Cursor, m: re.Match[str]) -> Item | None:
    """Read the figure matched by the core pattern (``c.floor`` bounds how far left to look)."""
    text, lex = c.text, c.lex
    if names.names_group(text, m.start()):
        return None  # "Group of 20": a name
    if m.group("ordword"):
        if names.ordinal_of_half(text, m.end()):
            return None  # "the first half": a period's name
        return _ordinal_word(m, lex)
    ordinal = _SERIAL.match(m.group())
    if (
        ordinal
        and c.pats.serial_noun.match(text, m.end())
        and ordinal.group(1).lower() in lex.ordinal_words
    ):
        # "a fifth consecutive meeting", "a third term": the fifth, not one fifth
        word = ordinal.group(1)
        return Item(
            "ordinal", m.end() - len(word), m.end(), Decimal(lex.ordinal_words[word.lower()])
        )
    # "minus 5", "negative one"; but "plus or minus 3" is a margin, not a negative figure
    negative = bool(m.group("negword")) and not _PLUS_OR.search(
        text, max(0, m.start() - 9), m.start()
    )
    at = m.end("negword") if m.group("negword") and not negative else m.start()
    reading = _digits(c, m, at, negative) if m.group("digits") else _spelled(c, m, at, negative)
    if not isinstance(reading, numbers.Reading):
        return reading  # an ordinal, or no figure at all
    item = _quantity(c, m, at, reading)
    if item is not None and m.group("digits") and names.designation(c, item, m.group("digits")):
        return None  # "Terminal 5", "Chapter 11", "Boeing 737", "24/7": a name, not a figure
    return item


def _digits(c: Cursor, m: re.Match[str], at: int, negative: bool) -> numbers.Reading | Item | None:
    """The reading of a figure in digits; an ordinal ("21st"), or None when it is no figure."""
    digits = m.group("digits")
    if len(digits) > MAX_FIGURE:
        return None  # a run of digits this long is a code or a checksum, not a figure
    if _IDENTIFIER.search(c.text, max(0, at - 12), at):
        return None  # "OAO-1", "COVID-19", "J1149.5+6663": part of a name, not a figure
    if _ZERO_DENOMINATOR.search(digits):
        return None  # "1/0" is not a number
    reading = numbers.read_digits(digits)
    if m.group("neg") or negative:
        reading = numbers.Reading(-reading.value, reading.precision)
    suffix = c.pats.ordinal_suffix.match(c.text, m.end())
    if suffix and "." not in digits and "/" not in digits:
        return Item("ordinal", at, suffix.end(), reading.value)
    return reading


def _spelled(c: Cursor, m: re.Match[str], at: int, negative: bool) -> numbers.Reading | Item | None:
    """The reading of a spelled number; an ordinal ("a third", "first"), or None when the words
    give no figure ("dozens of", "the first half", "several hundred", "no one")."""
    text, lex, floor = c.text, c.lex, c.floor
    spelled = numbers.read_spelled(m.group("spelled"), lex)
    words = m.group("spelled").lower().split()
    if spelled is None or scale_clash(c, m):
        if words[0] in lex.ordinal_words:
            return Item("ordinal", at, at + len(words[0]), Decimal(lex.ordinal_words[words[0]]))
        return None
    if spelled.ordinal:
        return Item("ordinal", at, m.end(), spelled.value)
    if words[-1] == "half" and len(words) <= 2 and names.half_names_period(c, at, m.end()):
        return None  # "the first half", "half-year": a period's name
    if len(words) == 1 and (words[0] in lex.group_words or names.zero_idiom(words[0], text, at)):
        return None  # "dozens of people", "the score", "came to naught": no count is given
    if words[-1] in lex.adjective_group_words and not _GROUP_ALONE.match(text, m.end()):
        return None  # "a gross margin": an adjective, not 144
    if len(words) == 1 and words[0] in lex.fraction_words and words[0] != "half":
        # a lone "third" is an ordinal; a lone "quarter" is a noun
        if words[0] in lex.ordinal_words:
            return Item("ordinal", at, m.end(), Decimal(lex.ordinal_words[words[0]]))
        return None
    if words[0] in lex.multiplier_words and c.pats.vague_before.search(
        text, max(floor, at - 12), at
    ):
        return None  # "several hundred years": no figure is given
    follows = compound.ratio(c, m.end(), spelled) if spelled.bare_one else None
    one_unit = words == ["one"] and measures(c, m.end())  # "that one mile"
    if (
        spelled.bare_one
        and not negative
        and not follows
        and not one_unit
        and (
            c.pats.bare_one_after.match(text, m.end())
            or c.pats.bare_one_before.search(text, max(floor, at - 12), at)
        )
    ):
        return None
    if negative:  # "minus five", "negative one"
        return numbers.Reading(-spelled.value, spelled.precision, spelled.fraction)
    return spelled


def scale_clash(c: Cursor, m: re.Match[str]) -> bool:
    """True when a spelled number with a multiplier is followed by a scale word as large:
    "five million and ten million" is two figures, never (5,000,010 x a million)."""
    spelled = m.group("spelled")
    if not spelled:
        return False
    sm = c.pats.scale_after.match(c.text, m.end())
    if sm is None or not sm.group("scale"):
        return False
    lex = c.lex
    largest = max((lex.multiplier_words.get(w, 0) for w in spelled.lower().split()), default=0)
    return largest > 0 and lex.scale_words[sm.group("scale").lower()] >= largest


def read_words(c: Cursor, m: re.Match[str]) -> Item | None:
    """Read a quantity matched by the word-quantity pattern: "a gallon", "absolute zero"."""
    if m.group("named"):
        value, unit, direction = c.lex.named_quantities[" ".join(m.group("named").lower().split())]
        left = left_of(c.at(m.start()), m.start(), ranged=False)
        return Item(
            "quantity", m.start(), m.end(), value, unit=unit, qualifier=left.qualifier, hedge=left.hedge,
            direction=direction or left.direction,  # "doubled" says which way itself
            is_from=left.is_from, is_to=left.is_to,
        )  # fmt: skip
    if c.pats.after_figure.search(c.text, max(c.floor, m.start() - 16), m.start()):
        return None  # "3.50 a gallon": "a" is "per"
    one = _quantity(c, m, m.start(), numbers.Reading(Decimal(1), Decimal(1)))
    return one if one is not None and one.unit is not None else None


def _ordinal_word(m: re.Match[str], lex: Lexicon) -> Item:
    total = 0
    for word in re.split(r"[\s-]+", m.group("ordword").lower()):
        total += lex.tens_words.get(word, 0) + lex.ordinal_words.get(word, 0)
    return Item("ordinal", m.start(), m.end(), Decimal(total))


def _quantity(c: Cursor, m: re.Match[str], at: int, reading: numbers.Reading) -> Item | None:
    """The quantity whose figure is read at ``at``, with everything around it that belongs to it."""
    text, pats = c.text, c.pats
    c = c.at(at)
    start, end, unit = at, m.end(), None
    cur = pats.currency_prefix.search(text, max(c.left, at - 6), at)
    ratio = None if cur else compound.ratio(c, end, reading)
    if ratio is not None:  # "one over three", "3 out of 10", "one in five"
        reading, end = ratio
    if reading.fraction:
        unit = "fraction"
        a_unit = _A_UNIT.match(text, end)
        if a_unit and pats.unit_after.match(text, a_unit.end()):
            end = a_unit.end()  # "half a percentage point": the fraction of one unit
    if cur:
        symbol = cur.group("cur")
        unit = money.cued_code(c, symbol, pats.currency_codes[symbol_key(symbol)], at)
        start = cur.start()
    scale, value, precision, end = scale_after(
        c, start, reading.value, reading.precision, end, cur is not None
    )
    low = high = None
    ranged = ranges.range_after(c, start, value, scale, unit, end)
    if ranged is not None:
        start, scale, unit, low, high, end = (ranged.start, ranged.scale, ranged.unit, ranged.low, ranged.high, ranged.end)  # fmt: skip
    measured = read_unit(c, Figure(start, value, precision, scale, unit, low), end)
    if measured is None:
        return None
    end, unit, noun, value, precision = (measured.end, measured.unit, measured.noun, measured.value, measured.precision)  # fmt: skip
    if low is None and unit is not None and unit != "fraction" and not cur:
        both = ranges.unit_range(c, start, value, scale, unit, end)
        if both is not None:
            start, low, high, end = both.start, both.low, both.high, both.end
    if unit is None and noun is None and low is None and not cur:
        pct = unit_before.percent_of(c, start, end)
        if pct is not None:  # "per cent of twenty-two" (see unit_before for when)
            unit, start = "percent", pct
    left = left_of(c, start, ranged=low is not None, measured=unit is not None)
    if left.hedge == "over" and unit is not None and _during(c, start, unit):
        left = dataclasses.replace(left, qualifier="=", hedge=None)
    factor = Decimal(scale)
    if unit is not None and unit.split("_per_")[0] == money.MINOR_ALONE:
        unit, worth = money.minor_alone(c, unit, start, end)  # "15 cents" is 0.15 of a dollar
        factor *= worth
    return Item(
        "quantity", start, end, value * factor,
        low * factor if low is not None and high is not None else low,
        high * factor if low is not None and high is not None else high,
        scale, unit, left.qualifier, left.hedge, left.direction or _way_after(c, end, unit),
        precision * factor if precision is not None else None, noun, left.is_from, left.is_to,
    )  # fmt: skip


_WORD_AFTER = re.compile(r"[\x20-]([a-z]+)\b")
_THAN_AFTER = re.compile(
    r"\x20(more|less|fewer|higher|lower)(?:\x20[a-z]+)?\x20than\b(?!\s+(?:\d|a\b|an\b))", re.I
)
# "1.46C above average", "£40 below the cap": a difference from a reference named after it
_REFERENCE_AFTER = re.compile(
    r"\x20(above|below)\x20(?:the\x20|its\x20|their\x20|a\x20)?(?:[\w-]+\x20){0,2}?"
    r"(?:average|mean|normal|norm|median|benchmark|baseline|target|forecast|cap|limit|threshold)s?\b",
    re.I,
)


def _way_after(c: Cursor, end: int, unit: str | None) -> str | None:
    """The direction a word right after a percentage gives it ("4 percent less than a year
    ago", "a 4% drop", "13 per cent above the mean"), or a comparison or reference after
    another figure ("$700,000 more than last year", "1.46C above average"), else None."""
    if unit not in ("percent", "percentage_point"):
        # "$700,000 more than last year", "3,000 fewer visitors than": a difference
        than = _THAN_AFTER.match(c.text, end) or _REFERENCE_AFTER.match(c.text, end)
        return c.lex.directions_after.get(than.group(1).lower()) if than else None
    word = _WORD_AFTER.match(c.text, end)
    return c.lex.directions_after.get(word.group(1)) if word else None


_OVER_BEFORE = re.compile(r"([A-Za-z]+)\s+over\s+$")


def _during(c: Cursor, start: int, unit: str) -> bool:
    """True when "over" before a duration says when, not how much: "lost 15 percent of their
    body weight over 68 weeks", "spend $312 million over five years" (but "for over 20
    years", "took over six hours": more than)."""
    if c.lex.dimension(unit) != "time":
        return False
    m = _OVER_BEFORE.search(c.text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() not in c.lex.words.over_is_more_after


def opens_conversion(c: Cursor, previous: Item, item: Item) -> bool:
    """True when ``item`` is a bracketed conversion of the money figure before it."""
    if previous.unit is None or item.unit is None:
        return False
    if not (previous.unit.isupper() and item.unit.isupper()) or previous.unit == item.unit:
        return False
    return bool(c.pats.conversion_open.fullmatch(c.text, previous.end, item.start))
