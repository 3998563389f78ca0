"""What a sentence offers the frames of its figures: measure phrases, entity names, clause breaks.

`analyse` reads a sentence once: the measure phrases of the measure lexicon in it (looked up by
first word, plurals folded), the names of the entities it mentions (runs of capitalised words
and entity phrases, normalised by `fold_entity`; not inside an attribution, not a measure's own
word, only possessives in a Title Case headline), where its clauses break, and whether it
refers back to the sentence before ("It", "The city").
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from claimcheck.extract.patterns import Patterns
from claimcheck.extract.sentences import is_headline
from claimcheck.framelex import FrameLexicon, singulars

# A run of capitalised words ("Northern Heavy Industries", "Bank of China"), possessive kept,
# with the number that ends a name ("Line 3", "Terminal 5": the extractor reads no figure there)
_NAME = re.compile(
    r"[A-Z](?:[\w&’'-]|\.(?=\w))*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z](?:[\w&’'-]|\.(?=\w))*)*"
    r"(?:(?<!['’]s)\s\d{1,3}[A-Z]?(?![\d%\w-]|[.,]\d|\s*(?:percent|per\s+cent|pct|thousand|million|billion"
    r"|trillion|bn|mn|m|k)\b)(?:['’]s)?)?"
)
# Where a clause ends: a figure's measure and entity are not looked for across these.
_HARD = re.compile(r"[;:]|,\s+(?:and|while|whereas|but)\b|\s(?:while|whereas|but)\s", re.I)
# Not an entity: a currency's letters ("US$", "HK$"), a plural acronym ("NEVs", "SOEs"), or
# a common compound capitalised only as a sentence's first word ("Like-for-like", "Pre-tax";
# names capitalise every part: "Rolls-Royce", "Hewlett-Packard")
_NOT_ENTITY = re.compile(r"[A-Z]{1,3}(?=\s?\$)|[A-Z]{2,}s\b|[A-Z][a-z]*(?:-[a-z]+)+")

# A sentence's first word that names a kind of people, not one entity ("Jurors", "Voters",
# "Researchers", "Economists", "Residents", "Employees"): capitalised only as the first word.
# a sentence's first word as a plural of people or an abstract noun, no name: "Jurors took",
# "Registrations of new cars jumped", "Refrigeration giant X" (one-word names rarely end so)
_GROUP_NOUN = re.compile(
    r"[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents|ees|ives|tions?|sions?|ments?|ities|ances|ences)"
)
# a sentence's first word as an abstract noun, no name: "Coverage with the third dose rose",
# "Capacity fell", "Expenditure rose"
_ABSTRACT = re.compile(r"[A-Z][a-z]{3,}(?:age|ity|ure)")
# a sentence's first word as a participle, no name: "Recorded burglaries fell", "Estimated
# losses reached" (names ending so are short: "Ted", "Fred")
_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ed")
# a sentence's first word as a plural before a preposition: a common noun's ("Complaints about
# aircraft noise jumped"), not a name's ("Barclays posted", "Siemens in Munich" is rare)
_PLURAL = re.compile(r"[A-Z][a-z]{3,}[^s']s")
_PLURAL_OF = re.compile(r"\s+(?:about|for|of|from|to|against|over|on)\s+[a-z]")
# a sentence's first word as an adverb or an adjective in -ly, no name: "Monthly churn rose",
# "Nearly 300 jobs", "Roughly" (not "Italy", a known name, nor "Kelly", "Connolly", "Reilly")
_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?<!ol)(?<!el)(?<!il)ly")
# an adverb of scope does say whose figure it is: "Nationally, GDP rose 5.2 percent"
_SCOPE = re.compile(r"(?:Nation|Internation|Glob|Region|Provinci|Feder|Domestic)ally")
# a sentence's first word as a gerund with its particle or object after it
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
# (or a place after it: "Clearing in the Cerrado fell", "Spending across Europe rose"; a city in
# -ing is no place of a place)
_GERUND_OBJECT = re.compile(
    r"\s+(?:up|down|out|off|over|a|an|the|its|their|his|her|our|your|new|more|one|two|three)\b"
    r"|\s+(?:in|on|at|across|for)\s+(?:the\s+)?[A-Z]"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
# A relative clause set off by commas ("Like-for-like sales, which strip out the effect of store
# openings, grew 2.1 percent"): what it names is not what a figure outside it measures.
_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;:]{0,200},")

Place = tuple[int, int, str]  # start, end (sentence offsets), what stands there
# before a measure named by a verb after a modal ("will employ 2,000 people"): it measures a
# generic count beside it, nothing else ("will pay out 860 million yuan in dividends")
VERB = "verb:"


@dataclass(frozen=True, slots=True)
class Sentence:
    """What a sentence offers to its figures: measure phrases and names, with their offsets."""

    start: int
    low: str  # the sentence, lower-cased
    measures: tuple[Place, ...]  # measure phrases, by start
    measure_starts: tuple[int, ...]
    names: tuple[Place, ...]  # normalised entity names, by start
    name_starts: tuple[int, ...]
    hard: tuple[int, ...]  # clause breaks
    soft: tuple[int, ...]  # breaks before a clause that adds to the one before
    refers_back: bool  # opens with "It", "The city"...
    mentions_back: int  # where it says "the city's", "its"... without a name of its own, or -1
    person_back: bool  # names no one but says "he", "his"... (a person named before)
    asides: tuple[tuple[int, int], ...] = ()  # relative clauses set off by commas
    headline: bool = False  # a Title Case sentence


def outside_asides(s: Sentence, places: list[Place], at: int) -> list[Place]:
    """``places`` without those in a relative clause of ``s`` that the figure at ``at`` is not
    in: "sales, which strip out store openings, grew 2.1 percent" measures sales, not stores."""
    if not s.asides:
        return places
    away = [(a, b) for a, b in s.asides if not a <= at < b]
    return [p for p in places if not any(a <= p[0] < b for a, b in away)]


def analyse(sentence: str, start: int, flex: FrameLexicon, pats: Patterns) -> Sentence:
    """A sentence's measure phrases, names and clause breaks."""
    low = sentence.lower()
    measures = _measures(low, flex)
    names = _names(sentence, low, flex, measures, pats)
    # a measure word inside a name is part of the name ("Northgate Home grew 11 percent"); an
    # acronym after a name is still a measure ("Ostland EV registrations")
    measures = [
        m for m in measures
        if sentence[m[0] : m[1]].isupper()
        or not any(a <= m[0] and m[1] <= b and (a, b) != (m[0], m[1]) for a, b, _ in names)
    ]  # fmt: skip
    return Sentence(
        start=start,
        low=low,
        measures=tuple(measures),
        measure_starts=tuple(m[0] for m in measures),
        names=tuple(names),
        name_starts=tuple(n[0] for n in names),
        hard=tuple(m.start() for m in _HARD.finditer(sentence)),
        soft=tuple(
            m.start() for m in pats.soft_break.finditer(sentence)
        ),  # a clause that adds to the one before
        refers_back=flex.refer_back.match(sentence) is not None,
        mentions_back=_back_at(sentence, flex) if not names else -1,
        person_back=not names and flex.person_back.search(sentence) is not None,
        asides=tuple(m.span() for m in _ASIDE.finditer(sentence)),
        headline=is_headline(sentence),
    )


def _back_at(sentence: str, flex: FrameLexicon) -> int:
    found = _anywhere(flex.refer_back).search(sentence)
    return -1 if found is None else found.start()


@functools.lru_cache(maxsize=4)
def _anywhere(opening: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern for a sentence's opening (``\\s*`` before it) as one searched anywhere: the
    same matches, but the blanks are not tried from each blank of a long run of them (which
    made a sentence of 1,000 blanks take a second)."""
    return re.compile(opening.pattern.removeprefix(r"\s*"), opening.flags)


_LOW_WORD = re.compile(r"[a-z0-9][\w&-]*")
# the first parts of a compound that make its last part no measure of it
_NEGATING = frozenset({"non", "ex", "anti", "pre", "post", "self", "semi", "multi", "sub", "co"})


def _measures(low: str, flex: FrameLexicon) -> list[Place]:
    """The measure phrases of a lower-cased sentence, longest first at each word, plurals
    folded on the last word ("technology contracts", "companies")."""
    words = _LOW_WORD.findall(low)
    spans = [m.span() for m in _LOW_WORD.finditer(low)]
    # a compound's last part may start one where the compound does not: "new-car
    # registrations", "home-loan approvals" (not "non-oil": a part negated)
    for i, word in enumerate(words):
        if "-" in word and not _starting(flex, word):
            head, _, last = word.rpartition("-")
            if last and head not in _NEGATING and _starting(flex, last):
                words[i] = last
                spans[i] = (spans[i][1] - len(last), spans[i][1])
    # only the words that may start a phrase are tried (most start none), left to right
    tried = [i for i, word in enumerate(words) if _starting(flex, word)]
    if not tried:
        return []
    out: list[Place] = []
    free = 0  # the first word not inside a phrase found
    for i in tried:
        if i < free:
            continue
        hit = None
        for phrase in _starting(flex, words[i]):
            n = len(phrase)
            if i + n > len(words):
                continue
            got = words[i : i + n]
            if got[:-1] == list(phrase[:-1]) and phrase[-1] in singulars(got[-1]):
                hit = phrase
                break
        if hit is None:
            continue
        n = len(hit)
        if n == 1 and _denominator(words, i):
            continue  # "the birth rate per embryo transferred": the denominator's words
        name = flex.measure_of[" ".join(hit)]
        if not name:  # a unit's words ("percentage points"): no measure, no shorter phrase
            free = i + n
            continue
        if n == 1 and i and words[i - 1] in flex.modals and hit[0] not in flex.measure_verbs:
            name = VERB + name  # "will pay out", "could contract": a verb, not pay or contracts
        out.append((spans[i][0], spans[i + n - 1][1], name))
        free = i + n
    return out


# participles that are no past tense: "per vehicle sold", "per tonne grown"
_PARTICIPLES = frozenset({"sold", "built", "grown", "flown", "driven", "spent", "made", "taken"})


def _denominator(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is a rate's denominator or its participle ("revenue per vehicle
    sold", "the birth rate per embryo transferred"): what is counted per, not what is measured."""
    if i >= 1 and words[i - 1] == "per":
        return True  # "per vehicle": what is counted per
    return (
        i >= 2 and words[i - 2] == "per" and (words[i].endswith("ed") or words[i] in _PARTICIPLES)
    )


@functools.lru_cache(maxsize=1 << 16)  # asked for every word of every framed sentence
def _starting(flex: FrameLexicon, word: str) -> tuple[tuple[str, ...], ...]:
    """The measure phrases that may start at ``word``, longest first: those it starts as
    written, then a one-word phrase it is the plural of ("branches")."""
    found = flex.by_first.get(word, ())
    for form in singulars(word)[1:]:
        found += tuple(p for p in flex.by_first.get(form, ()) if len(p) == 1)
    return found


def _names(
    sentence: str, low: str, flex: FrameLexicon, measures: list[Place], pats: Patterns
) -> list[Place]:
    quiet = [m.span() for m in pats.attribution.finditer(sentence)]
    quiet_starts = [a for a, _ in quiet]
    taken = [(a, b) for a, b, _ in measures]
    taken_starts = [a for a, _ in taken]
    headline = is_headline(sentence)
    out: list[Place] = []
    for m in _NAME.finditer(sentence):
        if m.start() and sentence[m.start() - 1].isdigit():
            continue  # a unit's letters: "2.1C", "5G", "40MW"
        if _abbreviation(sentence, m.start(), m.end()):
            continue  # "compensated gross tonnes (CGT)": a common phrase's letters, no name
        raw, end = _before_measure(m, taken)
        if not raw:
            continue
        possessive = raw.endswith(("'s", "’s", "s'", "s’"))
        if _inside(quiet, quiet_starts, m.start()) and not possessive:
            continue
        if (
            _NOT_ENTITY.fullmatch(raw)
            or sentence.startswith("$", end)
            or (pats.said_after.match(sentence, end) and not _OWN_AFTER.match(low, end))
        ):
            continue  # a source ("Xinhua reported"), unless it speaks of its own ("X said its")
        if headline and not possessive:
            continue
        if not possessive and _ARTICLE_BEFORE.search(sentence, max(0, m.start() - 4), m.start()):
            continue  # "a Gallup survey", "an Ipsos poll": a name that qualifies a noun
        if not possessive and _COUNTED_BEFORE.search(sentence, max(0, m.start() - 6), m.start()):
            continue  # "200 Little Giant Enterprises": what a figure counts, not whose it is
        initial = m.start() == 0 or _starts(sentence, m.start())
        if initial and _GERUND.fullmatch(raw) and _GERUND_OBJECT.match(sentence, end):
            continue  # "Setting up a company takes three days": a verb, not Beijing or Reading
        if initial and _PLURAL.fullmatch(raw) and _PLURAL_OF.match(sentence, end):
            continue  # "Complaints about aircraft noise", "Approvals for house purchases"
        name = _entity_name(raw, initial, possessive, flex)
        if name is None:
            continue
        if (
            not possessive
            and _inside(taken, taken_starts, m.start())
            and (initial or " " not in raw)
        ):
            continue  # a measure's own word ("Exports rose", "Tourism revenue"), not a name of
            # several capitalised words in mid-sentence ("Home Office data showed")
        start = m.start()
        if start == 0 or _starts(sentence, start):
            start = _kept_start(m, flex)  # "With Line 3, the network": after the preposition
        out.append((start, end, name))
    for m in flex.phrases.finditer(low):
        out.append((m.start(), m.end(), fold_entity(m.group(), flex)))
    out.sort()
    return out


# after a name and its verb of saying, the name's own: "Nordlinje said 87.2 percent of its
# trains", "Veltrix said on Tuesday that their sales"
_OWN_AFTER = re.compile(r"\s+\w+\b(?:[^.;:!?]|\.(?=\d)){0,60}?\b(?:its|their|our)\b")

# a figure right before a name counts it ("200 Little Giant Enterprises"); a year does not
# ("In 2023 Changchun attracted ...")
_COUNTED_BEFORE = re.compile(r"(?<!\b1[89]\d)(?<!\b20\d)\d\s$")


_LOWER_BEFORE_BRACKET = re.compile(r"[a-z][a-z-]*\s*\($")


def _abbreviation(sentence: str, start: int, end: int) -> bool:
    """True when the capitals at ``sentence[start:end]`` fill a bracket after a lower-case
    phrase: the phrase's abbreviation ("gross tonnes (CGT)", "net interest margin (NIM)")."""
    return (
        sentence[end : end + 1] == ")"
        and sentence[start:end].isupper()
        and _LOWER_BEFORE_BRACKET.search(sentence, max(0, start - 40), start) is not None
    )


def _before_measure(m: re.Match[str], taken: list[tuple[int, int]]) -> tuple[str, int]:
    """A name's text and end, cut where a measure phrase starts right after a possessive in it
    ("Jinhe's NPL ratio": Jinhe's, the NPL being the ratio's)."""
    cut = next((a for a, _ in taken if m.start() < a < m.end()), None)
    if cut is None:
        return m.group(), m.end()
    raw = m.string[m.start() : cut].rstrip()
    if not raw.endswith(("'s", "’s", "s'", "s’")):
        return m.group(), m.end()  # "Little Giant Enterprises" is a name as a whole
    return raw, m.start() + len(raw)


def _kept_start(m: re.Match[str], flex: FrameLexicon) -> int:
    """Where a name starts once the capitalised words that name nothing are left off its front
    ("With Line 3": Line 3, after a preposition that says it is no owner)."""
    at = m.start()
    for word in re.finditer(r"\S+", m.group()):
        if word.group().lower() not in flex.not_names:
            return at + word.start()
    return at


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _starts(sentence: str, at: int) -> bool:
    before = sentence[max(0, at - 40) : at].rstrip(' \t*_#>|"“‘([')
    return (not before and at < 40) or before[-1:] in (".", "!", "?", ":", "\n")


@functools.lru_cache(maxsize=1 << 14)  # a text names its few entities over and over
def _entity_name(raw: str, initial: bool, possessive: bool, flex: FrameLexicon) -> str | None:
    words = re.sub(r"['’]s$|(?<=s)['’]$", "", raw).split()
    # a demonym names its country, though the subject guess passes over it ("Chinese exports")
    while words and words[0].lower() in flex.not_names and words[0].lower() not in flex.demonyms:
        words.pop(0)
        initial = False
    while words and words[-1].lower() in flex.not_names and words[-1].lower() not in flex.demonyms:
        words.pop()
    if not words or not words[0][0].isalpha():
        return None  # "The 31-year-old": a number is a name's only after a name
    if (
        initial
        and len(words) == 1
        and not possessive
        and (
            flex.measure(words[0]) is not None
            or words[0].lower() in flex.plural_nouns
            or _GROUP_NOUN.fullmatch(words[0])
            or _ABSTRACT.fullmatch(words[0])
            or _PARTICIPLE.fullmatch(words[0])
            or (
                _ADVERB.fullmatch(words[0])
                and not _SCOPE.fullmatch(words[0])
                and words[0].lower() not in flex.alias_of
            )
            # a plural in -ies is a common noun's ("Burglaries in Halvorsen"), not a name's
            or words[0].lower().endswith("ies")
        )
    ):
        return None  # "Exports rose", "Jurors took", "Fraudsters stole", "Recorded": no names
    return fold_entity(" ".join(words), flex)


def fold_entity(name: str, flex: FrameLexicon) -> str:
    """An entity's name as frames compare it: lower case, no article, possessive or suffix
    ("Liaoning Province" is ``liaoning``), demonyms and aliases folded."""
    words = re.sub(r"['’]s\b|(?<=s)['’](?!\w)", "", name.lower()).replace("’", "'").split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1].rstrip(".") in flex.suffixes:
        words.pop()
    joined = " ".join(words)
    joined = flex.alias_of.get(joined, flex.alias_of.get("the " + joined, joined))
    if " " not in joined:  # "Chinese", "Americans": the country
        joined = flex.demonyms.get(joined, flex.demonyms.get(joined.removesuffix("s"), joined))
    return joined
