"""``check --format claimreview``: JSON-LD that meets the ClaimReview requirements.

The property lists are Google Search Central's for fact checks ("Fact check (ClaimReview)
structured data": required and recommended properties of ClaimReview, Claim and Rating), all
schema.org properties of those types.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.report.claimreview import summary

REQUIRED = {"ClaimReview": {"claimReviewed", "reviewRating", "url"}, "Rating": {"alternateName"}}
RECOMMENDED = {
    "ClaimReview": {"author", "datePublished", "itemReviewed"},
    "Claim": {"appearance", "author", "datePublished", "firstAppearance"},
    "Rating": {"bestRating", "name", "ratingValue", "worstRating"},
}
DRAFT = """\
---
title: Northeast China's comeback
url: https://desk.example/2024/comeback
author: A. Writer
published: 2024-06-01
---
In the first half of 2018, Changchun's GDP grew 8%, faster than ever.
Technology contract turnover reached 20.8 billion yuan in 2016.
Changchun aims for an automotive output value of 1 trillion yuan by 2025.
Harbin's ice festival drew 40 percent more skiers.
"""


def reviews(demo: Path, draft: str = DRAFT) -> tuple[int, dict]:
    config = demo / "claimcheck.yaml"
    config.write_text(
        config.read_text("utf-8") + "publisher:\n  name: Desk\n  url: https://desk.example/\n",
        "utf-8",
    )
    (demo / "draft.md").write_text(draft, "utf-8")
    result = CliRunner().invoke(app, ["check", str(demo / "draft.md"), "-C", str(demo), "-f", "claimreview"],
                                env={"SOURCE_DATE_EPOCH": "1718000000"})  # fmt: skip
    return result.exit_code, json.loads(result.stdout)


def test_one_review_per_verdict_with_googles_properties(demo: Path) -> None:
    code, doc = reviews(demo)
    assert code == 1  # the gate is the same as in any format
    assert doc["@context"] == "https://schema.org"
    graph = doc["@graph"]
    # the unsupported 40 percent has no review
    assert [r["reviewRating"]["name"] for r in graph] == [
        "contradicted",
        "misattributed",
        "supported",
    ]
    for r in graph:
        assert r["@type"] == "ClaimReview"
        assert REQUIRED["ClaimReview"] | RECOMMENDED["ClaimReview"] <= set(r)
        assert r["itemReviewed"]["@type"] == "Claim" and r["reviewRating"]["@type"] == "Rating"
        assert REQUIRED["Rating"] | RECOMMENDED["Rating"] <= set(r["reviewRating"])
        assert 0 < len(r["claimReviewed"]) <= 75 and r["claimReviewed"] in DRAFT
        assert r["datePublished"] == "2024-06-10"
        assert r["url"] == "https://desk.example/2024/comeback"
        assert r["author"] == {
            "@type": "Organization",
            "name": "Desk",
            "url": "https://desk.example/",
        }
        claim = r["itemReviewed"]
        assert claim["appearance"] == {"@type": "CreativeWork", "name": "Northeast China's comeback",
                                       "url": "https://desk.example/2024/comeback"}  # fmt: skip
        assert (
            claim["author"] == {"@type": "Person", "name": "A. Writer"}
            and claim["datePublished"] == "2024-06-01"
        )
        assert r["citation"]["@type"] == "CreativeWork" and r["citation"]["text"]
    # only a supported figure first appeared in the source; a wrong one is not pinned on it
    supported = graph[2]
    assert RECOMMENDED["Claim"] <= set(supported["itemReviewed"])
    assert (
        supported["itemReviewed"]["firstAppearance"]["name"]
        == "Changchun to rely on innovation as engine of ongoing revitalization"
    )
    assert supported["itemReviewed"]["firstAppearance"]["publisher"] == {
        "@type": "Organization",
        "name": "China Daily",
    }
    assert all("firstAppearance" not in r["itemReviewed"] for r in graph[:2])
    ratings = {
        r["reviewRating"]["name"]: (
            r["reviewRating"]["ratingValue"],
            r["reviewRating"]["alternateName"],
        )
        for r in graph
    }
    assert ratings == {
        "supported": (3, "True"),
        "misattributed": (2, "Wrong period"),
        "contradicted": (1, "False"),
    }
    assert all(
        (r["reviewRating"]["bestRating"], r["reviewRating"]["worstRating"]) == (3, 1) for r in graph
    )


def test_draft_without_front_matter_uses_the_publishers_url(demo: Path) -> None:
    _, doc = reviews(demo, "In the first half of 2018, Changchun's GDP grew 8%.\n")
    (r,) = doc["@graph"]
    assert r["url"] == "https://desk.example/"
    assert r["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork",
        "name": str(demo / "draft.md"),
    }


def test_without_publisher_is_a_usage_error(demo: Path) -> None:
    (demo / "draft.md").write_text("Changchun's GDP grew 8% in the first half of 2018.\n", "utf-8")
    result = CliRunner().invoke(
        app, ["check", str(demo / "draft.md"), "-C", str(demo), "-f", "claimreview"]
    )
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith("claimcheck: ")
    assert "needs a publisher: section" in result.stderr and "Traceback" not in result.stderr


def test_summary_trims_around_the_figure() -> None:
    line = "- " + "word " * 30 + "grew 8% in 2018, " + "more " * 30
    at = line.index("8%")
    text = summary(line, at, at + 2)
    assert len(text) <= 75 and "8%" in text and text.startswith("…") and text.endswith("…")
    assert summary("## GDP grew 8%.", 12, 14) == "GDP grew 8%."
