"""The scale written after a figure: " billion", "-million", "bn", "5 lakh crore", "10M".

A scale word may be followed by a larger one that multiplies it ("3 hundred thousand") and by
the smaller figure that completes it ("3 million and a half", "4 thousand 3 hundred and 21",
read by `compound.completion`). A one-letter suffix is a scale only where nothing makes it a
unit: "352.5m" is millions beside a currency, "90m" alone metres, "1.2m residents" millions.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claimcheck.extract import compound
from claimcheck.extract.cursor import Cursor

Scaled = tuple[int, Decimal, Decimal | None, int]  # scale, value, precision, end


# the other end of a range of millions: "15.5m-16m", "14m to 15m"
_M_NEXT = re.compile(r"(?:\s*[-\u2013]\s*|\s+to\s+)\d[\d.,]*m(?![A-Za-z])")


def scale_after(
    c: Cursor, start: int, value: Decimal, precision: Decimal | None, end: int, currency: bool
) -> Scaled:
    """The scale after the figure at ``start`` whose digits or words end at ``end``, the value
    and precision with what completes it added (before the scale applies), and where it ends."""
    text, lex, pats = c.text, c.lex, c.pats
    sm = pats.scale_after.match(text, end)
    if not sm:
        return 1, value, precision, end
    if sm.group("scale"):
        scale = lex.scale_words[sm.group("scale").lower()]
        # "3 hundred thousand", "5 lakh crore": a larger scale word after multiplies it
        while (more := pats.scale_after.match(text, sm.end())) and more.group("scale"):
            larger = lex.scale_words[more.group("scale").lower()]
            if larger <= scale:
                break
            scale *= larger
            sm = more
        done = compound.completion(c, start, sm.end(), scale, currency)
        if done is None:
            return scale, value, precision, sm.end()
        added, step, stop = done  # "3 million and a half", "4 thousand 3 hundred and 21"
        return scale, value + added / scale, precision if step is None else step / scale, stop
    if sm.group("exact"):  # "10M", "US$ 1MM": millions, never metres
        return lex.scale_suffixes["m"], value, precision, sm.end()
    suffix = (sm.group("suffix") or sm.group("spaced_suffix")).lower()
    # "352.5m" is millions beside a currency; without one, "90m" is metres, and "5b" a clause
    # number, but "1.2b" is billions
    restricted = suffix in ("m", "t") or (suffix == "b" and precision in (None, 1))
    # "1.2m residents", "1.84m TEU", "5m tonnes": millions of what follows
    after = sm.end()
    if suffix == "m" and (joined := _M_NEXT.match(text, after)):
        after = joined.end()  # "15.5m-16m passengers": both ends are millions of them
    unit = pats.unit_after.match(text, after) if suffix == "m" else None
    counts = suffix == "m" and (
        pats.counted_after.match(text, after) is not None
        or (unit is not None and unit.group("unit").strip().lower() not in ("in", "m", "at"))
    )
    if restricted and not counts and not currency and not pats.currency_after.match(text, sm.end()):
        return 1, value, precision, end
    return lex.scale_suffixes[suffix], value, precision, sm.end()
