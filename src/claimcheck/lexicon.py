"""The lexicon: word lists and unit tables, loaded once from ``data/lexicon.yaml`` and validated.

Word lists are data, not code: adding a currency or a hedge word is a change to the YAML file.
`load()` checks the file's shape and returns a frozen `Lexicon`, which the extractor receives
explicitly; a file that is not as it should be is a `LexiconError` naming the field, never a
traceback. Number words are listed once (``units_words``, ``tens_words``, ``ordinal_words``...):
the classes of words the patterns are built from (``words``, `WordLists`) may not spell them
again, and the counts that time expressions spell are chosen by value (``time_counts``).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from claimcheck.errors import ConfigError

QUALIFIER_SYMBOLS = ("~", "<", ">", ">=", "<=")
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 8x faster
# Dimensions of compound units that have a name of their own.
COMPOUND_DIMENSIONS = {
    "length/time": "speed",
    "length^2": "area",
    "length^3": "volume",
    "energy/time": "power",
}


class LexiconError(ConfigError):
    """A lexicon file that is not as the extractor needs it (the message names the field)."""


@dataclass(frozen=True)
class WordLists:
    """Classes of words the extractor's patterns are built from (``words:`` in the lexicon),
    each in the order its pattern tries them; phrases match with flexible white space."""

    bare_one_after: tuple[
        str, ...
    ]  # after a lone "one", what makes it a pronoun ("one of", "one day")
    bare_one_before: tuple[str, ...]  # before a lone "one", the same ("no one", "the one")
    vague_quantifiers: tuple[
        str, ...
    ]  # before "hundred", "thousand": no figure ("several hundred")
    serial_nouns: tuple[str, ...]  # counted in a series after "a third" ("a third term")
    conversion_hedges: tuple[
        str, ...
    ]  # inside the bracket of a conversion ("(about $1.6 billion)")
    spread_verbs: tuple[str, ...]  # before "from X to Y", a range, not a change ("ranged from")
    by_hedges: tuple[str, ...]  # between "by" and a change ("fell by about 3%")
    plurals_without_s: tuple[str, ...]  # nouns that millions count ("1.2m people")
    s_words_not_plural: tuple[str, ...]  # words ending in s that are no plural noun ("12m across")
    share_verbs: tuple[str, ...]  # before "up": a share, not a rise ("made up 9 percent")
    negative_words: tuple[str, ...]  # make the figure after them negative ("minus five")
    change_nouns: tuple[str, ...]  # between a figure and its time ("a 0.9% gain in February")
    sharp_change_nouns: tuple[str, ...]  # the same, read before a time only ("a jump in 2019")
    record_verbs: tuple[str, ...]  # between a figure and its time ("12% recorded in 2019")
    time_prepositions: tuple[str, ...]  # before a figure's time ("in 2018", "as of March")
    period_parts: tuple[str, ...]  # "the end of", "the rest of" a figure's time
    sentence_openers: tuple[str, ...]  # open a sentence that continues the one before (as written)
    comparison_words: tuple[
        str, ...
    ]  # before a time that is a comparison's baseline ("than in 2016")
    baseline_nouns: tuple[str, ...]  # "the number in 2016": a baseline too
    compared_words: tuple[str, ...]  # before a compared figure ("down from 68.8% in 2019")
    comparing_words: tuple[str, ...]  # between a figure and the time it compares with ("over")
    same_period_nouns: tuple[str, ...]  # "the same period of the previous year"
    half_sides: tuple[str, ...]  # before "half", a part of a year ("the back half")
    not_counted: tuple[str, ...]  # after a figure, no noun it counts ("5 of", "3 more")
    inch_after: tuple[str, ...]  # after "in", what makes it inches ("2 in thick")
    saying_verbs: tuple[str, ...]  # after a name, a source's verb ("Xinhua reported")
    units_after_year: tuple[str, ...]  # after a year, what makes it an amount ("2018 yuan")
    time_after_a_year: tuple[str, ...]  # after "a year": a time, not a rate ("a year earlier")
    after_tax_nouns: tuple[str, ...]  # "a year after tax" is a rate still
    adding_clause_openers: tuple[str, ...]  # ", which ...": a clause that adds to the one before
    attribution_words: tuple[str, ...]  # "according to Xinhua": names that are sources
    spaced_scale_suffixes: tuple[str, ...]  # scale suffixes that may follow a space ("5 bn")
    months_also_words: tuple[str, ...]  # month names that are common words too ("may", "march")
    score_verbs: tuple[
        str, ...
    ]  # before a score ("won 3-1", "beat Chelsea 5-0", "the final score was")
    score_after: tuple[str, ...]  # after a score ("a 2-2 draw", "3-0 up", "3-1 on aggregate")
    name_nouns: tuple[
        str, ...
    ]  # before a number that names ("junction 31", "number 38", "room 12")
    route_nouns: tuple[str, ...]  # after "the" and a number that names a route ("the 73 bus")
    not_names: tuple[str, ...]  # capitalised before a figure, no name ("Some 4,500", "Another 200")
    clock_verbs: tuple[str, ...]  # before "at" and a dotted clock time ("resumed at 10.30")
    vague_few: tuple[
        str, ...
    ]  # before a multiplier: a vague amount of two or more ("a few hundred")
    vague_tens: tuple[
        str, ...
    ]  # before "of" and a plural multiplier, its tens and hundreds, in order
    vague_groups: tuple[
        str, ...
    ]  # group words that count a vague amount ("dozens of", "scores of")
    clock_after: tuple[
        str, ...
    ]  # after "the" and a dotted time: a train ("the 7.42 from Brighton")


@dataclass(frozen=True)
class UnitInfo:
    """A canonical unit and the dimension it measures (``length``, ``ratio``...)."""

    name: str
    dimension: str


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every word list the extractor needs, keyed by lower-case surface form."""

    units_words: dict[str, int]
    tens_words: dict[str, int]
    multiplier_words: dict[str, int]
    group_words: dict[str, int]
    adjective_group_words: frozenset[str]
    one_unit_names: frozenset[str]
    named_quantities: dict[str, tuple[Decimal, str, str | None]]  # value, unit, direction
    scale_words: dict[str, int]
    scale_suffixes: dict[str, int]
    fraction_words: dict[str, int]
    ordinal_words: dict[str, int]
    qualifiers: dict[str, str]
    near_qualifiers: frozenset[str]
    determiners: frozenset[str]
    per_nouns: frozenset[str]  # what money is counted per, besides units ("$1.05 per share")
    directions: dict[str, str]
    directions_adjacent: dict[str, str]
    metrics: tuple[str, ...]
    currency_symbols: dict[str, str]
    currency_names: dict[str, str]
    currency_minor: dict[str, dict[str, Decimal]]  # code -> minor unit's name -> its worth
    currency_attached: dict[str, str]
    unit_cues: dict[str, tuple[tuple[str, frozenset[str]], ...]]
    unit_next: dict[str, frozenset[str]]
    symbol_cues: dict[str, tuple[tuple[str, frozenset[str]], ...]]  # "¥" -> (("JPY", {japan...}),)
    unit_names: dict[str, UnitInfo]
    unit_names_exact: dict[str, UnitInfo]
    units: dict[str, UnitInfo]
    five_year_plans: dict[int, tuple[int, int]]
    months: dict[str, int]
    time_counts: dict[str, int]  # number words a time expression spells ("three years ago")
    half_names: dict[
        str, int
    ]  # words besides ordinals that name a half ("the upper half"): its number
    quarter_names: dict[
        str, int
    ]  # words besides ordinals that name a quarter ("the final quarter")
    display_lines: frozenset[int]  # screen heights written with "p" ("720p"), no pence
    words: WordLists

    def knows_unit(self, unit: str) -> bool:
        """True when ``unit`` is a canonical unit the extractor writes: a unit of the table, a
        currency code, ``fraction``, or a compound of known parts (``USD_per_share``,
        ``per_second``, ``square_kilometre``). A person's ``unit: bananas`` is not."""
        if unit in self.units or unit == "fraction" or unit in self.currency_codes:
            return True
        if "_per_" in unit:
            head, _, per = unit.partition("_per_")
            return self.knows_unit(head) and (per in self.per_nouns or self.knows_unit(per))
        for prefix in ("per_", "square_", "cubic_"):
            if unit.startswith(prefix) and len(unit) > len(prefix):
                rest = unit[len(prefix) :]
                return self.knows_unit(rest) or (prefix == "per_" and rest in self.per_nouns)
        return False

    @property
    def currency_codes(self) -> frozenset[str]:
        """Every currency code of the table."""
        return (
            frozenset(self.currency_symbols.values())
            | frozenset(self.currency_names.values())
            | frozenset(self.currency_minor)
        )

    def dimension(self, unit: str | None) -> str:
        """The dimension of a canonical unit; money is ``money:CODE``, a bare count ``count``.

        A compound unit has the dimensions of its parts: ``USD_per_hour`` is ``money:USD/time``,
        ``square_yard`` is ``area``, ``per_second`` (written "s-1") is ``1/time``.
        """
        if unit is None:
            return "count"
        info = self.units.get(unit)
        if info is not None:
            return info.dimension
        if unit == "fraction":
            return "ratio"
        if "_per_" in unit:
            parts = [self.dimension(p) for p in unit.split("_per_")]
            joined = "/".join(parts)
            return COMPOUND_DIMENSIONS.get(joined, joined)
        if unit.startswith("per_"):
            return "1/" + self.dimension(unit[4:])
        for prefix, power in (("square_", "^2"), ("cubic_", "^3")):
            if unit.startswith(prefix) and unit[len(prefix) :] in self.units:
                base = self.units[unit[len(prefix) :]].dimension
                return COMPOUND_DIMENSIONS.get(base + power, base + power)
        return f"money:{unit}" if unit.isupper() else "count"


def _mapping(data: dict[str, Any], key: str, path: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise LexiconError(f"lexicon field {key!r} must be a mapping", path)
    return value


def _int_map(data: dict[str, Any], key: str, path: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for word, number in _mapping(data, key, path).items():
        if not isinstance(number, int) or isinstance(number, bool):
            raise LexiconError(f"lexicon {key}.{word} must be a whole number", path)
        out[str(word).lower()] = number
    return out


def _int_list(data: dict[str, Any], key: str, path: str) -> list[int]:
    values = data.get(key)
    if not isinstance(values, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in values
    ):
        raise LexiconError(f"lexicon {key} must be a list of whole numbers", path)
    return values


def _str_list(value: Any, where: str, path: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"lexicon {where} must be a list of strings", path)
    return value


def _directions(data: dict[str, Any], key: str, path: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for way, words in _mapping(data, key, path).items():
        if way not in ("up", "down"):
            raise LexiconError(f"unknown direction {way!r} in {key}", path)
        for word in _str_list(words, f"{key}.{way}", path):
            out[word.lower()] = way
    return out


def _minor(value: Any, where: str, path: str) -> dict[str, Decimal]:
    """A currency's minor units and their worth in the major unit.

    A list names hundredths ("cent", "pence"); a mapping gives each name its worth, for a
    currency with more than one minor unit (the yuan's "mao" is 0.1, its "fen" 0.01).
    """
    if isinstance(value, list):
        return {w.lower(): Decimal("0.01") for w in _str_list(value, where, path)}
    if not isinstance(value, dict):
        raise LexiconError(f"lexicon {where} must be a list or a mapping", path)
    out: dict[str, Decimal] = {}
    for name, worth in value.items():
        try:
            amount = Decimal(str(worth))
        except InvalidOperation:
            amount = Decimal(0)
        if not isinstance(name, str) or isinstance(worth, bool) or not 0 < amount < 1:
            raise LexiconError(f"lexicon {where}.{name} must be a worth between 0 and 1", path)
        out[name.lower()] = amount
    return out


def _time_counts(data: dict[str, Any], numbers: dict[str, int], path: str) -> dict[str, int]:
    """The number words with the values ``time_counts`` lists, in the order they are listed."""
    values = data.get("time_counts")
    if not isinstance(values, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in values
    ):
        raise LexiconError("lexicon time_counts must be a list of whole numbers", path)
    missing = sorted(set(values) - set(numbers.values()))
    if missing:
        raise LexiconError(f"lexicon time_counts {missing} are the value of no number word", path)
    return {word: value for word, value in numbers.items() if value in values}


def _word_lists(data: dict[str, Any], number_words: set[str], path: str) -> WordLists:
    """The ``words`` mapping: every class `WordLists` names, as non-empty lists of phrases that
    spell no number word (those are listed once, with their values)."""
    spec = _mapping(data, "words", path)
    names = [f.name for f in dataclasses.fields(WordLists)]
    unknown = sorted(set(spec) - set(names))
    if unknown:
        raise LexiconError(f"lexicon words has unknown lists {unknown}", path)
    lists: dict[str, tuple[str, ...]] = {}
    for name in names:
        phrases = [" ".join(p.split()) for p in _str_list(spec.get(name), f"words.{name}", path)]
        if not phrases or not all(phrases):
            raise LexiconError(f"lexicon words.{name} must list at least one phrase", path)
        spelled = sorted({w for p in phrases for w in p.lower().split() if w in number_words})
        if spelled:
            raise LexiconError(
                f"lexicon words.{name} spells number words {spelled}: list them once, with their values",
                path,
            )
        lists[name] = tuple(phrases)
    return WordLists(**lists)


def parse(data: Any, path: str = "lexicon.yaml") -> Lexicon:
    """Validate the parsed YAML of a lexicon and build a `Lexicon`."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise LexiconError("lexicon must be a mapping with version: 1", path)
    qualifiers: dict[str, str] = {}
    for symbol, words in _mapping(data, "qualifiers", path).items():
        if symbol not in QUALIFIER_SYMBOLS:
            raise LexiconError(f"unknown qualifier symbol {symbol!r}", path)
        for word in _str_list(words, f"qualifiers.{symbol}", path):
            qualifiers[word.lower()] = symbol
    directions = _directions(data, "directions", path)
    symbols: dict[str, str] = {}
    names: dict[str, str] = {}
    minor: dict[str, dict[str, Decimal]] = {}
    attached: dict[str, str] = {}
    for code, spec in _mapping(data, "currencies", path).items():
        if not isinstance(spec, dict):
            raise LexiconError(f"lexicon currencies.{code} must be a mapping", path)
        for sym in _str_list(spec.get("symbols", []), f"currencies.{code}.symbols", path):
            symbols[sym] = code
        for name in _str_list(spec.get("names", []), f"currencies.{code}.names", path):
            names[name.lower()] = code
        for name in _str_list(spec.get("attached", []), f"currencies.{code}.attached", path):
            attached[name] = code
        small = _minor(spec.get("minor", []), f"currencies.{code}.minor", path)
        if small:
            minor[code] = small
    unit_names: dict[str, UnitInfo] = {}
    exact: dict[str, UnitInfo] = {}
    units: dict[str, UnitInfo] = {}
    for name, spec in _mapping(data, "units", path).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("dimension"), str):
            raise LexiconError(f"lexicon units.{name} needs a dimension", path)
        info = UnitInfo(name, spec["dimension"])
        units[name] = info
        for spelling in _str_list(spec.get("names"), f"units.{name}.names", path):
            if spelling.lower() != spelling:
                exact[spelling] = info
            else:
                unit_names.setdefault(spelling, info)
        for spelling in _str_list(spec.get("exact", []), f"units.{name}.exact", path):
            exact[spelling] = info  # a lower-case spelling matched only as written ("pm")
    cues: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    unit_next: dict[str, frozenset[str]] = {}
    codes = set(_mapping(data, "currencies", path))
    for unit, spec in (data.get("unit_cues") or {}).items():
        if (unit not in units and unit not in codes) or not isinstance(spec, dict):
            raise LexiconError(
                f"lexicon unit_cues.{unit} must name a unit or currency and be a mapping", path
            )
        words = frozenset(
            w.lower() for w in _str_list(spec.get("cues"), f"unit_cues.{unit}.cues", path)
        )
        after = frozenset(
            w.lower() for w in _str_list(spec.get("next", []), f"unit_cues.{unit}.next", path)
        )
        for name in _str_list(spec.get("names"), f"unit_cues.{unit}.names", path):
            cues[name] = (*cues.get(name, ()), (unit, words))  # a capital matches only as written
            if after:
                unit_next[name] = after
    symbol_cues: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    for symbol, spec in (data.get("symbol_cues") or {}).items():
        if symbol not in symbols or not isinstance(spec, dict) or not set(spec) <= codes:
            raise LexiconError(
                f"lexicon symbol_cues.{symbol} must map a currency symbol to codes and cue words",
                path,
            )
        symbol_cues[symbol] = tuple(
            (
                code,
                frozenset(
                    w.lower() for w in _str_list(words, f"symbol_cues.{symbol}.{code}", path)
                ),
            )
            for code, words in spec.items()
        )
    named: dict[str, tuple[Decimal, str, str | None]] = {}
    for phrase, spec in (data.get("named_quantities") or {}).items():
        if (
            not isinstance(spec, dict)
            or spec.get("unit") not in units
            or not isinstance(spec.get("value"), (int, float))
        ):
            raise LexiconError(
                f"lexicon named_quantities.{phrase} needs a value and a known unit", path
            )
        if spec.get("direction") not in (None, "up", "down"):
            raise LexiconError(
                f"lexicon named_quantities.{phrase} direction must be up or down", path
            )
        named[str(phrase).lower()] = (
            Decimal(str(spec["value"])),
            spec["unit"],
            spec.get("direction"),
        )
    unit_spellings = set(unit_names) | set(names)
    one_units = frozenset(
        w.lower() for w in _str_list(data.get("one_unit_names", []), "one_unit_names", path)
    )
    if not one_units <= unit_spellings:
        raise LexiconError(
            f"lexicon one_unit_names not units: {sorted(one_units - unit_spellings)}", path
        )
    plans: dict[int, tuple[int, int]] = {}
    for number, span in _mapping(data, "five_year_plans", path).items():
        if not (isinstance(span, list) and len(span) == 2):
            raise LexiconError(f"lexicon five_year_plans.{number} must be [first, last]", path)
        plans[int(number)] = (int(span[0]), int(span[1]))
    return Lexicon(
        units_words=_int_map(data, "units_words", path),
        tens_words=_int_map(data, "tens_words", path),
        multiplier_words=_int_map(data, "multiplier_words", path),
        group_words=_int_map(data, "group_words", path),
        adjective_group_words=frozenset(
            w.lower()
            for w in _str_list(data.get("adjective_group_words", []), "adjective_group_words", path)
        ),
        one_unit_names=one_units,
        named_quantities=named,
        scale_words=_int_map(data, "scale_words", path),
        scale_suffixes=_int_map(data, "scale_suffixes", path),
        fraction_words=_int_map(data, "fraction_words", path),
        ordinal_words=_int_map(data, "ordinal_words", path),
        qualifiers=qualifiers,
        near_qualifiers=frozenset(
            w.lower() for w in _str_list(data.get("near_qualifiers"), "near_qualifiers", path)
        ),
        determiners=frozenset(
            w.lower() for w in _str_list(data.get("determiners"), "determiners", path)
        ),
        per_nouns=frozenset(
            w.lower() for w in _str_list(data.get("per_nouns", []), "per_nouns", path)
        ),
        directions=directions,
        directions_adjacent=_directions(data, "directions_adjacent", path),
        metrics=tuple(_str_list(data.get("metrics"), "metrics", path)),
        currency_symbols=symbols,
        currency_names=names,
        currency_minor=minor,
        currency_attached=attached,
        unit_cues=cues,
        unit_next=unit_next,
        symbol_cues=symbol_cues,
        unit_names=unit_names,
        unit_names_exact=exact,
        units=units,
        five_year_plans=plans,
        months=_int_map(data, "months", path),
        time_counts=_time_counts(
            data,
            {**_int_map(data, "units_words", path), **_int_map(data, "tens_words", path)},
            path,
        ),
        half_names=_int_map(data, "half_names", path),
        quarter_names=_int_map(data, "quarter_names", path),
        display_lines=frozenset(_int_list(data, "display_lines", path)),
        words=_spaced_suffixes(_word_lists(data, _number_words(data, path), path), data, path),
    )


def _spaced_suffixes(words: WordLists, data: dict[str, Any], path: str) -> WordLists:
    """``words`` once its spaced scale suffixes are checked to be scale suffixes."""
    unknown = sorted(set(words.spaced_scale_suffixes) - set(_int_map(data, "scale_suffixes", path)))
    if unknown:
        raise LexiconError(
            f"lexicon words.spaced_scale_suffixes {unknown} are not scale_suffixes", path
        )
    return words


def _number_words(data: dict[str, Any], path: str) -> set[str]:
    """Every spelled cardinal and ordinal of the lexicon (fraction words double as nouns:
    "quarter", "half")."""
    keys = ("units_words", "tens_words", "multiplier_words", "ordinal_words")
    return {word for key in keys for word in _int_map(data, key, path)}


def load_file(path: Path) -> Lexicon:
    """Read and validate a lexicon file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # a safe loader
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot read lexicon: {exc}", str(path)) from exc
    return parse(data, str(path))


def packaged(name: str) -> Any:
    """A YAML data file shipped in ``claimcheck/data/``, read with the safe loader."""
    text = resources.files("claimcheck").joinpath("data", name).read_text("utf-8")
    return yaml.load(text, Loader=_Loader)  # a safe loader


@functools.cache
def load() -> Lexicon:
    """The built-in lexicon, read once per process."""
    return parse(packaged("lexicon.yaml"), "claimcheck/data/lexicon.yaml")


# Cue words of the check and compare stages (data/cues.yaml): how a sentence around a figure is
# read (clause breaks, openers that refer back, comparatives). Loaded apart from the lexicon,
# validated here the same way, and passed to the stages explicitly.

CUES_FIELDS = ("version", "clause_breaks", "refer_back", "comparatives")


@dataclass(frozen=True)
class Cues:
    """The cue words of ``data/cues.yaml``; see the file for what each list is read for."""

    clause_breaks: tuple[str, ...]  # lower case, in the file's order
    refer_back: tuple[str, ...]  # as written: matched with case
    more: frozenset[str]  # comparatives whose figure for the year is N - X ("more than")
    less: frozenset[str]  # and N + X ("fewer than")


def _phrases(value: Any, where: str, path: str) -> list[str]:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise ConfigError(f"cues field {where!r} must be a non-empty list of words", path)
    return [" ".join(v.split()) for v in value]


def parse_cues(data: Any, path: str = "cues.yaml") -> Cues:
    """Validate the parsed YAML of the cue words and build `Cues`."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ConfigError("cues must be a mapping with version: 1", path)
    unknown = sorted(str(k) for k in data if k not in CUES_FIELDS)
    if unknown:
        raise ConfigError(f"unknown cues field {unknown[0]!r}", path)
    ways = data.get("comparatives")
    if not isinstance(ways, dict) or sorted(ways) != ["down", "up"]:
        raise ConfigError("cues field 'comparatives' must map up and down to words", path)
    up = {w.lower() for w in _phrases(ways["up"], "comparatives.up", path)}
    down = {w.lower() for w in _phrases(ways["down"], "comparatives.down", path)}
    if up & down:
        raise ConfigError(f"comparative {sorted(up & down)[0]!r} is both up and down", path)
    return Cues(
        clause_breaks=tuple(
            w.lower() for w in _phrases(data.get("clause_breaks"), "clause_breaks", path)
        ),
        refer_back=tuple(_phrases(data.get("refer_back"), "refer_back", path)),
        more=frozenset(up),
        less=frozenset(down),
    )


@functools.cache
def load_cues() -> Cues:
    """The built-in cue words, read once per process."""
    return parse_cues(packaged("cues.yaml"), "claimcheck/data/cues.yaml")
