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
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from claimcheck import framelex
from claimcheck import lexicon as lexicon_mod
from claimcheck.extract import anaphora, frames, names, patterns, periods, sentences
from claimcheck.extract.cursor import Cursor
from claimcheck.extract.numbers import read_spelled, to_number
from claimcheck.extract.quantities import Item, opens_conversion, read, read_words, scale_clash
from claimcheck.lexicon import Lexicon
from claimcheck.model import DateMention, Frame, Mention, Ordinal, Period, Quantity, Role, Span

__all__ = ["extract", "published_year"]

# The words between a figure and the period it is stated for: "7.4 percent in 2018",
# "1 trillion yuan by the end of the 14th Five-Year Plan period".
_ADJACENT = re.compile(
    r"""[\s,]*
    (?:(?:gain|rise|fall|drop|increase|decline|growth|jump|climb|slump|contraction|expansion)s?\s+)?
    (?:(?:recorded|registered|reported|seen|posted|logged|achieved)\s+)?
    (?:(?:in|for|during|as\s+of|by|through|until|over|at|from|of|throughout)\b
       (?:\s+the\s+(?:end|first|second|start|beginning|course|whole|rest|middle|same\s+period)
          \s+of)?
       (?:\s+the)?)?
    \s*""",
    re.VERBOSE | re.IGNORECASE,
)
_BLOCK = re.compile(r"\b(?:and|but|while|whereas)\s+(?:in|during|by|since|for)\b|[;:]", re.I)
_CONTINUES = re.compile(
    r"(?:And|Also|Furthermore|Moreover|In\s+addition|Meanwhile|Besides|It|Its|This|That|These"
    r"|Those|The\s+figure|But|However|Still|Yet|Of\s+th(?:is|ese|ose))\b"
)
_BASELINE = re.compile(
    r"""\b(?:than|compared\s+(?:with|to)|versus|vs\.?|same\s+period
          |the\s+(?:number|figure|level|growth|total|amount|rate))
        \s+(?:(?:in|for|of|during|with|last)\s+)?(?:the\s+)?$
      | \bsince\s+(?:the\s+)?$   # "the highest since 1990": a span's start, not the figure's time""",
    re.VERBOSE | re.IGNORECASE,
)
# A compared figure between a figure and a later time: the time is that figure's ("67.3%, down
# from 68.8% in 2019", "12.7 billion, compared with 9.8 billion last year").
_COMPARED_FIGURE = re.compile(
    r"\b(?:from|than|compared|against|versus|vs|after)\b[^\d;:]{0,40}\d", re.IGNORECASE
)
# A line break inside a sentence, before a lower-case word or "%": the line was wrapped (a
# list, a heading or a new sentence starts otherwise).
_WRAP = re.compile(r"\r?\n(?=[a-z%])")  # and not after a blank: see _spaces
_CLAUSE_START = re.compile(r"(?:^|[.;:,!?(\u2013\u2014])\s*$")
_COMPARES = re.compile(r"\b(?:over|from|since|than|against|on|versus|vs)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_JOINERS = frozenset(["and", "a", "an", "of", "point"])
# "nine hundred and ninety-nine million nine hundred and ninety-nine thousand ..." is 22 words
_LONGEST_SPELLED = 24
_GLUE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_PAREN = re.compile(r"\s*\([^()\n]{0,60}\)")


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
    if published and len(published) >= 7 and published[5:7].isdigit() and 1 <= int(published[5:7]) <= 12:
        return int(published[5:7])
    return None


class _Lines:
    """Offsets to 1-based line and column numbers (``lines``: the file line of each line)."""

    def __init__(self, text: str, first_line: int, lines: Sequence[int] | None = None) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.first_line = first_line
        self.lines = lines

    def number(self, index: int) -> int:
        """The file line of the text's line ``index`` (0-based)."""
        if self.lines is not None and index < len(self.lines):
            return self.lines[index]
        return index + self.first_line

    def span(self, start: int, end: int) -> Span:
        line = bisect.bisect_right(self.starts, start) - 1
        end_line = bisect.bisect_right(self.starts, end) - 1
        return Span(
            start,
            end,
            self.number(line),
            start - self.starts[line] + 1,
            self.number(end_line),
            end - self.starts[end_line] + 1,
        )


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
    quantity carries its `Frame` (read with the measure lexicon ``flex``)."""
    lex = lexicon or lexicon_mod.load()
    pats = patterns.compile_for(lex)
    segments = sentences.split(text)
    reader = frames.Reader(text, segments, flex or framelex.load(), lex)
    seg_starts = [s.start for s in segments]
    # Patterns read a copy in which a wrapped line's break is a space ("2.4\nbillion yuan",
    # "6.3\npercent"); mentions and sentences are cut from the text itself, offsets being equal.
    scan = _WRAP.sub(_spaces, text) if "\n" in text else text
    found_tokens = patterns.tokens(scan, pats.token, pats.core_words | periods.start_words(lex))
    times = periods.find(scan, lex, published_year(published), found_tokens, published_month(published))
    times = anaphora.resolve(times, segments, seg_starts)
    items = _items(scan, lex, pats, times, segments, seg_starts, found_tokens)
    ctx = _Timeline(scan, segments, seg_starts, times)
    lines = _Lines(text, first_line, line_map)
    sentence_text: dict[int, str] = {}  # one string per sentence, shared by its mentions

    def sentence_of(start: int) -> tuple[int, str]:
        i = max(0, bisect.bisect_right(seg_starts, start) - 1)
        if not segments:
            return 0, ""
        seg = segments[i]
        if seg.start not in sentence_text:
            sentence_text[seg.start] = text[seg.start : seg.end]
        return seg.start, sentence_text[seg.start]

    out: list[tuple[int, Mention]] = []
    assigned: list[Period | None] = []
    framed: list[Frame | None] = []
    year = published_year(published)
    last_frame: Frame | None = None
    last_seg = -1
    for index, item in enumerate(items):
        seg_i = max(0, bisect.bisect_right(seg_starts, item.start) - 1)
        period = None
        if item.kind == "quantity":
            if item.conversion_of is not None:
                # "nearly 12 trillion yuan ($1.66 trillion)": the conversion says what its source says
                source = items[item.conversion_of]
                period = assigned[item.conversion_of]
                said = (source.qualifier, source.hedge) if item.hedge is None else (item.qualifier, item.hedge)
                item = items[index] = dataclasses.replace(
                    item, direction=source.direction, qualifier=said[0], hedge=said[1]
                )
            elif segments:
                period = _period_for(item, scan, seg_i, ctx)
                if period is not None:
                    ctx.topic[seg_i] = period
        assigned.append(period)
        frame = None
        if item.kind == "quantity":
            converted = framed[item.conversion_of] if item.conversion_of is not None else None
            if converted is not None:  # a conversion measures what its source measures
                frame = dataclasses.replace(converted, dimension=frames.dimension_of(lex, item.unit))
            else:
                future = year is not None and period is not None and period.first[0] > year
                frame = reader.frame(item.start, item.end, item.unit, item.noun, seg_i, future)
                frame = _compared(frame, last_frame if last_seg == seg_i else None)
            last_frame, last_seg = frame, seg_i
        framed.append(frame)
        out.append((item.start, _mention(item, text, lines, sentence_of(item.start), period, frame)))
    for t in times:
        out.append((t.start, _time_mention(t, text, lines, sentence_of(t.start))))
    out.sort(key=lambda pair: (pair[0], pair[1].span.end))
    return [mention for _, mention in out]


def _items(
    text: str,
    lex: Lexicon,
    pats: patterns.Patterns,
    times: list[periods.Found],
    segments: list[sentences.Segment],
    seg_starts: list[int],
    found_tokens: list[tuple[int, str]],
) -> list[Item]:
    items: list[Item] = []
    t_index = 0
    consumed = 0
    matched_to = 0
    urls = names.url_spans(text)
    cursors: dict[int, Cursor] = {}  # one per sentence
    for pos in patterns.starts(found_tokens, pats.core_words):
        if pos < matched_to:
            continue
        if urls and any(lo <= pos < hi for lo, hi in urls):
            continue  # a figure inside a web address is part of the address
        if text[pos].isdigit():
            ident = names.identifier_end(text, pos)
            if ident is not None:
                matched_to = ident  # "0431-8888-1234": a phone number, not a range
                continue
        m = None
        if pos and text[pos - 1] in "-−":
            m = pats.core.match(text, pos - 1)  # a minus sign belongs to the figure
        m = m or pats.core.match(text, pos)
        if m is None and pos and text[pos - 1] in _GLUE and pats.currency_prefix.search(text, max(0, pos - 8), pos):
            m = pats.glued_core.match(text, pos)  # "RMB5bn", "Rs500": a currency's letters glued on
        words = m is None
        if words:
            m = pats.word_quantity.match(text, pos)  # "a gallon", "absolute zero"
        if m is None:
            continue
        start = m.start()
        if start < consumed:
            continue  # inside the figure before ("million and fifty" of "$3 million"): not a match
        matched_to = m.end()
        while t_index < len(times) and times[t_index].end <= start:
            t_index += 1
        if t_index < len(times) and times[t_index].start <= start < times[t_index].end:
            continue
        seg_i = bisect.bisect_right(seg_starts, start) - 1
        floor = segments[seg_i].start if seg_i >= 0 else 0
        c = cursors.get(floor)
        if c is None:
            c = cursors[floor] = Cursor(text, lex, pats, floor, floor)
        item = read_words(c, m) if words else read(c, m)
        if (
            item is None
            and not words
            and m.group("spelled")
            and (read_spelled(m.group("spelled"), lex) is None or scale_clash(c, m))
        ):
            item = _shorter(c, m)
        if item is None:
            continue
        if t_index < len(times) and item.end > times[t_index].start >= start:
            # a range or unit ran into a date: keep the figure alone
            item = dataclasses.replace(item, end=max(m.end(), min(item.end, times[t_index].start)))
        if items and item.kind == "quantity" and opens_conversion(text, items[-1], item):
            item = dataclasses.replace(item, conversion_of=len(items) - 1)
        consumed = item.end
        if item.kind == "quantity":
            matched_to = min(matched_to, item.end)  # "a third and a quarter": read the rest
        items.append(item)
    return items


def _shorter(c: Cursor, m: re.Match[str]) -> Item | None:
    """The longest leading part of spelled words that is one number: "a third" of "a third and
    a quarter" (the rest is read after it)."""
    text, lex = c.text, c.lex
    words = list(_WORD.finditer(text, m.start("spelled"), m.end()))
    lows = [w.group().lower() for w in words]
    comma = text.find(",", m.start("spelled"), m.end())
    # Trying every prefix of a long run costs its length squared, so stop where no number can
    # go on: past the longest spelled number, or after a fraction that no multiplier follows
    # ("two-thirds two-thirds ...", "a third and a quarter": lists)
    longest = min(len(words) - 1, _LONGEST_SPELLED)
    for i, low in enumerate(lows[:longest]):
        if low in lex.fraction_words:
            nxt = next((w for w in lows[i + 1 :] if w not in _JOINERS), None)
            if nxt is not None and nxt not in lex.multiplier_words and nxt not in lex.group_words:
                longest = min(longest, i + 1)
                break
    for k in range(longest, 0, -1):
        if 0 <= comma < words[k - 1].start():
            continue  # a shorter reading never spans a comma: "three million, five million"
        if lows[k - 1] in _JOINERS or read_spelled(" ".join(lows[:k]), lex) is None:
            continue
        short = c.pats.core.match(text, m.start(), words[k - 1].end())
        if short and short.group("spelled") and short.end() == words[k - 1].end():
            if scale_clash(c, short):
                continue  # "five million and ten" of "five million and ten million"
            return read(c, short)
    return None


class _Timeline:
    """The dated time expressions of a text, indexed for finding a figure's period quickly."""

    def __init__(
        self,
        text: str,
        segments: list[sentences.Segment],
        seg_starts: list[int],
        times: list[periods.Found],
    ) -> None:
        self.segments = segments
        self.timed = timed = [t for t in times if t.period is not None]
        # relative times the text gives no year for ("20 years ago", no publication date)
        self.unknown = [t.start for t in times if t.period is None and t.relative]
        self.starts = [t.start for t in timed]
        self.ends = [t.end for t in timed]
        self.paragraphs = [
            segments[max(0, bisect.bisect_right(seg_starts, t.start) - 1)].paragraph
            for t in timed
        ] if segments else []  # fmt: skip
        # "than in 2017", "the number in 2016": a comparison's baseline, not the figure's time
        # "up 8% over the same period last year", "from 6.5% a year earlier": an anaphoric time
        # inside a clause is a comparison too ("A year earlier, ..." opens a clause: not one)
        self.baseline = [
            _BASELINE.search(text, max(0, t.start - 40), t.start) is not None
            or (t.shift is not None and t.shift < 0 and not _CLAUSE_START.search(text, max(0, t.start - 4), t.start))
            for t in timed
        ]
        self.topic: dict[int, Period] = {}  # sentence index -> period of its last dated figure


def _period_for(item: Item, text: str, seg_i: int, ctx: _Timeline) -> Period | None:
    seg = ctx.segments[seg_i]
    timed = ctx.timed
    lo = bisect.bisect_left(ctx.starts, seg.start)
    hi = bisect.bisect_left(ctx.starts, seg.end)
    # the figure's reach ends after a bracketed conversion: "1 trillion yuan ($139 billion) in"
    reach = item.end
    paren = _PAREN.match(text, reach)
    if paren:
        reach = paren.end()
    after = bisect.bisect_left(ctx.starts, reach, lo, hi)
    k = bisect.bisect_left(ctx.unknown, reach)
    if k < len(ctx.unknown) and ctx.unknown[k] < seg.end and _ADJACENT.fullmatch(text, reach, ctx.unknown[k]):
        return None  # "4 million a year ago" with no publication date: a time we cannot date
    chosen = None
    # "8% over the same period last year" compares with that time; "6.5% a year earlier" and
    # "3% in the same period of the previous year" are stated for it
    if (
        after < hi
        and _ADJACENT.fullmatch(text, reach, timed[after].start)
        and not (ctx.baseline[after] and _COMPARES.search(text, reach, timed[after].start))
    ):
        chosen = timed[after]
    if chosen is None:
        # the nearest period before the figure in its sentence that is not a baseline
        j = bisect.bisect_right(ctx.ends, item.start, lo, hi) - 1
        while j >= lo and ctx.baseline[j]:
            j -= 1
        if j >= lo:
            chosen = timed[j]
            # "the 1990s saw ...; 3 per cent closed in 2021-25": a period in the figure's own
            # clause, after it, beats one before it across a clause break
            if (
                after < hi
                and not ctx.baseline[after]
                and _BLOCK.search(text, chosen.end, item.start)
                and not _BLOCK.search(text, reach, timed[after].start)
            ):
                chosen = timed[after]
    if chosen is None and seg_i > 0 and _CONTINUES.match(text, seg.start):
        # "And 261 companies ...", "Furthermore, revenue ...": the previous sentence's period
        prev = ctx.segments[seg_i - 1]
        if prev.paragraph == seg.paragraph:
            if seg_i - 1 in ctx.topic:
                return ctx.topic[seg_i - 1]
            if lo > 0 and ctx.paragraphs[lo - 1] == seg.paragraph and not ctx.baseline[lo - 1]:
                chosen = timed[lo - 1]
    if (
        chosen is None
        and after < hi
        and not ctx.baseline[after]
        and not _BLOCK.search(text, reach, timed[after].start)
        and not _COMPARED_FIGURE.search(text, reach, timed[after].start)
    ):
        chosen = timed[after]
    if chosen is None or chosen.period is None:
        return None
    period = chosen.period
    split = (item.is_from or item.is_to) and ".." in period.label and ".." not in period.label[5:]
    if split and text[chosen.start : chosen.start + 4].lower() == "from":
        year = period.first[0] if item.is_from else period.last[0]
        return Period(str(year), (year, 1), (year, 12))
    return period


def _compared(frame: Frame, before: Frame | None) -> Frame:
    """A previous figure measures what the figure it is compared with measures ("6.98% of the
    population, down from 8.2%": 8.2% is a population share too)."""
    if frame.role is not Role.previous or before is None or before.dimension is not frame.dimension:
        return frame
    return Frame(frame.entity or before.entity, before.measure or frame.measure, frame.role, frame.dimension)


def _num(value: Decimal | None) -> float | int | None:
    return None if value is None else to_number(value)


def _mention(
    item: Item, text: str, lines: _Lines, sentence: tuple[int, str], period: Period | None, frame: Frame | None = None
) -> Mention:
    common: dict[str, Any] = {
        "text": text[item.start : item.end],
        "span": lines.span(item.start, item.end),
        "value": None if item.low is not None else _num(item.value),
        "sentence": sentence[1],
        "sentence_start": sentence[0],
    }
    if item.kind == "ordinal":
        return Ordinal(**common)
    return Quantity(
        **common,
        low=_num(item.low),
        high=_num(item.high),
        scale=float(item.scale),
        unit=item.unit,
        qualifier=item.qualifier,
        hedge=item.hedge,
        direction=item.direction,
        period=period,
        precision=_num(item.precision),
        noun=item.noun,
        frame=frame,
    )


def _time_mention(t: periods.Found, text: str, lines: _Lines, sentence: tuple[int, str]) -> Mention:
    common: dict[str, Any] = {
        "text": text[t.start : t.end],
        "span": lines.span(t.start, t.end),
        "value": t.value,
        "period": t.period,
        "low": t.low,
        "high": t.high,
        "sentence": sentence[1],
        "sentence_start": sentence[0],
    }
    if t.kind == "ordinal":
        return Ordinal(**common)
    return DateMention(**common)
