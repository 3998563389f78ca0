"""Validators of the lexicon file's fields: each reads one field of the parsed YAML and raises
`LexiconError` naming the field when it is not as it should be."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from typing import Any

from claimcheck.lexicon.files import LexiconError, WordLists


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
