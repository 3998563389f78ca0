"""The extract stage: text in, every numeric mention out (`Quantity`, `DateMention`, `Ordinal`).

Contract: `extract(text, published=...)` returns mentions in text order, each with its exact
surface text and span, its value as written and normalised (scale applied; ranges keep low and
high), unit, qualifier, direction, the period it refers to, and its sentence. Years and dates
are `DateMention`, never quantities. Nothing that reads as a number is dropped silently: a figure
is either a mention or part of one (a range's other end, a date).

Our own extractor rather than quantulum3 or Recognizers-Text: both lose what a fact checker
needs (quantulum3 reads "US$352.5m" as dollar-metres and turns ranges into midpoints;
Recognizers-Text drops scale suffixes and hedges), and both are far slower than a handful of
compiled regular expressions (see ``benchmarks/``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence

from claimcheck import framelex
from claimcheck import lexicon as lexicon_mod
from claimcheck.extract import (
    anaphora,
    elided,
    figures,
    frame_parts,
    frames,
    patterns,
    periods,
    sentences,
    unicode,
)
from claimcheck.extract.item import Item
from claimcheck.extract.mentions import Lines, Records
from claimcheck.extract.timeline import Timeline
from claimcheck.framelex import FrameLexicon
from claimcheck.lexicon import Lexicon
from claimcheck.model import Dimension, Frame, Mention, Period, Role

__all__ = ["FRAMED_PER_SENTENCE", "extract", "published_year", "stream"]

# `stream` extracts a long text this many characters at a time (cut at a paragraph's end), so
# that what extraction builds for a text (its tokens, sentences, candidate figures) is that of a
# part, never of a 100 MB file: a dense part costs about 60 MB at the peak.
CHUNK = 1 << 18
# Figures of one sentence whose frame is read; past them a figure's frame says its dimension
# only (entity and measure unknown, the role a bare figure's). Prose has a few figures a
# sentence; a run of figures with no full stop ("1% 1% 1% ...", a pasted column) has hundreds,
# each costing a frame read of its window. `claimcheck check` notes the cap in its findings.
FRAMED_PER_SENTENCE = 50
_PARAGRAPH_END = re.compile(r"\n[ \t\r]*\n")
_SPACE = re.compile(r"\s")

# A line break inside a sentence, before a lower-case word or "%": the line was wrapped (a
# list, a heading or a new sentence starts otherwise).
_WRAP = re.compile(r"\r?\n(?=[a-z%])")  # and not after a blank: see _spaces


def _spaces(m: re.Match[str]) -> str:
    at = m.start()
    if at == 0 or m.string[at - 1].isspace():
        return m.group()  # a blank line or an indented one: no wrap
    return " " * len(m.group())


def published_year(published: str | None) -> int | None:
    """The year of a publication date written as YYYY, YYYY-MM or YYYY-MM-DD."""
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


def published_month(published: str | None) -> int | None:
    """The month of a publication date written as YYYY-MM or YYYY-MM-DD."""
    if (
        published
        and len(published) >= 7
        and published[5:7].isdigit()
        and 1 <= int(published[5:7]) <= 12
    ):
        return int(published[5:7])
    return None


def extract(
    text: str,
    *,
    published: str | None = None,
    lexicon: Lexicon | None = None,
    first_line: int = 1,
    line_map: Sequence[int] | None = None,
    flex: framelex.FrameLexicon | None = None,
) -> list[Mention]:
    """Every numeric mention in ``text``, in order of position; line numbers count from
    ``first_line``, or are ``line_map[i]`` for the text's line ``i`` when it is given. Each
    quantity carries its `Frame` (read with the measure lexicon ``flex``). Invisible characters
    inside a figure ("6\u200b.8") are read past (`unicode.fold`); spans point at ``text``."""
    folded, cuts = unicode.fold(text)
    found = _extract(
        folded,
        published=published,
        lexicon=lexicon,
        first_line=first_line,
        line_map=line_map,
        flex=flex,
    )
    if cuts is None:
        return found
    lines = Lines(text, first_line, line_map)
    out = []
    for m in found:
        start, end = unicode.origin(cuts, m.span.start), unicode.origin(cuts, m.span.end, end=True)
        s_start = unicode.origin(cuts, m.sentence_start)
        s_end = unicode.origin(cuts, m.sentence_start + len(m.sentence), end=True)
        out.append(dataclasses.replace(
            m, text=text[start:end], span=lines.span(start, end), sentence=text[s_start:s_end], sentence_start=s_start
        ))  # fmt: skip
    return out


def stream(
    text: str,
    *,
    published: str | None = None,
    lexicon: Lexicon | None = None,
    first_line: int = 1,
    line_map: Sequence[int] | None = None,
    flex: framelex.FrameLexicon | None = None,
    chunk: int = CHUNK,
) -> Iterator[Mention]:
    """`extract`'s mentions, in order, a part of the text at a time: a text longer than
    ``chunk`` characters is read in parts that end at the first paragraph end (a blank line)
    after ``chunk`` characters (else at a line end, else at a space), each part as a text of its
    own, spans and sentence offsets pointing into ``text``. Memory holds one part's work; what
    reads across paragraphs (a sentence that opens with "It" takes the one before's period and
    entity) does not read across a cut, which falls at most once per ``chunk`` characters."""
    lex = lexicon or lexicon_mod.load()
    flex = flex or framelex.load()
    start, lines_before = 0, 0
    while start < len(text):
        end = _cut(text, start, chunk)
        part = text[start:end] if start or end < len(text) else text
        found = extract(
            part,
            published=published,
            lexicon=lex,
            first_line=first_line + lines_before,
            line_map=line_map[lines_before:] if line_map is not None else None,
            flex=flex,
        )
        if start:
            # a part cut inside a line (a long one, at a space): its first line's columns count
            # from the line's start in the text
            indent = start - (text.rfind("\n", 0, start) + 1)
            first_break = part.find("\n") if indent else 0
            first_break = len(part) if first_break < 0 else first_break
            found = [_shifted(m, start, indent, first_break) for m in found]
        yield from found
        lines_before += part.count("\n")
        start = end


def _cut(text: str, start: int, chunk: int) -> int:
    """Where the part of ``text`` from ``start`` ends (see `stream`)."""
    if len(text) - start <= chunk:
        return len(text)
    limit = min(len(text), start + 2 * chunk)
    for pattern in (_PARAGRAPH_END, re.compile("\n"), _SPACE):
        m = pattern.search(text, start + chunk, limit)
        if m is not None:
            return m.end()
    return limit  # a run of 2 * chunk characters with no space in it: no figure that long


def _shifted(m: Mention, by: int, indent: int, first_break: int) -> Mention:
    """``m`` found in a part of a text that starts ``by`` characters into it, ``indent``
    characters into its line (whose end is at ``first_break`` in the part)."""
    span = m.span
    column = span.column + indent if span.start <= first_break else span.column
    end_column = span.end_column + indent if span.end <= first_break else span.end_column
    span = dataclasses.replace(
        span, start=span.start + by, end=span.end + by, column=column, end_column=end_column
    )
    return dataclasses.replace(m, span=span, sentence_start=m.sentence_start + by)


def _extract(
    text: str,
    *,
    published: str | None = None,
    lexicon: Lexicon | None = None,
    first_line: int = 1,
    line_map: Sequence[int] | None = None,
    flex: framelex.FrameLexicon | None = None,
) -> list[Mention]:
    """`extract` of a text without invisible characters."""
    lex = lexicon or lexicon_mod.load()
    pats = patterns.compile_for(lex)
    segments = sentences.split(text)
    reader = frames.Reader(text, segments, flex or framelex.load(), lex)
    seg_starts = [s.start for s in segments]
    # Patterns read a copy in which a wrapped line's break is a space ("2.4\nbillion yuan",
    # "6.3\npercent"); mentions and sentences are cut from the text itself, offsets being equal.
    scan = _WRAP.sub(_spaces, text) if "\n" in text else text
    scan = unicode.same_width(scan)  # "７.４", "6\u2009800": the figures they show, one for one
    found_tokens = patterns.tokens(scan, pats.token, pats.core_words | periods.start_words(lex))
    times = periods.find(
        scan, lex, published_year(published), found_tokens, published_month(published)
    )
    times = anaphora.resolve(times, segments, seg_starts)
    times = anaphora.year_parts(times, scan, segments, seg_starts)
    times = anaphora.dated_back(times, scan)
    items = figures.find(scan, lex, pats, times, segments, found_tokens)
    items = elided.borrowed(items, scan, seg_starts, lex.currency_codes)
    timeline = Timeline(scan, segments, seg_starts, times, pats)
    records = Records(text, segments, Lines(text, first_line, line_map))
    out: list[tuple[int, Mention]] = [
        (item.start, records.figure(item, period, frame))
        for item, period, frame in _placed(items, timeline, reader, lex, published_year(published))
    ]
    out += [(t.start, records.time(t)) for t in times]
    out.sort(key=lambda pair: (pair[0], pair[1].span.end))
    return [mention for _, mention in out]


def _placed(
    items: list[Item], timeline: Timeline, reader: frames.Reader, lex: Lexicon, year: int | None
) -> list[tuple[Item, Period | None, Frame | None]]:
    """Each figure with its period and frame (a bracketed conversion says what its source says,
    and measures what it measures)."""
    seg_starts = [s.start for s in timeline.segments]
    out: list[tuple[Item, Period | None, Frame | None]] = []
    last_frame: Frame | None = None
    earlier: Frame | None = None  # the frame before last_frame in its sentence
    last_seg = last_end = last_start = -1
    framed = 0  # quantities of the sentence last_seg so far
    for index, item in enumerate(items):
        seg_i = max(0, bisect.bisect_right(seg_starts, item.start) - 1)
        if item.kind != "quantity":
            out.append((item, None, None))
            continue
        framed = framed + 1 if seg_i == last_seg else 1
        frame: Frame | None = None
        if item.conversion_of is not None:
            # "nearly 12 trillion yuan ($1.66 trillion)": the conversion says what its source says
            source, period, converted = out[item.conversion_of]
            said = (
                (source.qualifier, source.hedge)
                if item.hedge is None
                else (item.qualifier, item.hedge)
            )
            item = items[index] = dataclasses.replace(
                item, direction=source.direction, qualifier=said[0], hedge=said[1]
            )
            if converted is not None:  # a conversion measures what its source measures
                frame = dataclasses.replace(
                    converted, dimension=frame_parts.dimension_of(lex, item.unit)
                )
        else:
            period = timeline.period_for(item, seg_i) if timeline.segments else None
        if frame is None and framed > FRAMED_PER_SENTENCE:
            frame = _unread(lex, item.unit)
        if frame is None:
            future = year is not None and period is not None and period.first[0] > year
            frame = reader.frame(item.start, item.end, item.unit, item.noun, seg_i, future)
            before = last_frame if last_seg == seg_i else None
            bare = _bare(timeline.text, item, (last_start, last_end), before, reader.flex)
            frame = frame_parts.pro_form(frame_parts.compared(frame, before), before, bare)
            frame = frame_parts.points_of(frame, before)
            between = timeline.text[last_end : item.start]
            frame = frame_parts.appended(frame, before, between)
            frame = frame_parts.elided(frame, before, between, reader.flex)
            frame = frame_parts.reached(frame, before, between)
            frame = frame_parts.averaged(frame, before, earlier if before is not None else None)
            if item.start in reader.grouped:  # its group's, whatever it is compared with
                frame = dataclasses.replace(frame, entity=reader.grouped[item.start])
        if period is not None and item.conversion_of is None:
            _note_topic(timeline.topic, seg_i, period, frame)
        earlier = last_frame if last_seg == seg_i else None
        last_frame, last_seg, last_end, last_start = frame, seg_i, item.end, item.start
        out.append((item, period, frame))
    return out


def _note_topic(topic: dict[int, Period], seg_i: int, period: Period, frame: Frame | None) -> None:
    """Keep the time sentence ``seg_i`` speaks of, for one that goes on ("Its sister site drew
    412,000 over the same period"): not a compared figure's time, while it has another."""
    if frame is None or frame.role is not Role.previous:
        topic[seg_i] = period
    else:
        topic.setdefault(seg_i, period)


def _bare(
    text: str, item: Item, last: tuple[int, int], before: Frame | None, flex: FrameLexicon
) -> bool:
    """True when a count with no noun and no unit counts what the count before it in its
    sentence (``last``: its start and end) counts: "opened 9 showrooms and closed 12", "added
    4,300 jobs, while service firms added 7,900"; not when its own verb names what it counts
    ("killing 2,012 people and injuring 2,059": injuries)."""
    if before is None or item.noun is not None or item.unit is not None:
        return False
    joined = _ELLIPSIS.match(text[last[1] : item.start])
    if joined is not None and flex.measure(joined.group(1)) is None:
        return True
    return _same_verb(text, last[0], item.start)


_VERB_BEFORE = re.compile(r"\b([a-z]{3,})\s+$")


def _same_verb(text: str, before: int, at: int) -> bool:
    """True when a bare count has the verb of the count before it in its sentence, a parallel
    clause with a subject of its own: "manufacturers added 4,300 jobs, while service firms
    added 7,900" (jobs, not firms)."""
    mine = _VERB_BEFORE.search(text, max(0, at - 30), at)
    theirs = _VERB_BEFORE.search(text, max(0, before - 30), before)
    return mine is not None and theirs is not None and mine.group(1) == theirs.group(1)


# between a count and a bare one that counts the same: its noun, "and", one verb ("9 showrooms
# and closed 12"); not a clause of its own ("379,000 in 2023, while deaths numbered 661,000")
_ELLIPSIS = re.compile(r"[^,;:()\d]{0,30}?\band\s+([a-z]+)\s+(?:another\s+|a\s+further\s+)?$")


def _unread(lex: Lexicon, unit: str | None) -> Frame:
    """The frame of a figure past `FRAMED_PER_SENTENCE`: its dimension, nothing read."""
    dim = frame_parts.dimension_of(lex, unit)
    return Frame(None, None, Role.counted if dim is Dimension.counted else Role.level, dim)
