"""check.subgroups: a subgroup's figure beside the whole's in one source sentence."""

from __future__ import annotations

from tests.check.judging import finding_of, verdict_of

_FORD = (
    "Ford's second-quarter U.S. sales climbed 1% to 536,050 vehicles and hybrid sales jumped "
    "55%, the company said."
)


def test_the_whole_decides_a_draft_that_names_the_measure_alone() -> None:
    found = finding_of(_FORD, "Ford's second-quarter U.S. sales rose 55%.", "55%", "2024-07-03")
    assert found.verdict.value == "contradicted", found.message
    assert "1%" in found.message


def test_a_draft_that_names_the_subgroup_is_supported() -> None:
    hypothesis = "Ford's hybrid sales jumped 55% in the second quarter."
    assert verdict_of(_FORD, hypothesis, "55%", "2024-07-03") == "supported"


def test_a_lone_subgroup_is_not_made_weak() -> None:
    """With no figure of the whole beside it, "copper exports" may be all the source says."""
    premise = "Chile's copper exports rose 12.4 percent to $4.1 billion in February."
    hypothesis = "Chile's copper exports rose 21.4 percent in February."
    assert verdict_of(premise, hypothesis, "21.4 percent", "2024-03-07") == "contradicted"
