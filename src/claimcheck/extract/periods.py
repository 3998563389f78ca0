"""Find years, dates and periods in text and normalise them to `Period` labels.

Labels: ``2018`` (a year), ``2018-H1`` (a half), ``2023-Q3`` and ``2023-Q1..Q3`` (quarters),
``2018-05``, ``2018-01..05`` and ``2017-11..2018-01`` (months), ``2024-03-07`` (a day),
``2015..2017`` (years); `timeparts` builds them. The pattern is `period_pattern`'s; each of its
alternatives is read by a small reader of `absolute` or `relative` (`READERS`, by group name).
A span of whole years ("from 2015 to 2017", "the 1990s") also keeps its first and last year as
``low``/``high``, as a range of figures does. Relative time ("last year", "20 years ago") is
resolved against the source's publication date when one is known (`relative` reads the forms
that need its month: "last September", "the past three months", "year to date"), and left
without a period otherwise; time stated against the text's own ("a year earlier", "the same
period of the previous year") is marked with its shift and resolved by `anaphora.resolve`.

Our own patterns rather than dateparser or Recognizers-Text: we need periods (halves, quarters,
month and year ranges, Five-Year Plans), not instants, and we need them fast and offline.
"""

from __future__ import annotations

import functools
import re

from claimcheck.extract import absolute, relative
from claimcheck.extract.patterns import tokens
from claimcheck.extract.period_pattern import compile_split, quarter_ordinals, same
from claimcheck.extract.timeparts import Found, Reader, counts, ordinals
from claimcheck.lexicon import Lexicon

__all__ = ["READERS", "Found", "find", "start_words"]

# Words a time expression can start with (besides digits, month names, ordinals and counts);
# see `find` and `start_words`.
_STARTS = frozenset(
    ["last", "between", "from", "this", "next", "previous", "current", "past", "the", "fy", "fiscal",
     "h", "q", "early", "mid", "late", "coming", "month", "end", "beginning", "start", "middle",
     "year", "so", "since", "later", "upcoming", "months", "quarter", "decade", "half", "full"]
)  # fmt: skip
_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+")


def _the(lex: Lexicon) -> re.Pattern[str]:
    """ "the" is the commonest word in English; it starts a time expression only here."""
    return re.compile(
        rf"""the\s+(?:previous|following|preceding|prior|same\s+{same(lex)}|year\s+(?:before|earlier|prior|after)
              |(?:month|end|beginning|start|middle)\s+of|year[\s-]+to|{quarter_ordinals(lex, from_now=False)}
              |(?:whole|full|entire)\s+year
              |(?:past|last|previous|next|coming|current|upcoming)\s+(?:month|\w+\s+months)
              |(?:(?:past|last|previous)\s+)?decade\b(?!\s+(?:to|ended|ending|through|before|after|of)\b)
              |(?:\w+[\s-]+)?(?:years?|months?|quarters?|decade|half)\s+(?:to|ended|ending|through))\b""",
        re.IGNORECASE | re.VERBOSE,
    )


# Common words that start a time expression only before certain words: the pattern is tried at
# them only then (each gate must admit every alternative the word can start).
_SPAN_END = r"\s+(?:to|ended|ending|through)\b"
_GATES = {
    "year": re.compile(
        r"year[\s-]+(?:(?:that\s+)?(?:to|ended|ending|through|starting|beginning)\b"
        r"|before\s+last\b|after\s+next\b)",
        re.I,
    ),
    "half": re.compile(r"half" + _SPAN_END, re.IGNORECASE),
    "months": re.compile(r"months" + _SPAN_END, re.IGNORECASE),
    "decade": re.compile(r"decade" + _SPAN_END, re.IGNORECASE),
    "quarter": re.compile(r"quarter" + _SPAN_END, re.IGNORECASE),
    "end": re.compile(r"end(?:\s+of\s|[\s-]+(?:1[7-9]|20)\d\d\b)", re.IGNORECASE),
    "month": re.compile(r"month\s+of\s", re.IGNORECASE),
    "start": re.compile(r"start\s+of\s", re.IGNORECASE),
    "beginning": re.compile(r"beginning\s+of\s", re.IGNORECASE),
    "middle": re.compile(r"middle\s+of\s", re.IGNORECASE),
    "so": re.compile(r"so\s+far\b", re.IGNORECASE),
    "since": re.compile(r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b", re.I),
    "full": re.compile(r"full-year\b", re.IGNORECASE),
    "from": re.compile(r"(?i:from)\s+(?:\d|[A-Z])"),
    "between": re.compile(r"(?i:between)\s+(?:\d|[A-Z])"),
}
# A count spelled in words (or "a") starts "three years ago", "a year earlier", "two months to".
_COUNT_GATE = re.compile(r"[a-z]+[\s-]+(?:years?|decades?|months?|quarters?|half)\b", re.IGNORECASE)


@functools.cache
def gates(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """The gate of each common word that starts a time expression only in a few phrases."""
    return {"the": _the(lex), **_GATES, **dict.fromkeys(counts(lex), _COUNT_GATE)}


# What a time expression that starts with a digit looks like in its first characters: a
# cheap test that spares most figures the whole pattern (tested against every alternative).
_AT_DIGIT = re.compile(
    r"""\d{4}(?!\d)                                  # 2018, 1990s, 2024-05-20, 2018H1, 2021-25
      | \d{1,3}(?:st|nd|rd|th)\b | [12]H             # 1st half, 14th Five-Year Plan, 1H 2018, 1H24
      | \d{1,3}\s*[-–/:]\s*\d                          # 11/2016, 19-20, 07:20
      | \d{1,2}\.[0-5]\d\s?[ap]\.?m                    # 10.30 pm (not 7.4 percent: most figures)
      | \d{1,3}\s*(?:to|through|until|till|and)\s     # 2 to 7 Feb
      | \d{1,3}[\s-]+(?:years?|decades?|months?|quarters?|[A-Z][a-z])  # 2 years earlier, 7 March, 12 months to
      | \d{1,2}\s?[ap]\.?m                             # 5 pm
    """,
    re.VERBOSE | re.IGNORECASE,
)


@functools.cache
def start_words(lex: Lexicon) -> frozenset[str]:
    """The words (lower case) a time expression can start with, besides digits."""
    named = [*ordinals(lex, 4), *lex.half_names, *lex.quarter_names, *counts(lex)]
    return _STARTS | frozenset(named) | frozenset(m.lower() for m in lex.months)


def find(
    text: str,
    lex: Lexicon,
    published: int | None = None,
    found_tokens: list[tuple[int, str]] | None = None,
    published_month: int | None = None,
) -> list[Found]:
    """Every time expression in ``text``, in order, without overlaps.

    ``found_tokens`` are `patterns.tokens` of the text for at least `start_words` (read once by
    the caller and shared with the number patterns).
    """
    # The pattern is tried only where a token that can start it begins (as `finditer` would
    # find, in order, without overlaps): trying it at every character was far slower.
    out: list[Found] = []
    at_digit, at_word = compile_split(lex)
    matched_to = 0
    words = start_words(lex)
    all_gates = gates(lex)
    month_words = lex.months.keys()
    if found_tokens is None:
        found_tokens = tokens(text, _TOKEN, words)
    for pos, word in found_tokens:
        if pos < matched_to or (word and word not in words):
            continue
        gate = all_gates.get(word)
        if gate is not None and not gate.match(text, pos):
            continue  # a common word that starts a time expression only in a few phrases
        if word in month_words and not text[pos].isupper():
            continue  # "may" the verb: a month alone is written with a capital
        digit = text[pos].isdigit()
        if digit and not _AT_DIGIT.match(text, pos):
            continue  # "7.4 percent", "1,000": most figures start no time expression
        m = (at_digit if digit else at_word).match(text, pos)
        if m is None:
            continue
        matched_to = m.end()
        found = _read(m, lex, published, published_month)
        if found is not None:
            out.append(found)
    return out


# How each alternative of the period pattern is read, by its group name.
READERS: dict[str, Reader] = {**absolute.READERS, **relative.READERS}


def _read(
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None = None
) -> Found | None:
    reader = READERS.get(m.lastgroup or "")
    return reader(m, lex, published, month) if reader is not None else None
