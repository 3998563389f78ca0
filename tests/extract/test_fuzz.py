"""Fuzzing in CI: random news-like documents with unicode traps read without error and by the
rules (`tests.strategies`); formatted numbers read back as themselves. The same strategies
run for minutes before a release: ``python benchmarks/fuzz.py --minutes 10``."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from tests.strategies import check_document, check_draft, check_read_back, document, formatted


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document())
def test_documents_read_by_the_rules(text: str) -> None:
    check_document(text)


@settings(max_examples=200, deadline=None)
@given(formatted())
def test_formatted_numbers_read_back(case: tuple[str, Decimal]) -> None:
    check_read_back(*case)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document())
def test_documents_check_as_drafts(text: str) -> None:
    check_draft(text)
