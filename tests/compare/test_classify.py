"""The topic classifier against the pairwise definition it replaces, on random cells and topics.

`classify.conflicts` finds disagreements with Helly witnesses (smallest upper end, largest lower
end) instead of comparing every pair. These tests build topics of random figures and check the
result equals what comparing every pair with `tolerance.agrees` gives.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.compare.classify import conflicts
from claimcheck.compare.features import Features
from claimcheck.compare.group import topics
from claimcheck.lexicon import load as load_lexicon
from claimcheck.model import Claim, Kind
from claimcheck.tolerance import agrees, figure_of_claim

QUALIFIERS = ["=", "=", "=", "~", ">", "<"]
NEAR = load_lexicon().near_qualifiers


def feature(
    i: int, source: str, value: float, qualifier: str, period: str, subject: str = "harbin"
) -> Features:
    text = f"{value:g} percent"
    claim = Claim(id=f"c{i:03d}", source=source, text=text, quote=f"In {period}, GDP grew {text}.", value=value,
                  unit="percent", qualifier=qualifier, period=period, subject=subject, metric="GDP", line=i + 1)  # fmt: skip
    tokens = tuple(subject.split())
    return Features(
        claim,
        ("ratio", True, False),
        subject,
        "gdp",
        tokens,
        ("gdp",),
        "gdp grew",
        figure_of_claim(claim, near=NEAR),
    )


figures = st.tuples(
    st.sampled_from(["s1", "s2", "s3"]),
    st.sampled_from([7.0, 7.4, 7.45, 7.5, 8.0, 8.2, 12.0]),
    st.sampled_from(QUALIFIERS),
    st.sampled_from(["2017", "2018"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(figures, min_size=1, max_size=9))
def test_cells_match_pairwise(spec: list[tuple[str, float, str, str]]) -> None:
    topic = [feature(i, *f) for i, f in enumerate(spec)]
    found = {
        c.claims[0].period: c
        for c in conflicts(topic, near=NEAR)
        if c.kind in (Kind.value, Kind.scale)
    }
    for period in ("2017", "2018"):
        cell = [f for f in topic if f.claim.period == period]
        expected = {
            x.claim.id
            for x, y in itertools.permutations(cell, 2)
            if x.claim.source != y.claim.source and not agrees(x.figure, y.figure, near=NEAR)
        }
        listed = {c.id for c in found[period].claims} if period in found else set()
        assert listed == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(figures, min_size=1, max_size=9))
def test_period_note_needs_two_sources_and_disagreeing_periods(
    spec: list[tuple[str, float, str, str]],
) -> None:
    topic = [feature(i, *f) for i, f in enumerate(spec)]
    notes = [c for c in conflicts(topic, near=NEAR) if c.kind == Kind.period]
    assert len(notes) <= 1
    if notes:
        assert len({f.claim.source for f in topic}) >= 2
        assert len({f.claim.period for f in topic}) == 2
        # some figure of one period disagrees with some figure of the other
        a = [f for f in topic if f.claim.period == "2017"]
        b = [f for f in topic if f.claim.period == "2018"]
        assert any(not agrees(x.figure, y.figure, near=NEAR) for x in a for y in b)
        assert {c.id for c in notes[0].claims} == {f.claim.id for f in topic}


def test_same_period_figures_of_one_value_make_no_note() -> None:
    topic = [feature(0, "s1", 6.0, "=", "2017"), feature(1, "s2", 6.0, "=", "2018")]
    assert list(conflicts(topic, near=NEAR)) == []


def test_many_sources_one_dispute_is_one_conflict() -> None:
    topic = [feature(i, f"s{i:02d}", 7.4 if i % 3 else 7.9, "=", "2018") for i in range(30)]
    found = list(conflicts(topic, near=NEAR))
    assert [c.kind for c in found] == [Kind.value]
    assert len(found[0].claims) == 30
    assert found[0].message == "7.4 percent against 7.9 percent for 2018"


def test_topics_join_near_names_and_keep_others_apart() -> None:
    near = [
        feature(0, "s1", 7.4, "=", "2018", "inner mongolia"),
        feature(1, "s2", 7.9, "=", "2018", "inner mongolian"),
    ]
    far = [feature(2, "s3", 5.0, "=", "2018", "dalian")]
    grouped = topics(near + far)
    assert sorted(sorted(f.claim.id for f in t) for t in grouped) == [["c000", "c001"], ["c002"]]
