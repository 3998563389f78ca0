"""The registry's conflicts kept in ``.claimcheck-cache/conflicts.marshal`` (`compare.stored`).

They never change a result: `verify` and `conflicts` report the same with the cache cold, warm
and off; an edited registry file finds the conflicts again; settlements are applied every time;
other code finds them again. `detect` calls are counted, never timed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import compare
from claimcheck.cli import app
from claimcheck.extract import kept
from claimcheck.io.cache import FOLDER
from tests.conftest import plant_arithmetic

CACHE = Path(FOLDER) / "conflicts.marshal"


@pytest.fixture
def detections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many conflicts each `detect` call found, in order."""
    seen: list[int] = []
    detect = compare.detect

    def counted(*args):  # type: ignore[no-untyped-def]
        found = detect(*args)
        seen.append(len(found))
        return found

    monkeypatch.setattr(compare, "detect", counted)
    return seen


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*args, "-C", str(root)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def uneven(demo: Path) -> Path:
    """The demo with an unsettled arithmetic conflict beside its settled period note."""
    plant_arithmetic(demo)
    return demo


def test_conflicts_read_back_report_the_same(uneven: Path, detections: list[int]) -> None:
    reports = [
        ("verify", "-f", "json"), ("verify", "--verbose"), ("conflicts", "-f", "json", "--all"),
        ("conflicts",),
    ]  # fmt: skip
    plain = [cli(uneven, *args, "--no-cache") for args in reports]
    assert not (uneven / FOLDER).exists() and len(detections) == 4
    detections.clear()
    cold = [cli(uneven, *args) for args in reports]
    assert (uneven / CACHE).is_file()
    assert detections == [2]  # found once, then read back
    warm = [cli(uneven, *args) for args in reports]
    assert detections == [2]
    assert plain == cold == warm
    assert '"arithmetic"' in warm[2][1] and plain[0][0] == 1  # a real report, failing


def test_an_edited_registry_file_finds_them_again(uneven: Path, detections: list[int]) -> None:
    cli(uneven, "conflicts")
    path = uneven / "claims" / "ferrow-2020-results.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("status: auto", "status: rejected"), "utf-8")
    detections.clear()
    edited = cli(uneven, "conflicts", "-f", "json", "--all")
    assert detections == [1]  # the rejected claims' arithmetic is gone
    assert edited == cli(uneven, "conflicts", "-f", "json", "--all", "--no-cache")


def test_settlements_apply_to_conflicts_read_back(uneven: Path, detections: list[int]) -> None:
    code, out, _ = cli(uneven, "conflicts", "-f", "json")
    (arithmetic,) = json.loads(out)["conflicts"]
    assert code == 1
    with (uneven / "claims" / "_conflicts.yaml").open("a", encoding="utf-8") as f:
        f.write(f"- id: {arithmetic['id']}\n  status: reviewed\n  note: Planted.\n")
    detections.clear()
    settled = cli(uneven, "conflicts", "-f", "json")
    assert detections == []  # the registry files are the same: read back
    assert settled[0] == 0 and json.loads(settled[1])["conflicts"] == []
    assert settled == cli(uneven, "conflicts", "-f", "json", "--no-cache")


def test_other_code_finds_them_again(
    uneven: Path, detections: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = cli(uneven, "verify", "-f", "json")
    monkeypatch.setattr(kept, "code", lambda: b"another version")
    detections.clear()
    assert cli(uneven, "verify", "-f", "json") == expected
    assert detections == [2]
