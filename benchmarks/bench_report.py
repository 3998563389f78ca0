"""Time ``claimcheck report`` on the demo project and on synthetic projects of up to 100k claims.

Run from the project folder::

    python benchmarks/bench_report.py                        # demo + examples/draft.md, then 100k claims
    python benchmarks/bench_report.py --sizes 10000 100000
    python benchmarks/bench_report.py --keep /tmp/bench      # keep (and reuse) the synthetic projects
    python benchmarks/bench_report.py --cli                  # also time the CLI as a subprocess

The demo figure is the report of the repository's own project with examples/draft.md (build and
render, in-process: the first call, then the best of five later ones; with ``--cli``, the
command as a new process, best of three). A synthetic project is the one `bench_verify` builds (one
source per ten claims, registry made by `claimcheck sync`, not timed), reported with no draft:
first with no cache (every registry file parsed), then with the cache a first run leaves, as
every later run in CI or on a desk has. Printed: seconds for building the page's data and for
rendering it, the HTML's size, what the page left out (its limits), and the process's peak
resident memory so far. The targets: the demo under 1 s, 100k claims under 10 s and the page
under 20 MB.

Figures are printed, never asserted: tests do not time anything.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_verify import build as build_project
from claimcheck.report.html import build, render

REPO = Path(__file__).resolve().parents[1]


def timed(paths: list[str], project: Path, use_cache: bool | None) -> tuple[float, float, int, int]:
    """Seconds to build the page, seconds to render it, its size in bytes, its limits."""
    start = time.perf_counter()
    page = build(paths, project, use_cache)
    built = time.perf_counter()
    html = render(page)
    done = time.perf_counter()
    return built - start, done - built, len(html.encode("utf-8")), len(page.limits)


def cli(args: list[str]) -> float:
    """Seconds for ``claimcheck report ARGS`` as a subprocess (the page to /dev/null)."""
    exe = Path(sys.executable).with_name("claimcheck")
    start = time.perf_counter()
    subprocess.run(
        [str(exe), "report", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def line(name: str, figures: tuple[float, float, int, int]) -> str:
    data, html, size, limits = figures
    return (f"{name:<34} data {data:6.2f} s  render {html:5.2f} s  total {data + html:6.2f} s  "
            f"page {size / 2**20:6.2f} MB  limits {limits}  peak RSS {peak_mb():5.0f} MB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000])
    parser.add_argument("--cli", action="store_true", help="also time the CLI as a subprocess")
    parser.add_argument("--keep", type=Path, help="build projects here, keep them, reuse them")
    args = parser.parse_args()
    draft = str(REPO / "examples" / "draft.md")
    # the first call pays for compiling the extractor's patterns and the template; later calls
    # in the same process do not (the CLI's figure is what a person waits for)
    print(line("demo + draft, first call", timed([draft], REPO, None)), flush=True)
    best = min((timed([draft], REPO, None) for _ in range(5)), key=lambda t: t[0] + t[1])
    print(line("demo + draft, best later call", best), flush=True)
    if args.cli:
        print(
            f"{'':<34} CLI {min(cli([draft, '-C', str(REPO)]) for _ in range(3)):6.2f} s",
            flush=True,
        )
    base = args.keep or Path(tempfile.mkdtemp(prefix="claimcheck-bench-"))
    try:
        for size in args.sizes:
            folder = base / f"claims-{size}"
            if not (folder / "claims").is_dir():
                shutil.rmtree(folder, ignore_errors=True)
                build_project(folder, size)
            shutil.rmtree(folder / ".claimcheck-cache", ignore_errors=True)
            print(
                line(f"{size:,} claims, first run (no cache)", timed([], folder, None)), flush=True
            )
            print(line(f"{size:,} claims, cached", timed([], folder, None)), flush=True)
            if args.cli:
                print(f"{'':<34} CLI {cli(['-C', str(folder)]):6.2f} s", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
