"""The compare stage's word lists, loaded once from ``data/compare.yaml`` and validated.

Word lists are data: a new target word ("envisages") is a change to the YAML file, not to code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from claimcheck.errors import ConfigError
from claimcheck.lexicon import packaged

_PATH = "compare.yaml"


@dataclass(frozen=True)
class Words:
    """Target phrases, change words, metric noise and stop words (all lower case)."""

    targets: tuple[str, ...]
    change_words: frozenset[str]
    metric_noise: tuple[str, ...]
    stopwords: frozenset[str]


def _list(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{key} must be a list of words", _PATH)
    return [v.lower() for v in value]


def parse(data: Any) -> Words:
    """Validate the parsed YAML of the word lists."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ConfigError("compare word lists must be a mapping with version: 1", _PATH)
    unknown = sorted(
        set(data) - {"version", "targets", "change_words", "metric_noise", "stopwords"}
    )
    if unknown:
        raise ConfigError(f"unknown field {unknown[0]!r}", _PATH)
    return Words(
        targets=tuple(_list(data, "targets")),
        change_words=frozenset(_list(data, "change_words")),
        # longest first, so that "year-on-year" goes before "year"
        metric_noise=tuple(sorted(_list(data, "metric_noise"), key=len, reverse=True)),
        stopwords=frozenset(_list(data, "stopwords")),
    )


@functools.cache
def load() -> Words:
    """The packaged word lists."""
    return parse(packaged(_PATH))
