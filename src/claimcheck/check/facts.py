"""What the candidate index knows of a draft sentence and of a candidate's sentence, worked
out once each (`claimcheck.check.match`), and the similarity of the two."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.check.candidates import Candidate, figure_sentence
from claimcheck.check.query import Query
from claimcheck.check.words import Words
from claimcheck.extract.sentences import is_headline

MIN_SHARED = 2  # content words a draft sentence (or clause) must share with a candidate


@dataclass
class Prepared:
    """A candidate's sentence and what similarity and the subject test read of it."""

    sentence: str
    context: str
    content: set[str]
    tokens: set[str]
    names: set[str]
    # the tokens less those only in a trailing "..., the council said" (`Words.attribution`)
    claimed: set[str] | None = None


@dataclass(frozen=True, slots=True)
class Facts:
    """A draft sentence's (or clause's) content words, joined for similarity, its names and
    all its stemmed words (names and words only for a sentence)."""

    tokens: frozenset[str]
    joined: str
    names: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Ask:
    """What every candidate of one draft figure is compared with: the query, the facts of its
    sentence and clause, the place the figure is given for (None: no place named), and the
    sentence up to the end of the figure's clause (where numbers that qualify it stand)."""

    query: Query
    facts: Facts
    clause: Facts
    place: str | None
    upto: str
    verb: str | None = None  # the listed action right before the figure (`check.opposites`)


def similarity(tokens: AbstractSet[str], joined: str, prepared: Prepared) -> float:
    # token_set_ratio is 100 for any subset: ask for two shared words before trusting it
    if len(tokens & prepared.content) < MIN_SHARED:
        return 0.0
    return float(fuzz.token_set_ratio(joined, prepared.context))


def prepared_of(c: Candidate, words: Words, known_names: frozenset[str]) -> Prepared:
    """What similarity and the subject test read of a candidate's sentence (and, for the
    cover rule, of its figure's own clause without a trailing attribution: "..., the council
    said", "..., while vehicle thefts rose 9 percent to 2,406")."""
    sentence = figure_sentence(c.quote, c.text)
    about = f"{c.subject or ''} {c.metric or ''}"
    tokens = words.content(sentence) | words.content(about)
    names = words.names(sentence, known_names)
    if c.reviewed and c.subject:
        names |= words.names(c.subject, known_names | {words.stem(w) for w in c.subject.split()})
    lowered = {words.stem(w) for w in re.findall(r"[A-Za-z]+", f"{sentence} {about}")}
    claimed = None
    said = words.attribution.search(sentence)
    kept = sentence[: said.start()] if said is not None else sentence
    own = own_clause(kept, c.text)
    if said is not None or own != kept:
        # who says the whole sentence says each of its clauses ("Halden Retail said on
        # Tuesday that net sales rose ..., while comparable-store sales grew 2.1 percent")
        speaker = _SPEAKER.match(sentence)
        # so does the name of a trailing one ("..., NHS England figures showed": England's)
        trailing = " ".join(_CAPITALISED.findall(sentence, said.start())) if said else ""
        kept = f"{own} {about} {speaker.group('who') if speaker else ''} {trailing}"
        claimed = words.content(kept) | {words.stem(w) for w in re.findall(r"[A-Za-z]+", kept)}
    return Prepared(sentence, " ".join(sorted(tokens)), tokens, tokens | lowered, names, claimed)


_CAPITALISED = re.compile(r"\b[A-Z][\w&-]*")
# a break between contrasted clauses: "burglaries fell to 3,912, while vehicle thefts rose to
# 2,406" (what the draft says of burglaries is not said of the 2,406)
_CONTRAST = re.compile(
    r",?\s+(?:while|whereas)\s+|,\s+(?:though|although)\s+|,\s+of\s+(?:which|whom)\s+", re.I
)
_SPEAKER = re.compile(
    r"\s*(?P<who>[^,;]{1,80}?)\s+(?:said|says|reported|reports|announced)\b[^,;]{0,30}?\bthat\b"
)
_PART_OF = re.compile(r",\s+of\b", re.I)


def own_clause(sentence: str, text: str) -> str:
    """The contrasted clause of ``sentence`` that holds the figure ``text`` (the sentence when
    it has one clause, or the figure is not found)."""
    at = sentence.find(text)
    if at < 0:
        return sentence
    start, end = 0, len(sentence)
    for m in _CONTRAST.finditer(sentence):
        if m.end() <= at:
            # a part ("..., of which €610 million is earmarked for ...") is of the whole
            # before it: its clause keeps that one's words
            if not _PART_OF.match(m.group()):
                start = m.start()
        elif m.start() >= at + len(text):
            end = m.start()
            break
    return sentence[start:end]


def facts_of(words: Words, known_names: frozenset[str], text: str, clause: bool) -> Facts:
    """What matching needs of a draft sentence (or, with ``clause``, of a clause: its content
    words only)."""
    tokens = words.content(text)
    names: set[str] = set()
    said: set[str] = set()
    if not clause:
        names = words.names(text, known_names)
        if is_headline(text):
            names &= known_names  # in Title Case every word looks like a name
        said = tokens | {words.stem(w) for w in re.findall(r"[A-Za-z]+", text)}
    return Facts(frozenset(tokens), " ".join(sorted(tokens)), frozenset(names), frozenset(said))
