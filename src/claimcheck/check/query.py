"""What the draft check asks of a draft figure: its sentence, the clause holding it, its frame.

A sentence is cut into clauses at the cue words of ``data/cues.yaml`` (`claimcheck.check.words`);
the cuts depend only on the sentence, so they are worked out once per sentence, not once per
figure of it. A sentence that opens with a pronoun takes the words of the one before it. The
place a figure is given for ("40 stores in Scotland") is read here too (`place_after`,
`placed_for`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.check.words import Words
from claimcheck.model import Frame, Quantity


@dataclass(frozen=True, slots=True)
class Query:
    """What the index needs of a draft mention: figure unit, sentence, clause, frame."""

    unit: str | None
    sentence: str
    clause: str
    frame: Frame | None = None
    text: str = ""  # the figure as the draft writes it
    value: float | None = None  # its value (a figure written "&#56;%" is 8)
    opener: str = ""  # a short phrase opening the sentence before the clause ("Off-peak,")
    own: int = 0  # where the figure's own sentence starts in ``sentence`` (after one it refers to)


def offset_in_sentence(mention: Quantity) -> int:
    """Where the mention's text starts in its sentence (-1 when it cannot be found there)."""
    at = mention.span.start - mention.sentence_start
    return at if 0 <= at <= len(mention.sentence) else mention.sentence.find(mention.text)


def query_of(mention: Quantity, words: Words, before: str = "") -> Query:
    """The mention's sentence and the clause of it that holds the number (clauses break where
    ``words`` says). A sentence that opens with a pronoun ("Its exports climbed to ...") is
    about what ``before``, the sentence before it in its paragraph, names: that sentence's words
    join the query's."""
    sentence = mention.sentence
    at = offset_in_sentence(mention)
    cuts = _cuts(sentence, words.clause_break)
    lo = cuts[bisect.bisect_right(cuts, max(at, 0)) - 1]
    # a figure may run past its sentence's end when an over-long sentence was cut inside it
    end = max(at, 0) + len(mention.text) - 1
    after = bisect.bisect_right(cuts, end)
    hi = cuts[after] if at >= 0 and after < len(cuts) else len(sentence)
    back = bool(before) and opens_with_pronoun(sentence, words)
    context = f"{before} {sentence}" if back else sentence
    return Query(
        mention.unit, context, sentence[lo:hi], mention.frame, mention.text, mention.value,
        _opener(sentence, cuts, lo), len(before) + 1 if back else 0,
    )  # fmt: skip


_OPENER_WORDS = 5


def _opener(sentence: str, cuts: tuple[int, ...], lo: int) -> str:
    """The phrase that opens ``sentence`` before a comma, when the figure's clause comes after
    it and it holds no number: "Off-peak, trains run every 8 minutes", "Among women, ...". It
    bounds the whole sentence, so what it says counts as said of the figure."""
    first = cuts[1] if len(cuts) > 2 else 0
    if not 0 < first <= lo or sentence[first - 1] != ",":
        return ""
    head = sentence[: first - 1]
    if any(c.isdigit() for c in head) or len(head.split()) > _OPENER_WORDS:
        return ""
    return head


@lru_cache(maxsize=64)
def _cuts(sentence: str, clause_break: re.Pattern[str]) -> tuple[int, ...]:
    """Where ``sentence`` breaks into clauses, in order: worked out once per sentence, not once
    per figure of it (a sentence of 2,000 characters may hold hundreds of figures)."""
    return (0, *(m.end() for m in clause_break.finditer(sentence)), len(sentence) + 1)


def opens_with_pronoun(sentence: str, words: Words) -> bool:
    """True when a sentence opens with a pronoun ("Its exports ...", one of the openers of
    ``data/cues.yaml``): it is about what the sentence before it names."""
    return words.refer_back.match(sentence) is not None


# the place a figure is given for, right after it: "40 stores in Scotland", "21 in Wales"
_PLACE_AFTER = re.compile(
    r"[^.;:,()]{0,30}?\b(?:in|at)\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)


_PLACE_OF_FIGURE = re.compile(r"\d[^.;:,()]{0,30}?\b(?:in|at)\s")


def place_after(words: Words, sentence: str, figure: str) -> str | None:
    """The place a figure is given for, named right after it ("40 stores in Scotland"), lower
    case; None when none is named (or the name is a month, a day or a common word)."""
    at = sentence.find(figure) if figure else -1
    if at < 0:
        return None
    m = _PLACE_AFTER.match(sentence, at + len(figure))
    if m is None:
        return None
    name = m.group(1).lower()
    # "January-September" is a time, not a place: every part of a hyphened name is looked up
    if any(w in words.not_places for w in re.split(r"[\s\-\u2013]+", name)):
        return None
    return name


def _same_place(a: str, b: str) -> bool:
    """True for one place, or a place and its adjective ("north america", "north american";
    "asia", "asian"; "canada", "canadian")."""
    short, long = sorted((a, b), key=len)
    return long == short or (long.startswith(short) and long[len(short) :] in ("n", "an", "ian"))


def _within(low: str, figure: str, place: str, larger: str) -> bool:
    """True when ``place`` stands between ``figure`` and ``larger`` in the sentence ``low``."""
    at = low.find(figure)
    end = low.find(larger, at + len(figure)) if at >= 0 else -1
    return end > at >= 0 and place in low[at + len(figure) : end]


def placed_for(place: str | None, sentence: str, figure: str, words: Words) -> bool | str:
    """Whether a candidate is given for the draft's ``place`` (True when the draft names
    none), or why not: "40 stores in Ireland" is a part, a figure named for no place the whole,
    and a place within a larger one the same place ("at Brizlee Wood" and "to Brizlee Wood in
    Northumberland": the source names the draft's place between its figure and the larger)."""
    if place is None:
        return True
    low = sentence.lower()
    theirs = place_after(words, sentence, figure)
    if (
        theirs is not None
        and not _same_place(theirs, place)
        and not _within(low, figure.lower(), place, theirs)
    ):
        return f"another place: {place} against {theirs}"
    if (
        theirs is None
        and _PLACE_OF_FIGURE.search(low)
        and (
            re.search(
                r"\d[^.;:,()]{0,30}?\b(?:in|at)\s+(?:the\s+)?" + re.escape(place) + r"\b", low
            )
        )
    ):
        # "took $155m in North America ... for a global total of $295m": the place is another
        # figure's, so the sentence does not give this one for it
        return False
    return theirs is not None or place in low
