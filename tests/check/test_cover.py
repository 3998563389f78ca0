"""A draft clause that says what its source sentence does not may not fail on that match
(check/cover.py): another segment, fuel, tier or place is another figure."""

from __future__ import annotations

import pytest

from claimcheck.check.cover import load
from claimcheck.check.words import load as load_words
from claimcheck.lexicon import load as load_lexicon
from tests.check.judging import finding_of, verdict_of


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure"),
    [("The jobless rate in Catalonia fell to 9.3 percent in the second quarter of 2023.",
      "Catalonia's youth unemployment rate was 24.6 percent in the second quarter of 2023.",
      "24.6 percent"),
     ("China added 217 gigawatts of solar capacity in 2023.",
      "China added 76 gigawatts of wind capacity in 2023.", "76 gigawatts"),
     ("UK public sector net borrowing was £128.3 billion in 2022.",
      "UK central government net borrowing was £142.8 billion in 2022.", "£142.8 billion"),
     ("Container throughput at the port fell 6.9 percent in 2023.",
      "Total cargo throughput at the port fell 6.1 percent in 2023.", "6.1 percent"),
     # a word of the source's attribution alone says nothing of what its figure measures
     ("Wind farms supplied 22 percent of power demand in Denmark in 2023, the grid operator said.",
      "Wind farms supplied 58 percent of Denmark's grid in 2023.", "58 percent"),
     # a reference period the source does not name is another baseline
     ("Global average surface temperature in 2023 was 1.48C above the 1850-1900 "
      "pre-industrial level, the Copernicus Climate Change Service said on Tuesday.",
      "Copernicus said 2023 was 0.60C warmer than the 1991-2020 average.", "0.60C"),
     # a base of change the source's clause rivals: annual against monthly inflation
     ("Argentina's monthly inflation slowed to 11.0% in March from 13.2% in February, though "
      "prices were still up 287.9% from a year earlier.",
      "Annual inflation in Argentina stood at 250% in March.", "250%"),
     # a season that names an edition is news where the source names another
     ("The charity's winter appeal raised £4.3 million in 2023.",
      "The charity's summer appeal raised £1.9 million in 2023.", "£1.9 million"),
     # a phrase opening the draft's sentence bounds its figure too
     ("Buses on the route run every 6 minutes during the day.",
      "At night, buses on the route run every 20 minutes.", "20 minutes")],
)  # fmt: skip
def test_a_draft_that_says_more_than_its_source_never_fails(
    premise: str, hypothesis: str, figure: str
) -> None:
    found = finding_of(premise, hypothesis, figure, "2024-02-01")
    assert found.verdict.value == "unsupported", found.message


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure"),
    [("In the first half of 2018, the city's GDP reached year-on-year growth of 7.4 percent in Changchun.",
      "Changchun's economy expanded 9 percent in the first half of 2018.", "9 percent"),
     ("Brent crude fell 10 per cent in 2023, ending the year at $77.04 a barrel.",
      "Brent crude rose 12 per cent in 2023.", "12 per cent"),
     ("Heathrow handled 79.2 million passengers in 2023.",
      "Heathrow handled 97.2 million passengers in 2023.", "97.2 million"),
     ("Heathrow handled 79.2 million passengers in 2023, the airport said on Thursday.",
      "Last year, Heathrow handled 97.2 million passengers.", "97.2 million"),
     # a hedge's words say how the figure is stated, not what it is of
     ("Total attendance at the tournament reached 1,978,274 in 2023.",
      "Total attendance at the tournament fell short of 1.9 million in 2023.", "1.9 million"),
     ("Heathrow handled 79.2 million passengers in 2023.",
      "Heathrow handled upwards of 85 million passengers in 2023.", "85 million"),
     # the name in a trailing attribution is the speaker's, who says each clause
     ("The waiting list in England fell to 7.58 million in January, while 70.9% of A&E patients "
      "were seen within four hours in February, NHS England figures showed.",
      "In February, 76% of A&E patients in England were seen within four hours.", "76%")],
)  # fmt: skip
def test_the_same_fact_in_other_words_still_fails(
    premise: str, hypothesis: str, figure: str
) -> None:
    assert verdict_of(premise, hypothesis, figure, "2024-02-01") == "contradicted"


def test_reporting_verbs_measure_words_and_names_are_no_news() -> None:
    words = load_words(load_lexicon())
    cover = load(words)
    clause = words.content("Changchun's economy posted growth of 9 percent, officials said")
    known = words.content("the city's GDP rose 7.4 percent")
    assert cover.novel(clause, known, ("gdp", "gdp"), {"changchun"}) == []
    youth = words.content("youth unemployment was 24.6 percent")
    assert cover.novel(youth, words.content("the jobless rate fell"), ("unemployment",), ()) == [
        "youth"
    ]


def test_the_explanation_names_what_the_source_lacks() -> None:
    found = finding_of(
        "China added 217 gigawatts of solar capacity in 2023.",
        "China added 217 gigawatts of wind capacity in 2023.",
        "217 gigawatts",
    )
    assert "not in the source: wind" in found.match


def test_an_entitys_verb_is_no_news() -> None:
    # "knocks" says what the typhoon did; the draft's 1.2 billion is still the households
    premise = (
        "Typhoon Ravi made landfall on Luzon on Monday, cutting power to 1.2 million households."
    )
    hypothesis = "Typhoon Ravi knocks out power to 1.2 billion households"
    assert verdict_of(premise, hypothesis, "1.2 billion", "2024-02-01") == "contradicted"
    words = load_words(load_lexicon())
    from claimcheck.check.cover import verbs_after

    assert verbs_after("Catalonia's youth unemployment rate", ("catalonia",), words) == set()
    assert verbs_after("Typhoon Ravi knocks out power", ("typhoon ravi",), words) == {
        words.stem("knocks")
    }


def test_a_listed_word_excuses_its_inflections_only() -> None:
    """A list names base forms: "serve" excuses "served", but "win" never "wind", nor "ban"
    "band"."""
    from claimcheck.check import cover as cover_module

    words = load_words(load_lexicon())
    assert words.stem("served") in cover_module.inflected(words, "serve")
    assert words.stem("wind") not in cover_module.inflected(words, "win")
    assert words.stem("band") not in cover_module.inflected(words, "ban")
    cover = load(words)
    assert cover.novel(words.content("wind capacity"), frozenset(), ("capacity",), ()) == ["wind"]


@pytest.mark.parametrize(
    ("hypothesis", "verdict"),
    [("Line 7 cost 25 billion yuan to build.", "contradicted"),
     # another line's number is news: no failing verdict
     ("Line 8 cost 25 billion yuan to build.", "unsupported")],
)  # fmt: skip
def test_a_number_in_the_name_the_source_speaks_of_is_no_news(
    hypothesis: str, verdict: str
) -> None:
    premise = "The new Line 7 is 24 kilometres long. The line cost 20 billion yuan to build."
    assert verdict_of(premise, hypothesis, "25 billion yuan", "2024-06-01") == verdict


def test_numbers_of_the_sentence_a_pronoun_refers_to_are_not_news() -> None:
    """ "Its return on equity was 9.8 percent" is read with the sentence before it, whose own
    figure ("$2.9 billion") says nothing the source's sentence must repeat."""
    premise = "Ferrow Bank's return on equity slipped to 9.1 percent in 2023, the bank said."
    hypothesis = (
        "Ferrow Bank earned $2.9 billion in 2023. Its return on equity was 9.8 percent in 2023."
    )
    assert verdict_of(premise, hypothesis, "9.8 percent", "2024-03-01") == "contradicted"


def test_an_irregular_past_form_says_what_its_verb_says() -> None:
    # "sleep" is said by "slept", "sell" by "sold": no news, so a wrong figure fails
    premise = (
        "A study of 9,000 adults found that those who slept fewer than six hours a night were "
        "20 percent more likely to gain weight."
    )
    hypothesis = "Adults who sleep under six hours 40% more likely to gain weight"
    assert verdict_of(premise, hypothesis, "40%") == "contradicted"


def test_irregular_forms_are_data_and_fold_to_their_verb() -> None:
    words = load_words(load_lexicon())
    assert words.stem("slept") == words.stem("sleep")
    assert words.stem("sold") == words.stem("sell") and words.stem("Bought") == words.stem("buy")
    assert words.content("They slept") == words.content("They sleep")
    # short forms the stemmer keeps whole, and prefixed irregular ones
    assert words.stem("used") == words.stem("use") == words.stem("using")
    assert words.stem("repaid") == words.stem("repay")


def test_an_abbreviation_is_no_irregular_verb() -> None:
    # "Fed" (the Federal Reserve) is not "fed" the verb: it must not be read as "feed"
    words = load_words(load_lexicon())
    assert words.stem("Fed") != words.stem("feed")


def test_a_demonym_or_alias_in_the_source_covers_the_entity_it_names() -> None:
    cover = load(load_words(load_lexicon()))
    # "EU" in the draft, "European" in the source: one entity, nothing new
    assert cover.novel(["eu"], {"european", "parliament", "elect"}, [None], []) == []
    assert cover.novel(["european"], {"eu", "vote"}, [None], []) == []
    assert cover.novel(["eu"], {"french", "vote"}, [None], []) == ["eu"]
    premise = "Turnout in the European Parliament election in Norvia was 43.7 percent."
    assert verdict_of(premise, "Norvia turnout tops 50% in EU vote", "50%") == "contradicted"


def test_a_year_written_with_its_next_is_no_novel_number() -> None:
    premise = "Norland's net borrowing was £128.3 billion in the financial year ending March 2023."
    draft = "Norland's net borrowing was £128.3 million in 2022-23."
    assert verdict_of(premise, draft, "£128.3 million") == "contradicted"


def test_a_country_in_the_source_covers_its_demonym_in_the_draft() -> None:
    cover = load(load_words(load_lexicon()))
    assert cover.novel(["german"], {"germany", "electr"}, [None], []) == []
    assert cover.novel(["germany"], {"german", "electr"}, [None], []) == []


def test_the_nation_is_the_country() -> None:
    premise = (
        "Norland accounts for more than one-fifth of the country's grain output, the ministry said."
    )
    draft = "Norland produces less than 20 percent of the nation's grain."
    assert verdict_of(premise, draft, "20 percent") == "contradicted"


def test_a_source_figure_of_a_group_does_not_fail_a_draft_of_the_whole() -> None:
    premise = (
        "Unemployment among 16- to 24-year-olds rose to 14.5 percent in the three months to "
        "May, while the overall rate was unchanged at 4.4 percent."
    )
    draft = "The jobless rate held at 4.4% in the three months to May."
    assert verdict_of(premise, draft, "4.4%", "2024-07-19") != "contradicted"
    youth = "Unemployment among 16- to 24-year-olds fell to 15.4% in the three months to May."
    assert verdict_of(premise, youth, "15.4%", "2024-07-19") == "contradicted"


def test_a_number_cut_at_its_comma_is_still_the_sources() -> None:
    premise = (
        "The murder rate in Norvik fell to 8.2 per 100,000 residents last year, from 10.1 in 2022."
    )
    draft = "Norvik's murder rate fell to 2.8 per 100,000 residents in 2023."
    assert verdict_of(premise, draft, "2.8", "2024-04-03") == "contradicted"


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure"),
    [
        (
            "A magnitude 7.8 earthquake struck the province on Monday, killing 1,342 people.",
            "The magnitude 8.7 quake killed 1,342 people.",
            "8.7",
        ),
        (
            "The chain will close 48 shops next year, it said on Tuesday.",
            "The chain will close 84 stores next year.",
            "84",
        ),
    ],
)
def test_a_word_of_the_same_thing_is_no_news(premise: str, hypothesis: str, figure: str) -> None:
    assert verdict_of(premise, hypothesis, figure, "2024-03-05") == "contradicted"


def test_same_words_are_said_both_ways() -> None:
    cover = load(load_words(load_lexicon()))
    assert cover.novel(["quak"], {"earthquak"}, (), ()) == []
    assert cover.novel(["earthquak"], {"quak"}, (), ()) == []
    assert cover.novel(["quak"], {"storm"}, (), ()) == ["quak"]


def test_a_verb_of_supplying_a_share_is_no_news() -> None:
    premise = "Renewables supplied 46.3 per cent of Germany's electricity consumption last year."
    draft = "Renewables met more than half of Germany's electricity consumption in 2023."
    assert verdict_of(premise, draft, "half", "2024-01-04") == "contradicted"


def test_represent_is_no_news() -> None:
    premise = (
        "Acme agreed on Monday to buy Brio Labs for $42 per share in cash, a 37 percent "
        "premium to Friday's closing price."
    )
    draft = "Acme's offer represents a 73% premium to Brio's last close."
    assert verdict_of(premise, draft, "73%", "2024-03-04") == "contradicted"


def test_who_says_the_sentence_says_each_clause() -> None:
    premise = (
        "Halden Retail said on Tuesday that net sales rose 6.4 percent to $38.2 billion, while "
        "comparable-store sales grew 2.1 percent."
    )
    draft = "Halden Retail's comparable-store sales grew 1.2% in the quarter."
    assert verdict_of(premise, draft, "1.2%", "2024-05-21") == "contradicted"
    # a group named in another clause is still not said of this one
    other = "Wind supplied 34 percent of Germany's power, while in France nuclear plants made 65 percent."
    assert verdict_of(
        other, "German nuclear plants made 56 percent of its power.", "56 percent"
    ) == ("unsupported")


def test_irregular_past_forms_are_their_verb() -> None:
    premise = (
        "The court on Tuesday upheld a €2.4 billion fine on Lumora Search, rejecting its appeal."
    )
    assert verdict_of(premise, "Court upholds €4.2bn fine on Lumora Search", "€4.2bn") == (
        "contradicted"
    )


def test_a_season_is_no_news() -> None:
    premise = "The capital, Brennmouth, received just 41 mm of rain, 31 percent of its average."
    assert verdict_of(premise, "Brennmouth had only 96mm of rain this summer.", "96mm") == (
        "contradicted"
    )


def test_a_season_the_source_does_not_rival_is_still_no_news() -> None:
    found = finding_of(
        "The charity's appeal raised £4.3 million in 2023.",
        "The charity's winter appeal raised £4.9 million in 2023.",
        "£4.9 million",
        "2024-02-01",
    )
    assert found.verdict.value == "contradicted", found.message


def test_a_verb_whose_stem_spells_a_unit_is_still_a_word() -> None:
    """ "mining" is no "min", a minute: its stem is a unit's, the word is news."""
    words = load_words(load_lexicon())
    assert "mining" in words.content("India's mining output rose 5.8% in March")
    assert "end" not in words.content("the quarter ended March")  # a stop word's stem stays out


@pytest.mark.parametrize(
    ("novel", "clause", "sentence", "left"),
    [(["imf", "now"], "The IMF now expects India to grow 6.5 per cent.",
      "The International Monetary Fund raised its forecast to 6.8%.", ["now"]),
     (["bank"], "Return on equity at the bank slipped to 19.8 per cent.",
      "Banco Meridional's return on equity climbed to 21.4%.", []),
     # a bank named as such is news where the source says none
     (["bank"], "Bank lending rose 5%.", "Lending to households rose 5%.", ["bank"])],
)  # fmt: skip
def test_named_after_all(novel: list[str], clause: str, sentence: str, left: list[str]) -> None:
    from claimcheck.check.cover import named_after_all

    assert named_after_all(novel, clause, sentence) == left


@pytest.mark.parametrize(
    ("draft", "source"),
    [("obese", "adult obesity"), ("university-educated", "a university education"),
     ("unemployed people", "unemployment"), ("diabetic adults", "adults with diabetes")],
)  # fmt: skip
def test_another_word_of_one_root_is_no_news(draft: str, source: str) -> None:
    words = load_words(load_lexicon())
    cover = load(words)
    assert cover.novel(words.content(draft), words.content(source), [None], []) == []


def test_a_word_of_another_root_is_news() -> None:
    words = load_words(load_lexicon())
    cover = load(words)
    assert cover.novel(words.content("imports"), words.content("an important"), [None], []) == [
        "import"
    ]


def test_a_group_a_share_is_of_is_news() -> None:
    """ "Americans made up 13 per cent" says whose share it is: no word of a role only."""
    words = load_words(load_lexicon())
    cover = load(words)
    known = words.content("of whom 72 per cent came from abroad")
    assert cover.novel(words.content("Americans made up"), known, [None], []) == ["american"]
    # people in general are no group
    assert cover.novel(words.content("people made up"), known, [None], []) == []


def test_what_a_shares_whole_did_names_the_part() -> None:
    premise = (
        "Harbour Air posted the best on-time record among regional carriers in 2023, with 88.1% "
        "of flights arriving within 15 minutes of schedule, the regulator said."
    )
    found = finding_of(premise, "Harbour Air cancelled 1.4% of its scheduled flights in 2023.",
                       "1.4%", "2024-02-01")  # fmt: skip
    assert found.verdict.value == "unsupported", found.message


def test_a_name_with_a_number_the_source_speaks_of_is_no_news() -> None:
    from claimcheck.check.candidates import Candidate
    from claimcheck.check.cover import spoken_of
    from claimcheck.tolerance import Figure

    c = Candidate(None, "review", 17, "8", "8 workers were injured", Figure(8, None, "=", 1),
                  "2022-03", None, "count")  # fmt: skip
    named = frozenset({"line 5", "qingfeng"})
    clause = "Five workers were injured above the Line 5 tunnel"
    assert spoken_of(None, named, c, clause) == "line 5"
    assert spoken_of(None, named, c, "Five workers were injured above the Line 7 tunnel") == ""
    assert spoken_of(None, frozenset({"qingfeng"}), c, clause) == ""


def test_turned_out_is_no_news() -> None:
    premise = "Craft brewers in Vesland produced 312,000 hectolitres of beer last year."
    draft = "Vesland's craft brewers turned out 3.12 million hectolitres of beer last year."
    assert verdict_of(premise, draft, "3.12 million hectolitres", "2024-03-01") == "contradicted"
