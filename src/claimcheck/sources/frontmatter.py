"""YAML front matter: a ``---`` block at the top of a source (text, Markdown or HTML) or draft.

Parsed with PyYAML's safe loader; our own few lines rather than python-frontmatter, which would
add a dependency for a split on two delimiter lines. YAML's timestamp resolver is switched off
(``published: 2019-03-01`` stays the string it is written as): it would build a `datetime.date`
and raise a bare ``ValueError`` on an impossible one (``2019-13-45``), and we check dates
ourselves (`published_problem`) so that every bad date is an `InputError` naming its line.

`fields` turns a front matter mapping into a source's id and metadata, the same way for every
reader.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from claimcheck.errors import InputError

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: faster


class _Loader(_Base):
    """The safe loader, with timestamps read as plain strings."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)

_BLOCK = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
FIELDS = ("title", "publisher", "published", "author", "url")
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


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


def published_problem(value: str) -> str | None:
    """What is wrong with a publication date (None: nothing): it must be ``YYYY``, ``YYYY-MM``
    or ``YYYY-MM-DD``, and a real month and day."""
    m = _DATE.fullmatch(value)
    if not m:
        return f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        return f"{value!r} is not a date: {exc}"
    return None


def checked_published(meta: dict[str, Any], content: str, path: str) -> str | None:
    """The ``published`` field of front matter, checked (`published_problem`)."""
    value = _text(meta, "published", path, content)
    if value is not None:
        problem = published_problem(value)
        if problem:
            raise InputError(f"published: {problem}", path, key_line(content, "published"))
    return value


def fields(meta: dict[str, Any], content: str, path: str, stem: str) -> dict[str, str | None]:
    """A source's ``id`` (front matter ``id``, else ``stem``) and the metadata `FIELDS` that
    front matter gives (only those present: a field set to null is present, and None)."""
    source_id = _text(meta, "id", path, content) or stem
    if not ID.fullmatch(source_id):
        line = key_line(content, "id") if "id" in meta else None
        raise InputError(
            f"source id {source_id!r} must be letters, digits, '.', '_' or '-'", path, line
        )
    out: dict[str, str | None] = {"id": source_id}
    for key in FIELDS:
        if key in meta:
            out[key] = (
                checked_published(meta, content, path)
                if key == "published"
                else _text(meta, key, path, content)
            )
    return out


def _text(meta: dict[str, Any], key: str, path: str, content: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    raise InputError(f"front matter field {key!r} must be text", path, key_line(content, key))
