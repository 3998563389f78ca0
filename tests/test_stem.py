"""The one stemmer (`claimcheck.stem`), against the cases the two stemmers it replaces handled.

The draft check (``check/words.py``) and the conflict finder (``compare/features.py``) each had
their own folding, and they disagreed ("companies" was "company" to one, "companie" to the
other). Both now stem with `claimcheck.stem.stem`; the table gives each case both stages read,
and the properties below pin the merged function to the old ones: identical for the check, and
for the compare stage identical except where it took the check's rules for "-ies" and "s'"
(no output of the benchmarks or goldens moved with them).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.compare.features import tokens
from claimcheck.compare.words import load as load_compare_words
from claimcheck.stem import fold, stem, unpossessive

# word, check's stem (every rule), compare's stem (verb endings kept)
CASES = [
    # plural -s, never -ss, never a short word
    ("exports", "export", "export"),
    ("Exports", "export", "export"),
    ("EXPORTS", "export", "export"),
    ("business", "business", "business"),
    ("gas", "gas", "gas"),
    ("its", "its", "its"),
    ("bus", "bus", "bus"),
    ("ties", "tie", "tie"),
    # -ies to -y past four letters (the compare stage's old rule gave "companie")
    ("companies", "company", "company"),
    ("cities", "city", "city"),
    ("series", "sery", "sery"),
    # possessives, straight and typographic
    ("city's", "city", "city"),
    ("city’s", "city", "city"),
    ("Changchun's", "changchun", "changchun"),
    ("provinces'", "province", "province"),
    ("companies'", "companie", "companie"),
    # verb endings: the check's only; a name keeps them ("Liaoning", "Daying")
    ("growing", "grow", "growing"),
    ("spending", "spend", "spending"),
    ("Liaoning", "liaon", "liaoning"),
    ("Daying", "day", "daying"),
    ("rising", "ris", "rising"),
    ("ring", "ring", "ring"),
    ("thing", "thing", "thing"),
    ("increased", "increas", "increased"),
    ("added", "add", "added"),
    ("speed", "speed", "speed"),
    ("bed", "bed", "bed"),
    # the first rule that applies is the only one: a plural is not also a verb
    ("earnings", "earning", "earning"),
    ("buildings", "building", "building"),
    # hyphenated names are one word
    ("year-on-year", "year-on-year", "year-on-year"),
    ("fixed-asset", "fixed-asset", "fixed-asset"),
    ("value-added", "value-add", "value-added"),
    ("", "", ""),
]


@pytest.mark.parametrize(("word", "check", "compare"), CASES, ids=[c[0] or "empty" for c in CASES])
def test_stem_table(word: str, check: str, compare: str) -> None:
    assert stem(word) == check
    assert stem(word, verb_endings=False) == compare


def test_fold_and_unpossessive() -> None:
    assert fold("Dalian’s") == "dalian's"
    assert unpossessive("dalian's") == "dalian"
    assert unpossessive("provinces'") == "province"
    assert unpossessive("dalian") == "dalian"


def test_compare_tokens_drop_stop_words_before_the_plural_goes() -> None:
    words = load_compare_words()
    assert tokens("Dalian Port Group", words) == ("dalian", "port")
    assert tokens("Liaoning Province's", words) == ("liaoning",)
    assert tokens("provinces", words) == ()  # a listed stop word
    assert tokens("groups", words) == ("group",)  # "group" is listed, "groups" is not
    assert tokens("Northern Heavy Industries", words) == ("northern", "heavy", "industry")
    assert tokens("spending growth, year-on-year", words) == ("spending", "growth", "year-on-year")


def _old_check_stem(word: str) -> str:
    """The draft check's stemmer as it was (``check/words.py``, before one stemmer)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s") or w.endswith("s'"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        return w[:-2]
    return w


def _old_compare_tokens(text: str, stopwords: frozenset[str]) -> tuple[str, ...]:
    """The compare stage's folding as it was (``compare/features.py``, before one stemmer)."""
    out = []
    for w in re.findall(r"[a-z][a-z'’-]*", text.lower().replace("’", "'")):
        w = re.sub(r"'s$", "", w)
        if w in stopwords:
            continue
        out.append(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return tuple(out)


_LETTERS = st.text(alphabet="aeinsdgyrlcp'’-", min_size=0, max_size=12)
_WORDS = st.lists(_LETTERS, max_size=4).map(" ".join)


@given(_LETTERS)
def test_the_check_stems_as_it_did(word: str) -> None:
    assert stem(word) == _old_check_stem(word)


@given(_WORDS)
def test_the_compare_stage_folds_as_it_did_but_for_ies_and_plural_possessives(text: str) -> None:
    words = load_compare_words()
    if not re.search(r"ies|s'", fold(text)):  # where neither of the check's two rules applies
        assert tokens(text, words) == _old_compare_tokens(text, words.stopwords)
