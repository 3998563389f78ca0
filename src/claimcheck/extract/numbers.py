"""Read the value of a figure: digits ("1,500.25", "2 1/2") or words ("two hundred and forty").

Our own code rather than text2num: text2num reads whole cardinals but not fractions ("two-thirds",
"one and a half"), "a dozen", or a figure with a scale word that comes from another table, and
we need the precision a figure was written with, which no parser returns. Values are computed
with `Decimal` so that "2.4 billion" is exactly 2400000000.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from claimcheck.lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class Reading:
    """A figure's value, the smallest step it was written to, and whether it is a fraction
    (or an ordinal: "one hundred and twenty-third")."""

    value: Decimal
    precision: Decimal
    fraction: bool = False
    bare_one: bool = False
    ordinal: bool = False


_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
           "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8),
           "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}  # fmt: skip
_POWER = re.compile(r"(?:[eE]|\s?[xX×]\s?10\^?|\^)([-+]?\d+)$")
# "8x2^10": a figure times a power of another base (ten's powers are read by _POWER)
_PRODUCT = re.compile(r"(.+?)\s?[xX×]\s?(?!10\^)(\d+)\^([-+]?\d+)$")
# superscript digits and signs, and the minus sign, as ASCII: "10⁻⁵" -> "10-5"
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
_SEPARATORS = str.maketrans("", "", ", \u202f\u00a0")


def read_digits(text: str) -> Reading:
    """Read a figure written in digits; the precision is one unit of its last digit."""
    text = text.translate(_SUPERSCRIPT)
    product = _PRODUCT.fullmatch(text)
    if product:
        factor = read_digits(product.group(1))
        times = Decimal(int(product.group(2))) ** int(product.group(3))
        return Reading(factor.value * times, factor.precision * times)
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
        head = text[:-1].translate(_SEPARATORS)  # "1 000¼", "1,000 ¼": grouped digits
        frac = Fraction(int(head) if head else 0) + Fraction(vnum, vden)
        return Reading(Decimal(frac.numerator) / Decimal(frac.denominator), Decimal(1) / vden)
    if "/" in text:
        head, _, tail = text.rpartition(" ")
        head = head.translate(_SEPARATORS)
        whole = Fraction(int(head)) if head else Fraction(0)
        # a grouped part ("1,000/3": a range's end the pattern allows) is read as its digits
        num, den = (int(part.translate(_SEPARATORS)) for part in tail.split("/"))
        frac = whole + Fraction(num, den or 1)
        value = Decimal(frac.numerator) / Decimal(frac.denominator)
        return Reading(value, Decimal(1) / Decimal(den or 1))
    value = Decimal(text.translate(_SEPARATORS))
    exponent = value.as_tuple().exponent
    step = Decimal(1).scaleb(exponent) if isinstance(exponent, int) else Decimal(1)
    return Reading(value, step)


def read_spelled(text: str, lex: Lexicon) -> Reading | None:
    """Read a spelled-out number, or None when the words are not one number.

    "two hundred and forty", "a dozen", "nine point nought four", and fractions: "three fifths",
    "one twenty-fifth", "twenty and three fifths" (a whole part before "and"), "five billion and
    three quarters" (a fraction of the multiplier before "and"), "half a dozen", "two thirds of
    a million" (a fraction of the multiplier after it).
    """
    words = [" ".join(w.split()) for w in _word_pattern(lex).findall(text.lower())]
    if "," in text and not _descends(text.lower().split(","), lex):
        return None  # "three million, five million": a list, not one number
    if "point" in words:
        return _decimal(words, lex)
    f = next((i for i, w in enumerate(words) if w in lex.fraction_words), None)
    if f is None:
        read = _cardinal(words, lex)
        if read is None:
            return None
        bare_one = words in (["one"], ["a"], ["an"])
        return Reading(Decimal(read[0]), Decimal(_place(words, lex)), bare_one=bare_one)
    return _fraction(words, f, lex)


def _descends(parts: list[str], lex: Lexicon) -> bool:
    """True when each comma-joined part of a spelled number is smaller than the last multiplier
    of the part before it: "three million, two hundred" (not "three million, five million")."""
    step = None
    for part in parts:
        read = _cardinal(_word_pattern(lex).findall(part), lex)
        if read is None or (step is not None and read[0] >= step):
            return False
        step = read[1]
    return True


@functools.cache
def _word_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The words of a spelled number, a group word of several words as one ("baker's dozen")."""
    phrases = sorted((w for w in lex.group_words if not w.isalpha()), key=len, reverse=True)
    return re.compile("|".join([*(re.escape(p).replace(r"\ ", r"\s+") for p in phrases), "[a-z]+"]))


def _cardinal(words: list[str], lex: Lexicon) -> tuple[int, int] | None:
    """A whole number's value and the last multiplier it was written with (1 when none)."""
    total = current = small = 0  # small: the count written since the last hundred or multiplier
    step = 1
    have = False
    last: int | None = None  # the value of the units or tens word just read
    for word in words:
        if word == "and":
            continue
        have = True
        if word in ("a", "an"):
            current += 1
            small += 1
            continue
        if word in lex.units_words or word in lex.tens_words:
            value = lex.units_words.get(word, lex.tens_words.get(word, 0))
            if last is not None and (last < 20 or value >= 10):
                return None  # "three-nought-four", "five and six", "nineteen eighty": two numbers
            current += value
            small += value
            last = value
            continue
        last = None
        if word == "hundred":
            current = (current or 1) * 100
            small = 0
        elif word in lex.multiplier_words:
            mult = lex.multiplier_words[word]
            if total and mult >= step:
                return None  # "five million and ten million": two numbers, never their sum
            total += (current or 1) * mult
            current = small = 0
            step = mult
        elif word in lex.group_words:
            # "three hundred and two dozen" is 300 + 24; "a dozen" is 12
            group = lex.group_words[word]
            current = current - small + small * group if small else (current or 1) * group
            small = 0
        else:
            return None
    return (total + current, step) if have else None


def _place(words: list[str], lex: Lexicon) -> int:
    """The precision of a whole number, as if written in figures: a multiplier last is a scale
    word ("two million", as "2 million": 1000000); otherwise one ("two hundred", as "200";
    "nine hundred and ninety-nine thousand and one")."""
    for word in reversed(words):
        if word in lex.multiplier_words and lex.multiplier_words[word] >= 1000:
            return lex.multiplier_words[word]
        if word != "and":
            return 1
    return 1


def _decimal(words: list[str], lex: Lexicon) -> Reading | None:
    """ "two hundred point seventy-one" (200.71), "nought point nought three" (0.03)."""
    k = words.index("point")
    whole = _cardinal(words[:k], lex)
    if whole is None:
        return None
    digits = ""
    rest = words[k + 1 :]
    for i, word in enumerate(rest):
        if word in lex.units_words:
            if i and rest[i - 1] in lex.tens_words and 0 < lex.units_words[word] < 10:
                digits = digits[:-1] + str(lex.units_words[word])  # "seventy-one"
            else:
                digits += str(lex.units_words[word])
        elif word in lex.tens_words:
            digits += str(lex.tens_words[word])
        else:
            return None
    if not digits:
        return None
    return Reading(Decimal(f"{whole[0]}.{digits}"), Decimal(1).scaleb(-len(digits)))


def _fraction_parts(
    words: list[str], f: int, den: int, lex: Lexicon
) -> tuple[list[str] | None, list[str], int]:
    """The words before the fraction word ``words[f]`` as a whole part (None when there is
    none) and a numerator, and the denominator a tens word before it adds to."""
    left = words[:f]
    whole_words: list[str] | None = None
    num_words = left
    if "and" in left:
        j = len(left) - 1 - left[::-1].index("and")
        # "twenty and three fifths" is 20 + 3/5 and "one hundred and three quarters" 100 + 3/4,
        # but "one hundred and thirty fifths" is 130/5: "and" inside the hundreds
        after = left[j + 1 :]
        single = len(after) == 1 and (after[0] in ("a", "an") or after[0] in lex.units_words)
        if j and (left[j - 1] != "hundred" or single):
            whole_words, num_words = left[:j], left[j + 1 :]
    if (
        len(num_words) >= 2
        and num_words[-1] in lex.tens_words
        and num_words[-2] != "and"
        and den < 10
        and words[f] not in ("quarter", "quarters")
    ):
        # "one twenty-fifth", "one hundred thirty fifths": the tens word is the denominator's
        den += lex.tens_words[num_words[-1]]
        num_words = num_words[:-1]
    return whole_words, num_words, den


def _fraction(words: list[str], f: int, lex: Lexicon) -> Reading | None:
    """A number with the fraction word ``words[f]`` in it."""
    den = lex.fraction_words[words[f]]
    mult = 1  # "half a dozen", "two thirds of a million": a multiplier after the fraction
    for word in words[f + 1 :]:
        if word in lex.multiplier_words or word in lex.group_words:
            mult *= lex.multiplier_words.get(word) or lex.group_words[word]
        elif word not in ("a", "an", "of"):
            return None  # "the fourth one": an ordinal, then a number
    whole_words, num_words, den = _fraction_parts(words, f, den, lex)
    num = _cardinal(num_words, lex) if num_words else (1, 1)
    if num is None:
        return None
    if whole_words is None and mult == 1 and words[f] in lex.ordinal_words and num[0] > 1:
        # "one hundred and twenty-third", "the two millionth visitor": a fraction's numerator is
        # one before a singular fraction word ("one fifth", "two fifths"), so this is an ordinal
        return Reading(
            Decimal(num[0] * den if den >= 100 else num[0] + den), Decimal(1), ordinal=True
        )
    frac = Fraction(num[0], den)
    step = Fraction(1, 2 * den * (den + 1))
    if whole_words is None:
        value = frac * mult
    else:
        whole = _cardinal(whole_words, lex)
        if whole is None:
            return None
        if mult > 1:
            # "one and a half million" is 1.5 million; "one billion and a half million" is not
            value = whole[0] + frac * mult if whole[0] >= mult else (whole[0] + frac) * mult
        elif whole_words[-1] in lex.multiplier_words and whole_words[-1] != "hundred":
            value = whole[0] + frac * whole[1]  # "five billion and three quarters"
            step *= whole[1]
        else:
            value = whole[0] + frac  # "one and a half"
    if mult > 1:
        step = Fraction(mult)
    is_fraction = value < 1 and not any(w in lex.multiplier_words for w in words)
    return Reading(
        Decimal(value.numerator) / Decimal(value.denominator),
        Decimal(step.numerator) / Decimal(step.denominator),
        fraction=is_fraction,
    )


def to_number(value: Decimal) -> float | int:
    """A JSON-friendly number: an int when the value is whole and exactly representable."""
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    return float(value)
