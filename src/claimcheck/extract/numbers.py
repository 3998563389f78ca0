"""Read the value of a figure: digits ("1,500.25", "2 1/2") or words ("two hundred and forty").

Our own code rather than text2num: text2num reads whole cardinals but not fractions ("two-thirds",
"one and a half"), "a dozen", or a figure with a scale word that comes from another table, and
we need the precision a figure was written with, which no parser returns. Values are computed
with `Decimal` so that "2.4 billion" is exactly 2400000000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from claimcheck.lexicon import Lexicon

_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Reading:
    """A figure's value, the smallest step it was written to, and whether it is a fraction."""

    value: Decimal
    precision: Decimal
    fraction: bool = False
    bare_one: bool = False


_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
           "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8),
           "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}  # fmt: skip
_POWER = re.compile(r"(?:[eE]|\s?[xX×]\s?10\^|\^)([-+]?\d+)$")
_SEPARATORS = str.maketrans("", "", ", \u202f\u00a0")


def read_digits(text: str) -> Reading:
    """Read a figure written in digits; the precision is one unit of its last digit."""
    power = _POWER.search(text)
    if power:
        base = read_digits(text[: power.start()])
        exp = int(power.group(1))
        if "^" in text and "10^" not in text:
            # "2.5^-1": a power of the figure, exact to its first 28 digits
            return Reading(base.value**exp, base.precision)
        return Reading(base.value.scaleb(exp), base.precision.scaleb(exp))
    if text[-1] in _VULGAR:
        vnum, vden = _VULGAR[text[-1]]
        head = text[:-1].strip()
        frac = Fraction(int(head) if head else 0) + Fraction(vnum, vden)
        return Reading(Decimal(frac.numerator) / Decimal(frac.denominator), Decimal(1) / vden)
    if "/" in text:
        head, _, tail = text.rpartition(" ")
        whole = Fraction(int(head.replace(",", ""))) if head.strip() else Fraction(0)
        num, den = (int(part) for part in tail.split("/"))
        frac = whole + Fraction(num, den or 1)
        value = Decimal(frac.numerator) / Decimal(frac.denominator)
        return Reading(value, Decimal(1) / Decimal(den or 1))
    value = Decimal(text.translate(_SEPARATORS))
    exponent = value.as_tuple().exponent
    step = Decimal(1).scaleb(exponent) if isinstance(exponent, int) else Decimal(1)
    return Reading(value, step)


def read_spelled(text: str, lex: Lexicon) -> Reading | None:
    """Read a spelled-out number, or None when the words are not one number."""
    words = _WORD.findall(text.lower())
    # ints until a fraction word needs a Fraction (Fraction arithmetic is slow)
    total: Fraction | int = 0
    current: Fraction | int = 0
    have = False
    fraction = False
    step: Fraction | int = 1
    at_and: Fraction | int | None = None  # the count when the last "and" was read
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word == "and":
            at_and = current
            i += 1
            continue
        if word in ("a", "an"):
            current += 1
            have = True
            i += 1
            continue
        if word in lex.units_words or word in lex.tens_words:
            current += lex.units_words.get(word, lex.tens_words.get(word, 0))
            have = True
        elif word == "hundred":
            current = (current or 1) * 100
            have = True
        elif word in lex.multiplier_words:
            mult = lex.multiplier_words[word]
            total = (total + current) * mult if fraction else total + (current or 1) * mult
            step = mult
            current = 0
            at_and = None
            fraction = False
            have = True
        elif word in lex.group_words:
            current = (current or 1) * lex.group_words[word]
            have = True
        elif word in lex.fraction_words:
            if nxt in lex.units_words or nxt in lex.tens_words:
                return None  # "the fourth one": an ordinal, then a number
            den = lex.fraction_words[word]
            num = current if current else 1
            if at_and is not None and current > at_and:
                # "one and a half", "twenty and three fifths": the whole part came before "and"
                num = current - at_and
                total += at_and
            elif current and i >= 1 and words[i - 1] in ("a", "an"):
                num = 1
                current -= 1
            total += Fraction(num) / den
            current = 0
            at_and = None
            fraction = True
            step = Fraction(1, 2 * den * (den + 1))
            have = True
            if nxt in ("a", "an"):
                # "half a million": the fraction scales what follows
                i += 1
        else:
            return None
        i += 1
    if not have:
        return None
    value = total + current
    bare_one = words in (["one"], ["a"], ["an"])
    is_fraction = fraction and value < 1 and not any(w in lex.multiplier_words for w in words)
    return Reading(
        Decimal(value.numerator) / Decimal(value.denominator),
        Decimal(step.numerator) / Decimal(step.denominator),
        fraction=is_fraction,
        bare_one=bare_one,
    )


def to_number(value: Decimal) -> float | int:
    """A JSON-friendly number: an int when the value is whole and exactly representable."""
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    return float(value)
