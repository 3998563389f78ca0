"""Split text into paragraphs and sentences, as character ranges.

A small rule-based splitter: a sentence ends at ., ! or ? followed by white space and a capital
letter, digit or quote, unless the word before the stop is a known abbreviation; a line break
ends a sentence when the line reads as finished (ends in punctuation or is a heading); a blank
line ends a paragraph; a Markdown table row (a line that starts and ends with ``|``) is a
sentence of its own. A "sentence" longer than `MAX_SENTENCE` characters (a table flattened
into one line, a list without stops, hostile input) is cut into pieces at a clause break or a
space: every stage reads a figure within its sentence, so an unbounded sentence made the work
and the memory per figure grow with the whole text. Our own rather than nltk or spaCy: those need model data downloads and
are slower than this by orders of magnitude, and news text needs no more.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimcheck.lexicon import LexiconError, packaged

MAX_SENTENCE = 2000  # characters; real sentences of the corpora stay under 1,200
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_STOP = re.compile(
    r"""
    (?<=[.!?])            # a full stop, question or exclamation mark
    ["”’)\]]*             # closing quotes or brackets after it
    \s+                   # white space
    (?=["“‘(\[]?[A-Z0-9]) # then the start of a new sentence
    """,
    re.VERBOSE,
)
_LINE = re.compile(r"\n")


def _abbreviations() -> frozenset[str]:
    """Words whose full stop ends no sentence (data/sentences.yaml), lower case."""
    data = packaged("sentences.yaml")
    listed = data.get("abbreviations") if isinstance(data, dict) else None
    if (
        data.get("version") != 1
        or not isinstance(listed, list)
        or not all(isinstance(w, str) for w in listed)
    ):
        raise LexiconError(
            "needs version: 1 and abbreviations, a list of words", "claimcheck/data/sentences.yaml"
        )
    return frozenset(w.lower() for w in listed)


_ABBREVIATIONS = _abbreviations()
# a Markdown table row: a line that starts and ends with "|" (a row of a 500-row table was one
# sentence with all the others, and every claim of it quoted the whole table)
_TABLE_ROW = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.MULTILINE)
_LAST_WORD = re.compile(r"(?<![0-9])([A-Za-z][A-Za-z.]*)\.\W*$")  # "40.3C." ends one


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence: its character range and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


def _ends_sentence(before: str) -> bool:
    m = _LAST_WORD.search(before[-20:])
    if m is None:
        return True
    word = m.group(1).lower()
    # "U.S." or an initial such as "J." does not end a sentence
    return word not in _ABBREVIATIONS and not re.fullmatch(r"[a-z]", word)


_TITLE_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


@functools.lru_cache(maxsize=1024)
def is_headline(sentence: str) -> bool:
    """True for a Title Case sentence ("City To Spend Up To $2 Billion On Transit"): its
    words of four letters or more are capitalised, but for one in ten at most. A sentence
    dense with names still has lower-case verbs ("Tomas Vargen scored twice as Northbridge
    United beat Castlemoor Town"), a headline has none."""
    words = _TITLE_WORD.findall(sentence)
    lower = sum(not w[0].isupper() for w in words)
    # cached: the gate asks it of a draft figure's sentence once per figure, and a sentence
    # dense with figures (a table read as one) is long
    return len(words) >= 3 and lower <= len(words) // 10


def split(text: str) -> list[Segment]:
    """Sentences of ``text`` in order; together they cover every non-blank character."""
    segments: list[Segment] = []
    para_start = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    bounds.append((len(text), len(text)))
    for paragraph, (para_end, next_start) in enumerate(bounds):
        _split_paragraph(text, para_start, para_end, paragraph, segments)
        para_start = next_start
    return segments


def _split_paragraph(text: str, start: int, end: int, paragraph: int, out: list[Segment]) -> None:
    cuts = [start]
    for m in _STOP.finditer(text, start, end):
        if _ends_sentence(text[max(start, m.start() - 20) : m.start()]):
            cuts.append(m.end())
    for m in _LINE.finditer(text, start, end):
        # look a bounded way either side, so that a text of many short lines stays linear
        before = text[max(start, m.start() - 80) : m.start()].rstrip()
        after = text[m.end() : min(end, m.end() + 80)].lstrip()
        # a wrapped line continues its sentence; a finished line or a heading does not
        if before and after and (before[-1] in '.!?:"”’)' or after[:1].isupper()):
            cuts.append(m.end())
    for m in _TABLE_ROW.finditer(text, start, end):
        cuts += (m.start(), m.end())  # each row its own sentence
    cuts = sorted(set(cuts))
    cuts.append(end)
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        e = b
        while e > a and text[e - 1].isspace():
            e -= 1
        while e - a > MAX_SENTENCE:
            cut = _cut(text, a, a + MAX_SENTENCE)
            out.append(Segment(a, cut, paragraph))
            a = cut
            while a < e and text[a].isspace():
                a += 1
        if e > a:
            out.append(Segment(a, e, paragraph))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece of an over-long sentence: after the last clause break in its last
    quarter, else at its last space between two words (not next to a digit: "5 percent" stays
    whole), else at its last space, else (no space at all) at the limit."""
    floor = start + (limit - start) * 3 // 4
    window = text[floor:limit]
    for mark in ("; ", ", ", ": "):
        at = window.rfind(mark)
        if at >= 0:
            return floor + at + 1
    at = len(window)
    while (at := window.rfind(" ", 0, at)) > 0:
        if not window[at - 1].isdigit() and not window[at + 1 : at + 2].isdigit():
            return floor + at
    at = window.rfind(" ")
    if at < 0:
        at = text.rfind(" ", start + 1, floor)
        return limit if at < 0 else at
    return floor + at
