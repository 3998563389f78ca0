"""Actions that undo each other: a count after "opened" is not the count after "closing".

Two figures of one measure and entity may still count opposite events ("opening 18 new shops
and closing 27 loss-making ones"): the frame says both are store counts, the verb says which.
The pairs are data (``opposite_actions`` of ``data/check.yaml``, base forms; their
inflections are matched through `claimcheck.check.cover`'s rule). Only the verb nearest before
a figure in its clause is read: our own few lines, as no offline library reads a verb's
object in microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.check.cover import inflected
from claimcheck.check.words import Words
from claimcheck.errors import ConfigError
from claimcheck.lexicon import packaged

_WINDOW = 48  # characters before a figure in which its verb is looked for
_WORD = re.compile(r"[a-z]+")
_CLAUSE = re.compile(r"[,;:()]|\b(?:and|but|while|whereas)\b")


@dataclass(frozen=True)
class Opposites:
    """For each stem of a listed verb, the stems of the verbs that undo it; and the pairs of
    groups that part a whole, each as two patterns (``contrasting_groups``)."""

    against: dict[str, frozenset[str]]
    groups: tuple[tuple[tuple[str, re.Pattern[str]], tuple[str, re.Pattern[str]]], ...] = ()

    def other_group(self, draft: str, candidate: str) -> str | None:
        """The group the draft's text names where the candidate's sentence names only its
        counterpart ("urban against rural"), or None."""
        ours, theirs = draft.lower(), candidate.lower()
        for a, b in self.groups:
            for (name, one), (other_name, other) in ((a, b), (b, a)):
                if (
                    one.search(ours)
                    and not other.search(ours)
                    and other.search(theirs)
                    and not one.search(theirs)
                ):
                    return f"{name} against {other_name}"
        return None

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
    pairs = []
    for pair in groups.split():
        names = pair.split("/")
        if len(names) != 2 or not all(re.fullmatch(r"[a-z]+(?:-[a-z]+)?", n) for n in names):
            raise ConfigError(f"contrasting_groups: {pair!r} is not a pair a/b", where)
        a, b = ((n, re.compile(_BOUNDED.format(re.escape(n)))) for n in names)
        pairs.append((a, b))
    return Opposites({k: frozenset(v) for k, v in against.items()}, tuple(pairs))


_BOUNDED = r"(?<![\w-]){}(?![\w-])"  # a whole word; a hyphen joins words ("off-peak")
