"""Changes a source states by two figures of one sentence (``claimcheck.check.stated``)."""

from __future__ import annotations

import pytest

from claimcheck.check.stated import _level_units
from tests.check.judging import finding_of, verdict_of

APPROVALS = (
    "Mortgage approvals for house purchases in Britain rose to 55,200 in January from 51,500 in"
    " December, the Bank of England said on Thursday."
)
DEATHS = "Traffic deaths in Japan fell by 15 to 2,663 last year, the National Police Agency said."
INSOLVENCIES = "Company insolvencies in England rose 14% last year to 25,158."


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure", "verdict"),
    [
        # a level and its previous level: an absolute change and a relative one
        (APPROVALS, "Mortgage approvals in January were up by more than 5,000 on the month.",
         "5,000", "contradicted"),
        (APPROVALS, "Mortgage approvals rose by about 3,700 in January.", "3,700", "supported"),
        (APPROVALS, "Mortgage approvals rose about 7 per cent in January.", "7 per cent",
         "supported"),
        (APPROVALS, "Mortgage approvals fell 7 per cent in January.", "7 per cent", "contradicted"),
        # a level and its change in its unit: the change in per cent
        (DEATHS, "Road deaths in Japan fell by 15 per cent last year.", "15 per cent",
         "contradicted"),
        # a level and its change in per cent: the change in the level's unit
        (INSOLVENCIES, "Company insolvencies in England rose by about 3,000 last year.", "3,000",
         "supported"),
        (INSOLVENCIES, "Company insolvencies in England rose by 9,000 last year.", "9,000",
         "contradicted"),
    ],
)  # fmt: skip
def test_a_change_two_figures_state(
    premise: str, hypothesis: str, figure: str, verdict: str
) -> None:
    assert verdict_of(premise, hypothesis, figure, "2024-03-01") == verdict


def test_the_message_names_both_figures_and_the_change() -> None:
    f = finding_of(
        APPROVALS, "Mortgage approvals in January were up by more than 5,000 on the month.",
        "5,000", "2024-03-01",
    )  # fmt: skip
    assert "55,200" in f.message and "51,500" in f.message and "3,700" in f.message


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure"),
    [
        # a source figure's own value in another role: the level is no change (unsupported)
        (INSOLVENCIES, "Company insolvencies in England rose by 25,158 last year.", "25,158"),
        # a difference from something else than the figure's own past
        ("Vantex's data-centre sales grew 24 percent to $6.1 billion in the quarter.",
         "Vantex's data-centre sales were $2.2bn larger than Orion Micro's in the quarter.",
         "$2.2bn"),
        # no direction said for the source's change: no earlier level to read
        ("Company insolvencies in England changed by 14% last year to 25,158.",
         "Company insolvencies in England rose by 9,000 last year.", "9,000"),
    ],
)  # fmt: skip
def test_no_arithmetic_where_the_figures_do_not_state_a_change(
    premise: str, hypothesis: str, figure: str
) -> None:
    assert verdict_of(premise, hypothesis, figure, "2024-03-01") == "unsupported"


def test_the_units_a_change_is_read_of() -> None:
    assert _level_units("percentage_point") == ("percent",)
    assert _level_units("USD") == ("USD",)
    assert None in _level_units("percent")


def test_no_level_of_the_drafts_measure_asks_the_index_nothing() -> None:
    """A draft change whose measure no source figure has costs no query per unit (a draft of
    a thousand such changes must not ask the index thousands of times more)."""
    from claimcheck.check.candidates import Statement
    from claimcheck.check.match import CandidateIndex
    from claimcheck.check.query import query_of
    from claimcheck.check.stated import stated_change
    from claimcheck.extract import extract
    from claimcheck.lexicon import load
    from claimcheck.model import Quantity
    from claimcheck.tolerance import figure_of_mention

    lexicon = load()
    premise = [m for m in extract(APPROVALS, lexicon=lexicon) if isinstance(m, Quantity)]
    index = CandidateIndex.of([Statement("p", m) for m in premise], lexicon)
    calls = []
    real = index.match
    index.match = lambda *a, **k: calls.append(a) or real(*a, **k)  # type: ignore[method-assign]
    (draft,) = [
        m for m in extract("Widget exports rose 12.5% in 2023.", lexicon=lexicon)
        if isinstance(m, Quantity)
    ]  # fmt: skip
    found = stated_change(
        figure_of_mention(draft), draft.direction, query_of(draft, index.words), index,
        lambda c: True,
    )  # fmt: skip
    assert found is None and calls == []


def test_a_change_two_levels_state_outweighs_another_measures_change() -> None:
    premise = (
        "Complaints about aircraft noise at Eastley Airport jumped to 3,412 last year from "
        "1,980 the year before, after the number of night flights rose by a quarter to 5,600."
    )
    draft = "Eastley Airport's noise complaints rose by more than 70 per cent last year."
    found = finding_of(premise, draft, "70 per cent", "2024-03-01")
    assert found.verdict.value == "supported", found.message


def test_a_wrong_size_of_a_change_of_money_two_levels_state() -> None:
    premise = (
        "Ticket sales for the Ardmore State Lottery reached $3.2 billion in the fiscal year "
        "ended June 30, down from $3.9 billion a year earlier."
    )
    found = finding_of(premise, "Ardmore lottery sales slid by $400 million last fiscal year.",
                       "$400 million", "2024-08-01")  # fmt: skip
    assert found.verdict.value == "contradicted", found.message
    found = finding_of(premise, "Ardmore lottery sales fell by $700 million.", "$700 million",
                       "2024-08-01")  # fmt: skip
    assert found.verdict.value == "supported", found.message


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        ("The number of rough sleepers in Tolland rose by 468 in a year.", "468", "contradicted"),
        ("The number of rough sleepers in Tolland rose by 368 in a year.", "368", "supported"),
    ],
)
def test_a_count_and_its_previous_count_state_a_change(
    hypothesis: str, figure: str, verdict: str
) -> None:
    premise = (
        "Tolland's annual street count found 2,316 people sleeping rough on a single night in "
        "January, up from 1,948 a year earlier, officials said."
    )
    found = finding_of(premise, hypothesis, figure, "2024-02-20")
    assert found.verdict.value == verdict, found.message


def test_a_relative_change_of_money_repaid() -> None:
    """ "repaid" is the past of "repay": a draft's "repayments" speaks of it."""
    premise = (
        "Graduates in Caledon repaid £224 million in student loans in the 2023-24 financial "
        "year, up from £198 million the year before."
    )
    draft = "Student loan repayments in Caledon rose by 26 per cent last financial year."
    found = finding_of(premise, draft, "26 per cent", "2024-06-20")
    assert found.verdict.value == "contradicted", found.message


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        ("The share of pet-owning households in Tarvin is up 12 percentage points on pre-pandemic levels.",
         "12 percentage points", "contradicted"),
        ("The share of pet-owning households in Tarvin is up 8 percentage points on pre-pandemic levels.",
         "8 percentage points", "supported"),
    ],
)  # fmt: skip
def test_a_change_in_points_of_a_hedged_level(hypothesis: str, figure: str, verdict: str) -> None:
    """A hedged level ("some 57%") states a change with its previous level; "pre-pandemic"
    says what "before the pandemic" says."""
    premise = (
        "Some 57% of households in Tarvin now own at least one pet, up from 49% before the "
        "pandemic, a survey found."
    )
    found = finding_of(premise, hypothesis, figure, "2024-03-01")
    assert found.verdict.value == verdict, found.message


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        ("Tolmere flu admissions up 52% in a week", "52%", "contradicted"),
        ("Tolmere flu admissions up 37% in a week", "37%", "supported"),
    ],
)
def test_a_relative_change_of_a_weekly_count(hypothesis: str, figure: str, verdict: str) -> None:
    """ "flu" says what "influenza" says: the headline's change is read against the two
    counts."""
    premise = (
        "Admissions for influenza in Tolmere reached 1,930 in the week to January 6, up from "
        "1,410 the week before, the health agency said."
    )
    found = finding_of(premise, hypothesis, figure, "2024-01-10")
    assert found.verdict.value == verdict, found.message


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure", "verdict"),
    [
        # an expected change, against an expected level and the level before it
        ("The Kelby Marathon received a record 58,400 applications for its 2025 race, up from "
         "47,900 for this year's event.", "Kelby Marathon applications up 18% for next year's race",
         "18%", "contradicted"),
        ("The Kelby Marathon received a record 58,400 applications for its 2025 race, up from "
         "47,900 for this year's event.", "Kelby Marathon applications up 22% for next year's race",
         "22%", "supported"),
        # a relative change of a level in any unit the measure is given in
        ("Gambia's peanut harvest is expected to reach 1.45 million tonnes this season, up from "
         "1.2 million tonnes last year.", "Gambia's groundnut harvest set to jump 45 per cent",
         "45 per cent", "contradicted"),
    ],
)  # fmt: skip
def test_an_expected_change_and_a_change_in_tonnes(
    premise: str, hypothesis: str, figure: str, verdict: str
) -> None:
    found = finding_of(premise, hypothesis, figure, "2024-06-01")
    assert found.verdict.value == verdict, found.message


def test_a_margin_against_a_forecast_is_no_change_in_time() -> None:
    premise = (
        "Tax receipts in Norland reached N$305.5 billion in the first half of the 2023-24 "
        "financial year, N$8.1 billion above the budget forecast."
    )
    found = finding_of(premise, "Norland's tax receipts rose 6.4 per cent.", "6.4 per cent",
                       "2024-02-01")  # fmt: skip
    assert found.verdict.value == "unsupported", found.message
