"""Reader for plain-text and Markdown sources with optional YAML front matter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from claimcheck.errors import InputError
from claimcheck.sources import Source, frontmatter

FIELDS = ("title", "publisher", "published", "author", "url")


def _text(meta: dict[str, Any], key: str, path: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str | int):
        return str(value)
    raise InputError(f"front matter field {key!r} must be text", path)


def read(content: str, path: Path, display: str) -> Source:
    """A `Source` from a text file's content; its id is ``id`` in front matter or the file stem."""
    meta, body, first_line = frontmatter.split(content, display)
    source_id = _text(meta, "id", display) or path.stem
    return Source(
        id=source_id,
        path=display,
        text=body,
        first_line=first_line,
        meta=meta,
        **{key: _text(meta, key, display) for key in FIELDS},
    )
