"""Whether a draft figure and a candidate speak of the same thing, judged on their frames.

Contract: `compare(draft, candidate, draft_sentence, candidate_sentence)` returns a `Fit`:
``compatible`` (may the two be compared at all), ``strong`` (may a disagreement fail the
gate), and the reasons, in words an editor reads ("same measure: gdp; same entity: changchun").

Rules (precision first: a failing verdict needs a strong fit):

- *Role*: roles must be compatible (`Frame.compatible_role`): a change is never judged against
  a level, a target never against an outcome.
- *Measure*: two known measures must be equal; a per-capita figure, a share and a total are
  different measures (``income_per_capita``, ``population_share``, ``population``). A count's
  measure is what it counts.
- *Entity*: two known entities must be the same name (`same_name`: "Vargen" is "Tomas
  Vargen"), or one must be named in the other's sentence ("Changchun and Jilin grew 7%"),
  unless the draft's entity is another figure's in the candidate's sentence ("Dongyuan grew
  6.8 percent, while Xiheng expanded 6.6 percent": 6.8 is not Xiheng's); an unknown entity is
  compatible with any.
- *Strong*: both measures known and equal, with no entity in conflict; when the draft names an
  entity, the candidate names it too (in its frame or its sentence), or its source gives
  figures for it elsewhere (a source about Changchun need not name the city in every sentence;
  a census of another city is no strong match for "Changchun's population").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimcheck import framelex
from claimcheck.framelex import singular
from claimcheck.model import Frame, Role


@dataclass(frozen=True, slots=True)
class Fit:
    """How well a candidate's frame fits a draft figure's."""

    compatible: bool
    strong: bool
    reason: str
    same_entity: bool = False
    # the same measure, the candidate's entity named in the draft only as an object
    measure_to_object: bool = False
    # the same entity and role, the candidate's measure unstated in the draft
    unstated: bool = False
    # the candidate's measure is the draft's with its sign turned (a loss for a profit)
    opposite: bool = False


# the start of the reason for a measure with its sign turned: the candidate's figure is
# negated (`opposite`)
OPPOSITE = "opposite measure: "
_MODIFIED = ("_per_capita", "_share")  # suffixes that make another measure, never a closer name
_AS_OBJECT = ", not as its owner"  # the end of the reason for an entity named as an object


def _named_in(entity: str, sentence: str) -> bool:
    """True when ``entity`` is named in ``sentence``, in the singular too ("hotels" in "hotel
    occupancy in Linqiao")."""
    low = sentence.lower()
    return any(
        re.search(r"(?<![\w-])" + re.escape(f) + r"(?![\w-])", low) is not None
        for f in _forms(entity)
    )


def _forms(entity: str) -> set[str]:
    """An entity's name as written and with its last word in the singular ("hotels": hotel),
    and its other names and demonyms ("china": "chinese", "mainland china")."""
    words = entity.split()
    forms = {entity, " ".join([*words[:-1], singular(words[-1])])} if words else {entity}
    return forms | _other_names().get(entity, set())


@functools.cache
def _other_names() -> dict[str, set[str]]:
    """Each entity's other names: its aliases and demonyms."""
    flex = framelex.load()
    out: dict[str, set[str]] = {}
    for name, entity in [*flex.alias_of.items(), *flex.demonyms.items()]:
        out.setdefault(entity, set()).add(name)
    return out


# a party a figure is compared with: "575 points, 290 more than team-mate Sergio Perez"
_COMPARED_PARTY = re.compile(
    r"\b(?:than|over|against|ahead\s+of|behind|beat|beating|versus|vs)\b[^,;.]{0,25}$"
)


# a name after these is where a figure goes or comes from, not whose it is: "visitors from
# South Korea to Thailand" are South Korea's, not Thailand's
_OBJECT = re.compile(r"\b(?:to|from|into|toward|towards|via)\s+(?:the\s+)?$")


def _named_as_owner(entity: str, sentence: str, not_after: re.Pattern[str] | None = None) -> bool:
    """True when ``entity`` is named in ``sentence`` other than as a party its figures are
    compared with ("more than Perez": Perez's figure is not the one given) or, with
    ``not_after``, right after such words."""
    low = sentence.lower()
    pattern = "|".join(re.escape(f) for f in sorted(_forms(entity), key=len, reverse=True))
    for m in re.finditer(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", low):
        before = max(0, m.start() - 40)
        if _COMPARED_PARTY.search(low, before, m.start()):
            continue
        if not_after is not None and not_after.search(low, before, m.start()):
            continue
        return True
    return False


def same_name(a: str, b: str) -> bool:
    """True when two entity names name one entity: equal, or one is the other's first or last
    words ("vargen" and "tomas vargen", "northbridge" and "northbridge united"), or has its
    first and last words with words between ("ferrow bank", "ferrow regional bank")."""
    if a == b or _initials_of(a, b) or _initials_of(b, a):
        return True
    # "hotel" and "hotels": a sentence's first word, capitalised, is read as a name
    short, long = sorted(
        ([singular(w) for w in a.split()], [singular(w) for w in b.split()]), key=len
    )
    if short == long:
        return True
    n = len(short)
    if n >= len(long):
        return False
    if long[:n] == short or long[-n:] == short:
        return True
    # "Ferrow Bank" and "Ferrow Regional Bank": the same first and last words, the longer
    # name adding words between them
    return n >= 2 and short[0] == long[0] and short[-1] == long[-1] and _in_order(short, long)


_MINOR = frozenset({"of", "the", "and", "for", "&"})
_COUNTRY_LETTERS = ("us", "uk", "eu")  # "USDA": the US Department of Agriculture


def _initials_of(short: str, long: str) -> bool:
    """True when ``short`` is written as the initials of ``long``'s words: "imf" and
    "international monetary fund", "ons" and "office for national statistics"; "usda" and
    "department of agriculture" (a country's two letters before them)."""
    words = [w for w in long.replace("-", " ").split() if w not in _MINOR]
    if " " in short or not 3 <= len(short) <= 6 or len(words) < 2:
        return False
    initials = "".join(w[0] for w in words)
    return short == initials or short in {c + initials for c in _COUNTRY_LETTERS}


def may_name(draft: str, cand: str | None, cand_sentence: str, draft_sentence: str) -> bool:
    """True when a draft's entity may name the candidate's: the draft's says no more than the
    candidate's, the candidate's sentence names the draft's ("NHS England said"), or
    the draft writes it as an abbreviation ("LA" for Los Angeles). A draft entity the source
    lacks ("Healthy life expectancy in England" against England's) says something new."""
    # a longer name says more ("Apple Mac" against Apple): its extra words are news (the names
    # the candidate's source gives figures for are spared anyway)
    if (cand is not None and _within(draft, cand)) or _named_in(draft, cand_sentence):
        return True
    return (
        re.search(r"(?<![\w-])" + re.escape(draft.upper()) + r"(?![\w-])", draft_sentence)
        is not None
    )


def _within(a: str, b: str) -> bool:
    """True when every word of name ``a`` is a word of name ``b`` (plurals folded)."""
    return {singular(w) for w in a.split()} <= {singular(w) for w in b.split()}


def _in_order(short: list[str], long: list[str]) -> bool:
    """True when the words of ``short`` stand in ``long`` in the same order."""
    rest = iter(long)
    return all(w in rest for w in short)


def _entity_fit(
    draft: Frame, cand: Frame, draft_sentence: str, cand_sentence: str, others: frozenset[str]
) -> str | None:
    """Why two frames' entities may meet ("" when neither says), or None when they conflict:
    equal names, or one named in the other's sentence unless it owns another figure there."""
    if draft.entity and cand.entity:
        if same_name(draft.entity, cand.entity):
            return f"same entity: {cand.entity}"
        if any(same_name(draft.entity, e) for e in others):
            return None
        if _named_as_owner(draft.entity, cand_sentence) or _named_as_owner(
            cand.entity, draft_sentence, _OBJECT
        ):
            return f"entity {cand.entity} named in both"
        if _named_in(cand.entity, draft_sentence):
            # "Beijing transferred $1.66 trillion to the Northeast": the source's entity is
            # where the figure went; the draft may speak of it, never strongly enough to fail
            return f"entity {cand.entity} named in the draft{_AS_OBJECT}"
        return None
    if cand.entity and _named_in(cand.entity, draft_sentence):
        return f"same entity: {cand.entity}"
    if cand.entity and not draft.entity:
        return f"entity {cand.entity} not stated in the draft"
    return ""


def _names_more(a: str, b: str) -> bool:
    """True when measure ``a`` is ``b`` named more closely ("automotive_output" of "output",
    a count of "nvidia h800 chip" of "chip", of "little giant enterprise" of "little giant":
    a name of two words or more shortened)."""
    return a.endswith(("_" + b, " " + b)) or (" " in b and a.startswith(b + " "))


def _measure_fit(draft: Frame, cand: Frame) -> tuple[str, bool | None]:
    """Why two frames' measures may meet ("" when neither says) and whether the draft's names
    its measure more closely than the candidate's; None for that when they conflict."""
    if draft.measure is None or cand.measure is None:
        if cand.measure is None:
            return "", False
        return f"measure {_measure_name(cand.measure)} not stated in the draft", False
    a, b = _measure_name(draft.measure), _measure_name(cand.measure)
    if _canonical(a) == _canonical(b):
        return f"same measure: {b}", False
    if framelex.load().opposite_of.get(a) == b:
        return f"{OPPOSITE}{a} against {b}", False
    if (
        not (_names_more(a, b) or _names_more(b, a))
        or a.endswith(_MODIFIED)
        or b.endswith(_MODIFIED)
    ):
        return f"different measure: {a} against {b}", None
    # "automotive output" and "output": one names the other more closely; a draft that says
    # less than its source ("20,480 chips" for "2,048 Nvidia H800 chips") speaks of the same
    # thing, one that says more may not
    return f"related measure: {a} ~ {b}", _names_more(a, b)


def one_measure(a: str | None, b: str | None) -> bool:
    """True when two measures may be one: equal, or one unknown."""
    return a is None or b is None or a == b


def _measure_name(measure: str) -> str:
    return measure[6:] if measure.startswith("count:") else measure


def compare(
    draft: Frame | None,
    cand: Frame | None,
    draft_sentence: str,
    cand_sentence: str,
    source_entities: frozenset[str] = frozenset(),
    others: frozenset[str] = frozenset(),
    cand_subject: str = "",
) -> Fit:
    """The fit of a candidate's frame to a draft figure's (see the module docstring);
    ``source_entities`` are the entities the candidate's source gives figures for, ``others``
    those of the other figures of the candidate's sentence; ``cand_subject`` the claim's
    subject, which says whom a sentence about "the city" is about (never enough to let two
    different names meet)."""
    if draft is None or cand is None:
        return Fit(True, False, "")  # no frame to compare: similarity alone decides
    # "98.5 million people" counts nothing in particular: its measure is unstated
    draft, cand = _unnamed_count(draft), _unnamed_count(cand)
    reasons: list[str] = []
    if not draft.compatible_role(cand):
        return Fit(False, False, f"different role: {draft.role.value} against {cand.role.value}")
    if draft.role is cand.role:
        reasons.append(f"same role: {draft.role.value}")
    measure_known = draft.measure is not None and cand.measure is not None
    measured, related = _measure_fit(draft, cand)
    if related is None:
        return Fit(False, False, measured)
    if measured:
        reasons.append(measured)
    said = _entity_fit(draft, cand, draft_sentence, cand_sentence, others)
    if said is None:
        return Fit(False, False, f"different entity: {draft.entity} against {cand.entity}")
    if said:
        reasons.append(said)
    # entities in conflict returned above: the same measure, named alike, is strong; a draft
    # that names whose figure it gives is not strongly matched by a figure of nobody in
    # particular ("Changchun's population" against a census total of another city's article)
    same = bool(draft.entity and cand.entity and same_name(draft.entity, cand.entity))
    unowned = bool(
        draft.entity
        and not cand.entity
        and not any(same_name(draft.entity, e) for e in source_entities)
        and not _named_in(draft.entity, f"{cand_sentence} {cand_subject}")
    )
    if unowned:
        reasons.append(f"entity {draft.entity} not named in the source")
    as_object = said.endswith(_AS_OBJECT)
    unowned = unowned or as_object
    # neither side names a measure, but both the same entity in the same role ("Brent crude
    # fell 10 per cent" and "Brent crude rose 12 per cent"): what the draft adds is checked by
    # the cover rule before the match may fail it
    unnamed = draft.measure is None and cand.measure is None and same
    strong = (measure_known and not related and not unowned) or unnamed
    to_object = measure_known and not related and as_object
    owned = same or (said.startswith("entity ") and said.endswith(" named in both"))
    unstated = _unstated_fit(draft, cand) and owned and not unowned
    opposite = measured.startswith(OPPOSITE)
    return Fit(True, strong, "; ".join(reasons), same, to_object, unstated, opposite)


def _unstated_fit(draft: Frame, cand: Frame) -> bool:
    """True when the draft leaves unstated the candidate's measure, in the same role (or both
    amounts: "had" and "counted")."""
    amounts = {draft.role, cand.role} <= {Role.level, Role.counted}
    return bool(draft.measure is None and cand.measure and (draft.role is cand.role or amounts))


def _canonical(measure: str) -> str:
    """The measure ``measure`` is compared as (`equivalent_measures`: revenue as sales)."""
    return framelex.load().same_as.get(measure, measure)


def same_as(measure: str | None) -> frozenset[str]:
    """The other measures compared as ``measure`` (`equivalent_measures`: sales and revenue)."""
    if measure is None:
        return frozenset()
    canonical = _canonical(measure)
    same = framelex.load().same_as
    return frozenset({canonical} | {k for k, v in same.items() if v == canonical}) - {measure}


def _unnamed_count(frame: Frame) -> Frame:
    """A frame counting a generic noun ("people") with no measure read for it, with none."""
    m = frame.measure
    if m is None or not m.startswith("count:") or m[6:] not in framelex.load().generic_nouns:
        return frame
    return Frame(frame.entity, None, frame.role, frame.dimension)


def unstated(draft: Frame | None, cand: Frame | None) -> bool:
    """True when the draft figure's measure is unstated (or a generic count's) and the
    candidate's is not."""
    return bool(draft and cand and _unnamed_count(draft).measure is None and cand.measure)
