"""The building blocks of every pattern: an alternation of the lexicon's words or phrases.

Word lists live in the lexicon (``data/lexicon.yaml``); the patterns are built from them here,
so that a pattern never spells a list of words itself. `alternation` orders its phrases longest
first, for lists whose order does not matter; `phrases` keeps the order the lexicon gives, for
patterns that try their words in a chosen order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, with flexible white space."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) + ")"


def phrases(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases in the order given, with flexible white space."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
