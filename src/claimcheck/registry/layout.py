"""Where the fields and claims of a registry file stand, for keeping its comments
(`claimcheck.registry.comments`).

Read from the YAML events in one pass (`claimcheck.io.yamlevents`), keeping only what the
comments need: the lines that hold a comment, the field or claim each goes with, the claims a
comment names. The node tree of a large registry file is about 40 times its text; these are a
few values per comment. A file with anchors or aliases, or a top level written in flow style
(never written by claimcheck), is read through its node tree, as it always was: the two give
the same answers (tested on every case of tests/registry).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from claimcheck.io.yamlevents import Stream
from claimcheck.io.yamlread import REFUSED, Resolver, construct, parse
from claimcheck.registry.tree_layout import (
    ClaimAt,
    Field,
    Owner,
    PlaceFacts,
    ScanFacts,
    cover,
    has,
    tree_place,
    tree_scan,
)

__all__ = ["ClaimAt", "Field", "PlaceFacts", "ScanFacts", "place_facts", "same_data", "scan_facts"]
_STARTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)


class _Tree(Exception):
    """An anchor, an alias or a top level in flow style: read the node tree instead."""


@dataclass(frozen=True)
class _Shape:
    """What a field's value is, for `Field`: its first and last line, and its text (a scalar)."""

    kind: str  # "literal" (a block scalar), "flat" (a scalar or a flow collection), "block"
    start: int
    end: int
    text: str | None = None


def _field_of(key: Any, shape: _Shape) -> Field:
    """`_field` of a key event and the shape of its value."""
    line, name = key.start_mark.line, str(key.value)
    if shape.kind == "literal":
        return Field(name, line, (line, shape.start), None)
    if shape.kind == "flat":
        single = line if shape.start == shape.end == line else None
        return Field(name, line, (line, shape.end), single)
    return Field(name, line, (line,), line)


def _start(event: Any) -> int:
    return int(event.start_mark.line)


def _end(event: Any) -> int:
    return int(event.end_mark.line)


class _Walk:
    """One pass over the events of a registry text: each scalar handed to ``on_scalar``, each
    top-level field to ``on_top`` (the field ``claims`` before its claims), each claim (a
    mapping item of ``claims``) to ``on_claim`` with its index. The text has been read as a
    registry file before (or written by claimcheck): its data is not checked again."""

    def __init__(
        self,
        text: str,
        display: str,
        on_scalar: Callable[[Any], None],
        on_top: Callable[[Field], None],
        on_claim: Callable[[int, ClaimAt], None],
    ) -> None:
        self.stream = Stream(text, display)
        self.on_scalar, self.on_top, self.on_claim = on_scalar, on_top, on_claim

    def run(self) -> None:
        try:
            self.stream.next()  # the stream's start
            if isinstance(self.stream.next(), yaml.StreamEndEvent):
                return
            root = self._next()
            if not isinstance(root, yaml.MappingStartEvent):
                self._node(root)
            elif root.flow_style:
                raise _Tree
            else:
                self._top()
            self.stream.finish(self.stream.next())
        finally:
            self.stream.close()

    def _next(self) -> Any:
        event = self.stream.next()
        if isinstance(event, yaml.AliasEvent) or (
            isinstance(event, _STARTS) and event.anchor is not None
        ):
            raise _Tree
        return event

    def _node(self, first: Any) -> _Shape:
        """Read the node that starts with ``first`` to its end."""
        start = first.start_mark.line
        if isinstance(first, yaml.ScalarEvent):
            self.on_scalar(first)
            kind = "literal" if first.style in ("|", ">") else "flat"
            return _Shape(kind, start, _end(first), first.value)
        depth, event = 1, first
        while depth:
            event = self._next()
            if isinstance(event, yaml.ScalarEvent):
                self.on_scalar(event)
            elif isinstance(event, yaml.CollectionStartEvent):
                depth += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        return _Shape("flat" if first.flow_style else "block", start, event.end_mark.line)

    def _key(self) -> Any:
        """The next key of a mapping, None at its end."""
        key = self._next()
        if isinstance(key, yaml.MappingEndEvent):
            return None
        if not isinstance(key, yaml.ScalarEvent):
            raise _Tree
        self.on_scalar(key)
        return key

    def _top(self) -> None:
        while (key := self._key()) is not None:
            value = self._next()
            if key.value == "claims" and isinstance(value, yaml.SequenceStartEvent):
                if value.flow_style:
                    raise _Tree
                line = key.start_mark.line
                self.on_top(Field("claims", line, (line,), line))
                self._claims()
            else:
                self.on_top(_field_of(key, self._node(value)))

    def _claims(self) -> None:
        index = 0
        while not isinstance(event := self._next(), yaml.SequenceEndEvent):
            if not isinstance(event, yaml.MappingStartEvent):
                self._node(event)
                continue
            fields: list[Field] = []
            claim_id: str | None = None
            while (key := self._key()) is not None:
                shape = self._node(self._next())
                if claim_id is None and key.value == "id" and shape.text is not None:
                    claim_id = shape.text
                fields.append(_field_of(key, shape))
            self.on_claim(index, ClaimAt(claim_id or "", _start(event), tuple(fields)))
            index += 1


class _Anchors:
    """The next field or claim after each wanted line, as the fields and claims come in order."""

    def __init__(self, wanted: list[int], after: dict[int, Owner]) -> None:
        self.wanted, self.after = wanted, after
        self.at, self.last = 0, -1

    def add(self, line: int, owner: Owner) -> None:
        if line < self.last:
            raise _Tree  # out of order (a flow collection over several lines): the tree sorts
        self.last = line
        wanted = self.wanted
        while self.at < len(wanted) and wanted[self.at] < line:
            self.after[wanted[self.at]] = owner
            self.at += 1


def _event_scan(text: str, display: str, lines: Mapping[int, str], wanted: list[int]) -> ScanFacts:
    facts = ScanFacts()
    anchors = _Anchors(wanted, facts.after)
    top_owner: dict[int, Owner] = {}

    def on_top(f: Field) -> None:
        anchors.add(f.line, (f.key, None, ()))
        for n in f.owns:
            if has(wanted, n):
                top_owner.setdefault(n, (f.key, None, ()))

    def on_claim(index: int, claim: ClaimAt) -> None:
        facts.claims.append(claim.id)
        anchors.add(claim.line, (None, index, ()))
        keys = tuple(f.key for f in claim.fields)
        for pos, f in enumerate(claim.fields):
            if pos:
                anchors.add(f.line, (None, index, keys[pos:]))
            for n in f.owns:
                if has(wanted, n):
                    facts.owner[n] = (None, index, keys[pos:])

    def on_scalar(event: Any) -> None:
        cover(facts.spans, lines, wanted, event)

    _Walk(text, display, on_scalar, on_top, on_claim).run()
    for n, owner in top_owner.items():
        facts.owner.setdefault(n, owner)  # a claim's field owns a line before `claims` does
    return facts


def scan_facts(
    text: str, display: str, lines: Mapping[int, str], wanted: Iterable[int]
) -> ScanFacts:
    """`ScanFacts` of a registry text (``lines``: its lines; ``wanted``: those with a ``#``)."""
    ordered = sorted(wanted)
    try:
        return _event_scan(text, display, lines, ordered)
    except _Tree:
        return tree_scan(text, display, lines, ordered)


def _nothing(*_: Any) -> None:
    return None


def place_facts(text: str, display: str, claims: list[str], asked: list[int]) -> PlaceFacts:
    """`PlaceFacts` of a registry text, with the claims comments ask for: for each index of
    ``asked`` (into ``claims``, the ids of the file the comments were read from), the first
    claim from there on that the text has."""
    try:
        facts = PlaceFacts()
        present: set[str] = set()
        _Walk(text, display, _nothing, lambda f: facts.top.__setitem__(f.key, f),
              lambda _, c: present.add(c.id)).run()  # fmt: skip
        wanted = {_first(claims, at, present) for at in set(asked)} - {None}
        waiting: list[str] = []  # the last claim kept, until the next claim's line is known

        def on_claim(_: int, claim: ClaimAt) -> None:
            if waiting:
                facts.after[waiting.pop()] = claim.line
            if claim.id in wanted and claim.id not in facts.claims:
                facts.claims[claim.id] = claim
                facts.after[claim.id] = None
                waiting.append(claim.id)

        _Walk(text, display, _nothing, _nothing, on_claim).run()
        return facts
    except _Tree:
        return tree_place(text, display)


def _first(claims: list[str], at: int, present: set[str]) -> str | None:
    return next((cid for cid in claims[at:] if cid in present), None)


def _scalar(event: Any, resolver: Resolver) -> object:
    tag = event.tag
    if tag in (None, "!"):
        tag = resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
    value = construct(tag, event.value)
    return (tag, event.value) if value is REFUSED else repr(value)


def same_data(a: str, b: str, display: str) -> bool:
    """Whether two registry texts hold the same data (in the same order)."""
    try:
        return _same_events(a, b, display)
    except _Tree:
        return repr(parse(a, display)[0]) == repr(parse(b, display)[0])


def _same_events(a: str, b: str, display: str) -> bool:
    one, two = Stream(a, display), Stream(b, display)
    resolver = Resolver()
    try:
        while True:
            x, y = one.next(), two.next()
            for event in (x, y):
                if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                    raise _Tree
            if type(x) is not type(y):
                return False
            if isinstance(x, yaml.ScalarEvent) and _scalar(x, resolver) != _scalar(y, resolver):
                return False
            if isinstance(x, yaml.StreamEndEvent):
                return True
    finally:
        one.close()
        two.close()
