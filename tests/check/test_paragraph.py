"""The sentence before a candidate's in its paragraph says what the candidate's figure is of
(check/paragraph.py)."""

from __future__ import annotations

import pytest

from tests.check.judging import finding_of

REPAIRS = (
    "Carrick County Council repaired 14,230 potholes in the 2023-24 financial year, up from "
    "11,870 the year before. The council spent £3.1 million on the repairs."
)
TRANSPLANTS = (
    "A record 1,642 people donated organs after death in Eastvale last year, enabling 4,210 "
    "transplants. Yet 7,300 patients remained on the waiting list at year-end."
)
GOALS = (
    "Erik Lund scored twice as Harwick Rovers beat Penmoor on Sunday. He took his tally for the "
    "season to 17 league goals in 24 appearances. His first came after 12 minutes; his second, "
    "a header from a corner, after 63."
)


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure", "verdict"),
    [
        # what the sentence before says is said of the figure: a wrong figure fails
        (REPAIRS, "Carrick spent £3.1bn fixing potholes in the last financial year.", "£3.1bn",
         "contradicted"),
        (REPAIRS, "Carrick spent £3.1m fixing potholes in the last financial year.", "£3.1m",
         "supported"),
        (TRANSPLANTS, "Some 4,210 Eastvale patients were still waiting for a transplant.",
         "4,210", "contradicted"),
        # a bare number takes its meaning from its own sentence ("after 63": a minute)
        (GOALS, "Harwick Rovers have scored 55 league goals this season.", "55", "unsupported"),
    ],
)  # fmt: skip
def test_the_sentence_before_says_what_a_figure_is_of(
    premise: str, hypothesis: str, figure: str, verdict: str
) -> None:
    found = finding_of(premise, hypothesis, figure, "2024-06-01")
    assert found.verdict.value == verdict, found.message


def test_sentences_of_two_paragraphs_are_not_joined() -> None:
    from claimcheck.check.candidates import Statement
    from claimcheck.check.paragraph import previous_sentences
    from claimcheck.extract import extract
    from claimcheck.model import Quantity

    text = "Sales rose 5% to $2bn.\n\nThe firm hired 300 staff. It opened 12 stores."
    entries = [Statement("s", m) for m in extract(text) if isinstance(m, Quantity)]
    before = previous_sentences(entries)
    assert before.get(("s", "It opened 12 stores.")) == "The firm hired 300 staff."
    assert ("s", "The firm hired 300 staff.") not in before
