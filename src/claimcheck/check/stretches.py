"""A figure's own words in its source sentence: the stretch from the clause break after the
figure before it to the clause break after it (`claimcheck.check.swaps` reads which group or
time a figure is of from them).

A sentence is cut into one stretch per figure of a dimension: the words before the figure back
to the previous figure, less those up to the first clause break after it (a comma, "while",
"as", a parenthesis), which are the previous figure's ("accounted for 14.6 percent of new
registrations in the first half, compared with 12.2 percent"), and the words after it up to a
clause break ("318 companies certified as national high-tech enterprises"). A figure set off
by commas keeps its predicate ("The highest temperature, 41.2C, was recorded at Corvel").

Our own code: no library reads which stretch of a sentence a figure belongs to without a parser.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimcheck.check import cover
from claimcheck.check.candidates import Candidate, Scored, figure_sentence
from claimcheck.check.words import Words

# the words that break a clause between two figures
_CONTRAST = r"while|whereas|but|although|though|against|versus|compared\s+with"
# where a figure's own words end and the next figure's begin, between two figures
_BREAK = re.compile(rf"[,;:()]|\b(?:{_CONTRAST}|and|as)\b", re.I)
# where the words after a figure end: "as" and "and" also join a figure's own words
# ("318 companies certified as national high-tech enterprises")
_TAIL_BREAK = re.compile(rf"[,;:()]|\b(?:{_CONTRAST})\b", re.I)
# a verb's form: what a figure's group did, no group
_VERB_FORM = re.compile(r"\b[a-z]{3,}(?:ing|ed)\b")
# a comma after a figure set off as an apposition, before its clause's verb
_APPOSED = re.compile(r",\s+(?=(?:was|were|is|are|has|have|had)\b)", re.I)
# words before a figure that make it the whole of the others ("bringing its total to 54") or
# another's figure restated ("1,031,000 residents had a university education, equal to 17,704
# for every 100,000 people")
_WHOLE = re.compile(
    r"\b(?:total|overall|combined|altogether|whole|global|worldwide|equal|equivalent|equalling"
    r"|or|representing|amounting|that\s+is)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Placed:
    """A candidate of the sentence with where its figure stands in it."""

    scored: Scored
    start: int
    end: int


def placed_of(j: Scored, scored: Sequence[Scored]) -> list[Placed] | None:
    """The candidates of ``j``'s sentence and dimension with their places, in order; None
    when a figure's text stands twice there (its place is unknown) or ``j`` has no sibling."""
    c = j.candidate
    sentence = figure_sentence(c.quote, c.text)
    out = []
    for s in scored:
        o = s.candidate
        if o.source != c.source or o.dimension != c.dimension or o.text not in sentence:
            continue
        if figure_sentence(o.quote, o.text) != sentence:
            continue
        at = sentence.find(o.text)
        if sentence.find(o.text, at + 1) >= 0:
            return None
        out.append(Placed(s, at, at + len(o.text)))
    if len(out) < 2:
        return None
    out.sort(key=lambda p: p.start)
    return out


def same_sentence(a: Candidate, b: Candidate) -> bool:
    """True when two candidates are figures of one sentence of one source."""
    return a.source == b.source and figure_sentence(a.quote, a.text) == figure_sentence(
        b.quote, b.text
    )


@dataclass(frozen=True, slots=True)
class Own:
    """A figure's words in its sentence (stems): before it and after it, those of the
    sentence's opening among them, whether the words before it make it a whole or a
    restatement of another, and whether no clause break stands between it and the figure
    before it (one phrase: "took 42 of the assembly's 120 seats", the 120 the whole the 42 is
    part of, no other group)."""

    lead: set[str]
    tail: set[str]
    opening: set[str]
    whole: bool
    joined: bool = False


def own_words(j: Scored, placed: list[Placed], words: Words) -> list[Own]:
    """Each placed figure of ``j``'s sentence with its own words only: those no other figure's
    stretch holds, light words left out."""
    sentence = figure_sentence(j.candidate.quote, j.candidate.text)
    light = cover.load(words).light
    heavy = [
        replace(s, lead={w for w in s.lead if not light(w)}, tail={w for w in s.tail if not light(w)})
        for s in stretches_of(sentence, placed, words)
    ]  # fmt: skip
    counts = Counter(w for s in heavy for w in s.lead | s.tail)
    return [
        replace(s, lead={w for w in s.lead if counts[w] == 1},
                tail={w for w in s.tail if counts[w] == 1})
        for s in heavy
    ]  # fmt: skip


def stretches_of(sentence: str, placed: list[Placed], words: Words) -> list[Own]:
    """Each figure's words (stems) in ``sentence``, before it and after it, with those of
    the sentence's opening (before the first figure; empty for the others)."""
    out = []
    for i, p in enumerate(placed):
        after = placed[i - 1].end if i else 0
        lo = _lead_start(sentence, after, p.start) if i else 0
        hi = _tail_end(sentence, p.end, placed[i + 1].start if i + 1 < len(placed) else None)
        text = sentence[lo : p.start]
        lead = _named(text, words)
        tail = _named(sentence[p.end : hi], words)
        # (no break found: the figure's words run back to the figure before it)
        joined = i > 0 and lo == after
        out.append(
            Own(lead, tail, lead if i == 0 else set(), _WHOLE.search(text) is not None, joined)
        )
    return out


def _named(text: str, words: Words) -> set[str]:
    """The stems of the words of ``text`` that may name a group: content words less verbs'
    forms ("stealing", "opened": what a figure's group did, not who it is) and nouns of
    people in general ("1.2 million people" is no group beside "1.2 million households")."""
    verbs = {words.stem(w) for w in _VERB_FORM.findall(text)}
    return words.content(text) - verbs - words.generic_counts


def _lead_start(sentence: str, after: int, start: int) -> int:
    """Where a figure's own words begin: after the first clause break that follows the
    figure before it (and its predicate, `_APPOSED`), else right after that figure."""
    found = _BREAK.search(sentence, _past_apposition(sentence, after), start)
    return found.end() if found else after


def _past_apposition(sentence: str, end: int) -> int:
    """Where a figure's clause goes on after a comma that closes it as an apposition ("The
    highest temperature, 41.2C, was recorded at Corvel"), else ``end``."""
    found = _APPOSED.match(sentence, end)
    return found.end() if found else end


def _tail_end(sentence: str, end: int, following: int | None) -> int:
    """Where a figure's own words after it end: at the first clause break, else where the
    next figure's own words begin ("8 workers and 5 passers-by": the workers are the 8's),
    else right after it (the next figure's words run back to it); at the sentence's end for
    the last figure."""
    stop = len(sentence) if following is None else following
    start = _past_apposition(sentence, end)
    found = _TAIL_BREAK.search(sentence, start, stop)
    if found is not None:
        return found.start()
    if following is None:
        return stop
    joined = _BREAK.search(sentence, start, stop)
    return joined.start() if joined else end
