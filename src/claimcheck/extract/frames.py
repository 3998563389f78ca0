"""Frames: what each figure measures (entity, measure, role, dimension), read from its sentence.

Contract: `Reader(text, segments, flex, lexicon)` reads a text's sentences once, lazily;
`reader.frame(start, end, unit, noun, seg_i, future)` gives the `Frame` of the figure at
``text[start:end]`` in sentence ``seg_i``.

- **measure**: the nearest measure phrase of the measure lexicon (``data/frames.yaml``) before
  the figure in its clause, else just after it ("$2 billion in exports"); a bare count is
  measured by what it counts ("1,000 charging piles"). A modifier beside the phrase makes a
  different measure (``income_per_capita``), and so does a share (``population_share``).
- **role**: the cue nearest the figure decides: "from"/"than"/"compared with" before it is a
  `previous` level, "to"/"reached"/"stood at" a `level`, "grew"/"up"/"growth of" or "increase"
  after it a `change`; "aims"/"plans" earlier in its clause make a `target`, "expected"/"will"
  a `forecast`, as does a period after the publication year; "X% of" or "accounted for" a
  `share`; a bare count with no cue is a `count`, anything else a `level`.
- **entity**: the proper name (or entity phrase, "the northeast") nearest before the figure in
  its clause, else in its sentence, else after it; for a sentence that opens with "It", "Its",
  "The city"..., the entity of the sentence before it in its paragraph. Names are normalised
  (lower case, no possessive, no "city"/"province"/"Ltd" suffix, aliases folded:
  "the United States" is ``us``). In a Title Case headline only possessive names count. A
  figure of a wider group is that group's ("above the national average of 4.1 percent":
  ``national``; `claimcheck.extract.groups`).

Each sentence is analysed once, on first use (`frame_sentence.analyse`: its measure phrases,
names and clause breaks); this module reads a figure's frame from them.

Heuristics from word lists, not a parser: the lists are data, and every verdict built on a
frame says which words it read, so an editor sees why.
"""

from __future__ import annotations

import bisect
import re

from claimcheck.extract import role_patterns, roles, sentences
from claimcheck.extract.counted import became_kind, counted_measure
from claimcheck.extract.frame_parts import (
    PART_OF,
    PLACE_BEFORE_NAME,
    PLACE_OF_FIGURE,
    WHOLE_IN,
    dimension_of,
    head_of,
    measures_of,
    of_stuff,
    own_subject,
    place_after,
    possessed,
    prepped_by,
    unnamed_measure,
    whole_after,
    within,
)
from claimcheck.extract.frame_sentence import VERB, Place, Sentence, analyse, outside_asides
from claimcheck.extract.groups import wider_group
from claimcheck.extract.modifiers import modified
from claimcheck.extract.patterns import compile_for
from claimcheck.framelex import FrameLexicon
from claimcheck.lexicon import Lexicon
from claimcheck.model import Dimension, Frame, Role

_ITS = re.compile(r"\b(?:its|their)\b")
_DIGIT_IN = re.compile(r"\d")
# a figure's first digit, not a year's
_DIGIT = re.compile(r"(?<![\d.,])(?!(?:1[89]|20)\d\d(?!\d))\d")
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s[^,;:]{0,200},")
# Prepositions before a name: a place ("in Scotland", "across Northern Ireland", "exports from
# Dongyuan") says where a figure is; an object ("to Brizlee Wood", "over Vingegaard") is not whose
_PLACE_PREP_BEFORE = re.compile(
    r"\b(?:in|at|from|across|near|throughout|around|inside|outside|within)\s+(?:the\s+)?$"
)
_OBJECT_BEFORE = re.compile(  # (not "Schools run by the Eastmoor authority": their owner)
    r"\b(?:to|over|into|onto|on|off|against|beat|beating|toward|towards|via|with|(?<!run\s)"
    r"(?<!owned\s)(?<!operated\s)(?<!managed\s)by|won|wins|winning|defeated|defeating)\s+(?:the\s+)?$"
)
_PREPOSITION_BEFORE = re.compile(_PLACE_PREP_BEFORE.pattern + "|" + _OBJECT_BEFORE.pattern)

WINDOW = 160  # characters either side of a figure that its frame is read from


# between an amount and what it is an amount of: "$12.4 billion in income tax"
_IN_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")


class Reader:
    """Frames for the figures of one text (sentences analysed once each, on first use)."""

    def __init__(
        self, text: str, segments: list[sentences.Segment], flex: FrameLexicon, lexicon: Lexicon
    ) -> None:
        self.text = text
        self.segments = segments
        self.flex = flex
        self.lexicon = lexicon
        self.pats = compile_for(lexicon)
        self._sentences: dict[int, Sentence] = {}
        self._topic: dict[int, str | None] = {}
        self.grouped: dict[int, str] = {}  # a wider group's figures' groups, by start

    def frame(
        self, start: int, end: int, unit: str | None, noun: str | None, seg_i: int, future: bool
    ) -> Frame:
        """The frame of the figure at ``text[start:end]`` in sentence ``seg_i``."""
        dim = dimension_of(self.lexicon, unit)
        if not self.segments:
            return Frame(None, None, Role.counted if dim is Dimension.counted else Role.level, dim)
        s = self._sentence(seg_i)
        at, to = start - s.start, end - s.start
        # every window is bounded, so that a sentence of 10,000 figures costs 10,000 figures
        k = bisect.bisect_right(s.hard, at)
        lo = max(s.hard[k - 1] if k else 0, at - WINDOW)
        k = bisect.bisect_left(s.hard, to)
        hi = min(s.hard[k] if k < len(s.hard) else len(s.low), to + WINDOW)
        k = bisect.bisect_right(s.soft, at)
        soft = max(lo, s.soft[k - 1] if k else 0)
        measures = outside_asides(s, within(s.measures, s.measure_starts, lo, hi), at)
        names = outside_asides(s, within(s.names, s.name_starts, max(0, at - 2 * WINDOW), hi), at)
        role = roles.read(self.flex, self.lexicon, s.low, (at, to), (soft, hi), dim, noun, future)
        stuff = of_stuff(self.lexicon, dim, unit)
        measure, measure_end = self._measure(s, measures, at, to, soft, hi, role, dim, noun, stuff)
        if measure is None and soft > lo:
            measure, measure_end = self._measure(
                s, measures, at, to, lo, hi, role, dim, noun, stuff
            )
        physical = self.flex.physical.get(dim.value)
        if physical is not None:
            # "90 metres long": the word after a length names its measure; "a cable car 3.6
            # kilometres long" measures the length of a car, not cars
            pattern, phrase_of, allowed = physical
            said = pattern.match(s.low, to)
            if said is not None:
                measure = phrase_of[" ".join(said.group(0).split())]
            elif measure not in allowed:
                measure = None
        if role is Role.level:
            role = self._level_or_change(s.low, measure_end if measure else -1, at, dim)
        if dim is Dimension.counted:
            became = became_kind(s.low, names, to)
            if became is not None:
                measure, role = became, Role.change
        entity = self._entity(s, names, seg_i, at, to, lo, hi, role)
        written = self.text[s.start : s.start + len(s.low)]
        grouped = wider_group(self.flex.groups, written, names, (at, to, soft), role)
        if grouped is not None:  # "above the national average of 4.1 percent"
            entity, role = grouped
            self.grouped[start] = entity
        if (
            measure is None
            and entity is not None
            and role is Role.change
            and dim is Dimension.percent
        ):
            measure = self._verb_measure(s.low, max(lo, at - 40), at)
        if measure is None and (s.refers_back or s.mentions_back >= 0):
            measure = self._back_measure(seg_i)  # "It shrank by 2.5 per cent": what it is
        measure = unnamed_measure(self.flex, measure, (dim, unit), self.text, (start, end))
        return Frame(entity, measure, role, dim)

    def _level_or_change(self, low: str, measure_end: int, at: int, dim: Dimension) -> Role:
        """A level's role, or `change` where a change noun says the figure is one."""
        # (a change noun before another figure is its: "a rise of 18%, with ... $310 million")
        cue = self.pats.change_noun.search(low, measure_end, at) if measure_end >= 0 else None
        if cue and not _DIGIT_IN.search(low, cue.end(), at) and not role_patterns.arrives(low, at):
            return Role.change  # "GDP growth was 7.4%", "the increase in exports was 5%"
        if dim is Dimension.percent and role_patterns.rate_arrived(low, at):
            return Role.change  # "GDP growth slowed to 5.2%": the rate a change came to
        return Role.level

    def _verb_measure(self, low: str, lo: int, at: int) -> str | None:
        """The measure a verb before the figure names ("Xiheng expanded 6.6 percent": gdp)."""
        return next((m for m, verbs in self.flex.verb_measures if verbs.search(low, lo, at)), None)

    # -- measure ----------------------------------------------------------------------------

    def _measure(
        self,
        s: Sentence,
        measures: list[Place],
        at: int,
        to: int,
        lo: int,
        hi: int,
        role: Role,
        dim: Dimension,
        noun: str | None,
        stuff: bool = False,
    ) -> tuple[str | None, int]:
        """The figure's measure, and where the phrase that named it ends (``stuff``: the figure
        is an amount or rate of stuff, no count of things)."""
        low = s.low
        measures = measures_of(measures, dim)
        found: str | None = None
        verbs = [(a, b, m[len(VERB) :]) for a, b, m in measures if m.startswith(VERB)]
        measures = [m for m in measures if not m[2].startswith(VERB)]
        before = [m for m in measures if lo <= m[0] and m[1] <= at and not self._verb(low, m, at)]
        after = [  # not past another figure ("27.5 percent and 36 seats": the seats are 36's)
            m for m in measures
            if m[0] >= to and m[1] <= hi and m[0] - to <= 40
            and (not _DIGIT_IN.search(low, to, m[0]) or whole_after(low, to, m[0]))
        ]  # fmt: skip
        chosen: tuple[int, int, str] | None = None
        if dim is Dimension.counted:
            chosen, found = counted_measure(
                self.flex, low, (before + verbs, after), (at, to), lo, noun, s.headline
            )
        if found is None:
            # a clause only of a change ("a net profit of €2.9 billion, down 31 percent, on ...")
            earlier = [m for m in measures if m[1] <= lo] if at - lo <= 12 else []
            # "$12.4 billion in income tax", "a $48 million budget gap": the phrase right after
            named_after = after and (
                after[0][0] - to <= 1
                or (dim is Dimension.money and _IN_AFTER.fullmatch(low, to, after[0][0]))
            )
            if (role is Role.share or named_after) and after:
                chosen = after[0]
            elif before:
                chosen = head_of(low, before, at)
            elif earlier and role is Role.change:
                chosen = earlier[-1]
            elif after:
                chosen = after[0]
            if chosen is None:
                return None, at
            found = chosen[2]
            if stuff and found in self.flex.counted:  # (`counted_measures`)
                found = self._of_stuff(low[chosen[0] : chosen[1]])
                if found is None:
                    rest = [m for m in measures if m is not chosen]
                    return self._measure(s, rest, at, to, lo, hi, role, dim, noun, stuff)
        of = PART_OF.match(low, to) if dim is Dimension.percent else None
        part_of = of is not None and any(m[0] == of.end() for m in after)
        found = modified(self.flex, low, found, chosen, (at, to), lo, role, dim, part_of)
        return found, chosen[1] if chosen and chosen[1] <= at else at

    def _of_stuff(self, phrase: str) -> str | None:
        """What a phrase of things counted measures of money or stuff: what its last word names
        ("ticket sales reached $4.6 billion": sales), if that counts nothing."""
        last = self.flex.measure(phrase.split()[-1])
        return last if last and last not in self.flex.counted else None

    def _verb(self, low: str, m: Place, at: int) -> bool:
        """True when a measure phrase before a figure is its change verb ("saw its economy
        contract by 5.3 percent": contract is what the economy did, not contracts), or a word
        that names a measure only after a figure ("the council approves a 9.99% rise")."""
        if low[m[0] : m[1]] in self.flex.after_only:
            return True
        gap = low[m[1] : at].split()
        return (
            len(gap) <= 1
            and gap in ([], ["by"])
            and self.flex.roles["change_before"].fullmatch(low, m[0], m[1]) is not None
        )

    # -- entity -----------------------------------------------------------------------------

    def _entity(
        self,
        s: Sentence,
        names: list[Place],
        seg_i: int,
        at: int,
        to: int,
        lo: int,
        hi: int,
        role: Role,
    ) -> str | None:
        before = [n for n in names if n[1] <= at]
        in_clause = [n for n in before if n[0] >= lo]

        def prepped(pattern: re.Pattern[str], n: Place) -> bool:
            return prepped_by(s.low, pattern, n)

        # whose figure it is: a name of the clause in no prepositional phrase ("Xiheng
        # expanded"), else a place of the clause ("cases in Europe rose"): a name after "in"/"at"
        # is where an earlier figure is while another name is there ("30 branches in Kent and
        # 12 in Essex": the 12 are Acme's); a name after "to", "over", "against" is an object
        # ("gusts to Brizlee Wood", "a lead over Vingegaard")
        owners = [n for n in in_clause if not prepped(_PREPOSITION_BEFORE, n)]
        places = [
            n for n in in_clause
            if prepped(_PLACE_PREP_BEFORE, n)
            and not PLACE_OF_FIGURE.search(s.low, max(lo, n[0] - 40), n[0])
        ]  # fmt: skip
        if owners or places:  # ("Carrefour's share of Spanish grocery sales": Carrefour's)
            return (possessed(s.low, owners) or places)[-1][2]
        if own_subject(s.low, lo, at, s.measures):
            return None  # "..., while ether has gained 55%": not the subject named before
        subjects = [n for n in before if not prepped(_PREPOSITION_BEFORE, n)]
        if subjects and not (s.refers_back or s.mentions_back >= 0):
            return subjects[-1][2]  # the sentence's subject, in a clause before
        # "One-third of its stake is owned by ..., including Japan’s Panasonic": "its" by
        # the figure, no name before it: its owner was named before, though a name follows
        owned = not before and _ITS.search(s.low, lo, min(hi, to + 12)) is not None
        # ("Rainfall totalled 96 mm, ..., making it the driest": that "it" is not the 96 mm's)
        mentioned = 0 <= s.mentions_back < min(hi, to + 12)
        if s.refers_back or mentioned or owned:
            # news paragraphs are often one sentence long: "his" may point to the
            # paragraph before
            back = self._back(seg_i, across=s.person_back)
            if back is not None:
                return back
        placed = [
            n for n in before
            if not prepped(_OBJECT_BEFORE, n)
            and not PLACE_OF_FIGURE.search(s.low, max(0, n[0] - 40), n[0])
        ]  # fmt: skip
        if placed:
            return placed[-1][2]
        if role is Role.share:  # "4.8 percent of China's economy": China is the whole
            return place_after(s.low, names, to, hi, WHOLE_IN)  # "of adults in Scotland"
        return place_after(s.low, names, to, hi)

    def _previous(self, seg_i: int, across: bool = False) -> int | None:
        """The sentence before ``seg_i`` in its paragraph (or, ``across``, the last one of the
        paragraph before), if there is one."""
        if seg_i <= 0:
            return None
        if not across and self.segments[seg_i - 1].paragraph != self.segments[seg_i].paragraph:
            return None
        return seg_i - 1

    def _back_measure(self, seg_i: int) -> str | None:
        """The first measure the sentence before ``seg_i`` in its paragraph names."""
        prev = self._previous(seg_i)
        measures = self._sentence(prev).measures if prev is not None else ()
        return next((m[2] for m in measures if not m[2].startswith(VERB)), None)

    def _back(self, seg_i: int, across: bool = False) -> str | None:
        """The entity the sentence before ``seg_i`` in its paragraph (``across``: or the
        paragraph before) is about."""
        prev = self._previous(seg_i, across)
        return self.topic(prev) if prev is not None else None

    def topic(self, seg_i: int) -> str | None:
        """What sentence ``seg_i`` is about: its first name, else (when it refers back) that of
        the sentence before it."""
        if seg_i in self._topic:
            return self._topic[seg_i]
        self._topic[seg_i] = None  # a guard against long chains looping back
        s = self._sentence(seg_i)
        # the name nearest before its first figure ("As Xinhua reported, ... Changchun received
        # 147 million visits" is about Changchun), else its first name
        digit = _DIGIT.search(s.low)
        # a name inside a relative clause or an apposition is not what the sentence is about
        # ("The line, which runs from ..., cost", "Fenghu, the district home to Linqiao's 14")
        asides = [*s.asides, *(m.span() for m in _APPOSITION.finditer(s.low))]
        names = [n for n in s.names if not any(a <= n[0] < b for a, b in asides)]
        lead = [n for n in names if digit and n[1] <= digit.start()]
        # a name after "in"/"at" is where a figure is, not what the sentence is about ("The
        # chain has 40 stores in Scotland" is about the chain)
        subjects = [n for n in names if not PLACE_BEFORE_NAME.search(s.low, max(0, n[0] - 8), n[0])]
        found = lead[-1][2] if lead else subjects[0][2] if subjects else None
        if found is None and s.refers_back:
            found = self._back(seg_i)
        if found is None and names:
            found = names[0][2]
        self._topic[seg_i] = found
        return found

    # -- sentences ---------------------------------------------------------------------------

    def _sentence(self, seg_i: int) -> Sentence:
        found = self._sentences.get(seg_i)
        if found is None:
            seg = self.segments[seg_i]
            found = self._sentences[seg_i] = analyse(
                self.text[seg.start : seg.end], seg.start, self.flex, self.pats
            )
        return found
