"""Time check, sync, verify and conflicts on pathological inputs at growing sizes.

Run from the repository root::

    python benchmarks/bench_scaling.py                 # 10 KB and 100 KB
    python benchmarks/bench_scaling.py --sizes 10,100,1000   # up to 1 MB (minutes)

Inputs, each built to about the size asked (KB):

- ``figures``: a draft of "it rose N percent" figures on one line (checked against the demo);
- ``ranges``: a draft of "from 1 to " repeated (checked against the demo);
- ``repeated``: a source of "1% " repeated (sync, verify, conflicts in a scratch project);
- ``table``: a source holding a Markdown table of N rows (sync, verify, conflicts).

Each figure is the in-process wall time of one run; the last column is the growth per 10x of
the input between the two largest sizes (about 10 for linear work, 100 for quadratic).
Figures are printed, never asserted: tests assert growth between two sizes with a wide margin
(``tests/test_scaling.py``), never a time.
"""

from __future__ import annotations

import argparse
import math
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck.check.gate import check_paths
from claimcheck.compare import project_conflicts
from claimcheck.errors import ClaimcheckError
from claimcheck.project import open_project
from claimcheck.sync import sync
from claimcheck.verify import verify

REPO = Path(__file__).resolve().parents[1]


def _repeat(unit: Callable[[int], str], size: int) -> str:
    parts, total, i = [], 0, 0
    while total < size:
        part = unit(i)
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)


INPUTS: dict[str, Callable[[int], str]] = {
    "figures": lambda size: _repeat(lambda i: f"it rose {i % 97} percent ", size) + "\n",
    "ranges": lambda size: _repeat(lambda i: "from 1 to ", size) + "\n",
    "repeated": lambda size: _repeat(lambda i: "1% ", size) + "\n",
    "table": lambda size: (
        "| Year | City | Growth | Exports |\n|---|---|---|---|\n"
        + _repeat(
            lambda i: f"| {1500 + i % 500} | City{i} | {i % 9}.{i % 7}% | ${i} million |\n", size
        )
    ),
}
DRAFTS = ("figures", "ranges")


def _timed(work: Callable[[], object]) -> float:
    """Seconds of ``work``; NaN when it stops with claimcheck's error (a limit was reached:
    the message is printed)."""
    start = time.perf_counter()
    try:
        work()
    except ClaimcheckError as e:
        print(f"  (stopped: {e})", flush=True)
        return float("nan")
    return time.perf_counter() - start


def _demo(folder: Path) -> Path:
    root = folder / "demo"
    root.mkdir()
    shutil.copy(REPO / "claimcheck.yaml", root / "claimcheck.yaml")
    shutil.copytree(REPO / "sources", root / "sources")
    shutil.copytree(REPO / "claims", root / "claims")
    return root


def _source_project(folder: Path, name: str, text: str) -> Path:
    root = folder / name
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", encoding="utf-8")
    (root / "sources" / "s.md").write_text(text, encoding="utf-8")
    return root


def measure(name: str, size: int, folder: Path, demo: Path) -> dict[str, float]:
    """Seconds per command for input ``name`` of about ``size`` characters."""
    text = INPUTS[name](size)
    if name in DRAFTS:
        draft = folder / f"{name}-{size}.md"
        draft.write_text(text, encoding="utf-8")
        return {"check": _timed(lambda: check_paths([str(draft)], demo, use_cache=False))}
    root = _source_project(folder, f"{name}-{size}", text)
    return {
        "sync": _timed(lambda: sync(open_project(root, use_cache=False))),
        "verify": _timed(lambda: verify(open_project(root, use_cache=False))),
        "conflicts": _timed(lambda: project_conflicts(open_project(root, use_cache=False))),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100", help="sizes in KB, comma-separated")
    parser.add_argument("--only", default="", help="inputs to run, comma-separated (default: all)")
    args = parser.parse_args()
    sizes = [int(float(s) * 1000) for s in args.sizes.split(",")]
    names = [n for n in args.only.split(",") if n] or list(INPUTS)
    print(
        f"{'input':<10} {'command':<10} "
        + " ".join(f"{s // 1000:>8} KB" for s in sizes)
        + "   per 10x"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = _demo(folder)
        for name in names:
            rows: dict[str, list[float]] = {}
            for size in sizes:
                for command, seconds in measure(name, size, folder, demo).items():
                    rows.setdefault(command, []).append(seconds)
            for command, times in rows.items():
                a, b = times[-2:] if len(times) > 1 else (times[0], times[0])
                steps = math.log10(sizes[-1] / sizes[-2]) if len(sizes) > 1 else 1
                growth = (b / a) ** (1 / steps) if a > 0 and steps else float("nan")
                cells = " ".join(f"{t:>9.2f}s" for t in times)
                print(f"{name:<10} {command:<10} {cells}   {growth:>6.1f}x", flush=True)


if __name__ == "__main__":
    main()
