"""Each fragment of ``context_patterns`` (built from the lexicon's word classes) on its own,
and `fragments.phrases`."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from claimcheck import lexicon
from claimcheck.extract import context_patterns as CP
from claimcheck.extract import fragments as F
from claimcheck.extract import patterns as P

LEX = lexicon.load()


def test_phrases_keep_their_order_and_flexible_space() -> None:
    alt = F.phrases(["vs.", "vs", "compared with"])
    assert alt == r"(?:vs\.|vs|compared\s+with)"
    assert re.fullmatch(alt, "compared   with") and re.fullmatch(alt, "vs.")
    assert not re.fullmatch(alt, "versus")


def test_fragments_alternation_prefers_the_longest() -> None:
    assert F.alternation(["a", "ab"]) == "(?:ab|a)"


# (fragment, flags, how it is applied, texts it matches, texts it does not)
CASES: list[tuple[Callable[[lexicon.Lexicon], str], int, str, list[str], list[str]]] = [
    (CP.bare_one_after, re.I, "match", [" of them", ".", "", " day", " way or"], [" mile", " percent", " ofx"]),
    (CP.bare_one_before, re.I, "search", ["no ", "the only ", "Every "], ["bought ", "nobody "]),
    (CP.vague_before, re.I, "search", ["several ", "a few ", "many  "], ["seven ", "the "]),
    (CP.serial_noun, re.I, "match", [" term", " consecutive", " straight"], [" terms", " of"]),
    (CP.conversion_open, 0, "fullmatch", [" (", " (about ", "(or "], [" (About ", " (x"]),
    (CP.spread_from, re.I, "search", ["ranged from ", "varies from "], ["rose from ", "ranger from "]),
    (CP.by_before, re.I, "search", ["by ", "by about ", "fell by nearly "], ["by the ", "nearby "]),
    (CP.counted_after, 0, "match", [" people", " residents", " tourist visits", " new-homes"],
     [" across", " high", " Residents", " tall towers", " long walls"]),
    (CP.time_adjacent, P.FLAGS, "fullmatch", [" in ", ", gains in ", " recorded in ", " by the end of the ",
                                              " as of ", " in the first of ", " who came in ", " that was recorded "],
     [" and in ", " than in ", " who came back to us in "]),
    (CP.sentence_opener, 0, "match", ["And then", "In addition, it", "Of these"], ["and then", "Andrew", "Today"]),
    (CP.baseline_before, P.FLAGS, "search", ["than in ", "compared with ", "the number in ", "since ",
                                             "than at the end of ", "up 7.5 percent from ",
                                             "the second-warmest year on record after ",
                                             "the busiest behind "],
     ["rose in ", "grew ", "fromage ", "rose 3% after ", "highest, after falling in "]),
    (CP.compared_figure, re.I, "search", [" down from 68.8", ", compared with 9.8"], [" in 2019", " from the"]),
    (CP.compared_before, re.I, "search", ["well below the 1.1 million who came ", "up from 4.1 billion yuan "],
     ["from 3.1 billion yuan in 2016 to 45 billion yuan ", "rose 5% ", "from 4.1 billion, and ",
                                      "up from 6.5% a year earlier.\n"]),
    (CP.comparing, re.I, "search", [" over the same", " versus "], [" in the same", " overall"]),
    (CP.change_noun, re.I, "search", [" growth was", " gains "], [" jump ", " growing "]),
    (CP.and_a_half, re.I, "match", [" and a half", " and one half"], [" and two half", " and a halfway"]),
    (CP.half_before, P.FLAGS, "search", ["the first ", "second-", "the back ", "upper "], ["third ", "a "]),
    (CP.inch_ok, re.I, "match", [" thick", ".", ""], [" the", " 2020"]),
    (CP.said_after, 0, "match", [" reported", " said on"], [" Reported", " sailed", " reported a net loss", " announced its first"]),
    (CP.not_a_rate, re.I | re.X, "match", [" earlier", "-on-year", " before the merger", " after 2010"],
     [" after tax", " per", ""]),
    (CP.soft_break, re.I, "match", [", which", ", marking"], [", and", " which"]),
    (CP.attribution, re.I, "search", ["according to the bureau", "the NBS said"], ["the sales rose"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("fragment", "flags", "how", "yes", "no"), CASES, ids=[c[0].__name__ for c in CASES]
)
def test_context_fragment(
    fragment: Callable[[lexicon.Lexicon], str], flags: int, how: str, yes: list[str], no: list[str]
) -> None:
    pattern = re.compile(fragment(LEX), flags)
    apply = getattr(pattern, how)
    for text in yes:
        assert apply(text) is not None, text
    for text in no:
        assert apply(text) is None, text


def test_compiled_patterns_use_the_fragments() -> None:
    pats = P.compile_for(LEX)
    assert pats.serial_noun.pattern == CP.serial_noun(LEX)
    assert pats.time_adjacent.flags & re.VERBOSE


def test_direction_adjacent_takes_its_verbs_from_the_lexicon() -> None:
    fragment = P.direction_adjacent(LEX)
    for verb in LEX.words.share_verbs:
        assert re.search(fragment, f"it {verb} up ", P.FLAGS) is None
    assert re.search(fragment, "it was up ", P.FLAGS) is not None


@pytest.mark.parametrize(
    "before",
    ["than in ", "compared with the ", "the number in ", "the level at the ", "since ",
     "up 7.5 percent from ", "2.1C above the ", "the second-warmest year after ",
     "the most since records began in ", "vs. ", "the same period of the ",
     "than during the end of the "],
)  # fmt: skip
def test_a_baseline_ends_with_one_of_its_last_words(before: str) -> None:
    """`baseline_ends` holds the last word of every text `baseline_before` matches, so that
    the set lookup before the search drops none."""
    lex = lexicon.load()
    pats = P.compile_for(lex)
    assert pats.baseline_before.search(before) is not None, before
    assert before.split()[-1].lower() in pats.baseline_ends


def test_a_time_after_another_word_is_no_baseline() -> None:
    pats = P.compile_for(lexicon.load())
    for before in ("rose 5% ", "sales reached ", "the figure was 5% "):
        assert before.split()[-1].lower() not in pats.baseline_ends
        assert pats.baseline_before.search(before) is None
