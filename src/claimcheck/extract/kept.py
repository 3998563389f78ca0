"""A source's figures as plain data, to keep between runs and to send between processes.

`verify` and `sync` need every source's figures, and extracting them (about 1 MB of text a
second) was most of their time though most sources never change. `dump` writes a source's
quantities as `marshal` bytes of plain tuples, `load` makes the same records again, some thirty
times faster than extracting them; a worker process of ``--jobs`` hands back these bytes too
(sent and read back in less than half the time of the records pickled). `made_from` is the digest of what extraction reads
of a source (its text, publication date and line numbering), and `code` the digest of what
does the reading (claimcheck's modules and data files, the lexicon among them): a kept value
is used only while both are the same (`claimcheck.io.cache.MadeCache`).
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from claimcheck.model import Dimension, Frame, Period, Quantity, Role, Span

FORMAT = 1  # the layout of a dumped quantity (`_row`)

_SPAN = ("start", "end", "line", "column", "end_line", "end_column")
_FIELDS = (
    "text", "span", "value", "low", "high", "scale", "unit", "qualifier", "hedge", "direction",
    "period", "sentence", "sentence_start", "precision", "noun", "frame",
)  # fmt: skip
_PERIOD, _FRAME = _FIELDS.index("period"), _FIELDS.index("frame")
_ROLES = {r.value: r for r in Role}
_DIMENSIONS = {d.value: d for d in Dimension}


PACKAGE = Path(__file__).resolve().parent.parent  # claimcheck's own folder


@cache
def code() -> bytes:
    """`digest_of` claimcheck's package, once a process (about 4 ms)."""
    return digest_of(PACKAGE)


def digest_of(package: Path) -> bytes:
    """A digest of the modules and data files of ``package`` as they are on disk: any change
    to the extractor, its word lists or the records it makes is another digest. Every file, not
    the extractor's alone: a list of the modules it uses would go out of date unnoticed."""
    h = hashlib.blake2b(FORMAT.to_bytes(2, "little"), digest_size=32)
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
            h.update(path.relative_to(package).as_posix().encode() + b"\0")
            h.update(path.read_bytes() + b"\0")
    return h.digest()


def made_from(
    text: str, published: str | None, first_line: int, lines: Sequence[int] | None
) -> bytes:
    """A digest of what extraction reads of a source (what `claimcheck.extract.stream` takes).
    (Written with repr, not marshal: marshal's bytes for equal values depend on how the objects
    are shared, so that equal inputs could have two digests.)"""
    head = repr((published, first_line, tuple(lines) if lines is not None else None))
    h = hashlib.blake2b(head.encode("utf-8", "surrogatepass"), digest_size=32)
    h.update(b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.digest()


ROWS = 1_000  # quantities dumped at a time: a large source's rows are never all made at once

Dumped = tuple[bytes, ...]  # `ROWS` quantities a piece


def dump(quantities: Sequence[Quantity]) -> Dumped:
    """``quantities`` as bytes that `load` reads back equal."""
    return tuple(
        marshal.dumps([_row(q) for q in quantities[at : at + ROWS]])
        for at in range(0, len(quantities), ROWS)
    )


def _row(q: Quantity) -> tuple[Any, ...]:
    s, p, f = q.span, q.period, q.frame
    return (
        q.text, (s.start, s.end, s.line, s.column, s.end_line, s.end_column), q.value, q.low,
        q.high, q.scale, q.unit, q.qualifier, q.hedge, q.direction,
        (p.label, p.first, p.last) if p is not None else None,
        q.sentence, q.sentence_start, q.precision, q.noun,
        (f.entity, f.measure, f.role.value, f.dimension.value) if f is not None else None,
    )  # fmt: skip


# Records are made without their __init__ (as pickle makes them: these are frozen dataclasses
# with slots and no checks in __init__), each field set by its slot: a third of the time.
_SET_SPAN = [getattr(Span, name).__set__ for name in _SPAN]
_SET_QUANTITY = [getattr(Quantity, name).__set__ for name in _FIELDS]
_new = object.__new__


def load(data: Dumped, shared: dict[Any, Any] | None = None) -> list[Quantity]:
    """The quantities `dump` wrote; equal periods and frames are one object (``shared``: kept
    across calls, as `claimcheck.project` keeps a source's figures compact)."""
    keep = shared if shared is not None else {}
    out: list[Quantity] = []
    for row in (row for piece in data for row in marshal.loads(piece)):
        span = _new(Span)
        for put, value in zip(_SET_SPAN, row[1], strict=True):
            put(span, value)
        period, frame = row[_PERIOD], row[_FRAME]
        if period is not None:
            period = keep.get(period) or keep.setdefault(period, Period(*period))
        if frame is not None:
            frame = keep.get(frame) or keep.setdefault(
                frame, Frame(frame[0], frame[1], _ROLES[frame[2]], _DIMENSIONS[frame[3]])
            )
        values = list(row)
        values[1], values[_PERIOD], values[_FRAME] = span, period, frame
        q = _new(Quantity)
        for put, value in zip(_SET_QUANTITY, values, strict=True):
            put(q, value)
        out.append(q)
    return out


class Compact:
    """A source's figures with what they share held once: equal periods and frames are one
    object, short texts interned, a scale of 1 one float, a span's line one int (a figure costs about a third less:
    a source's figures are held until its claims are made, and there may be 100,000s)."""

    def __init__(self) -> None:
        self.shared: dict[object, object] = {}

    def __call__(self, m: Quantity) -> Quantity:
        import dataclasses
        import sys

        keep = self.shared.setdefault
        text, span = m.text, m.span
        if span.end_line == span.line and span.end_line is not span.line:
            span = dataclasses.replace(span, end_line=span.line)  # one int, not two alike
        return dataclasses.replace(
            m,
            span=span,
            text=sys.intern(text) if len(text) < 40 else text,
            scale=_ONE if m.scale == 1.0 else m.scale,
            unit=sys.intern(m.unit) if m.unit else m.unit,
            noun=sys.intern(m.noun) if m.noun else m.noun,
            period=keep(m.period, m.period) if m.period is not None else None,  # type: ignore[arg-type]
            frame=keep(m.frame, m.frame) if m.frame is not None else None,  # type: ignore[arg-type]
        )


_ONE = 1.0
