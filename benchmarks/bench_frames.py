"""Score the draft gate on labelled sets: precision and recall per verdict, and sentence pairs.

Usage::

    python benchmarks/bench_frames.py [--devset tests/check/devset] [--pairs tests/check/pairs] [--show N]

*Development set* (``tests/check/devset/``): ``cases.yaml`` lists draft numbers, each with
its sentence and its expected verdict, judged against the demo corpus (``sources/`` and its
reviewed registry ``claims/``) plus the set's own sources (``devset/sources/``), whose claims
are made by ``sync`` in a scratch copy of the project. Reported: precision and recall of each
verdict; of contradicted+misattributed together (the verdicts that fail the gate); and how many
groups of cases that state one fact (``fact``) got one verdict.

*Sentence pairs* (``tests/check/pairs/*.yaml``): a premise (the only source) and a hypothesis
(the draft), labelled entailment, contradiction or neutral. Reported: the share of
contradictions the gate fails, and the shares of entailed and neutral hypotheses it fails
wrongly.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

from claimcheck.check.candidates import Statement
from claimcheck.check.gate import Draft, check_drafts
from claimcheck.check.match import CandidateIndex
from claimcheck.check.verdict import Verdict
from claimcheck.extract import extract
from claimcheck.lexicon import load as load_lexicon
from claimcheck.model import Quantity
from claimcheck.project import open_project
from claimcheck.sync import sync

REPO = Path(__file__).resolve().parents[1]
FAILING = {Verdict.contradicted, Verdict.misattributed}


def _verdict_of(
    index: CandidateIndex, lexicon: Any, text: str, figure: str, published: str | None = None
) -> tuple[Verdict | None, str]:
    head = f"---\npublished: {published}\n---\n" if published else ""
    report = check_drafts([Draft("case.md", head + text + "\n", True)], index, lexicon, ())
    for f in report.findings:
        if f.text == figure:
            return f.verdict, f.message
    # the labelled figure may be written wider or narrower than the mention ("17 addresses"
    # for the mention "17", "Nearly 9,000" for "9,000"): the finding inside it, or around it
    for f in report.findings:
        if f.text and (f.text in figure or figure in f.text):
            return f.verdict, f.message
    return None, "figure not judged; judged: " + ", ".join(f.text for f in report.findings)


def devset(folder: Path, show: int) -> dict[str, Any]:
    """Scores on the development set."""
    cases = yaml.safe_load((folder / "cases.yaml").read_text("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(REPO / "sources", root / "sources")
        shutil.copytree(REPO / "claims", root / "claims")
        shutil.copy(REPO / "claimcheck.yaml", root / "claimcheck.yaml")
        for src in sorted((folder / "sources").glob("*")):
            shutil.copy(src, root / "sources" / src.name)
        sync(open_project(root, use_cache=False))
        project = open_project(root, use_cache=False)
        index = CandidateIndex.build(project)
        got: list[tuple[dict[str, Any], Verdict | None, str]] = []
        for case in cases:
            verdict, message = _verdict_of(
                index, project.lexicon, case["text"], str(case["figure"])
            )
            got.append((case, verdict, message))
    scores: dict[str, Any] = {}
    for v in Verdict:
        tp = sum(1 for c, g, _ in got if g is v and c["verdict"] == v.value)
        said = sum(1 for _, g, _ in got if g is v)
        truth = sum(1 for c, _, _ in got if c["verdict"] == v.value)
        scores[v.value] = (tp / said if said else 1.0, tp / truth if truth else 1.0, truth)
    tp = sum(1 for c, g, _ in got if g in FAILING and c["verdict"] in {v.value for v in FAILING})
    said = sum(1 for _, g, _ in got if g in FAILING)
    truth = sum(1 for c, _, _ in got if c["verdict"] in {v.value for v in FAILING})
    scores["failing"] = (tp / said if said else 1.0, tp / truth if truth else 1.0, truth)
    groups: dict[str, set[str]] = defaultdict(set)
    for c, g, _ in got:
        if c.get("fact"):
            groups[str(c["fact"])].add(g.value if g else "none")
    scores["consistent"] = (sum(1 for v in groups.values() if len(v) == 1), len(groups))
    scores["cases"] = len(got)
    wrong = [(c, g, m) for c, g, m in got if (g.value if g else None) != c["verdict"]]
    by_class = Counter(str(c.get("class")) for c, _, _ in wrong)
    scores["wrong_by_class"] = dict(by_class.most_common())
    for c, g, m in wrong[:show]:
        print(
            f"  [{c.get('class')}] {c['name']}: want {c['verdict']}, got {g.value if g else None}: {m}",
            file=sys.stderr,
        )
        print(f"      {c['text']}", file=sys.stderr)
    return scores


def pairs(folder: Path, show: int) -> dict[str, Any]:
    """Scores on the sentence pairs."""
    lexicon = load_lexicon()
    counts: Counter[tuple[str, bool]] = Counter()
    shown = 0
    for path in sorted(folder.glob("*.yaml")):
        for pair in yaml.safe_load(path.read_text("utf-8")) or []:
            published = str(pair.get("published")) if pair.get("published") else None
            mentions = extract(pair["premise"], published=published, lexicon=lexicon)
            entries = [Statement("premise", m) for m in mentions if isinstance(m, Quantity)]
            # the premise is a source published that day (its front matter's date)
            dates = {"premise": published} if published else None
            index = CandidateIndex.of(list(entries), lexicon, dates)
            verdict, message = _verdict_of(
                index, lexicon, pair["hypothesis"], str(pair["figure"]), published
            )
            failed = verdict in FAILING
            counts[(pair["label"], failed)] += 1
            wrong = failed != (pair["label"] == "contradiction")
            if wrong and shown < show:
                shown += 1
                print(
                    f"  {pair['id']} ({pair['label']}): {verdict.value if verdict else None}: {message}",
                    file=sys.stderr,
                )
                print(f"      P: {pair['premise']}\n      H: {pair['hypothesis']}", file=sys.stderr)

    def rate(label: str) -> tuple[float, int]:
        total = counts[(label, True)] + counts[(label, False)]
        return (counts[(label, True)] / total if total else 0.0, total)

    return {
        "contradiction_caught": rate("contradiction"),
        "entailment_failed": rate("entailment"),
        "neutral_failed": rate("neutral"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devset", type=Path, default=REPO / "tests/check/devset")
    parser.add_argument("--pairs", type=Path, default=REPO / "tests/check/pairs")
    parser.add_argument("--show", type=int, default=0, help="print up to N wrong cases")
    args = parser.parse_args()
    d = devset(args.devset, args.show)
    print(f"development set: {d['cases']} draft numbers")
    for key in [v.value for v in Verdict] + ["failing"]:
        p, r, n = d[key]
        label = "contradicted+misattributed" if key == "failing" else key
        print(f"  {label:27} precision {p:.3f}  recall {r:.3f}  ({n} labelled)")
    ok, groups = d["consistent"]
    print(f"  one verdict for every wording of a fact: {ok} of {groups} facts")
    print(f"  wrong by class: {d['wrong_by_class']}")
    p = pairs(args.pairs, args.show)
    print("sentence pairs:")
    for key, (share, n) in p.items():
        print(f"  {key:22} {share:.1%} of {n}")


if __name__ == "__main__":
    main()
