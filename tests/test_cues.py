"""The cue words of ``data/cues.yaml``: validated at load, and read by the check and compare stages.

A bad file is a `ConfigError` naming the file and what is wrong, which the command line prints
as one line (exit 2, no traceback). The stages read the lists they are given: the draft check
breaks clauses and follows sentences that refer back with them, the arithmetic check reads
"X more than in YEAR" with them.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck import framelex, lexicon
from claimcheck.check import words as check_words
from claimcheck.check.query import opens_with_pronoun
from claimcheck.cli import app
from claimcheck.compare.arithmetic import check_source
from claimcheck.compare.words import load as load_compare_words
from claimcheck.errors import ConfigError
from claimcheck.lexicon import cues as lexicon_cues
from claimcheck.model import Claim

REPO = Path(__file__).resolve().parents[1]
GOOD: dict[str, Any] = {
    "version": 1,
    "clause_breaks": ["and", "compared  with"],
    "refer_back": ["Its", "The city"],
    "comparatives": {"up": ["More"], "down": ["fewer"]},
    "reporting": ["Said", "according  to"],
}


def test_the_packaged_file_parses() -> None:
    cues = lexicon.load_cues()
    assert "compared with" in cues.clause_breaks and "The city" in cues.refer_back
    assert cues.more == {"more", "higher", "greater"} and cues.less == {"fewer", "less", "lower"}


def test_phrases_are_single_spaced_and_comparatives_lower_case() -> None:
    cues = lexicon.parse_cues(GOOD)
    assert cues.clause_breaks == ("and", "compared with")
    assert cues.refer_back == ("Its", "The city")  # case kept: matched as written
    assert (cues.more, cues.less) == ({"more"}, {"fewer"})
    assert cues.reporting == ("said", "according to")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 2}, "version: 1"),
        ({"extra": []}, "unknown cues field 'extra'"),
        ({"clause_breaks": []}, "'clause_breaks' must be a non-empty list of words"),
        ({"refer_back": ["It", 3]}, "'refer_back' must be a non-empty list of words"),
        ({"refer_back": None}, "'refer_back' must be a non-empty list of words"),
        ({"reporting": "said"}, "'reporting' must be a non-empty list of words"),
        ({"comparatives": {"up": ["more"]}}, "must map up and down to words"),
        ({"comparatives": ["more"]}, "must map up and down to words"),
        (
            {"comparatives": {"up": ["more"], "down": [" "]}},
            "'comparatives.down' must be a non-empty",
        ),
        ({"comparatives": {"up": ["more"], "down": ["More"]}}, "'more' is both up and down"),
    ],
)
def test_a_bad_file_is_a_config_error_naming_it(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        lexicon.parse_cues({**GOOD, **change}, "claimcheck/data/cues.yaml")
    assert str(caught.value).startswith("claimcheck/data/cues.yaml: ")


def test_the_command_line_reports_a_bad_file_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    real = lexicon.packaged

    def broken(name: str) -> Any:
        return {**GOOD, "clause_breaks": "and"} if name == "cues.yaml" else real(name)

    monkeypatch.setattr(lexicon_cues, "packaged", broken)
    lexicon.load_cues.cache_clear()
    check_words.load.cache_clear()
    try:
        for args in (["check", "examples/draft.md", "--no-cache"], ["conflicts"]):
            result = CliRunner().invoke(app, [*args, "-C", str(REPO)])
            assert result.exit_code == 2, result.output
            assert result.stderr == (
                "claimcheck: claimcheck/data/cues.yaml: cues field 'clause_breaks' must be a"
                " non-empty list of words\n"
            )
            assert "Traceback" not in result.output
    finally:
        lexicon.load_cues.cache_clear()
        check_words.load.cache_clear()


def test_sentences_that_refer_back_open_with_a_listed_opener_as_written() -> None:
    words = check_words.load(lexicon.load())
    assert opens_with_pronoun("Its exports climbed 5 percent.", words)
    assert opens_with_pronoun("The  city grew 7 percent.", words)
    assert not opens_with_pronoun("Itself a port, it grew.", words)
    assert not opens_with_pronoun("its exports climbed.", words)  # case matters
    assert not opens_with_pronoun("The government said output rose 7.4 percent.", words)
    # the extractor's list (frames.yaml) is wider; reading drafts with it would change reports
    assert framelex.load().refer_back.match("The government said output rose 7.4 percent.")


def test_clauses_break_at_listed_words_and_punctuation() -> None:
    words = check_words.load(lexicon.load())
    text = "GDP grew 7 percent compared with 6 percent, and exports rose; imports fell"
    cuts = [m.group() for m in words.clause_break.finditer(text)]
    assert cuts == [" compared with ", ",", " and ", ";"]


def _claims() -> list[Claim]:
    first = "In 2017, 197 companies in Jilin became high-tech enterprises."
    second = "In 2018, 329 companies in Jilin became high-tech enterprises, 103 more than in 2017."
    common = {"source": "s", "unit": None, "subject": "Jilin", "metric": "high-tech enterprises"}
    return [
        Claim(id="c1", text="197", quote=first, value=197, period="2017", line=1, **common),
        Claim(id="c2", text="329", quote=second, value=329, period="2018", line=2, **common),
        Claim(id="c3", text="103", quote=second, value=103, period="2018", line=2, **common),
    ]


def test_the_arithmetic_check_reads_the_comparatives_it_is_given() -> None:
    lex, words, cues = lexicon.load(), load_compare_words(), lexicon.load_cues()
    (found,) = check_source(_claims(), lex, words, cues)
    assert found.message.startswith("329 - 103 = 226 for 2017, but the source gives 197")
    flipped = dataclasses.replace(cues, more=cues.more - {"more"}, less=cues.less | {"more"})
    (found,) = check_source(_claims(), lex, words, flipped)
    assert found.message.startswith("329 + 103 = 432 for 2017")
    unknown = dataclasses.replace(cues, more=cues.more - {"more"})
    assert check_source(_claims(), lex, words, unknown) == []
