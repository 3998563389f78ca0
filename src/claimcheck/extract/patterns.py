"""Regular expressions of the extractor, built from small named fragments with ``re.VERBOSE``.

Each fragment is a module-level string or a function of the lexicon, tested on its own in
``tests/extract/test_patterns.py``. Fragments avoid nested unbounded repetition so that no input
can make them backtrack catastrophically.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.lexicon import Lexicon

FLAGS = re.VERBOSE | re.IGNORECASE


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, with flexible white space."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) + ")"


# Vulgar fraction characters and their values are in numbers.py; the characters here.
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"

# Digit groups of three separated by a thin or no-break space ("1 234 567"), or by plain spaces
# when there are two groups or more ("1 234 567") or the group is a round thousand ("40 000"):
# "on June 5 200 people" is two figures.
SPACED_GROUPS = r"""
    \d{1,3}
    (?:(?:[\u202f\u00a0]\d{3})+
      |\x20\d{3}(?:\x20\d{3})+
      |\x20000)
    (?![\d-])
"""

# Indian digit grouping, in twos above the thousands: "1,50,000" (a lakh and a half).
INDIAN_GROUPS = r"\d{1,2}(?:,\d{2})+,\d{3}"

# A figure times a power of a base other than ten, the caret written: "8x2^10", "3 × 2^-1".
PRODUCT_POWER = r"\x20?[x×]\x20?[1-9]\d{0,2}\^[-+]?\d{1,2}"

# A power after a figure: "1.5e6", "1.2e-3", "1.2 x 10^5", "1.2×10⁵", "2.48×10−5", "2.5^-1".
EXPONENT = rf"""
    (?:[eE][-+]?\d{{1,2}}(?![\w])
      |\x20?[x×]\x20?10(?:\^[-+−]?\d{{1,2}}|−\d{{1,2}}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}})
      |{PRODUCT_POWER}
      |\^[-+]?\d{{1,2}})
"""

# A figure in digits: thousands separators, decimals, and mixed or simple fractions.
DIGITS = rf"""
    (?<![\w.,/])                        # not the tail of a word, decimal or fraction
    (?:
      (?:\d{{1,3}}(?:,\d{{3}})+|{INDIAN_GROUPS}|{SPACED_GROUPS}|\d+)  # whole part
      (?:\.\d+                           # a decimal part, or
        |\x20{{1,2}}\d{{1,3}}/\d{{1,3}}|/\d{{1,4}}  # a mixed (2 1/2) or simple (3/4) fraction, or
        |\x20?[{VULGAR}])?                 # a vulgar fraction (1¾)
      | \.\d+                             # a decimal without its zero: .08
      | [{VULGAR}]                         # a vulgar fraction alone: ½
    )
    {EXPONENT}?
    (?!\d|,\d{{3}}|\.\d|/\d)             # not cut short in the middle of a longer figure
"""

# A minus sign directly before a figure, not a hyphen between two figures.
NEGATIVE = r"(?<![\w\d.,%])[-−](?=\d)"  # "2%-3%" is a range

# Ordinal suffix of a figure: 21st, 2nd, 10th.
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)\b"


def spelled(lex: Lexicon) -> str:
    """A spelled-out number: "two hundred and forty", "a dozen", "three-quarters"."""
    numword = alternation(
        [*lex.units_words, *lex.tens_words, *lex.multiplier_words, *lex.group_words]
    )
    mult = alternation([*lex.multiplier_words, *lex.group_words])
    # "two thirds of a million": "of a" belongs to the number only before a multiplier
    fracword = rf"{alternation(lex.fraction_words)}(?:[\s-]+of[\s-]+an?(?=[\s-]+{mult}\b))?"
    word = f"(?:{numword}|{fracword})"
    # "a" counts as one only before a multiplier, group or fraction: "a two-year" is two
    after_a = alternation([*lex.multiplier_words, *lex.group_words, *lex.fraction_words])
    return rf"""
        \b
        (?:an?[\s-]+(?={after_a}\b))?       # "a dozen", "a third", "a million"
        {word}
        (?:                                 # more words: "hundred and forty", "and a half"
            (?:{spelled_comma(lex)}|[\s-]+)(?:(?:and|&)[\s-]+)?(?:an?[\s-]+)?
            {word}
        ){{0,24}}                           # the longest spelled number has 22 words
        {decimal_words(lex)}?
        \b
    """


def spelled_comma(lex: Lexicon) -> str:
    """A comma inside a spelled number, right after a multiplier of a thousand or more:
    "three million, two hundred & forty" (the reader checks that what follows is smaller)."""
    big = sorted(w for w, v in lex.multiplier_words.items() if v >= 1000)
    return "(?:" + "|".join(f"(?<={re.escape(w)})" for w in big) + r"),\x20"


def decimal_words(lex: Lexicon) -> str:
    """The decimal part of a spelled number: " point nought four", " point seventy-one"."""
    digit = alternation([*lex.units_words, *lex.tens_words])
    return rf"(?:[\s-]+point(?:[\s-]+{digit}\b){{1,12}})"


# A word that makes the figure after it negative: "minus five", "negative 2.5".
NEGATIVE_WORD = r"\b(?:minus|negative)\s+"


def ordinal_word(lex: Lexicon) -> str:
    """A spelled ordinal that is not also a fraction word: "first", "twenty-first"."""
    pure = alternation(w for w in lex.ordinal_words if w not in lex.fraction_words)
    compound = alternation(lex.ordinal_words)
    tens = alternation(lex.tens_words)
    return rf"\b(?:{tens}[\s-]{compound}|{pure})\b"


def one_unit(lex: Lexicon) -> str:
    """ "a" or "an" counting one of the unit named after it: "a gallon", "an ounce"."""
    return rf"\b(?P<article>an?)(?=\x20+{alternation(lex.one_unit_names)}\b)"


def named_quantity(lex: Lexicon) -> str:
    """A quantity named in words: "absolute zero"."""
    return rf"\b(?P<named>{alternation(lex.named_quantities)})\b"


def number_core(lex: Lexicon) -> str:
    """The master pattern: a spelled ordinal, a figure in digits, or a spelled number."""
    return rf"""
        (?P<ordword>{ordinal_word(lex)})
        | (?P<negword>{NEGATIVE_WORD})?
          (?:(?P<neg>{NEGATIVE})?(?P<digits>{DIGITS}) | (?P<spelled>{spelled(lex)}))
    """


def word_quantity(lex: Lexicon) -> str:
    """A quantity with no figure, tried where the master pattern finds none: "a" before a unit's
    name, or a named quantity (never the other end of a range or a continuation)."""
    return f"{one_unit(lex)}|{named_quantity(lex)}"


def glued_core(lex: Lexicon) -> str:
    """The master pattern for a figure glued to a currency's letters: "RMB5bn", "Rs.500", "RM5"."""
    # the figure starts with a digit: in "Rs.500" the dot belongs to the symbol, not to ".500"
    return number_core(lex).replace(r"(?<![\w.,/])", r"(?<=[A-Za-z.])(?=\d)", 1)


def currency_prefix(lex: Lexicon) -> str:
    """A currency symbol written before a figure, at the end of the left context."""
    # a dollar sign's letters in any case, and spaced as tokenised text has them ("c $", "hk $");
    # other symbols exactly as written ("gel 5 ml" is no money)
    dollars = alternation(s for s in lex.currency_symbols if "$" in s)
    others = alternation(s for s in lex.currency_symbols if "$" not in s)
    return rf"(?<![A-Za-z])(?P<cur>(?i:{dollars})|(?-i:{others}))\s?$"


def symbol_key(symbol: str) -> str:
    """A currency symbol as looked up: upper case, no space ("c $" and "C$" are one symbol)."""
    return "".join(symbol.split()).upper()


def qualifier_prefix(lex: Lexicon) -> str:
    """A hedge right before a figure ("nearly", "more than"), at the end of the left context."""
    return rf"(?<![\w])(?P<q>{alternation(lex.qualifiers)})\s+$"


def direction_word(lex: Lexicon) -> str:
    """A word that says a figure is a change and which way ("grew", "decrease of")."""
    return rf"\b(?P<d>{alternation(lex.directions)})\b"


def direction_adjacent(lex: Lexicon) -> str:
    """A direction word that counts only directly before a figure ("up 5%")."""
    # "made up 9 percent" is a share, not a rise
    verbs = "".join(rf"(?<!\b{v}\s)" for v in ("made", "make", "makes", "making", "take", "took", "takes", "taking", "set", "sum"))
    return rf"\b{verbs}(?P<d>{alternation(lex.directions_adjacent)})\s+$"


def scale_after(lex: Lexicon) -> str:
    """A scale word or suffix after a figure: " billion", "-million", "bn", "m"."""
    words = alternation(lex.scale_words)
    suffixes = alternation(lex.scale_suffixes)
    return rf"""
        (?:[\x20-]?(?P<scale>{words})\b)
        | \x20?(?P<exact>(?-i:MM|M))(?![\w])(?!['’]s\b|(?-i:\x20[A-Z]))  # not "3M Company", "3M's"
        | (?P<suffix>{suffixes})(?![\w])
        | \x20(?P<spaced_suffix>bn|mn|tn|mln|bln|tln|(?-i:k))\b
    """


def unit_name(lex: Lexicon) -> str:
    """A unit's spelling: lower-case spellings match in any case, others exactly."""
    return rf"(?i:{alternation(lex.unit_names)})|(?-i:{alternation(lex.unit_names_exact)})"


# A power written after a unit: "km^2", "s2", "m³", "km squared", and "s-1", "fb⁻¹" (per unit).
POWER = r"(?P<pow>\^?[23](?![0-9])|[²³]|\x20squared\b|\x20cubed\b|\^?[-−]1(?![0-9])|⁻¹)"

# "square" or "cubic" written before a unit: "square yards", "sq ft", "cubic inches", "-square-metre".
POWER_PREFIX = r"(?P<pre>square[\x20-]+|sq\.?\x20+|cubic[\x20-]+|cu\.?\x20+)"


def unit_after(lex: Lexicon) -> str:
    """A unit after a figure, with an optional power ("5 m", "-meter", "4 ft2")."""
    return rf"""
        (?:\x20|-|\x20-\x20)?
        (?P<unit>{unit_name(lex)})
        {POWER}?
        (?![A-Za-z0-9])
    """


def per_unit(lex: Lexicon) -> str:
    """The unit a rate is per, after its first unit: "/hour", " per kg", " an hour", "/s2"."""
    return rf"""
        (?P<per>\x20?/\x20?|\x20+per\x20+|\x20+an?\x20+)
        {POWER_PREFIX}?
        (?P<unit>{unit_name(lex)})
        {POWER}?
        (?![A-Za-z0-9])
    """


def power_unit(lex: Lexicon) -> str:
    """A unit with "square" or "cubic" before it: " square yards", " cubic inches"."""
    return rf"""
        [\x20-]{POWER_PREFIX}
        (?P<unit>{unit_name(lex)})
        (?![A-Za-z0-9])
    """


def bracket_unit(lex: Lexicon) -> str:
    """A unit in brackets after a figure, as in tables: "20 (kg)", "20 [kg]"."""
    return rf"""
        \x20?(?P<open>[(\[{{<])
        (?P<unit>{unit_name(lex)})
        (?P<close>[)\]}}>])
    """


def currency_symbol_after(lex: Lexicon) -> str:
    """A currency symbol or ISO code written after a figure: "15€", "100 ₡", "100元", "2 BTC"."""
    after = [s for s in lex.currency_symbols if not re.search("[A-Za-z]", s) or re.fullmatch("[A-Z]{3}", s)]
    return rf"\x20?(?P<csym>{alternation(after)})(?![\w$])(?!\x20?\d)"


def cued_after(lex: Lexicon) -> str:
    """A name that is a unit only beside its cue words, right after a figure: "30C", "86 F"."""
    names = alternation(n for n in lex.unit_cues if n not in lex.currency_names)
    return rf"\x20?(?P<cued>{names})(?![A-Za-z0-9])"


def attached_after(lex: Lexicon) -> str:
    """A currency written directly after a figure, without a space: "50p"."""
    return rf"(?P<att>{alternation(lex.currency_attached)})(?![A-Za-z0-9])"


def currency_after(lex: Lexicon) -> str:
    """A currency named after a figure: " yuan", "-yuan", " US dollars"."""
    return rf"[\x20-]?(?P<cname>{alternation(lex.currency_names)})\b"


# A token of text: a run of ASCII letters or of digits. Every pattern here can only start where
# a token starts (or at a sign or currency symbol just before one), so the extractor tries its
# patterns at token starts instead of at every character: Python's regex engine does not skip
# ahead for a large case-insensitive alternation, and scanning every position was most of the
# time spent on a long text.
TOKEN = rf"[A-Za-z]+|[0-9]+|[{VULGAR}]|\.(?=[0-9])"


def tokens(text: str, token: re.Pattern[str], words: frozenset[str]) -> list[tuple[int, str]]:
    """Where a digit run starts (with ``""``), or a word in ``words`` (with its lower case)."""
    out = []
    for m in token.finditer(text):
        tok = m.group()
        if not tok[0].isalpha():
            out.append((m.start(), ""))
        else:
            low = tok.lower()
            if low in words:
                out.append((m.start(), low))
    return out


def starts(found: list[tuple[int, str]], words: frozenset[str]) -> list[int]:
    """The positions of ``tokens`` that are digits or one of ``words``."""
    return [pos for pos, word in found if not word or word in words]


def core_words(lex: Lexicon) -> frozenset[str]:
    """The words a spelled number or ordinal can start with."""
    words = [*lex.units_words, *lex.tens_words, *lex.multiplier_words, *lex.group_words,
             *lex.fraction_words, *lex.ordinal_words, *lex.named_quantities, "a", "an", "minus",
             "negative"]  # fmt: skip
    return frozenset(w.split()[0].split("-")[0].lower() for w in words)


# What can stand right before a "from" that opens a range ("quite high, from 7 to 10"): a comma,
# colon, dash or bracket; after a word, "from" opens a change ("rose from") or a source.
BEFORE_FROM = r"(?:[,;:(\[–—]|\s-)\s*$"

# After a group word that is also an adjective, what leaves it a number: "a gross of pencils",
# "a gross is 144", "a gross." (no word it could describe, as in "a gross margin").
GROUP_ALONE = r"\s*(?:[,.;:!?()]|$|(?:of|is|was|are|were)\b)"


def after_figure(lex: Lexicon) -> str:
    """A figure or scale word just before "a", which makes "a" mean "per": "3.50 a gallon"."""
    return rf"(?:\d|%|\b{alternation(lex.scale_words)})\s+$"


# What joins the two ends of a range: "3-5", "3 to 5", "between 3 and 5".
RANGE_JOIN = r"\s?(?P<join>-\x20to|-|–|—|to|and)\s?(?=[\d$£€¥a-zA-Z]|[-−]\d)"

# A word counted by a bare figure ("197 companies"), read when no unit follows.
NOUN_AFTER = r"[\x20-](?P<noun>[A-Za-z][A-Za-z'’-]{1,30})"

# What joins a money figure to its minor units: "3 dollars 50 cents", "thirteen dollars and
# forty-five cents", "3 dollars, 50 cents".
MINOR_JOIN = r",?\x20(?P<and>and\x20)?"

# What may follow the bare minor units of "one dollar and five": the end of the clause or
# another "and"/"or" ("one dollar and one and one point"), not a noun the figure counts
# ("and three points").
BARE_MINOR_END = r"""
    \s*(?:[.,;:!?)]|$)
    | \s+(?:and|or|but|plus)\b
"""

# "percent of" or "per cent of" just before a figure, at the end of the left context; not after
# "in" or "as", where "percent" names a scale ("expressed in percent of 100").
PERCENT_OF = r"""
    (?<![\w-])(?<!\bin\x20)(?<!\bas\x20)
    (?P<pct>percents?|per\s+cent)
    \s+of\s+$
"""

# A mark that ends a clause: a clause starts after the last one before it.
CLAUSE_BREAK = r"[.,;:!?()\[\]\n]"

# The end of a clause, after a figure: only punctuation or the end of the text follows.
CLAUSE_END = r"\s*(?:[.,;:!?)\]]|$)"


@dataclass(frozen=True, eq=False)
class Patterns:
    """Compiled patterns for one lexicon."""

    core: re.Pattern[str]
    word_quantity: re.Pattern[str]
    glued_core: re.Pattern[str]
    currency_prefix: re.Pattern[str]
    qualifier_prefix: re.Pattern[str]
    direction_word: re.Pattern[str]
    direction_adjacent: re.Pattern[str]
    scale_after: re.Pattern[str]
    unit_after: re.Pattern[str]
    per_unit: re.Pattern[str]
    power_unit: re.Pattern[str]
    bracket_unit: re.Pattern[str]
    currency_symbol_after: re.Pattern[str]
    cued_after: re.Pattern[str]
    attached_after: re.Pattern[str]
    cued_first: frozenset[str]
    currency_codes: dict[str, str]
    currency_after: re.Pattern[str]
    range_join: re.Pattern[str]
    noun_after: re.Pattern[str]
    ordinal_suffix: re.Pattern[str]
    token: re.Pattern[str]
    core_words: frozenset[str]
    direction_first: frozenset[str]
    after_figure: re.Pattern[str]
    qualifier_last: frozenset[str]


@functools.cache
def compile_for(lex: Lexicon) -> Patterns:
    """Compile every pattern for a lexicon (once per lexicon)."""
    return Patterns(
        core=re.compile(number_core(lex), FLAGS),
        word_quantity=re.compile(word_quantity(lex), FLAGS),
        glued_core=re.compile(glued_core(lex), FLAGS),
        currency_prefix=re.compile(currency_prefix(lex), FLAGS),
        qualifier_prefix=re.compile(qualifier_prefix(lex), FLAGS),
        direction_word=re.compile(direction_word(lex), FLAGS),
        direction_adjacent=re.compile(direction_adjacent(lex), FLAGS),
        scale_after=re.compile(scale_after(lex), FLAGS),
        unit_after=re.compile(unit_after(lex), re.VERBOSE),
        per_unit=re.compile(per_unit(lex), re.VERBOSE),
        power_unit=re.compile(power_unit(lex), FLAGS),
        bracket_unit=re.compile(bracket_unit(lex), re.VERBOSE),
        currency_symbol_after=re.compile(currency_symbol_after(lex), re.VERBOSE),
        cued_after=re.compile(cued_after(lex), re.VERBOSE),
        attached_after=re.compile(attached_after(lex), re.VERBOSE),
        cued_first=frozenset(n[0] for n in [*lex.unit_cues, *lex.currency_attached]),
        currency_codes={symbol_key(s): code for s, code in lex.currency_symbols.items()},
        currency_after=re.compile(currency_after(lex), FLAGS),
        range_join=re.compile(RANGE_JOIN, FLAGS),
        noun_after=re.compile(NOUN_AFTER, re.VERBOSE),
        ordinal_suffix=re.compile(ORDINAL_SUFFIX, FLAGS),
        token=re.compile(TOKEN),
        core_words=core_words(lex),
        direction_first=frozenset(w.split()[0] for w in lex.directions),
        after_figure=re.compile(after_figure(lex), FLAGS),
        qualifier_last=frozenset(q.split()[-1].rstrip(".") for q in lex.qualifiers),
    )
