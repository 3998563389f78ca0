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


# a source whose figures do not add up: 420 shops in 2019 "30 more than in 2018" against the
# 400 it gives for 2018 (the demo's own figures add up once their frames are read)
UNEVEN = (
    "---\nid: ferrow-2020-results\npublished: 2020-03-01\n---\n"
    "In 2018, Ferrow Retail had 400 shops.\n\n"
    "In 2019, Ferrow Retail had 420 shops, 30 more than in 2018.\n"
)


def plant_arithmetic(root: Path) -> str:
    """Add `UNEVEN` to the project at ``root`` and sync it; the id of its arithmetic conflict."""
    from claimcheck.compare import project_conflicts
    from claimcheck.project import open_project
    from claimcheck.sync import sync

    (root / "sources" / "ferrow-2020-results.md").write_text(UNEVEN, "utf-8")
    sync(open_project(root, use_cache=False))
    conflicts = project_conflicts(open_project(root, use_cache=False)).conflicts
    (arithmetic,) = [c for c in conflicts if c.kind.value == "arithmetic"]
    return arithmetic.id


@pytest.fixture
def demo_arith(demo: Path) -> Path:
    """The scratch demo project with `UNEVEN` synced in and its arithmetic warning settled in
    claims/_conflicts.yaml, beside the demo's settled period note."""
    conflict = plant_arithmetic(demo)
    with (demo / "claims" / "_conflicts.yaml").open("a", encoding="utf-8") as f:
        f.write(f"- id: {conflict}\n  status: reviewed\n  note: Planted; 420 - 30 is not 400.\n")
    return demo


@pytest.fixture(autouse=True, scope="session")
def user_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The per-user cache (compiled patterns) of the commands the tests run, in a scratch folder."""
    os.environ.setdefault(ENV, str(tmp_path_factory.mktemp("user-cache")))
