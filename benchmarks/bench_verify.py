"""Time `claimcheck verify` on synthetic projects of 1k, 10k and 100k claims.

Run from the project folder::

    python benchmarks/bench_verify.py                   # 1k, 10k, 100k claims
    python benchmarks/bench_verify.py --sizes 1000 10000
    python benchmarks/bench_verify.py --cli             # also time the CLI
    python benchmarks/bench_verify.py --keep /tmp/bench # keep the projects
    python benchmarks/bench_verify.py --jobs 1 2        # verify and sync --check per --jobs

Each project has one source per ten claims (100k claims: 10,000 sources), each source a short
news-like article of realistic sentences with figures (percentages, money with scale words and
conversions, counts, ranges, hedges, periods). The registry is built with `claimcheck sync`
(not timed); then a few sources are edited the ways sources change (a typo fix in a quoted
sentence, a changed figure, a deleted paragraph, a new sentence), so that verify also runs its
fuzzy paths. The figure is the wall time (and CPU time, the worker processes' included) of
`verify` (loading config, sources and registry, extracting, anchoring, reporting) in-process,
and with ``--cli`` of the ``claimcheck verify --format json`` command as a subprocess. The sync
that built the project kept every source's figures in the project's cache (`claimcheck.extract.
kept`), so the first verify extracts only the edited sources, but parses the registry files the
sync wrote (its registry cache is cold). The target (issue 14): 100k claims in under 30 s,
with time growing about linearly (the printed ratio per tenfold size should stay near 10).

With ``--jobs``, verify (the first figure) runs with the first number of worker processes
given, and then, for each number, verify again and ``sync(write=False)`` (what ``sync --check``
does: every source extracted and anchored, every registry file made, nothing written) are timed
in-process with that many processes extracting the sources (``claimcheck verify --jobs N``);
their reports are compared and must be the same. The registry and figure caches are warm for
these runs (delete ``.claimcheck-cache/`` in a ``--keep`` project to time a cold run).

Figures are printed, never asserted: tests do not time anything.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from claimcheck.config import DEFAULT_CONFIG
from claimcheck.project import open_project
from claimcheck.report import json as json_report
from claimcheck.sync import sync
from claimcheck.verify import verify

CITIES = [
    "Changchun",
    "Shenyang",
    "Dalian",
    "Harbin",
    "Jilin",
    "Anshan",
    "Daqing",
    "Qiqihar",
    "Fushun",
    "Benxi",
    "Dandong",
    "Jinzhou",
    "Yingkou",
    "Siping",
    "Tonghua",
    "Mudanjiang",
]
THINGS = [
    "new energy vehicles",
    "industrial robots",
    "vaccines",
    "satellites",
    "rail cars",
    "tractors",
    "wind turbines",
    "optical lenses",
]
MONTHS = ["January", "March", "May", "July", "September", "November"]

TEMPLATES = [
    "In the first half of {year}, {city}'s GDP grew {pct} percent year on year, according to the "
    "municipal statistics bureau.",
    "Turnover of technology contracts rose from {a} billion yuan (US${usd}m) to nearly {b} "
    "billion yuan between {y0} and {year}.",
    "The city is home to {n} high-tech enterprises and {m} research institutes.",
    "{city} produced about {k} {thing} in {year}, {pct2} percent more than a year earlier.",
    "Exports to Russia reached {c} million dollars in {month} {year}.",
    "Some {p} to {q} percent of graduates now stay in the province after their studies.",
    "Fixed-asset investment fell {pct3}% in the first three quarters of {year}.",
    "The provincial government plans to train {w} engineers by {y1}.",
]
FILLER = [
    "Officials say the reforms have improved the business environment.",
    "Local entrepreneurs describe a changed attitude in the city government.",
    "The old industrial base thrived during the planned economy but faltered after reforms.",
    "Analysts expect the momentum to continue as new industries mature.",
]


def _fill(template: str, rng: random.Random) -> str:
    year = rng.randint(2012, 2023)
    return template.format(
        year=year, y0=year - rng.randint(2, 4), y1=year + rng.randint(2, 6),
        city=rng.choice(CITIES), thing=rng.choice(THINGS), month=rng.choice(MONTHS),
        pct=f"{rng.uniform(1, 12):.1f}", pct2=rng.randint(3, 40), pct3=f"{rng.uniform(0.5, 9):.1f}",
        a=f"{rng.uniform(1, 9):.1f}", b=f"{rng.uniform(10, 40):.1f}", usd=f"{rng.uniform(100, 999):.1f}",
        n=rng.randint(200, 3000), m=rng.randint(10, 90), k=f"{rng.randint(2, 900):,}",
        c=rng.randint(20, 800), p=rng.randint(20, 40), q=rng.randint(41, 70), w=f"{rng.randint(2, 60):,}000",
    )  # fmt: skip


def article(i: int, rng: random.Random) -> str:
    """One synthetic source: front matter and three paragraphs, ten figures, some filler."""
    chosen = [t for t in TEMPLATES if "home to" not in t]  # seven sentences, ten quantities
    rng.shuffle(chosen)
    paras = []
    for lo, hi in ((0, 2), (2, 4), (4, 7)):
        sentences = [_fill(t, rng) for t in chosen[lo:hi]]
        sentences.insert(rng.randint(0, len(sentences)), rng.choice(FILLER))
        paras.append(" ".join(sentences))
    head = f"---\nid: src-{i:05d}\ntitle: Article {i}\npublished: '2023-0{1 + i % 9}-15'\n---\n"
    return head + "\n\n".join(paras) + "\n"


def build(folder: Path, claims: int, seed: int = 1) -> int:
    """A project of about ``claims`` claims in ``folder``; the number of claims it has."""
    rng = random.Random(seed)
    (folder / "sources").mkdir(parents=True)
    (folder / "claims").mkdir()
    (folder / "claimcheck.yaml").write_text(DEFAULT_CONFIG, encoding="utf-8")
    texts: list[Path] = []
    for i in range(max(1, claims // 10)):  # ten quantities per article
        path = folder / "sources" / f"src-{i:05d}.txt"
        path.write_text(article(i, rng), encoding="utf-8")
        texts.append(path)
    result = sync(open_project(folder))
    total = result.added
    _mutate(texts, rng)
    return total


def _mutate(paths: list[Path], rng: random.Random) -> None:
    """Edit one source in fifty the way sources change, so verify runs its fuzzy paths."""
    for n, path in enumerate(rng.sample(paths, max(1, len(paths) // 50))):
        text = path.read_text("utf-8")
        kind = n % 4
        if kind == 0:  # a typo fix
            text = text.replace(" percent", " per cent", 1)
        elif kind == 1:  # a changed figure
            text = text.replace("0 ", "5 ", 1)
        elif kind == 2:  # a deleted paragraph
            head, _, body = text.rpartition("---\n")
            paras = body.split("\n\n")
            paras.pop(1)
            text = head + "---\n" + "\n\n".join(paras)
        else:  # a new sentence
            text = text.rstrip("\n") + " A further 17 plants opened in 2024.\n"
        path.write_text(text, encoding="utf-8")


def cpu() -> float:
    """CPU seconds (user and system) of this process and of its ended worker processes."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def time_core(folder: Path, jobs: int = 1) -> tuple[float, float, dict[str, int]]:
    """Wall and CPU seconds for open_project + verify + JSON report, and the summary."""
    start, used = time.perf_counter(), cpu()
    report = verify(open_project(folder), jobs)
    data = json_report.verify_data(report)
    json_report.dumps(data)
    return time.perf_counter() - start, cpu() - used, data["summary"]


def time_jobs(folder: Path, jobs: list[int]) -> None:
    """verify and sync(write=False) with each number of worker processes; same results."""
    reports, results = set(), set()
    for n in jobs:
        start, used = time.perf_counter(), cpu()
        report = json_report.dumps(json_report.verify_data(verify(open_project(folder), n)))
        verified, verified_cpu = time.perf_counter() - start, cpu() - used
        start, used = time.perf_counter(), cpu()
        result = sync(open_project(folder), write=False, jobs=n)
        synced, synced_cpu = time.perf_counter() - start, cpu() - used
        reports.add(report)
        results.add(result)
        print(
            f"    --jobs {n}: verify {verified:7.2f} s (CPU {verified_cpu:.2f} s), "
            f"sync --check {synced:7.2f} s (CPU {synced_cpu:.2f} s)",
            flush=True,
        )
    print(f"    same report and sync result for every --jobs: {len(reports) == len(results) == 1}")


def time_cli(folder: Path) -> float:
    """Seconds for ``claimcheck verify --format json`` as a subprocess."""
    exe = Path(sys.executable).with_name("claimcheck")
    start = time.perf_counter()
    subprocess.run([str(exe), "verify", "-C", str(folder), "--format", "json"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--cli", action="store_true", help="also time the CLI as a subprocess")
    parser.add_argument("--keep", type=Path, help="build projects here and keep them")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1], help="worker processes")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="claimcheck-bench-"))
    rows: list[tuple[int, int, float, float | None]] = []
    try:
        for size in args.sizes:
            folder = base / f"claims-{size}"
            if folder.exists():
                shutil.rmtree(folder)
            t0 = time.perf_counter()
            claims = build(folder, size)
            built = time.perf_counter() - t0
            seconds, used, summary = time_core(folder, args.jobs[0])
            cli = time_cli(folder) if args.cli else None
            rows.append((size, summary["sources"], seconds, cli))
            print(
                f"{summary['claims']:>7,} claims {summary['sources']:>6,} sources: verify "
                f"{seconds:7.2f} s in-process (CPU {used:.2f} s)"
                + (f", {cli:7.2f} s CLI" if cli is not None else "")
                + f"  ({summary['errors']} errors, {summary['warnings']} warnings; "
                f"built in {built:.1f} s)",
                flush=True,
            )
            if len(args.jobs) > 1:
                time_jobs(folder, args.jobs)
            del claims
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    for (s0, _, t0_, _), (s1, _, t1_, _) in zip(rows, rows[1:], strict=False):
        print(f"growth {s0:,} -> {s1:,} claims (x{s1 / s0:g}): time x{t1_ / t0_:.1f}")


if __name__ == "__main__":
    main()
