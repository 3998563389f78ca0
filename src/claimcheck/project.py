"""A loaded project: config, sources, registry, and each source's extracted mentions.

Commands build one `Project` and hand it to the stage they run. Extraction of a source happens
once, when first asked for, and is shared by every stage that needs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimcheck import config as config_mod
from claimcheck.anchor import SourceIndex
from claimcheck.config import Config
from claimcheck.extract import extract
from claimcheck.lexicon import Lexicon
from claimcheck.lexicon import load as load_lexicon
from claimcheck.records import Quantity
from claimcheck.registry import Registry
from claimcheck.registry import io as registry_io
from claimcheck.sources import Source, load_sources


@dataclass
class Project:
    """Everything a command needs about a project, loaded and validated."""

    config: Config
    sources: list[Source]
    registry: Registry
    lexicon: Lexicon
    _indexes: dict[str, SourceIndex] = field(default_factory=dict)

    def source(self, source_id: str) -> Source | None:
        """The source with this id, if any."""
        for source in self.sources:
            if source.id == source_id:
                return source
        return None

    def index(self, source: Source) -> SourceIndex:
        """The source's quantities and sentences (extracted once)."""
        cached = self._indexes.get(source.id)
        if cached is None:
            mentions = extract(
                source.text, published=source.published, lexicon=self.lexicon, first_line=source.first_line
            )
            quantities = [m for m in mentions if isinstance(m, Quantity)]
            cached = SourceIndex(source.text, quantities, source.first_line)
            self._indexes[source.id] = cached
        return cached


def open_project(start: Path | None = None, config: Config | None = None) -> Project:
    """Find the config from ``start`` upwards, then load sources and registry."""
    cfg = config or config_mod.find(start)
    sources = load_sources(cfg.sources, cfg.root)
    registry = registry_io.load(cfg.claims, [s.id for s in sources], cfg.root)
    return Project(cfg, sources, registry, load_lexicon())
