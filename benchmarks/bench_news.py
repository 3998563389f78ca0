"""Score extraction on the labelled news sentences: precision, recall and F1 of the figures found.

Usage::

    python benchmarks/bench_news.py [--show N] [--class NAME] [--set tests/extract/news]

The set (``tests/extract/news/*.yaml``, described in its README.md) lists news sentences, each
with its class and the figures a fact checker should check in it: a value (or a range's low and
high), a unit (claimcheck's canonical names; none for a count, which may name its ``noun``) and a
frame role. Dates, years, clock times, scores and numbers in names are never expected figures.

Every sentence is read alone by ``claimcheck.extract.extract``; its quantity mentions (not dates
or ordinals) are its predicted figures. Predicted and expected figures are matched one to one (a
maximum matching), at three levels, each scored on its own:

* ``value``: equal values within a relative 1e-6, or, for ranges, equal low and high (a range
  never matches a single value);
* ``value+unit``: and the same unit; where the expected figure names a noun, the predicted noun's
  last word, made singular, equals the expected noun's;
* ``value+role``: and the same frame role.

Reported: precision, recall and F1 overall and per class, and how often a matched figure's
qualifier (where the label gives one) agrees. ``--show N`` prints up to N misses (expected figures
not found) and false figures (found, not expected) at the value level, with their sentences, and
then up to N unit and role disagreements among matched figures.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from claimcheck import framelex
from claimcheck.extract import extract
from claimcheck.lexicon import load as load_lexicon
from claimcheck.model import Quantity, Role

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests/extract/news"
ROLES = frozenset(r.value for r in Role)
LEVELS = ("value", "value+unit", "value+role")
_IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman", "staff": "staff",
              "species": "species", "aircraft": "aircraft", "cattle": "cattle", "loaves": "loaf",
              "lives": "life", "wives": "wife", "data": "data", "series": "series", "media": "media"}  # fmt: skip


def load_set(folder: Path = SET) -> list[dict[str, Any]]:
    """Every sentence of the set, in file and then file order."""
    out: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text("utf-8")) or []:
            item["file"] = path.name
            out.append(item)
    return out


def singular(word: str | None) -> str | None:
    """The last word of a noun, lower case and singular ("part-time jobs" is "job")."""
    if not word:
        return None
    last = word.lower().split()[-1]
    if last in _IRREGULAR:
        return _IRREGULAR[last]
    if last.endswith("ies") and len(last) > 4:
        return last[:-3] + "y"
    for tail in ("ches", "shes", "sses", "xes", "zes", "uses"):
        if last.endswith(tail):
            return last[:-2]
    if last.endswith("s") and not last.endswith(("ss", "us")) and len(last) > 2:
        return last[:-1]
    return last


@dataclass
class Figure:
    """One figure, expected or predicted, in the shape the matcher compares."""

    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    noun: str | None
    role: str | None
    qualifier: str | None = None
    text: str = ""

    def same_value(self, other: Figure) -> bool:
        if self.low is not None or other.low is not None:
            return (self.low is not None and other.low is not None and self.high is not None and other.high is not None
                    and _close(self.low, other.low) and _close(self.high, other.high))  # fmt: skip
        return (
            self.value is not None and other.value is not None and _close(self.value, other.value)
        )

    def same_unit(self, predicted: Figure) -> bool:
        """``self`` is the expected figure."""
        if self.unit != predicted.unit:
            return False
        return self.noun is None or singular(self.noun) == singular(predicted.noun)

    def agrees(self, predicted: Figure, level: str) -> bool:
        if not self.same_value(predicted):
            return False
        if level == "value+unit":
            return self.same_unit(predicted)
        if level == "value+role":
            return self.role == predicted.role
        return True


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def expected_figures(sentence: dict[str, Any]) -> list[Figure]:
    return [Figure(f.get("value"), f.get("low"), f.get("high"), f.get("unit"), f.get("noun"), f.get("role"),
                   f.get("qualifier"), str(f.get("text", "")))
            for f in sentence.get("figures") or []]  # fmt: skip


def predicted_figures(text: str, lexicon: Any, flex: Any) -> list[Figure]:
    out = []
    for m in extract(text, lexicon=lexicon, flex=flex):
        if isinstance(m, Quantity):
            role = m.frame.role.value if m.frame is not None else None
            out.append(Figure(m.value, m.low, m.high, m.unit, m.noun, role, m.qualifier, m.text))
    return out


def match(expected: list[Figure], predicted: list[Figure], level: str) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of expected to predicted figures (augmenting paths; the
    lists are a sentence's, so tiny). Pairs are (expected index, predicted index)."""
    owner: dict[int, int] = {}  # predicted index -> expected index

    def preference(i: int, j: int) -> tuple[bool, bool, bool]:
        # among equal values, try first the figure written where the label says, then the one
        # that also agrees on unit and role, so that misses and disagreements are reported
        # against the right figure ("two home runs", not the 2 of "11-2")
        e, p = expected[i], predicted[j]
        at = (
            bool(e.text)
            and bool(p.text)
            and (p.text.lower() in e.text.lower() or e.text.lower() in p.text.lower())
        )
        return (not at, not e.same_unit(p), e.role != p.role)

    def augment(i: int, seen: set[int]) -> bool:
        for j in sorted(range(len(predicted)), key=lambda j: preference(i, j)):
            p = predicted[j]
            if j in seen or not expected[i].agrees(p, level):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(expected)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_pred: int, n_exp: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_exp - tp

    def scores(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Result:
    """Per level, the tally overall and per class; and what went wrong, for ``--show``."""

    sentences: Counter[str] = field(default_factory=Counter)
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    misses: list[tuple[dict[str, Any], Figure]] = field(default_factory=list)
    false: list[tuple[dict[str, Any], Figure]] = field(default_factory=list)
    disagree: list[tuple[str, dict[str, Any], Figure, Figure]] = field(default_factory=list)
    qualifier: Counter[bool] = field(default_factory=Counter)

    def tally(self, level: str, cls: str) -> Tally:
        return self.tallies.setdefault((level, cls), Tally())

    def scores(self, level: str, cls: str = "all") -> dict[str, float]:
        t = self.tally(level, cls)
        p, r, f = t.scores()
        return {"precision": p, "recall": r, "f1": f, "tp": t.tp, "fp": t.fp, "fn": t.fn}


def run(folder: Path = SET, only: str | None = None) -> Result:
    """Extract and score every sentence of the set (of one class with ``only``)."""
    lexicon, flex = load_lexicon(), framelex.load()
    result = Result()
    for s in load_set(folder):
        cls = str(s["class"])
        if only and cls != only:
            continue
        result.sentences[cls] += 1
        exp = expected_figures(s)
        pred = predicted_figures(s["text"], lexicon, flex)
        for level in LEVELS:
            pairs = match(exp, pred, level)
            for key in ("all", cls):
                result.tally(level, key).add(len(pairs), len(pred), len(exp))
            if level == "value":
                got_e = {i for i, _ in pairs}
                got_p = {j for _, j in pairs}
                result.misses += [(s, e) for i, e in enumerate(exp) if i not in got_e]
                result.false += [(s, p) for j, p in enumerate(pred) if j not in got_p]
                for i, j in pairs:
                    if exp[i].qualifier is not None:
                        result.qualifier[exp[i].qualifier == pred[j].qualifier] += 1
                    if not exp[i].same_unit(pred[j]):
                        result.disagree.append(("unit", s, exp[i], pred[j]))
                    if exp[i].role != pred[j].role:
                        result.disagree.append(("role", s, exp[i], pred[j]))
    return result


def _fig(f: Figure) -> str:
    v = (
        f"{f.low:,.10g}..{f.high:,.10g}"
        if f.low is not None and f.high is not None
        else f"{f.value:,.10g}"
        if f.value is not None
        else "?"
    )
    parts = [v, f.unit or "-", f"noun={f.noun}" if f.noun else "", f.role or ""]
    return f"{f.text!r} " + " ".join(p for p in parts if p)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", type=Path, default=SET, help="folder of the labelled sentences")
    parser.add_argument("--class", dest="cls", default=None, help="score one class only")
    parser.add_argument(
        "--show", type=int, default=0, help="print up to N misses and false figures"
    )
    args = parser.parse_args()
    result = run(args.set, args.cls)
    if not result.sentences:
        known = sorted({str(s["class"]) for s in load_set(args.set)})
        parser.error(f"no sentence of class {args.cls!r}; classes: {', '.join(known)}")
    classes = sorted(result.sentences)
    total = sum(result.sentences.values())
    print(
        f"news set: {total} sentences, {result.tally('value', 'all').tp + result.tally('value', 'all').fn} expected figures"
    )
    print(f"{'class':14} {'sent':>4}  " + "  ".join(f"{lv:>20}" for lv in LEVELS))
    print(f"{'':14} {'':>4}  " + "  ".join(f"{'P     R     F1':>20}" for _ in LEVELS))
    for cls in ["all", *classes]:
        n = total if cls == "all" else result.sentences[cls]
        cells = []
        for lv in LEVELS:
            sc = result.scores(lv, cls)
            cells.append(f"{sc['precision']:.3f} {sc['recall']:.3f} {sc['f1']:.3f}")
        print(f"{cls:14} {n:>4}  " + "  ".join(f"{c:>20}" for c in cells))
    v = result.scores("value")
    print(f"value level: {v['tp']} found, {v['fn']} missed, {v['fp']} false")
    q = result.qualifier
    if q:
        print(
            f"qualifier agrees on {q[True]} of {q[True] + q[False]} matched figures that label one"
        )
    if args.show:
        print("\nmissed (expected, not found):", file=sys.stderr)
        for s, e in result.misses[: args.show]:
            print(f"  [{s['id']}] {_fig(e)}\n      {s['text']}", file=sys.stderr)
        print("\nfalse (found, not expected):", file=sys.stderr)
        for s, p in result.false[: args.show]:
            print(f"  [{s['id']}] {_fig(p)}\n      {s['text']}", file=sys.stderr)
        print("\nunit or role disagreements (expected | found):", file=sys.stderr)
        for what, s, e, p in result.disagree[: args.show]:
            print(
                f"  [{s['id']}] {what}: {_fig(e)} | {_fig(p)}\n      {s['text']}", file=sys.stderr
            )


if __name__ == "__main__":
    main()
