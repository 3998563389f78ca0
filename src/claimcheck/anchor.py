"""The anchor stage: find each claim's quote in its source, and the figure it registered.

A quote is found exactly when it still stands in the source (the occurrence nearest the line
the registry remembers), and otherwise by fuzzy alignment (rapidfuzz) against the source's
sentences and pairs of sentences. Within the anchored passage, the claim's figure is the
mention with the same surface text; when that is gone but a figure of the same unit stands in
its place, the number changed, unless that figure has the claim's value, unit and qualifier
("10,000" reworded as "ten thousand"), in which case the quote only drifted.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from claimcheck.extract import sentences
from claimcheck.model import Claim, Mention

_NEWLINE = re.compile("\n")
EXACT = "exact"
MOVED = "moved"
DRIFTED = "drifted"
CHANGED = "changed"
LOST = "lost"  # the quote anchors but no figure of the claim's kind is in it
UNANCHORED = "unanchored"
SCANNED = 1_000  # occurrences of a quote looked at for the nearest, when lines can be jumped to not


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote stands in a source: offsets, similarity (0-100), and whether exact."""

    start: int
    end: int
    score: float
    exact: bool


@dataclass(frozen=True, slots=True)
class Match:
    """A claim's standing in its source: how it anchors and which mention is its figure."""

    claim: Claim
    state: str
    anchor: Anchor | None
    mention: Mention | None


class SourceIndex:
    """A source's text with its sentences, line starts and quantity mentions, for anchoring."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        first_line: int = 1,
        line_map: Sequence[int] | None = None,
    ) -> None:
        self.text = text
        self.first_line = first_line
        self.line_map = line_map
        self.mentions = list(mentions)
        self.starts = [m.span.start for m in self.mentions]
        self.longest = max((m.span.end - m.span.start for m in self.mentions), default=0)
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self._windows: list[tuple[int, int]] | None = None
        # file lines grow with offsets (every text line mapped), so the nearest occurrence of a
        # quote can be jumped to
        lines = line_map
        self._monotonic = lines is None or (
            len(lines) >= len(self.line_starts)
            and all(a <= b for a, b in zip(lines, lines[1:], strict=False))
        )

    def line_of(self, offset: int) -> int:
        """1-based line (in file coordinates) of a character offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        if self.line_map is not None and index < len(self.line_map):
            return self.line_map[index]
        return index + self.first_line

    def windows(self) -> list[tuple[int, int]]:
        """Sentences and pairs of consecutive sentences, as offset ranges."""
        if self._windows is None:
            segs = sentences.split(self.text)
            wins = [(s.start, s.end) for s in segs]
            wins += [(a.start, b.end) for a, b in zip(segs, segs[1:], strict=False)]
            self._windows = wins
        return self._windows

    def locate(self, quote: str, hint_line: int | None = None) -> Anchor | None:
        """The best place for ``quote``: exact if it stands in the text, else the best fuzzy one."""
        if not quote:
            return None
        found = self.text.find(quote)
        if found >= 0:
            best = found if hint_line is None else self._nearest(quote, found, hint_line)
            return Anchor(best, best + len(quote), 100.0, True)
        wins = self.windows()
        if not wins:
            return None
        choices = [self.text[a:b] for a, b in wins]
        hit = process.extractOne(quote, choices, scorer=fuzz.ratio)
        if hit is None:
            return None
        _, score, index = hit
        a, b = wins[index]
        return Anchor(a, b, float(score), False)

    def _nearest(self, quote: str, found: int, hint_line: int) -> int:
        """The first occurrence of ``quote`` on the line nearest ``hint_line`` (``found`` is the
        first occurrence). Lines grow with offsets, so only two occurrences can be nearest: the
        first on or after the hint line, and the first on the line of the last one before it;
        scanning every occurrence made a quote repeated n times cost n per claim."""
        if not self._monotonic:
            return self._nearest_scanned(quote, found, hint_line)
        start = self.line_starts[self._text_line(hint_line)]
        after = self.text.find(quote, start)
        before = self.text.rfind(quote, 0, start + len(quote) - 1) if start > found else -1
        if before >= 0:
            before = self.text.find(quote, self.line_starts[self._text_line(self.line_of(before))])
        near = [p for p in (before, after) if p >= 0]
        return min(near, key=lambda p: (abs(self.line_of(p) - hint_line), p)) if near else found

    def _nearest_scanned(self, quote: str, found: int, hint_line: int) -> int:
        """`_nearest` by looking at the first `SCANNED` occurrences, for a line map that does not
        grow with offsets (an odd HTML page)."""
        best, pos = found, found
        for _ in range(SCANNED):
            if pos < 0:
                break
            if abs(self.line_of(pos) - hint_line) < abs(self.line_of(best) - hint_line):
                best = pos
            pos = self.text.find(quote, pos + 1)
        return best

    def _text_line(self, line: int) -> int:
        """The index of the first text line whose file line is ``line`` or after (clamped)."""
        if self.line_map is not None:
            index = bisect.bisect_left(self.line_map, line)
        else:
            index = line - self.first_line
        return min(max(index, 0), len(self.line_starts) - 1)

    def in_range(self, start: int, end: int) -> list[int]:
        """Indexes of the mentions that start inside [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return list(range(lo, hi))


def _same_figure(claim: Claim, mention: Mention) -> bool:
    """True when the mention states the claim's value (or range) in the claim's unit."""
    if claim.unit != mention.unit or claim.qualifier != mention.qualifier:
        return False
    if claim.value is None and claim.low is None and claim.high is None:
        return False
    return (claim.value, claim.low, claim.high) == (mention.value, mention.low, mention.high)


def match_claims(claims: Sequence[Claim], index: SourceIndex, threshold: float) -> list[Match]:
    """Anchor every claim of one source; each mention is the figure of at most one claim."""
    taken: set[int] = set()
    resume: dict[tuple[str, str], int] = {}
    out: list[Match] = []
    pending: list[tuple[Claim, Anchor | None, list[int]]] = []
    floor = 0  # where the last claim anchored exactly with its figure (claims are in text order)
    # first pass: figures whose surface text still stands in the passage
    for claim in claims:
        anchor = index.locate(claim.quote, claim.line)
        if anchor is None or anchor.score < threshold:
            pending.append((claim, anchor, []))
            continue
        inside = index.in_range(anchor.start, anchor.end)
        same = [i for i in inside if i not in taken and index.mentions[i].text == claim.text]
        if not same and anchor.exact:
            anchor, inside, same = _later(claim, anchor, inside, taken, index, resume, floor)
        if same:
            taken.add(same[0])
            floor = anchor.start if anchor.exact else floor
            mention = index.mentions[same[0]]
            if not anchor.exact:
                state = DRIFTED
            elif claim.line is not None and claim.line != mention.span.line:
                state = MOVED
            else:
                state = EXACT
            out.append(Match(claim, state, anchor, mention))
        else:
            pending.append((claim, anchor, inside))
    # second pass: in a quote that stands unchanged, a figure at the place of the registered
    # text is the claim's figure even when the extractor now reads its bounds differently
    # ("20.8 billion" registered, "20.8 billion yuan" read); verify calls that stale, not changed
    rest: list[tuple[Claim, Anchor | None, list[int]]] = []
    for claim, anchor, inside in pending:
        hit = _in_place(claim, anchor, inside, taken, index) if anchor and anchor.exact else None
        if hit is None:
            rest.append((claim, anchor, inside))
            continue
        taken.add(hit)
        mention = index.mentions[hit]
        moved = claim.line is not None and claim.line != mention.span.line
        out.append(Match(claim, MOVED if moved else EXACT, anchor, mention))
    # third pass: a figure of the same unit in the passage means the number changed
    for claim, anchor, inside in rest:
        if anchor is None or anchor.score < threshold:
            out.append(Match(claim, UNANCHORED, anchor, None))
            continue
        free = [i for i in inside if i not in taken]
        same_unit = [i for i in free if index.mentions[i].unit == claim.unit] or free
        if not same_unit:
            out.append(Match(claim, LOST, anchor, None))
            continue
        taken.add(same_unit[0])
        mention = index.mentions[same_unit[0]]
        # "10,000" reworded as "ten thousand" is the same figure: the quote drifted
        state = DRIFTED if _same_figure(claim, mention) else CHANGED
        out.append(Match(claim, state, anchor, mention))
    return out


def _later(
    claim: Claim,
    anchor: Anchor,
    inside: list[int],
    taken: set[int],
    index: SourceIndex,
    resume: dict[tuple[str, str], int],
    floor: int = 0,
) -> tuple[Anchor, list[int], list[int]]:
    """A later occurrence of an exact quote whose figure is still free, when the nearest one's is
    taken: claims of a passage repeated on one line (a table, "1% 1% ...") are registered in
    order, so each takes the next occurrence. ``resume`` keeps where the last search for the
    same quote and figure ended (the occurrences before it are taken: `taken` only grows), so
    that n such claims cost n, not n squared; at most `SCANNED` occurrences are tried, and then
    as many from ``floor``, where the claim before it anchored: in a text that repeats itself
    for longer than that (a run of one phrase, cut into sentences at the length cap), the last
    sentence's quote stands at every repeat, and its own place is far past the first ones."""
    key = (claim.quote, claim.text)
    pos = max(resume.get(key, anchor.start), anchor.start)
    found = first = _scan(claim, pos, taken, index)
    if isinstance(first, int) and floor > first >= 0:
        found = _scan(claim, floor - 1, taken, index)
    if isinstance(found, tuple):
        resume[key] = found[0].start
        return found
    assert isinstance(first, int)  # (a tuple is found)
    resume[key] = max(first, anchor.start) if first >= 0 else len(index.text)
    return anchor, inside, []


def _scan(
    claim: Claim, pos: int, taken: set[int], index: SourceIndex
) -> tuple[Anchor, list[int], list[int]] | int:
    """The first of `SCANNED` occurrences of the claim's quote after ``pos`` with its figure
    free (the anchor, the mentions in it, the free ones), else where the search ended (-1: at
    the end of the text)."""
    for _ in range(SCANNED):
        pos = index.text.find(claim.quote, pos + 1)
        if pos < 0:
            break
        here = index.in_range(pos, pos + len(claim.quote))
        same = [i for i in here if i not in taken and index.mentions[i].text == claim.text]
        if same:
            return Anchor(pos, pos + len(claim.quote), 100.0, True), here, same
    return pos


def _in_place(
    claim: Claim, anchor: Anchor, inside: list[int], taken: set[int], index: SourceIndex
) -> int | None:
    """The free mention overlapping an occurrence of the claim's text in its exact quote."""
    if not claim.text or all(i in taken for i in inside):
        return None
    first, last = inside[0], inside[-1]  # `in_range` gives consecutive indexes, by start
    at = claim.quote.find(claim.text)
    while at >= 0:
        start, end = anchor.start + at, anchor.start + at + len(claim.text)
        # only mentions starting before the occurrence ends and at most the longest mention
        # before it can overlap it: looked up, not scanned (a quote of 600 figures, each
        # scanning all 600, made verify quadratic)
        hi = min(bisect.bisect_left(index.starts, end), last + 1)
        lo = max(bisect.bisect_left(index.starts, start - index.longest), first)
        for i in range(lo, hi):
            span = index.mentions[i].span
            if i not in taken and start < span.end:
                return i
        at = claim.quote.find(claim.text, at + 1)
    return None
