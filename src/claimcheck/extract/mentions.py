"""The records extraction returns: `Quantity`, `Ordinal` and `DateMention`, with spans and sentences.

Offsets become 1-based line and column numbers (or the file lines of a ``line_map``); every
mention carries its sentence, one string per sentence shared by its mentions; values are
JSON-friendly numbers (`numbers.to_number`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from claimcheck.extract.item import Item
from claimcheck.extract.numbers import to_number
from claimcheck.extract.sentences import Segment
from claimcheck.extract.timeparts import Found
from claimcheck.model import DateMention, Frame, Mention, Ordinal, Period, Quantity, Span


class Lines:
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


class Records:
    """Builds the mention records of one text."""

    def __init__(self, text: str, segments: list[Segment], lines: Lines) -> None:
        self.text = text
        self.segments = segments
        self.seg_starts = [s.start for s in segments]
        self.lines = lines
        self._sentences: dict[int, str] = {}  # one string per sentence, shared by its mentions

    def sentence_of(self, start: int) -> tuple[int, str]:
        """Where the sentence of the offset ``start`` starts, and its text."""
        i = max(0, bisect.bisect_right(self.seg_starts, start) - 1)
        if not self.segments:
            return 0, ""
        seg = self.segments[i]
        if seg.start not in self._sentences:
            self._sentences[seg.start] = self.text[seg.start : seg.end]
        return seg.start, self._sentences[seg.start]

    def figure(self, item: Item, period: Period | None, frame: Frame | None) -> Mention:
        """The `Quantity` or `Ordinal` of a figure."""
        sentence = self.sentence_of(item.start)
        common: dict[str, Any] = {
            "text": self.text[item.start : item.end],
            "span": self.lines.span(item.start, item.end),
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

    def time(self, t: Found) -> Mention:
        """The `DateMention` (or `Ordinal`: "the 14th Five-Year Plan") of a time expression."""
        sentence = self.sentence_of(t.start)
        common: dict[str, Any] = {
            "text": self.text[t.start : t.end],
            "span": self.lines.span(t.start, t.end),
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


def _num(value: Decimal | None) -> float | int | None:
    return None if value is None else to_number(value)
