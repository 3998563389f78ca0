"""Reader for HTML pages: the main text only, without menus, share buttons and footers.

Uses trafilatura, which is made for exactly this (boilerplate removal and metadata); imported
lazily because it is slow to import and only HTML sources need it. Line numbers of an HTML
source refer to the extracted text, which is what claims quote. When trafilatura cannot be
imported (it needs ``lxml_html_clean`` with lxml 5.2 or later), an HTML source is an
`InputError` naming the file, not a traceback.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.sources import Source


def read(content: str, path: Path, display: str) -> Source:
    """A `Source` from an HTML page: main text via trafilatura, metadata from the page."""
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml >= 5.2 without lxml_html_clean
        raise InputError(f"cannot read HTML: trafilatura does not import ({exc.msg.splitlines()[0]})", display) from exc

    text = trafilatura.extract(content, include_comments=False, include_tables=True)
    if not text:
        raise InputError("no main text found in HTML page", display, 1)
    meta = trafilatura.extract_metadata(content)
    return Source(
        id=path.stem,
        path=display,
        text=text,
        title=getattr(meta, "title", None),
        publisher=getattr(meta, "sitename", None),
        published=getattr(meta, "date", None),
        author=getattr(meta, "author", None),
        url=getattr(meta, "url", None),
    )
