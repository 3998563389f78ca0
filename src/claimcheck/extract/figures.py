"""Find a text's figures: where the number patterns match, each read into an `Item`.

The patterns are tried only at the token starts that can begin a figure (`patterns.starts`),
never inside a web address, a phone number or a time expression; each match is read by
`quantities` (with one `Cursor` per sentence), and a figure that opens a bracketed conversion of
the money figure before it is linked to it ("12 trillion yuan ($1.66 trillion)").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable

from claimcheck.extract import clock, eras, names, patterns, refine, scores, vague
from claimcheck.extract.cursor import Cursor
from claimcheck.extract.item import Item
from claimcheck.extract.numbers import read_spelled
from claimcheck.extract.quantities import opens_conversion, read, read_words, scale_clash
from claimcheck.extract.sentences import Segment
from claimcheck.extract.timeparts import Found
from claimcheck.lexicon import Lexicon

_WORD = re.compile(r"[A-Za-z]+")
_JOINERS = frozenset(["and", "a", "an", "of", "point"])
# "nine hundred and ninety-nine million nine hundred and ninety-nine thousand ..." is 22 words
_LONGEST_SPELLED = 24
_CHAINED = re.compile(r"-\d+(?![\d.,])")
_GLUE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def find(
    text: str,
    lex: Lexicon,
    pats: patterns.Patterns,
    times: list[Found],
    segments: list[Segment],
    found_tokens: list[tuple[int, str]],
) -> list[Item]:
    """The figures of ``text``, in order, outside the time expressions ``times``."""
    items: list[Item] = []
    t_index = consumed = matched_to = 0
    blocked = Blocked(text, lex)
    seg_starts = [s.start for s in segments]
    cursors: dict[int, Cursor] = {}  # one per sentence
    for pos in patterns.starts(found_tokens, pats.core_words):
        if pos < matched_to or blocked.holds(pos):
            continue  # inside a web address or a war's name: no figure
        if text[pos].isdigit():
            ident = names.identifier_end(text, pos) or _no_figure_end(text, pos, lex)
            if ident is not None:
                matched_to = ident  # "0431-8888-1234": a phone number, not a range; a score...
                continue
        found = _match(text, lex, pats, pos)
        if found is None or found[0].start() < consumed:
            continue  # inside the figure before ("million and fifty" of "$3 million"): not a match
        m, reader = found
        start = m.start()
        matched_to = m.end()
        while t_index < len(times) and times[t_index].end <= start:
            t_index += 1
        time = times[t_index] if t_index < len(times) else None
        if time is not None and time.start <= start < time.end:
            continue
        seg_i = bisect.bisect_right(seg_starts, start) - 1
        floor = segments[seg_i].start if seg_i >= 0 else 0
        c = cursors.get(floor)
        if c is None:
            c = cursors[floor] = Cursor(text, lex, pats, floor, floor)
        item = reader(c, m)
        if item is None:
            chained = _CHAINED.match(text, m.end())
            matched_to = chained.end() if chained else matched_to  # "Boeing 787-9": all a name
            continue
        if time is not None and item.end > time.start >= start:
            # a range or unit ran into a date: keep the figure alone
            item = dataclasses.replace(item, end=max(m.end(), min(item.end, time.start)))
        if items and item.kind == "quantity" and opens_conversion(c, items[-1], item):
            item = dataclasses.replace(item, conversion_of=len(items) - 1)
        consumed = item.end
        if item.kind == "quantity":
            matched_to = min(matched_to, item.end)  # "a third and a quarter": read the rest
        items.append(item)
    return refine.refine(text, lex, items, seg_starts)


def _no_figure_end(text: str, pos: int, lex: Lexicon) -> int | None:
    """Where digits at ``pos`` that are no figure end: a score ("won 3-1"), a clock time or
    timestamp ("09:30:00Z", "resumed at 10.30"), an era year or century ("AD 800", "the
    1600s"), numbers a noun names ("junctions 31 and 33", "the 73 bus"); None otherwise."""
    return (
        scores.end_at(text, pos, lex) or clock.end_at(text, pos, lex) or eras.end_at(text, pos)
        or names.named_end(text, pos, lex)
    )  # fmt: skip


class Blocked:
    """The spans of a text where no figure starts: web addresses and wars' names ("the Thirty
    Years' War"); asked in order of position, each in constant time."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.spans = sorted(names.url_spans(text) + eras.war_spans(text))
        self.at = 0

    def holds(self, pos: int) -> bool:
        spans = self.spans
        while self.at < len(spans) and spans[self.at][1] <= pos:
            self.at += 1
        return self.at < len(spans) and spans[self.at][0] <= pos


Reader = Callable[[Cursor, "re.Match[str]"], "Item | None"]


def _match(
    text: str, lex: Lexicon, pats: patterns.Patterns, pos: int
) -> tuple[re.Match[str], Reader] | None:
    """The figure the patterns match at ``pos``, and the reader of its match."""
    m = None
    if text[pos].isalpha() and text[pos : pos + 12].split(None, 1)[0].lower() in vague.starts(lex):
        m = vague.compiled(lex).match(text, pos)  # "tens of thousands of", "a few dozen"
        if m is not None:
            return m, vague.read
    if pos and text[pos - 1] in "-−":
        m = pats.core.match(text, pos - 1)  # a minus sign belongs to the figure
    m = m or pats.core.match(text, pos)
    if (
        m is None
        and pos
        and text[pos - 1] in _GLUE
        and pats.currency_prefix.search(text, max(0, pos - 8), pos)
    ):
        m = pats.glued_core.match(text, pos)  # "RMB5bn", "Rs500": a currency's letters glued on
    if m is not None:
        return m, _read
    m = pats.word_quantity.match(text, pos)  # "a gallon", "absolute zero"
    return (m, read_words) if m is not None else None


def _read(c: Cursor, m: re.Match[str]) -> Item | None:
    """The figure of a match; of spelled words that are no one number, the longest leading
    part that is one."""
    item = read(c, m)
    if (
        item is None
        and m.group("spelled")
        and (read_spelled(m.group("spelled"), c.lex) is None or scale_clash(c, m))
    ):
        return _shorter(c, m)
    return item


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
