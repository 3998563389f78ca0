"""Parse registry-style YAML safely: plain types only, duplicate keys and tags as errors with lines.

Shared by the registry files and the settlements file. Parsing uses libyaml's composer when
available (PyYAML's C loader) and our own node walk instead of PyYAML's constructor: it is
several times faster on large registries, rejects tags (``!!python/...``) and duplicate keys
with their line, reads timestamps as the text written, and shares the object of an aliased node
(so that an alias bomb costs no more than its text).
"""

from __future__ import annotations

from typing import Any

import yaml

from claimcheck.errors import RegistryError

_STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ, _TIMESTAMP = (
    f"tag:yaml.org,2002:{t}"
    for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)


MAX_DEPTH = 200  # collections inside collections: deeper is an error (a dump of it would overflow)


class Resolver(yaml.resolver.Resolver):
    """PyYAML's resolver with a fast path for plain scalars that cannot be anything but text."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0] and None not in self.yaml_implicit_resolvers:
            for tag, regexp in self.yaml_implicit_resolvers.get(value[:1], ()):
                if regexp.match(value):
                    return tag
            return _STR
        return super().resolve(kind, value, implicit)


try:
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]
except ImportError:  # PyYAML built without libyaml

    class _Loader(
        yaml.reader.Reader,
        yaml.scanner.Scanner,
        yaml.parser.Parser,
        yaml.composer.Composer,
        Resolver,
    ):
        def __init__(self, stream: str) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            yaml.composer.Composer.__init__(self)
            Resolver.__init__(self)

else:

    class _Loader(_Parser, Resolver):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            _Parser.__init__(self, stream)
            Resolver.__init__(self)


_CONSTRUCTOR = yaml.SafeLoader("")  # for reading int, float and bool scalars as YAML 1.1 does
REFUSED: Any = object()  # what `construct` gives for a tag that is not allowed


def tag_name(tag: str) -> str:
    """A tag as written in a message: ``!!python/object`` for PyYAML's full name."""
    return tag.replace("tag:yaml.org,2002:", "!!")


def construct(tag: str, text: str) -> Any:
    """The value of a scalar of ``tag`` (resolved) written ``text``; `REFUSED` for a tag other
    than plain YAML types."""
    if tag in (_STR, _TIMESTAMP):
        return text
    if tag == _NULL:
        return None
    if tag == _INT:
        return _CONSTRUCTOR.construct_yaml_int(yaml.ScalarNode(tag, text))
    if tag == _FLOAT:
        return _CONSTRUCTOR.construct_yaml_float(yaml.ScalarNode(tag, text))
    if tag == _BOOL:
        return _CONSTRUCTOR.construct_yaml_bool(yaml.ScalarNode(tag, text))
    return REFUSED


def _build(root: yaml.Node, path: str) -> Any:
    """Plain Python data from a composed node tree; any other tag is an error."""
    built: dict[int, Any] = {}
    root_line = root.start_mark.line + 1

    def build(node: yaml.Node, depth: int) -> Any:
        key = id(node)
        if key in built:
            return built[key]
        tag = node.tag
        line = node.start_mark.line + 1
        if isinstance(node, yaml.ScalarNode):
            value: Any = construct(tag, node.value)
            if value is REFUSED:
                raise RegistryError(f"tag {tag_name(tag)} is not allowed", path, line)
        elif depth >= MAX_DEPTH and tag in (_SEQ, _MAP):
            raise RegistryError("YAML nested too deeply", path, root_line)
        elif isinstance(node, yaml.SequenceNode) and tag == _SEQ:
            value = built[key] = []
            value.extend(build(item, depth + 1) for item in node.value)
        elif isinstance(node, yaml.MappingNode) and tag == _MAP:
            value = built[key] = {}
            for k, v in node.value:
                name = build(k, depth + 1)
                if not isinstance(k, yaml.ScalarNode) or name is None:
                    raise RegistryError("a key must be plain text", path, k.start_mark.line + 1)
                if name in value:
                    raise RegistryError(f"duplicate key {name!r}", path, k.start_mark.line + 1)
                value[name] = build(v, depth + 1)
        else:
            raise RegistryError(f"tag {tag_name(str(tag))} is not allowed", path, line)
        built[key] = value
        return value

    try:
        return build(root, 0)
    except RecursionError:
        raise RegistryError("YAML nested too deeply", path, root_line) from None


def parse(text: str, path: str) -> tuple[Any, yaml.Node | None]:
    """The data of a YAML text and its node tree (for line numbers); None, None when empty."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise RegistryError(f"YAML syntax error: {exc.problem or exc.context}", path, line) from exc
    except yaml.YAMLError as exc:
        raise RegistryError(f"YAML error: {exc}", path) from exc
    except RecursionError:
        raise RegistryError("YAML nested too deeply", path) from None
    finally:
        loader.dispose()
    if node is None:
        return None, None
    return _build(node, path), node


def key_lines(node: yaml.Node | None) -> dict[str, int]:
    """The line of each key of a mapping node (1-based)."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
