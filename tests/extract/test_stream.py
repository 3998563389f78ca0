"""`extract.stream`: a long text a part at a time, spans into the text; the cap on framed
figures per sentence; a source with more figures than a registry file can hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.extract import FRAMED_PER_SENTENCE, extract, stream
from claimcheck.model import Quantity
from claimcheck.project import CLAIM_BYTES, open_project

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("chunk", [1000, 2000, 10**6])
def test_stream_gives_what_extract_gives_on_prose(chunk: int) -> None:
    text = (REPO / "sources" / "newschina-2018-rust-to-riches.txt").read_text("utf-8")
    whole = extract(text, published="2018-12-17", first_line=5)
    parts = list(stream(text, published="2018-12-17", first_line=5, chunk=chunk))

    # the same figures, where they stand, read the same; what reads across a cut (a period
    # or entity a paragraph takes from the one before) may differ at a cut only
    def figures(found):
        return [(m.text, m.span, m.value, m.unit, m.sentence) for m in found]

    assert figures(parts) == figures(whole)
    if chunk >= len(text):
        assert parts == whole


def test_stream_spans_point_into_the_text() -> None:
    paragraph = "Exports rose 5% to $3.2 billion in 2019.\nImports fell 2 percent.\n\n"
    text = paragraph * 200 + "1% " * 5000 + "\n" + "x" * 3000 + " GDP grew 7.4 percent."
    found = list(stream(text, chunk=500))
    assert len([m for m in found if isinstance(m, Quantity)]) == 3 * 200 + 5000 + 1
    lines = text.split("\n")
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
        assert text[m.sentence_start : m.sentence_start + len(m.sentence)] == m.sentence
        line = lines[m.span.line - 1]
        assert line[m.span.column - 1 : m.span.end_column - 1] == m.text


def test_stream_line_map() -> None:
    text = "GDP grew 5%.\n\nExports rose 3%.\n\nImports fell 2%.\n"
    found = list(stream(text, line_map=[10, 11, 20, 21, 30, 31], chunk=5))
    assert [(m.text, m.span.line) for m in found] == [("5%", 10), ("3%", 20), ("2%", 30)]


def test_frames_are_read_for_the_first_figures_of_a_sentence() -> None:
    many = "GDP grew " + ", ".join(f"{i}%" for i in range(1, FRAMED_PER_SENTENCE + 11)) + "."
    found = [m for m in extract(many) if isinstance(m, Quantity)]
    assert len(found) == FRAMED_PER_SENTENCE + 10
    assert found[0].frame is not None and found[0].frame.measure == "gdp"
    past = found[FRAMED_PER_SENTENCE:]
    assert all(m.frame is not None and m.frame.measure is None for m in past)
    assert all(m.frame is not None and m.frame.dimension.value == "percent" for m in past)
    # a sentence of prose is far below the cap: its frames are what they always were
    short = "GDP grew 5%, 6% and 7%."
    assert all(m.frame and m.frame.measure == "gdp" for m in extract(short) if m.kind == "quantity")


def test_a_source_with_more_figures_than_a_registry_can_hold(tmp_path: Path, monkeypatch) -> None:
    import claimcheck.project as project_mod

    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "claimcheck.yaml").write_text("cache: false\n", "utf-8")
    (tmp_path / "sources" / "big.md").write_text("GDP grew 5%. " * 100 + "\n", "utf-8")
    monkeypatch.setattr(project_mod, "MAX_BYTES", 50 * (len("GDP grew 5%.") + CLAIM_BYTES))
    project = open_project(tmp_path)
    with pytest.raises(InputError, match="split the source") as caught:
        project.index(project.sources[0])
    assert caught.value.path == "sources/big.md"


def test_a_run_of_blanks_in_a_sentence_costs_its_length() -> None:
    """A sentence's "it"/"its" (a reference back) is searched for once, not from each blank of
    a long run of them (a nested Markdown list of 300 levels took 37 s): the time for a run
    four times as long grows about four times (step counts are not at hand: wide margin)."""
    import time

    def took(blanks: int) -> float:
        text = "".join(f"GDP grew{' ' * blanks}- 6.8% in 2018.\n" for _ in range(20))
        t0 = time.process_time()
        extract(text)
        return time.process_time() - t0

    took(10)
    assert took(1600) < 8 * took(400) + 0.05
