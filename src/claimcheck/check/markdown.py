"""Prose regions of a draft: what an editor wrote as sentences, with every offset kept.

Contract: `prose(text, markdown=True)` returns a `Prose` whose ``text`` has exactly the length
and the line breaks of the original, with everything that is not prose replaced by spaces:
front matter, fenced and indented code, inline code, link and image targets, reference labels
and definitions, autolinks and bare URLs, HTML tags, inline HTML and HTML comments, list
markers, table rules. The text of an HTML block is prose, since renderers show it
(``<p>GDP grew 8%</p>``, ``<!-- TODO -->GDP grew 8%``); what scripts, styles and code elements
hold is not. An HTML comment that never ends is reported (`Prose.unclosed`): it would hide the
rest of the draft, directives and numbers alike. Running the extractor on that text gives spans that point into the
original file, with no mapping back.

The structure comes from markdown-it-py (CommonMark with GFM tables). Its ``inline`` tokens carry
the source of each paragraph, heading and table cell with block markers stripped, and a line
range; each content line is found again in its original line, so the blanking is faithful
without re-implementing Markdown. Inside an inline, the spans markdown-it parses but does not
locate (code spans, link targets, inline HTML) are found by small scanners that follow the
CommonMark rules for them. A plain-text draft (``markdown=False``) only loses its front matter
and its HTML comments.

The HTML comments found in prose or HTML blocks are returned with their lines, for suppression
(`claimcheck.check.suppress`); a comment inside a code block is text, not a comment.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimcheck.check.visible import edits

if TYPE_CHECKING:  # markdown-it is imported only when a Markdown draft is checked
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?:.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_OPEN_COMMENT = re.compile(r"<!--")
# elements whose content a reader does not see as prose: scripts, styles and code
_HIDDEN = re.compile(
    r"<(script|style|pre|code|textarea)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE
)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
_BARE_URL = re.compile(
    r"(?:\b[A-Za-z][A-Za-z0-9.+-]{1,31}://|\bwww\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]"
)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_REF_LABEL = re.compile(r"\]\[[^\]]*\]")
_BACKTICKS = re.compile(r"`+")


@dataclass(frozen=True, slots=True)
class Comment:
    """An HTML comment outside code: its body (stripped) and the 1-based lines it spans."""

    body: str
    line: int
    end_line: int


@dataclass(frozen=True, slots=True)
class Prose:
    """A draft with non-prose blanked out (same length and lines), and its HTML comments."""

    text: str
    comments: tuple[Comment, ...]
    front_matter_lines: int
    unclosed: int | None = None  # line of an HTML comment with no end (it hides the rest)
    # what Markdown shows differently from its source, in draft offsets (`check.visible`):
    # emphasis delimiters and escapes shown as nothing, entities as what they stand for
    edits: tuple[tuple[int, int, str], ...] = ()


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def prose(text: str, markdown: bool = True) -> Prose:
    """The prose of ``text``: everything else blanked to spaces, line breaks kept."""
    front = _FRONT.match(text)
    front_end = front.end() if front else 0
    body = _blank_range(text, 0, front_end)
    keep = bytearray(len(text))  # 1 where a character is prose
    comments: list[tuple[int, int, str]] = []
    shown: list[tuple[int, int, str]] = []
    if not markdown:
        keep[front_end:] = b"\x01" * (len(text) - front_end)
        for m in _COMMENT.finditer(body):
            _mark(keep, m.start(), m.end(), 0)
            comments.append((m.start(), m.end(), m.group(1)))
        unclosed = None
    else:
        unclosed = _markdown(body, keep, comments, shown)
    out = "".join(ch if keep[i] or ch in "\r\n" else " " for i, ch in enumerate(text))
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found = tuple(
        Comment(b.strip(), _line_of(starts, s), _line_of(starts, e - 1))
        for s, e, b in sorted(comments)
    )
    where = _line_of(starts, unclosed) if unclosed is not None else None
    # in prose only (a tag or comment dropped is blanked, not prose, and goes too)
    edits = tuple(e for e in shown if all(keep[e[0] : e[1]]) or not e[2])
    return Prose(out, found, text[:front_end].count("\n"), where, edits)


def _line_of(starts: list[int], offset: int) -> int:

    return bisect.bisect_right(starts, offset)


def _blank_range(text: str, start: int, end: int) -> str:
    if start >= end:
        return text
    middle = "".join(ch if ch in "\r\n" else " " for ch in text[start:end])
    return text[:start] + middle + text[end:]


def _mark(keep: bytearray, start: int, end: int, value: int) -> None:
    keep[start:end] = bytes([value]) * (end - start)


def _markdown(
    text: str,
    keep: bytearray,
    comments: list[tuple[int, int, str]],
    shown: list[tuple[int, int, str]],
) -> int | None:
    """Mark the prose of a Markdown text, and collect in ``shown`` what its inlines show
    differently from their source; the offset of an HTML comment that never ends, if any."""
    unclosed = None
    # lines as markdown-it counts them: it reads a lone "\r" as a line break too
    line_starts = [0] + [m.end() for m in re.finditer("\r\n?|\n", text)]
    line_starts.append(len(text) + 1)
    cursor: dict[int, int] = {}
    for token in _parser().parse(text):
        if token.map is None:
            continue
        if token.type == "html_block":
            first, last = token.map
            start, end = line_starts[first], min(line_starts[last], len(text))
            open_at = _html_block(text, start, end, keep, comments)
            unclosed = open_at if unclosed is None else unclosed
            continue
        if token.type != "inline":
            continue
        pieces = _locate(text, token, line_starts, cursor)
        if pieces is None:
            continue
        for _, orig, length in pieces:
            _mark(keep, orig, orig + length, 1)
        for start, end, is_comment in _non_prose(token.content, token.children or []):
            for c_start, orig, length in pieces:
                lo, hi = max(start, c_start), min(end, c_start + length)
                if lo < hi:
                    _mark(keep, orig + lo - c_start, orig + hi - c_start, 0)
            if is_comment:
                o_start, o_end = _to_original(pieces, start), _to_original(pieces, end - 1) + 1
                comments.append((o_start, o_end, token.content[start + 4 : end - 3]))
        for start, end, replacement in edits(token.content, token.children or []):
            o_start, o_end = _to_original(pieces, start), _to_original(pieces, end - 1) + 1
            if o_end - o_start == end - start:  # on one line, as written
                shown.append((o_start, o_end, replacement))

    return unclosed


def _html_block(
    text: str, start: int, end: int, keep: bytearray, comments: list[tuple[int, int, str]]
) -> int | None:
    """Mark the prose of an HTML block: a renderer shows its text (``<p>GDP grew 8%</p>``,
    ``<!-- note -->GDP grew 8%``), so the text is checked; tags, comments, and what scripts,
    styles and code hold are not prose. Returns where a comment opens that never closes."""
    _mark(keep, start, end, 1)
    at = start
    while True:  # comments first: a tag inside a comment is comment
        opened = _OPEN_COMMENT.search(text, at, end)
        if opened is None:
            break
        closed = text.find("-->", opened.end(), end)
        if closed < 0:
            _mark(keep, opened.start(), end, 0)
            return opened.start()
        comments.append((opened.start(), closed + 3, text[opened.end() : closed]))
        _mark(keep, opened.start(), closed + 3, 0)
        at = closed + 3
    for pattern in (_HIDDEN, _TAG):
        for m in pattern.finditer(text, start, end):
            if keep[m.start()]:
                _mark(keep, m.start(), m.end(), 0)
    return None


def _locate(
    text: str, token: Token, line_starts: list[int], cursor: dict[int, int]
) -> list[tuple[int, int, int]] | None:
    """(content offset, original offset, length) of each line of an inline token's content."""
    assert token.map is not None
    pieces = []
    offset = 0
    for j, piece in enumerate(token.content.split("\n")):
        line = token.map[0] + j
        if line + 1 >= len(line_starts):
            return None
        start, end = line_starts[line], line_starts[line + 1] - 1
        at = text.find(piece, cursor.get(line, start), end)
        if at < 0:
            return None
        pieces.append((offset, at, len(piece)))
        cursor[line] = at + len(piece)
        offset += len(piece) + 1
    return pieces


def _to_original(pieces: list[tuple[int, int, int]], offset: int) -> int:
    for c_start, orig, length in pieces:
        if c_start <= offset <= c_start + length:
            return orig + offset - c_start
    return pieces[-1][1] + pieces[-1][2]


def _non_prose(content: str, children: list[Token]) -> list[tuple[int, int, bool]]:
    """Ranges of an inline's content that are not prose: (start, end, is an HTML comment)."""
    kinds = {child.type for child in children}
    out: list[tuple[int, int, bool]] = []
    code = _code_spans(content) if "code_inline" in kinds else []
    out.extend((s, e, False) for s, e in code)

    def free(start: int) -> bool:
        return not any(s <= start < e for s, e in code)

    if "html_inline" in kinds:
        for m in _COMMENT.finditer(content):
            if free(m.start()):
                out.append((m.start(), m.end(), True))
        out.extend((m.start(), m.end(), False) for m in _TAG.finditer(content) if free(m.start()))
    if kinds & {"link_open", "image"}:
        out.extend((s, e, False) for s, e in _link_targets(content) if free(s))
        out.extend(
            (m.start() + 1, m.end(), False) for m in _REF_LABEL.finditer(content) if free(m.start())
        )
    out.extend((m.start(), m.end(), False) for m in _AUTOLINK.finditer(content) if free(m.start()))
    out.extend((m.start(), m.end(), False) for m in _BARE_URL.finditer(content) if free(m.start()))
    out.extend(
        (m.start(), m.end(), False) for m in _FOOTNOTE_REF.finditer(content) if free(m.start())
    )
    return out


def _code_spans(content: str) -> list[tuple[int, int]]:
    """Code spans by the CommonMark rule: a run of n backticks closed by the next run of n."""
    runs = [
        (m.start(), m.end())
        for m in _BACKTICKS.finditer(content)
        if not _escaped(content, m.start())
    ]
    spans = []
    i = 0
    while i < len(runs):
        start, end = runs[i]
        size = end - start
        close = next((k for k in range(i + 1, len(runs)) if runs[k][1] - runs[k][0] == size), None)
        if close is None:
            i += 1
            continue
        spans.append((start, runs[close][1]))
        i = close + 1
    return spans


def _escaped(content: str, at: int) -> bool:
    slashes = 0
    while at - slashes - 1 >= 0 and content[at - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _link_targets(content: str) -> list[tuple[int, int]]:
    """The ``(destination "title")`` part of every inline link or image, parentheses balanced."""
    out = []
    for m in re.finditer(r"\]\(", content):
        depth, i = 0, m.end() - 1
        while i < len(content):
            ch = content[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    out.append((m.start() + 1, i + 1))
                    break
            i += 1
    return out
