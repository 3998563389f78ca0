"""One stemmer for the check and compare stages: how a word is folded before words are compared.

`stem` folds a word to lower case with a plain apostrophe (`fold`), drops a possessive
(`unpossessive`: "city's", "provinces'") and then the first ending that applies: "-ies" to
"-y", a plural "-s" (never "-ss"), and, unless told to keep them, the verb endings "-ing" and
"-ed" (never "-eed"). It is crude on purpose: it only has to fold both sides of a comparison
alike ("companies" and "company"), never to give a dictionary form.

The draft check (`claimcheck.check.words`) stems sentence words with every rule. The conflict
finder (`claimcheck.compare.features`) stems subjects and metrics, which are names, with
``verb_endings=False``: "Liaoning" and "Daying" are not verbs, and cutting them to "liaon" and
"day" lines up other claims (10,000 synthetic claims of ``benchmarks/bench_conflicts.py`` give
916 conflicts instead of 914). The suffix rules are grammar, not a word list, so they stay here.
"""

from __future__ import annotations


def fold(word: str) -> str:
    """Lower case, with a typographic apostrophe (’) as a plain one."""
    return word.lower().replace("’", "'")


def unpossessive(word: str) -> str:
    """A folded word without its possessive ending: "city's" is "city"; "provinces'" is
    "province" (the ending takes the plural's "s" with it, so "companies'" is "companie")."""
    if word.endswith("'s") or word.endswith("s'"):
        return word[:-2]
    return word


# Stems already made, by word: the check stage stems the same few thousand words (its word
# lists, the registry's sentences) over and over. Emptied when full, so memory stays bounded.
_MEMO: tuple[dict[str, str], dict[str, str]] = ({}, {})
_MEMO_SIZE = 200_000


def stem(word: str, *, verb_endings: bool = True) -> str:
    """The word folded, without possessive, then without the first ending that applies;
    ``verb_endings=False`` keeps "-ing" and "-ed" (for names: "Liaoning", "spending")."""
    memo = _MEMO[verb_endings]
    found = memo.get(word)
    if found is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        found = memo[word] = _stem(word, verb_endings)
    return found


def _stem(word: str, verb_endings: bool) -> str:
    """`stem`, made afresh."""
    w = unpossessive(fold(word))
    # the length guards keep short words whole: "is", "gas", "ring", "bed" have no ending
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    if not verb_endings:
        return w
    if len(w) > 5 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        return w[:-2]
    return w
