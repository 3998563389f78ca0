"""Time conflict detection (`claimcheck.compare.detect`) on synthetic registries of 1k-100k claims.

Run from the project folder::

    python benchmarks/bench_conflicts.py                  # 1k, 10k, 100k claims
    python benchmarks/bench_conflicts.py --sizes 1000 10000

The registry is built in memory (no YAML, no sources: the compare stage reads only claims): one
source per 20 claims, subjects drawn from n/25 synthetic city names, metrics from the lexicon's
metric terms, periods from 2000 to 2023, units percent (levels and growth rates), CNY, USD
conversions in brackets, counts; sentences with targets ("aims to"), "from A to B, up P
percent" and "X more than in YEAR". About one claim in ten restates another source's figure for
the same subject, metric and period, sometimes with a different value, a scale slip or another
year, so every path of grouping and classification runs. Printed: claims, conflicts by kind,
seconds, seconds per 1k claims (should stay flat when growth is near-linear) and the process's
peak resident memory so far (registry included; Linux ``ru_maxrss``). The target: 100k claims in under 10 s and 1 GB.

Figures are printed, never asserted: tests do not time anything.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import Counter

from claimcheck.compare import detect
from claimcheck.lexicon import load as load_lexicon
from claimcheck.model import Claim, Registry

SYLLABLES = ["chang", "shen", "da", "har", "bin", "lian", "yang", "an", "qi", "fu", "ben", "dan",
             "jin", "ying", "si", "tong", "mu", "jiang", "hei", "long", "liao", "ning", "ji", "lin"]  # fmt: skip


def city(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_claim(
    rng: random.Random, i: int, source: str, subject: str, metric: str, year: int
) -> list[Claim]:
    kind = rng.random()
    common = {"source": source, "subject": subject, "line": i % 400 + 1}
    if kind < 0.35:
        value = round(rng.uniform(1, 12), 1)
        text = f"{value} percent"
        quote = f"In {year}, {subject}'s {metric} grew {text} year on year."
        return [Claim(id=f"c{i:07d}", text=text, quote=quote, value=value, unit="percent", direction="up",
                      period=str(year), metric=f"{metric} growth, year on year", **common)]  # fmt: skip
    if kind < 0.55:
        value = round(rng.uniform(1, 900), 1)
        text, usd = f"{value} billion yuan", f"US${value / 6.9:.1f}b"
        quote = f"In {year}, {subject}'s {metric} reached {text} ({usd})."
        return [
            Claim(id=f"c{i:07d}", text=text, quote=quote, value=value * 1e9, unit="CNY", period=str(year),
                  metric=metric, **common),
            Claim(id=f"c{i:07d}u", text=usd, quote=quote, value=round(value / 6.9, 1) * 1e9, unit="USD",
                  period=str(year), metric=metric, **common),
        ]  # fmt: skip
    if kind < 0.65:
        value = rng.randint(100, 5000)
        text = f"{value:,}"
        quote = f"{subject} aims to have {text} {metric} firms by {year}."
        return [
            Claim(
                id=f"c{i:07d}",
                text=text,
                quote=quote,
                value=value,
                period=str(year),
                metric=metric,
                **common,
            )
        ]
    if kind < 0.8:
        a, b = rng.randint(10, 90), rng.randint(100, 900)
        up = round((b / a - 1) * 100) if rng.random() < 0.9 else rng.randint(5, 50)
        quote = f"Between {year - 2} and {year}, {subject}'s {metric} grew from {a} billion yuan to {b} billion yuan, an increase of {up} percent."
        return [
            Claim(id=f"c{i:07d}a", text=f"{a} billion yuan", quote=quote, value=a * 1e9, unit="CNY",
                  period=f"{year - 2}..{year}", metric=metric, **common),
            Claim(id=f"c{i:07d}b", text=f"{b} billion yuan", quote=quote, value=b * 1e9, unit="CNY",
                  period=f"{year - 2}..{year}", metric=metric, **common),
            Claim(id=f"c{i:07d}r", text=f"{up} percent", quote=quote, value=up, unit="percent", direction="up",
                  period=f"{year - 2}..{year}", metric=f"{metric} growth", **common),
        ]  # fmt: skip
    value = rng.randint(100, 900)
    text = f"{value}"
    quote = f"In {year}, {subject} counted {text} {metric} projects."
    return [Claim(id=f"c{i:07d}", text=text, quote=quote, value=value, period=str(year), metric=f"{metric} projects",
                  **common)]  # fmt: skip


def restate(rng: random.Random, claim: Claim, i: int, source: str) -> Claim:
    """Another source's take on the same figure: equal, rounded, off, slipped, or another year."""
    roll = rng.random()
    value, period = claim.value or 0, claim.period
    if roll < 0.5:
        value = round(value, 0) if abs(value) < 100 else value
    elif roll < 0.7:
        value = value * 1.2
    elif roll < 0.8:
        value = value * 1000
    elif period and period.isdigit():
        period = str(int(period) - 1)
    text = f"{value:g}" + (" percent" if claim.unit == "percent" else "")
    quote = claim.quote.replace(claim.text, text)
    return Claim(id=f"r{i:07d}", source=source, text=text, quote=quote, value=value, unit=claim.unit,
                 direction=claim.direction, period=period, subject=claim.subject, metric=claim.metric,
                 line=claim.line)  # fmt: skip


def registry(n: int, seed: int = 7) -> Registry:
    rng = random.Random(seed)
    metrics = [m for m in load_lexicon().metrics if m not in ("growth", "share", "market")]
    subjects = sorted({city(rng) for _ in range(max(10, n // 25))})
    reg = Registry()
    made: list[Claim] = []
    i = 0
    while len(made) < n:
        source = f"source-{len(made) // 20:05d}"
        if made and rng.random() < 0.1:
            new = [restate(rng, rng.choice(made[-5000:]), i, source)]
        else:
            new = make_claim(
                rng, i, source, rng.choice(subjects), rng.choice(metrics), rng.randint(2000, 2023)
            )
        for c in new:
            reg.claims.setdefault(c.source, []).append(c)
        made.extend(new)
        i += 1
    return reg


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    lexicon = load_lexicon()
    print(
        f"{'claims':>8} {'conflicts':>9}  {'by kind':<44} {'seconds':>8} {'s/1k':>7} {'peak RSS MB':>11}"
    )
    for n in args.sizes:
        reg = registry(n)
        total = len(reg.all())
        start = time.perf_counter()
        found = detect(reg, lexicon)
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
        kinds = ", ".join(
            f"{k} {v}" for k, v in sorted(Counter(str(c.kind) for c in found).items())
        )
        print(f"{total:>8,} {len(found):>9,}  {kinds:<44} {elapsed:>8.2f} {elapsed / total * 1000:>7.3f} "
              f"{peak / 2**20:>11.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
