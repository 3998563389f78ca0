"""Where the fields and claims of a registry file stand, read from its node tree: the records
`claimcheck.registry.layout` gives, and the way it reads a file with anchors, aliases or a top
level in flow style (never written by claimcheck). The two readings agree (tested)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from claimcheck.io.yamlread import parse

_BLOCK_HEADER = re.compile(r"[|>][-+0-9]*")

Owner = tuple[str | None, int | None, tuple[str, ...]]  # top field, claim index, claim fields


@dataclass(frozen=True)
class Field:
    key: str
    line: int  # the key's line
    owns: tuple[int, ...]  # lines where an inline comment belongs to this field
    inline: int | None  # the line a comment after the value goes on; None when it spans lines


@dataclass(frozen=True)
class ClaimAt:
    id: str
    line: int
    fields: tuple[Field, ...]


@dataclass
class ScanFacts:
    """What `comments.scan` needs of a text: the ids of its claims in order; for each line
    with a ``#``: the column ranges scalars take on it, the field whose value it is on
    (``owner``), and the next field or claim after it (``after``; absent: none)."""

    claims: list[str] = field(default_factory=list)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    owner: dict[int, Owner] = field(default_factory=dict)
    after: dict[int, Owner] = field(default_factory=dict)


@dataclass
class PlaceFacts:
    """What `comments.place` needs of a text: its top-level fields; the claims asked for (with
    the line of the claim after each, None for the last)."""

    top: dict[str, Field] = field(default_factory=dict)
    claims: dict[str, ClaimAt] = field(default_factory=dict)
    after: dict[str, int | None] = field(default_factory=dict)


def _field(key: yaml.Node, value: yaml.Node) -> Field:
    line = key.start_mark.line
    if isinstance(value, yaml.ScalarNode) and value.style in ("|", ">"):
        return Field(str(key.value), line, (line, value.start_mark.line), None)
    if isinstance(value, yaml.ScalarNode) or getattr(value, "flow_style", False):
        start, end = value.start_mark.line, value.end_mark.line
        return Field(str(key.value), line, (line, end), line if start == end == line else None)
    return Field(str(key.value), line, (line,), line)  # a block list or mapping: after the key


def tree_layout(node: yaml.Node | None) -> tuple[tuple[Field, ...], tuple[ClaimAt, ...]]:
    """The top-level fields of a registry file and its claims, with their lines."""
    if not isinstance(node, yaml.MappingNode):
        return (), ()
    top: list[Field] = []
    claims: list[ClaimAt] = []
    for key, value in node.value:
        top.append(_field(key, value))
        if key.value != "claims" or not isinstance(value, yaml.SequenceNode):
            continue
        for item in value.value:
            if not isinstance(item, yaml.MappingNode):
                continue
            ids = [
                v.value for k, v in item.value if k.value == "id" and isinstance(v, yaml.ScalarNode)
            ]
            fields = tuple(_field(k, v) for k, v in item.value)
            claims.append(ClaimAt(str(ids[0]) if ids else "", item.start_mark.line, fields))
    return tuple(top), tuple(claims)


def _scalars(node: yaml.Node) -> list[yaml.ScalarNode]:
    out: list[yaml.ScalarNode] = []
    stack = [node]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, yaml.ScalarNode):
            out.append(current)
        elif isinstance(current, yaml.MappingNode):
            for k, v in current.value:
                stack += (k, v)
        elif isinstance(current, yaml.SequenceNode):
            stack += current.value
    return out


def cover(
    spans: dict[int, list[tuple[int, int]]],
    lines: Mapping[int, str],
    wanted: list[int],
    scalar: Any,
) -> None:
    """Add the column ranges [start, end) that ``scalar`` (a node or an event) takes on the
    wanted lines (sorted) to ``spans``."""
    first, col = scalar.start_mark.line, scalar.start_mark.column
    last, end = scalar.end_mark.line, scalar.end_mark.column
    if scalar.style in ("|", ">") and first in lines:
        header = _BLOCK_HEADER.match(lines[first], col)
        if has(wanted, first):
            spans.setdefault(first, []).append((col, header.end() if header else col + 1))
        first, col = first + 1, 0
    big = 1 << 62
    for n in wanted[bisect_left(wanted, first) : bisect_right(wanted, last)]:
        spans.setdefault(n, []).append((col if n == first else 0, end if n == last else big))


def has(wanted: list[int], n: int) -> bool:
    at = bisect_left(wanted, n)
    return at < len(wanted) and wanted[at] == n


def tree_scan(text: str, display: str, lines: Mapping[int, str], wanted: list[int]) -> ScanFacts:
    _, node = parse(text, display)
    top, claims = tree_layout(node)
    anchors: list[tuple[int, Owner]] = []
    facts = ScanFacts(claims=[c.id for c in claims])
    for f in top:
        anchors.append((f.line, (f.key, None, ())))
        for n in f.owns:
            facts.owner.setdefault(n, (f.key, None, ()))
    for index, claim in enumerate(claims):
        anchors.append((claim.line, (None, index, ())))
        keys = tuple(f.key for f in claim.fields)
        for pos, f in enumerate(claim.fields):
            if pos:
                anchors.append((f.line, (None, index, keys[pos:])))
            for n in f.owns:
                facts.owner[n] = (None, index, keys[pos:])  # a claim's field, before `claims`
    anchors.sort(key=lambda a: a[0])
    starts = [a[0] for a in anchors]
    for n in wanted:
        nxt = bisect_right(starts, n)
        if nxt < len(anchors):
            facts.after[n] = anchors[nxt][1]
    if node is not None:
        for scalar in _scalars(node):
            cover(facts.spans, lines, wanted, scalar)
    return facts


def tree_place(text: str, display: str) -> PlaceFacts:
    _, node = parse(text, display)
    top, claims = tree_layout(node)
    facts = PlaceFacts(top={f.key: f for f in top})
    for i, claim in enumerate(claims):
        if claim.id not in facts.claims:
            facts.claims[claim.id] = claim
            facts.after[claim.id] = claims[i + 1].line if i + 1 < len(claims) else None
    return facts
