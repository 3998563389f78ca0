"""Regular expressions of the extractor, built from small named fragments with ``re.VERBOSE``.

The fragments of a figure itself are in `number_patterns`, those of its scale, unit and currency
in `unit_patterns`; here are the fragments of its context (hedges, directions, joins, clause
ends), the token scan that decides where patterns are tried, and `compile_for`, which compiles
them all once per lexicon. Each fragment is tested on its own in ``tests/extract/test_patterns.py``.
Fragments avoid nested unbounded repetition so that no input can make them backtrack
catastrophically.
"""

from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass
from typing import Any

from claimcheck.extract import context_patterns as ctx
from claimcheck.extract.fragments import alternation
from claimcheck.extract.number_patterns import (
    ORDINAL_SUFFIX,
    VULGAR,
    core_words,
    glued_core,
    number_core,
    word_quantity,
)
from claimcheck.extract.unit_patterns import (
    attached_after,
    bracket_unit,
    cued_after,
    currency_after,
    currency_prefix,
    currency_symbol_after,
    per_unit,
    power_unit,
    scale_after,
    symbol_key,
    unit_after,
)
from claimcheck.lexicon import Lexicon

FLAGS = re.VERBOSE | re.IGNORECASE


def qualifier_prefix(lex: Lexicon) -> str:
    """A hedge right before a figure ("nearly", "more than"), at the end of the left context."""
    return rf"(?<![\w])(?P<q>{alternation(lex.qualifiers)})\s+$"


def direction_word(lex: Lexicon) -> str:
    """A word that says a figure is a change and which way ("grew", "decrease of")."""
    return rf"\b(?P<d>{alternation(lex.directions)})\b"


def direction_adjacent(lex: Lexicon) -> str:
    """A direction word that counts only directly before a figure ("up 5%")."""
    # "made up 9 percent" is a share, not a rise
    verbs = "".join(rf"(?<!\b{re.escape(v)}\s)" for v in lex.words.share_verbs)
    return rf"\b{verbs}(?P<d>{alternation(lex.directions_adjacent)})\s+$"


# A token of text: a run of ASCII letters or of digits. Every pattern here can only start where
# a token starts (or at a sign or currency symbol just before one), so the extractor tries its
# patterns at token starts instead of at every character: Python's regex engine does not skip
# ahead for a large case-insensitive alternation, and scanning every position was most of the
# time spent on a long text.
TOKEN = rf"[A-Za-z]+|[0-9]+|[{VULGAR}]|\.(?=[0-9])"


def tokens(text: str, token: re.Pattern[str], words: frozenset[str]) -> list[tuple[int, str]]:
    """Where a digit run starts (with ``""``), or a word in ``words`` (with its lower case)."""
    scans = _token_scans(token.pattern, words)
    if scans is None:
        out = []
        for m in token.finditer(text):
            tok = m.group()
            if not tok[0].isalpha():
                out.append((m.start(), ""))
            elif (low := tok.lower()) in words:
                out.append((m.start(), low))
        return out
    # Two passes that stop only at the tokens wanted, the words' over the text lowered once: a
    # loop over every word's match was most of this scan's time (most words are not wanted).
    wanted, others = scans
    found = [(m.start(), m.group()) for m in wanted.finditer(ascii_lower(text))]
    found += [(m.start(), "") for m in others.finditer(text)]
    found.sort()
    return found


def ascii_lower(text: str) -> str:
    """``text`` with its ASCII letters lower-cased, every character where it was."""
    if "\u212a" in text or "\u0130" in text:
        # the Kelvin sign lowers to "k" and "İ" to two characters: only ASCII letters change
        return text.translate(_ASCII_LOWER)
    return text.lower()  # other letters lower to letters that are not ASCII, one for one


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@functools.lru_cache(maxsize=8)
def _token_scans(
    pattern: str, words: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """For a token ``pattern`` that opens with letter runs: a pattern of the whole letter runs
    in ``words`` over lower-cased text (a trie: an alternation of 200 words is tried word by
    word), and one of its other tokens (letter runs and the rest never overlap, so each is
    found in a pass of its own). None for a pattern of another shape."""
    head = "[A-Za-z]+|"
    if not pattern.startswith(head):
        return None
    rest = pattern[len(head) :]
    runs = sorted(w for w in words if re.fullmatch("[a-z]+", w))  # no other word is a run
    wanted = rf"(?<![a-z])(?:{_trie(runs)})(?![a-z])" if runs else "(?!)"
    # a lookahead for what the other tokens start with lets the engine skip to candidates
    first = "".join(sorted({c for c in "0123456789." + VULGAR if re.match(rest, c + "0")}))
    return re.compile(wanted), re.compile(rf"(?=[{re.escape(first)}])(?:{rest})")


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a trie ("a(?:n|pril)?"): one branch per next letter."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def starts(found: list[tuple[int, str]], words: frozenset[str]) -> list[int]:
    """The positions of ``tokens`` that are digits or one of ``words``."""
    return [pos for pos, word in found if not word or word in words]


# What can stand right before a "from" that opens a range ("quite high, from 7 to 10"): a comma,
# colon, dash or bracket; after a word, "from" opens a change ("rose from") or a source.
BEFORE_FROM = r"(?:[,;:(\[–—]|\s-)\s*$"

# After a group word that is also an adjective, what leaves it a number: "a gross of pencils",
# "a gross is 144", "a gross." (no word it could describe, as in "a gross margin").
GROUP_ALONE = r"\s*(?:[,.;:!?()]|$|(?:of|is|was|are|were)\b)"


def after_figure(lex: Lexicon) -> str:
    """A figure or scale word just before "a", which makes "a" mean "per": "3.50 a gallon"."""
    return rf"(?:\d|%|\b{alternation(lex.scale_words)})\s+$"


# What joins the two ends of a range: "3-5", "3 to 5", "between 3 and 5".
RANGE_JOIN = r"\s?(?P<join>-\x20to|-|–|—|to|and)\s?(?=[\d$£€¥a-zA-Z]|[-−]\d)"

# A word counted by a bare figure ("197 companies"), read when no unit follows.
NOUN_AFTER = r"[\x20-](?P<noun>[A-Za-z][A-Za-z'’-]{1,30})"

# What joins a money figure to its minor units: "3 dollars 50 cents", "thirteen dollars and
# forty-five cents", "3 dollars, 50 cents".
MINOR_JOIN = r",?\x20(?P<and>and\x20)?"

# What may follow the bare minor units of "one dollar and five": the end of the clause or
# another "and"/"or" ("one dollar and one and one point"), not a noun the figure counts
# ("and three points").
BARE_MINOR_END = r"""
    \s*(?:[.,;:!?)]|$)
    | \s+(?:and|or|but|plus)\b
"""

# "percent of" or "per cent of" just before a figure, at the end of the left context; not after
# "in" or "as", where "percent" names a scale ("expressed in percent of 100").
PERCENT_OF = r"""
    (?<![\w-])(?<!\bin\x20)(?<!\bas\x20)
    (?P<pct>percents?|per\s+cent)
    \s+of\s+$
"""

# A mark that ends a clause: a clause starts after the last one before it.
CLAUSE_BREAK = r"[.,;:!?()\[\]\n]"

# The end of a clause, after a figure: only punctuation or the end of the text follows.
CLAUSE_END = r"\s*(?:[.,;:!?)\]]|$)"


@dataclass(frozen=True, eq=False)
class Patterns:
    """Compiled patterns for one lexicon."""

    core: re.Pattern[str]
    word_quantity: re.Pattern[str]
    glued_core: re.Pattern[str]
    currency_prefix: re.Pattern[str]
    qualifier_prefix: re.Pattern[str]
    direction_word: re.Pattern[str]
    direction_adjacent: re.Pattern[str]
    scale_after: re.Pattern[str]
    unit_after: re.Pattern[str]
    per_unit: re.Pattern[str]
    power_unit: re.Pattern[str]
    bracket_unit: re.Pattern[str]
    currency_symbol_after: re.Pattern[str]
    cued_after: re.Pattern[str]
    attached_after: re.Pattern[str]
    cued_first: frozenset[str]
    currency_codes: dict[str, str]
    currency_after: re.Pattern[str]
    range_join: re.Pattern[str]
    noun_after: re.Pattern[str]
    ordinal_suffix: re.Pattern[str]
    token: re.Pattern[str]
    core_words: frozenset[str]
    direction_first: frozenset[str]
    after_figure: re.Pattern[str]
    qualifier_last: frozenset[str]
    bare_one_after: re.Pattern[str]
    bare_one_before: re.Pattern[str]
    vague_before: re.Pattern[str]
    serial_noun: re.Pattern[str]
    conversion_open: re.Pattern[str]
    spread_from: re.Pattern[str]
    by_before: re.Pattern[str]
    counted_after: re.Pattern[str]
    time_adjacent: re.Pattern[str]
    undated_after: re.Pattern[str]
    sentence_opener: re.Pattern[str]
    baseline_before: re.Pattern[str]
    baseline_ends: frozenset[str]  # the words `baseline_before` may end with
    compared_figure: re.Pattern[str]
    compared_before: re.Pattern[str]
    comparing: re.Pattern[str]
    change_noun: re.Pattern[str]
    and_a_half: re.Pattern[str]
    half_before: re.Pattern[str]
    inch_ok: re.Pattern[str]
    said_after: re.Pattern[str]
    not_counted: frozenset[str]
    not_a_rate: re.Pattern[str]
    soft_break: re.Pattern[str]
    attribution: re.Pattern[str]


@functools.cache
def compile_for(lex: Lexicon) -> Patterns:
    """Compile every pattern for a lexicon (once per lexicon)."""
    return Patterns(
        core=re.compile(number_core(lex), FLAGS),
        word_quantity=re.compile(word_quantity(lex), FLAGS),
        glued_core=re.compile(glued_core(lex), FLAGS),
        currency_prefix=re.compile(currency_prefix(lex), FLAGS),
        qualifier_prefix=re.compile(qualifier_prefix(lex), FLAGS),
        direction_word=re.compile(direction_word(lex), FLAGS),
        direction_adjacent=re.compile(direction_adjacent(lex), FLAGS),
        scale_after=re.compile(scale_after(lex), FLAGS),
        unit_after=re.compile(unit_after(lex), re.VERBOSE),
        per_unit=re.compile(per_unit(lex), re.VERBOSE),
        power_unit=re.compile(power_unit(lex), FLAGS),
        bracket_unit=re.compile(bracket_unit(lex), re.VERBOSE),
        currency_symbol_after=re.compile(currency_symbol_after(lex), re.VERBOSE),
        cued_after=re.compile(cued_after(lex), re.VERBOSE),
        attached_after=re.compile(attached_after(lex), re.VERBOSE),
        cued_first=frozenset(n[0] for n in [*lex.unit_cues, *lex.currency_attached]),
        currency_codes={symbol_key(s): code for s, code in lex.currency_symbols.items()},
        currency_after=re.compile(currency_after(lex), FLAGS),
        range_join=re.compile(RANGE_JOIN, FLAGS),
        noun_after=re.compile(NOUN_AFTER, re.VERBOSE),
        ordinal_suffix=re.compile(ORDINAL_SUFFIX, FLAGS),
        token=re.compile(TOKEN),
        core_words=core_words(lex),
        direction_first=frozenset(w.split()[0] for w in lex.directions),
        after_figure=re.compile(after_figure(lex), FLAGS),
        qualifier_last=frozenset(q.split()[-1].rstrip(".") for q in lex.qualifiers),
        bare_one_after=re.compile(ctx.bare_one_after(lex), re.IGNORECASE),
        bare_one_before=re.compile(ctx.bare_one_before(lex), re.IGNORECASE),
        vague_before=re.compile(ctx.vague_before(lex), re.IGNORECASE),
        serial_noun=re.compile(ctx.serial_noun(lex), re.IGNORECASE),
        conversion_open=re.compile(ctx.conversion_open(lex)),
        spread_from=re.compile(ctx.spread_from(lex), re.IGNORECASE),
        by_before=re.compile(ctx.by_before(lex), re.IGNORECASE),
        counted_after=re.compile(ctx.counted_after(lex)),
        time_adjacent=re.compile(ctx.time_adjacent(lex), FLAGS),
        undated_after=re.compile(ctx.undated_after(lex), re.IGNORECASE),
        sentence_opener=re.compile(ctx.sentence_opener(lex)),  # as written: "And", not "and"
        baseline_before=re.compile(ctx.baseline_before(lex), FLAGS),
        baseline_ends=ctx.baseline_ends(lex),
        compared_figure=re.compile(ctx.compared_figure(lex), re.IGNORECASE),
        compared_before=re.compile(ctx.compared_before(lex), re.IGNORECASE),
        comparing=re.compile(ctx.comparing(lex), re.IGNORECASE),
        change_noun=re.compile(ctx.change_noun(lex), re.IGNORECASE),
        and_a_half=re.compile(ctx.and_a_half(lex), re.IGNORECASE),
        half_before=re.compile(ctx.half_before(lex), FLAGS),
        inch_ok=re.compile(ctx.inch_ok(lex), re.IGNORECASE),
        said_after=re.compile(ctx.said_after(lex)),  # as written: "Xinhua reported", not "Reported"
        not_counted=frozenset(w.lower() for w in lex.words.not_counted),
        not_a_rate=re.compile(ctx.not_a_rate(lex), re.I | re.X),
        soft_break=re.compile(ctx.soft_break(lex), re.I),
        attribution=re.compile(ctx.attribution(lex), re.I),
    )
