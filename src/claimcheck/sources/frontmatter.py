"""YAML front matter: a ``---`` block at the top of a text or Markdown file.

Parsed with PyYAML's safe loader; our own ten lines rather than python-frontmatter, which would
add a dependency for a split on two delimiter lines.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from claimcheck.errors import InputError

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: faster
_BLOCK = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def split(content: str, path: str) -> tuple[dict[str, Any], str, int]:
    """The front matter as a mapping, the body, and the line the body starts on."""
    m = _BLOCK.match(content)
    if not m:
        return {}, content, 1
    try:
        meta = yaml.load(m.group(1) or "", Loader=_Loader) or {}  # a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"front matter: {problem}", path, line) from exc
    if not isinstance(meta, dict):
        raise InputError("front matter must be a mapping", path, 2)
    return meta, content[m.end() :], content[: m.end()].count("\n") + 1


def key_line(content: str, key: str) -> int | None:
    """The line of ``key:`` in the front matter (for error messages), if it is there."""
    m = _BLOCK.match(content)
    if not m:
        return None
    for number, line in enumerate(content[: m.end()].splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return None
