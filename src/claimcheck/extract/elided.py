"""A bare scaled figure compared with money is money of the same currency.

"fell to 210 million crowns from 480 million", "reached 4.1 billion Norwegian crowns, beating
analysts' forecast of 3.7 billion", "revenue of $8.2bn against $7.9bn expected" leave out the
second figure's currency; read alone, "480 million" counts nothing. A figure with a scale word
("million", "billion"), no unit and no noun of its own, right after a word of comparison
("from", "than", "against", "versus", "compared with", "a forecast of"), takes the currency of
the last money figure of its sentence. Other bare figures keep no unit: "GDP reached $2
trillion and its population 50 million" is no money.

Our own few lines: no library reads an elided unit from the figure before it.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Set

from claimcheck.extract.item import Item

# right before a bare figure: a comparison with the money before it
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|against|versus|vs\.?|compared\s+with|compared\s+to"
    r"|(?:forecasts?|estimates?|expectations?|consensus|guidance|target)\s+of)\s+"
    r"(?:(?:a|an|the|about|around|some|nearly|almost)\s+)*$",
    re.I,
)
_REACH = 48  # characters before a bare figure read for its comparison word


def borrowed(
    items: list[Item], text: str, seg_starts: list[int], currencies: Set[str]
) -> list[Item]:
    """``items``, each bare scaled figure compared with money given that money's currency."""
    last: dict[int, str] = {}  # sentence -> the currency of its last money figure
    out = []
    for item in items:
        seg = max(0, bisect.bisect_right(seg_starts, item.start) - 1)
        if (
            item.kind == "quantity"
            and item.unit is None
            and item.noun is None
            and item.scale > 1
            and seg in last
            and _COMPARED_BEFORE.search(text, max(0, item.start - _REACH), item.start)
        ):
            item = dataclasses.replace(item, unit=last[seg])
        if item.kind == "quantity" and item.unit is not None and item.unit in currencies:
            last[seg] = item.unit
        out.append(item)
    return out
