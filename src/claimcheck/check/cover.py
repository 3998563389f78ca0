"""What a draft figure's clause says that its candidate's sentence does not.

A source sentence speaks to a draft figure only about what it says. "Catalonia's youth
unemployment rate was 24.6 percent" is not contradicted by "the jobless rate in Catalonia fell
to 9.3 percent": the draft's *youth* is not in the source, so the two may be about different
things, and the gate must not fail the draft on that match (it may still support it, or call it
unsupported and name the nearest claim). Words that only restate a figure are never counted:

- the words of the shared measure's phrases (``economy`` and ``GDP`` name one measure),
- the role cues of the measure lexicon (``expanded``, ``rose``, ``up from``, ``target``),
- the words of hedges (the lexicon's ``qualifiers``: *nearly*, *short of*, *upwards of*),
- the names of the entities the candidate's source gives figures for (a source about
  Changchun need not name the city in every sentence),
- ``light_words`` of ``data/check.yaml`` (reporting verbs and words of no content: *said*,
  *posted*, *recorded*), and the suffixes of names (*province*, *county*, *Ltd*),
- the verb right after the draft's entity (`verbs_after`: "Typhoon Ravi knocks out power").

Our own few lines: NLI models would judge this better but do not run offline in milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from functools import cache

from claimcheck import framelex
from claimcheck.check.candidates import Candidate
from claimcheck.check.words import Words
from claimcheck.errors import ConfigError
from claimcheck.lexicon import packaged
from claimcheck.stem import stem

_WORD = re.compile(r"[a-z][a-z-]*")
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_BASE_SPAN = re.compile(
    r"\b((?:1[89]|20)\d\d)\s*[-–]\s*((?:1[89]|20)\d\d)\s+(?:average|norm|normal|mean|baseline|levels?)\b"
)
_SPLIT_YEAR = re.compile(r"\b(?:1[89]|20)\d\d[-–/]\d\d\b")


def novel_numbers(
    clause: str, figure: str, sentence: str, value: float | None = None, name: str = ""
) -> list[str]:
    """Numbers of a draft's clause, beside its figure (as written, or of its ``value`` at any
    scale: "&#56;%" is 8), years and those of ``name`` (whom the source speaks of: "Line 3" in
    a review of Line 3 that says "the line"), that the candidate's sentence does not write:
    "people aged 75 and over" is not "aged 65 and over", "Line 4" is not "Line 3"."""
    own = set(_NUMBER.findall(figure)) | set(_NUMBER.findall(name))
    part = re.search(re.escape(figure) + _PART_AFTER, clause) if figure else None
    if part is not None:
        own.add(part.group(1))  # "4 hours 30 minutes": one figure (`check.compound`)
    theirs = set(_NUMBER.findall(sentence))
    theirs |= {part for n in theirs for part in n.split(",")}  # "per 100,000", cut at a comma
    # a reference period the source does not name: "warmer than the 1991-2020 average"
    # against "above the 1850-1900 pre-industrial level"
    spans = [m.group() for m in _BASE_SPAN.finditer(clause) if not {m[1], m[2]} <= theirs]
    clause = _SPLIT_YEAR.sub(" ", clause)  # "2022-23" says a time, not a number
    return spans + sorted(
        n
        for n in set(_NUMBER.findall(clause)) - own - theirs
        if not _YEAR.fullmatch(n) and not _is_value(n, value)
    )


_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12, 0.01)
_PART_AFTER = r"(?:,\s*|\s+and\s+|\s+)(\d{1,2})\s?(?:minutes?|mins?|seconds?|secs?|hours?|hrs?)\b"
# a group the source's figure is of, before it in its clause: "Unemployment among 16- to
# 24-year-olds rose to 14.5 percent" (no clause break between the group and the figure)
_AMONG = re.compile(r"\bamong\s+([^,;:.]{2,60}?)\s+(?:\w+\s+){0,3}?(?:to|at|of|by)?\s*$")


def groups_unsaid(sentence: str, figure: str, said: Set[str], words: Words) -> list[str]:
    """The group a source figure is of ("among 16- to 24-year-olds") when the draft's clause
    (its content stems ``said``) names none of it: the source then says more than the draft,
    whose "jobless rate" is the whole's, not the group's."""
    at = sentence.find(figure)
    m = _AMONG.search(sentence, max(0, at - 90), at) if at > 0 else None
    if m is None:
        return []
    group = words.content(m.group(1))
    return [f"the source's group ({m.group(1).strip()})"] if group and not group & said else []


def _is_value(number: str, value: float | None) -> bool:
    if value is None:
        return False
    try:
        x = float(number.replace(",", ""))
    except ValueError:
        return False
    return any(abs(x * scale - value) <= 1e-9 * max(1.0, abs(value)) for scale in _SCALES)


SPARED = 4096  # (measures, entities) pairs whose stems are kept at a time


@dataclass(frozen=True)
class Cover:
    """The words never counted as saying something new, and each measure's own words."""

    excused: frozenset[str]  # folded (`_fold`) stems
    measure_words: dict[str, frozenset[str]]
    alias_words: dict[str, frozenset[str]]  # entity -> the stems of all its names
    # a folded stem that names an entity alone (a demonym, a one-word alias) -> the folded
    # stems of all the entity's names: a source's "European Parliament election" says "EU"
    kin: dict[str, frozenset[str]] = field(default_factory=dict)
    # a light word of a group of rivals (`rival_words`): news where the source says another
    rivals: dict[str, frozenset[str]] = field(default_factory=dict)
    light_words: frozenset[str] = frozenset()  # folded: those of ``light_words`` alone
    _spared: dict[tuple[tuple[str | None, ...], tuple[str, ...]], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def light(self, stem: str) -> bool:
        """True for the stem of a word that says nothing of what a figure measures or whose
        it is ("made", "accounts", "said"): ``light_words`` alone."""
        return _fold(stem) in self.light_words

    def novel(
        self,
        clause: Iterable[str],
        known: frozenset[str] | set[str],
        measures: Iterable[str | None],
        entities: Iterable[str],
    ) -> list[str]:
        """Stems of ``clause`` (a draft clause's content stems) that ``known`` (the stems of the
        candidate's sentence) lacks, beside those of ``measures`` and ``entities``."""
        # only the clause's words are looked up: the lists are folded once, when loaded
        words = [(w, _fold(w)) for w in clause]
        rivalled = self._rivalled([f for _, f in words], known)
        words = [(w, f) for w, f in words if f not in self.excused or f in rivalled]
        if not words:
            return []
        key = (tuple(measures), tuple(entities))
        spared = self._spared.get(key)
        if spared is None:
            if len(self._spared) >= SPARED:
                self._spared.clear()
            spared = self._spared[key] = self._spare(*key)
        left = [(w, f) for w, f in words if f not in spared]
        if not left:
            return []
        seen = {_fold(w) for w in known}
        for f in [f for f in seen if f in self.kin]:
            seen |= self.kin[f]
        left = [(w, f) for w, f in left if f not in seen]
        if not left:
            return []
        # another word of one root is no news ("obese" where the source says "obesity",
        # "university-educated" where it says "a university education")
        roots = {r for f in seen for r in _roots(f)}
        return sorted(w for w, f in left if not _roots(f) & roots)

    def _rivalled(self, folded: list[str], known: frozenset[str] | set[str]) -> set[str]:
        """The words of ``folded`` whose rival the source says, and not them: a source's
        "winter appeal" says nothing of a "summer appeal"."""
        mine = [f for f in folded if f in self.rivals]
        if not mine:
            return set()
        theirs = {_fold(w) for w in known}
        return {f for f in mine if f not in theirs and self.rivals[f] & theirs}

    def _spare(self, measures: tuple[str | None, ...], entities: tuple[str, ...]) -> frozenset[str]:
        """The folded stems of ``measures`` and ``entities`` (kept per pair: a draft's figures
        share a few, and an entity's names may be many)."""
        spared: set[str] = set()
        for m in measures:
            if m:
                base = m.removeprefix("count:")
                for suffix in _MODIFIED:
                    if base.endswith(suffix):
                        base = base[: -len(suffix)]
                        spared.update(_stems(suffix.replace("_", " ")))
                spared |= self.measure_words.get(base, frozenset())
                spared |= _stems(base.replace("_", " "))
        for e in entities:
            spared.update(e.split())
            spared.update(_stems(e))
            spared |= self.alias_words.get(e, frozenset())
        return frozenset(_fold(w) for w in spared)


def verbs_after(clause: str, entities: Iterable[str], words: Words) -> set[str]:
    """The stems of the words right after an entity's name in ``clause`` that read as its verb
    ("Typhoon Ravi knocks out power", "Changchun signed contracts", "Harrow & Finch posts"):
    they say what the entity did, not what the figure measures. A possessive is followed by
    what it owns ("Catalonia's youth unemployment"), never a verb; a word must end as a verb
    does (-s, -ed) to count."""
    low = clause.lower()
    out: set[str] = set()
    for e in entities:
        if not e:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(e) + r"\s+([a-z]+(?:s|ed))\b", low):
            out.add(words.stem(m.group(1)))
    return out


@cache
def load(words: Words) -> Cover:
    """The cover rules from the measure lexicon and ``data/check.yaml``'s ``light_words``."""
    data = packaged("check.yaml")
    light = data.get("light_words") if isinstance(data, dict) else None
    if not isinstance(light, str):
        raise ConfigError(
            "light_words must be words separated by spaces", "claimcheck/data/check.yaml"
        )
    flex = framelex.load()
    excused = {s for w in light.split() for s in inflected(words, w)}
    lights = frozenset(_fold(w) for w in excused)
    excused |= {s for w in flex.role_words for s in inflected(words, w)}
    # a hedge says how the figure is stated, not what it is of ("fell short of 1.9 million")
    excused |= {s for w in words.hedge_words for s in inflected(words, w)}
    # a name's suffix ("Liaoning province", "Jinhe Bank Ltd") adds nothing to the name
    excused |= {s for w in flex.suffixes for s in inflected(words, w.rstrip("."))}
    by_measure: dict[str, set[str]] = {}
    phrases = list(flex.measure_of.items())
    for _, phrase_of, _ in flex.physical.values():  # "90 metres long": long names a length
        phrases += list(phrase_of.items())
    for phrase, measure in phrases:
        if not measure:
            continue  # a unit's words (`unit_phrases`)
        by_measure.setdefault(measure, set()).update(
            s for w in _WORD.findall(phrase) for s in inflected(words, w)
        )
    for measure in by_measure:
        by_measure[measure] |= {words.stem(w) for w in measure.split("_")}
    aliases: dict[str, set[str]] = {}
    for name, entity in flex.alias_of.items():
        aliases.setdefault(entity, set()).update(_stems(name))
    for demonym, entity in flex.demonyms.items():  # "French" names France's figures too
        aliases.setdefault(entity, set()).update(_stems(demonym))
    return Cover(
        frozenset(_fold(w) for w in excused),
        {k: frozenset(v) for k, v in by_measure.items()},
        {k: frozenset(v) for k, v in aliases.items()},
        _kin(flex, aliases) | _same_words(data.get("same_words")),
        {
            f: group - {f}
            for f, group in _same_words(data.get("rival_words"), "rival_words").items()
        },
        lights,
    )


def _same_words(listed: object, key: str = "same_words") -> dict[str, frozenset[str]]:
    """Each word of ``same_words`` (or another ``key`` of check.yaml), folded, with the folded
    stems of its group."""
    if not isinstance(listed, str):
        raise ConfigError(
            f"{key} must be groups of words joined by '/'", "claimcheck/data/check.yaml"
        )
    out: dict[str, frozenset[str]] = {}
    for group in listed.split():
        folded = frozenset(_fold(stem(w)) for w in group.lower().split("/"))
        for f in folded:
            out[f] = out.get(f, frozenset()) | folded
    return out


def _kin(flex: framelex.FrameLexicon, aliases: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """Each word that names an entity alone (its one-word name, a demonym, a one-word alias),
    folded, with the folded stems of all that entity's names and demonyms: "German" in a
    draft is said by a source's "Germany", "EU" by its "European"."""
    named = {**{n: e for n, e in flex.alias_of.items() if " " not in n}, **flex.demonyms}
    named.update({e: e for e in set(named.values()) if " " not in e})
    stems: dict[str, set[str]] = {}
    for word, entity in named.items():
        stems.setdefault(entity, aliases.get(entity, set()) | _stems(entity)).add(stem(word))
    return {
        _fold(stem(word)): frozenset(_fold(w) for w in stems[entity])
        for word, entity in named.items()
    }


_MODIFIED = ("_per_capita", "_share")  # suffixes of measures made by a modifier


# endings that make another word of one root: a noun of a verb or adjective and back
_DERIVED = ("ation", "ition", "ment", "ness", "ity", "ion", "ical", "ic", "al", "er", "ed")


def _roots(folded: str) -> set[str]:
    """A folded stem, and it less each derivational ending it has where four letters or more
    are left ("education": education, educat, educ)."""
    return {folded} | {
        _fold(folded[: -len(end)])
        for end in _DERIVED
        if folded.endswith(end) and len(folded) - len(end) >= 4
    }


def _fold(stem: str) -> str:
    """One form for stems the stemmer leaves apart: "appli" (applied) and "apply" (applying),
    "reache" (reached) and "reach"."""
    if stem.endswith("i"):
        return stem[:-1] + "y"
    if len(stem) > 3 and stem.endswith("e"):
        return stem[:-1]
    return stem


def _stems(name: str) -> set[str]:
    return {stem(w) for w in name.split()}


def inflected(words: Words, word: str) -> set[str]:
    """The stems of a listed word and of its inflections ("reach": reaches, reached, reaching;
    "top": topped), so that the list names base forms only."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms.add(word + "d")  # "serve": served; never "win": wind
    if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # top: topped, topping
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return {words.stem(f) for f in forms}


_CAPITALISED = re.compile(r"\b[A-Z][\w&-]*(?:\s+(?:of|for|and|the|de)?\s*[A-Z][\w&-]*)+")
_MINOR = frozenset({"of", "for", "and", "the", "de"})


def named_after_all(novel: list[str], clause: str, sentence: str) -> list[str]:
    """``novel`` (a draft clause's words its candidate's sentence lacks) without the words that
    name what the sentence names after all: initials of its capitalised words ("IMF" for the
    International Monetary Fund) and the noun of a phrase that refers back to an entity ("the
    bank", "the company": `entities.refer_back` of ``frames.yaml``)."""
    if not novel:
        return novel
    initials = {
        "".join(w[0] for w in m.group().split() if w.lower() not in _MINOR).lower()
        for m in _CAPITALISED.finditer(sentence)
    }
    referring = {
        stem(w)
        for m in framelex.load().refer_back.finditer(clause.lower())
        for w in m.group().split()
    }
    return [w for w in novel if w not in initials and w not in referring]


_DIGIT = re.compile(r"\d")


def spoken_of(
    owner: str | None, named: frozenset[str] | None, c: Candidate, clause: str = ""
) -> str:
    """The draft figure's entity ``owner`` when the candidate's source speaks of it (``named``:
    the entities it gives figures for; "line 3"), else "": a number in that name is no news.
    A draft whose figure's entity is not read may still name one of those with a number in
    its ``clause`` ("Five workers were injured ... above the Line 3 tunnel")."""
    if owner and ((named and owner in named) or (c.frame and c.frame.entity == owner)):
        return owner
    if owner or not named or not clause:
        return ""
    return next(
        (
            n
            for n in sorted(named)
            if _DIGIT.search(n) and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", clause, re.I)
        ),
        "",
    )
