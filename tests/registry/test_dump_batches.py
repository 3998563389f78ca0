"""A registry file is dumped a batch of claims at a time, in exactly the text one dump gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimcheck.project import open_project
from claimcheck.registry import io

REPO = Path(__file__).resolve().parents[2]


def _whole(source: str, claims: list) -> str:
    body = {"version": io.VERSION, "source": source, "claims": [c.to_mapping() for c in claims]}
    return io.HEADER + yaml.dump(
        body, Dumper=io._Dumper, sort_keys=False, allow_unicode=True, width=100,
        default_flow_style=False,
    )  # fmt: skip


@pytest.mark.parametrize("batch", [1, 2, 7, 500])
def test_batches_write_what_one_dump_writes(batch: int, monkeypatch) -> None:
    monkeypatch.setattr(io, "DUMP_BATCH", batch)
    registry = open_project(REPO, use_cache=False).registry
    for source, claims in registry.claims.items():
        assert io.dumps(source, claims) == _whole(source, claims), source
    assert io.dumps("empty", []) == _whole("empty", [])
