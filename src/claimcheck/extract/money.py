"""Money written in more than one unit: "3 dollars 50 cents", "one kuai and five mao five".

A currency's minor units and their worth are in the lexicon (``currencies.CODE.minor``). After a
money figure, each further figure is either named ("50 cents", "5 mao") or bare, when it is the
next smaller unit after the one just read, as speech has it: "thirteen dollars forty-five" is
13.45 dollars, "five mao five" 0.55 yuan. A bare figure counts in two places only:

* right after a unit's *name*, ending the clause ("thirteen dollars forty-five."), never after a
  symbol ("$13 45" is no way to write money);
* after "and", spelled, and followed by nothing it could count: the end of the clause or another
  "and"/"or". "one dollar and five" is 1.05 dollars, "c $ 100 and fifty" 100.50 Canadian
  dollars; "two dollars and three points" and "one dollar and 5" are two figures.

Each part is smaller than the unit before it ("3 dollars 150 cents" is two figures); a figure
with decimals or a scale word takes no minor units ("$3.50 and fifty"); and after "between" or
"from", "and" joins a range's ends, so nothing is added.

Minor units written alone ("15 cents", "30p") take their currency (`minor_alone`): pence are
sterling, cents the paragraph's currency that counts in cents (else dollars), and the figure is
given in the major unit (0.15 USD). A symbol that several currencies write ("¥") stands for the
one its paragraph's cue words name (`cued_code`, lexicon ``symbol_cues``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from claimcheck.extract import numbers
from claimcheck.extract.compound import RANGE_OPENING
from claimcheck.extract.patterns import BARE_MINOR_END, MINOR_JOIN, Patterns
from claimcheck.lexicon import Lexicon

if TYPE_CHECKING:
    from claimcheck.extract.quantities import Item

_MINOR_JOIN = re.compile(MINOR_JOIN, re.IGNORECASE)
_BARE_MINOR_END = re.compile(BARE_MINOR_END, re.IGNORECASE | re.VERBOSE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_RANGE_OPENING = re.compile(RANGE_OPENING, re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
# "one and one": the spelled figure before its first "and" (a minor unit is below a hundred, so
# no "and" belongs inside it)
_AND = re.compile(r"[\s-]+and[\s-]+", re.IGNORECASE)
_TWO_DIGITS = re.compile(r"\d{1,2}")


def minor(item: Item, text: str, end: int, lex: Lexicon, pats: Patterns, *, named: bool) -> int:
    """Add the minor units after the money figure ending at ``end``; where they end.

    ``named`` says the currency was written as a name after the figure ("3 dollars"), not as a
    symbol before it ("$3").
    """
    worths = lex.currency_minor.get(item.unit or "")
    if not worths or item.value is None or item.scale != 1 or item.low is not None:
        return end
    if item.value != item.value.to_integral_value():
        return end  # "$3.50 and fifty": the cents are written already
    ranks = sorted(set(worths.values()), reverse=True)
    in_range = _RANGE_OPENING.search(text, max(0, item.start - 16), item.start) is not None
    worth = Decimal(1)  # the worth of the unit read last
    stop = end
    while worth > ranks[-1]:
        jm = _MINOR_JOIN.match(text, stop)
        if jm is None or (jm.group("and") and in_range):
            break
        small = _small(text, jm.end(), lex, pats)
        if small is None:
            break
        value, small_end, spelled = small
        word = _WORD.match(text, small_end + (text[small_end : small_end + 1] in (" ", "-")))
        own = worths.get(word.group().lower()) if word else None
        if own is not None:  # "50 cents", "5 mao"
            if not (own < worth and value * own < worth):
                break
            item.value += value * own
            worth, stop, named = own, word.end(), True  # type: ignore[union-attr]
            continue
        # a bare figure is the next smaller unit: "forty-five" after "dollars" is cents
        nxt = next(w for w in ranks if w < worth)
        bare = named and jm.group() == " " and _CLAUSE_END.match(text, small_end)
        idiom = jm.group().lower() == " and " and spelled and _BARE_MINOR_END.match(text, small_end)
        if value * nxt < worth and (bare or idiom):
            item.value += value * nxt
            worth, stop = nxt, small_end
        break
    if stop != end and item.precision is not None:
        item.precision = min(item.precision, worth)
    return stop


def _small(text: str, at: int, lex: Lexicon, pats: Patterns) -> tuple[Decimal, int, bool] | None:
    """The whole positive figure at ``at`` (two digits at most), its end, and whether spelled."""
    om = pats.core.match(text, at)
    if om is None or om.group("ordword") or om.group("negword") or om.group("neg"):
        return None
    if om.group("digits"):
        if not _TWO_DIGITS.fullmatch(om.group("digits")):
            return None
        return Decimal(om.group("digits")), om.end(), False
    words = _AND.split(om.group("spelled"), maxsplit=1)[0]
    reading = numbers.read_spelled(words, lex)
    if reading is None or reading.fraction or reading.ordinal or reading.value <= 0:
        return None
    if reading.value != reading.value.to_integral_value():
        return None
    return reading.value, om.start("spelled") + len(words), True


MINOR_ALONE = "CENT"  # the lexicon's unit for minor units written without their currency
CUE_REACH = 400  # characters either side of a figure where a currency's cue words count
_LOWER_WORD = re.compile(r"[a-z]+")
_PENCE = re.compile(r"\d\s?p\b|pence|penny")


def _paragraph(text: str, start: int, end: int) -> str:
    """The text around ``start``..``end`` within its paragraph, `CUE_REACH` either side at most."""
    lo = max(0, start - CUE_REACH, text.rfind("\n\n", 0, start))
    hi = text.find("\n\n", end)
    hi = end + CUE_REACH if hi < 0 else min(hi, end + CUE_REACH)
    return text[lo:hi]


def minor_alone(item: Item, text: str, lex: Lexicon, pats: Patterns) -> Decimal:
    """Give a figure in minor units written alone ("15 cents", "30p") its currency, and return
    the worth of one of them: pence are sterling; cents are the currency of the paragraph's
    money (the first that counts in cents), else dollars."""
    assert item.unit is not None
    rate = item.unit[len(MINOR_ALONE) :]  # "_per_litre" or ""
    written = text[item.start : item.end].lower()
    code = "GBP" if _PENCE.search(written) else None
    if code is None:
        window = _paragraph(text, item.start, item.end)
        words = set(_LOWER_WORD.findall(window.lower()))
        named = [(window.find(sym), c) for sym, c in lex.currency_symbols.items() if not sym.isalpha() and sym in window]
        named += [(window.lower().find(n), c) for n, c in lex.currency_names.items() if n in words]
        counts_cents = sorted((at, c) for at, c in named if "cent" in lex.currency_minor.get(c, {}))
        code = counts_cents[0][1] if counts_cents else "USD"
    item.unit = code + rate
    return lex.currency_minor.get(code, {}).get("penny" if code == "GBP" else "cent", Decimal("0.01"))


def cued_code(symbol: str, code: str, text: str, at: int, lex: Lexicon) -> str:
    """The currency a symbol several write stands for, by the words around it (lexicon
    ``symbol_cues``): "¥" is the yen near "Toyota" or "Japan", else the yuan."""
    cues = lex.symbol_cues.get(symbol)
    if not cues:
        return code
    words = set(_LOWER_WORD.findall(_paragraph(text, at, at).lower()))
    return next((other for other, found in cues if found & words), code)
