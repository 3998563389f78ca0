"""Figures that name rather than count: phone numbers, addresses, "Group of 20", "Terminal 5".

Each rule answers one question about a figure the core pattern found, from the text around it,
and is cheap enough to run on every figure: is this part of an identifier, a name, a web address,
or a period's name? Such a figure is not a quantity (a period's name is read by ``periods``).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from claimcheck.extract.fragments import alternation
from claimcheck.lexicon import Lexicon

if TYPE_CHECKING:  # annotations only
    from claimcheck.extract.cursor import Cursor
    from claimcheck.extract.item import Item

# Three or more digit groups joined by hyphens, slashes or dots ("0431-8888-1234",
# "+1-222-2222/2222", "192.168.1.2"), two groups of which the first has a leading zero
# ("0431-8888"), or a phone number written with spaces after a "+", an area code in brackets or
# a leading zero: a phone number, an address or a code, never a range or a decimal.
IDENTIFIER_CHAIN = r"""
    (?!\d+(?:\.\d+)?-\d+(?:\.\d+)?(?![-/.]?\d))     # two decimals and a dash: a range (5.25-5.5)
    \+?\d{1,6}(?:[-/.]\d{1,6}){2,}(?![\d])
    | 0\d{1,5}-\d{2,}(?![\d])
    | \+\d{1,3}(?:[\x20-]\(?\d{1,5}\)?){2,}(?![\d])      # +86 431 8888 1234
    | \(\d{2,5}\)\x20?\d{3,4}[\x20-]?\d{3,4}(?![\d])    # (0431) 8888-1234
    | 0\d{2,4}\x20\d{3,4}\x20\d{3,4}(?![\d])             # 0431 8888 1234
"""

# "Group of 20", "Group of Seven": the name of a group of countries, not a count.
NAMED_GROUP = r"(?-i:\bGroup)\s+of\s+$"

# "half" naming a period: "the first half", "second-half", "half-year", "half of the year".
HALF_PERIOD_AFTER = r"""
    -(?:year|yearly|term|time|season|century|decade)\b
    | \x20(?:year|yearly|time)\b(?!s)
    | \s+of\s+(?:the\s+|this\s+|that\s+|last\s+|next\s+)?
      (?:year|month|decade|century|season|quarter)\b
"""
# "for the half.", "in the half, ...": the half-year the text is about, written alone.
_THE_HALF_BEFORE = re.compile(r"\b(?:for|in|over|during)\s+the\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")

# "first" or "second" that, with "half" after it, names a half-year.
ORDINAL_OF_HALF = r"[\s-]+half\b"

# "came to naught", "all for nought": nothing, not the figure zero.
ZERO_IDIOM = r"\b(?:to|for)\s+$"

# A web address: figures inside it are parts of the address.
URL = r"(?:https?://|www\.)[^\s<>\"')\]]+"

_FLAGS = re.VERBOSE | re.IGNORECASE
_CHAIN = re.compile(IDENTIFIER_CHAIN, _FLAGS)
_GROUP = re.compile(NAMED_GROUP, _FLAGS)
_HALF_AFTER = re.compile(HALF_PERIOD_AFTER, _FLAGS)
_ORDINAL_HALF = re.compile(ORDINAL_OF_HALF, _FLAGS)
_URL = re.compile(URL, _FLAGS)
_ZERO_IDIOM = re.compile(ZERO_IDIOM, _FLAGS)


def identifier_end(text: str, start: int) -> int | None:
    """Where an identifier made of digit groups that starts at ``start`` ends, if one does."""
    if start and text[start - 1] in "+(":
        start -= 1  # the chain's sign or bracket comes before the first digit
    m = _CHAIN.match(text, start)
    return m.end() if m else None


def names_group(text: str, start: int) -> bool:
    """True when the figure at ``start`` is part of a name such as "Group of 20"."""
    return _GROUP.search(text, max(0, start - 12), start) is not None


def half_names_period(c: Cursor, start: int, end: int) -> bool:
    """True when the "half" at ``start``..``end`` names a period ("first half", "half-year",
    "a profit ... for the half.")."""
    return bool(
        c.pats.half_before.search(c.text, max(0, start - 10), start)
        or _HALF_AFTER.match(c.text, end)
        or (
            _THE_HALF_BEFORE.search(c.text, max(0, start - 16), start)
            and _CLAUSE_END.match(c.text, end)
        )
    )


def ordinal_of_half(text: str, end: int) -> bool:
    """True when the ordinal ending at ``end`` is followed by "half" ("the first half")."""
    return _ORDINAL_HALF.match(text, end) is not None


def zero_idiom(word: str, text: str, start: int) -> bool:
    """True when a lone "naught" or "nought" at ``start`` means nothing ("came to naught")."""
    return word in ("naught", "nought") and bool(_ZERO_IDIOM.search(text, max(0, start - 5), start))


def url_spans(text: str) -> list[tuple[int, int]]:
    """The spans of web addresses in ``text`` (empty unless it has "://" or "www.")."""
    if "://" not in text and "www." not in text.lower():
        return []
    return [(m.start(), m.end()) for m in _URL.finditer(text)]


# A capitalised word right before a figure: "opened Terminal 5", "the FTSE 100", "BBC Radio 4",
# "Apollo 13 was", "the S&P 500", "the new iPhone 15"; at a sentence's start too, unless it is a
# word that names nothing (`not_name_words`: "Some 4,500", "About 700").
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))((?:[A-Z][A-Za-z&]*|[a-z]+[A-Z][A-Za-z]*)\.?) $")


def designation(c: Cursor, item: Item, digits: str) -> bool:
    """True when bare digits name something rather than count it: a whole number right after a
    capitalised word that names ("Terminal 5", "Article 50", "iPhone 15", "FTSE 100"), or an
    improper fraction with no whole part ("24/7", "10/1": an idiom, a date)."""
    if item.unit not in (None, "fraction") or item.scale != 1 or item.low is not None:
        return False
    if "/" in digits:
        num, _, den = digits.partition("/")
        return num.isdigit() and den.isdigit() and int(num) >= int(den)
    if not digits.isdigit() or item.qualifier != "=":
        return False
    name = _NAME_BEFORE.search(c.text, max(c.floor, item.start - 30), item.start)
    if name is None:
        return False
    word = name.group(1).lower().rstrip(".")
    return word not in c.lex.months and word not in not_name_words(c.lex)


@functools.cache
def not_name_words(lex: Lexicon) -> frozenset[str]:
    """Words that, capitalised before a figure, name nothing: qualifiers ("About 700"),
    determiners ("Some 4,500"), the words no figure counts ("In", "Of") and `not_names`."""
    words = {w for phrase in lex.qualifiers for w in phrase.split()}
    words |= set(lex.determiners) | {w.lower() for w in lex.words.not_counted}
    words |= {w.lower() for w in lex.words.not_names} | {
        w.lower() for w in lex.words.sentence_openers
    }
    return frozenset(words)


# Numbers joined in a list after a noun that names them: "31 and 33", "4, 5 or 6".
_NUMBER = r"\d{1,5}[A-Za-z]?(?![\w.,]\d|\w)"
NAMED_LIST = rf"{_NUMBER}(?:(?:,\x20?|\x20(?:and|or|to|&)\x20){_NUMBER})*(?!\s*%)"
# Numbers after "the" that a route noun after them names ("the 134 or 390 buses").
ROUTE_LIST = r"\d{1,4}(?:\x20(?:or|and)\x20\d{1,4})?"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\x20$")


@functools.cache
def _named(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    route = rf"{ROUTE_LIST}(?=\x20{alternation(lex.words.route_nouns)}\b)"
    nouns = frozenset(w.lower() for w in lex.words.name_nouns)
    return re.compile(NAMED_LIST), re.compile(route, re.IGNORECASE), nouns


def named_end(text: str, pos: int, lex: Lexicon) -> int | None:
    """Where the numbers that start at ``pos`` end when a noun before them names them
    ("junctions 31 and 33", "number 38", "Room 101") or a route noun after them does ("the 73
    bus", "the 134 or 390 buses"); None when they count."""
    if pos < 2 or text[pos - 1] != " ":
        return None
    wm = _WORD_BEFORE.search(text, max(0, pos - 14), pos)
    if wm is None:
        return None
    numbers, route, nouns = _named(lex)
    word = wm.group(1).lower()
    m = (
        numbers.match(text, pos)
        if word in nouns
        else route.match(text, pos)
        if word == "the"
        else None
    )
    return m.end() if m is not None else None
