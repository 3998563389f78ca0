"""Hypothesis strategies for fuzzing the extractor, and the properties every run must keep.

Shared by the CI fuzz tests (``tests/extract/test_fuzz.py``) and the longer release run
(``python benchmarks/fuzz.py --minutes 10``), which puts this folder on ``sys.path`` and imports
this module by its name: it imports nothing from the test suite, and hypothesis stays out of
the runtime package.

Documents are built from number fragments (digits, groupings, decimals, ranges, scale words,
currencies, hedges, changes), units, periods and unicode traps (full-width and Arabic-Indic
digits, U+2212 minus, no-break, thin and figure spaces, zero-width characters, direction marks,
combining marks), joined by words, punctuation and line breaks.
"""

from __future__ import annotations

import math
from decimal import Decimal

from hypothesis import strategies as st

from claimcheck.extract import extract, stream
from claimcheck.model import Mention

UNITS = ["%", " percent", " per cent", " percentage points", " yuan", " billion yuan",
         " million", " bn", "m", " km", " square kilometres", " tonnes", " times", " people",
         " companies", " kg", " hours", " dollars", " euros", " a share", " per hour"]  # fmt: skip
CURRENCIES = ["$", "US$", "£", "€", "¥", "HK$", "$US", "A$", "NZ $", "RMB "]
HEDGES = ["about ", "nearly ", "more than ", "at least ", "up to ", "some ", "over ", "almost "]
CHANGES = ["rose ", "fell ", "grew by ", "dropped ", "up from ", "down from ", "reached ",
           "expanded ", "shrank ", "climbed to ", "from ", "to ", "between ", "and "]  # fmt: skip
PERIODS = ["in 2018", "in the first half of 2019", "in Q3 2020", "last year", "a year earlier",
           "in 2015-2017", "from 2016 to 2019", "in the year to September 2023", "in March",
           "since 1990", "the same period of the previous year", "by 2025", "in the 1990s",
           "on November 19-20", "in H1", "year to date", "20 years ago"]  # fmt: skip
WORDS = ["GDP", "Changchun's", "the city", "exports", "It", "the economy", "output", "sales",
         "and", "while", "of", "the", "its", "which", "Terminal", "Covid-19", "won", "3-1",
         "at 10.30", "FTSE 100", "aged", "Room", "Channel", "Apollo 13", "the FTSE"]  # fmt: skip
SEPARATORS = [" ", " ", " ", ", ", ". ", ".\n", "\n\n", "; ", " (", ") ", " - ", " – ", ": "]
# characters that hide or disguise a figure
TRAPS = ["\u00a0", "\u2009", "\u2007", "\u202f", "\u200b", "\u200c", "\u200d", "\u2060",
         "\u200e", "\u200f", "\u061c", "\u202a", "\u202c", "\u2066", "\u2069", "\ufeff",
         "\u00ad", "\u2212", "\u0301", "\u0308", "\u20dd", "\uff05", "\u066a", "\u066b",
         "\u066c", "\uff0e", "\uff0c"]  # fmt: skip
FULL_WIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}
ARABIC_INDIC = {str(i): chr(0x0660 + i) for i in range(10)}


@st.composite
def digits(draw: st.DrawFn) -> str:
    """A number as written with digits: whole, grouped, decimal, negative, odd groupings."""
    whole = draw(st.integers(min_value=0, max_value=10**12))
    style = draw(st.sampled_from(["plain", "grouped", "decimal", "spaced", "long", "odd"]))
    if style == "grouped":
        return f"{whole:,}"
    if style == "decimal":
        return f"{whole % 10**6}.{draw(st.integers(min_value=0, max_value=999))}"
    if style == "spaced":
        return f"{whole:,}".replace(",", draw(st.sampled_from(["\u2009", "\u202f", " ", "\u00a0"])))
    if style == "long":
        return draw(st.text(alphabet="0123456789", min_size=20, max_size=400))
    if style == "odd":
        return draw(st.text(alphabet="0123456789,.-–/", min_size=1, max_size=30))
    return str(whole)


@st.composite
def disguised(draw: st.DrawFn, text: str) -> str:
    """``text`` with its digits shown in another script, or a trap put between characters."""
    how = draw(st.sampled_from(["none", "none", "full", "arabic", "trap", "minus"]))
    if how == "full":
        return "".join(FULL_WIDTH.get(c, c) for c in text)
    if how == "arabic":
        return "".join(ARABIC_INDIC.get(c, c) for c in text)
    if how == "minus":
        return "\u2212" + text
    if how == "trap" and text:
        at = draw(st.integers(min_value=0, max_value=len(text)))
        return text[:at] + draw(st.sampled_from(TRAPS)) + text[at:]
    return text


@st.composite
def figure(draw: st.DrawFn) -> str:
    """A figure as news prose writes one: hedge, currency, number, scale or unit, a range."""
    number = draw(disguised(draw(digits())))
    parts = [draw(st.sampled_from(["", "", *HEDGES]))]
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(CURRENCIES)))
    parts.append(number)
    parts.append(draw(st.sampled_from(["", "", *UNITS])))
    if draw(st.integers(min_value=0, max_value=5)) == 0:
        parts.append(draw(st.sampled_from(["-", " to ", "–", " and "])) + draw(digits()))
    return "".join(parts)


MARKUP = ["*", "**", "_", "__", "\\", "`", "&#37;", "&nbsp;", "&#56;", "&percnt;", "&amp;",
          "<!-- -->", "<b>", "</b>", "<span>", "[", "](http://x.y/8%)", "<!--", "-->", "&#x;",
          "&#99999999;", "![", "\n- ", "\n# ", "\n| a | b |\n|---|---|\n| ", "\n    "]  # fmt: skip


@st.composite
def marked(draw: st.DrawFn) -> str:
    """A figure with Markdown markup around or inside it ("*8*%", "8&#37;", "**7.4** percent")."""
    text = draw(figure())
    at = draw(st.integers(min_value=0, max_value=len(text)))
    mark = draw(st.sampled_from(MARKUP))
    if draw(st.booleans()):
        return f"{mark}{text[:at]}{mark}{text[at:]}"
    return text[:at] + mark + text[at:]


def fragment() -> st.SearchStrategy[str]:
    """One piece of a document."""
    return st.one_of(
        figure(),
        marked(),
        st.sampled_from(MARKUP),
        st.sampled_from(PERIODS),
        st.sampled_from(WORDS),
        st.sampled_from(CHANGES),
        st.sampled_from(TRAPS),
        st.text(max_size=12),
    )


@st.composite
def document(draw: st.DrawFn, max_fragments: int = 60) -> str:
    """A random news-like document: fragments joined by spaces, punctuation and line breaks."""
    pieces = draw(st.lists(fragment(), max_size=max_fragments))
    out = []
    for piece in pieces:
        out.append(piece)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(out)


@st.composite
def formatted(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number and the way it is written (grouped, decimals, scale words), to read back."""
    whole = draw(st.integers(min_value=0, max_value=10**9))
    cents = draw(st.integers(min_value=0, max_value=99))
    style = draw(st.sampled_from(["grouped", "decimal", "million", "billion", "trap"]))
    if style == "grouped":
        return f"{whole:,}", Decimal(whole)
    if style == "decimal":
        return f"{whole:,}.{cents:02d}", Decimal(f"{whole}.{cents:02d}")
    if style == "trap":  # a zero-width or direction mark inside is read past
        text = f"{whole:,}.{cents:02d}"
        at = draw(st.integers(min_value=1, max_value=len(text) - 1))
        mark = draw(st.sampled_from(["\u200b", "\u200e", "\u2060", "\u200f"]))
        return text[:at] + mark + text[at:], Decimal(f"{whole}.{cents:02d}")
    factor = 10**6 if style == "million" else 10**9
    return f"{whole % 1000}.{cents:02d} {style}", Decimal(f"{whole % 1000}.{cents:02d}") * factor


def check_mentions(text: str, found: list[Mention]) -> None:
    """What every reading of ``text`` keeps: spans inside it, in order, the surface text equal
    to the span's text (and its line and columns), values finite, ranges low to high."""
    lines = text.split("\n")
    for m in found:
        span = m.span
        assert 0 <= span.start < span.end <= len(text), m
        assert text[span.start : span.end] == m.text, m
        if "\r" not in text and "\n" not in m.text:
            assert lines[span.line - 1][span.column - 1 : span.end_column - 1] == m.text, m
        for v in (m.value, m.low, m.high):
            assert v is None or math.isfinite(v), m
        assert m.low is None or m.high is None or m.low <= m.high, m
    assert [m.span.start for m in found] == sorted(m.span.start for m in found)


def check_document(text: str) -> None:
    """`extract` and `stream` (in small parts) read ``text`` without error, by the rules."""
    found = extract(text)
    check_mentions(text, found)
    check_mentions(text, list(stream(text, chunk=200)))


def check_draft(text: str) -> None:
    """``check`` reads ``text`` as a Markdown draft without error (markup rendered, figures
    placed back in the file): every finding's span is inside the draft and its text the
    draft's own there."""
    from claimcheck.check.gate import Draft, check_drafts
    from claimcheck.check.match import CandidateIndex
    from claimcheck.errors import InputError
    from claimcheck.lexicon import load

    lexicon = load()
    index = CandidateIndex.of([], lexicon)
    try:
        report = check_drafts([Draft("d.md", text, True)], index, lexicon, ())
    except InputError:
        return  # an unclosed comment or an unknown directive: a one-line error, by design
    lines = text.split("\n")
    for f in report.findings:
        assert 1 <= f.line <= len(lines), f
        if f.line == f.end_line and "\r" not in text:
            assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == f.text, f
        assert f.value is None or math.isfinite(f.value), f


def check_read_back(written: str, expected: Decimal) -> None:
    """A formatted number reads back as itself."""
    found = [m for m in extract(f"The total was {written} yuan last time.") if m.kind == "quantity"]
    assert [Decimal(str(m.value)) for m in found] == [expected], (written, expected, found)
