"""Cue words of the check and compare stages (``data/cues.yaml``): how a sentence around a
figure is read (clause breaks, openers that refer back, comparatives). Loaded apart from the
lexicon, validated the same way, and passed to the stages explicitly."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from claimcheck.errors import ConfigError
from claimcheck.lexicon.files import packaged

CUES_FIELDS = ("version", "clause_breaks", "refer_back", "comparatives", "reporting")


@dataclass(frozen=True)
class Cues:
    """The cue words of ``data/cues.yaml``; see the file for what each list is read for."""

    clause_breaks: tuple[str, ...]  # lower case, in the file's order
    refer_back: tuple[str, ...]  # as written: matched with case
    more: frozenset[str]  # comparatives whose figure for the year is N - X ("more than")
    less: frozenset[str]  # and N + X ("fewer than")
    reporting: tuple[str, ...] = ()  # lower case: the verbs of a trailing "..., X said"


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
        reporting=tuple(w.lower() for w in _phrases(data.get("reporting"), "reporting", path)),
    )


@functools.cache
def load_cues() -> Cues:
    """The built-in cue words, read once per process."""
    return parse_cues(packaged("cues.yaml"), "claimcheck/data/cues.yaml")
