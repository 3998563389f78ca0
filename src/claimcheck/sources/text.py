"""Reader for plain-text and Markdown sources with optional YAML front matter.

A source's id is ``id`` in its front matter, else its file name without suffix; it must be a
plain name (letters, digits, ``.``, ``_``, ``-``; no folder) because it names the source's
registry file ``claims/<id>.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from claimcheck.errors import InputError
from claimcheck.sources import Source, frontmatter

FIELDS = ("title", "publisher", "published", "author", "url")
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _text(meta: dict[str, Any], key: str, path: str, content: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    line = frontmatter.key_line(content, key)
    raise InputError(f"front matter field {key!r} must be text", path, line)


def read(content: str, path: Path, display: str) -> Source:
    """A `Source` from a text file's content; its id is ``id`` in front matter or the file stem."""
    meta, body, first_line = frontmatter.split(content, display)
    source_id = _text(meta, "id", display, content) or path.stem
    if not ID.fullmatch(source_id):
        line = frontmatter.key_line(content, "id") if "id" in meta else None
        raise InputError(
            f"source id {source_id!r} must be letters, digits, '.', '_' or '-'", display, line
        )
    return Source(
        id=source_id,
        path=display,
        text=body,
        first_line=first_line,
        meta=meta,
        **{key: _text(meta, key, display, content) for key in FIELDS},
    )
