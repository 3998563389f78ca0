"""Reading a registry file holds its claims and little else: what it allocates on the way (over
what it keeps) is a fraction of the text, and grows with the text, not faster. Measured with
`tracemalloc` (Python's own count of what it allocates, the same on any machine); the node
tree the reader no longer builds took over 20 times the text on top of the claims. Time and the
process's memory are measured in ``benchmarks/bench_memory.py``, not here."""

from __future__ import annotations

import gc
import tracemalloc

from claimcheck.model import Claim
from claimcheck.registry import io, read


def _text(n: int) -> str:
    claims = [
        Claim(
            id=f"c{i:08x}",
            source="s",
            text=f"{i}.5 percent",
            quote=f"In the first half of 2018, the city's GDP grew {i}.5 percent year on year.",
            value=i + 0.5,
            unit="percent",
            period="2018-H1",
            subject="City",
            metric="GDP growth",
            line=i,
        )
        for i in range(n)
    ]
    return io.dumps("s", claims)


def _read(text: str) -> tuple[int, int]:
    """What reading ``text`` keeps and what it allocates at most (bytes)."""
    gc.collect()
    tracemalloc.start()
    try:
        kept = read.read_text(text, "claims/s.yaml", None)
        now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(kept[2]) == text.count("- id: ")
    return now, peak


def test_reading_allocates_little_besides_the_claims() -> None:
    small, large = _text(300), _text(1200)
    kept_small, peak_small = _read(small)
    kept_large, peak_large = _read(large)
    assert peak_large - kept_large < 2 * len(large)
    assert peak_small - kept_small < 2 * len(small)
    # four times the claims: about four times the memory, far from sixteen
    assert peak_large < 8 * peak_small
