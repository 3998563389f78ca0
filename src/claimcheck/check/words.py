"""Word lists of the draft check, from ``data/check.yaml``, and the tokeniser that uses them.

Word lists are data: the stopwords that never count toward similarity and the capitalised words
that never name a subject live in the YAML file; the number's own words (units, scale words,
hedges, currency names, months) come from the extractor's lexicon, so the two never disagree;
the words a sentence is cut into clauses at, and the openers of a sentence about the one before
it, come from ``data/cues.yaml`` (`claimcheck.lexicon.load_cues`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from claimcheck.errors import ConfigError
from claimcheck.extract.fragments import phrases
from claimcheck.lexicon import Lexicon, load_cues, packaged
from claimcheck.stem import stem as _stem

_WORD = re.compile(r"[A-Za-z][A-Za-z]*(?:['’][A-Za-z]+)?")
_LOWER_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


@dataclass(frozen=True)
class Words:
    """Words that are never content (``ignored``), capitalised words that are no name (and
    those after "in" that name no place), and the
    patterns of the cue words: where a sentence breaks into clauses, and the openers of a
    sentence about the one before it (``refer_back``, matched at its start)."""

    ignored: frozenset[str]
    not_names: frozenset[str]
    not_places: frozenset[str]
    generic_counts: frozenset[str]
    clause_break: re.Pattern[str]
    refer_back: re.Pattern[str]
    attribution: re.Pattern[str] = re.compile(r"(?!)")  # a trailing "..., X said."
    # an irregular past form -> its verb ("slept": sleep), folded before stemming
    irregular: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    # the stems of the lexicon's unit and number words alone ("min"), which a verb's stem may
    # spell ("mining"): such a verb stays a word
    unit_stems: frozenset[str] = frozenset()
    # the words of the lexicon's hedges, multi-word ones too ("short of", "upwards of")
    hedge_words: frozenset[str] = frozenset()
    _content: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def stem(self, word: str) -> str:
        """A crude, consistent stem (`claimcheck.stem`: lower case, no possessive, no plural
        or verb ending; an irregular past form as its verb), the same the compare stage folds
        words with."""
        return _stem(self.irregular.get(word.lower(), word))

    def content(self, text: str) -> set[str]:
        """The stems of the content words of ``text``."""
        known = self._content
        out = set()
        for word in set(_LOWER_WORD.findall(text.lower())):
            stem = known.get(word, "")
            if stem == "":
                s = _stem(self.irregular.get(word, word))
                if s in self.unit_stems and word.endswith(("ing", "ed")):
                    s = word  # "mining" is no "min" (a minute), though its stem is
                stem = known[word] = None if s in self.ignored or len(s) < 2 else s
            if stem is not None:
                out.add(stem)
        return out

    def names(self, text: str, known: frozenset[str] | set[str] = frozenset()) -> set[str]:
        """Stems of the capitalised words of ``text`` that name something (places, firms).

        A capitalised word at the start of a sentence is a name only when it is possessive
        ("Liaoning's economy") or in ``known`` (words seen capitalised mid-sentence elsewhere).
        """
        out = set()
        for m in _WORD.finditer(text):
            word = m.group()
            if not word[0].isupper() or word.isupper():
                continue
            stem = self.stem(word)
            if stem in self.not_names:
                continue
            before = text[: m.start()].rstrip(" \t*_#>|\"“‘(['")
            starts = not before or before[-1] in ".!?:\n"
            if starts and not ("'" in word or "’" in word) and stem not in known:
                continue
            out.add(stem)
        return out


@cache
def load(lexicon: Lexicon) -> Words:
    """The built-in word lists, with the lexicon's number words added to the ignored words."""
    data = packaged("check.yaml")
    where = "claimcheck/data/check.yaml"
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ConfigError("word lists must be a mapping with version: 1", where)
    lists = {}
    for key in ("stopwords", "not_names", "not_places", "generic_counts"):
        value = data.get(key)
        if not isinstance(value, str):
            raise ConfigError(f"{key} must be words separated by spaces", where)
        lists[key] = {v.lower() for v in value.split()}
    number_words: set[str] = set()
    for table in (lexicon.units_words, lexicon.tens_words, lexicon.multiplier_words,
                  lexicon.scale_words, lexicon.fraction_words, lexicon.ordinal_words,
                  lexicon.currency_names, lexicon.unit_names, lexicon.months,
                  lexicon.scale_suffixes):  # fmt: skip
        for phrase in table:
            found = [w.lower() for w in _WORD.findall(phrase)]
            if table is lexicon.currency_names:
                # a name's head word only: "United States dollars" makes no "states" a non-word
                found = found[-1:]
            number_words.update(found)
    # hedges only as single words: "in the region of" must not make "region" a non-word
    number_words.update(q.lower() for q in lexicon.qualifiers if " " not in q)
    ignored = lists["stopwords"] | number_words
    stems = {_stem(w) for w in ignored}
    months = {m.lower() for m in lexicon.months}
    cues = load_cues()
    return Words(
        frozenset(ignored | stems), frozenset(lists["not_names"] | months),
        frozenset(lists["not_places"] | months), frozenset(lists["generic_counts"]),
        _clause_break(cues.clause_breaks), _refer_back(cues.refer_back),
        _attribution(cues.reporting), _irregular(data.get("irregular_verbs", ""), where),
        frozenset({_stem(w) for w in number_words} - {_stem(w) for w in lists["stopwords"]}),
        frozenset(w.lower() for q in lexicon.qualifiers for w in _WORD.findall(q)),
    )  # fmt: skip


def _irregular(value: object, where: str) -> dict[str, str]:
    """``irregular_verbs``: "past:base" pairs separated by spaces."""
    if not isinstance(value, str):
        raise ConfigError("irregular_verbs must be past:base pairs separated by spaces", where)
    out = {}
    for pair in value.split():
        past, _, base = pair.partition(":")
        if not past or not base:
            raise ConfigError(f"irregular_verbs: {pair!r} is not past:base", where)
        out[past.lower()] = base.lower()
    return out


def _clause_break(words: tuple[str, ...]) -> re.Pattern[str]:
    """Where a sentence breaks into clauses: at punctuation, or at a break word between spaces."""
    return re.compile(
        r"[,;:()–—]|\s(?:" + "|".join(re.escape(w) for w in words) + r")\s", re.IGNORECASE
    )


def _refer_back(openers: tuple[str, ...]) -> re.Pattern[str]:
    """An opener as written, its words apart by any space, a whole word ("Its", not "Itself")."""
    phrases = (r"\s+".join(re.escape(w) for w in opener.split()) for opener in openers)
    return re.compile(r"(?:" + "|".join(phrases) + r")\b")


def _attribution(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A sentence's last clause after a comma when it only says who gave the figures: it holds
    a reporting verb and no digit ("..., the road traffic information council said on
    Friday."). Searched from the sentence's last comma on."""
    return re.compile(r",(?=[^,\d]*\b" + phrases(verbs) + r"\b)[^,\d]*$", re.IGNORECASE)
