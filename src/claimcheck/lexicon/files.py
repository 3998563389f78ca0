"""The lexicon's shared pieces: its error, the `WordLists` record, and reading a packaged data
file with the safe loader."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from claimcheck.errors import ConfigError
from claimcheck.io.usercache import remembered

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 8x faster


class LexiconError(ConfigError):
    """A lexicon file that is not as the extractor needs it (the message names the field)."""


@dataclass(frozen=True)
class WordLists:
    """Classes of words the extractor's patterns are built from (``words:`` in the lexicon),
    each in the order its pattern tries them; phrases match with flexible white space."""

    bare_one_after: tuple[
        str, ...
    ]  # after a lone "one", what makes it a pronoun ("one of", "one day")
    bare_one_before: tuple[str, ...]  # before a lone "one", the same ("no one", "the one")
    vague_quantifiers: tuple[
        str, ...
    ]  # before "hundred", "thousand": no figure ("several hundred")
    serial_nouns: tuple[str, ...]  # counted in a series after "a third" ("a third term")
    conversion_hedges: tuple[
        str, ...
    ]  # inside the bracket of a conversion ("(about $1.6 billion)")
    spread_verbs: tuple[str, ...]  # before "from X to Y", a range, not a change ("ranged from")
    by_hedges: tuple[str, ...]  # between "by" and a change ("fell by about 3%")
    plurals_without_s: tuple[str, ...]  # nouns that millions count ("1.2m people")
    s_words_not_plural: tuple[str, ...]  # words ending in s that are no plural noun ("12m across")
    share_verbs: tuple[str, ...]  # before "up": a share, not a rise ("made up 9 percent")
    negative_words: tuple[str, ...]  # make the figure after them negative ("minus five")
    change_nouns: tuple[str, ...]  # between a figure and its time ("a 0.9% gain in February")
    sharp_change_nouns: tuple[str, ...]  # the same, read before a time only ("a jump in 2019")
    record_verbs: tuple[str, ...]  # between a figure and its time ("12% recorded in 2019")
    relative_words: tuple[str, ...]  # open a figure's own clause ("1.1 million who came in 2019")
    time_prepositions: tuple[str, ...]  # before a figure's time ("in 2018", "as of March")
    period_parts: tuple[str, ...]  # "the end of", "the rest of" a figure's time
    sentence_openers: tuple[str, ...]  # open a sentence that continues the one before (as written)
    comparison_words: tuple[
        str, ...
    ]  # before a time that is a comparison's baseline ("than in 2016")
    baseline_nouns: tuple[str, ...]  # "the number in 2016": a baseline too
    compared_words: tuple[str, ...]  # before a compared figure ("down from 68.8% in 2019")
    comparing_words: tuple[str, ...]  # between a figure and the time it compares with ("over")
    same_period_nouns: tuple[str, ...]  # "the same period of the previous year"
    half_sides: tuple[str, ...]  # before "half", a part of a year ("the back half")
    not_counted: tuple[str, ...]  # after a figure, no noun it counts ("5 of", "3 more")
    inch_after: tuple[str, ...]  # after "in", what makes it inches ("2 in thick")
    saying_verbs: tuple[str, ...]  # after a name, a source's verb ("Xinhua reported")
    units_after_year: tuple[str, ...]  # after a year, what makes it an amount ("2018 yuan")
    time_after_a_year: tuple[str, ...]  # after "a year": a time, not a rate ("a year earlier")
    after_tax_nouns: tuple[str, ...]  # "a year after tax" is a rate still
    adding_clause_openers: tuple[str, ...]  # ", which ...": a clause that adds to the one before
    attribution_words: tuple[str, ...]  # "according to Xinhua": names that are sources
    spaced_scale_suffixes: tuple[str, ...]  # scale suffixes that may follow a space ("5 bn")
    months_also_words: tuple[str, ...]  # month names that are common words too ("may", "march")
    score_verbs: tuple[
        str, ...
    ]  # before a score ("won 3-1", "beat Chelsea 5-0", "the final score was")
    score_after: tuple[str, ...]  # after a score ("a 2-2 draw", "3-0 up", "3-1 on aggregate")
    name_nouns: tuple[
        str, ...
    ]  # before a number that names ("junction 31", "number 38", "room 12")
    route_nouns: tuple[str, ...]  # after "the" and a number that names a route ("the 73 bus")
    not_names: tuple[str, ...]  # capitalised before a figure, no name ("Some 4,500", "Another 200")
    clock_verbs: tuple[str, ...]  # before "at" and a dotted clock time ("resumed at 10.30")
    vague_few: tuple[
        str, ...
    ]  # before a multiplier: a vague amount of two or more ("a few hundred")
    vague_tens: tuple[
        str, ...
    ]  # before "of" and a plural multiplier, its tens and hundreds, in order
    vague_groups: tuple[
        str, ...
    ]  # group words that count a vague amount ("dozens of", "scores of")
    clock_after: tuple[
        str, ...
    ]  # after "the" and a dotted time: a train ("the 7.42 from Brighton")
    age_before: tuple[str, ...]  # right before a figure: it is an age ("aged 17", "median age of")
    person_nouns: tuple[
        str, ...
    ]  # a person, whose age follows ("the defendant, 34,", "children under 5")
    ed_nouns: tuple[str, ...]  # nouns ending in "ed", which a figure may count ("12 beds")
    bond_nouns: tuple[str, ...]  # after "10-year": the name of a bond ("the 10-year Treasury")
    # right before "over" and a duration: "over" says more than ("for over 20 years", "took
    # over six hours"); elsewhere it says during ("lost 15% over 68 weeks")
    over_is_more_after: tuple[str, ...]
    # in the sentence of a month named without its year, words that put it ahead: "will open
    # in May" is May of the publication year; elsewhere a month after the publication month
    # is last year's ("assets grew to ... by the end of December", published in April)
    future_cues: tuple[str, ...]
    # right after a figure, a time no calendar dates: the figure is not the sentence's period's
    # ("32.8 million in the year to March, compared with 36.4 million before the pandemic")
    undated_times: tuple[str, ...]


def packaged(name: str) -> Any:
    """A YAML data file shipped in ``claimcheck/data/``, read with the safe loader (on the
    command line, read back from the user cache while the file's bytes are the same)."""
    here = Path(__file__).resolve().parent.parent / "data" / name
    if here.is_file():  # installed as files, as pip does: no importlib.resources (nor tempfile)
        raw = here.read_bytes()
    else:
        from importlib import resources

        raw = resources.files("claimcheck").joinpath("data", name).read_bytes()
    return remembered(f"data-{name}", raw, lambda: yaml.load(raw.decode("utf-8"), Loader=_Loader))


def safe_loader() -> Any:
    """PyYAML's safe loader (libyaml's when available), for lexicon files read from a path."""
    return _Loader
