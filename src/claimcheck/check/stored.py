"""The draft check's candidate index, kept in ``.claimcheck-cache/index.marshal``.

Building the index of 100,000 claims (the content words of every quote, by unit dimension)
takes most of a second; reading it back takes a tenth of that. The stored index is used only
when it was built from exactly the same registry and sources (`Project.fingerprint`, a digest
of every registry and source file's bytes) by the same code and word lists (a digest of the
modules and data files that make it), and only for a project whose every source has a registry
file (a source statement depends on the extractor). Otherwise the index is built as usual and
stored for the next run. Our own code rather than a library for the reasons in
`claimcheck.io.cache`, whose checked, atomic `marshal` files it uses.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck import lexicon as lexicon_mod
from claimcheck import stem as stem_mod
from claimcheck.check import match, query, retrieve, words
from claimcheck.check.candidates import claims_of, statements_of
from claimcheck.check.match import CandidateIndex
from claimcheck.io.cache import FOLDER, digest, read_blob, salted, write_blob
from claimcheck.lexicon import cues as lexicon_cues

if TYPE_CHECKING:
    from claimcheck.project import Project


@cache
def _code() -> bytes:
    """A digest of what the index is made by: its modules and the word lists."""
    parts = [
        Path(m.__file__ or "").read_bytes()
        for m in (match, query, retrieve, words, lexicon_mod, lexicon_cues, stem_mod)
    ]
    data = resources.files("claimcheck").joinpath("data")
    parts += [
        data.joinpath(name).read_bytes() for name in ("lexicon.yaml", "check.yaml", "cues.yaml")
    ]
    return digest(b"\0".join(parts))


def candidate_index(project: Project) -> CandidateIndex:
    """`CandidateIndex.build(project)`, read back from the cache when nothing it uses changed."""
    entries = claims_of(project)
    statements = statements_of(project)
    published = {e.id: e.published for e in project.catalog if e.published}
    if project.fingerprint is None or statements:
        return CandidateIndex.of(entries + statements, project.lexicon, published)
    path = project.config.root / FOLDER / "index.marshal"
    salt = salted("index", _code(), project.fingerprint)
    stored = read_blob(path, salt)
    if isinstance(stored, tuple) and len(stored) == 7 and stored[0] == len(entries):
        _, postings, sizes, known, entities, shared, main = stored
        return CandidateIndex(
            entries,
            project.lexicon,
            words.load(project.lexicon),
            postings,
            sizes,
            frozenset(known),
            published,
            {k: frozenset(v) for k, v in entities.items()},
            {k: frozenset(v) for k, v in shared.items()},
            main={k: frozenset(v) for k, v in main.items()},
        )
    index = CandidateIndex.of(entries, project.lexicon, published)
    entities = {k: sorted(v) for k, v in index.entities.items()}
    shared = {k: sorted(v) for k, v in index.shared.items()}
    write_blob(
        path,
        salt,
        (
            len(entries),
            index.postings,
            index.sizes,
            sorted(index.known_names),
            entities,
            shared,
            {k: sorted(v) for k, v in index.main.items()},
        ),
    )
    return index
