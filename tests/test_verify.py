"""`claimcheck verify`: scenarios on a scratch copy of the demo project, and golden reports.

Scenarios edit a copy of a demo source the ways sources change (a typo fix, a moved
paragraph, a changed figure, a deleted paragraph, a new sentence) and check each report's code,
message, exit code and JSON contract. Expectations are derived from the demo files by searching
their text, so that they hold when the extractor or the registry is regenerated.

Golden cases: each folder in ``golden/verify/`` holds a ``project/`` (config, an edited source,
and the registry of its earlier version) and the expected ``verify.json`` and ``verify.txt``
(``--verbose`` table); set ``UPDATE_GOLDEN=1`` to rewrite them after a deliberate change.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.model import CODES, Claim
from claimcheck.project import open_project
from claimcheck.verify import word_diff
from tests.goldens import regenerate

SOURCE = "newschina-2018-rust-to-riches"
FIGURE = "7.4 percent"
FINDING_FIELDS = [
    "code", "name", "severity", "source", "path", "line", "column", "claim", "message",
    "similarity", "registered", "found", "quote", "passage", "diff",
]  # fmt: skip
GOLDEN = Path(__file__).parent / "golden" / "verify"


def run(root: Path, *args: str) -> Any:
    return CliRunner().invoke(app, ["verify", "-C", str(root), *args])


def report(root: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = run(root, "--format", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def claim_of(root: Path, text: str = FIGURE) -> Claim:
    """The demo claim of SOURCE whose figure is ``text``."""
    found = [c for c in open_project(root).registry.claims[SOURCE] if c.text == text]
    assert len(found) == 1
    return found[0]


def source_path(root: Path) -> Path:
    return root / "sources" / f"{SOURCE}.txt"


def line_of(text: str, needle: str) -> int:
    """1-based line of the first occurrence of ``needle`` in a file's text."""
    return text[: text.index(needle)].count("\n") + 1


def edit(root: Path, old: str, new: str) -> str:
    path = source_path(root)
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    text = text.replace(old, new)
    path.write_text(text, "utf-8")
    return text


def findings_for(data: dict[str, Any], claim: str) -> list[dict[str, Any]]:
    return [f for f in data["findings"] if f["claim"] == claim]


def test_demo_passes(repo: Path) -> None:
    result = run(repo)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("verify: ")
    assert result.stderr.endswith(" 0 errors, 0 warnings, 0 notes\n")


def test_contract_shape(demo: Path) -> None:
    claim = claim_of(demo)
    edit(demo, claim.quote, claim.quote.replace(FIGURE, "7.5 percent"))
    _, data = report(demo)
    assert list(data) == ["version", "findings", "summary", "conflicts"]
    assert data["conflicts"] == []  # the demo conflicts are settled
    assert data["version"] == 1
    assert list(data["summary"]) == ["sources", "claims", "errors", "warnings", "info"]
    assert data["summary"]["sources"] == len(list((demo / "sources").iterdir()))
    assert data["summary"]["claims"] == len(open_project(demo).registry.all())
    for finding in data["findings"]:
        assert list(finding) == FINDING_FIELDS
        assert (finding["code"], finding["severity"]) == CODES[finding["name"]]


def test_typo_fix_drifts(demo: Path) -> None:
    claim = claim_of(demo)
    assert "year-on-year" in claim.quote
    text = edit(demo, claim.quote, claim.quote.replace("year-on-year", "year on year"))
    code, data = report(demo)
    assert code == 0
    (finding,) = findings_for(data, claim.id)
    assert finding["code"] == "CC102" and finding["severity"] == "warning"
    assert finding["line"] == line_of(text, "growth of 7.4 percent")
    assert 85 <= finding["similarity"] < 100
    assert finding["message"] == f"quote changed slightly (similarity {finding['similarity']})"
    assert "[-year-on-year-]{+year on year+}" in finding["diff"]
    assert finding["registered"] == finding["found"] == FIGURE
    assert data["summary"]["errors"] == 0
    table = run(demo)
    assert table.exit_code == 0
    assert "warning CC102 drifted      quote changed slightly" in table.stdout
    assert "[-year-on-year-]{+year on year+}" in table.stdout


def test_moved_paragraph(demo: Path) -> None:
    claim = claim_of(demo)
    path = source_path(demo)
    text = path.read_text("utf-8")
    paragraphs = text.split("\n\n")
    (index,) = [i for i, p in enumerate(paragraphs) if claim.quote in p]
    moved = paragraphs.pop(index)
    text = "\n\n".join([*paragraphs, moved.strip("\n")]) + "\n"
    path.write_text(text, "utf-8")
    new_line = line_of(text, claim.quote)
    assert new_line != claim.line
    code, data = report(demo)
    assert code == 0
    assert data["summary"]["errors"] == data["summary"]["warnings"] == 0
    (finding,) = findings_for(data, claim.id)
    assert finding["code"] == "CC101" and finding["severity"] == "info"
    assert finding["line"] == new_line
    assert finding["column"] > 0
    assert finding["similarity"] == 100.0
    assert finding["message"] == f"quote moved from line {claim.line} to line {new_line}"
    # the table shows moves only with --verbose
    quiet = run(demo)
    assert quiet.exit_code == 0 and "CC101" not in quiet.stdout
    verbose = run(demo, "--verbose")
    assert verbose.exit_code == 0
    assert f"quote moved from line {claim.line} to line {new_line}  [{claim.id}]" in verbose.stdout


def test_changed_figure(demo: Path) -> None:
    claim = claim_of(demo)
    text = edit(demo, claim.quote, claim.quote.replace(FIGURE, "7.5 percent"))
    code, data = report(demo)
    assert code == 1
    (finding,) = findings_for(data, claim.id)
    assert finding["code"] == "CC103" and finding["severity"] == "error"
    assert finding["message"] == "the source now says 7.5 percent, the registry says 7.4 percent"
    assert (finding["registered"], finding["found"]) == (FIGURE, "7.5 percent")
    line = line_of(text, "7.5 percent")
    assert finding["line"] == line
    assert finding["column"] == text.index("7.5 percent") - text.rindex(
        "\n", 0, text.index("7.5 percent")
    )
    assert "[-7.4-]{+7.5+}" in finding["diff"]
    assert data["summary"]["errors"] == 1
    table = run(demo)
    assert table.exit_code == 1
    assert (
        "error   CC103 changed      the source now says 7.5 percent, the registry says 7.4 percent"
        in table.stdout
    )
    assert table.stderr.endswith("1 error, 0 warnings, 0 notes\n")


def test_same_figure_reworded_is_not_changed(demo: Path) -> None:
    claim = claim_of(demo)
    edit(demo, claim.quote, claim.quote.replace(FIGURE, "7.40 percent"))
    code, data = report(demo)
    assert code == 0
    (finding,) = findings_for(data, claim.id)
    assert finding["code"] == "CC102"
    assert finding["found"] == "7.40 percent"


def test_deleted_paragraph(demo: Path) -> None:
    claim = claim_of(demo)
    path = source_path(demo)
    paragraphs = path.read_text("utf-8").split("\n\n")
    text = "\n\n".join(p for p in paragraphs if claim.quote not in p)
    path.write_text(text, "utf-8")
    code, data = report(demo)
    assert code == 1
    (finding,) = findings_for(data, claim.id)
    assert finding["code"] == "CC104" and finding["severity"] == "error"
    assert finding["passage"] and finding["passage"] in text
    assert finding["similarity"] < 85
    assert finding["line"] == line_of(text, finding["passage"])
    assert finding["message"] == (
        f"quote of claim {claim.id} no longer found in the source; best candidate at line "
        f"{finding['line']} (similarity {finding['similarity']})"
    )
    table = run(demo)
    assert table.exit_code == 1
    assert "candidate: " + " ".join(finding["passage"].split())[:60] in table.stdout


def test_new_sentence_is_unregistered(demo: Path) -> None:
    claim = claim_of(demo)
    sentence = "In 2019 the city opened 12 new parks."
    text = edit(demo, claim.quote, claim.quote + "\n\n" + sentence)
    code, data = report(demo)
    assert code == 0
    (finding,) = [f for f in data["findings"] if f["name"] == "unregistered"]
    assert finding["code"] == "CC106" and finding["severity"] == "warning"
    assert finding["found"] == "12" and finding["claim"] is None
    assert finding["line"] == line_of(text, sentence)
    assert finding["quote"] == sentence
    assert finding["message"] == "'12' is not in the registry (run `claimcheck sync`)"


def test_rejected_claim_is_not_reported(demo: Path) -> None:
    claim = claim_of(demo)
    registry = demo / "claims" / f"{SOURCE}.yaml"
    text = registry.read_text("utf-8")
    start = text.index(f"- id: {claim.id}")
    end = text.index("  status: auto", start)
    registry.write_text(
        text[:end] + "  status: rejected" + text[end + len("  status: auto") :], "utf-8"
    )
    edit(demo, claim.quote, claim.quote.replace(FIGURE, "7.5 percent"))
    code, data = report(demo)
    assert code == 0
    assert findings_for(data, claim.id) == []


def edit_claim(root: Path, claim: Claim, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in one claim's entry of the registry file, as a person would."""
    registry = root / "claims" / f"{SOURCE}.yaml"
    text = registry.read_text("utf-8")
    start = text.index(f"- id: {claim.id}")
    end = text.find("\n- id:", start)
    end = len(text) if end < 0 else end
    entry = text[start:end]
    assert entry.count(old) == 1, old
    registry.write_text(text[:start] + entry.replace(old, new) + text[end:], "utf-8")


def test_reviewed_value_that_its_text_does_not_say(demo: Path) -> None:
    claim = claim_of(demo)
    edit_claim(demo, claim, "  value: 7.4\n", "  value: 7.9\n")
    edit_claim(demo, claim, "  status: auto", "  status: reviewed")
    code, data = report(demo)
    assert code == 0  # a warning
    (finding,) = findings_for(data, claim.id)
    assert (finding["code"], finding["severity"]) == ("CC108", "warning")
    assert finding["message"] == "the registry's value 7.9 is not what '7.4 percent' says (7.4)"


def test_text_edited_out_of_its_quote(demo: Path) -> None:
    """A hand edit that puts a figure in `text` that the quote lacks: a finding, not a crash."""
    claim = claim_of(demo)
    edit_claim(demo, claim, f"  text: {FIGURE}\n", "  text: 7.9 percent\n")
    for command in ("verify", "conflicts"):
        result = CliRunner().invoke(app, [command, "-C", str(demo)])
        assert result.exit_code in (0, 1), result.output
        assert "Traceback" not in result.output
    code, data = report(demo)
    assert code == 0  # a warning
    (finding,) = findings_for(data, claim.id)
    assert finding["code"] == "CC108"
    assert finding["message"] == (
        "the claim's text '7.9 percent' is not in its own quote, which says '7.4 percent' (edited by hand?)"
    )


def test_word_diff() -> None:
    assert word_diff("grew 7.4 percent", "grew 7.5 percent") == "grew [-7.4-]{+7.5+} percent"
    assert word_diff("a b", "a b") == "a b"


@pytest.mark.parametrize(
    "case", sorted(p for p in GOLDEN.iterdir() if p.is_dir()), ids=lambda p: p.name
)
def test_golden(case: Path, tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(case / "project", root)
    as_json = run(root, "--format", "json")
    as_table = run(root, "--verbose")
    data = json.loads(as_json.stdout)
    assert as_json.exit_code == as_table.exit_code == (1 if data["summary"]["errors"] else 0)
    assert as_json.stderr == as_table.stderr
    assert "\x1b[" not in as_table.stdout
    outputs = {"verify.json": as_json.stdout, "verify.txt": as_table.stdout + as_table.stderr}
    for name, text in outputs.items():
        if regenerate():
            (case / name).write_text(text, "utf-8")
        assert text == (case / name).read_text("utf-8"), name


def test_verify_and_sync_hold_one_source_index_at_a_time(demo: Path) -> None:
    """Each source's figures are let go once its claims are checked: a project's indexes all
    at once are all its figures (about 1 KB each)."""
    from claimcheck.sync import sync
    from claimcheck.verify import verify

    project = open_project(demo)
    held: list[int] = []
    index = project.index

    def counted(source: Any) -> Any:
        held.append(len(project._indexes))
        return index(source)

    project.index = counted  # type: ignore[method-assign]
    verify(project)
    sync(project, write=False)
    assert len(held) == 2 * len(project.sources) > 2 and max(held) == 0
    assert project._indexes == {}
