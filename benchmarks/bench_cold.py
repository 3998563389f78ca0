"""Time a cold ``claimcheck check`` of the demo draft, and what a cold start is made of.

Run from the repository root::

    python benchmarks/bench_cold.py             # 15 runs of each command
    python benchmarks/bench_cold.py --runs 31

Each figure is the median (and the fastest) wall time of a new process, and its median CPU
time (user and system: less sensitive to a busy machine), the commands taking turns so that a
busy machine slows them alike: ``python -c pass`` (the floor: an interpreter
that does nothing), ``claimcheck check examples/draft.md`` (the text report) and with
``--format json``, each with the per-user cache (compiled patterns and parsed data files,
`claimcheck.io.usercache`) warm, and with it off (``CLAIMCHECK_CACHE_DIR=`` : every pattern
compiled, every data file parsed, as on a first run). Bytecode is written once before timing
(an installed package has it; ``PYTHONDONTWRITEBYTECODE`` is dropped for these runs), and the
per-user cache lives in a scratch folder filled by one run first. Target (issue 14): the
demo draft checked cold in under 0.3 s.

Figures are printed, never asserted: tests do not time anything.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DRAFT = "examples/draft.md"


def commands(cache: str) -> dict[str, tuple[list[str], dict[str, str]]]:
    """The commands timed, by label: argv and environment."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    warm = {**env, "CLAIMCHECK_CACHE_DIR": cache}
    off = {**env, "CLAIMCHECK_CACHE_DIR": ""}
    check = [sys.executable, "-m", "claimcheck", "check", DRAFT]
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], env),
        "check (text)": (check, warm),
        "check --format json": ([*check, "--format", "json"], warm),
        "check (text), no user cache": (check, off),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as cache:
        timed = commands(cache)
        for argv, env in timed.values():  # bytecode written, user cache filled
            subprocess.run(argv, cwd=REPO, env=env, capture_output=True, check=False)
        times: dict[str, list[float]] = {label: [] for label in timed}
        cpu: dict[str, list[float]] = {label: [] for label in timed}
        for _ in range(runs):
            for label, (argv, env) in timed.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(argv, cwd=REPO, env=env, capture_output=True, check=False)
                times[label].append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[label].append(
                    after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                )
    floor = statistics.median(times["python -c pass"])
    print(f"cold starts, {runs} runs each: wall median, fastest, x the interpreter's own start;")
    print("CPU seconds median (what a process costs whatever else the machine runs):")
    for label, got in times.items():
        median = statistics.median(got)
        print(f"  {label:<30} {median:6.3f} s  {min(got):6.3f} s  x{median / floor:5.1f}"
              f"  CPU {statistics.median(cpu[label]):6.3f} s")  # fmt: skip
    target = statistics.median(times["check (text)"])
    print(f"target: check of the demo draft under 0.300 s: {target:.3f} s wall median")


if __name__ == "__main__":
    main()
