"""The lexicon: word lists and unit tables, loaded once from ``data/lexicon.yaml`` and validated.

Word lists are data, not code: adding a currency or a hedge word is a change to the YAML file.
`load()` checks the file's shape and returns a frozen `Lexicon`, which the extractor receives
explicitly.
"""

from __future__ import annotations

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
        return frozenset(self.currency_symbols.values()) | frozenset(self.currency_names.values()) | frozenset(
            self.currency_minor
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
        raise ConfigError(f"lexicon field {key!r} must be a mapping", path)
    return value


def _int_map(data: dict[str, Any], key: str, path: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for word, number in _mapping(data, key, path).items():
        if not isinstance(number, int) or isinstance(number, bool):
            raise ConfigError(f"lexicon {key}.{word} must be a whole number", path)
        out[str(word).lower()] = number
    return out


def _str_list(value: Any, where: str, path: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"lexicon {where} must be a list of strings", path)
    return value


def _directions(data: dict[str, Any], key: str, path: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for way, words in _mapping(data, key, path).items():
        if way not in ("up", "down"):
            raise ConfigError(f"unknown direction {way!r} in {key}", path)
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
        raise ConfigError(f"lexicon {where} must be a list or a mapping", path)
    out: dict[str, Decimal] = {}
    for name, worth in value.items():
        try:
            amount = Decimal(str(worth))
        except InvalidOperation:
            amount = Decimal(0)
        if not isinstance(name, str) or isinstance(worth, bool) or not 0 < amount < 1:
            raise ConfigError(f"lexicon {where}.{name} must be a worth between 0 and 1", path)
        out[name.lower()] = amount
    return out


def parse(data: Any, path: str = "lexicon.yaml") -> Lexicon:
    """Validate the parsed YAML of a lexicon and build a `Lexicon`."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ConfigError("lexicon must be a mapping with version: 1", path)
    qualifiers: dict[str, str] = {}
    for symbol, words in _mapping(data, "qualifiers", path).items():
        if symbol not in QUALIFIER_SYMBOLS:
            raise ConfigError(f"unknown qualifier symbol {symbol!r}", path)
        for word in _str_list(words, f"qualifiers.{symbol}", path):
            qualifiers[word.lower()] = symbol
    directions = _directions(data, "directions", path)
    symbols: dict[str, str] = {}
    names: dict[str, str] = {}
    minor: dict[str, dict[str, Decimal]] = {}
    attached: dict[str, str] = {}
    for code, spec in _mapping(data, "currencies", path).items():
        if not isinstance(spec, dict):
            raise ConfigError(f"lexicon currencies.{code} must be a mapping", path)
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
            raise ConfigError(f"lexicon units.{name} needs a dimension", path)
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
            raise ConfigError(f"lexicon unit_cues.{unit} must name a unit or currency and be a mapping", path)
        words = frozenset(w.lower() for w in _str_list(spec.get("cues"), f"unit_cues.{unit}.cues", path))
        after = frozenset(w.lower() for w in _str_list(spec.get("next", []), f"unit_cues.{unit}.next", path))
        for name in _str_list(spec.get("names"), f"unit_cues.{unit}.names", path):
            cues[name] = (*cues.get(name, ()), (unit, words))  # a capital matches only as written
            if after:
                unit_next[name] = after
    symbol_cues: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    for symbol, spec in (data.get("symbol_cues") or {}).items():
        if symbol not in symbols or not isinstance(spec, dict) or not set(spec) <= codes:
            raise ConfigError(f"lexicon symbol_cues.{symbol} must map a currency symbol to codes and cue words", path)
        symbol_cues[symbol] = tuple(
            (code, frozenset(w.lower() for w in _str_list(words, f"symbol_cues.{symbol}.{code}", path)))
            for code, words in spec.items()
        )
    named: dict[str, tuple[Decimal, str, str | None]] = {}
    for phrase, spec in (data.get("named_quantities") or {}).items():
        if not isinstance(spec, dict) or spec.get("unit") not in units or not isinstance(spec.get("value"), (int, float)):
            raise ConfigError(f"lexicon named_quantities.{phrase} needs a value and a known unit", path)
        if spec.get("direction") not in (None, "up", "down"):
            raise ConfigError(f"lexicon named_quantities.{phrase} direction must be up or down", path)
        named[str(phrase).lower()] = (Decimal(str(spec["value"])), spec["unit"], spec.get("direction"))
    unit_spellings = set(unit_names) | set(names)
    one_units = frozenset(w.lower() for w in _str_list(data.get("one_unit_names", []), "one_unit_names", path))
    if not one_units <= unit_spellings:
        raise ConfigError(f"lexicon one_unit_names not units: {sorted(one_units - unit_spellings)}", path)
    plans: dict[int, tuple[int, int]] = {}
    for number, span in _mapping(data, "five_year_plans", path).items():
        if not (isinstance(span, list) and len(span) == 2):
            raise ConfigError(f"lexicon five_year_plans.{number} must be [first, last]", path)
        plans[int(number)] = (int(span[0]), int(span[1]))
    return Lexicon(
        units_words=_int_map(data, "units_words", path),
        tens_words=_int_map(data, "tens_words", path),
        multiplier_words=_int_map(data, "multiplier_words", path),
        group_words=_int_map(data, "group_words", path),
        adjective_group_words=frozenset(
            w.lower() for w in _str_list(data.get("adjective_group_words", []), "adjective_group_words", path)
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
        per_nouns=frozenset(w.lower() for w in _str_list(data.get("per_nouns", []), "per_nouns", path)),
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
    )


def load_file(path: Path) -> Lexicon:
    """Read and validate a lexicon file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # a safe loader
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read lexicon: {exc}", str(path)) from exc
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
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
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
        clause_breaks=tuple(w.lower() for w in _phrases(data.get("clause_breaks"), "clause_breaks", path)),
        refer_back=tuple(_phrases(data.get("refer_back"), "refer_back", path)),
        more=frozenset(up),
        less=frozenset(down),
    )


@functools.cache
def load_cues() -> Cues:
    """The built-in cue words, read once per process."""
    return parse_cues(packaged("cues.yaml"), "claimcheck/data/cues.yaml")
