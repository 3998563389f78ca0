"""A group a source gives its own figure in the next sentence, given the whole's figure
(check/group_after.py)."""

from __future__ import annotations

import pytest

from tests.check.judging import finding_of

SPEEDS = (
    "Average broadband download speeds in Norvale reached 92 Mbit/s in 2023, the regulator "
    "said. Rural homes averaged 28 Mbit/s, against 117 Mbit/s in towns."
)
PAY = (
    "Median weekly pay for employees in Eastvale was £640 in April, the statistics office "
    "said. Part-time workers earned a median of £260 a week."
)
PASSES = (
    "The GCSE pass rate across Holmfield's schools was 78% this summer, up from 74% last "
    "year. Pupils eligible for free school meals passed at a rate of 61%."
)


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure", "verdict"),
    [
        # the whole's figure given the group the next sentence gives its own
        (SPEEDS, "Rural homes in Norvale get download speeds of 92 Mbit/s on average.",
         "92 Mbit/s", "contradicted"),
        (PAY, "Part-time workers in Eastvale earned a median of £640 a week in April.",
         "£640 a week", "contradicted"),
        (PASSES, "In Holmfield, pupils eligible for free school meals had a GCSE pass rate of 78%.",
         "78%", "contradicted"),
        # each figure of its own group holds
        (SPEEDS, "Broadband download speeds in Norvale averaged 92 Mbit/s in 2023.", "92 Mbit/s",
         "supported"),
        (SPEEDS, "Rural homes in Norvale averaged 28 Mbit/s.", "28 Mbit/s", "supported"),
        (PAY, "Median weekly pay in Eastvale was £640 in April.", "£640", "supported"),
        (PASSES, "Holmfield's GCSE pass rate was 78% this summer.", "78%", "supported"),
        # a part of another owner's whole keeps its own figure ("£48.6m" awarded in all is the
        # trust's, not the hospital's)
        ("The Aldwin Trust awarded £31.4m in research grants to hospitals in 2023. Kestford "
         "General received the largest single share, £6.1m.",
         "Kestford General won about £6m in Aldwin Trust research grants.", "£6m", "supported"),
        # a group the source does not name is no group of the next sentence
        (SPEEDS, "Business premises in Norvale get 92 Mbit/s on average.", "92 Mbit/s",
         "supported"),
    ],
)  # fmt: skip
def test_a_group_given_the_wholes_figure(
    premise: str, hypothesis: str, figure: str, verdict: str
) -> None:
    found = finding_of(premise, hypothesis, figure, "2024-09-01")
    assert found.verdict.value == verdict, found.message
