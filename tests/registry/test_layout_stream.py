"""Keeping a person's comments reads the registry's layout from YAML events, not its node tree;
the two give the same answers, so that a sync writes the same bytes: checked on the demo
registry and on texts with comments planted at random places (full lines at any indentation,
after values, inside block and quoted texts), with claims removed and added in between."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimcheck.errors import RegistryError
from claimcheck.model import Claim
from claimcheck.registry import comments, io, layout, tree_layout
from claimcheck.registry.read import read_text

ROOT = Path(__file__).resolve().parents[2]
DEMO = sorted((ROOT / "claims").glob("*.yaml"))

EXTRA = """version: 1
source: s
claims:
- id: a1
  text: 7.4 percent
  quote: "A long quote that the writer wraps over two lines because it is longer than a line of
    one hundred characters, #not a comment"
  value: 7.4
  note: |
    a block text
    # not a comment either
  extra: {x: [1, 2], y: 'z # w'}
  more:
  - one
  - two
- id: a2
  text: '3'
  quote: plain # a comment
  status: reviewed
"""


def _planted(text: str, rng: random.Random) -> str:
    lines = text.splitlines(keepends=True)
    for _ in range(rng.randint(1, 6)):
        n = rng.randrange(len(lines) + 1)
        if rng.random() < 0.5 or n == len(lines):
            indent = " " * rng.choice([0, 2, 4, 6])
            lines.insert(n, f"{indent}# note {n}\n")
        else:
            lines[n] = lines[n].rstrip("\n") + f"{' ' * rng.randint(1, 3)}# after {n}\n"
    return "".join(lines)


def _facts_agree(text: str) -> None:
    _, lines = comments.lines_with(text, "#")
    wanted = sorted(lines)
    events = layout.scan_facts(text, "x.yaml", lines, wanted)
    tree = tree_layout.tree_scan(text, "x.yaml", lines, wanted)
    assert events.claims == tree.claims
    assert events.owner == {n: o for n, o in tree.owner.items() if n in wanted}
    assert events.after == tree.after
    assert {n: sorted(s) for n, s in events.spans.items()} == {
        n: sorted(s) for n, s in tree.spans.items()
    }
    asked = list(range(0, len(tree.claims), 3))
    placed = layout.place_facts(text, "x.yaml", tree.claims, asked)
    whole = tree_layout.tree_place(text, "x.yaml")
    assert placed.top == whole.top
    for cid, claim in placed.claims.items():
        assert whole.claims[cid] == claim and whole.after[cid] == placed.after[cid]
    assert {tree.claims[a] for a in asked} <= set(placed.claims)


def _reads(text: str) -> bool:
    try:
        read_text(text, "x.yaml", None)
    except RegistryError:
        return False  # a comment planted where it ends a text: no registry file to keep
    return True


def _texts() -> list[str]:
    rng = random.Random(7)
    seeds = [EXTRA, *(p.read_text("utf-8") for p in DEMO)]
    planted = [_planted(seed, rng) for seed in seeds for _ in range(12)]
    return [t for t in planted if _reads(t)]


def test_layout_from_events_is_the_trees() -> None:
    texts = _texts()
    assert len(texts) > 40
    for text in texts:
        _facts_agree(text)


def test_sync_keeps_comments_as_through_the_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    for previous in _texts():
        source, _, claims = read_text(previous, "x.yaml", None)
        kept = [c for c in claims if rng.random() < 0.8]
        rng.shuffle(kept)
        kept.append(Claim(id="new1", source=source, text="1", quote="a new quote 1"))
        text = io.dumps(source, kept)
        streamed = comments.keep(previous, text, "x.yaml", io.HEADER)
        with monkeypatch.context() as m:
            m.setattr(
                layout, "scan_facts", lambda t, d, n, w: tree_layout.tree_scan(t, d, n, sorted(w))
            )
            m.setattr(layout, "place_facts", lambda t, d, c, a: tree_layout.tree_place(t, d))
            m.setattr(
                layout,
                "same_data",
                lambda a, b, d: repr(layout.parse(a, d)[0]) == repr(layout.parse(b, d)[0]),
            )
            tree = comments.keep(previous, text, "x.yaml", io.HEADER)
        assert streamed == tree


def _old_render(text: str, before: dict, inline: dict, end: list) -> str:
    """The writer's rendering as it was, a list of every line of the text."""
    parts = comments._BREAK.split(text)
    lines, breaks = parts[0::2], [*parts[1::2], ""]
    out: list[str] = []
    for n, (line, brk) in enumerate(zip(lines, breaks, strict=True)):
        if n in before:
            indent = len(line) - len(line.lstrip(" "))
            out.extend(" " * min(c.indent, indent) + c.text + "\n" for c in before[n])
        if n in inline:
            line += "".join((c.gap or "  ") + c.text for c in inline[n])
        out.append(line + brk)
    if end:
        if lines[-1]:
            out.append("\n")
        out.extend(c.text + "\n" for c in end)
    return "".join(out)


def test_lines_and_render_copy_the_text_as_the_list_of_its_lines_did() -> None:
    rng = random.Random(5)
    pieces = ["a: 1", "  b: x", "", " ", "#", "\n", "\r\n", "\r", "\x85", "\u2028", "\u2029"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        parts = comments._BREAK.split(text)
        lines = parts[0::2]
        head, found = comments.lines_with(text, "#", 2)
        assert head == lines[:2]
        assert found == {n: line for n, line in enumerate(lines) if "#" in line}
        pick = [n for n in range(len(lines)) if rng.random() < 0.4]
        note = comments.Comment(0, "# c", rng.randint(0, 4), " ", None, None, ())
        before = {n: [note] for n in pick if rng.random() < 0.5}
        inline = {n: [note] for n in pick if n not in before or rng.random() < 0.5}
        end = [note] if rng.random() < 0.5 else []
        assert comments._render(text, before, inline, end) == _old_render(text, before, inline, end)
