"""Actions that undo each other, and groups that part a whole: a count after "opened" is not
the count after "closing", a figure of urban residents not one of rural residents.

Two figures of one measure and entity may still count opposite events ("opening 18 new shops
and closing 27 loss-making ones"): the frame says both are store counts, the verb says which.
The pairs are data (``opposite_actions`` of ``data/check.yaml``, base forms; their
inflections are matched through `claimcheck.check.cover`'s rule). Only the verb nearest before
a figure in its clause is read. Groups (``contrasting_groups``) are looked for as whole words
(a hyphen joins words: "off-peak" is not "peak") in the draft's sentence up to its figure's
clause and in the candidate's sentence. Our own few lines, as no offline library reads a verb's
object or a noun's modifier in microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from claimcheck.check.cover import inflected
from claimcheck.check.facts import Ask
from claimcheck.check.words import Words
from claimcheck.errors import ConfigError
from claimcheck.extract.refine import part_said
from claimcheck.lexicon import packaged

_WINDOW = 48  # characters before a figure in which its verb is looked for
_WORD = re.compile(r"[a-z]+")
_CLAUSE = re.compile(r"[,;:()]|\b(?:and|but|while|whereas)\b")


@dataclass(frozen=True)
class Opposites:
    """For each stem of a listed verb, the stems of the verbs that undo it; and the pairs of
    groups that part a whole (``contrasting_groups``) and a pattern of all their words."""

    against: dict[str, frozenset[str]]
    groups: tuple[tuple[str, str], ...] = ()
    group_words: re.Pattern[str] = re.compile(r"(?!)")  # any word of ``groups``, whole

    def verb_before(self, sentence: str, figure: str, words: Words) -> str | None:
        """The stem of the listed verb nearest before ``figure`` in its clause of
        ``sentence``, or None."""
        low = sentence.lower()
        at = low.find(figure.lower()) if figure else -1
        if at < 0:
            return None
        head = low[max(0, at - _WINDOW) : at]
        cut = [m.end() for m in _CLAUSE.finditer(head)]
        head = head[cut[-1] :] if cut else head
        for word in reversed(_WORD.findall(head)):
            s = words.stem(word)
            if s in self.against:
                return s
        return None

    def opposed(self, a: str | None, b: str | None) -> bool:
        """True when verb stems ``a`` and ``b`` undo each other."""
        return a is not None and b is not None and b in self.against.get(a, frozenset())

    def other_group(self, draft: str, candidate: str, figure: str = "") -> str | None:
        """The group the draft's text names where the candidate's figure is given for its
        counterpart ("urban against rural"), or None: the groups named right after ``figure``
        in its clause ("87.14 years for women and 81.09 years for men": men for the 81.09),
        else between the figures either side of it, else those of the whole sentence."""
        ours = self.named(draft)
        if not ours:
            return None
        theirs = self.named(_after_figure(candidate, figure)) if figure else frozenset()
        theirs = theirs or (
            self.named(_between_figures(candidate, figure)) if figure else frozenset()
        )
        theirs = theirs or self.named(candidate)
        pair = self.counterpart(ours, theirs)
        return f"{pair[0]} against {pair[1]}" if pair else None

    def counterpart(self, ours: frozenset[str], theirs: frozenset[str]) -> tuple[str, str] | None:
        """(the group of a pair ``ours`` names, the other one) where ``theirs`` names only the
        other, else None."""
        for a, b in self.groups:
            for one, other in ((a, b), (b, a)):
                if one in ours and other not in ours and other in theirs and one not in theirs:
                    return one, other
        return None

    def named(self, text: str) -> frozenset[str]:
        """The group words ``text`` names (one search: a candidate's sentence is asked of for
        each draft figure)."""
        return _named(self.group_words, text.lower())


@lru_cache(maxsize=4096)
def _named(pattern: re.Pattern[str], low: str) -> frozenset[str]:
    return frozenset(m.group() for m in pattern.finditer(low))


@cache
def load(words: Words) -> Opposites:
    """The pairs of ``data/check.yaml``, each way, with the stems of their inflections."""
    data = packaged("check.yaml")
    raw = data.get("opposite_actions") if isinstance(data, dict) else None
    where = "claimcheck/data/check.yaml"
    if not isinstance(raw, str):
        raise ConfigError("opposite_actions must be pairs a/b separated by spaces", where)
    against: dict[str, set[str]] = {}
    for pair in raw.split():
        parts = [p.split("|") for p in pair.split("/")]
        if len(parts) != 2 or not all(f.isalpha() for p in parts for f in p):
            raise ConfigError(f"opposite_actions: {pair!r} is not a pair a/b", where)
        # the first form is inflected, the irregular ones after it are taken as written
        one, other = (inflected(words, p[0]) | {words.stem(f) for f in p[1:]} for p in parts)
        for s in one:
            against.setdefault(s, set()).update(other)
        for s in other:
            against.setdefault(s, set()).update(one)
    groups = data.get("contrasting_groups")
    if not isinstance(groups, str):
        raise ConfigError("contrasting_groups must be pairs a/b separated by spaces", where)
    pairs: list[tuple[str, str]] = []
    for pair in groups.split():
        names = pair.split("/")
        if len(names) != 2 or not all(re.fullmatch(r"[a-z]+(?:-[a-z]+)?", n) for n in names):
            raise ConfigError(f"contrasting_groups: {pair!r} is not a pair a/b", where)
        pairs.append((names[0], names[1]))
    words_of = sorted({w for p in pairs for w in p}, key=len, reverse=True)
    # a whole word; a hyphen joins words ("off-peak" is not "peak")
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words_of)) + r")(?![\w-])")
    return Opposites({k: frozenset(v) for k, v in against.items()}, tuple(pairs), pattern)


_FIGURE = re.compile(r"\d[\d,.]*")


# what ends the words that follow a figure as its own: another figure, a clause's break
_AFTER_END = re.compile(r"\d|[,;:()]|\s(?:and|while|but|whereas|with)\s")


def _after_figure(sentence: str, figure: str) -> str:
    """The words of ``sentence`` right after ``figure``, to its clause's end or the next
    figure ("81.09 years for men, the ministry said": " for men")."""
    at = sentence.find(figure)
    if at < 0:
        return ""
    start = at + len(figure)
    end = _AFTER_END.search(sentence, start)
    return sentence[start : end.start() if end else len(sentence)]


def _between_figures(sentence: str, figure: str) -> str:
    """The text of ``sentence`` from the figure before ``figure`` to the one after it."""
    at = sentence.find(figure)
    if at < 0:
        return ""
    before = [m.end() for m in _FIGURE.finditer(sentence, 0, at)]
    after = _FIGURE.search(sentence, at + len(figure))
    return sentence[before[-1] if before else 0 : after.start() if after else len(sentence)]


def part_against_whole(draft: str, figure: str, candidate: str, theirs: str) -> str | None:
    """What the draft's figure counts, as a part of a whole ("5.3 million of Portugal's
    visitors in 2023 were British"), when the candidate's figure is no such part: the whole is
    not its part (its share of it may be, which arithmetic would have to say)."""
    said = part_said(draft, figure)
    if said is None or part_said(candidate, theirs) is not None:
        return None
    return f"the part that were {said} against the whole"


# what a figure is compared with, by name: "45% above the monthly average", "2.5 degrees above
# normal", "below the long-term mean"
_BASELINES = ("average", "normal", "mean", "norm")
_BASELINE_WORD = re.compile(r"\b(" + "|".join(_BASELINES) + r")\b", re.I)
_AS_BASELINE = re.compile(
    r"\b(?:above|below|over|under|than|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?("
    + "|".join(_BASELINES)
    + r")\b",
    re.I,
)


def baseline_of(draft: str, candidate: str) -> str | None:
    """The baseline the draft's figure is said to be ("average July rainfall is about 835 mm")
    when the candidate's sentence names it only as what its figure is compared with ("1,210
    mm, 45% above the monthly average"): the draft gives the baseline, not that figure."""
    said = {m.group(1).lower() for m in _BASELINE_WORD.finditer(draft)}
    # (a draft that compares with a baseline too speaks of a comparison: "2.1C higher than the
    # 1991-2020 norm")
    if not said or _AS_BASELINE.search(draft):
        return None
    named = [m.group(1).lower() for m in _BASELINE_WORD.finditer(candidate)]
    compared = [m.group(1).lower() for m in _AS_BASELINE.finditer(candidate)]
    for word in sorted(said):
        if word in compared and named.count(word) == compared.count(word):
            return f"the {word} against a figure compared with it"
    return None


# right after a figure, what it is measured against: "1.46C above average", "0.3C warmer than
# 2019", "13 per cent below the long-term mean"
_REFERENCE_AFTER = re.compile(
    r"[^,;.\d]{0,25}?\b(?:than|above|below|over|under)\s+(?:the\s+|in\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?P<base>average|normal|mean|norm|baseline)s?"
    r"|(?P<year>(?:1[89]|20)\d\d)(?![\d-]))\b",
    re.I,
)


def other_reference(draft: str, figure: str, candidate: str, theirs: str) -> str | None:
    """What the draft's figure is measured against where the candidate's is measured against
    something else ("1.46C hotter than 2019" against "1.46C above average"), or None."""
    mine, other = _reference(draft, figure), _reference(candidate, theirs)
    if mine is None or other is None or mine == other:
        return None
    return f"measured against {mine}, not {other}"


def _reference(sentence: str, figure: str) -> str | None:
    at = sentence.find(figure) if figure else -1
    found = _REFERENCE_AFTER.match(sentence, at + len(figure)) if at >= 0 else None
    if found is None:
        return None
    return found.group("year") or "the average"


def opposed(ask: Ask, sentence: str, figure: str, words: Words) -> str:
    """Why a candidate's ``figure`` in its ``sentence`` is of the opposite action to the
    draft's or of another group, or ""."""
    acts = load(words)
    theirs = acts.verb_before(sentence, figure, words)
    if acts.opposed(ask.verb, theirs):
        return f"opposite action: {ask.verb} against {theirs}"
    q = ask.query
    group = acts.other_group(f"{q.opener} {ask.upto}", sentence, figure)
    group = group or part_against_whole(q.sentence, q.text, sentence, figure)
    group = group or baseline_of(ask.upto, sentence)
    group = group or other_reference(q.sentence, q.text, sentence, figure)
    return "" if group is None else f"another group: {group}"
