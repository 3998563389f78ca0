"""YAML reports: the same records as the JSON contracts, for people who read YAML."""

from __future__ import annotations

from typing import Any

import yaml


def dumps(data: Any) -> str:
    """YAML text in contract key order."""
    text: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return text
