"""Keep the comments a person wrote in a registry file when the writer rewrites it.

The writer (`claimcheck.registry.io.dumps`) builds a registry file from claims, and YAML
comments are not data, so without this module `claimcheck sync` would drop every ``# TODO`` a
person wrote. Here the file as it stands is scanned for comments, each is tied to what it was
written next to, and the new text gets them back at the same place:

- a full-line comment (or a block of them) goes with the next thing in the file: a top-level
  field (``version``, ``source``, ``claims``), a claim (before its ``- id:`` line), or a field
  of a claim (before that field's line); after the last of these, it stays at the end;
- an inline comment after a value stays on that field's line, or goes on its own line before
  the field when the value is now written over several lines;
- a comment whose field is gone goes before the next field of its claim that is still there,
  else at the end of its claim; one whose claim is gone goes before the next claim of the old
  file still there, else at the end of the file. A comment is never dropped; one inside a
  nested value (between the items of a list a person added to a claim) goes before the next
  field or claim.

What is a comment is decided with the positions of the YAML nodes (from `yamlread`, libyaml's
marks): a ``#`` at the start of a line or after a blank, outside every scalar, so that a ``#``
in a quoted, plain multi-line or block (``>``, ``|``) text is text. The writer's own header is
not a person's comment and is not kept twice. Full-line comments take the indentation they had,
but never more than the line they now stand before (so that a comment cannot fall into the
block text above it); inline ones keep the blanks before them. The result is parsed again and
must read as the same data as the text without comments, else the comments all go to the end of
the file (a comment line at column 0 always is a comment). Written text with comments is a
fixed point: scanning and placing them again gives the same text, so a second sync changes
nothing. A file without comments is written exactly as the writer emits it.

This module works on lines and node marks rather than switching to a round-trip YAML library
(such as ruamel.yaml): the written format stays exactly PyYAML's, and only files that have
comments pay for the extra parse.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import yaml

from claimcheck.io.yamlread import parse

# Line breaks as libyaml counts them, so that line numbers agree with the node marks.
_BREAK = re.compile("(\r\n|[\r\n\x85\u2028\u2029])")
_BLOCK_HEADER = re.compile(r"[|>][-+0-9]*")
_BLANKS = " \t"


@dataclass(frozen=True)
class Comment:
    """One comment of a registry file and what it goes with."""

    line: int  # 0-based line in the file it was read from; orders comments placed together
    text: str  # from '#' to the end of the line, trailing blanks removed
    indent: int  # the columns before '#' (for an inline comment: where it stood)
    gap: str | None  # an inline comment: the blanks between the value and '#'; else None
    top: str | None  # the top-level field it goes with
    claim: int | None  # the claim it goes with: an index into `Comments.claims`
    fields: tuple[str, ...]  # the field of that claim it goes with, then the fields after it


@dataclass(frozen=True)
class Comments:
    """The comments of a registry file, with the ids of its claims in file order."""

    claims: tuple[str, ...] = ()
    items: tuple[Comment, ...] = ()


@dataclass(frozen=True)
class _Field:
    key: str
    line: int  # the key's line
    owns: tuple[int, ...]  # lines where an inline comment belongs to this field
    inline: int | None  # the line a comment after the value goes on; None when it spans lines


@dataclass(frozen=True)
class _Claim:
    id: str
    line: int
    fields: tuple[_Field, ...]


def _split(text: str) -> tuple[list[str], list[str]]:
    """The lines of a text without their breaks, and the break after each ('' for the last)."""
    parts = _BREAK.split(text)
    return parts[0::2], [*parts[1::2], ""]


def _field(key: yaml.Node, value: yaml.Node) -> _Field:
    line = key.start_mark.line
    if isinstance(value, yaml.ScalarNode) and value.style in ("|", ">"):
        return _Field(str(key.value), line, (line, value.start_mark.line), None)
    if isinstance(value, yaml.ScalarNode) or getattr(value, "flow_style", False):
        start, end = value.start_mark.line, value.end_mark.line
        return _Field(str(key.value), line, (line, end), line if start == end == line else None)
    return _Field(str(key.value), line, (line,), line)  # a block list or mapping: after the key


def _layout(node: yaml.Node | None) -> tuple[tuple[_Field, ...], tuple[_Claim, ...]]:
    """The top-level fields of a registry file and its claims, with their lines."""
    if not isinstance(node, yaml.MappingNode):
        return (), ()
    top: list[_Field] = []
    claims: list[_Claim] = []
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
            claims.append(_Claim(str(ids[0]) if ids else "", item.start_mark.line, fields))
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


def _covered(
    node: yaml.Node | None, lines: list[str], wanted: set[int]
) -> dict[int, list[tuple[int, int]]]:
    """For each wanted line, the column ranges [start, end) that scalars (text) take on it."""
    spans: dict[int, list[tuple[int, int]]] = {}
    if node is None or not wanted:
        return spans
    big = 1 << 62
    for scalar in _scalars(node):
        first, col = scalar.start_mark.line, scalar.start_mark.column
        last, end = scalar.end_mark.line, scalar.end_mark.column
        if scalar.style in ("|", ">") and first < len(lines):
            header = _BLOCK_HEADER.match(lines[first], col)
            if first in wanted:
                spans.setdefault(first, []).append((col, header.end() if header else col + 1))
            first, col = first + 1, 0
        for n in range(first, last + 1):
            if n in wanted:
                spans.setdefault(n, []).append(
                    (col if n == first else 0, end if n == last else big)
                )
    return spans


def _comment_at(line: str, spans: list[tuple[int, int]]) -> int | None:
    """The column where a comment starts on a line, if one does."""
    at = line.find("#")
    while at >= 0:
        if (at == 0 or line[at - 1] in _BLANKS) and not any(lo <= at < hi for lo, hi in spans):
            return at
        at = line.find("#", at + 1)
    return None


def _header_lines(lines: list[str], header: str) -> int:
    """How many first lines are the writer's own header (0 when the file does not start with it)."""
    own = header.splitlines()
    return len(own) if [x.rstrip() for x in lines[: len(own)]] == own else 0


def scan(text: str, display: str, header: str = "") -> Comments:
    """The comments of a registry file's text, each tied to what it goes with.

    ``header`` is the writer's own header: when the text starts with it, it is not a comment to
    keep. Raises `RegistryError` when the text is not YAML.
    """
    text = text.removeprefix("\ufeff")
    if text.find("#", len(header) if header and text.startswith(header) else 0) < 0:
        return Comments()  # no comment: the lines of a large file are not split for nothing
    lines, _ = _split(text)
    skip = _header_lines(lines, header)
    wanted = {n for n in range(skip, len(lines)) if "#" in lines[n]}
    if not wanted:
        return Comments()
    _, node = parse(text, display)
    top, claims = _layout(node)
    anchors: list[
        tuple[int, str | None, int | None, tuple[str, ...]]
    ] = []  # line, top, claim, fields
    owner: dict[int, tuple[str | None, int | None, tuple[str, ...]]] = {}
    for field in top:
        anchors.append((field.line, field.key, None, ()))
        for n in field.owns:
            owner.setdefault(n, (field.key, None, ()))
    for index, claim in enumerate(claims):
        anchors.append((claim.line, None, index, ()))
        keys = tuple(f.key for f in claim.fields)
        for pos, field in enumerate(claim.fields):
            if pos:
                anchors.append((field.line, None, index, keys[pos:]))
            for n in field.owns:
                owner[n] = (None, index, keys[pos:])  # a claim's field, before the field `claims`
    anchors.sort(key=lambda a: a[0])
    starts = [a[0] for a in anchors]
    spans = _covered(node, lines, wanted)
    items: list[Comment] = []
    for n in sorted(wanted):
        line = lines[n]
        at = _comment_at(line, spans.get(n, []))
        if at is None:
            continue
        body = line[at:].rstrip()
        before = line[:at]
        if before.strip(_BLANKS) and n in owner:
            top_key, owned, fields = owner[n]
            gap = before[len(before.rstrip(_BLANKS)) :]
            items.append(Comment(n, body, at, gap, top_key, owned, fields))
            continue
        # a full-line comment, or one after something that is not a field's value: the next thing
        nxt = bisect_right(starts, n)
        if nxt < len(anchors):
            _, top_key, owned, fields = anchors[nxt]
            items.append(Comment(n, body, at, None, top_key, owned, fields))
        else:
            items.append(Comment(n, body, at, None, None, None, ()))
    return Comments(tuple(c.id for c in claims), tuple(items))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def place(found: Comments, text: str, display: str) -> str:
    """``text`` (a registry file as the writer emits it) with the comments ``found`` put back."""
    if not found.items:
        return text
    data, node = parse(text, display)
    top, claims = _layout(node)
    top_at = {f.key: f for f in top}
    claim_at: dict[str, _Claim] = {}
    after: dict[str, int | None] = {}  # the line of the claim after each claim, None for the last
    for i, claim in enumerate(claims):
        if claim.id not in claim_at:
            claim_at[claim.id] = claim
            after[claim.id] = claims[i + 1].line if i + 1 < len(claims) else None
    before: dict[int, list[Comment]] = {}
    inline: dict[int, list[Comment]] = {}
    end: list[Comment] = []

    def on(field: _Field, comment: Comment, own: bool) -> None:
        if own and comment.gap is not None and field.inline is not None:
            inline.setdefault(field.inline, []).append(comment)
        else:
            before.setdefault(field.line, []).append(comment)

    for comment in found.items:
        if comment.top is not None:
            if comment.top in top_at:
                on(top_at[comment.top], comment, True)
            else:
                end.append(comment)
            continue
        if comment.claim is None:
            end.append(comment)
            continue
        for n, cid in enumerate(found.claims[comment.claim :]):
            there = claim_at.get(cid)
            if there is None:
                continue
            if n or not comment.fields:  # the claim itself, or the next one still there
                before.setdefault(there.line, []).append(comment)
                break
            fields = {f.key: f for f in there.fields}
            for key in comment.fields:
                if key in fields:
                    on(fields[key], comment, key == comment.fields[0])
                    break
            else:  # its field and those after it are gone: at the end of its claim
                nxt = after[there.id]
                if nxt is None:
                    end.append(comment)
                else:
                    before.setdefault(nxt, []).append(comment)
            break
        else:
            end.append(comment)
    out = _render(text, before, inline, end)
    if repr(parse(out, display)[0]) == repr(data):
        return out
    return _render(text, {}, {}, sorted(found.items, key=lambda c: c.line))  # safe: all at the end


def _render(
    text: str,
    before: dict[int, list[Comment]],
    inline: dict[int, list[Comment]],
    end: list[Comment],
) -> str:
    lines, breaks = _split(text)
    out: list[str] = []
    for n, (line, brk) in enumerate(zip(lines, breaks, strict=True)):
        if n in before:
            indent = _indent(line)
            out.extend(
                " " * min(c.indent, indent) + c.text + "\n" for c in sorted(before[n], key=_order)
            )
        if n in inline:
            line += "".join((c.gap or "  ") + c.text for c in sorted(inline[n], key=_order))
        out.append(line + brk)
    if end:
        if lines[-1]:  # the text does not end with a line break
            out.append("\n")
        out.extend(c.text + "\n" for c in sorted(end, key=_order))
    return "".join(out)


def _order(comment: Comment) -> int:
    return comment.line


def keep(previous: str, text: str, display: str, header: str = "") -> str:
    """``text`` with the comments of ``previous`` (the file it replaces) put back."""
    return place(scan(previous, display, header), text, display)
