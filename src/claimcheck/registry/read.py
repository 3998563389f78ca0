"""Read one registry file into claim records, a claim at a time.

The text is read as YAML events (`claimcheck.io.yamlevents`): each item of ``claims`` is built,
validated and turned into its `Claim` as soon as its events are read, and its data let go, so
that reading a registry file holds its text and its claims, never a node tree of it (a tree is
about 40 times the text). Texts that repeat across claims (a quote several figures share, a
unit, a status) are kept once.

What is an error, and which of several is reported, is what reading the whole tree first gave:
a syntax error anywhere, then what the data may not hold (tags, duplicate keys), then the
top-level fields (unknown field, ``version``, ``source``, ``claims``), then the first claim
that is not valid.
"""

from __future__ import annotations

import sys
from typing import Any

import yaml

from claimcheck.errors import RegistryError, UnknownSourceError
from claimcheck.io.yamlevents import Node, Stream, line_of
from claimcheck.io.yamlread import key_lines, parse
from claimcheck.model import FIELD_ORDER, QUALIFIERS, STATUSES, Claim, Dimension, Role, is_label
from claimcheck.registry import fields

VERSION = 1
TOP_FIELDS = ("version", "source", "claims")
_SEQ = "tag:yaml.org,2002:seq"
_PLAIN: tuple[str | None, ...] = (None, "!")  # no tag written
_SHORT = 48  # texts shorter than this are interned (units, statuses, periods, names)


class _Claims:
    """The claims of a file as their items are read: built once the source is known, the first
    invalid one kept as the error (reported after the top-level fields)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.source: str | None = None
        self.claims: list[Claim] = []
        self.waiting: list[tuple[Any, Node]] = []  # items read before the file's source
        self.error: RegistryError | None = None
        self.quotes: dict[str, str] = {}

    def add(self, item: Any, node: Node) -> None:
        if self.error is not None:
            return
        if self.source is None:
            self.waiting.append((item, node))
            return
        try:
            self.claims.append(claim(item, self.source, self.path, node, self.quotes))
        except RegistryError as exc:
            self.error = exc

    def start(self, source: str) -> None:
        """The file's source is known: build the items read before it."""
        self.source = source
        waiting, self.waiting = self.waiting, []
        for item, node in waiting:
            self.add(item, node)


class _Tree(Exception):
    """A registry file whose top level or ``claims`` is anchored or tagged: read as a tree."""


def read_text(text: str, display: str, sources: set[str] | None) -> tuple[str, int, list[Claim]]:
    """The source id, the line it is named on, and the claims of a registry file's text."""
    stream = Stream(text, display)
    try:
        return _read(stream, display, sources)
    except _Tree:
        return _read_tree(text, display, sources)
    finally:
        stream.close()


def _read(stream: Stream, display: str, sources: set[str] | None) -> tuple[str, int, list[Claim]]:
    stream.next()  # the stream's start
    event = stream.next()
    if isinstance(event, yaml.StreamEndEvent):  # no document: an empty file
        raise RegistryError("a registry file must be a mapping with source and claims", display, 1)
    root = stream.next()
    stream.root_line = line_of(root)
    found = _Claims(display)
    if isinstance(root, yaml.MappingStartEvent):
        if root.anchor is not None or root.tag not in _PLAIN:
            raise _Tree
        data, top = _top(stream, found)
    else:  # not a mapping: an error once the text is read to its end
        data, top = stream.value(root)[0], {}
    stream.finish(stream.next())
    if not isinstance(data, dict):
        raise RegistryError(
            "a registry file must be a mapping with source and claims", display, stream.root_line
        )
    source = _check_top(data, top, display, sources)
    found.start(source)
    if found.error is not None:
        raise found.error
    return source, top.get("source", 1), found.claims


def _read_tree(text: str, display: str, sources: set[str] | None) -> tuple[str, int, list[Claim]]:
    """`read_text` through the whole node tree (`yamlread.parse`), for the files whose top
    level or ``claims`` list is anchored or tagged (never written by claimcheck): their
    claims' lines are those of the tree's nodes."""
    data, node = parse(text, display)
    if not isinstance(data, dict) or node is None:
        line = node.start_mark.line + 1 if node is not None else 1
        raise RegistryError(
            "a registry file must be a mapping with source and claims", display, line
        )
    top = key_lines(node)
    source = _check_top(data, top, display, sources)
    items = data.get("claims") or []
    nodes: list[yaml.Node] = []
    if isinstance(node, yaml.MappingNode):
        seqs = (
            v for k, v in node.value if k.value == "claims" and isinstance(v, yaml.SequenceNode)
        )
        nodes = list(next(seqs, yaml.SequenceNode(_SEQ, [])).value)
    quotes: dict[str, str] = {}
    claims = []
    for i, item in enumerate(items):
        at = nodes[i] if i < len(nodes) else None
        where = Node(at.start_mark.line + 1, key_lines(at)) if at is not None else Node(1, {})
        claims.append(claim(item, source, display, where, quotes))
    return source, top.get("source", 1), claims


def _top(stream: Stream, found: _Claims) -> tuple[dict[Any, Any], dict[str, int]]:
    """The top-level fields of a registry file, the items of ``claims`` handed to ``found`` as
    they are read rather than kept (``claims`` stands as an empty list); the line of each key."""
    data: dict[Any, Any] = {}
    keys: dict[str, int] = {}
    while True:
        event = stream.next()
        if isinstance(event, yaml.MappingEndEvent):
            return data, keys
        key, key_node = stream.value(event, 1)
        plain = key_node.text is not None and key is not None
        if not plain:
            stream.note("a key must be plain text", key_node.line)
        elif key in data:
            stream.note(f"duplicate key {key!r}", key_node.line)
            plain = False
        else:
            keys[str(key_node.text)] = key_node.line
        event = stream.next()
        if plain and key == "claims" and isinstance(event, yaml.SequenceStartEvent):
            if event.anchor is not None or event.tag not in _PLAIN + (_SEQ,):
                raise _Tree
            data[key] = []
            _stream_claims(stream, found)
            continue
        value = stream.value(event, 1)[0]
        if plain:
            data[key] = value
            if key == "source":
                found.source = _source_text(value)


def _source_text(value: Any) -> str | None:
    """What a valid ``source`` field names (None when it is not valid: an error later)."""
    try:
        return fields.text(value, "source", "", 0, required=True)
    except RegistryError:
        return None


def _stream_claims(stream: Stream, found: _Claims) -> None:
    """Read the items of ``claims``, each handed to ``found``."""
    while True:
        event = stream.next()
        if isinstance(event, yaml.SequenceEndEvent):
            return
        found.add(*stream.value(event, 2))


def _check_top(
    data: dict[Any, Any], top: dict[str, int], display: str, sources: set[str] | None
) -> str:
    """The source id of a registry file's top-level fields, validated in order."""
    for key in data:
        if key not in TOP_FIELDS:
            raise RegistryError(
                f"unknown field {key!r} (a registry file has {', '.join(TOP_FIELDS)})",
                display,
                top.get(str(key), 1),
            )
    version = data.get("version", VERSION)
    if version != VERSION or isinstance(version, bool):
        raise RegistryError(
            f"field 'version' must be {VERSION}, not {version!r}", display, top.get("version", 1)
        )
    source = fields.text(data.get("source"), "source", display, top.get("source", 1), required=True)
    assert source is not None
    if sources is not None and source not in sources:
        raise UnknownSourceError(f"unknown source {source!r}", display, top.get("source", 1))
    items = data.get("claims") or []
    if not isinstance(items, list):
        raise RegistryError("field 'claims' must be a list", display, top.get("claims", 1))
    return source


def _shared(value: str | None) -> str | None:
    """A short text that many claims repeat (a unit, a period, a subject), kept once."""
    return sys.intern(value) if value is not None and len(value) < _SHORT else value


def claim(item: Any, source: str, path: str, node: Node, quotes: dict[str, str]) -> Claim:
    """The claim of one item of ``claims``, validated (``node``: its line and its keys')."""
    line = node.line
    if not isinstance(item, dict):
        raise RegistryError("each item of field 'claims' must be a mapping (a claim)", path, line)
    lines = node.keys or {}

    def at(key: str) -> int:
        return lines.get(key, line)

    claim_id = fields.text(item.get("id"), "id", path, at("id"), required=True)
    quote = fields.text(item.get("quote"), "quote", path, at("quote"), required=True)
    assert claim_id is not None and quote is not None
    status = item.get("status", "auto")
    if status not in STATUSES:
        raise RegistryError(
            f"field 'status' must be one of {', '.join(STATUSES)}", path, at("status")
        )
    qualifier = item.get("qualifier", "=")
    if qualifier not in QUALIFIERS:
        raise RegistryError(
            f"field 'qualifier' must be one of {' '.join(QUALIFIERS)}", path, at("qualifier")
        )
    for key in ("orphaned", "trust"):
        if key in item and not isinstance(item[key], bool):
            raise RegistryError(f"field {key!r} must be true or false", path, at(key))
    src_line = item.get("line")
    if src_line is not None and (isinstance(src_line, bool) or not isinstance(src_line, int)):
        raise RegistryError("field 'line' must be a whole number", path, at("line"))
    period = fields.text(item.get("period"), "period", path, at("period"))
    if period is not None and not is_label(period):
        raise RegistryError(
            f"field 'period' must be a period label such as 2018, 2018-H1, 2018-Q3, 2018-06 or 2016..2020, not {period!r}",
            path, at("period"),
        )  # fmt: skip
    extra = tuple((k, v) for k, v in item.items() if k not in FIELD_ORDER)
    return Claim(
        id=str(claim_id),
        source=source,
        text=str(fields.text(item.get("text"), "text", path, at("text"), required=True)),
        quote=quotes.setdefault(quote, quote),  # the figures of a sentence share its quote
        value=fields.number(item.get("value"), "value", path, at("value")),
        low=fields.number(item.get("low"), "low", path, at("low")),
        high=fields.number(item.get("high"), "high", path, at("high")),
        unit=_shared(fields.text(item.get("unit"), "unit", path, at("unit"))),
        qualifier=str(_shared(qualifier)),
        direction=_shared(fields.text(item.get("direction"), "direction", path, at("direction"))),
        period=_shared(period),
        entity=_shared(fields.text(item.get("entity"), "entity", path, at("entity"))),
        measure=_shared(fields.text(item.get("measure"), "measure", path, at("measure"))),
        role=fields.choice(item.get("role"), Role, "role", path, at("role")),
        dimension=fields.choice(
            item.get("dimension"), Dimension, "dimension", path, at("dimension")
        ),
        subject=_shared(fields.text(item.get("subject"), "subject", path, at("subject"))),
        metric=_shared(fields.text(item.get("metric"), "metric", path, at("metric"))),
        status=str(_shared(status)),
        note=fields.text(item.get("note"), "note", path, at("note")),
        line=src_line,
        orphaned=bool(item.get("orphaned", False)),
        trust=bool(item.get("trust", False)),
        extra=extra,
        file=path,
        file_line=line,
    )
