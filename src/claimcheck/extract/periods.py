"""Find years, dates and periods in text and normalise them to `Period` labels.

Labels: ``2018`` (a year), ``2018-H1`` (a half), ``2023-Q3`` and ``2023-Q1..Q3`` (quarters),
``2018-05``, ``2018-01..05`` and ``2017-11..2018-01`` (months), ``2024-03-07`` (a day),
``2015..2017`` (years); `timeparts` builds them.
A span of whole years ("from 2015 to 2017", "the 1990s") also keeps its first and last year as
``low``/``high``, as a range of figures does. Relative time ("last year", "20 years ago") is
resolved against the source's publication date when one is known (`relative` reads the forms
that need its month: "last September", "the past three months", "year to date"), and left
without a period otherwise; time stated against the text's own ("a year earlier", "the same period of the
previous year") is marked with its shift and resolved by `anaphora.resolve`.

Our own patterns rather than dateparser or Recognizers-Text: we need periods (halves, quarters,
month and year ranges, Five-Year Plans), not instants, and we need them fast and offline.
"""

from __future__ import annotations

import functools
import re

from claimcheck.extract import relative
from claimcheck.extract.patterns import tokens
from claimcheck.extract.timeparts import (
    HALF,
    QUARTER,
    SMALL_WORDS,
    Found,
    half,
    month_number,
    months_period,
    quarters,
    small,
    years,
)
from claimcheck.lexicon import Lexicon
from claimcheck.model import Period

__all__ = ["Found", "build", "compile_for", "find", "start_words"]

YEAR = r"(?:1[7-9]\d\d|20\d\d)"
SMALL = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an)"
)
# "the same period of the previous year": the part of the year the anaphor keeps.
SAME = r"(?:period|time|quarter|month|months|half|day|week)"
# After a month named alone: not a day or year ("March 5", "March, 2018"), but a new clause may
# start with a figure ("In March, 40% had left").
MONTH_END = rf"(?![\w.]|\s*\d|\s*,\s*{YEAR}\b)"
# Between the days of a range: "19-20", "2 to 7", "1st and April 5th".
DAY_JOIN = r"\s*(?:-|–|to|through|until|till|and)\s*(?:the\s+)?"
# "a year earlier," but not "a year before the merger" (a time relative to an event).
FREE = r"(?=\s*(?:[,.;:)\]]|$|and\b|or\b|but\b|when\b|while\b))"


def _month(lex: Lexicon) -> str:
    # Month names are matched capitalised only: "may" is mostly a verb.
    names = sorted({m.capitalize() for m in lex.months}, key=len, reverse=True)
    return "(?-i:(?:" + "|".join(names) + r")\b\.?)"


def _month_lower(lex: Lexicon) -> str:
    # After "this"/"next"/"last" a month name is one in any case ("last sept"), but for the
    # names that are also common words ("last may", "next march")
    names = sorted({m for m in lex.months if m not in ("may", "mar", "march")}, key=len, reverse=True)
    return "(?:" + "|".join(names) + r")\b\.?"


def build(lex: Lexicon) -> str:
    """The period pattern: alternatives in priority order, most specific first."""
    month = _month(lex)
    month_lower = _month_lower(lex)
    return rf"""
    (?P<iso>\b(?P<iso_y>{YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)\b)
    | (?P<half>(?P<half_ord>first|second|1st|2nd|upper|lower|former|latter)
        \s+half\s+(?:of\s+)?(?:the\s+year\s+)?(?P<half_y>{YEAR})\b)
    | (?P<hcode>\b(?:H(?P<hc_n>[12])\s*(?P<hc_y>{YEAR})|(?P<hc_y2>{YEAR})\s*H(?P<hc_n2>[12])
        |(?P<hc_n3>[12])H\s*(?P<hc_y3>{YEAR})|(?P<hc_n4>[12])H(?P<hc_y4>\d\d))\b)
    | (?P<fy2>(?-i:\bFY)(?P<fy_y>\d\d)\b(?![-–/]\d))
    | (?P<qmulti>first\s+(?P<qm_n>two|three|2|3)\s+quarters\s+(?:of\s+)?(?P<qm_y>{YEAR})\b)
    | (?P<quarter>(?P<q_ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)
        [\s-]+quarter\s+(?:of\s+)?(?P<q_y>{YEAR})\b)
    | (?P<qrel>(?:(?P<qr_w>this|next|last)\s+year'?s\s+)?(?:the\s+)?
        (?P<qr_ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+quarter\b
        (?(qr_w)|(?:\s+(?:of\s+)?(?P<qr_w2>this|next|last)\s+year\b)?)(?!\s+of\b))
    | (?P<hrel>(?:the\s+)?(?P<hr_ord>first|second|1st|2nd)[\s-]+half\b
        (?:\s+of\s+(?:the\s+|this\s+)?year\b)?(?!\s+of\b|[\s-]+(?:year|term|time|century|decade)))
    | (?P<qlast>(?:the\s+)?(?P<ql_w>last|previous|this|current|next|coming)\s+quarter\b)
    | (?P<qcode>\bQ(?P<qc_a>[1-4])(?:\s*[-–]\s*Q(?P<qc_b>[1-4]))?\s*(?P<qc_y>{YEAR})\b
        |\b(?P<qc_y2>{YEAR})\s*Q(?P<qc_a2>[1-4])\b)
    | (?P<qbare>(?-i:\bQ(?P<qb_a>[1-4])(?:\s*[-–]\s*Q(?P<qb_b>[1-4]))?)\b(?![-–/.]?\d|\s+'?\d))
    | (?P<mrange>(?:(?:between|from)\s+)?(?P<mr_a>{month})\s*(?:and|to|through|till|until|-|–)\s*
        (?P<mr_b>{month}),?\s+(?:period\s+)?(?:of\s+)?(?P<mr_y>{YEAR})\b)
    | (?P<mfirst>first\s+(?P<mf_n>{SMALL})\s+months\s+of\s+(?P<mf_y>{YEAR})\b)
    | (?P<drange>(?:(?:between|from)\s+)?
        (?:(?P<dr_m>{month})\s?(?:the\s+)?(?P<dr_a>[0-3]?\d)(?:st|nd|rd|th)?{DAY_JOIN}
            (?:(?P<dr_m2>{month})\s?)?(?P<dr_b>[0-3]?\d)(?:st|nd|rd|th)?
          |(?P<dr_a2>[0-3]?\d)(?:st|nd|rd|th)?{DAY_JOIN}(?P<dr_b2>[0-3]?\d)(?:st|nd|rd|th)?
            \s+(?:of\s+)?(?P<dr_m3>{month}))
        (?:,?\s+(?P<dr_y>{YEAR}))?\b(?![\d%]|\s*(?:,\s*)?\d|\s*(?:per|percent)))
    | (?P<day>(?P<d_m>{month})\s?(?P<d_d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<d_y>{YEAR})\b
        |(?P<d_d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<d_m2>{month})\s+(?P<d_y2>{YEAR})\b)
    | (?P<monthyear>(?P<my_m>{month}),?\s+(?:of\s+)?(?P<my_y>{YEAR})\b)
    | (?P<mnum>(?<![\w/.,-])(?P<mn_m>0?[1-9]|1[0-2])\s?[/-]\s?(?P<mn_y>{YEAR})\b(?![/.,-]?\d))
    | (?P<monthrel>(?P<mrel_m>{month})\s+(?P<mrel_w>last|this|next)\s+year\b)
    | (?P<yrange>(?:(?:from|between)\s+)?(?P<yr_a>{YEAR})\s*(?:to|and|through|until|till|-|–|—|/)\s*
        (?P<yr_b>{YEAR}|\d\d)(?![\d%])\b)
    | (?P<plan>\b(?P<plan_n>\d{{1,2}})(?:st|nd|rd|th)\s+Five[-\s]Year\s+Plan\b)
    | (?P<decade>(?<![\w'])(?P<dec_y>1[7-9]\d|20\d)0s\b)
    | (?P<spanto>(?:the\s+)?(?:(?P<st_n>{SMALL}|\d{{1,2}})[\s-]+)?(?P<st_u>years?|months?|quarters?|decade|half)
        \s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?
        (?:(?P<st_m>{month})(?:\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?)?(?:,?\s+(?P<st_y>{YEAR}))?
          |(?P<st_y2>{YEAR}))\b)
    | (?P<partyear>(?:early|mid|late|end)[\s-]+(?P<py_y>{YEAR})\b(?![-–/]\d))
    | (?P<anaphor>the\s+same\s+{SAME}\s+(?:(?:of|in|for)\s+)?(?:the\s+)?
        (?P<an_last>last|previous|preceding|prior)\s+year\b
      |(?:the\s+same\s+{SAME}\s+)?
        (?:(?P<an_n>{SMALL})\s+years?\s+(?:(?P<an_dir>earlier|previously|later)\b(?!\s+than)
            |(?P<an_dir2>before|after){FREE})
          |the\s+(?P<an_w>previous|preceding|prior|following)\s+year\b
          |the\s+year\s+(?P<an_w2>before|earlier|prior|after){FREE}))
    | (?P<ago>\b(?P<ago_n>{SMALL})\s+(?P<ago_u>years?|decades?)\s+ago\b)
    | (?P<pastn>\b(?:past|last|previous)\s+(?P<pn_n>{SMALL})\s+years\b)
    | (?P<monrange>(?:the\s+)?(?P<mg_w>past|last|previous|next|coming)\s+(?P<mg_n>{SMALL})\s+months\b)
    | (?P<monrel>(?:(?P<mrl_part>early|late|later|mid)[\s-]+)?(?:the\s+)?
        (?P<mrl_w>this|next|last|past|previous|current|coming|upcoming)\s+month\b)
    | (?P<rel>\b(?P<rel_w>last|this|next|previous|current|past)\s+year\b)
    | (?P<mrel2>(?P<mr2_w>this|next|last|coming|past)\s+(?P<mr2_m>{month}|{month_lower})
        {MONTH_END})
    | (?P<ytd>(?:the\s+)?year[\s-]+to[\s-]+date\b|so\s+far\s+this\s+year\b)
    | (?P<monthonly>(?:(?P<mo_part>early|mid|late)[\s-]+
                      |(?P<mo_of>(?:the\s+)?(?:month|end|beginning|start|middle)\s+of\s+))?
        (?P<mo_m>{month}){MONTH_END})
    | (?P<daynoyear>(?P<dn_m>{month})\s?(?P<dn_d>[0-3]?\d)\b(?!\s*\d|\s*,\s*{YEAR}\b|\s?%|\s*per))
    | (?P<clock>\b(?:(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s?(?:[ap]m\b|[ap]\.m\.))?
        |(?<!\d\.)(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?\s?(?:[ap]m\b|[ap]\.m\.)))
    | (?P<year>(?:(?<![\w$£€¥.,/-])|(?<=\d{{4}},))(?:FY|fiscal\s+)?(?P<y>{YEAR})(?![\w%]|,(?!{YEAR}(?!\d))\d|\.\d|\s?-\s?\d|
        \s*(?:per\s?cent|percent|thousand|million|billion|trillion|yuan|dollars?)\b))
    """


# Words a time expression can start with (besides digits and month names); see `find`.
_STARTS = frozenset(
    ["first", "second", "third", "fourth", "upper", "lower", "former", "latter", "final", "last",
     "between", "from", "this", "next", "previous", "current", "past", "the", "fy", "fiscal", "h",
     "q", "early", "mid", "late", "coming", "month", "end", "beginning", "start", "middle", "year",
     "so", "later", "upcoming", "months", "quarter", "decade", "half", *SMALL_WORDS]
)  # fmt: skip
_MONTH_BEFORE = re.compile(r"\b(?:in|since|by|until|till|during|through|from|of)\s+$", re.I)
_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+")
# "the" is the commonest word in English; it starts a time expression only here.
_THE = re.compile(
    rf"""the\s+(?:previous|following|preceding|prior|same\s+{SAME}|year\s+(?:before|earlier|prior|after)
          |(?:month|end|beginning|start|middle)\s+of|year[\s-]+to|first|second|third|fourth|1st|2nd|3rd
          |4th|final|(?:past|last|previous|next|coming|current|upcoming)\s+(?:month|\w+\s+months)
          |(?:\w+[\s-]+)?(?:years?|months?|quarters?|decade|half)\s+(?:to|ended|ending|through))\b""",
    re.IGNORECASE | re.VERBOSE,
)

# Common words that start a time expression only before certain words: the pattern is tried at
# them only then (each gate must admit every alternative the word can start).
_SPAN_END = r"\s+(?:to|ended|ending|through)\b"
_GATES = {
    "the": _THE,
    "year": re.compile(r"year[\s-]+to\b", re.IGNORECASE),
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
    "from": re.compile(r"(?i:from)\s+(?:\d|[A-Z])"),
    "between": re.compile(r"(?i:between)\s+(?:\d|[A-Z])"),
}
# A count spelled in words (or "a") starts "three years ago", "a year earlier", "two months to".
_COUNT_GATE = re.compile(r"[a-z]+[\s-]+(?:years?|decades?|months?|quarters?|half)\b", re.IGNORECASE)
_GATES.update({w: _COUNT_GATE for w in SMALL_WORDS})


@functools.cache
def compile_for(lex: Lexicon) -> re.Pattern[str]:
    """Compile the period pattern for a lexicon (once)."""
    return re.compile(build(lex), re.VERBOSE | re.IGNORECASE)


# Alternatives that start with a digit only, and those that never do: `find` tries only the
# alternatives that can start with the token at hand (the regex engine would try them all, in
# order; one that cannot start there fails anyway, so the first match is the same).
DIGIT_ONLY = frozenset({"iso", "mnum", "plan", "decade", "clock"})
NO_DIGIT = frozenset(
    {"qmulti", "qbare", "mrange", "mfirst", "monthyear", "monthrel", "pastn", "monrange",
     "monrel", "rel", "mrel2", "ytd", "monthonly", "daynoyear", "partyear", "fy2", "qlast"}
)  # fmt: skip


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern, in order."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a "]" first is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


# What a time expression that starts with a digit looks like in its first characters: a
# cheap test that spares most figures the whole pattern (tested against every alternative).
_AT_DIGIT = re.compile(
    r"""\d{4}(?!\d)                                  # 2018, 1990s, 2024-05-20, 2018H1, 2021-25
      | \d{1,3}(?:st|nd|rd|th)\b | [12]H             # 1st half, 14th Five-Year Plan, 1H 2018, 1H24
      | \d{1,3}\s*[-–/:.]\s*\d                         # 11/2016, 19-20, 07:20, 10.30 pm
      | \d{1,3}\s*(?:to|through|until|till|and)\s     # 2 to 7 Feb
      | \d{1,3}[\s-]+(?:years?|decades?|months?|quarters?|[A-Z][a-z])  # 2 years earlier, 7 March, 12 months to
      | \d{1,2}\s?[ap]\.?m                             # 5 pm
    """,
    re.VERBOSE | re.IGNORECASE,
)


@functools.cache
def compile_split(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The period pattern in two: the alternatives that can start at a digit, and at a word."""
    digit, word = [], []
    for alt in alternatives(build(lex)):
        found = re.search(r"\(\?P<(\w+)>", alt)
        name = found.group(1) if found else ""
        if name not in NO_DIGIT:
            digit.append(alt)
        if name not in DIGIT_ONLY:
            word.append(alt)
    flags = re.VERBOSE | re.IGNORECASE
    return re.compile("|".join(digit), flags), re.compile("|".join(word), flags)


@functools.cache
def start_words(lex: Lexicon) -> frozenset[str]:
    """The words (lower case) a time expression can start with, besides digits."""
    return _STARTS | frozenset(m.lower() for m in lex.months)


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
    month_words = lex.months.keys()
    if found_tokens is None:
        found_tokens = tokens(text, _TOKEN, words)
    for pos, word in found_tokens:
        if pos < matched_to or (word and word not in words):
            continue
        gate = _GATES.get(word)
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


def _read(  # noqa: C901
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None = None
) -> Found | None:
    g = m.group
    start, end = m.span()
    kind = m.lastgroup
    if kind in relative.READERS:
        return relative.READERS[kind](m, lex, published, month)
    if kind == "iso":
        y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        return Found(start, end, Period(f"{y}-{mo:02d}-{d:02d}", (y, mo), (y, mo)))
    if kind == "half":
        return Found(start, end, half(int(g("half_y")), HALF[g("half_ord").lower()]))
    if kind == "hcode":
        n = g("hc_n") or g("hc_n2") or g("hc_n3") or g("hc_n4")
        year = g("hc_y") or g("hc_y2") or g("hc_y3") or f"20{g('hc_y4')}"  # "1H24"
        return Found(start, end, half(int(year), int(n)))
    if kind == "fy2":  # "FY24": the fiscal year that ends in 2024, named by its calendar year
        y = 2000 + int(g("fy_y"))
        return Found(start, end, years(y, y), value=y)
    if kind == "qmulti":
        n = small(g("qm_n"))
        return Found(start, end, quarters(int(g("qm_y")), 1, n))
    if kind == "quarter":
        q = QUARTER[g("q_ord").lower()]
        return Found(start, end, quarters(int(g("q_y")), q, q))
    if kind == "qcode":
        if g("qc_y2"):
            q = int(g("qc_a2"))
            return Found(start, end, quarters(int(g("qc_y2")), q, q))
        a = int(g("qc_a"))
        b = int(g("qc_b") or a)
        return Found(start, end, quarters(int(g("qc_y")), a, max(a, b)))
    if kind == "mnum":
        mo = int(g("mn_m"))
        return Found(start, end, months_period(int(g("mn_y")), mo, mo))
    if kind == "drange":
        return relative.day_range(m, lex, published)
    if kind == "mrange":
        a, b = month_number(lex, g("mr_a")), month_number(lex, g("mr_b"))
        if b < a:
            return None
        return Found(start, end, months_period(int(g("mr_y")), a, b))
    if kind == "mfirst":
        n = small(g("mf_n"))
        if not 1 <= n <= 12:
            return None
        return Found(start, end, months_period(int(g("mf_y")), 1, n))
    if kind == "day":
        mo = month_number(lex, g("d_m") or g("d_m2"))
        d = int(g("d_d") or g("d_d2"))
        y = int(g("d_y") or g("d_y2"))
        return Found(start, end, Period(f"{y}-{mo:02d}-{d:02d}", (y, mo), (y, mo)))
    if kind == "monthyear":
        y, mo = int(g("my_y")), month_number(lex, g("my_m"))
        return Found(start, end, months_period(y, mo, mo))
    if kind == "monthrel":
        mo = month_number(lex, g("mrel_m"))
        if published is None:
            return Found(start, end, None, relative=True)
        y = published + {"last": -1, "this": 0, "next": 1}[g("mrel_w").lower()]
        return Found(start, end, months_period(y, mo, mo), relative=True)
    if kind == "yrange":
        a = int(g("yr_a"))
        raw_b = g("yr_b")
        b = int(raw_b) if len(raw_b) == 4 else a // 100 * 100 + int(raw_b)
        if b <= a and len(raw_b) == 2 and 1 <= int(raw_b) <= 12 and m.group().strip()[4:].strip()[0] in "-/":
            return Found(start, end, months_period(a, int(raw_b), int(raw_b)))  # "2016-11", "2016/11"
        if b <= a:
            return None
        return Found(start, end, years(a, b), low=a, high=b)
    if kind == "plan":
        n = int(g("plan_n"))
        span = lex.five_year_plans.get(n)
        return Found(start, end, years(*span) if span else None, kind="ordinal", value=n)
    if kind == "partyear":  # "mid-2019", "late 2023": within the year (periods are months)
        y = int(g("py_y"))
        return Found(start, end, years(y, y), value=y)
    if kind == "decade":
        first = int(g("dec_y")) * 10
        return Found(start, end, years(first, first + 9), low=first, high=first + 9)
    if kind == "anaphor":
        # resolved against the text's own time by `anaphora.resolve`; the publication year is
        # the fallback when the text gives none
        if g("an_n"):
            n = small(g("an_n"))
            shift = n if (g("an_dir") or g("an_dir2")).lower() in ("later", "after") else -n
        else:
            word = (g("an_last") or g("an_w") or g("an_w2")).lower()
            shift = 1 if word in ("following", "after") else -1
        fallback = None if published is None else years(published + shift, published + shift)
        return Found(start, end, fallback, relative=True, shift=shift)
    if kind == "ago":
        n = small(g("ago_n")) * (10 if g("ago_u").lower().startswith("decade") else 1)
        if published is None:
            return Found(start, end, None, relative=True)
        return Found(start, end, years(published - n, published - n), relative=True)
    if kind == "pastn":
        n = small(g("pn_n"))
        if published is None or n < 1:
            return Found(start, end, None, relative=True)
        return Found(start, end, years(published - n, published - 1), relative=True)
    if kind == "rel":
        word = g("rel_w").lower().split()[-1]
        if published is None:
            return Found(start, end, None, relative=True)
        offset = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0,
                  "next": 1, "following": 1}[word]  # fmt: skip
        y = published + offset
        return Found(start, end, years(y, y), relative=True)
    if kind == "monthonly":
        # a month alone is a time only after a preposition or "early"/"mid"/"late": "in May"
        cued = g("mo_part") or g("mo_of")  # "mid-March", "the end of March"
        if not cued and not _MONTH_BEFORE.search(m.string, max(0, start - 12), start):
            return None
        mo, end = relative.month_end(m, "mo_m", lex)  # "in September.": the stop ends the sentence
        if published is None:
            return Found(start, end, None, relative=True)
        return Found(start, end, months_period(published, mo, mo), relative=True)
    if kind == "daynoyear":
        mo = month_number(lex, g("dn_m"))
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
        return Found(start, end, years(y, y), value=y)
    return None
