"""The reading position shared by the readers of one figure: text, lexicon, patterns and bounds.

Every reader of a figure's surroundings (its scale, range, unit, currency, hedge...) needs the
same things: the text as scanned, the lexicon, the patterns compiled for it, and how far left it
may look. They travel together as one `Cursor` instead of five positional arguments.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.extract.patterns import Patterns
from claimcheck.lexicon import Lexicon

# How far before a figure its own cues are read (a hedge, a direction word, "between", "from").
LEFT_REACH = 60


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a figure is read: the text, the lexicon and its patterns, and the left bounds."""

    text: str
    lex: Lexicon
    pats: Patterns
    floor: int = 0  # where the figure's sentence starts: nothing before it is read as its own
    left: int = 0  # how far left the figure's own cues are read (`LEFT_REACH`, within the sentence)

    def at(self, start: int) -> Cursor:
        """The cursor of the figure that starts at ``start``: its left bound `LEFT_REACH` back."""
        return Cursor(
            self.text, self.lex, self.pats, self.floor, max(self.floor, start - LEFT_REACH)
        )
