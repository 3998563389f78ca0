"""The stages stay linear on pathological input: growth between two sizes, never a time limit.

Each test times the same work at n/4 and n (the best of two runs: a busy machine slows one run,
rarely both) and asserts a ratio far from quadratic (16) but with room for noise, in the style
of ``tests/extract/test_properties.py``. ``benchmarks/bench_scaling.py`` prints the figures.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from claimcheck import anchor
from claimcheck.check.gate import check_paths
from claimcheck.extract import extract
from claimcheck.model import Claim, Quantity
from claimcheck.project import open_project
from claimcheck.sync import sync
from claimcheck.verify import verify


def _best(work: Callable[[], object]) -> float:
    runs = []
    for _ in range(2):
        t0 = time.perf_counter()
        work()
        runs.append(time.perf_counter() - t0)
    return min(runs)


def _project(root: Path, source: str) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", encoding="utf-8")
    (root / "sources" / "s.txt").write_text(source, encoding="utf-8")
    return root


def test_check_of_many_figures_on_one_line_is_linear(demo: Path, tmp_path: Path) -> None:
    # every figure of a 2,000-character sentence used to work out the sentence's words again
    def draft(n: int) -> Path:
        path = tmp_path / f"d{n}.md"
        path.write_text(
            " ".join(f"it rose {i % 97} percent" for i in range(n)) + "\n", encoding="utf-8"
        )
        return path

    small, large = (draft(n) for n in (1_000, 4_000))
    t_small = _best(lambda: check_paths([str(small)], demo, use_cache=False))
    t_large = _best(lambda: check_paths([str(large)], demo, use_cache=False))
    assert t_large < 8 * t_small + 0.5, f"{t_small:.2f}s then {t_large:.2f}s for 4x the figures"


def test_sync_and_verify_of_a_repeated_figure_are_linear(tmp_path: Path) -> None:
    # "1% " repeated: claim ids hashed once per earlier twin, and every claim of a repeated
    # passage scanned every figure of it, so both were quadratic
    def run(n: int) -> float:
        root = _project(tmp_path / str(n), "1% " * n + "\n")

        def both() -> None:
            for f in (root / "claims").glob("*.yaml"):
                f.unlink()
            sync(open_project(root, use_cache=False))
            verify(open_project(root, use_cache=False))

        return _best(both)

    small, large = run(1_000), run(4_000)
    assert large < 8 * small + 0.5, f"{small:.2f}s then {large:.2f}s for 4x the figures"


def test_claims_of_a_passage_repeated_on_one_line_each_take_their_own_figure() -> None:
    # a table row or "1% 1% ..." repeated: each claim anchored at the first occurrence, and all
    # but the first occurrence's claims were lost (CC105) right after a sync
    text = "Growth was 1% in the year. " * 50
    mentions = [m for m in extract(text) if isinstance(m, Quantity)]
    claims = [
        Claim(
            id=f"c{i}",
            source="s",
            text=m.text,
            quote=m.sentence,
            line=1,
            value=m.value,
            unit=m.unit,
        )
        for i, m in enumerate(mentions)
    ]
    matches = anchor.match_claims(claims, anchor.SourceIndex(text, mentions), 85)
    assert [m.state for m in matches] == [anchor.EXACT] * len(mentions)
    assert len({id(m.mention) for m in matches}) == len(mentions)
