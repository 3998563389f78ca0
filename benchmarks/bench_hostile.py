"""Time `extract()` on pathological inputs at growing sizes: linear means ~10x per 10x (issue #12).

Usage::

    python benchmarks/bench_hostile.py [--sizes 10000 100000 1000000] [--case NAME]
    python benchmarks/bench_hostile.py --check [--check-size 100000] [--case NAME]

Each input is a short unit repeated to the size: range joins ("It rose from 1 to from 1 to ..."),
change joins ("by 1% to by 1% to ..."), long dash runs, one number of all digits, a number of
thousands separators only, "1% " over and over, digits split by zero-width spaces, and spaced
digit groups. Printed: the time at each size and the growth from each size to the next (the
ratio of times over the ratio of sizes is 1.0 for linear growth, 2.0 for quadratic at 10x).
With ``--check``, each input is instead a draft of ``--check-size`` characters, checked by
``claimcheck check --format json`` against the demo project as a new process (target: well
under 5 s); printed: the wall time and the summary line.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck.extract import extract


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


CASES: dict[str, Callable[[int], str]] = {
    "range joins": _repeat("It rose from 1 to from 1 to "),
    "change joins": _repeat("by 1% to "),
    "dash runs": _repeat("5" + "-" * 998 + " "),
    "long number": lambda n: "1" * n,
    "separators": lambda n: "1" + ",000" * (n // 4),
    "percent run": _repeat("1% "),
    "zero-width digits": _repeat("6\u200b.8 "),
    "spaced groups": _repeat("1 000 "),
}


def timed(text: str) -> float:
    t0 = time.perf_counter()
    extract(text)
    return time.perf_counter() - t0


REPO = Path(__file__).resolve().parents[1]


def check_drafts(names: list[str], size: int) -> int:
    """``claimcheck check`` on each input as a draft of ``size`` characters, as a process."""
    exe = Path(sys.executable).parent / "claimcheck"
    print(f"| case ({size:,} chars, check) | wall | summary |")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            draft = Path(tmp) / f"{name.replace(' ', '-')}.md"
            draft.write_text(CASES[name](size) + "\n", encoding="utf-8")
            t0 = time.perf_counter()
            done = subprocess.run(
                [str(exe), "check", str(draft), "-C", str(REPO), "--format", "json",
                 "--fail-on", "none", "--no-cache"],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            wall = time.perf_counter() - t0
            summary = (done.stderr.strip().splitlines() or [""])[-1]
            print(f"| {name} | {wall:.2f} s | {summary} |", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--case", choices=sorted(CASES), action="append")
    ap.add_argument("--check", action="store_true", help="time `claimcheck check` on drafts")
    ap.add_argument("--check-size", type=int, default=100_000)
    args = ap.parse_args(argv)
    if args.check:
        return check_drafts(args.case or list(CASES), args.check_size)
    extract("It rose 5% to $3 billion in 2023.")  # compile the patterns once
    sizes = sorted(args.sizes)
    head = " | ".join(f"{s:>9,} chars" for s in sizes)
    growth = " | ".join(
        f"{b // a}x size: time x (per size x)" for a, b in zip(sizes, sizes[1:], strict=False)
    )
    print(f"| case | {head} | {growth} |")
    for name in args.case or list(CASES):
        times = [timed(CASES[name](size)) for size in sizes]
        cells = " | ".join(f"{t:9.3f} s" for t in times)
        ratios = " | ".join(
            f"{tb / ta:6.1f}x ({(tb / ta) / (b / a):.2f})"
            for (a, ta), (b, tb) in zip(
                zip(sizes, times, strict=True),
                list(zip(sizes, times, strict=True))[1:],
                strict=False,
            )
        )
        print(f"| {name} | {cells} | {ratios} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
