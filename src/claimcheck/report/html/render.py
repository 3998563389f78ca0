"""Render a `Page` as one self-contained HTML file with Jinja2, autoescaping on.

The page has inline CSS and inline SVG, no script, and loads nothing at view time: its
Content-Security-Policy (``default-src 'none'``) forbids every fetch and every script, so that
even markup that slipped past escaping would neither run nor call out. Every string of the page
comes from a source, the registry or a draft and is escaped by the template (``autoescape`` is
forced on, ``StrictUndefined`` turns a misspelt field into an error instead of an empty cell).
The templates are package data (``templates/``).
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, Template

from claimcheck import __version__
from claimcheck.report.html.chart import COLOURS
from claimcheck.report.html.page import Page


@cache
def template() -> Template:
    """The report template, compiled once."""
    env = Environment(
        loader=PackageLoader("claimcheck.report.html", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = lambda n: f"{n:,}"
    return env.get_template("report.html.j2")


def render(page: Page) -> str:
    """The page as HTML text."""
    return template().render(page=page, version=__version__, colours=range(COLOURS))
