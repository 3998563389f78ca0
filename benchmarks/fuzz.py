"""A longer fuzz run of the extractor, for before a release (issue #12).

Usage::

    python benchmarks/fuzz.py [--minutes 10] [--batch 200] [--max-fragments 60]

Runs the properties of the CI fuzz tests (``tests/extract/test_fuzz.py``) for as long as asked,
in batches of fresh random examples: random news-like documents built from number fragments,
units, periods and unicode traps read without an exception, every span inside the text, the
surface text equal to the span's text, values finite, ranges low to high (`extract`, and
`stream` in small parts); the same documents, with Markdown markup in and around figures,
checked as drafts (each finding's span and text the draft's own); and formatted numbers read
back as themselves. The strategies are the
tests' own: this script puts the repository's ``tests/`` folder on ``sys.path`` and imports
its ``strategies`` module (benchmarks import nothing else from the tests, and hypothesis is no
runtime dependency). On a failure, hypothesis shrinks it and the falsifying example is printed;
the exit code is then 1. Add each one as a regression test.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import strategies  # noqa: E402  (the tests' strategies: see the docstring)


def _batch(examples: int, max_fragments: int) -> None:
    """One batch of each property, fresh random examples (no example database)."""
    config = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.shrink],
    )

    @config
    @given(strategies.document(max_fragments=max_fragments))
    def documents(text: str) -> None:
        strategies.check_document(text)

    @config
    @given(strategies.document(max_fragments=max_fragments))
    def drafts(text: str) -> None:
        strategies.check_draft(text)

    @config
    @given(strategies.formatted())
    def read_back(case: tuple) -> None:
        strategies.check_read_back(*case)

    documents()
    drafts()
    read_back()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--batch", type=int, default=200, help="examples per property per batch")
    ap.add_argument("--max-fragments", type=int, default=60)
    args = ap.parse_args(argv)
    end = time.monotonic() + args.minutes * 60
    batches = 0
    t0 = time.monotonic()
    while time.monotonic() < end:
        try:
            _batch(args.batch, args.max_fragments)
        except Exception:  # a falsifying example, shrunk and printed by hypothesis
            traceback.print_exc()
            print(f"fuzz: FAILED after {batches} batches", file=sys.stderr)
            return 1
        batches += 1
        print(
            f"fuzz: {batches} batches, {batches * args.batch * 3:,} examples, "
            f"{time.monotonic() - t0:.0f} s, no failure",
            file=sys.stderr,
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
