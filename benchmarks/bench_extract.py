"""Score and time the extractor on other projects' test suites (``../shared/suites/``).

Run from the project folder::

    python benchmarks/bench_extract.py            # scores + speed (1 MB)
    python benchmarks/bench_extract.py --no-speed # scores only
    python benchmarks/bench_extract.py --size 200000 --failures NumberModel

Every case of every file is run; nothing is special-cased. A case is skipped only when the suite
itself marks it ``NotSupported``/``NotSupportedByDesign`` for ``python`` or ``dotnet`` (the
Python port we compare with does not pass those either, or the behaviour is .NET-only), or, in
a number or unit file, when one of its expected results has no numeric value ("expects a mention
without a number": the bare word "dollar" as a currency mention; claimcheck extracts numeric
statements only, so such a case cannot pass). Skips are counted and reported per file, with
their reason.

Scoring rules (one per file, applied to every case of the file)
---------------------------------------------------------------
A mention *matches* an expected result when its value equals the expected value (relative
tolerance 1e-6) and, where the suite names a unit, its unit maps to the same canonical unit
(``UNIT_MAP``/``CURRENCY_MAP`` below; suite names are otherwise normalised by lower-casing,
"meter" -> "metre", "liter" -> "litre" and spaces -> "_"; a rate "A per B" is mapped part by part
and joined as claimcheck names rates, ``A_per_B``, and "inverse B" is ``per_B``). quantulum3's
counting units are converted to counts like any other unit conversion (``COUNTING_UNITS``: 1
dozen is the count 12, 1 gross 144, 1 baker's dozen 13), since claimcheck reads "a dozen" as the
count 12 and a count has no unit. Minor units are converted the same way (``MINOR``): the
suites count "50 cents" as 50 cents, claimcheck reads it as 0.50 of its currency; an amount
"per share" or "a head" is its currency's amount in the CurrencyModel, and claimcheck names the
rate (``USD_per_share``). A range mention (low/high) offers its low and high ends, and for
quantulum3 its midpoint, since quantulum3 reports ranges as midpoints; a date mention
offers its year as its value (claimcheck reads "1979" as a date, not a count).

* quantulum3 ``quantities.json``: a case passes when every expected quantity is matched by a
  mention whose text overlaps the expected surface, and no *extra* quantity is found (a
  ``Quantity`` mention overlapping none of the expected surfaces). "dimensionless" expects a
  mention without a unit (a count, a fraction, a year or an ordinal's number). We also report the
  share of expected values found (value recall), the figure quantulum3's target is stated in.
* Recognizers-Text ``NumberModel``/``PercentModel``/``CurrencyModel``/``DimensionModel``: a
  case passes when every expected result is matched by a mention overlapping the expected
  ``Start``..``End`` and no extra mention *of the model's kind* overlaps none of them (Number: any
  ``Quantity``; Percent: unit ``percent``; Currency: a money unit; Dimension: a physical unit).
  Ordinals and dates are their own kinds in claimcheck and never count as extra.
* Recognizers-Text ``DatePeriodExtractor``: every expected text overlaps a date mention, and no
  extra date mention is found. The file gives no reference date, so a relative expression ("in
  Jan", "next quarter") has no year to resolve: its span is what is scored. ``DatePeriodParser``:
  every expected text overlaps a date mention with a period, and the period must be the
  expected one: same first and last month as ``startDate`` and the day before
  ``endDate`` (past or future resolution). claimcheck's periods are whole months, so an expected
  range that does not start on the 1st or end at a month's end (days, weeks, weekends) fails.
  The case's ``ReferenceDateTime`` is passed as the publication date.

Speed: the five seed articles are repeated to about ``--size`` characters, and the same list of
documents is read by claimcheck's ``extract`` and by ``quantulum3.parser.parse`` in this run; the
ratio of their times is printed, and the ratio of ``extract``'s time to one scan of the same
documents with a number-shaped regular expression (``NUMBER_SHAPED``: the least any extractor
does; issue 14's target: within 10x). Then ``claimcheck extract FILE --format json`` is run on the
same text in one file as a subprocess (wall time, start-up included), and ``claimcheck --help``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUITES = SHARED / "suites"
SEEDS = SHARED / "seeds"

# Minor units as the suites count them ("50 cents" is 50 cents); claimcheck reads them as their
# currency in its major unit (0.50 USD), so an expected value in minor units is worth 0.01 of ours.
MINOR = "minor unit"
# quantulum3 unit names that normalisation alone does not map to ours.
UNIT_MAP = {
    "dimensionless": None,
    "percentage": "percent",
    "pound sterling": "GBP",
    "dollar": "USD",
    "euro": "EUR",
    "penny": MINOR,
    "cent": MINOR,
    "pound-mass": "pound_mass",
    "cubic centimetre": "millilitre",  # quantulum3 reads "ml" as cubic centimetres
    # Recognizers-Text DimensionModel
    "pound": "pound_mass",
    "ton": "tonne",
    "metric ton": "tonne",
    "turn": "turn",
}
# quantulum3's counting units, as the counts they stand for (claimcheck reads "a dozen" as 12).
COUNTING_UNITS = {"dozen": 12, "gross": 144, "baker's dozen": 13, "square dozen": 144}
# The first part of a rate: "count per week" is claimcheck's "times per week" (a frequency).
RATE_PART_MAP = {"count": "times"}
# Recognizers-Text CurrencyModel unit names to ISO codes (claimcheck's money units).
CURRENCY_MAP = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "chinese yuan": "CNY",
    "pound": "GBP",
    "british pound": "GBP",
    "cent": MINOR,
    "pence": MINOR,
    "penny": MINOR,
    "canadian dollar": "CAD",
    "japanese yen": "JPY",
    "franc": "CHF",
    "swiss franc": "CHF",
    "australian dollar": "AUD",
    "bitcoin": "BTC",
    "turkish lira": "TRY",
    "rupee": "INR",
    "mexican peso": "MXN",
    "finnish markka": "FIM",
    "hong kong dollar": "HKD",
    "peseta": "ESP",
    "netherlands guilder": "NLG",
    "costa rican colón": "CRC",
    "georgian lari": "GEL",
    "lao kip": "LAK",
    "sri lankan rupee": "LKR",
    "sen": "SEN",
    "satoshi": "SATOSHI",
    "new zealand dollar": "NZD",
}
# The skip reason of a case that expects a mention without a number (see the module docstring).
NO_NUMBER = "expects a mention without a number"
PHYSICAL = frozenset(
    ["length", "area", "volume", "mass", "speed", "angle", "information", "power", "energy"]
)


def canonical_unit(name: str | None, *, currency: bool = False) -> str | None:
    """A suite's unit name as claimcheck's canonical unit name.

    A rate's parts are mapped one by one and joined as claimcheck names rates: "dollar per
    hour" is ``USD_per_hour``, "kilometre per square second" ``kilometre_per_square_second``.
    """
    if name is None:
        return None
    low = name.lower()
    if currency:
        return CURRENCY_MAP.get(low, low)
    if low in UNIT_MAP:
        return UNIT_MAP[low]
    if low.startswith("inverse "):
        return "per_" + (canonical_unit(low[8:]) or "")
    if " per " in low:
        parts = [RATE_PART_MAP.get(p, canonical_unit(p)) for p in low.split(" per ")]
        return "_per_".join(p or "" for p in parts)
    return (
        low.replace("meter", "metre").replace("liter", "litre").replace("-", "_").replace(" ", "_")
    )


@dataclass
class FileScore:
    """One suite file's result."""

    name: str
    cases: int = 0
    skipped: int = 0
    passed: int = 0
    skip_reasons: Counter[str] = field(default_factory=Counter)
    values: int = 0
    values_found: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def run(self) -> int:
        return self.cases - self.skipped

    @property
    def percent(self) -> float:
        return 100.0 * self.passed / self.run if self.run else 0.0


def close(a: float | None, b: float) -> bool:
    """Equal within a relative tolerance of 1e-6."""
    return a is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def offers(m: Any, *, midpoint: bool) -> list[float]:
    """The values a mention can match: its value, a range's ends (and midpoint)."""
    out = [m.value] if m.value is not None else []
    if m.low is not None and m.high is not None:
        out += [m.low, m.high]
        if midpoint:
            out.append((m.low + m.high) / 2)
    return out


def overlaps(m: Any, start: int, end: int) -> bool:
    """True when the mention's span overlaps [start, end)."""
    return m.span.start < end and start < m.span.end


def run_cases(score: FileScore, path: Path, *, numeric: bool = False) -> Iterable[dict[str, Any]]:
    """The cases of a Recognizers-Text file to run, counting every case and each skip's reason.

    ``numeric``: the file's results resolve to numbers (a number or unit model).
    """
    for case in load_json(path):
        score.cases += 1
        reason = skip_reason(case, numeric=numeric)
        if reason:
            score.skipped += 1
            score.skip_reasons[reason] += 1
            continue
        yield case


def skip_reason(case: dict[str, Any], *, numeric: bool = False) -> str | None:
    """Why a Recognizers-Text case is skipped, or None."""
    for key in ("NotSupported", "NotSupportedByDesign"):
        platforms = str(case.get(key, "")).lower()
        for name in ("python", "dotnet"):
            if name in platforms:
                return f"{key}: {name}"
    if numeric and any(_expected_value(r.get("Resolution") or {}) is None for r in case["Results"]):
        return NO_NUMBER
    return None


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8-sig"))


# --- quantulum3 -------------------------------------------------------------------------------


def score_quantulum(extract: Callable[..., list[Any]], path: Path) -> FileScore:
    """quantulum3's quantities.json (see the module docstring for the rule)."""
    from claimcheck.model import Quantity

    score = FileScore(f"quantulum3/{path.name}")
    for case in load_json(path):
        score.cases += 1
        text = case["req"]
        found = extract(text)
        spans: list[tuple[int, int]] = []
        missing = []
        search_from: dict[str, int] = {}
        for res in case["res"]:
            surface = res["surface"]
            at = text.find(surface, search_from.get(surface, 0))
            if at < 0:
                at = text.find(surface)
            search_from[surface] = at + 1
            start, end = (at, at + len(surface)) if at >= 0 else (0, len(text))
            spans.append((start, end))
            unit = canonical_unit(res["unit"])
            value = float(res["value"])
            if res["unit"] and res["unit"].lower() in COUNTING_UNITS:
                value, unit = value * COUNTING_UNITS[res["unit"].lower()], None
            score.values += 1
            ok = False
            for m in found:
                if not overlaps(m, start, end):
                    continue
                worth = 1.0
                if unit is None:
                    unit_ok = m.kind != "quantity" or m.unit in (None, "fraction")
                else:
                    worth = minor_worth(m, unit)
                    unit_ok = m.kind == "quantity" and (m.unit == unit or worth != 1.0)
                if unit_ok and any(close(v, value * worth) for v in offers(m, midpoint=True)):
                    ok = True
                    break
            if ok:
                score.values_found += 1
            else:
                missing.append(f"{surface!r}={res['value']} {res['unit']}")
        extra = [
            m.text
            for m in found
            if isinstance(m, Quantity) and not any(overlaps(m, a, b) for a, b in spans)
        ]
        if not missing and not extra:
            score.passed += 1
        else:
            score.failures.append(
                f"{text[:100]!r}: missing {missing} extra {extra} got {_show(found)}"
            )
    return score


def minor_worth(m: Any, unit: str) -> float:
    """0.01 when the suite counts minor units ("50 cents" = 50 cents) and claimcheck reads them
    as a currency in its major unit (0.50 USD); else 1 (units compared as they are)."""
    got = getattr(m, "unit", None) or ""
    if unit == MINOR and re.fullmatch(r"[A-Z]{3}(?:_per_\w+)?", got):
        return 0.01
    return 1.0


def _show(found: Iterable[Any]) -> list[str]:
    out = []
    for m in found:
        value = m.value if m.value is not None else f"{m.low}..{m.high}"
        out.append(
            f"{m.kind[0]}:{m.text}={value}{'' if not getattr(m, 'unit', None) else ' ' + m.unit}"
        )
    return out


# --- Recognizers-Text numbers and units ----------------------------------------------------


def _expected_value(resolution: dict[str, Any]) -> float | None:
    raw = str(resolution.get("value", "")).strip().rstrip("%").replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return None


def _kind_filter(model: str) -> Callable[[Any], bool]:
    from claimcheck import lexicon

    lex = lexicon.load()

    def money(m: Any) -> bool:
        return m.kind == "quantity" and lex.dimension(m.unit).startswith("money")

    filters: dict[str, Callable[[Any], bool]] = {
        "number": lambda m: m.kind == "quantity",
        "percentage": lambda m: m.kind == "quantity" and m.unit == "percent",
        "currency": money,
        "dimension": lambda m: m.kind == "quantity" and lex.dimension(m.unit) in PHYSICAL,
    }
    return filters[model]


def score_recognizers(extract: Callable[..., list[Any]], path: Path, model: str) -> FileScore:
    """A Recognizers-Text NumberModel, PercentModel, CurrencyModel or DimensionModel file."""
    relevant = _kind_filter(model)
    score = FileScore(f"recognizers-text/{path.parent.name}/{path.name}")
    for case in run_cases(score, path, numeric=True):
        text = case["Input"]
        found = extract(text)
        spans = []
        missing = []
        for res in case["Results"]:
            start, end = int(res["Start"]), int(res["End"]) + 1
            spans.append((start, end))
            resolution = res.get("Resolution") or {}
            value = _expected_value(resolution)
            score.values += 1
            unit: str | None = None
            if model == "percentage":
                unit = "percent"
            elif model in ("currency", "dimension") and resolution.get("unit"):
                unit = canonical_unit(resolution["unit"], currency=model == "currency")
            ok = False
            for m in found:
                if not overlaps(m, start, end) or value is None:
                    continue
                worth = minor_worth(m, unit) if unit is not None else 1.0
                got = getattr(m, "unit", None) or ""
                # "$98 a share": the amount in dollars, per share (claimcheck keeps the rate)
                per = model == "currency" and unit is not None and got.startswith(f"{unit}_per_")
                if unit is not None and got != unit and worth == 1.0 and not per:
                    continue
                if m.kind == "ordinal":
                    continue
                if any(close(v, value * worth) for v in offers(m, midpoint=False)):
                    ok = True
                    break
            if ok:
                score.values_found += 1
            else:
                missing.append(f"{res['Text']!r}={resolution.get('value')} {unit or ''}")
        extra = [
            m.text for m in found if relevant(m) and not any(overlaps(m, a, b) for a, b in spans)
        ]
        if not missing and not extra:
            score.passed += 1
        else:
            score.failures.append(
                f"{text[:100]!r}: missing {missing} extra {extra} got {_show(found)}"
            )
    return score


# --- Recognizers-Text date periods ---------------------------------------------------------


def _month_range(start: str, end: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """First and last month of [start, end) when both ends fall on month boundaries."""
    try:
        a = dt.date.fromisoformat(start[:10])
        b = dt.date.fromisoformat(end[:10])
    except ValueError:
        return None
    last = b - dt.timedelta(days=1)
    if a.day != 1 or b.day != 1 or last < a:
        return None
    return (a.year, a.month), (last.year, last.month)


def score_dateperiod(extract: Callable[..., list[Any]], path: Path, *, parser: bool) -> FileScore:
    """DatePeriodExtractor (spans) or DatePeriodParser (spans and resolved periods)."""
    score = FileScore(f"recognizers-text/{path.parent.name}/{path.name}")
    for case in run_cases(score, path):
        text = case["Input"]
        reference = (case.get("Context") or {}).get("ReferenceDateTime")
        found = [m for m in extract(text, published=reference[:10] if reference else None)]
        dated = [m for m in found if m.kind == "date" and (m.period is not None or not parser)]
        spans = []
        missing = []
        for res in case["Results"]:
            start = int(res["Start"])
            end = start + int(res.get("Length", len(res["Text"])))
            spans.append((start, end))
            score.values += 1
            wanted = []
            if parser:
                value = res.get("Value") or {}
                for key in ("FutureResolution", "PastResolution"):
                    r = value.get(key) or {}
                    if "startDate" in r and "endDate" in r:
                        months = _month_range(r["startDate"], r["endDate"])
                        if months:
                            wanted.append(months)
            ok = any(
                overlaps(m, start, end)
                and (not parser or (m.period.first, m.period.last) in wanted)
                for m in dated
            )
            if ok:
                score.values_found += 1
            else:
                missing.append(repr(res["Text"]))
        extra = [m.text for m in dated if not any(overlaps(m, a, b) for a, b in spans)]
        if not missing and not extra:
            score.passed += 1
        else:
            score.failures.append(
                f"{text[:100]!r}: missing {missing} extra {extra} got "
                f"{[(m.text, m.period.label if m.period else None) for m in found]}"
            )
    return score


# --- speed ---------------------------------------------------------------------------------


def corpus(size: int) -> list[str]:
    """The seed articles, repeated until their total length reaches ``size`` characters."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    docs: list[str] = []
    total = 0
    while total < size:
        for text in seeds:
            docs.append(text)
            total += len(text)
            if total >= size:
                break
    return docs


# A number as most text writes one: an optional currency sign, digits with their grouping and
# decimals, an optional percent sign. What the extractor's own scan must at least do.
NUMBER_SHAPED = re.compile(r"[$€£¥]?\d[\d,]*(?:\.\d+)?%?")


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def speed(size: int) -> list[tuple[str, str]]:
    """Rows of the speed table."""
    from claimcheck.extract import extract

    docs = corpus(size)
    chars = sum(len(d) for d in docs)
    extract(docs[0])  # compile the patterns once, as a long-running process would
    ours = timed(lambda: [extract(d) for d in docs])
    # the floor: one scan of the same documents for number-shaped text, nothing read
    scans = [
        timed(lambda: [sum(1 for _ in NUMBER_SHAPED.finditer(d)) for d in docs]) for _ in range(3)
    ]
    scan = min(scans)
    rows = [
        ("text", f"{len(docs)} documents, {chars:,} characters"),
        ("claimcheck extract()", f"{ours:.3f} s"),
    ]
    theirs = _quantulum_time(docs)
    if theirs is None:
        rows.append(("quantulum3 parse()", "not installed (pip install '.[bench]')"))
    else:
        rows.append(("quantulum3 parse()", f"{theirs:.3f} s"))
        rows.append(("ratio (quantulum3 / claimcheck)", f"{theirs / ours:.1f}x (target >= 50x)"))
    rows += [
        ("one number-shaped regex scan (best of 3)", f"{scan:.4f} s"),
        ("ratio (claimcheck / regex scan)", f"{ours / scan:.1f}x (target <= 10x)"),
    ]
    exe = Path(sys.executable).parent / "claimcheck"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.txt"
        path.write_text("\n\n".join(docs), encoding="utf-8")
        cmd = [str(exe), "extract", str(path), "--format", "json"]
        wall = timed(
            lambda: subprocess.run(
                cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
        rows.append((f"claimcheck extract FILE --format json ({path.stat().st_size:,} bytes)",
                     f"{wall:.2f} s wall (target < 2 s)"))  # fmt: skip
    help_wall = min(
        timed(lambda: subprocess.run([str(exe), "--help"], check=True, stdout=subprocess.DEVNULL))
        for _ in range(3)
    )
    rows.append(("claimcheck --help (best of 3)", f"{help_wall:.3f} s wall (target < 0.2 s)"))
    return rows


def _quantulum_time(docs: list[str]) -> float | None:
    """quantulum3's time on ``docs``, or None where it is not installed (the ``bench`` extra):
    the rest of the speed table is still measured."""
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3

            q3.parse(docs[0])  # load its unit tables once
            return timed(lambda: [q3.parse(d) for d in docs])
    except ImportError:
        return None


def scores() -> list[FileScore]:
    from claimcheck.extract import extract

    rt = SUITES / "recognizers-text"
    return [
        score_quantulum(extract, SUITES / "quantulum3" / "quantities.json"),
        score_recognizers(extract, rt / "Number" / "NumberModel.json", "number"),
        score_recognizers(extract, rt / "Number" / "PercentModel.json", "percentage"),
        score_recognizers(extract, rt / "NumberWithUnit" / "CurrencyModel.json", "currency"),
        score_recognizers(extract, rt / "NumberWithUnit" / "DimensionModel.json", "dimension"),
        score_dateperiod(extract, rt / "DateTime" / "DatePeriodExtractor.json", parser=False),
        score_dateperiod(extract, rt / "DateTime" / "DatePeriodParser.json", parser=True),
    ]


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-speed", action="store_true", help="scores only")
    ap.add_argument("--no-scores", action="store_true", help="speed only")
    ap.add_argument("--size", type=int, default=1_000_000, help="characters of text to time")
    ap.add_argument("--failures", metavar="FILE", help="print failing cases of files matching")
    args = ap.parse_args(argv)
    os.chdir(ROOT)
    if not args.no_scores:
        results = scores()
        rows = [["file", "cases", "skipped (why)", "run", "passed", "%", "values found"]]
        for s in results:
            why = ", ".join(f"{n} {r}" for r, n in sorted(s.skip_reasons.items())) or "-"
            rows.append([
                s.name, str(s.cases), f"{s.skipped} ({why})" if s.skipped else "0", str(s.run),
                str(s.passed), f"{s.percent:.1f}",
                f"{s.values_found}/{s.values} ({100 * s.values_found / max(1, s.values):.1f}%)",
            ])  # fmt: skip
        print(table(rows))
        if args.failures:
            pattern = re.compile(args.failures, re.I)
            for s in results:
                if pattern.search(s.name):
                    print(f"\n## failures in {s.name}")
                    print("\n".join(s.failures))
    if not args.no_speed:
        print()
        print(table([["measure", "result"], *[list(r) for r in speed(args.size)]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
