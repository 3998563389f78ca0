"""Read registry-style YAML as a stream of parser events, building plain data a node at a time.

`claimcheck.io.yamlread.parse` composes the whole node tree of a text before building its data:
every scalar a node with two marks, about 40 times the size of the text (1.7 GB for the 38 MB
registry file of a 10 MB source). `Stream` reads libyaml's events instead (PyYAML's own parser
when libyaml is missing) and builds the data of one node at a time, so that a registry reader
can turn each claim into its record and let the rest go: memory holds the text and what is
kept, never a tree.

The data and the errors are `parse`'s, to the line and in the same order of precedence:

1. syntax errors, and what the composer refuses (an undefined alias, a second occurrence of
   an anchor, a second document), raised as soon as they are read, as the composer would;
2. what the data may not hold (a tag other than plain YAML types, a key that is not plain text,
   a duplicate key, nesting deeper than `MAX_DEPTH`), in document order: the first is kept in
   `Stream.problem` and raised by `Stream.finish` once the text is read to its end, since a
   syntax error later in the text comes first;
3. what a caller validates on the data it built (a registry's fields), raised after
   `Stream.finish`.

Aliases share the object of their anchored node, so that an alias bomb costs no more than its
text; a node read through an alias has the lines of its anchor, as in the node tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from claimcheck.errors import RegistryError
from claimcheck.io.yamlread import MAX_DEPTH, REFUSED, Resolver, construct, tag_name

_MAP, _SEQ, _STR = (f"tag:yaml.org,2002:{t}" for t in ("map", "seq", "str"))
_SCALAR = yaml.ScalarEvent
_DEFAULT = (None, "!")  # no tag written: resolved by the kind of node


class _Chunks:
    """A text handed to libyaml a piece at a time: libyaml encodes a whole ``str`` to UTF-8
    first (a second copy of the text); read in pieces, the copy is one piece. The name is the
    one libyaml gives a whole ``str``, so that its messages are the same."""

    name = "<unicode string>"

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    def read(self, size: int = -1, /) -> str:
        end = len(self.text) if size < 0 else self.at + size
        piece = self.text[self.at : end]
        self.at = end
        return piece


def line_of(event: Any) -> int:
    """The 1-based line an event starts on."""
    return int(event.start_mark.line) + 1


def _parser(text: str) -> Any:
    try:
        from yaml.cyaml import CParser  # type: ignore[attr-defined]
    except ImportError:  # PyYAML built without libyaml

        class _Parser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
            def __init__(self, stream: str) -> None:
                yaml.reader.Reader.__init__(self, stream)
                yaml.scanner.Scanner.__init__(self)
                yaml.parser.Parser.__init__(self)

        return _Parser(text)
    return CParser(_Chunks(text))


@dataclass
class Node:
    """What a reader needs of a node besides its value: its line, and for a mapping the line of
    each key (as `yamlread.key_lines`, keyed by the key's text)."""

    line: int
    keys: dict[str, int] | None = None
    text: str | None = None  # a scalar's text as written (a key's name in `keys`)


@dataclass
class _Frame:
    """A collection being built: its value, what it is, and for a mapping the key read last."""

    value: Any
    node: Node
    key: Any = None
    key_node: Node | None = None


class Stream:
    """The events of one YAML text, and the data built from them (see the module docstring)."""

    def __init__(self, text: str, path: str) -> None:
        self.path = path
        self.problem: RegistryError | None = None
        self.root_line = 1
        self._parser = _parser(text)
        self._anchors: dict[str, tuple[Any, Node]] = {}
        self._resolver = Resolver()

    def next(self) -> yaml.Event:
        """The next event; a syntax error as `RegistryError` (as `yamlread.parse` words it)."""
        try:
            event: yaml.Event = self._parser.get_event()
        except yaml.YAMLError as exc:
            raise self._syntax(exc) from exc
        return event

    def _syntax(self, exc: yaml.YAMLError) -> RegistryError:
        if isinstance(exc, yaml.MarkedYAMLError):
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else None
            return RegistryError(
                f"YAML syntax error: {exc.problem or exc.context}", self.path, line
            )
        return RegistryError(f"YAML error: {exc}", self.path)

    def close(self) -> None:
        dispose = getattr(self._parser, "dispose", None)
        if dispose is not None:
            dispose()

    def composer_error(self, problem: str, event: Any) -> RegistryError:
        return RegistryError(f"YAML syntax error: {problem}", self.path, line_of(event))

    def note(self, message: str, line: int) -> None:
        """Keep the first problem of the data (raised by `finish`)."""
        if self.problem is None:
            self.problem = RegistryError(message, self.path, line)

    def finish(self, event: yaml.Event) -> None:
        """Read the text to its end from ``event`` (the one after the document's root node):
        a second document is an error, then the first problem of the data is raised."""
        if isinstance(event, yaml.DocumentEndEvent):
            event = self.next()
        if isinstance(event, yaml.DocumentStartEvent):
            raise self.composer_error("but found another document", event)
        if self.problem is not None:
            raise self.problem

    def value(self, first: yaml.Event, depth: int = 0) -> tuple[Any, Node]:
        """The value of the node that starts with ``first`` (its events read to its end), and
        its `Node`; ``depth``: how many collections it is in."""
        done, value, node = self._start(first, depth)
        if done:
            return value, node
        stack = [_Frame(value, node)]
        get = self._parser.get_event
        try:
            while True:
                event = get()
                if (
                    type(event) is _SCALAR
                    and event.anchor is None
                    and self._plain(event, stack[-1])
                ):
                    continue  # a plain value of a list or mapping: the most of a registry
                if isinstance(event, yaml.CollectionEndEvent):
                    top = stack.pop()
                    if not stack:
                        return top.value, top.node
                    self._add(stack[-1], top.value, top.node)
                    continue
                done, value, node = self._start(event, depth + len(stack))
                if done:
                    self._add(stack[-1], value, node)
                else:
                    stack.append(_Frame(value, node))
        except yaml.YAMLError as exc:
            raise self._syntax(exc) from exc

    def _plain(self, event: Any, frame: _Frame) -> bool:
        """Put a scalar event into ``frame`` when it is an item or a key's value (True), as
        `_start` and `_add` would, without the `Node` only a key needs."""
        into = frame.value
        key_node = frame.key_node
        if key_node is None and type(into) is dict:
            return False  # a key
        tag, text = event.tag, event.value
        if tag in _DEFAULT:
            tag = self._resolver.resolve(yaml.ScalarNode, text, event.implicit)
        value = text if tag == _STR else construct(tag, text)
        if value is REFUSED:
            self.note(f"tag {tag_name(tag)} is not allowed", line_of(event))
            value = None
        if key_node is None:
            into.append(value)
            return True
        frame.key_node = None
        if key_node.text is not None and frame.key is not None:
            into[frame.key] = value
        return True

    def _start(self, event: Any, depth: int) -> tuple[bool, Any, Node]:
        """A scalar's or alias's value (True), or a new collection to fill (False)."""
        line = line_of(event)
        if isinstance(event, yaml.AliasEvent):
            found = self._anchors.get(str(event.anchor))
            if found is None:
                raise self.composer_error("found undefined alias", event)
            return True, found[0], found[1]
        anchor = event.anchor
        if anchor is not None and anchor in self._anchors:
            raise self.composer_error("second occurrence", event)
        tag = event.tag
        if isinstance(event, yaml.ScalarEvent):
            if tag in _DEFAULT:
                tag = self._resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
            value = construct(tag, event.value)
            if value is REFUSED:
                self.note(f"tag {tag_name(tag)} is not allowed", line)
                value = None
            node = Node(line, text=event.value)
        else:
            mapping = isinstance(event, yaml.MappingStartEvent)
            if tag not in _DEFAULT and tag != (_MAP if mapping else _SEQ):
                self.note(f"tag {tag_name(str(tag))} is not allowed", line)
            if depth >= MAX_DEPTH:
                self.note("YAML nested too deeply", self.root_line)
            value = {} if mapping else []
            node = Node(line, {} if mapping else None)
        if anchor is not None:
            self._anchors[anchor] = (value, node)
        return isinstance(event, yaml.ScalarEvent), value, node

    def _add(self, frame: _Frame, value: Any, node: Node) -> None:
        """Put a finished node into the collection being built."""
        into = frame.value
        if isinstance(into, list):
            into.append(value)
            return
        key_node = frame.key_node
        if key_node is None:  # ``value`` is a key
            frame.key, frame.key_node = value, node
            if node.text is None or value is None:
                self.note("a key must be plain text", node.line)
            elif value in into:
                self.note(f"duplicate key {value!r}", node.line)
            else:
                into[value] = None  # its place in the order; the value follows
                assert frame.node.keys is not None
                frame.node.keys[node.text] = node.line
            return
        frame.key_node = None
        if key_node.text is not None and frame.key is not None:
            into[frame.key] = value
