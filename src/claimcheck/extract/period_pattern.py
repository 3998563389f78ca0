"""The period pattern: one alternative per way of writing a time, in priority order.

Each alternative is a named group (its name says how it is read: `absolute.READERS`,
`relative.READERS`); the alternatives are built by family in small functions (`dated_parts`,
`quarter_parts`, `month_parts`, `year_spans`, `relative_parts`, `bare_parts`), each tested on its
own in ``tests/extract/test_period_pattern.py``. `compile_split` compiles the alternatives that
can start at a digit apart from those that can start at a word, so that `periods.find` tries
only those that can match at the token at hand.
"""

from __future__ import annotations

import functools
import re

from claimcheck.extract.fragments import phrases
from claimcheck.extract.timeparts import ARTICLES, QUARTER_FROM_NOW, ordinals
from claimcheck.lexicon import Lexicon

YEAR = r"(?:1[7-9]\d\d|20\d\d)"
# A year before 1700, read only where a preposition comes before it ("signed in 1648").
OLD_YEAR = r"(?:1[0-6]\d\d)"
# "the fourth quarter of fiscal 2024", "the first half of FY2023": a part of a fiscal year is
# labelled with its year, as "fiscal 2024" is
FISCAL = r"(?:(?:its\s+)?fiscal\s+(?:year\s+)?|FY\s?)?"


def small_count(lex: Lexicon) -> str:
    """A small count in digits or words: "3", "three", "a" (the lexicon's `time_counts`)."""
    return rf"(?:\d{{1,2}}|{phrases([*lex.time_counts, *ARTICLES])})"


def same(lex: Lexicon) -> str:
    """ "the same period of the previous year": the part of the year the anaphor keeps."""
    return phrases(lex.words.same_period_nouns)


def first(lex: Lexicon) -> str:
    """The first, spelled: "the first three quarters", "the first five months"."""
    return phrases(w for w, n in lex.ordinal_words.items() if n == 1)


def _with_year(lex: Lexicon, *values: int) -> str:
    """The number words of ``values``, as "the first two quarters of" spells them."""
    return phrases(w for w, n in lex.units_words.items() if n in values)


def quarter_ordinals(lex: Lexicon, from_now: bool = True) -> str:
    """Ordinals that name a quarter ("third", "3rd", "final"), with or without those that also
    count quarters from now ("last": read as "last quarter")."""
    names = [n for n in lex.quarter_names if from_now or n not in QUARTER_FROM_NOW]
    return phrases([*ordinals(lex, 4), *names])


# After a month named alone: not a day or year ("March 5", "March, 2018"), but a new clause may
# start with a figure ("In March, 40% had left").
MONTH_END = rf"(?![\w.]|\s*\d|\s*,\s*{YEAR}\b)"
# Between the days of a range: "19-20", "2 to 7", "1st and April 5th".
DAY_JOIN = r"\s*(?:-|–|to|through|until|till|and)\s*(?:the\s+)?"
# "a year earlier," but not "a year before the merger" (a time relative to an event).
FREE = r"(?=\s*(?:[,.;:)\]]|$|and\b|or\b|but\b|when\b|while\b))"


def _month(lex: Lexicon) -> str:
    # Month names are matched capitalised only: "may" is mostly a verb. Longest first, then in
    # alphabetical order: the same pattern in every process (a set's order is not).
    names = sorted({m.capitalize() for m in lex.months}, key=lambda m: (-len(m), m))
    return "(?-i:(?:" + "|".join(names) + r")\b\.?)"


def _month_lower(lex: Lexicon) -> str:
    # After "this"/"next"/"last" a month name is one in any case ("last sept"), but for the
    # names that are also common words ("last may", "next march")
    names = sorted(
        {m for m in lex.months if m not in lex.words.months_also_words},
        key=lambda m: (-len(m), m),
    )
    return "(?:" + "|".join(names) + r")\b\.?"


def dated_parts(lex: Lexicon) -> list[str]:
    """A day, half or fiscal year written with its year: "2024-05-20", "the first half of 2018",
    "H1 2018", "FY24"."""
    half_ord = phrases([*ordinals(lex, 2), *lex.half_names])
    return [
        rf"""(?P<iso>\b(?P<iso_y>{YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)\b)""",
        rf"""(?P<half>(?P<half_ord>{half_ord})
        \s+half\s+(?:of\s+)?(?:the\s+year\s+)?{FISCAL}(?P<half_y>{YEAR})\b)""",
        rf"""(?P<hcode>\b(?:H(?P<hc_n>[12])\s*(?P<hc_y>{YEAR})|(?P<hc_y2>{YEAR})\s*H(?P<hc_n2>[12])
        |(?P<hc_n3>[12])H\s*(?P<hc_y3>{YEAR})|(?P<hc_n4>[12])H(?P<hc_y4>\d\d))\b)""",
        r"""(?P<fy2>(?-i:\bFY)(?P<fy_y>\d\d)\b(?![-–/]\d))""",
    ]


def quarter_parts(lex: Lexicon) -> list[str]:
    """Quarters, and halves of the year the text is about: "the third quarter of 2023", "Q1-Q3",
    "the second half", "last quarter"."""
    q_ord, qr_ord, hr_ord = (
        quarter_ordinals(lex),
        quarter_ordinals(lex, from_now=False),
        phrases(ordinals(lex, 2)),
    )
    return [
        rf"""(?P<qmulti>{first(lex)}\s+(?P<qm_n>{_with_year(lex, 2, 3)}|2|3)\s+quarters\b
        (?:\s+(?:(?:of\s+)?{FISCAL}(?P<qm_y>{YEAR})|(?:of\s+)?(?:the|this)\s+year)\b)?)""",
        rf"""(?P<quarter>(?P<q_ord>{q_ord})
        [\s-]+quarter\s+(?:of\s+)?{FISCAL}(?P<q_y>{YEAR})\b)""",
        rf"""(?P<qrel>(?:(?P<qr_w>this|next|last)\s+year'?s\s+)?(?:the\s+)?
        (?P<qr_ord>{qr_ord})[\s-]+quarter\b
        (?(qr_w)|(?:\s+(?:of\s+)?(?P<qr_w2>this|next|last)\s+year\b)?)(?!\s+of\b))""",
        rf"""(?P<hrel>(?:the\s+)?(?P<hr_ord>{hr_ord})[\s-]+half\b
        (?:\s+of\s+(?:the\s+|this\s+)?year\b)?(?!\s+of\b|[\s-]+(?:year|term|time|century|decade)))""",
        rf"""(?P<qlast>(?:the\s+)?(?P<ql_w>{phrases(QUARTER_FROM_NOW)})\s+quarter\b)""",
        rf"""(?P<qcode>\bQ(?P<qc_a>[1-4])(?:\s*[-–]\s*Q(?P<qc_b>[1-4]))?\s*(?P<qc_y>{YEAR})\b
        |\b(?P<qc_y2>{YEAR})\s*Q(?P<qc_a2>[1-4])\b)""",
        r"""(?P<qbare>(?-i:\bQ(?P<qb_a>[1-4])(?:\s*[-–]\s*Q(?P<qb_b>[1-4]))?)\b(?![-–/.]?\d|\s+'?\d))""",
    ]


def month_parts(lex: Lexicon, month: str) -> list[str]:
    """Months and days with their year: "between January and May 2018", "November 19-20",
    "March 7, 2024", "11/2016", "September last year"."""
    return [
        rf"""(?P<mrange>(?:(?:between|from)\s+)?(?P<mr_a>{month})\s*(?:and|to|through|till|until|-|–)\s*
        (?P<mr_b>{month}),?\s+(?:period\s+)?(?:of\s+)?(?P<mr_y>{YEAR})\b)""",
        rf"""(?P<mfirst>{first(lex)}\s+(?P<mf_n>{small_count(lex)})\s+months\s+
        (?:of\s+(?P<mf_y>{YEAR})|(?:of\s+)?(?:the|this)\s+year)\b)""",
        rf"""(?P<drange>(?:(?:between|from)\s+)?
        (?:(?P<dr_m>{month})\s?(?:the\s+)?(?P<dr_a>[0-3]?\d)(?:st|nd|rd|th)?{DAY_JOIN}
            (?:(?P<dr_m2>{month})\s?)?(?P<dr_b>[0-3]?\d)(?:st|nd|rd|th)?
          |(?P<dr_a2>[0-3]?\d)(?:st|nd|rd|th)?{DAY_JOIN}(?P<dr_b2>[0-3]?\d)(?:st|nd|rd|th)?
            \s+(?:of\s+)?(?P<dr_m3>{month}))
        (?:,?\s+(?P<dr_y>{YEAR}))?\b(?![\d%]|\s*(?:,\s*)?\d|\s*(?:per|percent)))""",
        rf"""(?P<day>(?P<d_m>{month})\s?(?P<d_d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<d_y>{YEAR})\b
        |(?P<d_d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<d_m2>{month})\s+(?P<d_y2>{YEAR})\b)""",
        rf"""(?P<monthyear>(?P<my_m>{month}),?\s+(?:of\s+)?(?P<my_y>{YEAR})\b)""",
        rf"""(?P<mnum>(?<![\w/.,-])(?P<mn_m>0?[1-9]|1[0-2])\s?[/-]\s?(?P<mn_y>{YEAR})\b(?![/.,-]?\d))""",
        rf"""(?P<monthrel>(?P<mrel_m>{month})\s+(?P<mrel_w>last|this|next)\s+year\b)""",
    ]


def year_spans(lex: Lexicon, month: str) -> list[str]:
    """Spans of years, and spans that end at a date: "from 2015 to 2017", "the 14th Five-Year
    Plan", "the 1990s", "the year to September 2023", "mid-2019"."""
    return [
        rf"""(?P<yrange>(?:(?:from|between)\s+)?(?P<yr_a>{YEAR})\s*(?:to|and|through|until|till|-|–|—|/)\s*
        (?P<yr_b>{YEAR}|(?<=[-–—/])\d\d|(?<=[-–—/]\x20)\d\d)(?![\d%])\b)""",
        r"""(?P<plan>\b(?P<plan_n>\d{1,2})(?:st|nd|rd|th)\s+Five[-\s]Year\s+Plan\b)""",
        r"""(?P<decade>(?<![\w'])(?P<dec_y>1[7-9]\d|20\d)0s\b)""",
        rf"""(?P<spanto>(?:the\s+)?(?:(?P<st_n>{small_count(lex)}|\d{{1,2}})[\s-]+)?(?P<st_u>years?|months?|quarters?|decade|half)
        \s+(?:that\s+)?(?:to|ended|ending|through)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?
        (?:(?P<st_m>{month})(?:\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?)?(?:,?\s+(?P<st_y>{YEAR}))?
          |[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<st_m2>{month})(?:,?\s+(?P<st_y3>{YEAR}))?
          |(?P<st_y2>{YEAR}))\b)""",
        rf"""(?P<partyear>(?:early|mid|late|end)[\s-]+(?P<py_y>{YEAR})\b(?![-–/]\d))""",
        # "the fiscal year starting in April 2024", "the year beginning 1 July 2023"
        rf"""(?P<spanfrom>(?:the\s+)?(?:(?:fiscal|financial|tax)\s+)?year\s+(?:starting|beginning)
        \s+(?:(?:in|on)\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<sf_m>{month})
        (?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+(?P<sf_y>{YEAR})\b)""",
    ]


def relative_parts(lex: Lexicon, month: str, month_lower: str) -> list[str]:
    """Time counted from the publication date or the text's own time: "a year earlier", "20
    years ago", "the past three months", "last year", "last September", "year to date"."""
    return [
        rf"""(?P<anaphor>the\s+same\s+{same(lex)}\s+(?:(?:of|in|for)\s+)?(?:the\s+)?
        (?P<an_last>last|previous|preceding|prior)\s+year\b
      |(?:the\s+same\s+{same(lex)}\s+)?
        (?:(?P<an_n>{small_count(lex)})\s+(?P<an_u>years?|decades?)\s+(?:(?P<an_dir>earlier|previously|later)\b(?!\s+than)
            |(?P<an_dir2>before|after){FREE})
          |the\s+(?P<an_w>previous|preceding|prior|following)\s+year\b
          |the\s+year\s+(?P<an_w2>before|earlier|prior|after){FREE}))""",
        # "for the whole year": the year of the time named before
        # and "full-year guidance" in a report on a quarter: the quarter's year
        r"""(?P<wholeyear>the\s+(?:whole|full|entire)\s+year\b(?![-\s]+(?:to|ended|ending|of|through)\b)
          |\bfull-year\b)""",
        # "the same period of 2022": the part of the year named before, in that year
        rf"""(?P<samein>the\s+same\s+{same(lex)}\s+(?:of|in|for)\s+(?P<si_y>{YEAR})\b)""",
        rf"""(?P<ago>\b(?P<ago_n>{small_count(lex)})\s+(?P<ago_u>years?|decades?)\s+ago\b)""",
        rf"""(?P<pastn>\b(?:(?:past|last|previous)\s+(?P<pn_n>{small_count(lex)})\s+years\b
        |the\s+(?:(?:past|last|previous)\s+)?(?P<pn_d>decade)\b(?!\s+(?:to|ended|ending|through|before|after|of)\b)))""",
        rf"""(?P<monrange>(?:the\s+)?(?P<mg_w>past|last|previous|next|coming)\s+(?P<mg_n>{small_count(lex)})\s+months\b)""",
        r"""(?P<monrel>(?:(?P<mrl_part>early|late|later|mid)[\s-]+)?(?:the\s+)?
        (?P<mrl_w>this|next|last|past|previous|current|coming|upcoming)\s+month\b)""",
        r"""(?P<rel>\b(?P<rel_w>last|this|next|previous|current|past)\s+year\b
        |\byear\s+(?P<rel_far>before\s+last|after\s+next)\b)""",
        rf"""(?P<mrel2>(?P<mr2_w>this|next|last|coming|past)\s+(?P<mr2_m>{month}|{month_lower})
        {MONTH_END})""",
        r"""(?P<ytd>(?:the\s+)?year[\s-]+to[\s-]+date\b|so\s+far\s+this\s+year\b
        |since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b)""",
    ]


def bare_parts(lex: Lexicon, month: str) -> list[str]:
    """A month, a day, a time of day or a year written alone: "in May", "Dec.17", "07:20",
    "2003" (tried last: any longer reading beats them)."""
    amount = phrases(
        [*lex.words.units_after_year, *(w for w, n in lex.multiplier_words.items() if n >= 1000)]
    )
    return [
        # "in January-February", "between January and May": two months of a year not named
        rf"""(?P<mrangeonly>(?:(?:between|from)\s+)?(?P<mro_a>{month})\s*(?:and|to|through|till|until|-|–)
        \s*(?P<mro_b>{month}){MONTH_END})""",
        rf"""(?P<monthonly>(?:(?P<mo_part>early|mid|late)[\s-]+
                      |(?P<mo_of>(?:the\s+)?(?:month|end|beginning|start|middle)\s+of\s+))?
        (?P<mo_m>{month}){MONTH_END})""",
        rf"""(?P<daynoyear>(?P<dn_m>{month})\s?(?P<dn_d>[0-3]?\d)\b(?!\s*\d|\s*,\s*{YEAR}\b|\s?%|\s*per))""",
        r"""(?P<clock>\b(?:(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s?(?:[ap]m\b|[ap]\.m\.))?
        |(?<!\d\.)(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?\s?(?:[ap]m\b|[ap]\.m\.)))""",
        rf"""(?P<year>(?:(?<![\w$£€¥.,/-])|(?<=\d{{4}},))(?:FY|fiscal\s+)?(?P<y>{YEAR}|{OLD_YEAR})(?![\w%]|,(?!{YEAR}(?!\d))\d|\.\d|\s?-\s?\d|
        \s*(?:per\s?cent|{amount})\b))""",
    ]


def build(lex: Lexicon) -> str:
    """The period pattern: alternatives in priority order, most specific first."""
    month = _month(lex)
    parts = [
        *dated_parts(lex),
        *quarter_parts(lex),
        *month_parts(lex, month),
        *year_spans(lex, month),
        *relative_parts(lex, month, _month_lower(lex)),
        *bare_parts(lex, month),
    ]
    return "\n| ".join(parts)


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
     "monrel", "rel", "mrel2", "ytd", "mrangeonly", "monthonly", "daynoyear", "partyear", "fy2", "qlast", "spanfrom", "samein", "wholeyear"}
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
