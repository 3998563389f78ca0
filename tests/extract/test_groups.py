"""Figures of a wider group than their sentence's subject (``claimcheck.extract.groups``)."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.framelex import load
from claimcheck.model import Quantity


def entities(text: str) -> dict[str, str | None]:
    return {m.text: m.frame.entity for m in extract(text) if isinstance(m, Quantity)}


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # an adjective of a group before a noun of comparison, right before the figure
        ("Unemployment in Ohio rose to 7.2 percent, above the national average of 4.1 percent.",
         "4.1 percent", "national"),
        ("Jobless claims in Texas hit 6%, against a national unemployment rate of 4%.", "4%",
         "national"),
        # ... or right after it
        ("Liaoning's economy grew by 5.3 per cent, higher than the 5.2 per cent national level.",
         "5.2 per cent", "national"),
        # a name or initials before "average"
        ("Greece's debt stood at 161 percent of GDP, against an EU average of 81 percent.",
         "81 percent", "eu"),
        # a place "as a whole"
        ("Inflation in Wales was 3.4%, compared with 3.1% across the UK as a whole.", "3.1%",
         "uk"),
        # an adverb after a compared figure, or opening the figure's clause
        ("The county's obesity rate is 31%, against 26% nationally.", "26%", "national"),
        ("Births in Lisbon fell 4%, while nationwide they dropped 2.1%.", "2.1%", "national"),
        ("Nationally, GDP rose 5.3 percent in 2023.", "5.3 percent", "national"),
        ("Ohio's rate rose to 7.2 percent, while worldwide it was 5 percent.", "5 percent",
         "global"),
        # an adjective of a group opening the figure's clause, in lower case or first
        ("The national office vacancy rate stands at 13.8%.", "13.8%", "national"),
        ("Global sales of electric cars rose 35% in 2023.", "35%", "global"),
    ],
)  # fmt: skip
def test_a_wider_groups_figure_is_the_groups(text: str, figure: str, entity: str) -> None:
    assert entities(text)[figure] == entity


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # the subject's own figure: no comparison before the adverb
        ("Acme employs 12,000 people worldwide.", "12,000", "acme"),
        ("Ohio's unemployment rose to 7.2 percent.", "7.2 percent", "ohio"),
        # an average that is a time, not a group
        ("Harbin's hotels were 71% full, above the long-term average of 65%.", "65%", "harbin"),
        # a name in the clause after the adverb is the figure's
        ("Nationally, Ohio's rate rose to 7.2 percent.", "7.2 percent", "ohio"),
        # a name, not the adjective: capitalised in mid-sentence or before a capitalised word
        ("Output rose 5%, the National Bureau of Statistics said.", "5%", None),
        ("The National Bureau of Statistics said output rose 5%.", "5%", None),
        # a possessive name owns the subject the adjective opens
        ("The national carrier Qantas's profit rose 5%.", "5%", "qantas"),
    ],
)  # fmt: skip
def test_no_wider_group_without_its_words(text: str, figure: str, entity: str | None) -> None:
    assert entities(text)[figure] == entity


def test_the_group_words_are_data() -> None:
    groups = load().groups
    assert groups is not None
    assert groups.of["nationwide"] == "national" and groups.of["globally"] == "global"
    assert groups.before.search("above the national average of ") is not None
    assert groups.before.search("above the average of ") is None
    assert groups.after.match(" nationally.") is not None
    assert groups.after.match(" national level") is not None
    assert groups.after.match(" national team") is None
    assert groups.opening.search("nationally, gdp rose") is not None


@pytest.mark.parametrize(
    "section",
    [{"national": ["national"]}, {"national": {"adjectives": ["national"]}}, {}],
)
def test_a_bad_wider_groups_section_is_a_config_error(section: object) -> None:
    from claimcheck.errors import ConfigError
    from claimcheck.frame_sections import wider_groups

    with pytest.raises(ConfigError):
        wider_groups({"wider_groups": section, "group_nouns": ["average"]})
