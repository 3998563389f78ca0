"""Clock times and timestamps that the time reader leaves: no figures to check.

"2024-03-12T09:30:00Z" and "16:41:07" leave their minutes and seconds when the date before them
is read; a dotted time ("resumed at 10.30", "the 7.42 from Brighton") reads as a decimal. The figure
scan skips them, as it skips a phone number. A dotted time is one only where the
words around it say so (a verb of an event before "at", or a train after "the"): "closed at
1.27" is a price.
"""

from __future__ import annotations

import functools
import re

from claimcheck.extract.fragments import alternation
from claimcheck.lexicon import Lexicon

# Hours and minutes with a colon, seconds and a fraction of them, a zone: "09:30:00Z", "14:05",
# "16:41:07", "23:59+01:00"; after a date's "T" too. One-digit minutes are a ratio ("16:9").
COLON_TIME = r"""
    (?<![\d:.,])T?(?:[01]?\d|2[0-3]):[0-5]\d
    (?::[0-5]\d(?:[.,]\d{1,9})?)?
    (?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?
    (?![\d:]|[.,]\d)
"""
# A dotted clock time: hours, a dot, two digits of minutes ("10.30", "7.42").
DOTTED = r"(?<![\w.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d%]|[.,]\d)"


def event_at(lex: Lexicon) -> str:
    """A verb of an event and "at", at the end of the left context: "resumed at ", "broke up at "."""
    return rf"\b{alternation(lex.words.clock_verbs)}\s+at\s+$"


def train_after(lex: Lexicon) -> str:
    """After "the" and a dotted time, what makes it a train's: " from", " service"."""
    return rf"\s+{alternation(lex.words.clock_after)}\b"


_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


@functools.cache
def _compiled(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    return (
        re.compile(COLON_TIME, re.VERBOSE),
        re.compile(DOTTED),
        re.compile(event_at(lex), re.IGNORECASE),
        re.compile(train_after(lex)),
    )


def end_at(text: str, pos: int, lex: Lexicon) -> int | None:
    """Where the clock time or timestamp that starts at ``pos`` ends, if one does."""
    colon, dotted, event, train = _compiled(lex)
    m = colon.match(text, pos)
    if m is not None:
        return m.end()
    m = dotted.match(text, pos)
    if m is None:
        return None
    if event.search(text, max(0, pos - 24), pos) or (
        _THE.search(text, max(0, pos - 5), pos) and train.match(text, m.end())
    ):
        return m.end()
    return None
