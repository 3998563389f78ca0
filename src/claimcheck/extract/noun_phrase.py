"""The counted noun phrase after a figure: "14 clean sheets", "200 Little Giant Enterprises",
"2,600 travelling Castlemoor supporters"; none where the word after the figure is a verb
("magnitude 5.1 rattled the region", "quake kills more than 2,000"). Read by
`claimcheck.extract.refine` once a figure's noun is known."""

from __future__ import annotations

import re

from claimcheck.extract.item import Item
from claimcheck.lexicon import Lexicon

_WORDS = re.compile(
    r"[\x20-]([A-Za-z][\w'’-]*)(?:\x20([A-Za-z][\w'’-]*))?(?:\x20([A-Za-z][\w'’-]*))?"
)
# after a word that ends in -s, what makes it a verb with an object, not a plural noun: a
# figure, a hedge or a name ("quake kills more than 2,000", "earthquake strikes Morocco")
_OBJECT_AFTER = re.compile(
    r"\x20(?:(?:more\x20than|nearly|almost|over|about|some|at\x20least|up\x20to)\x20)?"
    r"(?:\d|[$€£¥])|\x20[A-Z][a-z]"
)


def plural_word(word: str, lex: Lexicon, plural: frozenset[str]) -> bool:
    low = word.lower()
    if low in plural:
        return True
    return (
        len(low) > 2
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ous"))
        and low not in lex.words.s_words_not_plural
        and low not in lex.words.not_counted
    )


def noun_phrase(text: str, item: Item, lex: Lexicon, plural: frozenset[str]) -> str | None:
    """The counted noun phrase after a figure, up to its plural head ("14 clean sheets"), or
    None where the word after it is a verb ("5.1 rattled")."""
    m = _WORDS.match(text, item.end)
    noun = item.noun
    if m is None or noun is None or m.group(1) != noun:
        return noun
    words = [w for w in m.groups() if w is not None]
    if plural_word(words[0], lex, plural) and not (
        words[0][0].isupper() and len(words) > 1 and plural_word(words[1], lex, plural)
    ):
        return noun  # "12 people"; but "8.5 million Windows devices"
    stop = set(lex.words.not_counted) | set(lex.determiners)
    named = words[0][0].isupper()  # "2,048 Nvidia H800 chips": a name may run on to its noun
    for k in (1, 2):
        if k >= len(words) or words[k].lower() in stop:
            break
        if not words[k][0].islower() and not named and not _name_then_head(words, k, lex, plural):
            break  # ("travelling Castlemoor supporters": a name between modifier and head)
        if words[k].endswith("s") and _OBJECT_AFTER.match(text, m.end(k + 1)):
            break  # "Magnitude 8.6 quake kills more than 2,000": a headline's verb, its object
        # a name runs on to its plural head: "200 Little Giant Enterprises"
        if plural_word(words[k], lex, plural) and (words[k][0].islower() or words[k].isalpha()):
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if words[k][0].isupper() and nxt[:1].islower() and plural_word(nxt, lex, plural):
                k += 1  # "12,500 Pinecrest Savings customers": a name before its noun
            return " ".join(words[: k + 1])  # "consecutive matches", "new electric buses"
    low = noun.lower()
    then = words[1].lower() if len(words) > 1 else ""
    if (
        len(low) > 3
        and low.endswith("ed")
        and low not in lex.words.ed_nouns
        and (not then or then in stop)
    ):
        return None  # "magnitude 5.1 rattled the region": a verb; not "9,000 licensed taxis"
    return noun


def _name_then_head(words: list[str], k: int, lex: Lexicon, plural: frozenset[str]) -> bool:
    """True when the capitalised word ``k`` stands before a lower-case plural head."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return nxt[:1].islower() and plural_word(nxt, lex, plural)
