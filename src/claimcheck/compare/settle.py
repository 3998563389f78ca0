"""Settlements: a person's decisions on conflicts, in ``claims/_conflicts.yaml``.

```yaml
version: 1
conflicts:
- id: period-1a2b3c4d        # the conflict id `claimcheck conflicts` prints
  status: reviewed
  note: Different periods; both figures are right for their year.
  trust: c708f832f           # optional: the claim to trust
```

A conflict is settled when it is listed here, or when one of its claims has ``trust: true`` in
the registry. The file is validated like the registry (the same YAML reader: syntax errors,
tags, duplicate keys), and every problem is a `RegistryError` naming file and line: unknown
fields, a missing id, a status other than ``reviewed``, neither note nor trust, a trusted claim
that is not in the registry, an id listed twice. Files starting with ``_`` are skipped by the
registry loader, so this file never reads as a source's claims.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from claimcheck.errors import RegistryError
from claimcheck.io import files
from claimcheck.io.yamlread import key_lines, parse
from claimcheck.model import Conflict, Settlement

FILE_NAME = "_conflicts.yaml"
FIELDS = ("id", "status", "note", "trust")


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == "conflicts" and isinstance(v, yaml.SequenceNode):
                return list(v.value)
    return []


def _text(item: dict[str, Any], key: str, path: str, line: int) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, str | int | float)
        or str(value).strip() == ""
    ):
        raise RegistryError(f"field {key!r} must be text", path, line)
    return str(value)


def load(folder: Path, claim_ids: set[str], display: str | None = None) -> dict[str, Settlement]:
    """The settlements in ``folder/_conflicts.yaml`` by conflict id (none when there is no file)."""
    path = folder / FILE_NAME
    where = display or path.as_posix()
    if not path.is_file():
        return {}
    text = files.read_text(path, where, "a settlements file", RegistryError)
    data, node = parse(text, where)
    if data is None:
        return {}
    top = key_lines(node)
    if not isinstance(data, dict):
        raise RegistryError(
            "a settlements file must be a mapping with version and conflicts", where, 1
        )
    for key in data:
        if key not in ("version", "conflicts"):
            raise RegistryError(f"unknown field {key!r} (a settlements file has version, conflicts)",
                                where, top.get(str(key), 1))  # fmt: skip
    if data.get("version", 1) != 1 or isinstance(data.get("version"), bool):
        raise RegistryError(
            f"field 'version' must be 1, not {data.get('version')!r}", where, top.get("version", 1)
        )
    items = data.get("conflicts") or []
    if not isinstance(items, list):
        raise RegistryError("field 'conflicts' must be a list", where, top.get("conflicts", 1))
    nodes = _items(node)
    out: dict[str, Settlement] = {}
    for i, item in enumerate(items):
        line = nodes[i].start_mark.line + 1 if i < len(nodes) else 1
        lines = key_lines(nodes[i]) if i < len(nodes) else {}
        if not isinstance(item, dict):
            raise RegistryError("each item of field 'conflicts' must be a mapping", where, line)
        for key in item:
            if key not in FIELDS:
                raise RegistryError(f"unknown field {key!r} (a settlement has {', '.join(FIELDS)})",
                                    where, lines.get(str(key), line))  # fmt: skip
        conflict = _text(item, "id", where, lines.get("id", line))
        if conflict is None:
            raise RegistryError("field 'id' is missing", where, line)
        if item.get("status", "reviewed") != "reviewed":
            raise RegistryError("field 'status' must be reviewed", where, lines.get("status", line))
        note = _text(item, "note", where, lines.get("note", line))
        trust = _text(item, "trust", where, lines.get("trust", line))
        if note is None and trust is None:
            raise RegistryError("a settlement needs a note or a trusted claim", where, line)
        if trust is not None and trust not in claim_ids:
            raise RegistryError(
                f"field 'trust' names unknown claim {trust!r}", where, lines.get("trust", line)
            )
        if conflict in out:
            raise RegistryError(f"duplicate id {conflict!r} (also at line {out[conflict].line})",
                                where, lines.get("id", line))  # fmt: skip
        out[conflict] = Settlement(conflict, note, trust, line)
    return out


def settle(conflict: Conflict, settlements: dict[str, Settlement]) -> Settlement | None:
    """How the conflict is settled: listed in the file, or a claim of it is trusted."""
    found = settlements.get(conflict.id)
    if found is not None:
        return found
    trusted = next((c for c in conflict.claims if c.trust), None)
    if trusted is not None:
        return Settlement(conflict.id, f"claim {trusted.id} is trusted", trusted.id, 0)
    return None
