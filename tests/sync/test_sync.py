"""`claimcheck sync`: idempotent, atomic, deterministic, and never loses what a person wrote."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from typer.testing import CliRunner

from claimcheck.cli import app

SOURCE = "newschina-2018-rust-to-riches"
FIGURE = "7.4 percent"


def sync(root: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["sync", "-C", str(root), *args])
    assert isinstance(result.exception, SystemExit | None), result.exception
    return result.exit_code, result.stdout, result.stderr


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def registry_file(root: Path) -> Path:
    return root / "claims" / f"{SOURCE}.yaml"


def claims(root: Path) -> list[dict[str, object]]:
    data = yaml.safe_load(registry_file(root).read_text("utf-8"))
    return list(data["claims"])


def the_claim(root: Path, text: str = FIGURE) -> dict[str, object]:
    (found,) = [c for c in claims(root) if c["text"] == text]
    return found


def test_demo_registry_is_up_to_date(demo: Path) -> None:
    before = snapshot(demo / "claims")
    code, out, err = sync(demo, "--check")
    assert (code, out) == (0, "")
    assert err.startswith("sync: 0 added, 0 updated, 0 newly orphaned, ")
    assert snapshot(demo / "claims") == before


def test_idempotent_and_atomic(demo: Path) -> None:
    shutil.rmtree(demo / "claims")
    code, out, _ = sync(demo)
    assert code == 0 and out.count("wrote ") == len(list((demo / "sources").iterdir()))
    first = snapshot(demo / "claims")
    code, out, err = sync(demo)
    assert (code, out) == (0, "")
    assert " 0 added, 0 updated, 0 newly orphaned" in err
    assert snapshot(demo / "claims") == first
    assert [p for p in (demo / "claims").iterdir() if p.name.startswith(".")] == []


def test_deterministic(demo: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(demo, other)
    for root in (demo, other):
        shutil.rmtree(root / "claims")
        sync(root)
    assert snapshot(demo / "claims") == snapshot(other / "claims")
    # claims stand in source order
    lines = [c["line"] for c in claims(demo)]
    assert lines == sorted(lines)


def test_human_edits_are_kept(demo: Path) -> None:
    path = registry_file(demo)
    text = path.read_text("utf-8")
    claim = the_claim(demo)
    start = text.index(f"- id: {claim['id']}")
    end = text.index("  status: auto\n", start) + len("  status: auto\n")
    edited = (
        "  subject: Changchun city\n  metric: GDP growth (H1)\n  status: reviewed\n"
        "  note: checked against the bureau's release\n  checked_by: editor\n"
        "  sources_seen:\n  - bureau\n  - NewsChina\n"
    )
    block = text[start:end]
    block = block[: block.index("  subject:")] + edited
    path.write_text(text[:start] + block + text[end:], "utf-8")
    # the source changes around the reviewed claim: the figure and its line
    src = demo / "sources" / f"{SOURCE}.txt"
    body = src.read_text("utf-8")
    src.write_text(
        body.replace(FIGURE, "7.5 percent").replace("Old Version\n", "Old Version\n\n\n"), "utf-8"
    )
    code, _, _ = sync(demo)
    assert code == 0
    kept = [c for c in claims(demo) if c["id"] == claim["id"]][0]
    assert kept["subject"] == "Changchun city"
    assert kept["metric"] == "GDP growth (H1)"
    assert kept["status"] == "reviewed"
    assert kept["note"] == "checked against the bureau's release"
    assert kept["checked_by"] == "editor"
    assert kept["sources_seen"] == ["bureau", "NewsChina"]
    # a reviewed claim is never refreshed: its figure and quote stay as reviewed
    assert kept["text"] == FIGURE and kept["value"] == 7.4
    assert kept["quote"] == claim["quote"]
    assert "orphaned" not in kept
    again = snapshot(demo / "claims")
    sync(demo)
    assert snapshot(demo / "claims") == again


def test_auto_claim_is_refreshed_but_keeps_subject(demo: Path) -> None:
    claim = the_claim(demo)
    src = demo / "sources" / f"{SOURCE}.txt"
    src.write_text(src.read_text("utf-8").replace(FIGURE, "7.5 percent"), "utf-8")
    code, _, _ = sync(demo, "--check")
    assert code == 1
    sync(demo)
    (new,) = [c for c in claims(demo) if c["id"] == claim["id"]]
    assert (new["text"], new["value"]) == ("7.5 percent", 7.5)
    assert new["subject"] == claim["subject"] and new["metric"] == claim["metric"]


def test_vanished_statement_is_orphaned_not_deleted(demo: Path) -> None:
    claim = the_claim(demo)
    src = demo / "sources" / f"{SOURCE}.txt"
    paragraphs = src.read_text("utf-8").split("\n\n")
    src.write_text("\n\n".join(p for p in paragraphs if str(claim["quote"]) not in p), "utf-8")
    before = {c["id"] for c in claims(demo)}
    code, _, err = sync(demo)
    assert code == 0
    assert "newly orphaned" in err and " 0 newly orphaned" not in err
    after = claims(demo)
    assert {c["id"] for c in after} == before
    (kept,) = [c for c in after if c["id"] == claim["id"]]
    assert kept["orphaned"] is True
    assert kept["quote"] == claim["quote"] and kept["text"] == FIGURE
    # a second run reports nothing new and writes nothing
    first = snapshot(demo / "claims")
    _, out, err = sync(demo)
    assert out == "" and " 0 newly orphaned" in err
    assert snapshot(demo / "claims") == first


def _age_reading(demo: Path, figure: str, **old: object) -> dict[str, object]:
    """Rewrite one auto claim as an older extractor would have read it; return the original."""
    path = registry_file(demo)
    data = yaml.safe_load(path.read_text("utf-8"))
    (claim,) = [c for c in data["claims"] if c["text"] == figure]
    original = dict(claim)
    claim.update(old)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    return original


def test_stale_reading_is_reported_and_refreshed_only_on_request(demo: Path) -> None:
    # an older extractor read the period wrongly and stopped the figure short of its unit
    original = _age_reading(demo, FIGURE, text="7.4", period="2016", metric="my metric")
    verify = CliRunner().invoke(app, ["verify", "-C", str(demo), "--format", "json"])
    assert verify.exit_code == 0, verify.stderr
    findings = json.loads(verify.stdout)["findings"]
    (stale,) = [f for f in findings if f["claim"] == original["id"]]
    assert (stale["name"], stale["code"], stale["severity"]) == ("stale", "CC107", "info")
    assert "sync --refresh" in stale["message"] and "'2016'" not in stale["message"]
    # a plain sync keeps what is written: the person may have meant it
    code, _, _ = sync(demo, "--check")
    assert code == 0
    code, _, err = sync(demo, "--refresh")
    assert code == 0 and " 1 updated" in err
    (new,) = [c for c in claims(demo) if c["id"] == original["id"]]
    assert (new["text"], new["period"]) == (original["text"], original["period"])
    assert new["metric"] == "my metric"  # a person's field survives the refresh
    again = snapshot(demo / "claims")
    assert sync(demo, "--refresh")[0] == 0
    assert snapshot(demo / "claims") == again


def test_refresh_leaves_reviewed_claims_alone(demo: Path) -> None:
    original = _age_reading(demo, FIGURE, period="2016", status="reviewed")
    code, _, err = sync(demo, "--refresh")
    assert code == 0 and " 0 updated" in err
    (kept,) = [c for c in claims(demo) if c["id"] == original["id"]]
    assert (kept["period"], kept["status"]) == ("2016", "reviewed")
