"""Vague amounts: "tens of millions of euros", "scores of residents", "a few dozen", "several
thousand homes": ranges of the order of magnitude their words name, hedged ``~``.

The range starts at the amount its words name at the least and stops below the next larger
word ("thousands" is 1,000..9,999, since "tens of thousands" begins at 10,000):

* a plural multiplier ("hundreds of", "millions of") starts at one of it;
* a plural group word ("dozens of", "scores of") and "a few" or "several" with a multiplier or
  group word ("a few hundred", "several dozen") start at two of it;
* "tens of" and "hundreds of" before a plural multiplier multiply it by 10 and 100;
* every range ends at the largest number with as many digits as its base (dozens: 99).

Its unit or counted noun is read after it as after any figure ("of euros": EUR; "of
households": a count of households). A vague span of time ("for hundreds of years") says "a long
time" and is no amount.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from claimcheck.extract.cursor import Cursor
from claimcheck.extract.fragments import alternation
from claimcheck.extract.item import Figure, Item
from claimcheck.extract.left_context import left_of
from claimcheck.extract.units import read_unit
from claimcheck.lexicon import Lexicon

_OWNER_BEFORE = re.compile(r"\b(?:the|their|his|her|its|our|your|my|whose)\s+$", re.IGNORECASE)


@functools.cache
def bases(lex: Lexicon) -> dict[str, int]:
    """The words a vague amount counts in, singular, with their worth: "hundred", "dozen"."""
    words = {w: v for w, v in lex.multiplier_words.items() if " " not in w}
    words.update({w: v for w, v in lex.group_words.items() if w in lex.words.vague_groups})
    return words


def pattern(lex: Lexicon) -> str:
    """A vague amount: "a few dozen", "several hundred", "tens of thousands of", "scores of"."""
    singular = alternation(bases(lex))
    plural = alternation(w + "s" for w in bases(lex))
    tens = alternation(lex.words.vague_tens)
    few = alternation(lex.words.vague_few)
    return rf"""
        (?<![\w-])(?:
          (?P<few>{few})\s+(?P<one>{singular})\b(?!-)(?:\s+of\b)?
        | (?:(?P<tens>{tens})\s+of\s+)?(?P<many>{plural})\s+of\b
        )
    """


@functools.cache
def compiled(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(pattern(lex), re.VERBOSE | re.IGNORECASE)


@functools.cache
def starts(lex: Lexicon) -> frozenset[str]:
    """The words (lower case) a vague amount starts with."""
    words = {w.split()[0] for w in (*lex.words.vague_few, *lex.words.vague_tens)}
    return frozenset(words | {w + "s" for w in bases(lex)})


def bounds(lex: Lexicon, m: re.Match[str]) -> tuple[int, int]:
    """The low and high ends of the vague amount matched by ``m`` (both inclusive)."""
    worth = bases(lex)
    if m.group("few"):
        base = worth[m.group("one").lower()]
        low = 2 * base
    else:
        base = worth[m.group("many").lower()[:-1]]
        low = base if base in lex.multiplier_words.values() else 2 * base
        if m.group("tens"):
            base *= 10 ** (
                lex.words.vague_tens.index(m.group("tens").lower()) + 1
            )  # tens, hundreds
            low = base
    return low, 10 ** len(str(base)) - 1


def read(c: Cursor, m: re.Match[str]) -> Item | None:
    """The vague amount matched by ``m``, with the unit or noun after it; None for "the scores
    of" (results, not an amount)."""
    start = m.start()
    if (
        m.group("many")
        and m.group("many").lower() == "scores"
        and _OWNER_BEFORE.search(c.text, max(0, start - 8), start)
    ):
        return None
    low, high = bounds(c.lex, m)
    c = c.at(start)
    measured = read_unit(c, Figure(start, Decimal(low), None, 1, None, Decimal(low)), m.end())
    if measured is None or (measured.unit is not None and c.lex.dimension(measured.unit) == "time"):
        return None  # "for several hundred years", "thousands of years": a long time, no amount
    left = left_of(c, start, ranged=True)
    return Item(
        "quantity", start, measured.end, Decimal(low), Decimal(low), Decimal(high), 1, measured.unit, "~",
        m.group().lower(), left.direction, None, measured.noun, left.is_from, left.is_to,
    )  # fmt: skip
