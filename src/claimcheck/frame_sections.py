"""The sections of the measure lexicon (``data/frames.yaml``) that name measures, validated:
each returns what `claimcheck.framelex.FrameLexicon` keeps of its section, or raises a
`ConfigError` naming the file. Kept apart from `claimcheck.framelex`, which assembles them,
with the helpers both use (a list of phrases, one alternation of them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimcheck.errors import ConfigError
from claimcheck.model import Dimension

WHERE = "claimcheck/data/frames.yaml"


def phrase_fragment(phrases: list[str], plural: bool = True) -> str:
    """One alternation of ``phrases``, longest first, each a whole-word run; a final word may
    take a plural ending."""
    if not plural and (trie := _phrase_trie(phrases)) is not None:
        return r"(?<![\w&-])" + trie + r"(?![\w-])"
    parts = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        words = [re.escape(w) for w in phrase.split()]
        body = r"\s+".join(words)
        if plural and phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
            body = body[:-1] + r"(?:y|ies)"  # company, companies
        elif plural and phrase[-1:].isalpha():
            body += r"(?:e?s)?"
        parts.append(body)
    return r"(?<![\w&-])(?:" + "|".join(parts) + r")(?![\w-])"


def _phrase_trie(phrases: list[str]) -> str | None:
    """The alternation of `phrase_fragment` (no plurals) as a trie of words ("grew" and "grew
    by" share a branch): an alternation of a hundred phrases is tried phrase by phrase at every
    character, a trie word by word. It matches what the alternation matches: there the longest
    phrase that matches wins; here a longer word is tried before a shorter one, and a phrase's
    next word before its end. None where two words of one place could both match (one a prefix
    of the other before a character that ends a word: "u.s" and "u.s."): only the alternation
    orders those."""
    tree: dict[str, Any] = {}
    for phrase in set(phrases):
        node = tree
        for word in phrase.split():
            node = node.setdefault(word, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str | None:
        words = sorted((w for w in node if w), key=lambda w: (-len(w), w))
        for a in words:
            for b in words:
                if b != a and b.startswith(a) and not re.match(r"[\w-]", b[len(a)]):
                    return None
        alts = []
        for word in words:
            child = node[word]
            tail = ""
            if any(child):
                inner = emit(child)
                if inner is None:
                    return None
                tail = rf"(?:\s+{inner})" + ("?" if "" in child else "")
            alts.append(re.escape(word) + tail)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree) if tree else None


def words(value: Any, key: str) -> list[str]:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise ConfigError(f"{key} must be a non-empty list of phrases", WHERE)
    out = [" ".join(v.lower().split()) for v in value]
    return out


def mapping(data: Any, key: str) -> dict[str, Any]:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, dict) or not value:
        raise ConfigError(f"{key} must be a mapping", WHERE)
    return value


def unnamed(section: Any, measures: set[str]) -> dict[str, str]:
    """The ``unnamed_measures`` section: a dimension mapped to a measure."""
    dims = {d.value for d in Dimension}
    if not isinstance(section, dict) or not all(
        k in dims and v in measures for k, v in section.items()
    ):
        raise ConfigError("unnamed_measures must map dimensions to measures", WHERE)
    return dict(section)


def equivalents(pairs: Any, measures: set[str]) -> dict[str, str]:
    """The ``equivalent_measures`` section: each measure of a pair mapped to the first; a
    ``_share`` of a measure may be named too (``sales_share``)."""
    known = measures | {m + "_share" for m in measures} | {m + "_per_capita" for m in measures}
    out: dict[str, str] = {}
    if not isinstance(pairs, list):
        raise ConfigError("equivalent_measures must be a list of pairs", WHERE)
    for pair in pairs:
        names = words(pair, "equivalent_measures")
        if len(names) != 2 or set(names) - known:
            raise ConfigError(f"equivalent_measures: {pair!r} is not a pair of measures", WHERE)
        out[names[1]] = names[0]
    return out


def opposites(pairs: Any, measures: set[str]) -> dict[str, str]:
    """The ``opposite_measures`` section: each measure of a pair mapped to the other."""
    out: dict[str, str] = {}
    if not isinstance(pairs, list):
        raise ConfigError("opposite_measures must be a list of pairs", WHERE)
    for pair in pairs:
        names = sorted(known(pair, measures, "opposite_measures"))
        if not isinstance(pair, list) or len(names) != 2:
            raise ConfigError(f"opposite_measures: {pair!r} is not a pair of measures", WHERE)
        a, b = names
        out[a], out[b] = b, a
    return out


def known(listed: Any, measures: set[str], key: str) -> frozenset[str]:
    """A list of measure names, each a measure of the lexicon."""
    names = words(listed, key)
    unknown = set(names) - measures
    if unknown:
        raise ConfigError(f"{key} names unknown measures: {sorted(unknown)}", WHERE)
    return frozenset(names)


def verb_measures(data: Any, measures: set[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The ``verb_measures`` section: each measure with a pattern of its verbs."""
    if not isinstance(data, dict):
        raise ConfigError("verb_measures must map measures to verbs", WHERE)
    out = []
    for measure, verbs in data.items():
        if measure not in measures:
            raise ConfigError(f"verb_measures names an unknown measure: {measure}", WHERE)
        listed = words(verbs, f"verb_measures.{measure}")
        out.append((str(measure), re.compile(phrase_fragment(listed, False), re.I)))
    return tuple(out)


def physical(
    data: Any, measures: set[str]
) -> dict[str, tuple[re.Pattern[str], dict[str, str], frozenset[str]]]:
    """The ``physical`` section: per dimension, the words after a figure that name its
    measure, and the measures that may be read around it."""
    if not isinstance(data, dict):
        raise ConfigError("physical must map dimensions to after/measures", WHERE)
    out = {}
    for dim, body in data.items():
        after = body.get("after") if isinstance(body, dict) else None
        if not isinstance(after, dict) or not after:
            raise ConfigError(f"physical.{dim}.after must map measures to phrases", WHERE)
        allowed = set(words(body.get("measures"), f"physical.{dim}.measures"))
        phrase_of: dict[str, str] = {}
        for name, phrases in after.items():
            for phrase in words(phrases, f"physical.{dim}.after.{name}"):
                phrase_of[phrase] = str(name)
        unknown = (allowed | set(phrase_of.values())) - measures
        if unknown:
            raise ConfigError(f"physical.{dim} names unknown measures: {sorted(unknown)}", WHERE)
        # a word of ``at_end`` names its measure only where the figure's phrase ends there:
        # "a crater 2 km across", not "96.4 km across Qingfeng" (a span, not a width)
        at_end = (
            set(words(body["at_end"], f"physical.{dim}.at_end")) if body.get("at_end") else set()
        )
        anywhere = [p for p in phrase_of if p not in at_end]
        ending = [p for p in phrase_of if p in at_end]
        alternatives = [phrase_fragment(anywhere, False)]
        if ending:
            alternatives.append(
                phrase_fragment(ending, False) + r"(?=\s*(?:[,.;:!?)]|$|and\b|or\b|but\b))"
            )
        pattern = re.compile(r"\s*(?:" + "|".join(alternatives) + ")", re.I)
        out[str(dim)] = (pattern, phrase_of, frozenset(allowed))
    return out


@dataclass(frozen=True)
class WiderGroups:
    """The words that make a figure a wider group's (`entities.wider_groups`): ``of`` maps each
    word to its group; ``before`` ends right before a figure ("the national average of ", "an
    EU average of ": group ``word``), ``after`` starts right after one (" nationally", " national
    level"), ``opening`` finds an adverb or an adjective opening a clause ("Nationally, GDP
    ...", "The national vacancy rate ...")."""

    of: dict[str, str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    opening: re.Pattern[str]


def wider_groups(entities: dict[str, Any]) -> WiderGroups | None:
    """The wider groups of the entity section, or None when it names none."""
    section = entities.get("wider_groups")
    if section is None:
        return None
    if not isinstance(section, dict) or not section:
        raise ConfigError("entities.wider_groups must map groups to their words", WHERE)
    of: dict[str, str] = {}
    adjectives: list[str] = []
    adverbs: list[str] = []
    for group, kinds in section.items():
        key = f"entities.wider_groups.{group}"
        if not isinstance(kinds, dict):
            raise ConfigError(f"{key} needs adjectives and adverbs", WHERE)
        own = words(kinds.get("adjectives"), f"{key}.adjectives")
        own_adverbs = words(kinds.get("adverbs"), f"{key}.adverbs")
        adjectives += own
        adverbs += own_adverbs
        for phrase in own + own_adverbs:
            of.setdefault(phrase, str(group).lower())
    nouns = phrase_fragment(words(entities.get("group_nouns"), "entities.group_nouns"), False)
    adverb = phrase_fragment(adverbs, False)
    return WiderGroups(
        of=of,
        # "the national average of ", "a national unemployment rate of ", "an EU average of "
        before=re.compile(
            r"\b(?:the|an?)\s+(?P<word>[\w.-]+)\s+(?:[a-z-]+\s+)?"
            + nouns
            + r"\s+(?:(?:of|at|was|is|stood\s+at)\s+)?(?:(?:about|around|some)\s+)?$",
            re.I,
        ),
        # " nationally", " across the country", " national level"
        after=re.compile(
            rf"\s+(?:(?P<adv>{adverb})|(?P<word>{phrase_fragment(adjectives, False)})\s+{nouns})",
            re.I,
        ),
        # "Nationally, GDP rose", "while nationwide they", "The national vacancy rate stands"
        opening=re.compile(
            rf"(?:^|[,;:(]\s*|\b(?:while|whereas|but|and)\s+)"
            rf"(?:(?P<adv>{adverb})|(?:the\s+)?(?P<adj>{phrase_fragment(adjectives, False)})\s+(?=[a-z]))",
            re.I,
        ),
    )
