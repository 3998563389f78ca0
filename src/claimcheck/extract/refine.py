"""Second readings of figures that need the words around them or the figure beside them.

- **Ages** are in years: after "aged" or "age" ("aged 17", "aged between 18 and 24", "a median
  age of 67", "to age 11"), after a person and a comma ("the defendant, 34,"), "children under
  five"; a decade of a life is a range ("in his 40s": 40..49 years), "the under-25s" a bound
  (25 years, ``<``). A figure read with a unit of its own is left as it is.
- **Counted nouns** are the noun phrase up to its plural head, past adjectives and a name ("18
  consecutive matches", "8.5 million Windows devices"): the head is its last word; a verb after a
  figure ("magnitude 5.1 rattled") is no noun.
- **Partitives** count what the figure after them counts ("11 of their last 12 games": games).
- **Points** beside a percentage are percentage points ("Turnout was 67.3%, up 1.2 points"),
  unless an index level is in the sentence ("added 312 points, or 1.8%, to 17,650") or the
  points restate a percentage change ("fell 52 points, or 0.7%").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import string
from decimal import Decimal

from claimcheck.extract.item import Item
from claimcheck.extract.noun_phrase import noun_phrase, plural_word
from claimcheck.lexicon import Lexicon

_DECADE = re.compile(r"[1-9]0s")  # "in his 40s"
_GROUP_AGE = re.compile(r"[1-9]\ds")  # "the under-25s"
_LIFE_DECADE = re.compile(
    r"\bin\s+(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?$", re.I
)
_BOUND_GROUP = re.compile(r"\b(?:the\s+)?(under|over)-$", re.I)
_PARTITIVE = re.compile(
    r"\s+of\s+(?:(?:the|their|its|his|her|our|these|those)\s+)?(?:(?:last|first|next|past|top|remaining)\s+)?$",
    re.I,
)
# a part of a whole the sentence names: "Eighteen of its stations are underground"
# ("About 5.3 million of Portugal's visitors in 2023 were British", "10,830 of the new cars sold
# in Vestria were fully electric": a place, time or participle may come between)
_BETWEEN = (
    r"(?:\s+(?:in|on|at|from|for|across|during|last|this|sold|bought|built|made|registered|surveyed|polled"
    r"|questioned|employed|tested|affected|treated|admitted)(?:\s+[\w'-]+){1,4}?)?"
)
_PART_OF_WHOLE = re.compile(
    r"\s+of\s+(?:its|their|his|her|our|these|those|the|[A-Z][\w-]*'s)\s+(?:[a-z]+'s\s+)?"
    r"(?:\d[\d,]*\s+)?((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b"
    rf"(?:{_BETWEEN}\s+(?:are|were|remain|remained|stay)\s+(?:[a-z]+ly\s+)?([A-Za-z][\w-]*)\b"
    r"|(?=\s+(?:is|was|have|had|will|would|could|can|[a-z]{3,}ed)\b|[,.;]))",
)


def part_said(text: str, figure: str) -> str | None:
    """What the part of a whole ``figure`` counts is said to be ("5.3 million of Portugal's
    visitors were British": "British"), or None when the figure is no such part."""
    at = text.find(figure)
    part = None if at < 0 else _PART_OF_WHOLE.match(text, at + len(figure))
    return None if part is None else part.group(2)


# the rest of a whole after a part of it: "Eighteen of its stations are underground and four
# are elevated"
_REST_OF_WHOLE = re.compile(r"\s+(?:are|were)\s+([a-z][\w-]*)\b")
_REST_BEFORE = re.compile(r"\s+of\s+[^,;.\d]{1,60}?\s+(?:are|were)\s+[a-z][\w-]*,?\s+and\s+")


def _part_of_whole(
    text: str, item: Item, lex: Lexicon, plural: frozenset[str], before: Item | None
) -> Item:
    """A count of part of a whole ("Eighteen of its stations"): it counts the whole's noun,
    as what the part is said to be ("Eighteen of its stations are underground": underground
    stations; "Three of the victims were children": children); so does the rest after it
    ("... and four are elevated": elevated stations)."""
    part = _PART_OF_WHOLE.match(text, item.end)
    if part is None and before is not None and before.noun is not None:
        rest = _REST_OF_WHOLE.match(text, item.end)
        if rest is not None and _REST_BEFORE.fullmatch(text, before.end, item.start):
            whole = before.noun.split()[-1]
            said = rest.group(1)
            return dataclasses.replace(
                item, noun=said if plural_word(said, lex, plural) else f"{said} {whole}"
            )
    if part is None or not plural_word(part.group(1).split()[-1], lex, plural):
        return item
    noun, said = part.group(1), part.group(2)
    if said is not None:
        noun = said if plural_word(said, lex, plural) else f"{said} {noun}"
    return dataclasses.replace(item, noun=noun)


_TALLY = re.compile(r"\s+(votes?|seats?)\s+to\s+", re.I)
_APPOSED = re.compile(r"(?:\s+points?\b)?[\s,]*(?:or|and)?[\s,(]*", re.I)
_TENS = Decimal(9)
_compiled: dict[
    int, tuple[Lexicon, re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]
] = {}


def _patterns(
    lex: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The lexicon's age cues, compiled once per lexicon."""
    found = _compiled.get(id(lex))
    if found is None or found[0] is not lex:
        w = lex.words
        alt = "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(w.age_before, key=len, reverse=True)
        )
        people = "|".join(re.escape(p) for p in sorted(w.person_nouns, key=len, reverse=True))
        hedge = r"(?:(?:about|around|just|nearly|almost|under|over|between|from)\s+)?"
        age = re.compile(rf"\b(?:{alt})\s+{hedge}$", re.I)
        apposed = re.compile(rf"(?:\b(?:{people})|\b[A-Z][a-z]+)\s*,\s*(?:now\s+)?$", re.I)
        bound = re.compile(rf"\b(?:{people})\s+(?:aged\s+)?(under|over)\s+$", re.I)
        plural = frozenset(p.lower() for p in w.plurals_without_s)
        found = _compiled[id(lex)] = (lex, age, apposed, bound, plural)
    return found[1], found[2], found[3], found[4]


def refine(text: str, lex: Lexicon, items: list[Item], seg_starts: list[int]) -> list[Item]:
    """``items`` with their ages, counted nouns, partitives and points read again."""
    age, apposed, bound, plural = _patterns(lex)
    out: list[Item] = []
    kept: dict[int, int] = {}  # an item's index before and after the dropped ones
    for index, item in enumerate(items):
        if not _bond(text, item, lex) and not _no_figure(text, item, out[-1] if out else None):
            if item.conversion_of is not None:
                # a conversion names its source by index: it moves with the dropped items
                item = dataclasses.replace(item, conversion_of=kept.get(item.conversion_of))
            kept[index] = len(out)
            out.append(item)
    for i, item in enumerate(out):
        if item.kind != "quantity":
            continue
        item = _age(text, item, lex, (age, apposed, bound), plural)
        item = _occasions(text, item)
        if item.unit is None and item.noun is not None:
            item = dataclasses.replace(item, noun=noun_phrase(text, item, lex, plural))
        elif (
            item.unit is None
            and item.noun is None
            and i
            and (tally := _TALLY.fullmatch(text, out[i - 1].end, item.start))
        ):
            item = dataclasses.replace(item, noun=tally.group(1))  # "by 68 votes to 32"
        elif item.unit is None and item.noun is None and i + 1 < len(out):
            nxt = out[i + 1]
            if nxt.noun is not None and _PARTITIVE.fullmatch(text, item.end, nxt.start):
                item = dataclasses.replace(item, noun=nxt.noun)  # "11 of their last 12 games"
        if item.unit is None and item.noun is None:
            item = _part_of_whole(text, item, lex, plural, out[i - 1] if i else None)
        if item.unit is None and item.noun is None and item.scale > 1 and i:
            item = _currency_of_whole(text, item, out[i - 1], lex)
        if item.unit and _PER_SHARE_BEFORE.search(text, max(0, item.start - 40), item.start):
            item = _per_share(item, lex)
        out[i] = item
    return _rates(text, lex, _points(text, out, seg_starts))


# "earnings per share of 68 cents", "per-share earnings of $1.20": money per share, named first
_PER_SHARE_BEFORE = re.compile(r"\bper[\s-]share\s+(?:[a-z]+\s+)?(?:of|was|were|at|to)\s+$", re.I)


def _per_share(item: Item, lex: Lexicon) -> Item:
    unit = item.unit or ""
    if "_per_" in unit or not lex.dimension(unit).startswith("money:"):
        return item
    return dataclasses.replace(item, unit=f"{unit}_per_share")


# "scored 31 times in the league", "has been arrested 12 times": occasions, counted; not a
# multiple ("2.7 times the growth", "three times as likely", "rose fourfold")
_TIMES = re.compile(r"\btimes$", re.I)
_OCCASIONS_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:in|this|last|since|during|so|a|per|each|every|before|after|at|"
    r"on|for|against|already|now|while|and|but|when|out|to\s+date)\b",
    re.I,
)
_MULTIPLIED_BEFORE = re.compile(
    r"\b(?:rose|risen|rise|rises|grew|grown|grow|grows|increased|increase|jumped|expanded|surged|"
    r"climbed|soared|multiplied|up|by|about|nearly|almost|roughly|some|around|over)\s+$",
    re.I,
)


def _occasions(text: str, item: Item) -> Item:
    """A count of occasions written "N times" ("scored 31 times this season") is a count with
    the noun "times", no multiple."""
    if item.unit != "times" or not _TIMES.search(text, item.start, item.end):
        return item
    if not _OCCASIONS_AFTER.match(text, item.end):
        return item
    if _MULTIPLIED_BEFORE.search(text, max(0, item.start - 30), item.start):
        return item
    return dataclasses.replace(item, unit=None, noun="times")


# what joins a change to the level it arrives at, or the two ends of a move: "by 8p a litre to",
# "from £1.20 to", "$1.34, or 1.7%, to"
_RATE_JOIN = re.compile(
    r"\s+to\s+|\s*,\s*or\s+[^,]{1,24},\s*to\s+|,?\s+(?:from|compared\s+with)\s+"
    # "68 cents a share beat analysts' estimates of 64 cents": the estimate is a share's too
    r"|,?\s+(?:beat|beating|missed|missing|topped|topping|exceeded|exceeding)\s+[^,.;\d]{0,40}?"
    r"\b(?:of|for)\s+",
    re.I,
)


def _rates(text: str, lex: Lexicon, items: list[Item]) -> list[Item]:
    """A rate written once applies to both money figures of a move: "rose $1.34, or 1.7%, to
    $80.12 a barrel" is two amounts a barrel, "fell by 8p a litre to 142.5p" too."""
    for i, item in enumerate(items):
        if item.kind != "quantity" or item.unit is None:
            continue
        for j in (i + 1, i + 2):
            other = items[j].unit if j < len(items) and items[j].kind == "quantity" else None
            if other is None or item.unit is None:
                continue
            if not _RATE_JOIN.fullmatch(text, item.end, items[j].start):
                continue
            a, b = item.unit, other
            if a != b and "_per_" in b and a == b.split("_per_")[0]:
                a = b
            elif a != b and "_per_" in a and b == a.split("_per_")[0]:
                b = a
            if a != b or not lex.dimension(a.split("_per_")[0]).startswith("money:"):
                continue
            items[i] = item = dataclasses.replace(item, unit=a)
            items[j] = dataclasses.replace(items[j], unit=b)
    return items


_SPAN_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our)\s+(?:first|next|last|past|coming|previous|following|final)\s+$",
    re.I,
)
_TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "decade"])
_RATE_BASE = re.compile(r"\b(?:per|for\s+every|for\s+each)\s+$", re.I)


def _no_figure(text: str, item: Item, before: Item | None) -> bool:
    """No figure to check: a span of time named from now or from an event ("over the next five
    years", "the first six months of the scheme"), the base of a rate ("4.1 offences per 1,000
    residents"), a spelled number in a name mid-sentence ("at Six Nations matches"), a number
    inside the noun a count counts ("21 three-pointers")."""
    if item.kind != "quantity":
        return False
    left = text[max(0, item.start - 30) : item.start]
    if item.unit in _TIME_UNITS and item.low is None and _SPAN_BEFORE.search(left):
        return True
    if item.unit is None and item.value is not None and _RATE_BASE.search(left):
        v = item.value
        return v >= 100 and v == v.to_integral_value() and str(int(v)).rstrip("0") == "1"
    word = text[item.start : item.end]
    if (
        word.isalpha()
        and word[0].isupper()
        and re.search(r"(?:^|\s)[a-z]+\s+$", left)
        and re.match(r"\s+[A-Z][a-z]", text[item.end : item.end + 3])
    ):
        return True  # "Attendance at Six Nations matches": a name, not six
    return (
        before is not None
        and before.kind == "quantity"
        and text[before.end : item.start] == " "
        and text.startswith("-", item.end)
        and word.isalpha()
    )  # "21 three-pointers": the noun's own number


def _bond(text: str, item: Item, lex: Lexicon) -> bool:
    """ "the 10-year Treasury", "ten-year gilts": a maturity that names a bond, no figure."""
    if item.kind != "quantity" or item.unit != "year" or not text.endswith("-year", 0, item.end):
        return False
    after = re.match(r"\s+([a-z]+(?:\s+costs)?)", text[item.end : item.end + 24], re.I)
    return after is not None and after.group(1).lower() in lex.words.bond_nouns


def _age(
    text: str,
    item: Item,
    lex: Lexicon,
    cues: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]],
    plural: frozenset[str],
) -> Item:
    """The item as an age in years, where its words make it one."""
    age, apposed, bound = cues
    left = text[max(0, item.start - 40) : item.start]
    if (
        item.unit == "second"
        and _GROUP_AGE.fullmatch(text, item.start, item.end)
        and item.value is not None
    ):
        if _LIFE_DECADE.search(left) and _DECADE.fullmatch(text, item.start, item.end):
            return dataclasses.replace(
                item, value=None, low=item.value, high=item.value + _TENS, unit="year", noun=None
            )
        side = _BOUND_GROUP.search(left)
        if side:  # "the under-25s"
            return dataclasses.replace(
                item,
                unit="year",
                qualifier="<" if side.group(1).lower() == "under" else ">",
                noun=None,
            )
        return item
    if item.unit is not None:
        return item
    if _age_cue_ends(lex).match(left.rstrip()[-1:] or " ") is None:
        return item  # no cue ends right before it ("6.8 6.8 6.8"): its patterns need not run
    if age.search(left):
        return dataclasses.replace(item, unit="year", noun=None)
    value = item.value
    if (
        value is not None
        and value == value.to_integral_value()
        and 0 < value <= 120
        and apposed.search(left)
        and re.match(r"\s*,", text[item.end : item.end + 3])
    ):
        return dataclasses.replace(item, unit="year", noun=None)  # "the defendant, 34, had"
    side = bound.search(left)
    if side and (
        item.noun is None or not plural_word(item.noun, lex, plural)
    ):  # "children under 5"
        qualifier = (
            item.qualifier
            if item.qualifier != "="
            else ("<" if side.group(1).lower() == "under" else ">")
        )
        return dataclasses.replace(item, unit="year", qualifier=qualifier)
    return item


@functools.lru_cache(maxsize=8)
def _age_cue_ends(lex: Lexicon) -> re.Pattern[str]:
    """The characters an age cue can end with before the figure's blanks, ignoring case: a
    word's last letter (an age word, a hedge, "under", "now") or an apposition's comma."""
    ends = set(string.ascii_letters + ",") | {p.rstrip()[-1:] for p in lex.words.age_before} - {""}
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(ends)) + "]", re.IGNORECASE)


# between an amount of money and a bare scaled part of it: "120 million dollars worldwide ...,
# including 45 million in North America"
_INCLUDING = re.compile(
    r"[^.;:\d]{0,60},\s+(?:including|of\s+which|with)\s+(?:about\s+|some\s+|nearly\s+)?"
)


def _currency_of_whole(text: str, item: Item, before: Item, lex: Lexicon) -> Item:
    """A bare scaled figure that a sum of money before it includes is of its currency."""
    if before.unit is None or before.unit not in lex.currency_codes:
        return item
    if not _INCLUDING.fullmatch(text, before.end, item.start):
        return item
    return dataclasses.replace(item, unit=before.unit)


def _points(text: str, items: list[Item], seg_starts: list[int]) -> list[Item]:
    """Points of a percentage: "up 1.2 points" beside "67.3%" is 1.2 percentage points."""
    for i, item in enumerate(items):
        if (
            item.kind != "quantity"
            or item.unit is not None
            or (item.noun or "").lower() not in ("point", "points")
        ):
            continue
        seg = bisect.bisect_right(seg_starts, item.start)
        lo = seg_starts[seg - 1] if seg else 0
        hi = seg_starts[seg] if seg < len(seg_starts) else len(text)
        same = [
            j for j, o in enumerate(items) if o.kind == "quantity" and j != i and lo <= o.start < hi
        ]
        if not any(items[j].unit == "percent" for j in same):
            continue
        if any(
            items[j].unit is None and items[j].noun is None and items[j].low is None for j in same
        ):
            continue  # an index level: "to 17,650"
        near = [j for j in (i - 1, i + 1) if j in same and items[j].unit == "percent"]
        if any(
            _APPOSED.fullmatch(
                text, *sorted((items[j].end, item.start) if j < i else (item.end, items[j].start))
            )
            for j in near
        ):
            continue  # "fell 52 points, or 0.7%": the same change twice
        items[i] = dataclasses.replace(item, unit="percentage_point", noun=None)
    return items
