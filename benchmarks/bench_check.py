"""Time `claimcheck check` on a 5 KB draft: against the demo registry, and against 100k claims.

Run from the repository root::

    python benchmarks/bench_check.py                    # demo + 100k claims
    python benchmarks/bench_check.py --claims 0         # demo only
    python benchmarks/bench_check.py --keep /tmp/bench  # keep (and reuse) the project

The draft is about 5 KB of Markdown built from the test drafts' sentences (supported,
contradicted, misattributed and unsupported numbers, code, links, comments). Each figure is the
wall time of ``claimcheck check DRAFT --format json`` as a subprocess (a cold start: a new
interpreter, config, registry and sources loaded, index built, report written): the first run,
and the median of the runs after it (the warm figure: the first run may fill the cache).
Registry, source ids and index come from ``.claimcheck-cache/`` when an earlier run left it
(``--no-cache`` figures: ``claimcheck check ... --no-cache``). The large project is built like
``bench_verify.py``'s (synthetic news articles, registry filled by ``claimcheck sync``; not
timed), and the phases of one in-process run are printed too: loading the project, building
the index, checking. Targets: under 0.5 s on the demo registry, under 3 s on 100,000 claims.

Figures are printed, never asserted: tests do not time anything.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from claimcheck.check.gate import check_drafts, read_drafts
from claimcheck.check.stored import candidate_index
from claimcheck.project import open_project

REPO = Path(__file__).resolve().parents[1]
DRAFTS = REPO / "tests" / "check" / "drafts"


def draft(folder: Path, size: int = 5_000) -> Path:
    """A Markdown draft of about ``size`` characters from the test drafts."""
    parts = [p.read_text("utf-8").split("---\n")[-1] for p in sorted(DRAFTS.glob("*.md"))]
    body = "\n".join(parts)
    text = ""
    while len(text) < size:
        text += body + "\n"
    path = folder / "draft.md"
    path.write_text(text[:size].rsplit("\n\n", 1)[0] + "\n", encoding="utf-8")
    return path


def time_cli(project: Path, path: Path, runs: int = 5) -> tuple[float, float]:
    """Seconds of the first run of the CLI, and the median of the ``runs`` runs after it."""
    exe = Path(sys.executable).with_name("claimcheck")
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        subprocess.run([str(exe), "check", str(path), "-C", str(project), "--format", "json"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # fmt: skip
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times[1:])


def phases(project: Path, path: Path) -> str:
    """Seconds of each phase of one in-process run."""
    t0 = time.perf_counter()
    proj = open_project(project, read_sources=False)  # as `check` opens it
    t1 = time.perf_counter()
    index = candidate_index(proj)  # as `check` builds it (from the cache when it holds it)
    t2 = time.perf_counter()
    report = check_drafts(read_drafts([str(path)]), index, proj.lexicon, ())
    t3 = time.perf_counter()
    return (f"load project {t1 - t0:.2f} s, index {t2 - t1:.2f} s, check {t3 - t2:.2f} s "
            f"({len(index.entries):,} candidates; {report.summary})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--claims", type=int, default=100_000, help="size of the large project (0: none)"
    )
    parser.add_argument("--keep", type=Path, help="build the large project here, or reuse it")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="claimcheck-check-"))
    path = draft(work)
    first, median = time_cli(REPO, path)
    print(
        f"demo registry, {path.stat().st_size:,} B draft: first {first:.2f} s, then median {median:.2f} s"
    )
    print("  " + phases(REPO, path))
    if args.claims:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_verify import build

        folder = (args.keep or work) / f"claims-{args.claims}"
        if not (folder / "claims").is_dir():
            build(folder, args.claims)
        first, median = time_cli(folder, path, runs=3)
        print(f"{args.claims:,} claims: first {first:.2f} s, then median {median:.2f} s")
        print("  " + phases(folder, path))


if __name__ == "__main__":
    main()
