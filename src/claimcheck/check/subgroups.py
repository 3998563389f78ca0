"""A source figure of a subgroup beside one of the whole it belongs to, in one sentence.

"Second-Quarter U.S. Sales Climb 1% to 536,050 Vehicles and Hybrid Sales Jump 55%": the 55%
is the hybrids' (a word right before the measure names the subgroup), the 1% the whole's. A
draft that names the measure alone ("sales rose 55%") speaks of the whole, so the subgroup's
figure may not carry its verdict: it is made weak, and the whole's figure decides (a strong
figure of the draft's measure and period that disagrees outweighs a weak one that agrees).
Only where the sentence gives the whole a figure too: a lone "copper exports" may be all the
source says of exports.

Our own few lines: no library reads noun modifiers without a parser, and these only compare
one word before the measure with the draft's words.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace

from claimcheck.check import cover
from claimcheck.check.candidates import Scored, figure_sentence
from claimcheck.check.words import Words

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_DIGIT = re.compile(r"\d")


def weaker_subgroups(scored: list[Scored], said: AbstractSet[str], words: Words) -> list[Scored]:
    """``scored`` with each strong candidate of a subgroup the draft's words (``said``,
    stems) do not name made weak, where its sentence gives the whole a figure too."""
    if len(scored) < 2:
        return scored
    measure_words = cover.load(words).measure_words
    sentences = {id(s): figure_sentence(s.candidate.quote, s.candidate.text) for s in scored}
    kinds = {id(s): _modifier(s, sentences[id(s)], words, measure_words) for s in scored}
    wholes = {
        (s.candidate.source, sentences[id(s)], s.candidate.frame.measure)
        for s in scored
        if kinds[id(s)] == "" and s.candidate.frame is not None
    }
    out = []
    for s in scored:
        kind = kinds[id(s)]
        frame = s.candidate.frame
        if (
            kind
            and (s.strong or s.alone)
            and frame is not None
            and words.stem(kind) not in said
            and (s.candidate.source, sentences[id(s)], frame.measure) in wholes
        ):
            reason = f"{s.reason}; the source's subgroup: {kind.lower()}"
            s = replace(s, strong=False, alone=False, reason=reason)
        out.append(s)
    return out


def _modifier(
    s: Scored, sentence: str, words: Words, measure_words: dict[str, frozenset[str]]
) -> str | None:
    """The content word right before the measure word nearest before the figure in its
    ``sentence`` ("Hybrid" of "Hybrid Sales Jump 55%"), "" when none stands there, None when
    the measure is not found."""
    c = s.candidate
    measure = (c.frame.measure or "") if c.frame else ""
    own = measure_words.get(measure.removesuffix("_share").removesuffix("_per_capita"))
    if not own:
        return None
    at = sentence.find(c.text)
    if at < 0:
        return None
    found = list(_WORD.finditer(sentence, 0, at))[-8:]
    for k in range(len(found) - 1, -1, -1):
        if _DIGIT.search(sentence, found[k].end(), at):
            return None  # the measure word of another figure ("opening 18 new shops and ...")
        if words.stem(found[k].group()) in own:
            if k == 0:
                return ""
            before = found[k - 1].group()
            if _DIGIT.search(sentence, max(0, found[k - 1].start() - 12), found[k - 1].start()):
                return None  # "18 new shops": the noun of another figure
            gap = sentence[found[k - 1].end() : found[k].start()]
            if gap.strip() or not words.content(before):
                return ""  # "sales, hybrid ...", "the sales": no modifier
            return before
    return None
