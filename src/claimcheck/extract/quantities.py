"""Read one number and its surroundings into a quantity or ordinal (an `Item`).

Around each figure the core pattern finds, small anchored patterns read what belongs to it: a
currency symbol and a hedge before it, a scale word, a range's other end, a unit or currency
name, and the counted noun after it, and a direction word earlier in its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from claimcheck.extract import compound, money, names, numbers, unit_before
from claimcheck.extract.patterns import BEFORE_FROM, FLAGS, GROUP_ALONE, Patterns, symbol_key
from claimcheck.extract.units import measures, read_unit
from claimcheck.lexicon import Lexicon

# The longest figure read as a number (characters): longer digit runs are identifiers.
MAX_FIGURE = 40
# How far before a figure a hedge can start ("in the region of " and some spare white space).
_HEDGE_REACH = 32
_BARE_ONE_AFTER = re.compile(
    r"[ \t]*(?:[,.;:)!?\n]|$|of\b|another\b|or\b|and\b|by\b|to\b|in\b|on\b|at\b|who\b|that\b|which\b"
    r"|is\b|was\b|more\b|such\b|way\b|thing\b|day\b|hand\b|side\b|another\b)",
    re.IGNORECASE,
)
_BARE_ONE_BEFORE = re.compile(
    r"\b(?:no|any|every|each|the|this|that|which|some|someone|anyone|only|last|other)\s+$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[A-Za-z]+")
_IDENTIFIER = re.compile(r"(?<![\w-])(?:[A-Z]{2,}[0-9]*|[A-Z][a-z]?|MiG)-$|[A-Za-z]\d+(?:\.\d+)?[+-]$")  # F-35, Su-35
_ZERO_DENOMINATOR = re.compile(r"/0+$")
_VAGUE = re.compile(r"\b(?:several|a\s+few|few|many|some)\s+$", re.IGNORECASE)
_LAST_WORD = re.compile(r"([A-Za-z]+)\.?\s+$")
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# "ranged from X to Y" states a range, in either order, not a change from X to Y
_SPREAD_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$", re.I)
_TO = re.compile(r"\bto\s+$", re.IGNORECASE)
# "a" and a fraction word ("a fifth") before a word that counts in a series: an ordinal.
_SERIAL = re.compile(r"an?\s+([a-z]+)$", re.IGNORECASE)
_SERIAL_NOUN = re.compile(
    r"""\s+(?:straight|consecutive|successive|time|term|year|month|week|day|round|place|
           attempt|try|wave|season|game|match|quarter|night|session|meeting)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_BY = re.compile(r"\bby\s+(?:(?:about|around|some|nearly|almost|roughly|over)\s+)?$", re.IGNORECASE)
_BEFORE_FROM = re.compile(BEFORE_FROM, FLAGS)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# A plural noun after "1.2m": what millions count ("1.2m residents", "12m people"), where a
# length is followed by an adjective or a singular noun ("12m high", "a 400m race").
_COUNTED_AFTER = re.compile(
    r"""\x20(?:people|(?!(?:across|towards|always|perhaps|besides|afterwards|upwards|downwards
                       |sideways|nevertheless|plus|less|thus)\b)[a-z]{3,}(?<!s)s)\b""",
    re.VERBOSE,
)
_RANGE_CURRENCY = re.compile(r"(?:US\$|HK\$|\$|£|€|¥)")
_A_UNIT = re.compile(r"\x20an?(?=\x20)", re.IGNORECASE)
_PLUS_OR = re.compile(r"(?:\bplus\s+or|\+/?)\s*$", re.IGNORECASE)
_GROUP_ALONE = re.compile(GROUP_ALONE, FLAGS)
_OPEN_PAREN = re.compile(r"\s*\(\s*(?:or\s+|about\s+|roughly\s+|approximately\s+|around\s+)?$")


@dataclass(slots=True)
class Item:
    """A quantity or ordinal being assembled (mutable while its period is attached)."""

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


def read(m: re.Match[str], text: str, lex: Lexicon, pats: Patterns, floor: int) -> Item | None:
    """Read the figure matched by the core pattern; ``floor`` bounds how far left to look."""
    if names.names_group(text, m.start()):
        return None  # "Group of 20": a name
    if m.group("ordword"):
        if names.ordinal_of_half(text, m.end()):
            return None  # "the first half": a period's name
        return _ordinal_word(m, lex)
    ordinal = _SERIAL.match(m.group())
    if ordinal and _SERIAL_NOUN.match(text, m.end()) and ordinal.group(1).lower() in lex.ordinal_words:
        # "a fifth consecutive meeting", "a third term": the fifth, not one fifth
        word = ordinal.group(1)
        return Item("ordinal", m.end() - len(word), m.end(), Decimal(lex.ordinal_words[word.lower()]))
    # "minus 5", "negative one"; but "plus or minus 3" is a margin, not a negative figure
    negative = bool(m.group("negword")) and not _PLUS_OR.search(text, max(0, m.start() - 9), m.start())
    at = m.end("negword") if m.group("negword") and not negative else m.start()
    if m.group("digits"):
        if len(m.group("digits")) > MAX_FIGURE:
            return None  # a run of digits this long is a code or a checksum, not a figure
        if _IDENTIFIER.search(text, max(0, at - 12), at):
            return None  # "OAO-1", "COVID-19", "J1149.5+6663": part of a name, not a figure
        if _ZERO_DENOMINATOR.search(m.group("digits")):
            return None  # "1/0" is not a number
        reading = numbers.read_digits(m.group("digits"))
        if m.group("neg") or negative:
            reading = numbers.Reading(-reading.value, reading.precision)
        suffix = pats.ordinal_suffix.match(text, m.end())
        if suffix and "." not in m.group("digits") and "/" not in m.group("digits"):
            return Item("ordinal", at, suffix.end(), reading.value)
    else:
        spelled = numbers.read_spelled(m.group("spelled"), lex)
        words = m.group("spelled").lower().split()
        if spelled is None or scale_clash(m, text, lex, pats):
            if words[0] in lex.ordinal_words:
                end = at + len(words[0])
                return Item("ordinal", at, end, Decimal(lex.ordinal_words[words[0]]))
            return None
        if spelled.ordinal:
            return Item("ordinal", at, m.end(), spelled.value)
        if words[-1] == "half" and len(words) <= 2 and names.half_names_period(text, at, m.end()):
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
        if words[0] in lex.multiplier_words and _VAGUE.search(text, max(floor, at - 12), at):
            return None  # "several hundred years": no figure is given
        follows = compound.ratio(text, m.end(), spelled, pats, lex) if spelled.bare_one else None
        one_unit = words == ["one"] and measures(text, m.end(), lex, pats)  # "that one mile"
        if spelled.bare_one and not negative and not follows and not one_unit and (
            _BARE_ONE_AFTER.match(text, m.end())
            or _BARE_ONE_BEFORE.search(text, max(floor, at - 12), at)
        ):
            return None
        reading = spelled
        if negative:  # "minus five", "negative one"
            reading = numbers.Reading(-spelled.value, spelled.precision, spelled.fraction)
    item = _quantity(m, at, reading, text, lex, pats, floor)
    if item is not None and m.group("digits") and names.designation(item, m.group("digits"), text, floor, lex):
        return None  # "Terminal 5", "Chapter 11", "Boeing 737", "24/7": a name, not a figure
    return item


def scale_clash(m: re.Match[str], text: str, lex: Lexicon, pats: Patterns) -> bool:
    """True when a spelled number with a multiplier is followed by a scale word as large:
    "five million and ten million" is two figures, never (5,000,010 x a million)."""
    spelled = m.group("spelled")
    if not spelled:
        return False
    sm = pats.scale_after.match(text, m.end())
    if sm is None or not sm.group("scale"):
        return False
    largest = max((lex.multiplier_words.get(w, 0) for w in spelled.lower().split()), default=0)
    return largest > 0 and lex.scale_words[sm.group("scale").lower()] >= largest


def read_words(m: re.Match[str], text: str, lex: Lexicon, pats: Patterns, floor: int) -> Item | None:
    """Read a quantity matched by the word-quantity pattern: "a gallon", "absolute zero"."""
    if m.group("named"):
        value, unit, direction = lex.named_quantities[" ".join(m.group("named").lower().split())]
        item = Item("quantity", m.start(), m.end(), value, unit=unit)
        _left(item, text, lex, pats, max(floor, m.start() - 60))
        item.direction = direction or item.direction  # "doubled" says which way itself
        return item
    if pats.after_figure.search(text, max(floor, m.start() - 16), m.start()):
        return None  # "3.50 a gallon": "a" is "per"
    one = _quantity(m, m.start(), numbers.Reading(Decimal(1), Decimal(1)), text, lex, pats, floor)
    return one if one is not None and one.unit is not None else None


def _ordinal_word(m: re.Match[str], lex: Lexicon) -> Item:
    total = 0
    for word in re.split(r"[\s-]+", m.group("ordword").lower()):
        total += lex.tens_words.get(word, 0) + lex.ordinal_words.get(word, 0)
    return Item("ordinal", m.start(), m.end(), Decimal(total))


def _quantity(
    m: re.Match[str],
    at: int,
    reading: numbers.Reading,
    text: str,
    lex: Lexicon,
    pats: Patterns,
    floor: int,
) -> Item | None:
    start, end = at, m.end()
    left_lo = max(floor, start - 60)
    cur = pats.currency_prefix.search(text, max(left_lo, start - 6), start)
    ratio = None if cur else compound.ratio(text, end, reading, pats, lex)
    if ratio is not None:  # "one over three", "3 out of 10", "one in five"
        reading, end = ratio
    item = Item("quantity", start, end, reading.value, precision=reading.precision)
    if reading.fraction:
        item.unit = "fraction"
        a_unit = _A_UNIT.match(text, end)
        if a_unit and pats.unit_after.match(text, a_unit.end()):
            end = a_unit.end()  # "half a percentage point": the fraction of one unit
    if cur:
        item.unit = money.cued_code(cur.group("cur"), pats.currency_codes[symbol_key(cur.group("cur"))], text, start, lex)
        item.start = cur.start()
    end = _scale(item, text, end, lex, pats, currency=cur is not None)
    end = _range(item, text, end, lex, pats, left_lo, floor)
    unit_end = read_unit(item, text, end, lex, pats, floor)
    if unit_end is None:
        return None
    if item.low is None and item.unit not in (None, "fraction") and not cur:
        unit_end = _unit_range(item, text, unit_end, lex, pats, left_lo, floor)
    item.end = unit_end
    if item.unit is None and item.noun is None and item.low is None and not cur:
        pct = unit_before.percent_of(text, item.start, unit_end, lex, pats, floor)
        if pct is not None:  # "per cent of twenty-two" (see unit_before for when)
            item.unit, item.start = "percent", pct
    _left(item, text, lex, pats, left_lo)
    scale = Decimal(item.scale)
    if item.unit is not None and item.unit.split("_per_")[0] == money.MINOR_ALONE:
        scale *= money.minor_alone(item, text, lex, pats)  # "15 cents" is 0.15 of a dollar
    assert item.value is not None
    item.value *= scale
    if item.precision is not None:
        item.precision *= scale
    if item.low is not None and item.high is not None:
        item.low *= scale
        item.high *= scale
    return item


def _scale(
    item: Item, text: str, end: int, lex: Lexicon, pats: Patterns, currency: bool
) -> int:
    sm = pats.scale_after.match(text, end)
    if not sm:
        return end
    if sm.group("scale"):
        item.scale = lex.scale_words[sm.group("scale").lower()]
        # "3 hundred thousand", "5 lakh crore": a larger scale word after multiplies it
        while (more := pats.scale_after.match(text, sm.end())) and more.group("scale"):
            larger = lex.scale_words[more.group("scale").lower()]
            if larger <= item.scale:
                break
            item.scale *= larger
            sm = more
        assert item.value is not None
        done = compound.completion(text, item.start, sm.end(), item.scale, pats, lex, currency)
        if done is None:
            return sm.end()
        added, step, stop = done  # "3 million and a half", "4 thousand 3 hundred and 21"
        item.value += added / item.scale
        if step is not None:
            item.precision = step / item.scale
        return stop
    if sm.group("exact"):  # "10M", "US$ 1MM": millions, never metres
        item.scale = lex.scale_suffixes["m"]
        return sm.end()
    suffix = (sm.group("suffix") or sm.group("spaced_suffix")).lower()
    # "352.5m" is millions beside a currency; without one, "90m" is metres, and "5b" a clause
    # number, but "1.2b" is billions
    restricted = suffix in ("m", "t") or (suffix == "b" and item.precision in (None, 1))
    counts = suffix == "m" and _COUNTED_AFTER.match(text, sm.end()) is not None  # "1.2m residents"
    if restricted and not counts and not currency and not pats.currency_after.match(text, sm.end()):
        return end
    item.scale = lex.scale_suffixes[suffix]
    return sm.end()


def _range(
    item: Item, text: str, end: int, lex: Lexicon, pats: Patterns, left_lo: int, floor: int
) -> int:
    rm = pats.range_join.match(text, end)
    if not rm or text[item.start - 1 : item.start] in ("-", "–"):
        return end  # "three-nought-four": the middle of a chain, not a range's start
    join = rm.group("join").lower().lstrip("- ") or "-"  # "8- to 16" joins with "to"
    near = max(left_lo, item.start - 16)
    between = _BETWEEN.search(text, near, item.start)
    if join == "and" and not between:
        return end
    spread = _SPREAD_FROM.search(text, max(left_lo, item.start - 24), item.start) is not None
    if join == "to" and _changes_from(text, item.start, near, left_lo, floor, pats) and not spread:
        _borrow(item, text, rm.end(), lex, pats, floor)
        return end
    other_at, om = _next_figure(text, rm.end(), pats)
    if om is None or om.group("ordword"):
        return end
    if om.group("digits"):
        other = _signed(om)
    else:
        spelled = numbers.read_spelled(om.group("spelled"), lex)
        if spelled is None:
            return end
        other = spelled
    probe = Item("quantity", om.start(), om.end(), other.value)
    other_end = _scale(probe, text, om.end(), lex, pats, currency=item.unit is not None)
    # "between 3 and 5 million": the first end shares the second's scale (only if a range)
    scale = probe.scale if probe.scale != 1 and item.scale == 1 else item.scale
    low = item.value
    high = other.value * Decimal(probe.scale) / Decimal(scale)
    if low is None or low == high or (not low < high and not spread):
        return end  # a falling "range" is two figures: "fell by 240,000 to 43.59 million"
    if join == "to" and not between and not spread and _changes_by(text, item.start, near, left_lo, pats):
        # "fell by 8,000 to 208,000", "cut by €2.3bn to €14.1bn": a change, then the level it
        # reached; "rose by 3 to 5 percent" is a range of the change (its ends are close)
        written_twice = (other_at is not None and item.unit is not None) or (item.scale != 1 and probe.scale != 1)
        if written_twice or high >= 2 * low:
            return end
    item.scale = scale
    item.low, item.high = min(low, high), max(low, high)
    if between:
        item.start = between.start()
    return other_end


def _next_figure(text: str, at: int, pats: Patterns) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The figure after a range's or change's join at ``at``, and the currency symbol before it."""
    other_at = _RANGE_CURRENCY.match(text, at)
    return other_at, pats.core.match(text, other_at.end() if other_at else at)


def _changes_by(text: str, start: int, near: int, left_lo: int, pats: Patterns) -> bool:
    """True when the figure is a change: "by" right before it, or a change word in its clause
    before it ("costs fell £200m to £1.4bn")."""
    return _BY.search(text, near, start) is not None or pats.direction_word.search(text, left_lo, start) is not None


def _borrow(item: Item, text: str, at: int, lex: Lexicon, pats: Patterns, floor: int) -> None:
    """ "rose from 2.4 to 20.8 billion yuan", "from $3 to $5 million", "from 10 to 12 percent":
    the change's first figure, written bare, takes the second's scale and unit, when the two are
    of one magnitude (within a factor of 100, as the levels before and after a change are)."""
    if item.scale != 1 or item.value is None or item.value == 0:
        return
    other_at, om = _next_figure(text, at, pats)
    if om is None or not om.group("digits"):
        return
    other = _signed(om)
    if other.value == 0 or not Decimal("0.01") <= abs(item.value / other.value) <= 100:
        return
    probe = Item("quantity", om.start(), om.end(), other.value)
    if other_at:
        probe.unit = pats.currency_codes[symbol_key(other_at.group())]
    probe_end = _scale(probe, text, om.end(), lex, pats, currency=other_at is not None or item.unit is not None)
    if read_unit(probe, text, probe_end, lex, pats, floor) is None:
        return
    if item.unit is not None and probe.unit != item.unit:
        return  # "from $3 to 5 million yuan": not one currency
    if probe.unit in (None, "fraction") and probe.scale == 1:
        return
    item.scale = probe.scale
    if item.unit is None and probe.unit != "fraction":
        item.unit = probe.unit


def _changes_from(text: str, start: int, near: int, left_lo: int, floor: int, pats: Patterns) -> bool:
    """True when "from" right before the figure opens a change, "from A to B" being two figures.

    "rose from 3 to 5", "went from 3 to 5", "data from 3 to 5 sources": a word before "from" makes
    it a change (or a source), as does a change word earlier in the clause ("rose 5%, from 3 to
    5"). "from" opening the sentence or following a comma, colon or dash, with no change word
    before it, opens a range: "zones are quite high, from 7 to 10".
    """
    fm = _FROM.search(text, near, start)
    if fm is None:
        return False
    before = _BEFORE_FROM.search(text, max(floor, fm.start() - 4), fm.start())
    if before is None and fm.start() > floor + 3:
        return True
    return pats.direction_word.search(text, left_lo, fm.start()) is not None


def _signed(m: re.Match[str]) -> numbers.Reading:
    """The figure in digits matched by the core pattern, with its minus sign."""
    reading = numbers.read_digits(m.group("digits"))
    return numbers.Reading(-reading.value, reading.precision) if m.group("neg") else reading


def _unit_range(
    item: Item, text: str, end: int, lex: Lexicon, pats: Patterns, left_lo: int, floor: int
) -> int:
    """A range whose ends both carry the unit: "44 mg to 50 mg", "between 3 km and 5 km"."""
    rm = pats.range_join.match(text, end)
    if not rm or item.value is None or item.scale != 1:
        return end
    join = rm.group("join").lower().lstrip("- ") or "-"  # "8- to 16" joins with "to"
    near = max(left_lo, item.start - 16)
    between = _BETWEEN.search(text, near, item.start)
    spread = _SPREAD_FROM.search(text, max(left_lo, item.start - 24), item.start) is not None
    from_to = join == "to" and _changes_from(text, item.start, near, left_lo, floor, pats) and not spread
    if (join == "and" and not between) or from_to:
        return end
    if join == "to" and pats.direction_word.search(text, near, item.start):
        return end  # "rose 5% to 7%": a change from one level to another ("2%-3%" is a range)
    om = pats.core.match(text, rm.end())
    if om is None or not om.group("digits") or pats.scale_after.match(text, om.end()):
        return end
    other = Item("quantity", om.start(), om.end(), _signed(om).value)
    other_end = read_unit(other, text, om.end(), lex, pats, floor)
    if other_end is None or other.unit != item.unit or other.value is None:
        return end
    if item.value == other.value or (not item.value < other.value and not spread):
        return end  # a falling "range" is two figures
    item.low, item.high = min(item.value, other.value), max(item.value, other.value)
    if between:
        item.start = between.start()
    return other_end


def _left(item: Item, text: str, lex: Lexicon, pats: Patterns, left_lo: int) -> None:
    # Each pattern searches only as far back as its longest phrase can reach (lookbehinds still
    # see the text before), which keeps a text dense with figures fast.
    end = item.start
    if item.low is not None:
        lo = max(left_lo, end - 12)
        between = text[lo:end].lower().rfind("between")
        if between >= 0 and not text[lo + between + 7 : end].strip():
            end = lo + between
    qm = None
    last_word = _LAST_WORD.search(text, max(left_lo, end - 16), end)
    if last_word and last_word.group(1).lower() in pats.qualifier_last:
        qm = pats.qualifier_prefix.search(text, max(left_lo, end - _HEDGE_REACH), end)
    if qm:
        hedge = qm.group("q").lower()
        item.hedge = " ".join(hedge.split())
        item.qualifier = lex.qualifiers.get(item.hedge, "~")
    near = max(left_lo, end - 12)
    item.is_from = bool(_FROM.search(text, near, end))
    item.is_to = bool(_TO.search(text, near, end))
    adj = pats.direction_adjacent.search(text, near, end)
    if adj:
        item.direction = lex.directions_adjacent[adj.group("d").lower()]
        return
    last = None
    # the direction pattern is a long alternation: run it only when one of its words is there
    if any(w.lower() in pats.direction_first for w in _WORDS.findall(text, left_lo, end)):
        for dm in pats.direction_word.finditer(text, left_lo, end):
            last = dm
    if last is not None:
        item.direction = lex.directions[" ".join(last.group("d").lower().split())]


def opens_conversion(text: str, previous: Item, item: Item) -> bool:
    """True when ``item`` is a bracketed conversion of the money figure before it."""
    if previous.unit is None or item.unit is None:
        return False
    if not (previous.unit.isupper() and item.unit.isupper()) or previous.unit == item.unit:
        return False
    return bool(_OPEN_PAREN.fullmatch(text, previous.end, item.start))
