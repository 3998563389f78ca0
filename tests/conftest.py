"""Shared fixtures: paths to the repo, its demo corpus, and a scratch copy of the project."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from claimcheck.io.usercache import ENV

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def repo() -> Path:
    """The repository root (the demo project)."""
    return REPO


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A scratch copy of the demo project (config, sources, claims) to edit freely."""
    target = tmp_path / "demo"
    target.mkdir()
    shutil.copy(REPO / "claimcheck.yaml", target / "claimcheck.yaml")
    shutil.copytree(REPO / "sources", target / "sources")
    shutil.copytree(REPO / "claims", target / "claims")
    return target


@pytest.fixture(autouse=True, scope="session")
def user_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The per-user cache (compiled patterns) of the commands the tests run, in a scratch folder."""
    os.environ.setdefault(ENV, str(tmp_path_factory.mktemp("user-cache")))
