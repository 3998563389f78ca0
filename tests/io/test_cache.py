"""The registry cache (``.claimcheck-cache/``): it never changes a result.

``check`` gives the same report with and without the cache, on a cold and on a warm cache;
editing a claims file (even keeping its size and mtime) invalidates that file's entry; a corrupt
or foreign cache is rebuilt silently; a claims file with an error is reported exactly as without
the cache; ``--no-cache`` and ``cache: false`` neither read nor write it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.check.gate import check_paths
from claimcheck.cli import app
from claimcheck.io.cache import FOLDER
from claimcheck.project import open_project
from claimcheck.registry import read as registry_read
from tests.registry.test_bad_registry import GOOD

DRAFTS = Path(__file__).resolve().parents[1] / "check" / "drafts"
BAD = Path(__file__).resolve().parents[1] / "registry" / "bad"
SOURCE = "chinadaily-2024-changchun-innovation"


def drafts() -> list[str]:
    return [str(p) for p in sorted(DRAFTS.glob("*.md"))]


def cli(project: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*args, "-C", str(project)])
    return result.exit_code, result.stdout, result.stderr


def test_check_is_the_same_with_and_without_the_cache(demo: Path) -> None:
    uncached = check_paths(drafts(), demo, use_cache=False)
    assert not (demo / FOLDER).exists()
    cold = check_paths(drafts(), demo)  # builds the cache
    assert (demo / FOLDER / "registry.marshal").is_file()
    assert (demo / FOLDER / ".gitignore").read_text("utf-8").splitlines()[-1] == "*"
    assert (demo / FOLDER / "index.marshal").is_file()  # every demo source has a registry file
    warm = check_paths(drafts(), demo)  # reads it back
    assert uncached == cold == warm
    assert uncached.findings  # a real comparison, not of two empty reports
    for format in ("json", "text", "sarif"):
        args = ["check", *drafts(), "-f", format]
        assert cli(demo, *args) == cli(demo, *args, "--no-cache")


def test_the_registry_is_the_same_with_and_without_the_cache(demo: Path) -> None:
    plain = open_project(demo, use_cache=False).registry
    open_project(demo)
    cached = open_project(demo).registry
    assert cached.files == plain.files
    assert cached.claims == plain.claims
    assert [vars(c) for c in cached.all()] == [vars(c) for c in plain.all()]


def _edit(path: Path, old: str, new: str, keep_stat: bool = False) -> None:
    st = path.stat()
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    if keep_stat:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert path.stat().st_size == st.st_size


def _values(project: Path) -> list[float | None]:
    return [c.value for c in open_project(project).registry.claims[SOURCE]]


def test_editing_a_claims_file_invalidates_its_entry(demo: Path) -> None:
    claims = demo / "claims" / f"{SOURCE}.yaml"
    before = _values(demo)
    assert _values(demo) == before  # from the cache
    first = next(v for v in before if v is not None)
    old = f"value: {first:g}"
    _edit(claims, old, "value: 123456789")
    after = _values(demo)
    assert after != before and 123456789 in after
    assert after == [c.value for c in open_project(demo, use_cache=False).registry.claims[SOURCE]]


def test_an_edit_that_keeps_size_and_mtime_is_seen(demo: Path) -> None:
    claims = demo / "claims" / f"{SOURCE}.yaml"
    open_project(demo)  # cache the file
    text = claims.read_text("utf-8")
    i = text.index("value: ") + len("value: ")
    digit = text[i]
    assert digit.isdigit()
    _edit(
        claims,
        text[i - 7 : i + 1],
        text[i - 7 : i] + ("1" if digit != "1" else "2"),
        keep_stat=True,
    )
    fresh = open_project(demo, use_cache=False).registry.claims[SOURCE]
    assert open_project(demo).registry.claims[SOURCE] == fresh


def test_a_corrupt_or_foreign_cache_is_rebuilt(demo: Path) -> None:
    expected = check_paths(drafts(), demo, use_cache=False)
    check_paths(drafts(), demo)
    cache = demo / FOLDER / "registry.marshal"
    data = cache.read_bytes()
    for broken in (b"", b"garbage", data[: len(data) // 2], data[:-1] + bytes([data[-1] ^ 1])):
        cache.write_bytes(broken)
        assert check_paths(drafts(), demo) == expected
        assert cache.read_bytes() != broken  # rewritten


def _one_source(root: Path) -> Path:
    """The one-source project of tests/registry/test_bad_registry.py, with a draft."""
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", "utf-8")
    (root / "sources" / "example.txt").write_text(
        "---\nid: example\npublished: 2018-07-20\n---\n"
        "In the first half of 2018, the city's GDP grew 7.4 percent year on year.\n",
        "utf-8",
    )
    (root / "draft.md").write_text(
        "In the first half of 2018, the city's GDP grew 7.4 percent.\n", "utf-8"
    )
    return root


def test_a_bad_claims_file_is_reported_as_without_the_cache(tmp_path: Path) -> None:
    for case in sorted(BAD.glob("*.yaml")):
        root = _one_source(tmp_path / case.stem)
        draft = str(root / "draft.md")
        target = root / "claims" / case.name
        target.write_text(GOOD, "utf-8")
        assert cli(root, "check", draft)[0] == 0  # the good file, cached
        assert cli(root, "check", draft)[0] == 0
        shutil.copy(case, target)  # the same file, now bad
        without = cli(root, "check", draft, "--no-cache")
        error = without[2].splitlines()[-1]
        if case.stem == "unknown-source":  # check goes on without it, then says so
            assert without[0] == 2 and without[2].startswith("check: "), case.name
            assert without[2].count("\n") == 2 and error.startswith(
                f"claimcheck: claims/{case.name}:"
            )
        else:
            assert without[0] == 2 and without[1] == "", case.name
            assert error == without[2].rstrip("\n")
            assert error.startswith(f"claimcheck: claims/{case.name}:")
        assert cli(root, "check", draft) == without, case.name
        assert cli(root, "check", draft) == without, case.name  # never cached
        assert cli(root, "verify") == cli(root, "verify", "--no-cache")


def test_no_cache_and_config_cache_false_write_nothing(demo: Path) -> None:
    draft = drafts()[0]
    assert cli(demo, "check", draft, "--no-cache")[0] in (0, 1)
    assert not (demo / FOLDER).exists()
    config = demo / "claimcheck.yaml"
    config.write_text(config.read_text("utf-8") + "cache: false\n", "utf-8")
    assert cli(demo, "check", draft)[0] in (0, 1)
    assert not (demo / FOLDER).exists()
    config.write_text(config.read_text("utf-8").replace("cache: false", "cache: maybe"), "utf-8")
    code, _, err = cli(demo, "check", draft)
    assert code == 2 and "cache must be true or false" in err


def test_a_warm_cache_parses_no_registry_file(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = open_project(demo).registry.claims

    def parse(*args: object) -> None:
        raise AssertionError("parsed a registry file the cache holds")

    monkeypatch.setattr(registry_read, "read_text", parse)
    assert open_project(demo, read_sources=False).registry.claims == expected
    with pytest.raises(AssertionError):
        open_project(demo, use_cache=False)


def test_check_after_an_edit_is_the_check_without_the_cache(demo: Path) -> None:
    check_paths(drafts(), demo)  # a warm registry and index
    claims = demo / "claims" / f"{SOURCE}.yaml"
    text = claims.read_text("utf-8")
    claims.write_text(text.replace("status: auto", "status: rejected"), "utf-8")
    edited = check_paths(drafts(), demo)
    assert edited == check_paths(drafts(), demo, use_cache=False)
    assert edited == check_paths(drafts(), demo)  # and from the rebuilt cache
    (demo / "claims" / f"{SOURCE}.yaml").unlink()  # now a source without a registry file
    assert check_paths(drafts(), demo) == check_paths(drafts(), demo, use_cache=False)
