"""Guess what a figure is about: its subject ("Changchun") and metric ("GDP growth, year on year").

Guesses are heuristics from the sentence, written once when a claim is created; a person
corrects them in the registry and `sync` never overwrites them. The subject is the nearest
proper name before the figure in its sentence that the figure does not count (else the
source's most frequent name); the metric is the nearest metric term from the lexicon before the
figure, else what a bare figure counts ("200 Little Giant Enterprises"), with "growth" added for
a change and ", year on year" when the sentence says so.
"""

from __future__ import annotations

import re
from collections import Counter

from claimcheck.errors import ConfigError
from claimcheck.lexicon import Lexicon, packaged
from claimcheck.lexicon import load as load_lexicon
from claimcheck.model import Mention

# A run of capitalised words ("Northern Heavy Industries", "Bank of China"), possessive kept
# aside; a currency prefix ("US$", "HK$") is not a name.
_NAME = re.compile(
    r"""\b[A-Z][a-zA-Z]+ (?:[-\x20] (?:of\x20)? [A-Z][a-zA-Z]+)* (?!\$) (?:['’]s)?""",
    re.VERBOSE,
)


_DATA = packaged("guess.yaml")


def _load_words() -> tuple[frozenset[str], frozenset[str]]:
    """From ``data/guess.yaml``: capitalised words that never name a subject on their own, and
    words that end what a figure counts."""
    data = _DATA
    lists = ("not_names", "not_counted", "generic_metrics")
    if (
        not isinstance(data, dict)
        or data.get("version") != 1
        or not all(isinstance(data.get(k), str) for k in lists)
    ):
        raise ConfigError(
            "needs version: 1 and not_names, not_counted and generic_metrics strings",
            "claimcheck/data/guess.yaml",
        )
    return frozenset(data["not_names"].split()), frozenset(data["not_counted"].split())


_NOT_NAMES, _NOT_COUNTED = _load_words()
_YOY = re.compile(r"year[-\s]on[-\s]year", re.IGNORECASE)
_GENERIC = frozenset(_DATA["generic_metrics"].split())


def _counting_words(lex: Lexicon) -> str:
    """The number words that count a name after them ("two National ...", "a dozen ...",
    "hundred ..."), from the lexicon's number words: two to ten, the dozen, hundred and
    thousand."""
    words = [w for w, v in lex.units_words.items() if 2 <= v <= 10]
    words += [w for w, v in lex.group_words.items() if v == 12 and w.isalpha() and len(w) > 4]
    words += [w for w, v in lex.scale_words.items() if v in (100, 1000)]
    return "|".join(sorted(words, key=len, reverse=True))


# A figure right before a name: "200 Little Giant Enterprises", "two National ..." (a year is
# not: "in 2017 Changchun set ...").
_COUNTED = re.compile(
    rf"""(?:(?<![\d,.])(?!(?:1[7-9]|20)\d\d\s+$)\d(?:[\d,.]*\d)?
         |\b(?:{_counting_words(load_lexicon())}))\s+$""",
    re.IGNORECASE | re.VERBOSE,
)
# What a figure counts: a run of capitalised words ("Little Giant Enterprises"), else up to
# three words ending at the first plural ("headline campaigns", "other major cities").
_COUNTED_NAME = re.compile(r"\s+([A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)")
_WORDS_AFTER = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?")


def _clean(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def _names(text: str) -> list[re.Match[str]]:
    out = []
    for m in _NAME.finditer(text):
        words = _clean(m.group()).split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if words and not all(w in _NOT_NAMES for w in words):
            out.append(m)
    return out


def topic(text: str) -> str | None:
    """The proper name a source mentions most often (its likely topic)."""
    counts: Counter[str] = Counter()
    for m in _names(text):
        words = [w for w in _clean(m.group()).split() if w not in _NOT_NAMES]
        if words:
            counts[" ".join(words)] += 1
    return counts.most_common(1)[0][0] if counts else None


def subject(mention: Mention, fallback: str | None) -> str | None:
    """The nearest proper name before the figure in its sentence, else ``fallback``; a name
    counted by a figure ("200 Little Giant Enterprises") is what is counted, not a subject."""
    before = mention.sentence[: max(0, mention.span.start - mention.sentence_start)]
    names = [m for m in _names(before) if not _COUNTED.search(before, 0, m.start())]
    if names:
        words = [w for w in _clean(names[-1].group()).split() if w not in _NOT_NAMES]
        return " ".join(words)
    return fallback


def _counted(mention: Mention) -> str | None:
    """What a bare figure counts, from the words after it: "Little Giant Enterprises" (as
    written), "headline campaigns"; else the noun the extractor saw after it."""
    noun = getattr(mention, "noun", None)
    after = mention.sentence[max(0, mention.span.end - mention.sentence_start) :]
    if getattr(mention, "unit", None) is None:
        name = _COUNTED_NAME.match(after)
        if name and not all(w in _NOT_NAMES for w in name.group(1).split()):
            return name.group(1)
        words = _WORDS_AFTER.match(after)
        if words:
            run = []
            for word in (w for w in words.groups() if w):
                if word in _NOT_COUNTED:
                    break
                run.append(word)
                if word.endswith("s") and not word.endswith("ss"):
                    return " ".join(run)
    return noun.lower() if noun else None


def metric(mention: Mention, lex: Lexicon) -> str | None:
    """The nearest metric term before the figure, qualified as growth and year on year."""
    sentence = mention.sentence
    cut = max(0, mention.span.start - mention.sentence_start)
    before = sentence[:cut].lower()
    best: tuple[int, str] | None = None
    generic_seen = False
    for term in lex.metrics:
        pos = before.rfind(term.lower())
        if pos < 0:
            continue
        if term in _GENERIC:
            generic_seen = generic_seen or term == "growth"
            continue
        # the nearest term wins; at the same place the longer, more specific one
        if best is None or (pos + len(term), len(term)) > (best[0], len(best[1])):
            best = (pos + len(term), term)
    name = _counted(mention) if best is None else best[1]
    if name is None:
        return None
    if (mention.direction or generic_seen) and "growth" not in name and mention.unit == "percent":
        name += " growth"
    if _YOY.search(sentence):
        name += ", year on year"
    return name
