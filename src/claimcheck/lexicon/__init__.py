"""The lexicon: word lists and unit tables, loaded once from ``data/lexicon.yaml`` and validated.

Word lists are data, not code: adding a currency or a hedge word is a change to the YAML file.
`load()` checks the file's shape and returns a frozen `Lexicon`, which the extractor receives
explicitly; a file that is not as it should be is a `LexiconError` naming the field, never a
traceback. Number words are listed once (``units_words``, ``tens_words``, ``ordinal_words``...):
the classes of words the patterns are built from (``words``, `WordLists`) may not spell them
again, and the counts that time expressions spell are chosen by value (``time_counts``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from claimcheck.lexicon.cues import CUES_FIELDS, Cues, load_cues, parse_cues
from claimcheck.lexicon.fields import (
    _directions,
    _int_list,
    _int_map,
    _mapping,
    _minor,
    _number_words,
    _spaced_suffixes,
    _str_list,
    _time_counts,
    _word_lists,
)
from claimcheck.lexicon.files import LexiconError, WordLists, packaged, safe_loader

# the lexicon's public names, those of its modules included (cue words, the error, word lists)
__all__ = [
    "CUES_FIELDS",
    "COMPOUND_DIMENSIONS",
    "QUALIFIER_SYMBOLS",
    "Cues",
    "Lexicon",
    "LexiconError",
    "UnitInfo",
    "WordLists",
    "load",
    "load_cues",
    "load_file",
    "packaged",
    "parse",
    "parse_cues",
]

QUALIFIER_SYMBOLS = ("~", "<", ">", ">=", "<=")
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
    factor: float | None = None  # its size in its dimension's base unit (``factors``), if known


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
    # cued names that a figure with decimals written against them makes a unit with no cue
    # ("a record of 42.6C"): name -> unit
    unit_decimal: dict[str, str] = field(default_factory=dict)
    # direction words right after a percentage ("4 percent less than a year ago"): word -> way
    directions_after: dict[str, str] = field(default_factory=dict)
    # verbs of a change "by" a figure, however far before it in its clause ("raised the risk of
    # stroke by 20 per cent"): word -> way
    directions_by: dict[str, str] = field(default_factory=dict)

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
    factors = data.get("factors") or {}
    if not isinstance(factors, dict) or not all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in factors.values()
    ):
        raise LexiconError("lexicon factors must map units to positive numbers", path)
    unknown = set(factors) - set(_mapping(data, "units", path))
    if unknown:
        raise LexiconError(f"lexicon factors names unknown units: {sorted(unknown)}", path)
    for name, spec in _mapping(data, "units", path).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("dimension"), str):
            raise LexiconError(f"lexicon units.{name} needs a dimension", path)
        factor = factors.get(name)
        info = UnitInfo(name, spec["dimension"], float(factor) if factor is not None else None)
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
    unit_decimal: dict[str, str] = {}
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
            if spec.get("decimal") is True:
                unit_decimal[name] = unit
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
        directions_after=_directions(data, "directions_after", path)
        if data.get("directions_after") is not None
        else {},
        directions_by=_directions(data, "directions_by", path)
        if data.get("directions_by") is not None
        else {},
        metrics=tuple(_str_list(data.get("metrics"), "metrics", path)),
        currency_symbols=symbols,
        currency_names=names,
        currency_minor=minor,
        currency_attached=attached,
        unit_cues=cues,
        unit_next=unit_next,
        unit_decimal=unit_decimal,
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


def load_file(path: Path) -> Lexicon:
    """Read and validate a lexicon file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=safe_loader())
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot read lexicon: {exc}", str(path)) from exc
    return parse(data, str(path))


@functools.cache
def load() -> Lexicon:
    """The built-in lexicon, read once per process."""
    return parse(packaged("lexicon.yaml"), "claimcheck/data/lexicon.yaml")
