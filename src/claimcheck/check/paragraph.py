"""The sentence before a candidate's in its paragraph: words it says of the candidate too.

"Halwick County Council repaired 14,230 potholes in the 2023-24 financial year ... The council
spent £3.1 million on the repairs": the second sentence's figure is spent on potholes in that
year, though its sentence names neither. A draft that says so says nothing the paragraph does
not, and the cover check (`CandidateIndex.unsaid`) reads the sentence before as the
candidate's too.

The sentence before is the one before it among the source's sentences that hold figures, on
the same line or the line above (a paragraph is one line, or wrapped onto the next).
"""

from __future__ import annotations

import re
from typing import Protocol

from claimcheck.check.candidates import Candidate, Entry, fields_of
from claimcheck.check.words import Words
from claimcheck.model import Claim


class _Index(Protocol):
    """What is read of the candidate index (`claimcheck.check.match.CandidateIndex`)."""

    entries: list[Entry]
    words: Words
    previous: dict[tuple[str, str], str] | None


_LINES_APART = 1


def words_before(index: _Index, c: Candidate) -> set[str]:
    """The content words of the sentence before ``c``'s in its paragraph (none where there is
    none); the index's map of sentences is built on first use."""
    if index.previous is None:
        index.previous = previous_sentences(index.entries)
    before = index.previous.get((c.source, c.quote))
    if not before or not _said_of(c):
        return set()
    return index.words.content(before)


_WORD_AFTER = re.compile(r"\s+[a-z]")


def _said_of(c: Candidate) -> bool:
    """True when the candidate's figure says what it is of, by a unit or a word after it: a
    bare number ("his second, a header, after 63") takes its meaning from its own sentence."""
    if c.figure.unit is not None:
        return True
    at = c.quote.find(c.text)
    return at >= 0 and _WORD_AFTER.match(c.quote, at + len(c.text)) is not None


def previous_sentences(entries: list[Entry]) -> dict[tuple[str, str], str]:
    """(source, sentence) -> the sentence before it in its paragraph."""
    placed = sorted(
        ((e.source, _line(e), _start(e), i, fields_of(e)[0]) for i, e in enumerate(entries)),
        key=lambda t: (t[0], t[1] if t[1] is not None else -1, t[2], t[3]),
    )
    out: dict[tuple[str, str], str] = {}
    last: tuple[str, int | None, str] | None = None
    for source, line, _, _, quote in placed:
        if last is not None and last[0] == source and last[2] == quote:
            continue
        if last is not None and last[0] == source and _near(last[1], line):
            out.setdefault((source, quote), last[2])
        last = (source, line, quote)
    return out


def _near(before: int | None, line: int | None) -> bool:
    return before is not None and line is not None and 0 <= line - before <= _LINES_APART


def _line(e: Entry) -> int | None:
    return e.line if isinstance(e, Claim) else e.mention.span.line


def _start(e: Entry) -> int:
    return 0 if isinstance(e, Claim) else e.mention.sentence_start
