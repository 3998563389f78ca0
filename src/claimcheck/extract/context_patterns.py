"""Regex fragments of the words around a figure that say how to read it, from the lexicon's word
classes (``words`` in ``data/lexicon.yaml``).

Around a figure: a lone "one" that is a pronoun ("no one", "one day"), a vague quantity
("several hundred"), a noun counted in a series ("a third term"), a spread ("ranged from"), a
change's "by" ("fell by about"), a noun that millions count ("1.2m people"), a conversion's
bracket. Around its time: the words between a figure and its time ("a 0.9% gain in February"),
a sentence that continues the one before ("And ..."), a comparison's baseline ("than in 2016"),
a compared figure ("down from 68.8% in 2019"). Each is tested on its own in
``tests/extract/test_context_patterns.py`` and compiled by `patterns.compile_for`.
"""

from __future__ import annotations

from claimcheck.extract.fragments import phrases
from claimcheck.lexicon import Lexicon


def bare_one_after(lex: Lexicon) -> str:
    """After a lone "one", the end of the clause or a word that makes it a pronoun ("one of")."""
    return rf"[ \t]*(?:[,.;:)!?\n]|$|{phrases(lex.words.bare_one_after)}\b)"


def bare_one_before(lex: Lexicon) -> str:
    """Before a lone "one", at the end of the left context, a word that makes it a pronoun."""
    return rf"\b{phrases(lex.words.bare_one_before)}\s+$"


def vague_before(lex: Lexicon) -> str:
    """A vague quantity right before "hundred" or "thousand": "several hundred", "a few thousand"."""
    return rf"\b{phrases(lex.words.vague_quantifiers)}\s+$"


def serial_noun(lex: Lexicon) -> str:
    """A noun counted in a series, after "a third": "a third term", "a fifth consecutive meeting"."""
    return rf"\s+{phrases(lex.words.serial_nouns)}\b"


def conversion_open(lex: Lexicon) -> str:
    """The bracket (and hedge) between a money figure and its conversion: " (about "."""
    return rf"\s*\(\s*(?:{phrases(lex.words.conversion_hedges)}\s+)?$"


def spread_from(lex: Lexicon) -> str:
    """ "ranged from" right before a figure: a range in either order, not a change."""
    return rf"\b{phrases(lex.words.spread_verbs)}\s+from\s+$"


def by_before(lex: Lexicon) -> str:
    """ "by" (and a hedge) right before a figure: a change ("fell by about 8,000")."""
    return rf"\bby\s+(?:{phrases(lex.words.by_hedges)}\s+)?$"


def counted_after(lex: Lexicon) -> str:
    """A plural noun after a figure, which millions count: " people", " residents", after one
    modifier " tourist visits" (not " across", nor " tall towers": a size word makes a length)."""
    plural = phrases(lex.words.plurals_without_s)
    size = phrases(lex.words.inch_after)
    noun = rf"(?:{plural}|(?!{phrases(lex.words.s_words_not_plural)}\b)[a-z]{{3,}}(?<!s)s)\b"
    return rf"\x20(?:(?!{size}\b)[a-z]{{3,}}[\x20-])?{noun}"


def undated_after(lex: Lexicon) -> str:
    """Right after a figure, a time no calendar dates ("36.4 million before the pandemic")."""
    return rf"[\s,]*(?:{phrases(lex.words.undated_times)})\b"


def time_adjacent(lex: Lexicon) -> str:
    """The words between a figure and the time it is stated for: "7.4 percent in 2018", "a 0.9%
    gain in February", "1 trillion yuan by the end of the 14th Five-Year Plan period", "the 1.1
    million who came in 2019"."""
    w = lex.words
    parts = [
        *(word for word, n in lex.ordinal_words.items() if n <= 2),
        *w.period_parts,
    ]  # "the first of"
    return rf"""[\s,]*
    (?:{phrases([*w.change_nouns, *w.sharp_change_nouns])}s?\s+)?
    (?:{phrases(w.relative_words)}\s+(?:[a-z]+\s+){{1,2}})?
    (?:{phrases(w.record_verbs)}\s+)?
    (?:{phrases(w.time_prepositions)}\b
       (?:\s+the\s+{phrases(parts)}\s+of)?
       (?:\s+the)?)?
    \s*"""


def sentence_opener(lex: Lexicon) -> str:
    """The opening of a sentence that continues the one before ("And", "Meanwhile", "It")."""
    return rf"{phrases(lex.words.sentence_openers)}\b"


def baseline_before(lex: Lexicon) -> str:
    """Before a time, what makes it a comparison's baseline: "than in ", "the number in ",
    "since " ("the highest since 1990": a span's start, not the figure's time; "the most since
    records began in 1961"), "from " ("up 7.5 percent from last year": the time compared
    with), "above the " ("2.1C above the 1991-2020 average"), "after" or "behind" in a ranking
    ("the second-warmest year on record after 2019": the year ranked above, not the figure's)."""
    w = lex.words
    return rf"""\b(?:{phrases(w.comparison_words)}|the\s+{phrases(w.baseline_nouns)})
        \s+(?:(?:in|for|of|during|with|last|at)\s+)?(?:the\s+)?
        (?:{phrases(w.period_parts)}\s+of\s+(?:the\s+)?)?$
      | \b(?:since|from|above|below)\s+(?:the\s+)?$
      | (?:est|record|second|third|fourth|fifth)\b[^,;.]{{0,30}}\b(?:after|behind)\s+(?:the\s+)?$
      | \bsince\s+(?:[a-z]+\s+){{1,3}}(?:in|of)\s+$"""


def baseline_ends(lex: Lexicon) -> frozenset[str]:
    """The words (lower case) `baseline_before` can end with, before the blank that precedes
    its time: a time after any other word is no baseline, and a set lookup says so before the
    pattern is searched for (each search tries its alternation at every character)."""
    w = lex.words
    last = {p.split()[-1].lower() for p in (*w.comparison_words, *w.baseline_nouns)}
    joins = {"in", "for", "of", "during", "with", "last", "at", "the"}
    return frozenset(last | joins | {"since", "from", "above", "below", "after", "behind"})


# "more than doubled to 13.6 million in 2023", "more than 5 million in 2019": a hedge's "than"
# compares with no other figure
_NO_HEDGE = r"(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)(?<!\brather\s)"


def compared_figure(lex: Lexicon) -> str:
    """A compared figure between a figure and a later time: " down from 68.8%" (the time is its)."""
    return rf"{_NO_HEDGE}\b{phrases(lex.words.compared_words)}\b[^\d;:]{{0,40}}\d"


def compared_before(lex: Lexicon) -> str:
    """Before a time, a compared figure it belongs to, with no figure or clause break between:
    "well below the 1.1 million who came " (before "in 2019": that time is the 1.1 million's,
    so the figures after it do not take it)."""
    return rf"{_NO_HEDGE}\b{phrases(lex.words.compared_words)}\b[^\d;:]{{0,40}}\d[\d.,]*[^\d;:,.!?]{{0,40}}$"


def change_noun(lex: Lexicon) -> str:
    """A change noun between a measure and its figure: "GDP growth was 7.4%" is a change."""
    return rf"\b{phrases(lex.words.change_nouns)}s?\b"


def and_a_half(lex: Lexicon) -> str:
    """ " and a half" after a scale word: "3 million and a half" (half of the scale)."""
    ones = [w for w, n in lex.units_words.items() if n == 1]
    return rf"[\x20\t]+and[\x20\t]+(?:a|{phrases(ones)})[\x20\t]+half\b"


def half_before(lex: Lexicon) -> str:
    """Before "half", a word that makes it a part of a year: "first half", "the back half"."""
    ordinals = [w for w, n in lex.ordinal_words.items() if n <= 2]
    return rf"\b{phrases([*ordinals, *lex.half_names, *lex.words.half_sides])}[\s-]+$"


def inch_ok(lex: Lexicon) -> str:
    """After "in" after a figure, what makes it inches: the clause's end or "thick", "long"..."""
    return rf"\s*(?:[,.;:)]|$|{phrases(lex.words.inch_after)})"


def said_after(lex: Lexicon) -> str:
    """A verb of saying right after a name: " reported", " said" (the name is a source); not
    one with an object of its own ("Corvell Foods reported a net loss", "announced its first
    profit", "Horizon Telecom added 214,000 customers": the name's own results)."""
    # (after another verb a figure may still be another's: "Xinhua reported 7 percent growth",
    # "Gartner said 40% of firms ...")
    return (
        # (past a bracketed short name or its end: "the National Statistics Institute (INE) said")
        rf"(?:\s*\([^()]{{1,20}}\)|\))?\s+{phrases(lex.words.saying_verbs)}\b"
        r"(?!\s+(?:a|an|its|their|record)\b"
        r"|(?<=added)\s+(?:(?:nearly|almost|about|around|some|more\s+than|over)\s+)?"
        r"(?:[A-Z]{1,3})?[$£€¥₹]?\d)"
    )


def not_a_rate(lex: Lexicon) -> str:
    """After "a year" after an amount, what makes it a time, not a rate: " earlier", "-on-year",
    " before the merger" (but " after tax" leaves a rate)."""
    w = lex.words
    # (not "on average": "1,540 euros a month on average" is a rate)
    return rf"""-|\s+(?!on\s+average\b)(?:{phrases(w.time_after_a_year)}
         |(?:before|after)(?!\s+{phrases(w.after_tax_nouns)}\b))\b"""


def soft_break(lex: Lexicon) -> str:
    """A comma and the start of a clause that only adds to the one before: ", which"."""
    return rf",\s+{phrases(lex.words.adding_clause_openers)}\b"


def attribution(lex: Lexicon) -> str:
    """An attribution and the rest of its clause: "according to the bureau", "Xinhua reported by"."""
    return rf"\b{phrases(lex.words.attribution_words)}\b[^,.;]*"


def comparing(lex: Lexicon) -> str:
    """A word that makes the time next to a figure one it is compared with: "8% over ..."."""
    return rf"\b{phrases(lex.words.comparing_words)}\b"
