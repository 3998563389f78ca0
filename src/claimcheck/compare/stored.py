"""The registry's conflicts kept in ``.claimcheck-cache/conflicts.marshal``.

`verify` reports the unsettled conflicts of the whole registry, and finding them in 100,000
claims (features, topics, the pairs of each topic, the arithmetic of each source) takes about
two seconds, most of a warm `verify`'s time, though the registry rarely changes between runs.
`detected` keeps what `claimcheck.compare.detect` found, as each conflict's kind, claim ids,
subject, metric and message, under a digest of every registry file's bytes (as parsed, from the
registry cache: `Project.registry_digests`) and salted with the digest of claimcheck's modules
and data files (`claimcheck.extract.kept.code`): any edited registry file, word list or module
finds them again. Settlements are applied after, every time. Kept only when every conflict's
claims are the registry's own (so that they are found again by id), for a project opened with
the cache, read with the packaged lexicon, and with no file left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from claimcheck.compare.words import load as load_words
from claimcheck.extract import kept
from claimcheck.io.cache import MadeCache, digest
from claimcheck.lexicon import Lexicon, load_cues
from claimcheck.lexicon import load as load_lexicon
from claimcheck.model import Conflict, Kind, Registry
from claimcheck.project import Project

KEY = "registry"


Detect = Callable[[Registry, Lexicon], list[Conflict]]


def detected(project: Project, detect: Detect) -> list[Conflict]:
    """``detect(registry, lexicon)`` (`claimcheck.compare.detect`), read back when the registry
    is as it was."""
    registry = project.registry
    # the data files `detect` reads are read (and checked) first, as without the cache: a bad
    # one is the same error whether or not the conflicts could be read back
    load_words(), load_cues()
    made_from = _made_from(project)
    if made_from is None:
        return detect(registry, project.lexicon)
    store = MadeCache.open(project.config.root, "conflicts", (kept.code(),))
    rows = store.get(KEY, made_from)
    by_id = {c.id: c for c in registry.all()}
    if rows is not None:
        try:
            return [
                Conflict(Kind(kind), tuple(by_id[i] for i in ids), subject, metric, message)
                for kind, ids, subject, metric, message in rows
            ]
        except (KeyError, TypeError, ValueError):
            pass
    found = detect(registry, project.lexicon)
    if all(by_id.get(c.id) is c for conflict in found for c in conflict.claims):
        store.put(KEY, made_from, [_row(c) for c in found])
        store.save()
    return found


def _row(c: Conflict) -> tuple[Any, ...]:
    return (c.kind.value, tuple(x.id for x in c.claims), c.subject, c.metric, c.message)


def _made_from(project: Project) -> bytes | None:
    """A digest of every registry file (source, path, bytes); None when it cannot be told."""
    if not project.cached or project.problems or project.lexicon is not load_lexicon():
        return None
    registry: Registry = project.registry
    parts: list[bytes] = []
    for source, display in sorted(registry.files.items()):
        file_digest = project.registry_digests.get(display)
        if file_digest is None:
            return None
        parts.append(f"{source}\0{display}\0".encode("utf-8", "surrogatepass") + file_digest)
    return digest(b"\0".join(parts))
