"""The verdict `check` gives a draft number."""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    """What the registry and sources say about a draft number."""

    supported = "supported"
    contradicted = "contradicted"
    misattributed = "misattributed"
    unsupported = "unsupported"
