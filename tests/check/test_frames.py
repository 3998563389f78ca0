"""Frame comparison (check/frames.py), and the labelled sets scored as the benchmark scores them.

The floors below are what the gate reaches today on the development set and the sentence
pairs (``python benchmarks/bench_frames.py``), less a margin: a change that loses ground on
either fails here; the targets of the README's benchmark table are higher.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from claimcheck.check import verdict
from claimcheck.check.frames import compare, same_name
from claimcheck.extract.sentences import is_headline
from claimcheck.model import Dimension, Frame, Role
from tests.check.judging import verdict_of

REPO = Path(__file__).resolve().parents[2]


def _frame(entity: str | None, measure: str | None, role: Role = Role.change) -> Frame:
    return Frame(entity, measure, role, Dimension.percent)


def test_same_measure_and_entity_is_strong() -> None:
    fit = compare(_frame("changchun", "gdp"), _frame("changchun", "gdp"), "", "")
    assert fit.compatible and fit.strong and "same measure: gdp" in fit.reason


@pytest.mark.parametrize(
    ("draft", "cand", "why"),
    [(_frame("a", "income_per_capita", Role.level), _frame("a", "income", Role.level), "different measure"),
     (_frame("a", "gdp", Role.level), _frame("a", "gdp", Role.change), "different role"),
     (_frame("shenyang", "gdp"), _frame("changchun", "gdp"), "different entity"),
     (_frame("a", "population_share", Role.share), _frame("a", "population", Role.change), "different")],
)  # fmt: skip
def test_incompatible_frames_never_match(draft: Frame, cand: Frame, why: str) -> None:
    fit = compare(draft, cand, "", "")
    assert not fit.compatible and why in fit.reason


def test_unknown_measure_or_related_measure_is_weak() -> None:
    assert not compare(_frame("a", None), _frame("a", "gdp"), "", "").strong
    fit = compare(
        _frame("a", "automotive_output", Role.target), _frame("a", "output", Role.target), "", ""
    )
    assert fit.compatible and not fit.strong


def test_a_shortened_name_of_a_kind_is_the_same_kind() -> None:
    """ "Green Star" farms are "Green Star Farms"; a one-word count is no name to shorten."""

    def count(measure: str) -> Frame:
        return Frame("x", measure, Role.counted, Dimension.counted)

    fit = compare(count("count:green star"), count("count:green star farm"), "", "")
    assert fit.compatible and "related measure" in fit.reason
    assert not compare(count("count:farm"), count("count:farm worker"), "", "").compatible


def test_an_entity_named_only_as_where_a_figure_went_is_weak() -> None:
    """The source's entity is where the draft's owner sent the figure: compared, never failed."""
    draft = Frame("brandt", "transfer_payments", Role.level, Dimension.money)
    cand = Frame("westmark", "transfer_payments", Role.level, Dimension.money)
    fit = compare(draft, cand, "Brandt transferred $4 billion to Westmark in 2022.", "")
    assert fit.compatible and not fit.strong and fit.measure_to_object
    premise = "Westmark is the poorest province. Central transfers to the province reached $4 billion in 2022."
    assert _pair(premise, "Brandt transferred $4 billion to Westmark in 2022.", "$4 billion") == (
        "supported"
    )
    assert _pair(premise, "Brandt transferred $5 billion to Westmark in 2022.", "$5 billion") == (
        "unsupported"
    )


def test_an_entity_named_in_the_other_sentence_is_compatible() -> None:
    fit = compare(
        _frame("jilin", "gdp"), _frame("changchun", "gdp"), "", "Changchun and Jilin grew 7%."
    )
    assert fit.compatible


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location(
        "bench_frames", REPO / "benchmarks" / "bench_frames.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_development_set_floor() -> None:
    scores = _bench().devset(REPO / "tests/check/devset", 0)
    precision, recall, _ = scores["failing"]
    assert scores["cases"] >= 200
    assert precision >= 0.97 and recall >= 0.82, scores
    assert scores["supported"][1] >= 0.88, scores


@pytest.mark.parametrize(
    ("folder", "caught", "entailed", "neutral"),
    [
        ("pairs", 0.86, 0.03, 0.06),
        # most neutral pairs it fails give the source's figure for another period, which the
        # gate calls misattributed by design ("a number that belongs to another period")
        ("pairs-news", 0.78, 0.03, 0.07),
        # (0.70 caught until the sixth session added 200 blind pairs, caught at 31-44% when
        # written and 50-69% since; 0.69 until the seventh added 240 more, caught at 25-62%
        # when written and 44-81% since; 0.67 until the eighth added 240 more, caught at
        # 19-44% when written: all 1,240 are at 65.9%, 2.2% and 3.6% failed wrongly)
        ("pairs-probe", 0.61, 0.03, 0.05),
    ],
)
def test_sentence_pairs_floor(folder: str, caught: float, entailed: float, neutral: float) -> None:
    scores = _bench().pairs(REPO / "tests/check" / folder, 0)
    assert scores["contradiction_caught"][0] >= caught, scores
    assert scores["entailment_failed"][0] <= entailed, scores
    assert scores["neutral_failed"][0] <= neutral, scores


def _pair(premise: str, hypothesis: str, figure: str, published: str | None = None) -> Any:
    return verdict_of(premise, hypothesis, figure, published)


def test_a_figure_for_another_place_is_not_compared() -> None:
    premise = "Acme has 30 branches in Kent and 12 in Essex."
    assert _pair(premise, "Acme has 12 branches in Surrey.", "12") == "unsupported"
    assert _pair(premise, "Acme has 12 branches in Essex.", "12") == "supported"


def test_a_length_and_a_width_are_different_measures() -> None:
    premise = "The new pier is 400 metres long and 20 metres wide."
    assert _pair(premise, "The pier is 400 meters in length.", "400 meters") == "supported"
    assert _pair(premise, "The pier is 20 meters long.", "20 meters") != "supported"


@pytest.mark.parametrize(
    ("short", "long", "same"),
    [
        ("imf", "international monetary fund", True),
        ("ons", "office for national statistics", True),
        ("usda", "department of agriculture", True),  # a country's letters before them
        ("webb", "big bang", False),  # no country's letters
        ("acme", "apple corp", False),
        ("ab", "alpha beta", False),  # two letters name too much
    ],
)
def test_a_name_written_as_its_initials(short: str, long: str, same: bool) -> None:
    assert same_name(short, long) is same and same_name(long, short) is same


def test_same_name_is_a_names_first_or_last_words() -> None:
    assert same_name("vargen", "tomas vargen") and same_name("northbridge united", "northbridge")
    assert not same_name("york", "new yorkshire") and not same_name("jilin", "changchun")


def test_a_draft_entity_no_source_names_is_no_strong_match() -> None:
    fit = compare(_frame("changchun", "gdp"), _frame(None, "gdp"), "", "GDP rose 7%.")
    assert fit.compatible and not fit.strong
    owned = compare(
        _frame("changchun", "gdp"),
        _frame(None, "gdp"),
        "",
        "GDP rose 7%.",
        frozenset({"changchun"}),
    )
    assert owned.strong


@pytest.mark.parametrize(
    ("period", "published", "recent"),
    [("2023", "2024-03-14", True), ("2024", "2024-03-14", True), ("2022", "2024-03-14", False),
     ("2010..2020", "2021-05-28", False), ("2025", "2024-03-14", False), ("2023", None, False)],
)  # fmt: skip
def test_recent(period: str, published: str | None, recent: bool) -> None:
    assert verdict.recent(period, published) is recent


def test_an_undated_source_figure_speaks_for_its_publication_time() -> None:
    premise = "Northgate employs 18,600 people."
    later = "Northgate employed 19,500 people in 2023."
    assert _pair(premise, later, "19,500", "2024-03-14") == "contradicted"
    assert _pair(premise, "Northgate employed 19,500 people in 2019.", "19,500", "2024-03-14") == (
        "unsupported"
    )
    assert _pair(premise, later, "19,500") == "unsupported"  # no publication date: no time
    # an earlier figure with no year ("down from 19,500 a year earlier") is of no known time
    assert _pair("It employs 18,600 people, down from 19,500.", later, "19,500", "2024-03-14") != (
        "supported"
    )


def test_a_bound_needs_a_strong_match_or_a_figure_near_its_edge() -> None:
    from claimcheck.check.candidates import Candidate, Scored
    from claimcheck.tolerance import Figure

    def weak(value: float) -> Scored:
        c = Candidate(None, "s", 1, str(value), "", Figure(value, None), None, None, "count")
        return Scored(c, 60.0, strong=False)

    bound = Figure(40, None, "<")
    for value, want in ((18, "unsupported"), (37, "supported"), (39, "supported")):
        got = verdict.judge(bound, None, None, [weak(value)], near=frozenset())
        assert got.verdict.value == want, value
    strong = Scored(weak(18).candidate, 80.0, strong=True)
    assert verdict.judge(bound, None, None, [strong], near=frozenset()).verdict.value == "supported"


def test_no_period_is_judged_against_the_latest() -> None:
    premise = "The bank had 4,500 branches in 2022 and 4,730 branches in 2023."
    assert _pair(premise, "The bank has 4,900 branches.", "4,900") == "contradicted"
    assert _pair(premise, "The bank has 4,730 branches.", "4,730") == "supported"


def test_a_part_named_by_place_is_not_failed_by_a_whole() -> None:
    premise = "Acme has 64 stores."
    assert _pair(premise, "Acme has 40 stores in Ireland.", "40") == "unsupported"


def test_headlines_have_no_lower_case_words() -> None:
    assert is_headline("City To Spend Up To $2 Billion On Transit")
    assert not is_headline("Tomas Vargen scored twice as Northbridge United beat Castlemoor Town")


def test_another_figures_entity_in_the_sentence_is_no_match() -> None:
    premise = "Dongyuan grew 6.8 percent in 2019, while Xiheng expanded 6.6 percent."
    assert _pair(premise, "Xiheng grew 6.8 percent in 2019.", "6.8 percent") != "supported"
    assert _pair(premise, "Dongyuan grew 6.8 percent in 2019.", "6.8 percent") == "supported"
    # one figure of two entities named together
    both = "Changchun and Jilin grew 7 percent in 2019."
    assert _pair(both, "Jilin grew 7 percent in 2019.", "7 percent") == "supported"


def test_a_target_and_a_forecast_may_meet() -> None:
    plan = compare(
        _frame("larchmont", "spending", Role.target),
        _frame("larchmont", "spending", Role.forecast),
        "",
        "",
    )
    assert plan.compatible and plan.strong
    assert not compare(
        _frame("a", "gdp", Role.target), _frame("a", "gdp", Role.change), "", ""
    ).compatible


def test_a_place_within_a_larger_one_is_the_same_place() -> None:
    premise = "Storm Isha brought gusts of 99mph to Brizlee Wood in Northumberland on Sunday."
    assert _pair(premise, "Storm Isha gusts hit 90mph at Brizlee Wood.", "90mph") == "contradicted"
    two = "The carmaker delivered 184,800 vehicles in China and 96,300 in Europe in 2023."
    assert _pair(two, "The carmaker delivered 184,800 vehicles in Europe in 2023.", "184,800") != (
        "supported"
    )


def test_a_proportion_is_one_measure_with_or_without_a_share() -> None:
    premise = "A survey found 38 percent of Americans approve of Congress."
    assert _pair(premise, "Congress's approval rating is 29 percent.", "29 percent") == (
        "contradicted"
    )


def test_a_place_and_its_adjective_are_one_place() -> None:
    premise = (
        "The musical took $38m at the box office in North America last year and $52m "
        "elsewhere, the producers said."
    )
    wrong = "The musical earned $52m at North American box offices last year."
    assert verdict_of(premise, wrong, "$52m", "2024-03-01") == "contradicted"
    right = "The musical earned $38m at North American box offices last year."
    assert verdict_of(premise, right, "$38m", "2024-03-01") == "supported"
