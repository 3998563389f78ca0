"""The lexicon's word classes (``words``) and time counts: loaded once, validated, each number
word listed once; a bad file is a `LexiconError` naming the field."""

from __future__ import annotations

import copy
from importlib import resources
from typing import Any

import pytest
import yaml

from claimcheck import lexicon
from claimcheck.errors import ConfigError

RAW: dict[str, Any] = yaml.safe_load(
    resources.files("claimcheck").joinpath("data/lexicon.yaml").read_text("utf-8")
)


def changed(**fields: Any) -> dict[str, Any]:
    data = copy.deepcopy(RAW)
    for key, value in fields.items():
        if "." in key:
            outer, inner = key.split(".")
            data[outer][inner] = value
        elif value is None:
            del data[key]
        else:
            data[key] = value
    return data


def test_every_word_class_is_loaded() -> None:
    words = lexicon.load().words
    assert words.serial_nouns[0] == "straight" and "In addition" in words.sentence_openers
    assert set(RAW["words"]) == {f for f in words.__dataclass_fields__}


def test_number_words_are_listed_once() -> None:
    numbers = {
        *RAW["units_words"],
        *RAW["tens_words"],
        *RAW["multiplier_words"],
        *RAW["ordinal_words"],
    }
    for name, phrases in RAW["words"].items():
        assert not {w for p in phrases for w in p.lower().split()} & numbers, name


@pytest.mark.parametrize(
    ("fields", "message"),
    [({"words.serial_nouns": "term"}, "words.serial_nouns must be a list of strings"),
     ({"words.serial_nouns": []}, "words.serial_nouns must list at least one phrase"),
     ({"words.change_nouns": ["rise", "two"]}, "spells number words ['two']"),
     ({"words.colours": ["red"]}, "unknown lists ['colours']"),
     ({"words": None}, "field 'words' must be a mapping"),
     ({"time_counts": [1, 13.5]}, "time_counts must be a list of whole numbers"),
     ({"time_counts": [1, 1000]}, "time_counts [1000] are the value of no number word"),
     ({"half_names": None}, "field 'half_names' must be a mapping"),
     ({"words.spaced_scale_suffixes": ["bn", "gazillion"]}, "['gazillion'] are not scale_suffixes")],
)  # fmt: skip
def test_a_bad_file_is_a_lexicon_error(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(
        lexicon.LexiconError, match=message.replace("[", r"\[").replace("]", r"\]")
    ) as err:
        lexicon.parse(changed(**fields), "bad.yaml")
    assert isinstance(err.value, ConfigError) and str(err.value).startswith("bad.yaml: ")


def test_a_missing_word_class_is_named() -> None:
    data = copy.deepcopy(RAW)
    del data["words"]["by_hedges"]
    with pytest.raises(lexicon.LexiconError, match="words.by_hedges"):
        lexicon.parse(data)
