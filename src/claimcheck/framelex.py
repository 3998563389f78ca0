"""The measure lexicon: measures and their synonyms, modifiers, role cues and entity words.

Loaded once from ``data/frames.yaml`` and validated (`load`); the frame reader
(`claimcheck.extract.frames`) receives it explicitly. Measure phrases are kept by their first
word (a sentence's words are looked up, plurals folded by `singular`); every other list becomes
one regular expression, longest phrase first, each a whole-word match (`phrase_fragment`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from claimcheck import frame_sections as sections
from claimcheck.errors import ConfigError
from claimcheck.frame_sections import WHERE
from claimcheck.lexicon import packaged

_ROLE_LISTS = (
    "change_before",
    "change_after",
    "previous_before",
    "level_before",
    "target",
    "forecast",
    "share_before",
    "raised_before",
    "forecast_after",
    "share_after",
    "share_after_groups",
    "poll",
    "change_context",
    "named_rates",
)


@dataclass(frozen=True, eq=False)
class FrameLexicon:
    """The compiled word lists of ``data/frames.yaml``."""

    measure_of: dict[str, str]  # lower-case phrase -> canonical measure
    by_first: dict[
        str, tuple[tuple[str, ...], ...]
    ]  # first word -> phrases as words, longest first
    per_capita: re.Pattern[str]
    share: re.Pattern[str]
    roles: dict[str, re.Pattern[str]]  # role list name -> its pattern
    refer_back: re.Pattern[str]
    person_back: re.Pattern[str]  # a person's pronoun, anywhere in a sentence ("his tally")
    suffixes: frozenset[str]
    phrases: re.Pattern[str]
    alias_of: dict[str, str]  # lower-case name -> the entity's name
    demonyms: dict[str, str]
    not_names: frozenset[str]  # lower case: capitalised words that name no entity
    skip_before: tuple[str, ...]  # words between a cue and its figure ("rose by a record 8%")
    role_words: frozenset[str] = frozenset()  # every word of the role lists, lower case
    # role list name -> the last words of its phrases (case folded): a cue that ends a text
    # ends with one of them, a test far cheaper than the list's pattern (`roles._ends_with`)
    role_ends: dict[str, frozenset[str]] = field(default_factory=dict)
    role_reach: dict[str, int] = field(default_factory=dict)  # list name -> most words a cue has
    # words after which a one-word measure phrase is a verb ("will pay", "could contract")
    modals: frozenset[str] = frozenset()
    measure_verbs: frozenset[str] = frozenset()  # ... but these keep their measure ("will spend")
    after_only: frozenset[str] = frozenset()  # measure words read after a figure only ("approve")
    generic_nouns: frozenset[str] = frozenset()  # counted nouns that name no measure ("people")
    counting_nouns: frozenset[str] = frozenset()  # counted nouns of their clause's measure
    # measure -> the verbs that name it with an entity for subject ("Xiheng expanded 6.6%")
    verb_measures: tuple[tuple[str, re.Pattern[str]], ...] = ()
    proportions: frozenset[str] = frozenset()  # measures a share modifier leaves as they are
    stocks: frozenset[str] = frozenset()  # measures whose level holds at a time (`stock_measures`)
    per_item: frozenset[str] = frozenset()  # measures a per-head modifier leaves as they are
    counted: frozenset[str] = frozenset()  # measures of things counted: no amount of money's
    plural_nouns: frozenset[str] = frozenset()  # no name when one opens a sentence alone
    opposite_of: dict[str, str] = field(default_factory=dict)  # profit -> loss, loss -> profit
    # measure -> the measure it is compared as (sales -> revenue)
    same_as: dict[str, str] = field(default_factory=dict)
    # dimension -> (pattern of the words right after a figure, phrase -> measure; measures
    # that may be read around it)
    physical: dict[str, tuple[re.Pattern[str], dict[str, str], frozenset[str]]] = field(
        default_factory=dict
    )
    # dimension -> the measure a figure of it that names none measures (degrees: temperature)
    unnamed: dict[str, str] = field(default_factory=dict)
    groups: sections.WiderGroups | None = None  # "the national average of 4.1%"

    def measure(self, phrase: str) -> str | None:
        """The canonical measure a phrase names (plurals folded), else None."""
        low = " ".join(phrase.lower().split())
        found = next((self.measure_of[f] for f in singulars(low) if f in self.measure_of), None)
        return found or None  # a unit's words ("percentage point") name no measure


def parse(data: Any) -> FrameLexicon:
    """A `FrameLexicon` from the parsed YAML, or a `ConfigError` naming what is wrong."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ConfigError("needs version: 1", WHERE)
    measure_of: dict[str, str] = {}
    for name, phrases in sections.mapping(data, "measures").items():
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise ConfigError(f"measure name {name!r} must be lower case with underscores", WHERE)
        for phrase in sections.words(phrases, f"measures.{name}"):
            if measure_of.setdefault(phrase, name) != name:
                raise ConfigError(f"phrase {phrase!r} names two measures", WHERE)
    # words of a unit that would read as a measure's ("percentage points" are no sports
    # points): read as a phrase, so that no shorter one is, naming no measure ("")
    for phrase in sections.words(data.get("unit_phrases") or [], "unit_phrases"):
        measure_of.setdefault(phrase, "")
    modifiers = sections.mapping(data, "modifiers")
    roles = sections.mapping(data, "roles")
    missing = [k for k in _ROLE_LISTS if k not in roles]
    if missing:
        raise ConfigError(f"roles needs {', '.join(missing)}", WHERE)
    entities = sections.mapping(data, "entities")
    alias_of: dict[str, str] = {}
    for group in entities.get("aliases") or []:
        names = sections.words(group, "entities.aliases")
        for n in names:
            alias_of[n] = names[0]
    demonyms = entities.get("demonyms") or {}
    if not isinstance(demonyms, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in demonyms.items()
    ):
        raise ConfigError("entities.demonyms must map adjectives to names", WHERE)
    role_words = {k: sections.words(roles[k], f"roles.{k}") for k in _ROLE_LISTS}
    compiled = {
        k: re.compile(sections.phrase_fragment(v, plural=False), re.IGNORECASE)
        for k, v in role_words.items()
    }
    # right after a figure, past a bracket or comma: "7.4 percent year on year", "a 7% increase"
    compiled["change_after_head"] = re.compile(
        r"\s*(?:\(|,)?\s*(?:" + compiled["change_after"].pattern + ")", re.IGNORECASE
    )
    return FrameLexicon(
        measure_of=measure_of,
        by_first=_by_first(measure_of),
        per_capita=re.compile(
            sections.phrase_fragment(
                sections.words(modifiers.get("per_capita"), "modifiers.per_capita"), False
            ),
            re.I,
        ),
        share=re.compile(
            sections.phrase_fragment(
                sections.words(modifiers.get("share"), "modifiers.share"), False
            ),
            re.I,
        ),
        roles=compiled,
        refer_back=re.compile(
            r"\s*(?:"
            + sections.phrase_fragment(
                sections.words(entities.get("refer_back"), "entities.refer_back"), False
            )
            + ")",
            re.IGNORECASE,
        ),
        person_back=re.compile(
            r"\b(?:"
            + sections.phrase_fragment(
                sections.words(entities.get("refer_back_person"), "entities.refer_back_person"),
                False,
            )
            + r")\b",
            re.IGNORECASE,
        ),
        suffixes=frozenset(sections.words(entities.get("suffixes"), "entities.suffixes")),
        phrases=re.compile(
            sections.phrase_fragment(
                sections.words(entities.get("phrases"), "entities.phrases"), False
            ),
            re.I,
        ),
        alias_of=alias_of,
        demonyms={k.lower(): v.lower() for k, v in demonyms.items()},
        not_names=_not_names(entities),
        plural_nouns=frozenset(sections.words(entities["plural_nouns"], "entities.plural_nouns"))
        if entities.get("plural_nouns") is not None
        else frozenset(),
        skip_before=tuple(sections.words(roles.get("skip_before"), "roles.skip_before")),
        modals=frozenset(sections.words(data.get("modals"), "modals")),
        measure_verbs=frozenset(sections.words(data.get("measure_verbs"), "measure_verbs")),
        after_only=frozenset(sections.words(data.get("after_figure_only"), "after_figure_only")),
        generic_nouns=frozenset(sections.words(data.get("generic_nouns"), "generic_nouns")),
        counting_nouns=frozenset(
            sections.words(data["counting_nouns"], "counting_nouns")
            if data.get("counting_nouns") is not None
            else ()
        ),
        # a one-word cue written with a hyphen ("sell-off") counts by its parts too, as a
        # draft's words are read (the words of longer phrases do not: "pre-industrial")
        role_ends={
            k: frozenset(p.split()[-1].casefold() for p in v) for k, v in role_words.items()
        },
        role_reach={k: max((len(p.split()) for p in v), default=1) for k, v in role_words.items()},
        role_words=frozenset(
            w.lower()
            for k in _ROLE_LISTS
            if k != "share_after_groups"  # of whom a figure is: no word of its role only
            for phrase in role_words[k]
            for w in (phrase.split("-") + [phrase] if " " not in phrase else phrase.split())
        ),
        physical=sections.physical(data.get("physical") or {}, set(measure_of.values())),
        verb_measures=sections.verb_measures(
            data.get("verb_measures") or {}, set(measure_of.values())
        ),
        proportions=sections.known(data["proportions"], set(measure_of.values()), "proportions")
        if data.get("proportions") is not None
        else frozenset(),
        stocks=sections.known(data["stock_measures"], set(measure_of.values()), "stocks")
        if data.get("stock_measures") is not None
        else frozenset(),
        per_item=sections.known(data["per_item_measures"], set(measure_of.values()), "per_item")
        if data.get("per_item_measures") is not None
        else frozenset(),
        counted=sections.known(data["counted_measures"], set(measure_of.values()), "counted")
        if data.get("counted_measures") is not None
        else frozenset(),
        opposite_of=sections.opposites(
            data.get("opposite_measures") or [], set(measure_of.values())
        ),
        same_as=sections.equivalents(
            data.get("equivalent_measures") or [], set(measure_of.values())
        ),
        unnamed=sections.unnamed(data.get("unnamed_measures") or {}, set(measure_of.values())),
        groups=sections.wider_groups(entities),
    )


def singular(word: str) -> str:
    """A word without its plural ending, as phrases are listed ("companies" is "company")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    # "-ss", "-us", "-is" are no plurals: "business", "census", "prestigious", "analysis"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=1 << 16)  # asked for every word of every framed sentence
def singulars(word: str) -> tuple[str, ...]:
    """The forms a listed phrase may have taken to be ``word``: itself, then without a plural
    ending ("companies": company; "branches": branch; "surveys": survey)."""
    forms = [word]
    if len(word) > 4 and word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if len(word) > 3 and word.endswith("es"):
        forms.append(word[:-2])
    if len(word) > 1 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        forms.append(word[:-1])
    return tuple(forms)


def _by_first(measure_of: dict[str, str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Measure phrases keyed by their first word, longest first: a sentence's words are looked
    up, not matched against one alternation of 400 phrases (ten times faster)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in measure_of:
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _not_names(entities: dict[str, Any]) -> frozenset[str]:
    """Capitalised words that name nothing: this file's list and those of the subject guess and
    the draft check (``guess.yaml``, ``check.yaml``), so the three never disagree."""
    words = set(sections.words(entities.get("not_names"), "entities.not_names"))
    for name in ("guess.yaml", "check.yaml"):
        data = packaged(name)
        value = data.get("not_names") if isinstance(data, dict) else None
        if not isinstance(value, str):
            raise ConfigError(
                "not_names must be words separated by spaces", f"claimcheck/data/{name}"
            )
        words.update(w.lower() for w in value.split())
    return frozenset(words)


@functools.cache
def load() -> FrameLexicon:
    """The packaged measure lexicon (read and compiled once)."""
    return parse(packaged("frames.yaml"))
