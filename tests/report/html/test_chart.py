"""report.html.chart: measures from frames (or subject and metric), one mark per source."""

from __future__ import annotations

from claimcheck.model import Claim, Role
from claimcheck.report.html.chart import charts, compact, key_of, measures
from claimcheck.report.html.page import Standing


def claim(cid: str, source: str, value: float | None, period: str, **more) -> Claim:
    fields = {
        "entity": "changchun",
        "measure": "gdp",
        "role": Role.change,
        "unit": "percent",
        **more,
    }
    return Claim(
        cid,
        source,
        f"{value} percent",
        f"GDP grew {value} percent.",
        value=value,
        period=period,
        **fields,
    )


def test_key_uses_the_frame_else_subject_and_metric() -> None:
    assert key_of(claim("a", "s", 7.4, "2018-H1")) == ("changchun", "gdp", "change", "percent")
    legacy = Claim(
        "b",
        "s",
        "8%",
        "q",
        value=8,
        period="2017-H1",
        unit="percent",
        subject=" Changchun ",
        metric="GDP",
    )
    assert key_of(legacy) == ("changchun", "gdp", "", "percent")
    assert key_of(claim("c", "s", 7.4, "2018-H1", status="rejected")) is None
    assert key_of(claim("d", "s", 7.4, "not a period")) is None
    assert key_of(claim("e", "s", None, "2018")) is None  # no figure
    assert key_of(claim("f", "s", None, "2018", low=3, high=5)) is not None  # a range is a bar


def test_one_mark_per_source_period_and_value() -> None:
    found = measures(
        [
            claim("a", "s1", 7.4, "2018-H1"),
            claim("b", "s1", 7.4, "2018-H1"),
            claim("c", "s2", 7.4, "2018-H1"),
        ]
    )
    assert [c.id for c in next(iter(found.values()))] == ["a", "c"]


def test_disputed_figures_are_joined_in_red_and_charted_first() -> None:
    claims = [
        claim("a", "s1", 7.4, "2018-H1"), claim("b", "s2", 7.9, "2018-H1"), claim("c", "s1", 6.5, "2017-H1"),
        claim("x", "s1", 3.0, "2016", measure="exports"), claim("y", "s1", 4.0, "2017", measure="exports"),
        claim("z", "s1", 1.0, "2017", measure="lonely"),
    ]  # fmt: skip
    shown, total = charts(claims, {"a": Standing.disputed, "b": Standing.disputed}, limit=5)
    assert total == 2  # the lonely figure is not charted
    gdp, exports = shown
    assert gdp.title == "changchun · gdp · change" and gdp.disputed and not exports.disputed
    assert [t.text for t in gdp.x_ticks] == ["2017-H1", "2018-H1"]  # in time order
    assert [(g.disputed, g.y1 < g.y2) for g in gdp.gaps] == [(True, True)]
    assert {d.colour for d in gdp.dots} == {0, 1} and gdp.legend == ((0, "s1"), (1, "s2"))
    left, top, right, bottom = gdp.plot
    assert all(left <= d.x <= right and top <= d.y <= bottom for d in gdp.dots)
    assert gdp.baseline == bottom  # zero is on the axis: the figures are all above it
    assert [r.standing for r in gdp.rows].count(Standing.disputed) == 2
    assert (
        charts(claims, {}, limit=1)[0][0].title == "changchun · gdp · change"
    )  # most sources first


def test_compact_numbers() -> None:
    assert [compact(v) for v in (2.4e9, 98_510_000, 7.4, 0, -12_500, 1.5e12)] == [
        "2.4bn",
        "98.5m",
        "7.4",
        "0",
        "-12.5k",
        "1.5tn",
    ]


def test_the_legend_names_one_source_per_colour() -> None:
    claims = [claim(f"c{n}", f"s{n:02d}", 5.0 + n, "2018") for n in range(10)]
    (only,), _ = charts(claims, {}, limit=1)
    assert len(only.legend) == 8 and only.unlisted == 2 and len({d.colour for d in only.dots}) == 8
