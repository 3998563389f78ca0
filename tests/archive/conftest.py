"""A small archive project: a config with an ``archive`` section, JSON Lines and Markdown
documents about a few cities with figures that agree, and some that disagree on purpose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CONFIG = """\
sources: sources
claims: claims
archive:
  path: index
  sources: [news, "extra/*.md"]
"""
CITIES = ("Dongyuan", "Xiheng", "Nanport", "Beiling")


def line(doc_id: str, text: str, published: str = "2021-03-01") -> str:
    return json.dumps(
        {"id": doc_id, "text": text, "published": published, "url": f"https://n.example/{doc_id}"}
    )


def agreeing() -> list[str]:
    """Documents whose figures agree (rounding: 7.4 percent and 7.40%; 12.5 and 12.50 billion)."""
    out = []
    for i, city in enumerate(CITIES):
        growth = 5.0 + i * 0.7
        out.append(
            line(
                f"{city}-gdp-a",
                f"In 2019, {city}'s GDP grew {growth:.1f} percent, the statistics bureau said.",
            )
        )
        out.append(
            line(
                f"{city}-gdp-b",
                f"{city}'s economy expanded {growth:.2f}% in 2019, officials said.\nIt was a good year.",
            )
        )
        out.append(
            line(f"{city}-exp-a", f"{city}'s exports rose to {10 + i}.5 billion yuan in 2020.")
        )
        out.append(line(f"{city}-none", "Nothing here is a figure; the council met on Tuesday."))
    return out


def write_project(root: Path, docs: list[str], extra: dict[str, str] | None = None) -> Path:
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "claims").mkdir(exist_ok=True)
    (root / "news").mkdir(exist_ok=True)
    (root / "claimcheck.yaml").write_text(CONFIG, "utf-8")
    (root / "news" / "wire.jsonl").write_text("\n".join(docs) + "\n", "utf-8")
    (root / "extra").mkdir(exist_ok=True)
    for name, text in (extra or {}).items():
        (root / "extra" / name).write_text(text, "utf-8")
    return root


PLANTED = line("Xiheng-gdp-wrong", "Xiheng's GDP grew 9.3 percent in 2019, a rival paper reported.")
MARKDOWN = {
    "note.md": "---\npublished: 2021-05-02\n---\nIn 2019, Dongyuan's GDP grew 5.0 percent.\n"
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return write_project(tmp_path / "p", [*agreeing(), PLANTED], MARKDOWN)
