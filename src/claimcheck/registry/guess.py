"""Guess what a figure is about: its subject ("Changchun") and metric ("GDP growth, year on year").

Guesses are heuristics from the sentence, written once when a claim is created; a person
corrects them in the registry and `sync` never overwrites them. The subject is the nearest
proper name before the figure in its sentence (else the source's most frequent name); the
metric is the nearest metric term from the lexicon before the figure, with "growth" added for a
change and ", year on year" when the sentence says so.
"""

from __future__ import annotations

import re
from collections import Counter

from claimcheck.errors import ConfigError
from claimcheck.lexicon import Lexicon, packaged
from claimcheck.records import Mention

# A run of capitalised words ("Northern Heavy Industries", "Bank of China"), possessive kept
# aside; a currency prefix ("US$", "HK$") is not a name.
_NAME = re.compile(
    r"""\b[A-Z][a-zA-Z]+ (?:[-\x20] (?:of\x20)? [A-Z][a-zA-Z]+)* (?!\$) (?:['’]s)?""",
    re.VERBOSE,
)


def _load_not_names() -> frozenset[str]:
    """Capitalised words that never name a subject on their own, from ``data/guess.yaml``."""
    data = packaged("guess.yaml")
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("not_names"), str):
        raise ConfigError("needs version: 1 and a not_names string", "claimcheck/data/guess.yaml")
    return frozenset(data["not_names"].split())


_NOT_NAMES = _load_not_names()
_YOY = re.compile(r"year[-\s]on[-\s]year", re.IGNORECASE)
_GENERIC = frozenset({"growth", "share", "market"})


def _clean(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def _names(text: str) -> list[re.Match[str]]:
    out = []
    for m in _NAME.finditer(text):
        words = _clean(m.group()).split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if words and not all(w in _NOT_NAMES for w in words):
            out.append(m)
    return out


def topic(text: str) -> str | None:
    """The proper name a source mentions most often (its likely topic)."""
    counts: Counter[str] = Counter()
    for m in _names(text):
        words = [w for w in _clean(m.group()).split() if w not in _NOT_NAMES]
        if words:
            counts[" ".join(words)] += 1
    return counts.most_common(1)[0][0] if counts else None


def subject(mention: Mention, fallback: str | None) -> str | None:
    """The nearest proper name before the figure in its sentence, else ``fallback``."""
    before = mention.sentence[: max(0, mention.span.start - mention.sentence_start)]
    names = _names(before)
    if names:
        words = [w for w in _clean(names[-1].group()).split() if w not in _NOT_NAMES]
        return " ".join(words)
    return fallback


def metric(mention: Mention, lex: Lexicon) -> str | None:
    """The nearest metric term before the figure, qualified as growth and year on year."""
    sentence = mention.sentence
    cut = max(0, mention.span.start - mention.sentence_start)
    before = sentence[:cut].lower()
    best: tuple[int, str] | None = None
    generic_seen = False
    for term in lex.metrics:
        pos = before.rfind(term.lower())
        if pos < 0:
            continue
        if term in _GENERIC:
            generic_seen = generic_seen or term == "growth"
            continue
        # the nearest term wins; at the same place the longer, more specific one
        if best is None or (pos + len(term), len(term)) > (best[0], len(best[1])):
            best = (pos + len(term), term)
    if best is None:
        noun = getattr(mention, "noun", None)
        name = noun.lower() if noun else None
    else:
        name = best[1]
    if name is None:
        return None
    if (mention.direction or generic_seen) and "growth" not in name and mention.unit == "percent":
        name += " growth"
    if _YOY.search(sentence):
        name += ", year on year"
    return name
