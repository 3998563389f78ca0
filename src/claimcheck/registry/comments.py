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
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.registry import layout

# Line breaks as libyaml counts them, so that line numbers agree with the node marks.
_BREAK = re.compile("(\r\n|[\r\n\x85\u2028\u2029])")
_BLANKS = " \t"
_BREAKS = "\r\n\x85\u2028\u2029"


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


def _bounds(text: str) -> Iterator[tuple[int, int, int]]:
    """Each line of a text: its number (0-based), where it starts and where its break is (the
    end of the text for the last); the lines are not copied, so that a large file costs no
    list of them."""
    start = n = 0
    for n, brk in enumerate(_BREAK.finditer(text)):  # noqa: B007 (n is the last line's, after)
        yield n, start, brk.start()
        start = brk.end()
    yield (n + 1 if start else 0), start, len(text)


def lines_with(text: str, char: str, head: int = 0) -> tuple[list[str], dict[int, str]]:
    """The first ``head`` lines of a text, and each line that holds ``char``, by number."""
    marks = []  # where ``char`` stands, in order
    at = text.find(char)
    while at >= 0:
        marks.append(at)
        at = text.find(char, at + 1)
    first: list[str] = []
    found: dict[int, str] = {}
    k = 0
    for n, start, stop in _bounds(text):
        if n < head:
            first.append(text[start:stop])
        if k < len(marks) and marks[k] < stop:
            found[n] = text[start:stop]
            while k < len(marks) and marks[k] < stop:
                k += 1
        elif k == len(marks) and n >= head:
            break
    return first, found


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
    own = len(header.splitlines())
    first, lines = lines_with(text, "#", own)
    skip = _header_lines(first, header)
    wanted = {n for n in lines if n >= skip}
    if not wanted:
        return Comments()
    facts = layout.scan_facts(text, display, lines, wanted)
    items: list[Comment] = []
    for n in sorted(wanted):
        line = lines[n]
        at = _comment_at(line, facts.spans.get(n, []))
        if at is None:
            continue
        body = line[at:].rstrip()
        before = line[:at]
        if before.strip(_BLANKS) and n in facts.owner:
            top_key, owned, fields = facts.owner[n]
            gap = before[len(before.rstrip(_BLANKS)) :]
            items.append(Comment(n, body, at, gap, top_key, owned, fields))
            continue
        # a full-line comment, or one after something that is not a field's value: the next thing
        nxt = facts.after.get(n)
        if nxt is not None:
            top_key, owned, fields = nxt
            items.append(Comment(n, body, at, None, top_key, owned, fields))
        else:
            items.append(Comment(n, body, at, None, None, None, ()))
    return Comments(tuple(facts.claims), tuple(items))


def place(found: Comments, text: str, display: str) -> str:
    """``text`` (a registry file as the writer emits it) with the comments ``found`` put back."""
    if not found.items:
        return text
    asked = [c.claim for c in found.items if c.top is None and c.claim is not None]
    facts = layout.place_facts(text, display, list(found.claims), asked)
    top_at, claim_at = facts.top, facts.claims
    after = facts.after  # the line of the claim after each claim, None for the last
    before: dict[int, list[Comment]] = {}
    inline: dict[int, list[Comment]] = {}
    end: list[Comment] = []

    def on(field: layout.Field, comment: Comment, own: bool) -> None:
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
    if layout.same_data(out, text, display):
        return out
    return _render(text, {}, {}, sorted(found.items, key=lambda c: c.line))  # safe: all at the end


def _render(
    text: str,
    before: dict[int, list[Comment]],
    inline: dict[int, list[Comment]],
    end: list[Comment],
) -> str:
    """``text`` with comments before lines, after lines and at the end; the text between the
    lines that take one is copied a stretch at a time."""
    out: list[str] = []
    copied = 0  # the text is in `out` up to here
    left = len(before.keys() | inline.keys())
    for n, start, stop in _bounds(text) if left else ():
        if n in before:
            line = text[start:stop]
            indent = len(line) - len(line.lstrip(" "))
            out.append(text[copied:start])
            out.extend(
                " " * min(c.indent, indent) + c.text + "\n" for c in sorted(before[n], key=_order)
            )
            copied = start
        if n in inline:
            out.append(text[copied:stop])
            out.extend((c.gap or "  ") + c.text for c in sorted(inline[n], key=_order))
            copied = stop
        left -= n in before or n in inline
        if not left:
            break
    out.append(text[copied:])
    if end:
        if text and text[-1] not in _BREAKS:  # the text does not end with a line break
            out.append("\n")
        out.extend(c.text + "\n" for c in sorted(end, key=_order))
    return "".join(out)


def _order(comment: Comment) -> int:
    return comment.line


def keep(previous: str, text: str, display: str, header: str = "") -> str:
    """``text`` with the comments of ``previous`` (the file it replaces) put back."""
    return place(scan(previous, display, header), text, display)
