"""A figure's period: the time expression a figure is stated for, in its sentence or before.

A figure's period is the time named next to it ("7.4 percent in 2018", "6.5% a year earlier"),
else the last one before it in its sentence that is not a comparison's baseline ("than in
2016", "over the same period last year", "since 1990"), else a later one in its sentence that
belongs to no compared figure ("67.3%, down from 68.8% in 2019": 2019 is the 68.8%'s); a
sentence that continues the one before ("It", "And", "Meanwhile") takes that sentence's period.
"""

from __future__ import annotations

import bisect
import re

from claimcheck.extract import sentences
from claimcheck.extract.item import Item
from claimcheck.extract.patterns import Patterns
from claimcheck.extract.role_patterns import CONSEQUENCE
from claimcheck.extract.timeparts import Found
from claimcheck.model import Period

# a clause break between a figure and a time: "and in ...", ", and aims to ...", ";"
_BLOCK = re.compile(
    r"\b(?:and|but|while|whereas)\s+(?:in|during|by|since|for)\b|,\s+(?:and|but|while|whereas)\b"
    # a consequence of its own: "rose 0.8% on Wednesday, bringing its gain this year to 35%"
    rf"|,\s+(?:{CONSEQUENCE})\s"
    r"|[;:]|\band\s+(?!(?:in|during|by|since|for|from|to|the|a|an)\b)[a-z]+ed\b"
    # a verb of expecting or saying opens a predicate of its own: "would cut 150 jobs ... and
    # expects to spend £120 million ... by 2026" (2026 is the spending's)
    r"|\band\s+(?:expects|plans|aims|intends|hopes|wants|says|forecasts|predicts|warns|adds"
    r"|pledges|promises|targets|will|would|is\s+due|is\s+set|are\s+due|are\s+set)\b",
    re.I,
)
# a relative clause set off by commas: its figures do not take a time after its end ("X, which
# operates 14 ships, said ... by 2026")
_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose)\b[^,;:]*$", re.I)
# a whole the figure is part of, dated by a clause of its own ("71 per cent of the 19.1 million
# recorded in 2019"; not "cut 2,000 of its 21,000 jobs in 2023", a time of both)
_OF_WHOLE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[$£€¥]?\d[\d.,]*(?:\s+[a-z]+)?"
    r"\s+(?:[a-z]+ed|seen|set|who\s+[a-z]+|that\s+[a-z]+|which\s+[a-z]+)"
    r"\s+(?:in|during|for|at|on|back\s+in)\s+(?:the\s+)?",
    re.I,
)
# a day named right after a figure is its time: "rose 1.2 percent on Wednesday after ... and
# signalled two cuts in 2025" (2025 is the cuts')
_DAY = re.compile(
    r"\s*(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b",
    re.I,
)
_WHEN_CLAUSE = re.compile(r"\s*,\s*when\b[^,;:.]*")
# between a figure and a time it is measured against: "0.72C above the 1991-2020 average"
_MEASURED_FROM = re.compile(
    r"\b(?:above|below|than|on|over|against|versus|vs|compared|from|since)\b", re.I
)
_CLAUSE_START = re.compile(r"(?:^|[.;:,!?(\u2013\u2014\n])\s*$")  # a line starts a clause too
_PAREN = re.compile(r"\s*\([^()\n]{0,60}\)")


class Timeline:
    """The dated time expressions of a text, indexed for finding a figure's period quickly."""

    def __init__(
        self,
        text: str,
        segments: list[sentences.Segment],
        seg_starts: list[int],
        times: list[Found],
        pats: Patterns,
    ) -> None:
        self.text = text
        self.pats = pats
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
        # "below the 1.1 million who came in 2019": the time of a compared figure, too
        self.baseline = [
            (
                _last_word(text, t.start) in pats.baseline_ends
                and pats.baseline_before.search(text, max(0, t.start - 40), t.start) is not None
            )
            or (
                _DIGIT.search(text, max(0, t.start - 90), t.start) is not None
                and pats.compared_before.search(text, max(0, t.start - 90), t.start) is not None
            )
            or (
                t.shift is not None
                and t.shift < 0
                and not _CLAUSE_START.search(text, max(0, t.start - 4), t.start)
            )
            for t in timed
        ]
        self.topic: dict[int, Period] = {}  # sentence index -> period of its last dated figure

    def period_for(self, item: Item, seg_i: int) -> Period | None:
        """The period of the quantity ``item`` in sentence ``seg_i``."""
        text, seg = self.text, self.segments[seg_i]
        lo = bisect.bisect_left(self.starts, seg.start)
        hi = bisect.bisect_left(self.starts, seg.end)
        # the figure's reach ends after a bracketed conversion: "1 trillion yuan ($139 billion) in"
        reach = item.end
        paren = _PAREN.match(text, reach)
        if paren:
            reach = paren.end()
        elif item.noun and text.startswith(" " + item.noun, reach):
            # and past the noun it counts: "4,400 burglaries a year earlier" is of that time
            reach += 1 + len(item.noun)
        if self.pats.undated_after.match(text, item.end) or self.pats.undated_after.match(
            text, reach
        ):
            return None  # "compared with 36.4 million before the pandemic": a time we cannot date
        after = bisect.bisect_left(self.starts, reach, lo, hi)
        k = bisect.bisect_left(self.unknown, reach)
        if (
            k < len(self.unknown)
            and self.unknown[k] < seg.end
            and self.pats.time_adjacent.fullmatch(text, reach, self.unknown[k])
        ):
            return None  # "4 million a year ago" with no publication date: a time we cannot date
        chosen = self._in_sentence(item, reach, lo, hi, after)
        if chosen is None and seg_i > 0 and self.pats.sentence_opener.match(text, seg.start):
            # "And 261 companies ...", "Furthermore, revenue ...": the previous sentence's period
            prev = self.segments[seg_i - 1]
            if prev.paragraph == seg.paragraph:
                if seg_i - 1 in self.topic:
                    return self.topic[seg_i - 1]
                if (
                    lo > 0
                    and self.paragraphs[lo - 1] == seg.paragraph
                    and not self.baseline[lo - 1]
                ):
                    chosen = self.timed[lo - 1]
        if chosen is None and after < hi and self._later_is_own(reach, after):
            chosen = self.timed[after]
        if chosen is None or chosen.period is None:
            return None
        return _split(item, chosen, chosen.period, text)

    def _in_sentence(self, item: Item, reach: int, lo: int, hi: int, after: int) -> Found | None:
        """The time next to the figure, else the nearest before it in its sentence that is not
        a baseline (unless a time after it in its own clause beats one across a clause break)."""
        text, timed, baseline = self.text, self.timed, self.baseline
        if after < hi and self._compared_own(item, after):
            return timed[after]  # "below the 3.1 million it drew in 2019": that time is its own
        # "8% over the same period last year" compares with that time; "6.5% a year earlier" and
        # "3% in the same period of the previous year" are stated for it
        if (
            after < hi
            and self.pats.time_adjacent.fullmatch(text, reach, timed[after].start)
            and not (
                baseline[after] and self.pats.comparing.search(text, reach, timed[after].start)
            )
        ):
            return timed[after]
        j = bisect.bisect_right(self.ends, item.start, lo, hi) - 1
        if j >= lo and _WHEN_CLAUSE.fullmatch(text, timed[j].end, item.start):
            return timed[j]  # "since 2019, when it carried 19.3 million": that time is its own
        while j >= lo and baseline[j]:
            j -= 1
        if j < lo:
            return None
        # "the 1990s saw ...; 3 per cent closed in 2021-25": a period in the figure's own
        # clause, after it, beats one before it across a clause break
        if (
            after < hi
            and not baseline[after]
            and _BLOCK.search(text, timed[j].end, item.start)
            and not _BLOCK.search(text, reach, timed[after].start)
        ):
            return timed[after]
        # "In 2022 it had 2.3 million visitors, below the 3.1 million it drew in 2019": past a
        # comma, a time of the figure's own clause after it beats the sentence's opening one
        # (not one it is measured against: "up 78 per cent on 2022", "0.72C above the average")
        if (
            after < hi
            and "," in text[timed[j].end : item.start]
            and not _MEASURED_FROM.search(text, reach, timed[after].start)
            and self._later_is_own(reach, after)
        ):
            return timed[after]
        return timed[j]

    def _compared_own(self, item: Item, after: int) -> bool:
        """True when ``item`` is the compared figure of the time ``after`` (`baseline`):
        "well below the 1.1 million who came in 2019" dates the 1.1 million."""
        text, t = self.text, self.timed[after]
        m = self.pats.compared_before.search(text, max(0, t.start - 90), t.start)
        return (
            m is not None
            and m.start() < item.start
            and item.end <= t.start
            and "," not in text[m.start() : t.start]  # "from other provinces, up 36 percent"
            and not _MEASURED_FROM.search(text, item.end, t.start)  # "up 36 percent from 2010"
        )

    def _later_is_own(self, reach: int, after: int) -> bool:
        """True when the time after the figure in its sentence is its own: no baseline, no
        clause break and no compared figure between them."""
        text, at = self.text, self.timed[after].start
        return (
            not self.baseline[after]
            and not _BLOCK.search(text, reach, at)
            and not self.pats.compared_figure.search(text, reach, at)
            # "71 per cent of the 19.1 million recorded in 2019": the whole's time, not the part's
            and not _OF_WHOLE.fullmatch(text, reach, at)
            and not _DAY.match(text, reach)
            and not self._leaves_aside(reach, at)
        )

    def _leaves_aside(self, reach: int, at: int) -> bool:
        """True when the figure ending at ``reach`` is in a relative clause set off by commas
        that ends before ``at``."""
        text = self.text
        return (
            _ASIDE_OPEN.search(text, max(0, reach - 200), reach) is not None
            and "," in text[reach:at]
        )


_DIGIT = re.compile(r"\d")  # a compared figure before a time has one
_LAST_WORD = re.compile(r"(\S+)\s+$")


def _last_word(text: str, at: int) -> str:
    """The word (lower case) before the blank before ``at``, else ""."""
    found = _LAST_WORD.search(text, max(0, at - 40), at)
    return found.group(1).lower() if found else ""


def _split(item: Item, chosen: Found, period: Period, text: str) -> Period:
    """A change's end in a span of years: "from 2015 to 2017, ... from 2.4 to 20.8" gives the
    first figure 2015 and the second 2017."""
    split = (item.is_from or item.is_to) and ".." in period.label and ".." not in period.label[5:]
    if split and text[chosen.start : chosen.start + 4].lower() == "from":
        year = period.first[0] if item.is_from else period.last[0]
        return Period(str(year), (year, 1), (year, 12))
    return period
