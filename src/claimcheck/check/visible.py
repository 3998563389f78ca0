"""The text a reader sees in a Markdown draft, with where each of its characters stands.

A reader of ``GDP grew *8*%``, ``**8**%``, ``_8_ percent``, ``8&#37;``, ``&#56;%``, ``8\\%`` or
``7.4&nbsp;percent`` sees a figure with its unit; the source text has markup inside the figure,
which the extractor would read as "8" with no unit, or not at all. Markdown-it renders each
inline (its ``text`` children carry what is shown: entities decoded, escapes resolved, emphasis
delimiters gone), and `edits` aligns that with the inline's source: each emphasis delimiter,
escaping backslash, HTML comment and phrasing tag (``8<!-- -->%``, ``<b>8</b>%``) is an edit to
nothing, each entity an edit to the characters it stands for.

`visible` applies the edits to a draft's prose (`claimcheck.check.markdown.Prose`) and keeps,
for each character shown, the range of the draft it comes from; `Visible.place` turns a range
of the text shown back into the draft's, so that a mention's span and surface text point into
the file as written (``*8*%`` at its columns). Where the alignment fails (a construct it does
not follow), an inline keeps its text as written, as before.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token

Edit = tuple[int, int, str]  # replace text[start:end] with the string
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DELIMITERS = {"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"}
_BREAKS = {"softbreak", "hardbreak"}
# Inline HTML a renderer shows as nothing between two characters: comments and phrasing tags
# ("8<!-- -->%", "<b>8</b>%"); a tag such as <br> or <img> is not dropped (it shows something).
_UNSEEN_HTML = re.compile(
    r"<!--.*-->|</?(?:a|abbr|b|bdi|bdo|cite|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong"
    r"|sub|sup|time|u|var|del|ins)(?:\s[^<>]*)?>\Z",
    re.DOTALL | re.IGNORECASE,
)


def edits(content: str, children: Sequence[Token]) -> list[Edit]:
    """The edits that turn an inline's source ``content`` into what its ``children`` show, in
    content offsets; none when the children cannot be aligned with the content."""
    out: list[Edit] = []
    at = 0
    budget = [4 * len(content) + 1000]  # steps of alignment: linear, whatever the inline
    for child in children:
        if child.type == "text" and child.content:
            found = _align(content, child.content, at, out, budget)
            if found is None:
                return []
            at = found
        elif child.type in _DELIMITERS and child.markup:
            where = content.find(child.markup, at)
            if where < 0:
                return []
            out.append((where, where + len(child.markup), ""))
            at = where + len(child.markup)
        elif child.type == "html_inline" and _UNSEEN_HTML.match(child.content):
            where = content.find(child.content, at)
            if where < 0:
                return []
            out.append((where, where + len(child.content), ""))
            at = where + len(child.content)
        elif child.type in _BREAKS:
            where = content.find("\n", at)
            at = where + 1 if where >= 0 else at
        # code, HTML, link and image tokens: their source is passed over by the next search
    return [e for e in out if content[e[0] : e[1]] != e[2]]


def _align(content: str, shown: str, start: int, out: list[Edit], budget: list[int]) -> int | None:
    """Align the text ``shown`` with ``content`` from the first place at or after ``start``
    where it aligns; edits for escapes and entities go to ``out``. The end, or None (also when
    the ``budget`` of steps is spent)."""
    first = shown[0]
    at = start
    while at < len(content):
        if content[at] in (first, "\\", "&"):
            found: list[Edit] = []
            end = _align_at(content, shown, at, found, budget)
            if end is not None:
                out.extend(found)
                return end
            if budget[0] < 0:
                return None
        at += 1
    return None


def _align_at(content: str, shown: str, at: int, out: list[Edit], budget: list[int]) -> int | None:
    """``shown`` read from ``content[at:]`` exactly, but for escapes and entities."""
    i = 0
    while i < len(shown):
        budget[0] -= 1
        if at >= len(content) or budget[0] < 0:
            return None
        ch = content[at]
        if ch == shown[i]:
            at, i = at + 1, i + 1
            continue
        if ch == "\\" and at + 1 < len(content) and content[at + 1] == shown[i]:
            out.append((at, at + 1, ""))  # an escape: the backslash is not shown
            at, i = at + 2, i + 1
            continue
        m = _ENTITY.match(content, at) if ch == "&" else None
        if m is not None:
            decoded = html.unescape(m.group())
            if decoded and shown.startswith(decoded, i):
                out.append((m.start(), m.end(), decoded))
                at, i = m.end(), i + len(decoded)
                continue
        return None
    return at


@dataclass(frozen=True, slots=True)
class Visible:
    """The text shown, and for each of its characters the draft range it comes from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def place(self, start: int, end: int) -> tuple[int, int]:
        """The draft range of the shown range ``[start, end)``."""
        if start >= len(self.starts):
            last = self.ends[-1] if self.ends else 0
            return last, last
        return self.starts[start], self.ends[end - 1] if end > start else self.starts[start]


def visible(text: str, changes: Sequence[Edit]) -> Visible | None:
    """``text`` with ``changes`` (draft offsets, not overlapping) applied; None for none."""
    if not changes:
        return None
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for start, end, replacement in sorted(changes):
        if start < at:
            continue  # overlapping: the first wins
        parts.append(text[at:start])
        starts.extend(range(at, start))
        ends.extend(range(at + 1, start + 1))
        parts.append(replacement)
        starts.extend([start] * len(replacement))
        ends.extend([end] * len(replacement))
        at = end
    parts.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return Visible("".join(parts), tuple(starts), tuple(ends))
