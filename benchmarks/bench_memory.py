"""Peak memory and time of `claimcheck` commands on large sources, each run as a child process.

Usage::

    python benchmarks/bench_memory.py [--sizes 1 10 100] [--density sparse dense]
        [--command extract-jsonl extract-json sync verify resync] [--timeout 900] [--cap 4000]

For each size (MB) and density a scratch project is made with one generated news-like source
(``sparse``: sentences of prose with a figure or two each, about one figure per 120
characters; ``dense``: short sentences that are mostly figures, about one per 12 characters),
and each command runs in a new process (``claimcheck extract FILE --format jsonl|json
--max-file-size 200``, ``claimcheck sync``, ``claimcheck verify --format json`` (which reads
the registry ``sync`` wrote: about 3.7 bytes of registry a byte of sparse source),
``claimcheck sync --check`` (``resync``: a second sync, reading that registry and writing it
again in memory); the project's config has ``max_file_size: 200``). Printed per run: the
command, wall time, the child's peak resident memory
(``ru_maxrss`` from ``os.wait4``), and its exit code (a ``sync`` whose registry file would be
over the size limit exits 2, having refused it). ``--cap`` limits each child's address space
(MB), so that a run that would swap fails instead; ``--timeout`` stops a run (shown as such).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CITIES = ("Changchun", "Harbin", "Shenyang", "Dalian", "Jilin", "Daqing")
MEASURES = ("GDP", "exports", "retail sales", "industrial output", "fixed-asset investment")


def sparse(i: int) -> str:
    """A paragraph of news prose with a few figures."""
    city, measure = CITIES[i % len(CITIES)], MEASURES[i % len(MEASURES)]
    year = 2010 + i % 14
    return (
        f"In the first half of {year}, {city}'s {measure} grew {i % 9}.{i % 7} percent year on "
        f"year, according to the municipal statistics bureau. Officials said the figure reflected "
        f"a recovery in manufacturing and new investment from abroad, and that the city expected "
        f"further gains. Turnover rose from {i % 5 + 1}.{i % 3} billion yuan to nearly "
        f"{i % 40 + 10}.{i % 8} billion yuan, while the number of firms reached {1000 + i % 900}."
        "\n\n"
    )


def dense(i: int) -> str:
    """A paragraph that is mostly figures."""
    return (
        " ".join(f"{(i + k) % 97}% of {k + 3} units, ${k + 1}.{i % 9}m." for k in range(8)) + "\n\n"
    )


def build(root: Path, size_mb: int, density: str) -> Path:
    """A project in ``root`` with one source of about ``size_mb`` MB; the source's path."""
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "claimcheck.yaml").write_text("max_file_size: 200\ncache: false\n", encoding="utf-8")
    make = sparse if density == "sparse" else dense
    target = size_mb * 2**20
    path = root / "sources" / "archive.md"
    with path.open("w", encoding="utf-8") as out:
        out.write("---\nid: archive\npublished: 2024-05-20\n---\n\n")
        written, i = 0, 0
        while written < target:
            chunk = "".join(make(i + k) for k in range(200))
            out.write(chunk)
            written += len(chunk)
            i += 200
    return path


def measure(argv: list[str], cwd: Path, timeout: float, cap_mb: int) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB and the outcome of running ``argv`` as a child process."""

    def limit() -> None:
        cap = cap_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    t0 = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=limit,
        start_new_session=True,
    )
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(proc.pid, 0)
            return time.perf_counter() - t0, usage.ru_maxrss / 1024, "timeout"
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    tail = proc.stderr.read().decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
    outcome = f"exit {code}" + (f" ({tail[-1][:90]})" if code not in (0, 1) and tail else "")
    return wall, usage.ru_maxrss / 1024, outcome


def _registry_mb(root: Path) -> float:
    """The size of the project's registry files, MB."""
    return sum(p.stat().st_size for p in (root / "claims").glob("*.yaml")) / 2**20


COMMANDS = {
    "extract-jsonl": lambda src: [
        "extract",
        str(src),
        "--format",
        "jsonl",
        "--max-file-size",
        "200",
    ],
    "extract-json": lambda src: ["extract", str(src), "--format", "json", "--max-file-size", "200"],
    "sync": lambda src: ["sync"],
    "verify": lambda src: ["verify", "--format", "json"],
    "resync": lambda src: ["sync", "--check"],
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument(
        "--density", nargs="+", choices=["sparse", "dense"], default=["sparse", "dense"]
    )
    ap.add_argument("--command", nargs="+", choices=list(COMMANDS), default=list(COMMANDS))
    ap.add_argument("--timeout", type=float, default=900.0)
    ap.add_argument("--cap", type=int, default=4000, help="address-space limit per run, MB")
    args = ap.parse_args(argv)
    exe = shutil.which("claimcheck") or str(Path(sys.executable).parent / "claimcheck")
    print("| input | command | wall | peak RSS | registry | outcome |")
    print("|---|---|---|---|---|---|")
    for density in args.density:
        for size in args.sizes:
            with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
                root = Path(tmp)
                src = build(root, size, density)
                mb = src.stat().st_size / 2**20
                for name in args.command:
                    argv = COMMANDS[name](src)
                    wall, peak, outcome = measure([exe, *argv], root, args.timeout, args.cap)
                    shown = " ".join(["claimcheck", *argv]).replace(str(src), "SOURCE")
                    print(
                        f"| {density} {mb:.0f} MB | `{shown}` | {wall:.1f} s | {peak:.0f} MB | "
                        f"{_registry_mb(root):.1f} MB | {outcome} |",
                        flush=True,
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
