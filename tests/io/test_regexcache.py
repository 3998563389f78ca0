"""The compiled-pattern table (`claimcheck.io.regexcache`): it never changes what a pattern does.

Each run is a new process (the table is installed in ``re`` of the process that asks): a first
run fills the table, a second compiles nothing its patterns need from it and gets patterns that
match as freshly compiled ones do; a corrupt table, an unwritable folder and no folder at all
leave every pattern working; and the command line gives the same report with and without it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.io import usercache

REPO = Path(__file__).resolve().parents[2]
PROBE = """\
import json, re, sys
from pathlib import Path
from claimcheck.io import regexcache, usercache
from re import _compiler
fresh = _compiler.compile
regexcache.WORTH = 0.0  # write even these few small patterns
installed = regexcache.install(Path(sys.argv[1]) if sys.argv[1] else None)
patterns = [
    (r"(?P<n>\\d+(?:[.,]\\d+)*)\\s*(?P<u>percent|%|per\\s+cent)", re.I),
    (r"\\b(?:first|second)\\s+half\\s+of\\s+(?P<y>\\d{4})\\b", re.I | re.X),
    ("(?-i:Sept?|Oct)\\\\.?|\\\\b(?:GDP)\\\\b", 0),
    (rb"[\\x80-\\xff]+", 0),
]
text = "In the first half of 2018 GDP grew 7.4 per cent; 8% in Sept. and Oct"
out = []
for pattern, flags in patterns:
    mine = re.compile(pattern, flags)
    theirs = fresh(pattern, flags)
    subject = text.encode() + b"\\xe9" if isinstance(pattern, bytes) else text
    same = (
        [m.groupdict() or m.group() for m in mine.finditer(subject)]
        == [m.groupdict() or m.group() for m in theirs.finditer(subject)]
        and (mine.flags, mine.groups, dict(mine.groupindex), mine.pattern)
        == (theirs.flags, theirs.groups, dict(theirs.groupindex), theirs.pattern)
    )
    out.append(same)
    re.purge()
table = regexcache._installed
hits = len(table.stored) if table else 0
print(json.dumps({"installed": installed, "same": out, "stored": hits}))
"""


def probe(folder: str, env: dict[str, str] | None = None) -> dict[str, object]:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, folder],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    result: dict[str, object] = json.loads(run.stdout)
    return result


def test_a_second_run_reads_the_patterns_back(tmp_path: Path) -> None:
    first = probe(str(tmp_path))
    assert first == {"installed": True, "same": [True] * 4, "stored": 0}
    table = tmp_path / f"regex-{sys.implementation.cache_tag}.marshal"
    assert table.is_file()
    second = probe(str(tmp_path))
    assert second["same"] == [True] * 4 and second["stored"] >= 4


def test_a_corrupt_table_is_compiled_afresh(tmp_path: Path) -> None:
    probe(str(tmp_path))
    table = tmp_path / f"regex-{sys.implementation.cache_tag}.marshal"
    data = bytearray(table.read_bytes())
    data[-40:-20] = b"\x00" * 20
    table.write_bytes(bytes(data))
    assert probe(str(tmp_path)) == {"installed": True, "same": [True] * 4, "stored": 0}


def test_an_unwritable_or_missing_folder_only_costs_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", "utf-8")
    assert probe(str(blocked / "cache"))["same"] == [True] * 4
    off = probe("", {usercache.ENV: ""})  # the variable set empty: no table
    assert off == {"installed": False, "same": [True] * 4, "stored": 0}


def test_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(usercache.ENV, str(tmp_path / "x"))
    assert usercache.user_cache_dir() == tmp_path / "x"
    monkeypatch.delenv(usercache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert usercache.user_cache_dir() == tmp_path / "claimcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert usercache.user_cache_dir() == tmp_path / ".cache" / "claimcheck"


def test_check_reports_the_same_with_the_table(tmp_path: Path) -> None:
    def check(folder: str) -> tuple[int, str]:
        run = subprocess.run(
            [sys.executable, "-m", "claimcheck", "check", "examples/draft.md", "-f", "json"],
            capture_output=True,
            text=True,
            cwd=REPO,
            env={**os.environ, usercache.ENV: folder},
            check=False,
        )
        return run.returncode, run.stdout

    without = check("")
    assert check(str(tmp_path)) == without  # fills the table
    assert check(str(tmp_path)) == without  # reads it back


def test_runs_writing_at_once_leave_a_whole_table(tmp_path: Path) -> None:
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", PROBE, str(tmp_path)],
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        for _ in range(4)
    ]
    for run in runs:
        out, _ = run.communicate()
        assert json.loads(out)["same"] == [True] * 4
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    after = probe(str(tmp_path))
    assert after["same"] == [True] * 4 and after["stored"] >= 4  # read back: not torn
