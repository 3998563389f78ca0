"""A figure's own words in its source sentence (check/stretches.py)."""

from __future__ import annotations

from claimcheck.check import stretches
from claimcheck.check.words import load as load_words
from claimcheck.lexicon import load as load_lexicon


def test_the_words_of_a_figure_end_at_a_clause_break() -> None:
    words = load_words(load_lexicon())
    sentence = "Exports rose 8% in April as shipments to Chile climbed 12%, while imports fell 3%."
    texts = ["8%", "12%", "3%"]
    placed = [
        stretches.Placed(None, sentence.find(t), sentence.find(t) + len(t))  # type: ignore[arg-type]
        for t in texts
    ]
    own = stretches.stretches_of(sentence, placed, words)
    assert own[0].lead == words.content("Exports rose")  # the opening
    assert own[0].opening == own[0].lead
    assert "chile" in own[1].lead and "chile" not in own[0].tail
    assert own[2].lead == words.content("imports fell")


def test_a_figure_set_off_by_commas_keeps_its_predicate() -> None:
    words = load_words(load_lexicon())
    sentence = "The longest wait, 212 minutes, was recorded at Harlow, beating the 187 minutes."
    texts = ["212 minutes", "187 minutes"]
    placed = [
        stretches.Placed(None, sentence.find(t), sentence.find(t) + len(t))  # type: ignore[arg-type]
        for t in texts
    ]
    own = stretches.stretches_of(sentence, placed, words)
    assert "harlow" in own[0].tail and "harlow" not in own[1].lead
