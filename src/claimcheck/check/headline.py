"""Headlines read as prose: a Title Case sentence of a draft lower-cased but for its names.

In "Xiheng Economy Expands 6.8 Percent In First Half Of 2019" every word looks like a name, so
the frame reader finds no entity it can trust, and "Expands", "Shrinks", "Jump" are not read as
the verbs they are. A headline of a draft is read as if written "Xiheng economy expands 6.8
percent in first half of 2019": its first word and the words of names the sources give figures
for keep their capitals, every other word is lower-cased. Lower-casing keeps every offset, so
spans still point at the draft as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.extract import sentences
from claimcheck.stem import stem

_WORD = re.compile(r"[A-Z][\w’'-]*")


def names_of(entities: Iterable[str]) -> frozenset[str]:
    """The lower-case words of entity names ("tomas vargen": tomas, vargen), and their stems."""
    out: set[str] = set()
    for name in entities:
        for word in name.split():
            out |= {word, stem(word)}
    return frozenset(out)


def as_prose(text: str, names: frozenset[str]) -> str:
    """``text`` with each Title Case sentence lower-cased but for its first word and the words
    of ``names`` (same length, same offsets)."""
    out = list(text)
    changed = False
    for seg in sentences.split(text):
        sentence = text[seg.start : seg.end]
        if not sentences.is_headline(sentence):
            continue
        first = True
        for m in _WORD.finditer(sentence):
            word = m.group()
            keep = first or word.isupper() or _named(word, names)
            first = False
            if keep:
                continue
            lowered = word.lower()
            if len(lowered) != len(word):
                continue  # a character whose lower case is longer: leave the word as it is
            out[seg.start + m.start() : seg.start + m.end()] = lowered
            changed = True
    return "".join(out) if changed else text


def _named(word: str, names: frozenset[str]) -> bool:
    low = re.sub(r"['’]s$", "", word.lower())
    return low in names or stem(low) in names
