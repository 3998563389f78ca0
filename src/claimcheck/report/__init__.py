"""Reporters: one module per output format, each turning a stage's result into text.

``json.py`` and ``yaml.py`` write the versioned machine contracts; ``table.py`` writes the
human reports with rich (colour only on a terminal, and never when ``NO_COLOR`` is set).
`plural` words the counts of every summary line ("1 claim", "2 claims"); `today` dates the
reports that carry a date (the HTML report, ClaimReview's ``datePublished``).
"""

import os
from datetime import UTC, date, datetime


def plural(count: int, word: str, words: str | None = None) -> str:
    """``count`` and ``word``, in the plural (``words``, default ``word + "s"``) unless 1."""
    return f"{count} {word if count == 1 else (words or word + 's')}"


def today() -> date:
    """Today's date, or the one ``SOURCE_DATE_EPOCH`` names (reproducible builds set it, so that
    the same inputs give the same report byte for byte)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).date()
    return date.today()
