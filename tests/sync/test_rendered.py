"""``sync`` skips dumping a registry file that gave back its own text before.

A registry file whose claims come back from the sources unchanged is made again (YAML dumped,
comments placed) only to find that it is the same text; `claimcheck.sync` keeps the digest of
such files' bytes (``.claimcheck-cache/rendered.marshal``, salted with the digest of
claimcheck's code) and does not dump them again while their bytes are the same. These tests
pin down that this never changes what sync writes or reports: a file edited by hand (same
claims, other bytes) is made and rewritten as without the cache, a changed claim is written, and
another version of the code dumps every file again. Dumps are counted, never timed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimcheck.extract import kept
from claimcheck.io.cache import FOLDER
from claimcheck.project import open_project
from claimcheck.registry import io as registry_io
from claimcheck.sync import sync
from tests.sync.test_sync import snapshot

FILE = "newschina-2018-rust-to-riches.yaml"


@pytest.fixture
def dumped(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources whose registry file was dumped in this process, in order."""
    seen: list[str] = []
    parts = registry_io.parts

    def counted(source, *args):  # type: ignore[no-untyped-def]
        seen.append(source)
        return parts(source, *args)

    monkeypatch.setattr(registry_io, "parts", counted)
    return seen


def test_a_file_that_gave_its_own_text_is_not_dumped_again(demo: Path, dumped: list[str]) -> None:
    first = sync(open_project(demo), write=False)
    assert len(dumped) == 5 and (demo / FOLDER / "rendered.marshal").is_file()
    dumped.clear()
    assert sync(open_project(demo), write=False) == first
    assert dumped == []
    assert sync(open_project(demo)) == first  # writes nothing either
    assert dumped == []
    assert first.unchanged == 77 and first.written == ()


def test_a_hand_edited_file_is_rewritten_as_without_the_cache(
    demo: Path, dumped: list[str]
) -> None:
    sync(open_project(demo), write=False)  # every file known to give its own text
    plain = demo.parent / "plain"
    shutil.copytree(demo, plain, ignore=shutil.ignore_patterns(FOLDER))
    for root in (demo, plain):
        path = root / "claims" / FILE
        text = path.read_text("utf-8")
        assert "status: auto" in text
        path.write_text(text.replace("status: auto", 'status: "auto"'), "utf-8")  # same claims
    dumped.clear()
    cached = sync(open_project(demo))
    assert dumped == ["newschina-2018-rust-to-riches"]
    assert cached == sync(open_project(plain, use_cache=False))
    assert cached.written == (f"claims/{FILE}",)
    assert snapshot(demo / "claims") == snapshot(plain / "claims")


def test_a_changed_claim_is_written(demo: Path, dumped: list[str]) -> None:
    sync(open_project(demo), write=False)
    source = demo / "sources" / "newschina-2018-rust-to-riches.txt"
    source.write_text(source.read_text("utf-8").replace("7.4 percent", "7.5 percent"), "utf-8")
    dumped.clear()
    result = sync(open_project(demo))
    assert result.refreshed == 1 and result.written == (f"claims/{FILE}",)
    assert dumped == ["newschina-2018-rust-to-riches"]
    assert "7.5 percent" in (demo / "claims" / FILE).read_text("utf-8")


def test_other_code_dumps_every_file_again(
    demo: Path, dumped: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sync(open_project(demo), write=False)
    dumped.clear()
    monkeypatch.setattr(kept, "code", lambda: b"another version")
    sync(open_project(demo), write=False)
    assert len(dumped) == 5


def test_no_cache_dumps_every_file(demo: Path, dumped: list[str]) -> None:
    sync(open_project(demo), write=False)
    dumped.clear()
    sync(open_project(demo, use_cache=False), write=False)
    assert len(dumped) == 5
