"""The sources' figures kept between runs (``.claimcheck-cache/figures.marshal``).

`verify` and `sync` read every source's figures; a source whose text (and publication date and
line numbering) is unchanged, read by the same claimcheck (modules and data files, the lexicon
among them), is not extracted again (`claimcheck.extract.kept`). These tests pin down that the
cache never changes a result: the figures read back equal the extracted ones, a changed source
is extracted again (even when its size and mtime are kept), a changed lexicon data file or
module makes every kept figure stale, a corrupt cache is ignored, and ``--no-cache`` writes
nothing. Extraction is counted, never timed.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import project as project_mod
from claimcheck.cli import app
from claimcheck.extract import kept
from claimcheck.io.cache import FOLDER
from claimcheck.io.workers import Pool
from claimcheck.model import Quantity
from claimcheck.project import open_project, quantities_of
from claimcheck.sources import Source, load_sources
from claimcheck.sync import sync

REPO = Path(__file__).resolve().parents[2]
DEVSET = REPO / "tests" / "check" / "devset" / "sources"
EDITED = "newschina-2018-rust-to-riches.txt"
CACHE = Path(FOLDER) / "figures.marshal"


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the sources extracted in this process, in order."""
    seen: list[str] = []

    def counted(source, lexicon):  # type: ignore[no-untyped-def]
        seen.append(source.id)
        return quantities_of(source, lexicon)

    monkeypatch.setattr(project_mod, "quantities_of", counted)
    return seen


def verify_json(root: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["verify", "-C", str(root), "-f", "json", *args])
    return result.exit_code, result.stdout, result.stderr


def test_the_fields_dumped_are_the_records_fields() -> None:
    assert tuple(f.name for f in dataclasses.fields(Quantity)) == kept._FIELDS


@pytest.mark.parametrize("folder", [REPO / "sources", DEVSET], ids=["demo", "devset"])
def test_figures_read_back_equal_the_extracted_ones(folder: Path) -> None:
    lexicon = open_project(REPO).lexicon
    shared: dict[object, object] = {}
    sources = load_sources(folder)
    assert sources
    for source in sources:
        figures = quantities_of(source, lexicon)
        assert figures
        back = kept.load(kept.dump(figures), shared)
        assert back == figures
        assert [type(q) for q in back] == [type(q) for q in figures]
        assert [repr(q) for q in back] == [repr(q) for q in figures]  # int stays int


def test_a_warm_cache_extracts_nothing_and_reports_the_same(
    demo: Path, extracted: list[str]
) -> None:
    path = demo / "sources" / EDITED
    path.write_text(path.read_text("utf-8").replace("7.4 percent", "7.5 percent"), "utf-8")
    plain = verify_json(demo, "--no-cache")
    assert not (demo / FOLDER).exists()
    assert len(extracted) == 5
    extracted.clear()
    cold = verify_json(demo)
    assert (demo / CACHE).is_file()
    assert len(extracted) == 5
    extracted.clear()
    warm = verify_json(demo)
    assert extracted == []
    assert plain == cold == warm
    assert '"changed"' in warm[1]  # a real report, with the edit in it


def test_a_changed_source_is_extracted_again(demo: Path, extracted: list[str]) -> None:
    verify_json(demo)  # fills the cache
    path = demo / "sources" / EDITED
    before = path.stat()
    text = path.read_text("utf-8")
    assert "7.4 percent" in text
    path.write_text(text.replace("7.4 percent", "7.9 percent"), "utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same mtime
    extracted.clear()
    edited = verify_json(demo)
    assert extracted == ["newschina-2018-rust-to-riches"]
    assert "7.9 percent" in edited[1]
    assert edited == verify_json(demo, "--no-cache")


def test_a_changed_publication_date_is_extracted_again(demo: Path, extracted: list[str]) -> None:
    verify_json(demo)
    path = demo / "sources" / EDITED
    text = path.read_text("utf-8")
    assert "published: '2018-12-17'" in text  # relative periods are read against it
    path.write_text(text.replace("'2018-12-17'", "'2019-12-17'"), "utf-8")
    extracted.clear()
    edited = verify_json(demo)
    assert extracted == ["newschina-2018-rust-to-riches"]
    assert edited == verify_json(demo, "--no-cache")


def test_a_changed_lexicon_file_makes_every_kept_figure_stale(
    demo: Path, extracted: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the digest follows the package's data files: a copy of the package with its lexicon
    # edited has another one
    copy = tmp_path / "package"
    shutil.copytree(kept.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    package = kept.digest_of(kept.PACKAGE)
    assert kept.digest_of(copy) == package
    lexicon = copy / "data" / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text("utf-8") + "# edited\n", "utf-8")
    edited_code = kept.digest_of(copy)
    assert edited_code != package
    module = copy / "extract" / "units.py"
    module.write_text(module.read_text("utf-8") + "# edited\n", "utf-8")
    assert kept.digest_of(copy) not in (edited_code, package)
    # and figures kept under another digest are never served
    verify_json(demo)
    extracted.clear()
    monkeypatch.setattr(kept, "code", lambda: edited_code)
    assert verify_json(demo) == verify_json(demo, "--no-cache")
    assert sorted(set(extracted)) == sorted(p.stem for p in (demo / "sources").iterdir())


def test_a_corrupt_cache_is_ignored_and_rewritten(demo: Path, extracted: list[str]) -> None:
    expected = verify_json(demo)
    for garbage in (b"", b"claimcheck-cache\n" + b"\0" * 40, (demo / CACHE).read_bytes()[:-9]):
        (demo / CACHE).write_bytes(garbage)
        extracted.clear()
        assert verify_json(demo) == expected
        assert len(extracted) == 5
    extracted.clear()
    assert verify_json(demo) == expected
    assert extracted == []  # rewritten whole


def test_no_cache_writes_no_figures(demo: Path) -> None:
    verify_json(demo, "--no-cache")
    sync(open_project(demo, use_cache=False), write=False)
    assert not (demo / FOLDER).exists()


def test_sync_keeps_the_figures_verify_reads(demo: Path, extracted: list[str]) -> None:
    shutil.rmtree(demo / "claims")
    (demo / "claims").mkdir()
    first = sync(open_project(demo))
    assert first.added > 0 and len(extracted) == 5
    extracted.clear()
    assert sync(open_project(demo), write=False) == sync(
        open_project(demo, use_cache=False), write=False
    )
    assert len(extracted) == 5  # only the run without the cache extracted
    extracted.clear()
    assert verify_json(demo)[0] == 0
    assert extracted == []


def test_workers_fill_the_cache_and_a_warm_run_starts_none(
    demo: Path, extracted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(project_mod, "POOL_CHARS", 0)  # the demo is too small for workers
    path = demo / "sources" / EDITED
    path.write_text(path.read_text("utf-8").replace("7.4 percent", "7.5 percent"), "utf-8")
    plain = verify_json(demo, "--no-cache", "-j", "2")
    pooled = verify_json(demo, "-j", "2")  # the workers' figures are kept
    assert extracted == []  # (extracted by the workers, not here)
    started: list[int] = []
    pool = project_mod.Project.pool

    def noted(self: project_mod.Project, jobs: int, todo: list[Source]) -> Pool:
        started.append(len(todo))
        return pool(self, jobs, todo)

    monkeypatch.setattr(project_mod.Project, "pool", noted)
    assert verify_json(demo, "-j", "2") == pooled == plain == verify_json(demo, "-j", "1")
    assert started == [0, 0]  # nothing left to extract: no worker started
    assert extracted == []
