"""Reader for plain-text and Markdown sources with optional YAML front matter.

A source's id is ``id`` in its front matter, else its file name without suffix; it must be a
plain name (letters, digits, ``.``, ``_``, ``-``; no folder) because it names the source's
registry file ``claims/<id>.yaml``. Front matter is read and checked by
`claimcheck.sources.frontmatter`, shared with the HTML reader.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.sources import Source, frontmatter


def read(content: str, path: Path, display: str) -> Source:
    """A `Source` from a text file's content; its id is ``id`` in front matter or the file stem."""
    meta, body, first_line = frontmatter.split(content, display)
    given = frontmatter.fields(meta, content, display, path.stem)
    return Source(
        id=given["id"] or path.stem,
        path=display,
        text=body,
        first_line=first_line,
        meta=meta,
        title=given.get("title"),
        publisher=given.get("publisher"),
        published=given.get("published"),
        author=given.get("author"),
        url=given.get("url"),
    )
