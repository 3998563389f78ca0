"""Regex fragments of what stands around a figure: its scale, unit, currency, or a rate's "per".

Unit and currency spellings, scale words and currency symbols are the lexicon's; each fragment
is a function of it (or a module-level string), tested on its own in
``tests/extract/test_patterns.py``, and compiled by `patterns.compile_for`.
"""

from __future__ import annotations

import re

from claimcheck.extract.fragments import alternation, phrases
from claimcheck.lexicon import Lexicon


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


def scale_after(lex: Lexicon) -> str:
    """A scale word or suffix after a figure: " billion", "-million", "bn", "m"."""
    words = alternation(lex.scale_words)
    suffixes = alternation(lex.scale_suffixes)
    return rf"""
        (?:[\x20-]?(?P<scale>{words})\b)
        | \x20?(?P<exact>(?-i:MM|M))(?![\w])(?!['’]s\b|(?-i:\x20[A-Z]))  # not "3M Company", "3M's"
        | (?P<suffix>{suffixes})(?![\w])
        | \x20(?P<spaced_suffix>{phrases(lex.words.spaced_scale_suffixes)}|(?-i:k))\b
    """  # "5 k" only in lower case: "5 K" is kelvin


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
    after = [
        s
        for s in lex.currency_symbols
        if not re.search("[A-Za-z]", s) or re.fullmatch("[A-Z]{3}", s)
    ]
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
