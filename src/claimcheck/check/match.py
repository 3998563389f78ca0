"""Candidates for a draft's number: the registered claims (or source statements) it may be about.

Contract: `CandidateIndex.build(project)` reads the registry once; `index.match(mention)`
returns the candidates whose figure is in the same unit dimension as the mention, that are
about the same subject, and whose context is similar enough to the mention's sentence, best
first, each with its similarity (0-100).

How a mention is matched:

1. *Blocking* by unit dimension (`Lexicon.dimension`: ratio, ``money:USD``, count, length...).
2. *Retrieval* through an inverted index from (dimension, content word) to candidates: the
   draft sentence's rarest words are looked up first, each shared word adds its inverse document
   frequency, and the best `TOP_K` go on; so 100,000 claims are never scanned per mention. The
   draft figure's measure is looked up like a word, so claims of its measure are found however
   they are worded.
3. *Frames* (`claimcheck.check.frames`): a candidate whose role, measure or entity does not fit
   the mention's is turned down; one of the same measure is *strong* (may fail the draft), as
   is one of a measure the draft leaves unstated that is alone (`candidates.alone_promoted`).
4. *Subject*, for a match that is not strong: when the draft names a place or body (a
   capitalised word, see `Words.names`; in a Title Case headline only known names) that the
   candidate's context lacks, while the candidate's sentence names one the draft lacks, the
   two are about different subjects ("Shenyang's GDP" is not "Changchun's GDP").
5. *Similarity*: rapidfuzz ``token_set_ratio`` of the content words of the draft sentence (and
   of the clause holding the number; the better of the two counts) against those of the
   candidate's subject, metric and the sentence of its quote that holds the figure. Numbers and
   the number's own words are not content. A strong candidate scores at least `FRAMED_SCORE`;
   without frames on both sides, `STRONG_SCORE` makes a candidate strong, and nearly the same
   sentence (`SAME_SENTENCE`) always does.

A candidate is a registered claim (not ``rejected``, not orphaned) or one of the extracted
quantities of a source that has no registry file yet (a *source statement*)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from claimcheck import framelex
from claimcheck.check import cover, frames, opposites, retrieve, rivals
from claimcheck.check.candidates import (
    Candidate,
    Entry,
    Scored,
    alone_promoted,
    claims_of,
    fields_of,
    of_claim,
    of_statement,
    others_of,
    statements_of,
    tokens_of_about,
)
from claimcheck.check.facts import Ask, Facts, Prepared, facts_of, prepared_of, similarity
from claimcheck.check.headline import names_of
from claimcheck.check.paragraph import words_before
from claimcheck.check.query import Query, place_after, placed_for
from claimcheck.check.retrieve import MEASURE
from claimcheck.check.subgroups import weaker_subgroups
from claimcheck.check.words import Words
from claimcheck.check.words import load as load_words
from claimcheck.extract.sentences import is_headline
from claimcheck.lexicon import Lexicon
from claimcheck.model import Claim, Frame, Role

if TYPE_CHECKING:
    from claimcheck.project import Project

MIN_SCORE = 55.0  # lowest similarity at which a candidate speaks to a mention at all
STRONG_SCORE = 70.0  # similarity at which a candidate without frames can fail a draft number
SAME_SENTENCE = 88.0  # similarity of nearly the same sentence: strong whatever the frames say
FRAMED_SCORE = 75.0  # the least score of a candidate whose measure is the draft's


_SUFFIXES = frozenset(framelex.load().suffixes)
_FACTS_KEPT = 256  # draft sentences and clauses whose facts are kept (memory stays bounded)


@dataclass
class CandidateIndex:
    """Candidates by dimension and content word; a `Candidate` is built only when retrieved."""

    entries: list[Entry]
    lexicon: Lexicon
    words: Words
    postings: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # dimension, word
    sizes: dict[str, int] = field(default_factory=dict)
    known_names: frozenset[str] = frozenset()
    published: dict[str, str] = field(default_factory=dict)  # source id -> publication date
    entities: dict[str, frozenset[str]] = field(default_factory=dict)  # source id -> entities
    # a quote -> "entity<TAB>measure" of its figures, for quotes whose figures are of several
    # entities (a flat string each, so that the stored index stays plain data)
    shared: dict[str, frozenset[str]] = field(default_factory=dict)
    # source id -> its main entities: the first it gives a figure for, and the most frequent
    main: dict[str, frozenset[str]] = field(default_factory=dict)
    _candidates: dict[int, Candidate] = field(default_factory=dict)
    _prepared: dict[int, Prepared] = field(default_factory=dict)
    _sentence_facts: dict[tuple[bool, str], Facts] = field(default_factory=dict)
    _retrieved: dict[tuple[str, str | None, str], list[int]] = field(default_factory=dict)
    _source_words: dict[str, frozenset[str]] = field(default_factory=dict)
    _entity_names: frozenset[str] | None = None
    # (source, quote) -> the entries of that sentence, built on first use (`check.stated`)
    by_quote: dict[tuple[str, str], list[int]] | None = None
    previous: dict[tuple[str, str], str] | None = None  # the sentence before (`check.paragraph`)

    @classmethod
    def build(cls, project: Project) -> CandidateIndex:
        """The candidates of a loaded project: its claims, and statements of unregistered sources."""
        published = {e.id: e.published for e in project.catalog if e.published}
        return cls.of(claims_of(project) + statements_of(project), project.lexicon, published)

    @classmethod
    def of(
        cls, entries: list[Entry], lexicon: Lexicon, published: dict[str, str] | None = None
    ) -> CandidateIndex:
        """An index over ``entries`` (claims and source statements); ``published`` gives the
        sources' publication dates by id (an undated figure is taken to be recent then)."""
        words = load_words(lexicon)
        index = cls(entries, lexicon, words, published=dict(published or {}))
        postings: dict[str, dict[str, list[int]]] = {}
        sizes: dict[str, int] = defaultdict(int)
        quotes: dict[str, set[str]] = {}
        abouts: dict[tuple[str | None, str | None], set[str]] = {}
        dimensions: dict[str | None, str] = {}
        subjects: set[str] = set()
        entities: dict[str, set[str]] = defaultdict(set)
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        of_quote: dict[str, set[str]] = defaultdict(set)
        for i, e in enumerate(entries):
            quote, unit, key, measure, entity = fields_of(e)
            if entity:
                entities[e.source].add(entity)
                counts[e.source][entity] += 1
                of_quote[quote].add(f"{entity}\t{measure or ''}")
            tokens = quotes.get(quote)
            if tokens is None:
                tokens = quotes[quote] = words.content(quote)
            about = abouts.get(key)
            if about is None:
                about = abouts[key] = tokens_of_about(words, *key)
                if key[0]:
                    subjects.add(key[0])
            dimension = dimensions.get(unit)
            if dimension is None:
                dimension = dimensions[unit] = lexicon.dimension(unit)
                postings.setdefault(dimension, {})
            by_word = postings[dimension]
            if measure is not None:
                by_word.setdefault(MEASURE + measure, []).append(i)
            for token in tokens | about if about else tokens:
                found = by_word.get(token)
                if found is None:
                    by_word[token] = [i]
                else:
                    found.append(i)
            sizes[dimension] += 1
        index.postings = postings
        index.sizes = dict(sizes)
        index.entities = {k: frozenset(v) for k, v in entities.items()}
        # (a Counter keeps the order entities were first seen in)
        index.main = {
            k: frozenset({next(iter(v)), v.most_common(1)[0][0]}) for k, v in counts.items()
        }
        index.shared = {
            q: frozenset(v) for q, v in of_quote.items() if len({e.split("\t")[0] for e in v}) > 1
        }
        index.known_names = (
            frozenset(words.stem(w) for s in subjects for w in s.split() if w[:1].isupper())
            - words.not_names
        )
        return index

    @property
    def entity_names(self) -> frozenset[str]:
        """The words of every entity the sources give figures for (for reading headlines)."""
        if self._entity_names is None:
            self._entity_names = names_of(e for names in self.entities.values() for e in names)
        return self._entity_names

    def candidate(self, i: int) -> Candidate:
        """The candidate of entry ``i`` (built once)."""
        found = self._candidates.get(i)
        if found is None:
            e = self.entries[i]
            if isinstance(e, Claim):
                found = of_claim(e, self.lexicon, self.published.get(e.source))
            else:
                found = of_statement(
                    e.source, e.mention, self.lexicon, self.published.get(e.source)
                )
            self._candidates[i] = found
        return found

    def match(
        self, query: Query, rejected: list[tuple[Candidate, str]] | None = None
    ) -> list[Scored]:
        """Candidates for a mention, best first: those whose frames fit the mention's, at or
        above `MIN_SCORE` or of the same measure. Candidates turned down are added to
        ``rejected`` with the reason, when it is given (``check --explain``)."""
        dimension = self.lexicon.dimension(query.unit)
        if not self.sizes.get(dimension, 0):
            return []
        ask = self._ask(query)
        measure = query.frame.measure if query.frame else None
        out = []
        for i in self._retrieve(dimension, measure, query.sentence, ask.facts.tokens):
            found = self._scored(ask, i)
            if isinstance(found, Scored):
                out.append(found)
            elif rejected is not None:
                rejected.append((self.candidate(i), found))
        out = weaker_subgroups(alone_promoted(out), ask.facts.tokens, self.words)
        out.sort(key=lambda s: (not s.strong, -s.score))
        return out

    def _ask(self, query: Query) -> Ask:
        """What every candidate of the draft figure ``query`` is compared with."""
        facts = self._facts(query.sentence)
        clause = self._facts(query.clause, clause=True) if query.clause != query.sentence else facts
        place = None if is_headline(query.sentence) else place_after(
            self.words, query.sentence, query.text
        )  # fmt: skip
        # the sentence up to the clause's end: "people aged 75 and over made up 16.1 percent"
        at = query.sentence.find(query.clause, query.own)
        upto = query.sentence[query.own : at + len(query.clause)] if at >= 0 else query.clause
        verb = opposites.load(self.words).verb_before(query.sentence, query.text, self.words)
        return Ask(query, facts, clause, place, upto, verb)

    def unsaid(self, query: Query, c: Candidate) -> list[str]:
        """What the draft figure's clause says that candidate ``c``'s sentence does not
        (`_news`): a draft that says more may speak of something else."""
        return self._news(self._ask(query), prepared_of(c, self.words, self.known_names), c)

    def _scored(self, ask: Ask, i: int) -> Scored | str:
        """Candidate ``i`` scored for the draft figure, or why it was turned down."""
        query, prepared, candidate = ask.query, self._prepare(i), self.candidate(i)
        fit = frames.compare(
            query.frame,
            candidate.frame,
            query.sentence,
            prepared.sentence,
            # a figure of nobody in particular is its source's main entity's ("Old Town grew
            # 7.57%" is not said by a census of Qingfeng that also names Old Town)
            self.main.get(candidate.source, frozenset()),
            others_of(self.shared.get(candidate.quote), candidate),
            # the claim's subject says whom it is about when its sentence says "the city"
            candidate.subject or "",
        )
        if not fit.compatible:
            return fit.reason
        opposed = opposites.opposed(ask, prepared.sentence, candidate.text, self.words)
        if opposed:
            return opposed
        # (a name's suffix is no subject: "Bingshan Group" where the source says "Bingshan")
        names = ask.facts.names - _SUFFIXES
        if (
            not fit.strong
            and names - prepared.tokens - self._entity_words(candidate.source)
            and prepared.names - ask.facts.words
        ):
            return "about another subject: " + ", ".join(sorted(names - prepared.tokens))
        placed = placed_for(ask.place, prepared.sentence, candidate.text, self.words)
        if isinstance(placed, str):
            return placed
        if not placed and ask.place in self.entities.get(candidate.source, frozenset()):
            placed = True  # a source about Qingfeng need not say "in Qingfeng" in every sentence
        score = max(
            similarity(ask.facts.tokens, ask.facts.joined, prepared),
            similarity(ask.clause.tokens, ask.clause.joined, prepared),
        )
        if fit.strong:
            score = max(score, FRAMED_SCORE)
        elif fit.same_entity or fit.measure_to_object:
            # same entity and role with a measure unstated, or the same measure with an entity
            # that does not own it in the draft: weak
            score = max(score, MIN_SCORE)
        if score < MIN_SCORE:
            return f"too little in common (similarity {score:.0f})"
        framed = query.frame is not None and candidate.frame is not None
        strong = placed and (
            fit.strong or score >= SAME_SENTENCE or (not framed and score >= STRONG_SCORE)
        )
        # a draft that leaves the measure unstated speaks of the candidate's only if the source
        # gives no other for it, however alike the sentences ("Veltrix up 11%": deliveries or
        # revenue?)
        alone = (
            placed and (fit.unstated or strong) and frames.unstated(query.frame, candidate.frame)
        )
        strong = strong and (fit.strong or not alone)
        if fit.opposite:  # a loss of £48 million is a profit of -£48 million
            candidate = replace(candidate, figure=candidate.figure.negated())
        scored = Scored(candidate, score, strong, fit.reason, alone)
        return self._checked(ask, prepared, candidate, scored, fit.strong)

    def _checked(
        self, ask: Ask, prepared: Prepared, c: Candidate, s: Scored, framed: bool
    ) -> Scored:
        """A candidate that may fail the draft (``s.strong`` or ``s.alone``) made weak when the
        draft says more than its source (`_news`); the reasons completed."""
        reasons, strong, alone = [s.reason], s.strong, s.alone
        if strong or alone:
            novel = self._news(ask, prepared, c)
            if novel:
                strong = alone = False  # the draft says more than the source: no failing verdict
                reasons.append(f"not in the source: {', '.join(novel)}")
        if s.score >= SAME_SENTENCE and not framed:
            reasons.append(f"nearly the same sentence (similarity {s.score:.0f})")
        return Scored(c, s.score, strong, "; ".join(filter(None, reasons)), alone)

    def _news(self, ask: Ask, prepared: Prepared, c: Candidate) -> list[str]:
        """What the draft figure's clause (and its sentence's opening) says that the candidate's
        sentence does not (words, numbers, a rival base), and the group the draft does not name."""
        said = ask.clause.tokens | self._facts(ask.query.opener, clause=True).tokens
        novel = self._novel(said, ask, prepared, c, ask.query.frame)
        q = ask.query
        owner = cover.spoken_of(
            q.frame.entity if q.frame else None, self.entities.get(c.source), c, ask.upto
        )
        numbers = cover.novel_numbers(ask.upto, q.text, prepared.sentence, q.value, owner)
        numbers += rivals.rivals_unsaid(ask.upto, prepared.sentence, c.text)
        return novel + numbers + cover.groups_unsaid(prepared.sentence, c.text, said, self.words)

    def _novel(
        self,
        clause: AbstractSet[str],
        ask: Ask,
        prepared: Prepared,
        c: Candidate,
        draft: Frame | None,
    ) -> list[str]:
        """The content words of the draft's clause that the candidate's sentence lacks
        (`claimcheck.check.cover`): a draft that says more may speak of something else. The
        candidate's entity is spared, and the draft's when it may name the same (their fit was
        judged already; `frames.may_name`)."""
        named = set(self.entities.get(c.source, frozenset()))
        theirs = c.frame.entity if c.frame else None
        if theirs:
            named.add(theirs)
        if draft is not None and draft.entity:
            if frames.may_name(draft.entity, theirs, prepared.sentence, ask.query.sentence):
                named.add(draft.entity)
            # (what a share's whole did names the part: "cancelled 1.2% of its flights" is not
            # "84.7% of flights arriving on time")
            if draft.role is not Role.share:
                clause = set(clause) - cover.verbs_after(
                    ask.query.clause, (draft.entity,), self.words
                )
        novel = cover.load(self.words).novel(
            clause,
            (prepared.tokens if prepared.claimed is None else prepared.claimed)
            | words_before(self, c),
            (draft.measure if draft else None, c.frame.measure if c.frame else None),
            named,
        )
        return cover.named_after_all(novel, ask.query.clause, prepared.sentence)

    def _entity_words(self, source: str) -> frozenset[str]:
        """The stemmed words of the entities a source gives figures for: a draft that names
        one ("Bingshan") speaks of that source's subject even where the source's sentence
        says "its stake"."""
        found = self._source_words.get(source)
        if found is None:
            found = self._source_words[source] = frozenset(
                self.words.stem(w) for e in self.entities.get(source, ()) for w in e.split()
            )
        return found

    def _retrieve(
        self, dimension: str, measure: str | None, sentence: str, tokens: AbstractSet[str]
    ) -> list[int]:
        """`retrieve.top` once per sentence, dimension and measure: the figures of one sentence
        retrieve alike."""
        key = (dimension, measure, sentence)
        found = self._retrieved.get(key)
        if found is None:
            if len(self._retrieved) >= _FACTS_KEPT:
                self._retrieved.clear()
            by_word = self.postings.get(dimension, {})
            found = self._retrieved[key] = retrieve.top(
                by_word, self.sizes.get(dimension, 0), tokens, measure, frames.same_as(measure)
            )
        return found

    def _facts(self, text: str, clause: bool = False) -> Facts:
        """What `match` needs of a draft sentence (or clause), worked out once per text: every
        figure of a sentence asks the same (5,000 figures on one line asked it 5,000 times)."""
        memo = self._sentence_facts
        if (found := memo.get((clause, text))) is None:
            if len(memo) >= _FACTS_KEPT:
                memo.clear()  # drafts are read in order: the sentences asked again are recent
            found = memo[clause, text] = facts_of(self.words, self.known_names, text, clause)
        return found

    def _prepare(self, i: int) -> Prepared:
        found = self._prepared.get(i)
        if found is None:
            found = self._prepared[i] = prepared_of(self.candidate(i), self.words, self.known_names)
        return found
