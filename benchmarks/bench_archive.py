"""The archive index at scale: build speed per engine, index size, and query times.

Run from the project folder (needs the ``test`` or ``dask`` extra: pyarrow, duckdb, dask)::

    python benchmarks/bench_archive.py                    # 10k documents
    python benchmarks/bench_archive.py --sizes 10000 100000
    python benchmarks/bench_archive.py --sizes 2000 --keep arch-bench   # keep the project
    python benchmarks/bench_archive.py --sizes 100000 --engines pool2     # one build only

For each size N it writes a synthetic project with an archive of N news-like documents (JSON
Lines, four files), each a paragraph of 10 to 18 sentences (about 1.7 KB) about one of N/50
cities: GDP growth, exports, unemployment, population and retail sales in years 2005 to 2023,
in a dozen wordings, and seven sentences in ten with no figure (one figure in about 250 bytes,
as in the demo corpus). Every (city, measure, year) has one
true figure, which each document that mentions it states (rounded as written: "7.4 percent",
"7.4%", "7.40 per cent"); for one frame in 200 one document states another figure (a planted
disagreement). Then it reports:

- ``claimcheck archive build -j 1`` and ``-j 2`` (the process pool; each a new process, and
  the peak memory of the largest build process or worker), and a build with Dask on a
  LocalCluster of 2 worker processes (documents/s and MB/s of document text, each from an
  empty index; the cluster's start is timed apart), and a second build with nothing changed
  (hashing only); CPU seconds beside wall time, since other jobs may share the cores;
- the index on disk (bytes; bytes per figure);
- ``conflicts --archive`` and ``check --archive`` (a 5 KB draft of about 40 figures, some
  disagreeing with the archive), each as a new process (``claimcheck ...``: start-up included)
  and the query alone in-process;
- planted disagreements found by ``conflicts --archive`` (target: all), and other frames
  reported (extraction that reads a frame wrongly).

Figures are printed, never asserted: tests do not time anything.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from claimcheck.archive.build import Engine, build
from claimcheck.archive.conflicts import archive_conflicts
from claimcheck.archive.queries import disagreements, on_disk
from claimcheck.config import Config, find
from claimcheck.model import Severity

SYLLABLES = ["dong", "xi", "nan", "bei", "heng", "yuan", "port", "ling", "fen", "tai", "shan",
             "qiao", "lan", "mei", "ran", "zhou", "kang", "wei", "lu", "bao"]  # fmt: skip
YEARS = range(2005, 2024)
FILLER = [
    "Officials said the figures reflected a steady recovery in demand.",
    "The municipal government has promised further reforms of state-owned enterprises.",
    "Analysts were cautious about the outlook for the coming months.",
    "Local businesses reported stronger orders from coastal provinces.",
    "The city council met on Tuesday to discuss the new transport plan.",
    "Critics said the statistics bureau had been slow to publish its revisions.",
    "The mayor, who took office in 2015, visited three industrial parks last week.",
    "Residents complained about traffic on the ring road during the holiday.",
    "Several foreign investors have opened offices in the new development zone.",
    "The provincial party secretary called for more support for private companies.",
    "Economists at a Beijing think tank said the region still lagged behind the south.",
    "Construction of the high-speed rail link is expected to finish by the end of the decade.",
]


def cities(n: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize())
    return sorted(names)


def measures() -> dict[str, tuple[callable, list[str]]]:  # type: ignore[valid-type]
    """Each measure: its true value from a generator, and its wordings ({c} city, {y} year,
    {v} the figure as written)."""
    return {
        "gdp": (lambda r: round(r.uniform(2, 11), 1), [
            "In {y}, {c}'s GDP grew {v} percent, the statistics bureau said.",
            "{c}'s economy expanded {v}% in {y}.",
            "Gross domestic product in {c} rose {v} percent in {y}, according to official data.",
        ]),
        "exports": (lambda r: round(r.uniform(5, 90), 1), [
            "{c}'s exports rose to {v} billion yuan in {y}.",
            "In {y}, exports from {c} reached {v} billion yuan.",
        ]),
        "unemployment": (lambda r: round(r.uniform(2, 9), 1), [
            "The unemployment rate in {c} was {v}% in {y}.",
            "In {y}, {c}'s unemployment rate stood at {v} percent.",
        ]),
        "population": (lambda r: round(r.uniform(0.5, 9), 2), [
            "{c} had {v} million residents in {y}, according to the census.",
            "In {y}, {c}'s population reached {v} million.",
        ]),
        "retail": (lambda r: round(r.uniform(20, 400), 1), [
            "Retail sales in {c} totalled {v} billion yuan in {y}.",
            "In {y}, {c}'s retail sales reached {v} billion yuan.",
        ]),
    }  # fmt: skip


def stated(value: float, rng: random.Random, wording: str) -> str:
    """The value as a writer gives it: decimals as they are, sometimes with a trailing zero."""
    text = f"{value:g}"
    if "." in text and rng.random() < 0.2 and "%" not in wording:
        text += "0"
    return text


def corpus(n: int, seed: int = 7) -> tuple[list[str], set[tuple[str, str, int]], int]:
    """N documents (JSON lines), the planted frames, and the bytes of their text."""
    rng = random.Random(seed)
    towns = cities(max(4, n // 50), rng)
    table = measures()
    truth: dict[tuple[str, str, int], float] = {}
    planted: dict[tuple[str, str, int], int] = {}
    lines, size = [], 0
    for i in range(n):
        town = rng.choice(towns)
        sentences = []
        for _ in range(rng.randint(10, 18)):
            if rng.random() < 0.7:
                sentences.append(rng.choice(FILLER))
                continue
            measure = rng.choice(sorted(table))
            make, wordings = table[measure]
            year = rng.choice(YEARS)
            key = (town.lower(), measure, year)
            if key not in truth:
                truth[key] = make(rng)
                if rng.random() < 1 / 200:
                    planted[key] = -1  # the next document to state it gets another figure
            value = truth[key]
            # planted in another document than the first to state it: a document that gives two
            # figures for one frame is a matter for its own arithmetic, not a disagreement
            if planted.get(key) == -1 and _stated.get(key, i) < i:
                value = round(value * 1.37 + 1, 1)
                planted[key] = i
            _stated.setdefault(key, i)
            wording = rng.choice(wordings)
            sentences.append(wording.format(c=town, y=year, v=stated(value, rng, wording)))
        text = " ".join(sentences)
        size += len(text.encode())
        lines.append(json.dumps({"id": f"doc-{i:07d}", "text": text, "published": "2024-01-15",
                                 "url": f"https://wire.example/{i}"}))  # fmt: skip
    found = {k for k, v in planted.items() if v >= 0}
    return lines, found, size


_stated: dict[tuple[str, str, int], int] = {}  # the document that first states each frame


def project(root: Path, lines: list[str]) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "wire").mkdir()
    for k in range(4):
        part = lines[k::4]
        (root / "wire" / f"part-{k}.jsonl").write_text("\n".join(part) + "\n", "utf-8")
    (root / "claimcheck.yaml").write_text(
        "sources: sources\nclaims: claims\narchive:\n  path: index\n  sources: [wire]\n", "utf-8"
    )
    return root


def draft(lines: list[str], root: Path) -> Path:
    """A 5 KB draft: sentences of the archive, one in four with another figure."""
    rng = random.Random(3)
    chosen, size = [], 0
    while size < 5000:
        text = json.loads(rng.choice(lines))["text"]
        sentence = rng.choice(
            [s for s in text.split(". ") if any(c.isdigit() for c in s)] or [text]
        )
        if rng.random() < 0.25:
            sentence = sentence.replace("2", "3", 1) if "2" in sentence else sentence
        chosen.append(sentence.rstrip(".") + ".")
        size += len(chosen[-1]) + 1
    path = root / "draft.md"
    path.write_text("\n\n".join(chosen) + "\n", "utf-8")
    return path


def canonical() -> dict[str, str | None]:
    """Each measure's name as the extractor reads it (the index's ``measure``)."""
    from claimcheck.extract import extract
    from claimcheck.model import Quantity

    out = {}
    for measure, (_, wordings) in measures().items():
        text = wordings[0].format(c="Dongyuan", y=2019, v="5.5")
        figure = next(m for m in extract(text, published="2024-01-15") if isinstance(m, Quantity))
        out[measure] = figure.frame.measure if figure.frame else None
    return out


def cpu() -> float:
    """CPU seconds of this process and of its children that ended (pool workers, clusters)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(label: str, size: int, docs: int, action: callable, cpu_too: bool = True) -> float:  # type: ignore[valid-type]
    """Wall time and CPU time of ``action`` (CPU time shows the work when other jobs share the
    cores: MB per CPU second does not depend on them)."""
    start, used = time.perf_counter(), cpu()
    action()
    took, busy = time.perf_counter() - start, cpu() - used
    work = f"  (CPU {busy:6.1f} s, {size / 2**20 / max(busy, 1e-9):5.2f} MB per CPU second)"
    print(f"  {label:<34} {took:7.2f} s  {docs / took:8.0f} docs/s  {size / 2**20 / took:6.2f} MB/s"
          + (work if cpu_too else ""))  # fmt: skip
    return took


def process(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "claimcheck", *args], cwd=cwd, capture_output=True, check=False
    )
    return time.perf_counter() - start


def run(n: int, base: Path, engines: set[str]) -> None:
    _stated.clear()
    lines, planted, size = corpus(n)
    root = project(base / f"n{n}", lines)
    cfg = find(root)
    index = root / "index"
    print(
        f"N = {n:,} documents, {size / 2**20:.1f} MB of text, {len(planted)} planted disagreements"
    )
    for jobs in (1, 2):
        if f"pool{jobs}" in engines:
            shutil.rmtree(index, ignore_errors=True)
            # as a user runs it: a new process (its start included, about 0.5 s)
            timed(f"claimcheck archive build -j {jobs}", size, n,
                  lambda j=jobs: process(["archive", "build", "-j", str(j)], root))  # fmt: skip
    if engines & {"pool1", "pool2"}:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"  peak memory of a build process (the largest of the builds and their workers): {peak:.0f} MB"
        )
    if "dask" in engines:
        build_on_dask(cfg, index, size, n)
    report(cfg, root, index, lines, planted, size, n)


def build_on_dask(cfg: Config, index: Path, size: int, n: int) -> None:
    """A build from nothing on a LocalCluster of 2 worker processes (its start timed apart)."""
    from dask.distributed import Client, LocalCluster

    start, used = time.perf_counter(), cpu()
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cl,
        Client(cl) as client,
    ):
        print(f"  dask LocalCluster(2 processes) start  {time.perf_counter() - start:5.2f} s")
        shutil.rmtree(index, ignore_errors=True)
        timed(
            "build, dask, 2 workers", size, n, lambda: build(cfg, Engine.dask, client=client), False
        )
    busy = cpu() - used
    print(f"  (dask: CPU of the cluster's start, build and close {busy:.1f} s, "
          f"{size / 2**20 / busy:.2f} MB per CPU second; its workers count once they end)")  # fmt: skip


def report(
    cfg: Config, root: Path, index: Path, lines: list[str], planted: set[Any], size: int, n: int
) -> None:
    """Rebuild, index size, queries, planted disagreements found."""
    result = build(cfg, Engine.pool, 2)
    timed("rebuild, nothing changed", size, n, lambda: build(cfg, Engine.pool, 2))
    print(f"  index: {result.documents:,} documents, {result.total_figures:,} figures, "
          f"{on_disk(index) / 2**20:.1f} MB ({on_disk(index) / max(1, result.total_figures):.0f} bytes a figure)")  # fmt: skip
    start = time.perf_counter()
    groups = disagreements(index, "index")
    print(f"  conflicts --archive, query alone       {time.perf_counter() - start:5.2f} s")
    print(
        f"  claimcheck conflicts --archive -f json {process(['conflicts', '--archive', '-f', 'json'], root):5.2f} s (a new process)"
    )
    paper = draft(lines, root)
    print(
        f"  claimcheck check --archive (5 KB)      {process(['check', paper.name, '--archive', '-f', 'json'], root):5.2f} s (a new process)"
    )
    print(
        f"  claimcheck check, no archive (5 KB)    {process(['check', paper.name, '-f', 'json'], root):5.2f} s (a new process)"
    )
    names = canonical()
    planted = {(c, names[m], y) for c, m, y in planted}
    found = {(g["entity"], g["measure"], int(g["period"][:4])) for g in groups if g["period"]}
    hit = len(planted & found)
    print(
        f"  planted disagreements found: {hit} of {len(planted)}; other frames reported: {len(found - planted)}"
    )
    archive_conflicts(index, "index", Severity.warning)


# runs a command and prints its peak memory (KB) last: measured from a small process, since a
# child forked from this one (which may hold a large index in memory) counts its pages
_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:]); "
    "r = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(r.ru_maxrss, r.ru_utime + r.ru_stime, file=sys.stderr)"
)


def child(args: list[str], cwd: Path) -> tuple[float, float, float, bytes]:
    """Run ``claimcheck ARGS`` as a child process: its wall time, CPU seconds, peak memory
    (MB) and output."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, sys.executable, "-m", "claimcheck", *args], cwd=cwd,
        capture_output=True, check=False,
    )  # fmt: skip
    took = time.perf_counter() - start
    peak, busy = done.stderr.decode().strip().splitlines()[-1].split()
    return took, float(busy), int(peak) / 1024, done.stdout


def run_synthetic(figures: int, cities: int, base: Path) -> None:
    """The queries on an index of ``figures`` rows written directly (`synthetic_index`)."""
    import synthetic_index as syn

    root = base / f"synthetic-{figures}-{cities}"
    index, saved = root / "index", root / "planted.json"
    names = syn.cities(cities)
    if (index / "manifest.sqlite").is_file():  # kept (--keep) from a run before: queries only
        kept = json.loads(saved.read_text("utf-8")) if saved.is_file() else []
        planted = {(c, m, y) for c, m, y in kept}
        print(f"synthetic index: {figures:,} figures, {cities:,} cities, {len(planted)} planted "
              f"disagreements (kept from a run before), {on_disk(index) / 2**20:.0f} MB on disk")  # fmt: skip
    else:
        project(root, [])
        start, used = time.perf_counter(), cpu()
        planted = syn.write_index(index, figures, names, measures())
        took, busy = time.perf_counter() - start, cpu() - used
        saved.write_text(json.dumps(sorted(planted)), "utf-8")
        print(f"synthetic index: {figures:,} figures, {cities:,} cities, {len(planted)} planted "
              f"disagreements; written in {took:.0f} s (CPU {busy:.0f} s), "
              f"{on_disk(index) / 2**20:.0f} MB on disk")  # fmt: skip
    paper = syn.draft(root / "draft.md", names, measures())
    for label, args in (
        ("claimcheck check --archive (5 KB)", ["check", paper.name, "--archive", "-f", "json"]),
        ("claimcheck check, no archive (5 KB)", ["check", paper.name, "-f", "json"]),
        ("claimcheck conflicts --archive", ["conflicts", "--archive", "-f", "json"]),
    ):
        wall, busy, peak, out = child(args, root)
        print(f"  {label:<38} {wall:6.2f} s  (CPU {busy:5.2f} s)  peak {peak:5.0f} MB "
              "(a new process)")  # fmt: skip
    found = set()
    for conflict in json.loads(out or b"{}").get("conflicts", []):
        period = conflict["claims"][0]["period"]
        found.add((conflict["subject"], conflict["metric"], int(period[:4])))
    hit = len(planted & found)
    print(f"  planted disagreements found: {hit} of {len(planted)}; "
          f"other frames reported: {len(found - planted)}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--keep", type=Path, help="write the projects here and keep them")
    parser.add_argument(
        "--engines", default="pool1,pool2,dask", help="builds to time (pool1,pool2,dask)"
    )
    parser.add_argument("--synthetic-figures", type=int, metavar="N",
                        help="only the queries, on an index of N figures written directly")  # fmt: skip
    parser.add_argument("--synthetic-cities", type=int, default=40_000, metavar="N",
                        help="cities of the synthetic index (default 40,000)")  # fmt: skip
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-archive-"))
    try:
        if args.synthetic_figures:
            run_synthetic(args.synthetic_figures, args.synthetic_cities, base)
            return
        for n in args.sizes:
            run(n, base, set(args.engines.split(",")))
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
