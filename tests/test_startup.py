"""What ``claimcheck check`` imports, and typer's coercion without pydantic (`claimcheck.fastcli`).

A cold ``check --format json`` must not import typer (the entry point reads plain ``check``
arguments itself, `claimcheck.entry`), pydantic (typer's coercion), rich (only the text report
prints with it), trafilatura or lxml (only HTML sources need them); a Markdown draft needs
markdown-it, a plain-text draft does not. Arguments the entry point leaves to typer still keep
pydantic away. Options keep typer's values and error messages.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app

REPO = Path(__file__).resolve().parents[1]
DRAFT = "In the first half of 2018, Changchun's GDP grew 7.4 percent year on year.\n"
PROBE = """\
import json, sys
from claimcheck.entry import main
sys.argv = ["claimcheck", "check", sys.argv[1], "-C", sys.argv[2], "-f", "json", *sys.argv[3:]]
try:
    main()
except SystemExit:
    pass
names = ("pydantic", "rich", "trafilatura", "lxml", "markdown_it", "typer")
print(json.dumps({n: n in sys.modules for n in names}), file=sys.stderr)
"""


def imported(draft: Path, *more: str) -> dict[str, bool]:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(draft), str(REPO), *more],
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(run.stderr.strip().splitlines()[-1])


def test_check_json_imports_only_what_it_needs(tmp_path: Path) -> None:
    markdown = tmp_path / "draft.md"
    markdown.write_text(DRAFT, "utf-8")
    text = tmp_path / "draft.txt"
    text.write_text(DRAFT, "utf-8")
    assert imported(markdown) == {
        "pydantic": False, "rich": False, "trafilatura": False, "lxml": False, "markdown_it": True,
        "typer": False,
    }  # fmt: skip
    assert imported(text)["markdown_it"] is False
    slow = imported(markdown, "-fjson")  # glued: typer reads these arguments
    assert slow["typer"] is True and slow["pydantic"] is False and slow["rich"] is False


def test_options_keep_typers_values_and_messages(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    runner = CliRunner()
    bad = runner.invoke(app, ["check", str(draft), "-C", str(REPO), "--format", "yaml"])
    assert bad.exit_code == 2
    assert (
        "Invalid value for '--format' / '-f'" in bad.stderr and "'yaml' is not one of" in bad.stderr
    )
    good = runner.invoke(
        app, ["check", str(draft), "-C", str(REPO), "-f", "json", "--fail-on", "none,unsupported"]
    )
    assert good.exit_code == 0 and json.loads(good.stdout)["version"] == 1
    out = tmp_path / "report.sarif"
    assert (
        runner.invoke(
            app, ["check", str(draft), "-C", str(REPO), "-f", "sarif", "-o", str(out)]
        ).exit_code
        == 0
    )
    assert json.loads(out.read_text("utf-8"))["version"] == "2.1.0"
