"""Each family of alternatives of the period pattern (``period_pattern``) on its own, its word
fragments, and the tables `timeparts` derives from the lexicon."""

from __future__ import annotations

import re

import pytest

from claimcheck import lexicon
from claimcheck.extract import period_pattern as PP
from claimcheck.extract import periods, timeparts

LEX = lexicon.load()
FLAGS = re.VERBOSE | re.IGNORECASE
MONTH = PP._month(LEX)


def family(parts: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(parts), FLAGS)


# (family, texts each alternative of it matches whole, with the alternative's name, texts none matches)
FAMILIES = [
    (PP.dated_parts(LEX), [("2024-05-20", "iso"), ("upper half of 2017", "half"), ("1H24", "hcode"),
                           ("FY24", "fy2")], ["2024-13-01", "fourth half of 2017", "fy24"]),
    (PP.quarter_parts(LEX), [("first two quarters of 2023", "qmulti"), ("final quarter of 2023", "quarter"),
                             ("the third quarter this year", "qrel"), ("the second half", "hrel"),
                             ("last quarter", "qlast"), ("Q1-Q3 2023", "qcode"), ("Q3", "qbare")],
     ["first four quarters of 2023", "fifth quarter of 2023", "q3"]),
    (PP.month_parts(LEX, MONTH), [("between January and May 2018", "mrange"),
                                  ("first five months of 2018", "mfirst"), ("November 19-20", "drange"),
                                  ("March 7, 2024", "day"), ("August 2022", "monthyear"), ("11/2016", "mnum"),
                                  ("September last year", "monthrel")],
     ["first thirteen months of 2018", "august 2022"]),
    (PP.year_spans(LEX, MONTH), [("from 2015 to 2017", "yrange"), ("14th Five-Year Plan", "plan"),
                                 ("1990s", "decade"), ("three months to March", "spanto"), ("mid-2019", "partyear")],
     ["thirteen months to March", "1990"]),
    (PP.relative_parts(LEX, MONTH, PP._month_lower(LEX)),
     [("the same period of the previous year", "anaphor"), ("two decades ago", "ago"),
      ("past three years", "pastn"), ("the past six months", "monrange"), ("early next month", "monrel"),
      ("last year", "rel"), ("last sept", "mrel2"), ("year to date", "ytd")],
     ["thirteen years ago", "the same amount of the previous year", "last may"]),
    (PP.bare_parts(LEX, MONTH), [("early September", "monthonly"), ("Dec.17", "daynoyear"), ("07:20", "clock"),
                            ("2003", "year")], ["september", "2018 percent", "2018 million", "2018 yuan"]),
]  # fmt: skip


@pytest.mark.parametrize(("parts", "yes", "no"), FAMILIES, ids=[f[1][0][1] for f in FAMILIES])
def test_family(parts: list[str], yes: list[tuple[str, str]], no: list[str]) -> None:
    pattern = family(parts)
    for text, name in yes:
        m = pattern.fullmatch(text)
        assert m is not None and m.lastgroup == name, text
    for text in no:
        assert pattern.fullmatch(text) is None, text


def test_the_pattern_is_its_families_in_order() -> None:
    names = [re.search(r"\(\?P<(\w+)>", alt).group(1) for alt in PP.alternatives(PP.build(LEX))]  # type: ignore[union-attr]
    assert names[:4] == ["iso", "half", "hcode", "fy2"] and names[-1] == "year"


@pytest.mark.parametrize(("text", "ok"), [("3", True), ("three", True), ("a", True), ("An", True),
                                          ("thirteen", False), ("zero", False), ("123", False)])  # fmt: skip
def test_small_count(text: str, ok: bool) -> None:
    assert (re.fullmatch(PP.small_count(LEX), text, re.I) is not None) == ok


@pytest.mark.parametrize(("text", "ok"), [("period", True), ("months", True), ("amount", False)])
def test_same(text: str, ok: bool) -> None:
    assert (re.fullmatch(PP.same(LEX), text) is not None) == ok


def test_quarter_ordinals_leave_last_to_last_quarter() -> None:
    every, named = PP.quarter_ordinals(LEX), PP.quarter_ordinals(LEX, from_now=False)
    assert (
        re.fullmatch(every, "last") and re.fullmatch(every, "3rd") and re.fullmatch(every, "final")
    )
    assert re.fullmatch(named, "last") is None and re.fullmatch(named, "fourth")
    assert re.fullmatch(every, "fifth") is None


def test_tables_derived_from_the_lexicon() -> None:
    assert timeparts.counts(LEX)["a"] == 1 and timeparts.counts(LEX)["fifteen"] == 15
    assert "thirteen" not in timeparts.counts(LEX)
    assert timeparts.small(LEX, "Twenty") == 20 and timeparts.small(LEX, "7") == 7
    assert timeparts.halves(LEX) == {"first": 1, "second": 2, "1st": 1, "2nd": 2, "upper": 1, "lower": 2,
                                     "former": 1, "latter": 2}  # fmt: skip
    assert (
        timeparts.quarter_numbers(LEX)["final"] == 4 and timeparts.quarter_numbers(LEX)["3rd"] == 3
    )
    assert timeparts.ordinals(LEX, 2) == ["first", "second", "1st", "2nd"]


def test_gates_and_start_words_cover_the_counts() -> None:
    gates = periods.gates(LEX)
    assert gates["three"].match("three years ago") and gates["three"].match("three people") is None
    assert gates["the"].match("the final quarter") and gates["the"].match("the company") is None
    assert {"three", "a", "upper", "final", "fourth"} <= periods.start_words(LEX)


def test_first_is_the_lexicons_ordinal_of_one() -> None:
    assert re.fullmatch(PP.first(LEX), "first") and re.fullmatch(PP.first(LEX), "1st") is None
    assert (
        re.fullmatch(PP._with_year(LEX, 2, 3), "three")
        and re.fullmatch(PP._with_year(LEX, 2, 3), "four") is None
    )
