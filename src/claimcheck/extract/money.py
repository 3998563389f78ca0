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

from claimcheck.extract import numbers
from claimcheck.extract.compound import RANGE_OPENING
from claimcheck.extract.cursor import Cursor
from claimcheck.extract.item import Figure
from claimcheck.extract.patterns import BARE_MINOR_END, MINOR_JOIN

_MINOR_JOIN = re.compile(MINOR_JOIN, re.IGNORECASE)
_BARE_MINOR_END = re.compile(BARE_MINOR_END, re.IGNORECASE | re.VERBOSE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_RANGE_OPENING = re.compile(RANGE_OPENING, re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
# "one and one": the spelled figure before its first "and" (a minor unit is below a hundred, so
# no "and" belongs inside it)
_AND = re.compile(r"[\s-]+and[\s-]+", re.IGNORECASE)
_TWO_DIGITS = re.compile(r"\d{1,2}")


def minor(
    c: Cursor, fig: Figure, code: str, end: int, *, named: bool
) -> tuple[Decimal, Decimal | None, int]:
    """The value and precision of the money figure ``fig`` in currency ``code`` with the minor
    units after ``end`` added, and where they end.

    ``named`` says the currency was written as a name after the figure ("3 dollars"), not as a
    symbol before it ("$3").
    """
    value, precision = fig.value, fig.precision
    worths = c.lex.currency_minor.get(code)
    if not worths or fig.scale != 1 or fig.low is not None:
        return value, precision, end
    if value != value.to_integral_value():
        return value, precision, end  # "$3.50 and fifty": the cents are written already
    text = c.text
    ranks = sorted(set(worths.values()), reverse=True)
    in_range = _RANGE_OPENING.search(text, max(0, fig.start - 16), fig.start) is not None
    worth = Decimal(1)  # the worth of the unit read last
    stop = end
    while worth > ranks[-1]:
        jm = _MINOR_JOIN.match(text, stop)
        if jm is None or (jm.group("and") and in_range):
            break
        small = _small(c, jm.end())
        if small is None:
            break
        count, small_end, spelled = small
        word = _WORD.match(text, small_end + (text[small_end : small_end + 1] in (" ", "-")))
        own = worths.get(word.group().lower()) if word else None
        if own is not None:  # "50 cents", "5 mao"
            if not (own < worth and count * own < worth):
                break
            value += count * own
            worth, stop, named = own, word.end(), True  # type: ignore[union-attr]
            continue
        # a bare figure is the next smaller unit: "forty-five" after "dollars" is cents
        nxt = next(w for w in ranks if w < worth)
        bare = named and jm.group() == " " and _CLAUSE_END.match(text, small_end)
        idiom = jm.group().lower() == " and " and spelled and _BARE_MINOR_END.match(text, small_end)
        if count * nxt < worth and (bare or idiom):
            value += count * nxt
            worth, stop = nxt, small_end
        break
    if stop != end and precision is not None:
        precision = min(precision, worth)
    return value, precision, stop


def _small(c: Cursor, at: int) -> tuple[Decimal, int, bool] | None:
    """The whole positive figure at ``at`` (two digits at most), its end, and whether spelled."""
    om = c.pats.core.match(c.text, at)
    if om is None or om.group("ordword") or om.group("negword") or om.group("neg"):
        return None
    if om.group("digits"):
        if not _TWO_DIGITS.fullmatch(om.group("digits")):
            return None
        return Decimal(om.group("digits")), om.end(), False
    words = _AND.split(om.group("spelled"), maxsplit=1)[0]
    reading = numbers.read_spelled(words, c.lex)
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
    lo = _paragraph_start(text, start)
    hi = text.find("\n\n", end)
    hi = end + CUE_REACH if hi < 0 else min(hi, end + CUE_REACH)
    return text[lo:hi]


def _before(text: str, at: int) -> str:
    """The text of ``at``'s paragraph before it, `CUE_REACH` at most, and the attribution that
    closes its sentence ("$19.7 billion, the Singapore Tourism Board said")."""
    end = _SENTENCE_END.search(text, at, at + CUE_REACH)
    rest = text[at : end.start() if end else at + CUE_REACH]
    said = _ATTRIBUTION.search(rest)
    return text[_paragraph_start(text, at) : at] + (" " + said.group() if said else "")


def _paragraph_start(text: str, at: int) -> int:
    """Where ``at``'s paragraph starts, `CUE_REACH` before it at most."""
    return max(0, at - CUE_REACH, text.rfind("\n\n", 0, at))


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\n")
# the last clause of a sentence, a source saying it ("..., the Singapore Tourism Board said")
_ATTRIBUTION = re.compile(
    r",[^,;]{0,80}\b(?:said|says|reported|reports|showed|shows|estimated|announced)\b[^,;]*$"
)


def minor_alone(c: Cursor, unit: str, start: int, end: int) -> tuple[str, Decimal]:
    """The currency of a figure in minor units written alone ("15 cents", "30p") at
    ``start``..``end``, as its unit, and the worth of one of them: pence are sterling; cents are
    the currency of the paragraph's money (the first that counts in cents), else dollars."""
    text, lex = c.text, c.lex
    rate = unit[len(MINOR_ALONE) :]  # "_per_litre" or ""
    written = text[start:end].lower()
    code = "GBP" if _PENCE.search(written) else None
    if code is None:
        window = _paragraph(text, start, end)
        words = set(_LOWER_WORD.findall(window.lower()))
        named = [
            (window.find(sym), c)
            for sym, c in lex.currency_symbols.items()
            if not sym.isalpha() and sym in window
        ]
        named += [(window.lower().find(n), c) for n, c in lex.currency_names.items() if n in words]
        counts_cents = sorted((at, c) for at, c in named if "cent" in lex.currency_minor.get(c, {}))
        code = counts_cents[0][1] if counts_cents else "USD"
    return code + rate, lex.currency_minor.get(code, {}).get(
        "penny" if code == "GBP" else "cent", Decimal("0.01")
    )


def cued_code(c: Cursor, symbol: str, code: str, at: int) -> str:
    """The currency a symbol several write stands for, by the words around it (lexicon
    ``symbol_cues``): "¥" is the yen near "Toyota" or "Japan", else the yuan."""
    cues = c.lex.symbol_cues.get(symbol)
    if not cues:
        return code
    # the dollar of the world's prices unless a place is named before it: "$5,901 per
    # container, while throughput at the Port of Singapore climbed" is the US dollar
    around = _paragraph(c.text, at, at) if symbol != "$" else _before(c.text, at)
    words = set(_LOWER_WORD.findall(around.lower()))
    return next((other for other, found in cues if found & words), code)
