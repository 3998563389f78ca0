"""report.html.render: every string of the page escaped, no script, nothing loaded.

A `Page` is built with every text field, at every depth, set to markup that would run or break
out of an attribute if it were not escaped (`PAYLOAD`, tagged with the field's name); the
rendered page must have no script element, no event-handler attribute, and must show each
payload as text.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from typing import Any

import lxml.html

from claimcheck.report.html import page as records
from claimcheck.report.html.render import render

PAYLOAD = """<script>document.title='pwned'</script>"><img src=x onerror="alert(1)">'"&amp;"""


def hostile(cls: type, name: str = "") -> Any:
    """An instance of a page record with every text field at every depth hostile."""
    hints = typing.get_type_hints(cls)
    values = {f.name: fill(hints[f.name], f"{name}.{f.name}") for f in dataclasses.fields(cls)}
    return cls(**values)


def fill(kind: Any, name: str) -> Any:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (types.UnionType, typing.Union):
        return fill(next(a for a in args if a is not type(None)), name)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return (fill(args[0], name),)
        return tuple(fill(a, f"{name}[{n}]") for n, a in enumerate(args))
    if kind is str:
        return f"{PAYLOAD}{name}"
    if kind is bool:
        return True
    if kind in (int, float):
        return 3
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind))
    return hostile(kind, name)


def texts(page: records.Page) -> list[str]:
    """Every text field's value, as `fill` made them."""
    out = []

    def walk(value: Any) -> None:
        if isinstance(value, str) and value.startswith(PAYLOAD):
            out.append(value)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, tuple):
            for item in value:
                walk(item)

    walk(page)
    return out


def test_every_field_is_escaped() -> None:
    page = hostile(records.Page, "page")
    html = render(page)
    doc = lxml.html.document_fromstring(html)
    assert doc.xpath("//script") == [] and doc.xpath("//img") == [] and doc.xpath("//iframe") == []
    handlers = [
        a
        for el in doc.iter()
        if isinstance(el.tag, str)
        for a in el.attrib
        if a.lower().startswith("on")
    ]
    assert handlers == []
    assert doc.findtext(".//title").startswith("<script>document.title='pwned'</script>")
    shown = doc.text_content() + " ".join(
        v for el in doc.iter() if isinstance(el.tag, str) for v in el.attrib.values()
    )
    fields = texts(page)
    assert len(fields) > 40
    # every field reached the page (as text or as an attribute's value), whole and unbroken
    missing = [f.removeprefix(PAYLOAD) for f in fields if f not in shown]
    # not shown on purpose: a brief conflict is one line (no passages, no settlement), a mark
    # shows its own text and its note's tooltip (the footnote list shows the rest), and the
    # status columns are headed once, by the page's statuses
    brief = {f"page.brief.{k}" for k in ("note", "trust")} | {
        f"page.brief.sides.{k}"
        for k in ("after", "before", "claim", "figure", "source", "source_title", "text")
    }
    marks = {f"page.drafts.segments.note.{k}" for k in ("claim", "source", "source_title", "text")}
    assert set(missing) == brief | marks | {"page.sources.statuses[0]"}


def test_nothing_is_loaded_and_nothing_runs() -> None:
    html = render(hostile(records.Page, "page"))
    head = lxml.html.document_fromstring(html).find("head")
    policy = head.xpath("meta[@http-equiv='Content-Security-Policy']/@content")
    assert policy == ["default-src 'none'; style-src 'unsafe-inline'; img-src data:"]
    assert "<link" not in html and "@import" not in html and "url(" not in html
