"""Find years, dates and periods in text and normalise them to `Period` labels.

Labels: ``2018`` (a year), ``2018-H1`` (a half), ``2023-Q3`` and ``2023-Q1..Q3`` (quarters),
``2018-05`` and ``2018-01..05`` (months), ``2024-03-07`` (a day), ``2015..2017`` (years).
A span of whole years ("from 2015 to 2017", "the 1990s") also keeps its first and last year as
``low``/``high``, as a range of figures does. Relative time ("last year", "20 years ago") is
resolved against the source's publication year when one is known, and left without a period
otherwise; time stated against the text's own ("a year earlier", "the same period of the
previous year") is marked with its shift and resolved by `anaphora.resolve`.

Our own patterns rather than dateparser or Recognizers-Text: we need periods (halves, quarters,
month and year ranges, Five-Year Plans), not instants, and we need them fast and offline.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimcheck.extract.patterns import tokens
from claimcheck.lexicon import Lexicon
from claimcheck.records import Period

YEAR = r"(?:1[7-9]\d\d|20\d\d)"
SMALL = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
_SMALL_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# "the same period of the previous year": the part of the year the anaphor keeps.
SAME = r"(?:period|time|quarter|month|months|half|day|week)"
# "a year earlier," but not "a year before the merger" (a time relative to an event).
FREE = r"(?=\s*(?:[,.;:)\]]|$|and\b|or\b|but\b|when\b|while\b))"
_HALF = {"first": 1, "1st": 1, "upper": 1, "former": 1, "second": 2, "2nd": 2, "lower": 2,
         "latter": 2}  # fmt: skip
_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4, "last": 4}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Found:
    """A time expression: its span, its period (None when unresolved), and its kind."""

    start: int
    end: int
    period: Period | None
    kind: str = "date"
    value: int | None = None
    relative: bool = False
    low: int | None = None
    high: int | None = None
    shift: int | None = None  # years from the text's own time ("a year earlier": -1), if anaphoric


def _month(lex: Lexicon) -> str:
    # Month names are matched capitalised only: "may" is mostly a verb.
    names = sorted({m.capitalize() for m in lex.months}, key=len, reverse=True)
    return "(?-i:(?:" + "|".join(names) + r")\b\.?)"


def build(lex: Lexicon) -> str:
    """The period pattern: alternatives in priority order, most specific first."""
    month = _month(lex)
    return rf"""
    (?P<iso>\b(?P<iso_y>{YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)\b)
    | (?P<half>(?P<half_ord>first|second|1st|2nd|upper|lower|former|latter)
        \s+half\s+(?:of\s+)?(?:the\s+year\s+)?(?P<half_y>{YEAR})\b)
    | (?P<hcode>\b(?:H(?P<hc_n>[12])\s*(?P<hc_y>{YEAR})|(?P<hc_y2>{YEAR})\s*H(?P<hc_n2>[12])
        |(?P<hc_n3>[12])H\s*(?P<hc_y3>{YEAR}))\b)
    | (?P<qmulti>first\s+(?P<qm_n>two|three|2|3)\s+quarters\s+(?:of\s+)?(?P<qm_y>{YEAR})\b)
    | (?P<quarter>(?P<q_ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)
        \s+quarter\s+(?:of\s+)?(?P<q_y>{YEAR})\b)
    | (?P<qcode>\bQ(?P<qc_a>[1-4])(?:\s*[-–]\s*Q(?P<qc_b>[1-4]))?\s*(?P<qc_y>{YEAR})\b
        |\b(?P<qc_y2>{YEAR})\s*Q(?P<qc_a2>[1-4])\b)
    | (?P<mrange>(?:(?:between|from)\s+)?(?P<mr_a>{month})\s*(?:and|to|through|till|until|-|–)\s*
        (?P<mr_b>{month}),?\s+(?P<mr_y>{YEAR})\b)
    | (?P<mfirst>first\s+(?P<mf_n>{SMALL})\s+months\s+of\s+(?P<mf_y>{YEAR})\b)
    | (?P<day>(?P<d_m>{month})\s?(?P<d_d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<d_y>{YEAR})\b
        |(?P<d_d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<d_m2>{month})\s+(?P<d_y2>{YEAR})\b)
    | (?P<monthyear>(?P<my_m>{month})\s+(?:of\s+)?(?P<my_y>{YEAR})\b)
    | (?P<monthrel>(?P<mrel_m>{month})\s+(?P<mrel_w>last|this|next)\s+year\b)
    | (?P<yrange>(?:(?:from|between)\s+)?(?P<yr_a>{YEAR})\s*(?:to|and|through|until|till|-|–|—|/)\s*
        (?P<yr_b>{YEAR}|\d\d)(?![\d%])\b)
    | (?P<plan>\b(?P<plan_n>\d{{1,2}})(?:st|nd|rd|th)\s+Five[-\s]Year\s+Plan\b)
    | (?P<decade>(?<![\w'])(?P<dec_y>1[7-9]\d|20\d)0s\b)
    | (?P<anaphor>the\s+same\s+{SAME}\s+(?:(?:of|in|for)\s+)?(?:the\s+)?
        (?P<an_last>last|previous|preceding|prior)\s+year\b
      |(?:the\s+same\s+{SAME}\s+)?
        (?:(?P<an_n>{SMALL})\s+years?\s+(?:(?P<an_dir>earlier|previously|later)\b(?!\s+than)
            |(?P<an_dir2>before|after){FREE})
          |the\s+(?P<an_w>previous|preceding|prior|following)\s+year\b
          |the\s+year\s+(?P<an_w2>before|earlier|prior|after){FREE}))
    | (?P<ago>\b(?P<ago_n>{SMALL})\s+(?P<ago_u>years?|decades?)\s+ago\b)
    | (?P<pastn>\b(?:past|last|previous)\s+(?P<pn_n>{SMALL})\s+years\b)
    | (?P<rel>\b(?P<rel_w>last|this|next|previous|current|past)\s+year\b)
    | (?P<monthonly>(?:(?P<mo_part>early|mid|late)[\s-]+)?(?P<mo_m>{month})(?![\w.]|\s*,?\s*\d))
    | (?P<daynoyear>(?P<dn_m>{month})\s?(?P<dn_d>[0-3]?\d)\b(?!\s*(?:,\s*)?\d))
    | (?P<clock>\b(?:(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s?(?:[ap]m\b|[ap]\.m\.))?
        |(?<!\d\.)(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?\s?(?:[ap]m\b|[ap]\.m\.)))
    | (?P<year>(?<![\w$£€¥.,/-])(?:FY|fiscal\s+)?(?P<y>{YEAR})(?![\w%]|,\d|\.\d|\s?-\s?\d|
        \s*(?:per\s?cent|percent|thousand|million|billion|trillion|yuan|dollars?)\b))
    """


# Words a time expression can start with (besides digits and month names); see `find`.
_STARTS = frozenset(
    ["first", "second", "third", "fourth", "upper", "lower", "former", "latter", "final", "last",
     "between", "from", "this", "next", "previous", "current", "past", "the", "fy", "fiscal", "h",
     "q", "early", "mid", "late", *_SMALL_WORDS]
)  # fmt: skip
_MONTH_BEFORE = re.compile(r"\b(?:in|since|by|until|till|during|through|from|of)\s+$", re.I)
_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+")
# "the" is the commonest word in English; it starts a time expression only here.
_THE = re.compile(
    rf"the\s+(?:previous|following|preceding|prior|same\s+{SAME}|year\s+(?:before|earlier|prior|after))\b",
    re.IGNORECASE,
)


@functools.cache
def compile_for(lex: Lexicon) -> re.Pattern[str]:
    """Compile the period pattern for a lexicon (once)."""
    return re.compile(build(lex), re.VERBOSE | re.IGNORECASE)


@functools.cache
def start_words(lex: Lexicon) -> frozenset[str]:
    """The words (lower case) a time expression can start with, besides digits."""
    return _STARTS | frozenset(m.lower() for m in lex.months)


def _months(lex: Lexicon, name: str) -> int:
    return lex.months[name.lower().rstrip(".")]


def _small(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL_WORDS[word.lower()]


def _years(first: int, last: int) -> Period:
    label = str(first) if first == last else f"{first}..{last}"
    return Period(label, (first, 1), (last, 12))


def _months_period(year: int, first: int, last: int) -> Period:
    label = f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}..{last:02d}"
    return Period(label, (year, first), (year, last))


def _quarters(year: int, first: int, last: int) -> Period:
    label = f"{year}-Q{first}" if first == last else f"{year}-Q{first}..Q{last}"
    return Period(label, (year, 3 * first - 2), (year, 3 * last))


def _half(year: int, n: int) -> Period:
    return Period(f"{year}-H{n}", (year, 6 * n - 5), (year, 6 * n))


def find(
    text: str,
    lex: Lexicon,
    published: int | None = None,
    found_tokens: list[tuple[int, str]] | None = None,
) -> list[Found]:
    """Every time expression in ``text``, in order, without overlaps.

    ``found_tokens`` are `patterns.tokens` of the text for at least `start_words` (read once by
    the caller and shared with the number patterns).
    """
    # The pattern is tried only where a token that can start it begins (as `finditer` would
    # find, in order, without overlaps): trying it at every character was far slower.
    out: list[Found] = []
    pattern = compile_for(lex)
    matched_to = 0
    words = start_words(lex)
    if found_tokens is None:
        found_tokens = tokens(text, _TOKEN, words)
    for pos, word in found_tokens:
        if pos < matched_to or (word and word not in words):
            continue
        if word == "the" and not _THE.match(text, pos):
            continue
        m = pattern.match(text, pos)
        if m is None:
            continue
        matched_to = m.end()
        found = _read(m, lex, published)
        if found is not None:
            out.append(found)
    return out


def _read(m: re.Match[str], lex: Lexicon, published: int | None) -> Found | None:  # noqa: C901
    g = m.group
    start, end = m.span()
    kind = m.lastgroup
    if kind == "iso":
        y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        return Found(start, end, Period(f"{y}-{mo:02d}-{d:02d}", (y, mo), (y, mo)))
    if kind == "half":
        return Found(start, end, _half(int(g("half_y")), _HALF[g("half_ord").lower()]))
    if kind == "hcode":
        half = g("hc_n") or g("hc_n2") or g("hc_n3")
        year = g("hc_y") or g("hc_y2") or g("hc_y3")
        return Found(start, end, _half(int(year), int(half)))
    if kind == "qmulti":
        n = _small(g("qm_n"))
        return Found(start, end, _quarters(int(g("qm_y")), 1, n))
    if kind == "quarter":
        q = _QUARTER[g("q_ord").lower()]
        return Found(start, end, _quarters(int(g("q_y")), q, q))
    if kind == "qcode":
        if g("qc_y2"):
            q = int(g("qc_a2"))
            return Found(start, end, _quarters(int(g("qc_y2")), q, q))
        a = int(g("qc_a"))
        b = int(g("qc_b") or a)
        return Found(start, end, _quarters(int(g("qc_y")), a, max(a, b)))
    if kind == "mrange":
        a, b = _months(lex, g("mr_a")), _months(lex, g("mr_b"))
        if b < a:
            return None
        return Found(start, end, _months_period(int(g("mr_y")), a, b))
    if kind == "mfirst":
        n = _small(g("mf_n"))
        if not 1 <= n <= 12:
            return None
        return Found(start, end, _months_period(int(g("mf_y")), 1, n))
    if kind == "day":
        mo = _months(lex, g("d_m") or g("d_m2"))
        d = int(g("d_d") or g("d_d2"))
        y = int(g("d_y") or g("d_y2"))
        return Found(start, end, Period(f"{y}-{mo:02d}-{d:02d}", (y, mo), (y, mo)))
    if kind == "monthyear":
        y, mo = int(g("my_y")), _months(lex, g("my_m"))
        return Found(start, end, _months_period(y, mo, mo))
    if kind == "monthrel":
        mo = _months(lex, g("mrel_m"))
        if published is None:
            return Found(start, end, None, relative=True)
        y = published + {"last": -1, "this": 0, "next": 1}[g("mrel_w").lower()]
        return Found(start, end, _months_period(y, mo, mo), relative=True)
    if kind == "yrange":
        a = int(g("yr_a"))
        raw_b = g("yr_b")
        b = int(raw_b) if len(raw_b) == 4 else a // 100 * 100 + int(raw_b)
        if b <= a:
            return None
        return Found(start, end, _years(a, b), low=a, high=b)
    if kind == "plan":
        n = int(g("plan_n"))
        span = lex.five_year_plans.get(n)
        return Found(start, end, _years(*span) if span else None, kind="ordinal", value=n)
    if kind == "decade":
        first = int(g("dec_y")) * 10
        return Found(start, end, _years(first, first + 9), low=first, high=first + 9)
    if kind == "anaphor":
        # resolved against the text's own time by `anaphora.resolve`; the publication year is
        # the fallback when the text gives none
        if g("an_n"):
            n = _small(g("an_n"))
            shift = n if (g("an_dir") or g("an_dir2")).lower() in ("later", "after") else -n
        else:
            word = (g("an_last") or g("an_w") or g("an_w2")).lower()
            shift = 1 if word in ("following", "after") else -1
        fallback = None if published is None else _years(published + shift, published + shift)
        return Found(start, end, fallback, relative=True, shift=shift)
    if kind == "ago":
        n = _small(g("ago_n")) * (10 if g("ago_u").lower().startswith("decade") else 1)
        if published is None:
            return Found(start, end, None, relative=True)
        return Found(start, end, _years(published - n, published - n), relative=True)
    if kind == "pastn":
        n = _small(g("pn_n"))
        if published is None or n < 1:
            return Found(start, end, None, relative=True)
        return Found(start, end, _years(published - n, published - 1), relative=True)
    if kind == "rel":
        word = g("rel_w").lower().split()[-1]
        if published is None:
            return Found(start, end, None, relative=True)
        offset = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0,
                  "next": 1, "following": 1}[word]  # fmt: skip
        y = published + offset
        return Found(start, end, _years(y, y), relative=True)
    if kind == "monthonly":
        # a month alone is a time only after a preposition or "early"/"mid"/"late": "in May"
        if not g("mo_part") and not _MONTH_BEFORE.search(m.string, max(0, start - 12), start):
            return None
        if published is None:
            return Found(start, end, None, relative=True)
        name = g("mo_m").rstrip(".").lower()
        if g("mo_m").endswith(".") and (len(name) > 4 or name in ("may", "june", "july")):
            end -= 1  # "in September.": the full stop ends the sentence
        mo = _months(lex, name)
        return Found(start, end, _months_period(published, mo, mo), relative=True)
    if kind == "daynoyear":
        mo = _months(lex, g("dn_m"))
        d = int(g("dn_d"))
        if not 1 <= d <= 31:
            return None
        if published is None:
            return Found(start, end, None)
        return Found(start, end, Period(f"{published}-{mo:02d}-{d:02d}", (published, mo), (published, mo)))
    if kind == "clock":
        return Found(start, end, None)
    if kind == "year":
        y = int(g("y"))
        if y < 1900 and not re.search(r"(?:in|since|by|from|of|until)\s+$", m.string[max(0, start - 8) : start], re.I):
            return None
        return Found(start, end, _years(y, y), value=y)
    return None
