"""Reader for HTML pages: the main text only, without menus, share buttons and footers.

Uses trafilatura, which is made for exactly this (boilerplate removal and metadata); imported
lazily because it is slow to import and only HTML sources need it. When trafilatura cannot be
imported (it needs ``lxml_html_clean`` with lxml 5.2 or later), an HTML source is an
`InputError` naming the file, not a traceback.

*Line numbers* refer to the HTML file: a source's text is trafilatura's extracted text, one
paragraph (or list item, table row, heading) a line, and each of its lines is found again in the
page (`line_map`: its first characters, ignoring whitespace and markup, searched in the page's
text with tags stripped and entities unescaped), so a mention's ``line`` is the line of the HTML
file where its paragraph starts. A line that cannot be found there keeps its line number in the
extracted text. Columns count characters in the extracted line.

*Metadata* comes from the page: title, site name, author, URL, and ``published`` only when the
page states it (meta tags such as ``article:published_time``, JSON-LD, ``<time>``, a date
element, the URL: htmldate without its extensive search, so that a "Copyright 2024" footer is
not taken for a publication date). A page may start with the same YAML front matter as a text
source (``---`` lines, read by `claimcheck.sources.frontmatter`); its fields (``id``,
``title``, ``published``...) override the page's, and ``published: null`` says the page has no
date. Front matter lines count in line numbers, as in a text source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.sources import Source, frontmatter

_SKIP = frozenset({"head", "title", "script", "style", "noscript", "template", "svg"})
_SPACE = re.compile(r"\s+")
_MARKER = re.compile(r"\A(?:[-*#>]+\s+)")  # trafilatura's list, heading and quote markers
_KEYS = (40, 16)  # characters of a line to look for (without whitespace), then fewer


def read(content: str, path: Path, display: str) -> Source:
    """A `Source` from an HTML page: main text via trafilatura, metadata from the page."""
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml >= 5.2 without lxml_html_clean
        raise InputError(
            f"cannot read HTML: trafilatura does not import ({exc.msg.splitlines()[0]})", display
        ) from exc

    meta, page, first_line = frontmatter.split(content, display)
    given = frontmatter.fields(meta, content, display, path.stem)
    text = trafilatura.extract(page, include_comments=False, include_tables=True)
    if not text:
        raise InputError("no main text found in HTML page", display, first_line)
    found = trafilatura.extract_metadata(page, extensive=False)
    stated = {
        "title": getattr(found, "title", None),
        "publisher": getattr(found, "sitename", None),
        "published": getattr(found, "date", None),
        "author": getattr(found, "author", None),
        "url": getattr(found, "url", None),
    }
    if stated["published"] and frontmatter.published_problem(stated["published"]):
        stated["published"] = None  # not a date we can use; never a guess
    stated.update({key: value for key, value in given.items() if key in frontmatter.FIELDS})
    return Source(
        id=given["id"] or path.stem,
        path=display,
        text=text,
        first_line=first_line,
        title=stated["title"],
        publisher=stated["publisher"],
        published=stated["published"],
        author=stated["author"],
        url=stated["url"],
        meta=meta,
        lines=line_map(text, page, first_line),
    )


def line_map(text: str, page: str, first_line: int = 1) -> tuple[int, ...]:
    """The file line of each line of ``text`` (extracted from ``page``, which starts on file
    line ``first_line``): where the line's first characters stand in the page's text; a line
    not found keeps its own number (``first_line`` + its index)."""
    chars, lines = _page_text(page)
    out: list[int] = []
    cursor = 0
    for i, line in enumerate(text.split("\n")):
        at = _find(_key(line), chars, cursor)
        if at < 0:
            out.append(first_line + i)
            continue
        out.append(lines[at] + first_line - 1)
        cursor = at + 1
    return tuple(out)


def _key(line: str) -> str:
    line = _MARKER.sub("", line.strip())
    if line.startswith("|"):  # a table row: "| cell | cell |"
        line = line.replace("|", "")
    return _SPACE.sub("", line)


def _find(key: str, chars: str, cursor: int) -> int:
    """Where ``key`` (or, failing that, its start) stands in ``chars``: after ``cursor`` if it
    can (the text keeps the page's order), else anywhere; -1 when nowhere."""
    if not key:
        return -1
    for size in _KEYS:
        part = key[:size]
        at = chars.find(part, cursor)
        if at < 0:
            at = chars.find(part)
        if at >= 0:
            return at
    return -1


def _page_text(page: str) -> tuple[str, Sequence[int]]:
    """The page's text without tags, comments, whitespace and the ``<head>``, entities
    unescaped, and the (1-based) line of ``page`` each of its characters stands on."""
    parser = _Text()
    parser.feed(page)
    parser.close()
    return "".join(parser.chars), parser.lines


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chars: list[str] = []
        self.lines: list[int] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skipping.clear()  # a <head> never closed ends here
        elif tag in _SKIP:
            self.skipping.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        line = self.getpos()[0]
        for ch in data:
            if ch == "\n":
                line += 1
            elif not ch.isspace():
                self.chars.append(ch)
                self.lines.append(line)
