"""Roles by class (`claimcheck.extract.roles`): each class with several wordings of our own, so
that a rule is a rule of the class and not of one sentence."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.model import Quantity


def _roles(text: str) -> dict[str, str]:
    """Each quantity's text and its frame's role."""
    return {
        m.text: m.frame.role.value
        for m in extract(text)
        if isinstance(m, Quantity) and m.frame is not None
    }


def _role(text: str, surface: str) -> str:
    found = _roles(text)
    assert surface in found, found
    return found[surface]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Quarterly revenue doubled to $3.4 billion.", "doubled"),
        ("Imports from the region have tripled since 2015.", "tripled"),
        ("The share price has halved this year.", "halved"),
        ("Patients on the drug were four times as likely to recover.", "four times"),
        ("The new battery stores 1.6 times more energy.", "1.6 times"),
        ("Cases rose 3.5-fold in a fortnight.", "3.5-fold"),
    ],
)
def test_a_multiple_is_a_change(text: str, surface: str) -> None:
    assert _role(text, surface) == "change"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Spring rainfall was 22% below average.", "22%"),
        ("The lake was 1.8 degrees warmer than usual.", "1.8 degrees"),
        ("The house sold for £35,000 above the asking price.", "£35,000"),
        ("The new chip runs 25% faster on video tasks.", "25%"),
        ("The bid is a 41% premium to the last close.", "41%"),
        ("Summer temperatures were 3.1C above normal.", "3.1C"),
    ],
)
def test_a_difference_from_a_baseline_is_a_change(text: str, surface: str) -> None:
    assert _role(text, surface) == "change"


@pytest.mark.parametrize(
    ("text", "level", "change"),
    [
        ("The insurer made a profit of $910m, down 6 per cent.", "$910m", "6 per cent"),
        ("Attendance was 38,200, up 9% on last season.", "38,200", "9%"),
        ("Margins averaged 14.1%, down from 15.3% a year earlier.", "14.1%", None),
    ],
)
def test_a_direction_after_a_comma_belongs_to_the_next_figure(
    text: str, level: str, change: str | None
) -> None:
    roles = _roles(text)
    assert roles[level] == "level", roles
    if change:
        assert roles[change] == "change", roles


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Nasdaq gained 212 points, or 1.3%, to 16,340.", "1.3%"),
        ("Output climbed 40,000 barrels, or 2 per cent, in May.", "2 per cent"),
    ],
)
def test_a_figure_in_apposition_to_a_change_is_a_change(text: str, surface: str) -> None:
    assert _role(text, surface) == "change"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The biotech firm raised $42 million from investors.", "$42 million"),
        ("Volunteers raised more than £9,000 for the hospice.", "£9,000"),
        ("The app maker has raised €7.5m in its latest round.", "€7.5m"),
    ],
)
def test_money_raised_is_a_level(text: str, surface: str) -> None:
    assert _role(text, surface) == "level"


def test_raised_by_is_still_a_change() -> None:
    assert (
        _role("The bank raised its rate by 0.5 percentage points.", "0.5 percentage points")
        == "change"
    )


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A survey of 1,500 parents found most were worried.", "1,500"),
        ("The firm operates 80 branches and flies to 31 cities.", "31"),
        ("There are 2,400 registered charities in the county.", "2,400"),
        ("The match was played in front of 52,000 spectators.", "52,000"),
        ("The shop is run by 12 volunteers.", "12"),
        ("The gang stole £2m from 150 pensioners.", "150"),
        ("The candidate won after two recounts.", "two"),
    ],
)
def test_a_count_that_names_its_noun_stays_a_count(text: str, surface: str) -> None:
    assert _role(text, surface) == "count"


def test_a_count_after_a_change_and_to_is_a_level() -> None:
    assert _role("Membership rose to 4,100 members.", "4,100") == "level"
    assert _role("Job losses fell by 3,000 to 11,000.", "3,000") == "change"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In the latest poll, the Greens are on 12% and Labour on 41%.", "12%"),
        ("Roughly 1 in 4 adults has never used the service.", "1 in 4"),
        ("Some 61% said the economy was getting worse.", "61%"),
        ("Of those asked, 44% supported the plan.", "44%"),
        ("The committee has 40 members, of whom 45% are women.", "45%"),
    ],
)
def test_a_part_of_a_group_is_a_share(text: str, surface: str) -> None:
    assert _role(text, surface) == "share"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Gusts of 80mph could hit the coast tonight.", "80mph", "forecast"),
        ("Up to 40mm of rain may fall in the hills.", "40mm", "forecast"),
        ("Highs of 29C to 31C are expected at the weekend.", "29C to 31C", "forecast"),
        ("Delays averaged 9 minutes in May.", "9 minutes", "level"),
        ("Older drivers were more likely to crash, at 14%.", "14%", "level"),
    ],
)
def test_an_expectation_after_the_figure_makes_a_forecast(
    text: str, surface: str, role: str
) -> None:
    assert _role(text, surface) == role


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The deficit is forecast to shrink to 3.9% next year from 4.6%.", "4.6%"),
        ("Fares will go up from £2.40 to £2.70.", "£2.40"),
        ("Sales fell 3% after a 2% rise in March.", None),
    ],
)
def test_a_previous_level_inside_a_forecast(text: str, surface: str | None) -> None:
    if surface is None:  # "after" is time, no previous level
        assert "previous" not in _roles(text).values()
    else:
        assert _role(text, surface) == "previous"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Labour needs a swing of 3.5 percentage points.", "3.5 percentage points"),
        ("The gap narrowed to 2 percentage points.", None),
    ],
)
def test_points_of_a_percentage_are_a_change(text: str, surface: str | None) -> None:
    if surface is not None:
        assert _role(text, surface) == "change"
    else:
        assert _role(text, "2 percentage points") == "level"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("The survey of 900 voters put the Liberals on 31%.", "31%", "share"),
        ("Among likely voters, Ortega leads 51% to 44%.", "44%", "share"),
        ("Support for the strike stands at 62%.", "62%", "share"),
        ("The approval rating fell to 36%.", "36%", "level"),
    ],
)
def test_percentages_in_a_poll_are_shares(text: str, surface: str, role: str) -> None:
    assert _role(text, surface) == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Claims rose by 4,000 to 221,000 in the week ended May 11.", "221,000", "level"),
        ("Sales fell 3% in May, the agency said.", "3%", "change"),
        ("A further 80 beds will be opened this winter.", "80", "forecast"),
        ("Up to 25mm may fall overnight.", "25mm", "forecast"),
    ],
)
def test_may_the_month_is_no_expectation(text: str, surface: str, role: str) -> None:
    assert _role(text, surface) == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (
            "The firm made a loss of $40m, compared with a profit of $12m a year ago.",
            "$12m",
            "previous",
        ),
        ("Crowds averaged 23,400 this season.", "23,400", "level"),
        ("Burglaries have halved since 2015, to 310 a year.", "310 a year", "level"),
        ("The bill passed by 301 votes to 254.", "254", "count"),
        ("The board voted 7 to 2 in favour.", "2", "count"),
        ("The cap falls by £80 to £1,690.", "£1,690", "level"),
    ],
)
def test_levels_counts_and_previous_levels_in_news_wording(
    text: str, surface: str, role: str
) -> None:
    assert _role(text, surface) == role


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Turnout among registered voters reached 71.4%.", "71.4%"),
        ("In the poll, his approval rating fell to 38%.", "38%"),
    ],
)
def test_a_named_rate_in_a_poll_is_a_level(text: str, surface: str) -> None:
    assert _role(text, surface) == "level"


def test_advanced_is_a_direction_only_before_its_figure() -> None:
    assert _roles("The Nasdaq advanced 1.4% to 17,020.") == {"1.4%": "change", "17,020": "level"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The miner kept its full-year guidance of 254 million tonnes.", "254 million tonnes"),
        ("The retailer raised its guidance for annual sales to $4.1 billion.", "$4.1 billion"),
        ("It guided for revenue of about $12 billion next quarter.", "$12 billion"),
    ],
)
def test_guidance_is_a_forecast(text: str, surface: str) -> None:
    assert _role(text, surface) == "forecast"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (
            "Amani scored his fourth goal of the campaign before Dolan sealed the win with "
            "nine minutes left.",
            "nine minutes",
            "level",
        ),
        ("After a late goal from Ruiz, the crowd of 41,288 went home happy.", "41,288", "level"),
        ("The city set a goal of 197 high-tech enterprises.", "197", "target"),
        ("Its first goal is to cut emissions 40% by 2030.", "40%", "target"),
    ],
)
def test_a_scored_goal_is_no_aim(text: str, surface: str, role: str) -> None:
    assert _role(text, surface) in (role, "count" if role == "level" else role)


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # the same level twice: "to $14.0 billion, or $4.81 per share"
        (
            "Net income rose 50 percent to $14.0 billion, or $4.81 per share.",
            "$4.81 per share",
            "level",
        ),
        ("Profit climbed 12% to £2.1bn, or 31p a share.", "31p a share", "level"),
        # the same change twice stays a change
        ("Shares rose $1.34, or 1.7%, to $80.", "1.7%", "change"),
        # what analysts expected is a forecast, not a result
        (
            "Sales rose 6.4% to $38.2 billion, beating estimates of $37.6 billion.",
            "$37.6 billion",
            "forecast",
        ),
        ("Earnings per share of 68 cents beat the consensus of 64 cents.", "64 cents", "forecast"),
        ("The listing could raise HK$1.2 billion.", "HK$1.2 billion", "forecast"),
    ],
)
def test_apposed_levels_and_expectations(text: str, surface: str, role: str) -> None:
    assert _role(text, surface) == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Total attendance at the tournament fell short of 1.9 million.", "1.9 million", "count"),
        ("Quarterly sales fell just short of $2 billion.", "$2 billion", "level"),
        ("The turnout came well shy of 60%.", "60%", "level"),
        ("Sales fell 5% to $2 billion.", "5%", "change"),  # a fall, then its level
    ],
)
def test_an_edge_fallen_short_of_is_no_change(text: str, surface: str, role: str) -> None:
    assert _role(text, surface) == role
    (q,) = [m for m in extract(text) if isinstance(m, Quantity) and m.text == surface]
    assert q.direction == ("down" if role == "change" else None)


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        ("The appeal raised $700,000 more than last year's.", "$700,000", "up"),
        ("The club sold 3,000 fewer tickets than last season.", "3,000", "down"),
        ("The chain has 40 more stores than its rival.", "40", "up"),
        ("Fares were 12p lower than in 2019.", "12p", "down"),
    ],
)
def test_a_figure_more_or_less_than_another_is_a_difference(
    text: str, surface: str, direction: str
) -> None:
    assert _role(text, surface) == "change"
    (q,) = [m for m in extract(text) if isinstance(m, Quantity) and m.text == surface]
    assert q.direction == direction


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        ("Rainfall was 13 per cent above the long-term mean.", "13 per cent", "up"),
        ("Rainfall was 13 per cent below average.", "13 per cent", "down"),
        ("July was 0.3C below the 1991-2020 average.", "0.3C", "down"),
        ("The year was 1.46C above average.", "1.46C", "up"),
        ("Fees were £40 below the cap.", "£40", "down"),
        # a height above a point is no difference from a reference
        ("The summit is 300 metres above sea level.", "300 metres", None),
    ],
)
def test_a_figure_above_or_below_a_reference_has_its_direction(
    text: str, surface: str, direction: str | None
) -> None:
    (q,) = [m for m in extract(text) if isinstance(m, Quantity) and m.text == surface]
    assert q.direction == direction


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (
            "The council will raise council tax by 4.99 per cent from April, taking a typical "
            "bill to £2,274.08.",
            "£2,274.08",
            "forecast",
        ),
        ("Sales rose 5% in 2023, taking the total to $2 billion.", "$2 billion", "level"),
    ],
)
def test_a_clause_going_on_with_a_participle_keeps_the_expectation(
    text: str, surface: str, role: str
) -> None:
    assert _role(text, surface) == role


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "'We remain on track for 36 million arrivals this year,' the minister said.",
            "36 million",
        ),
        ("The airline is on course to carry 50 million passengers in 2025.", "50 million"),
        ("Sales are on pace for a record $2 billion.", "$2 billion"),
    ],
)
def test_on_track_for_a_figure_is_a_forecast(text: str, surface: str) -> None:
    assert _role(text, surface) == "forecast"


@pytest.mark.parametrize(
    ("key", "tail", "expected"),
    [
        ("previous_before", "prices are down from a peak of ", True),  # overlapping cues
        ("previous_before", "sales rose to $4m, up from ", True),
        ("previous_before", "the figure 'compared with ", True),  # a cue after a quote mark
        ("previous_before", "sales rose to $4m, up from $3m in ", False),
        ("change_before", "1% 1% 1% 1% ", False),  # figures alone: no cue ends them
        ("change_before", "profits grew ", True),
        ("change_before", "profits grew strongly, to ", False),
        ("change_before", "the growth-", False),  # a cue's word inside a compound ends none
        ("change_before", "sales (rose ", True),  # a cue after a bracket
        ("change_before", "the once-rose ", False),  # nor after a hyphen
        ("level_before", "", False),
    ],
)
def test_a_cue_ends_a_tail(key: str, tail: str, expected: bool) -> None:
    from claimcheck import framelex
    from claimcheck.extract.roles import _ends_with

    assert _ends_with(framelex.load(), key, tail) is expected


def test_the_last_word_test_keeps_every_cue() -> None:
    """`may_end` passes every tail that a cue of the list ends, and holds back a tail ending in
    no cue's last word (the cheap test before the list's pattern)."""
    from claimcheck import framelex
    from claimcheck.extract.role_patterns import may_end

    flex = framelex.load()
    for key, ends in flex.role_ends.items():
        pattern = flex.roles[key]
        for cue in ("rose by", "up from", "compared with", "stood at", "aims", "share of"):
            hit = pattern.fullmatch(cue)
            assert (hit is not None) <= may_end(ends, "sales " + cue), (key, cue)
        assert not may_end(ends, "sales of 4.5%")
    assert may_end(None, "anything")
