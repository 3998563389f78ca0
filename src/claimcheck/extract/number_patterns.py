"""Regex fragments of a figure itself: digits, spelled numbers, ordinals, quantities in words.

Each fragment is a module-level string or a function of the lexicon (whose number words, scale
and fraction words it is built from), tested on its own in ``tests/extract/test_patterns.py``.
Fragments avoid nested unbounded repetition so that no input can make them backtrack
catastrophically; `patterns.compile_for` compiles them.
"""

from __future__ import annotations

import re

from claimcheck.extract.fragments import alternation, phrases
from claimcheck.lexicon import Lexicon

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


def negative_word(lex: Lexicon) -> str:
    """A word that makes the figure after it negative: "minus five", "negative 2.5"."""
    return rf"\b{phrases(lex.words.negative_words)}\s+"


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
        | (?P<negword>{negative_word(lex)})?
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


def core_words(lex: Lexicon) -> frozenset[str]:
    """The words a spelled number or ordinal can start with."""
    words = [*lex.units_words, *lex.tens_words, *lex.multiplier_words, *lex.group_words,
             *lex.fraction_words, *lex.ordinal_words, *lex.named_quantities, "a", "an",
             *lex.words.negative_words, *lex.words.vague_few, *lex.words.vague_tens,
             *(w + "s" for w in [*lex.multiplier_words, *lex.words.vague_groups])]  # fmt: skip
    # (the last: the words a vague amount starts with, "several hundred", "tens of thousands")
    return frozenset(w.split()[0].split("-")[0].lower() for w in words)
