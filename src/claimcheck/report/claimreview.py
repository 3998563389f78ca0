"""schema.org ClaimReview (JSON-LD) for ``claimcheck check --format claimreview``.

The format fact-checkers exchange verdicts in, and that search engines and Google's Fact Check
Tools read. One ``ClaimReview`` per supported, contradicted or misattributed number (an
unsupported one has no verdict to publish), in one JSON-LD document
(``{"@context": "https://schema.org", "@graph": [...]}``), each with:

- ``claimReviewed``: the draft's line around the figure, at most `SUMMARY` characters;
- ``reviewRating``: a `Rating` on a three-point scale (`RATINGS`, documented in the README),
  its ``alternateName`` the verdict in words, ``ratingExplanation`` the reason;
- ``itemReviewed``: a ``Claim`` whose ``appearance`` is the draft (its front matter's ``title``
  and ``url``, else its path) and, for a supported figure, whose ``firstAppearance`` is the
  source (title, url, publisher, date). A contradicted or misattributed figure did not appear in
  the source as the draft states it: saying it first appeared there would pin the error on the
  source, so for those the source is only the review's ``citation``, the evidence it rests on;
- ``author`` and ``url``: the ``publisher:`` of claimcheck.yaml (``url``: the draft's own
  ``url`` when its front matter gives one, the page the review is published with);
- ``datePublished``: today (or ``SOURCE_DATE_EPOCH``).

Without a ``publisher:`` section there is no author and no url, both of which a ClaimReview
needs: that is a usage error naming the config file. The contract is schema.org's vocabulary;
tests hold each review to Google's required and recommended ClaimReview properties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from claimcheck.check.gate import CheckRun, Finding
from claimcheck.config import Publisher
from claimcheck.errors import UsageError
from claimcheck.model import Verdict
from claimcheck.report import indented, today
from claimcheck.report.context import front_matter
from claimcheck.sources import Source

SUMMARY = 75  # Google's advice: under 75 characters, so a phone does not wrap it


@dataclass(frozen=True)
class Rating:
    """A verdict on the published scale."""

    value: int
    words: str  # alternateName: what search results show


BEST, WORST = 3, 1
RATINGS = {
    Verdict.supported: Rating(3, "True"),
    Verdict.misattributed: Rating(2, "Wrong period"),
    Verdict.contradicted: Rating(1, "False"),
}
_MARKUP = re.compile(r"^\s*(?:[#>*+-]+\s+|\d+[.)]\s+)*")


def summary(line: str, start: int, end: int, limit: int = SUMMARY) -> str:
    """The draft line around the figure (``start``/``end``: its 0-based span), trimmed to
    ``limit`` characters at word boundaries, Markdown list and heading marks dropped."""
    lead = len(_MARKUP.match(line).group(0))  # type: ignore[union-attr]  # the pattern matches ""
    text, start, end = line[lead:].rstrip(), max(0, start - lead), max(0, end - lead)
    if len(text) <= limit:
        return text
    room = max(0, limit - (end - start) - 2)
    lo = max(0, start - room // 2)
    hi = min(len(text), lo + limit - 2)
    lo = max(0, min(lo, hi - (limit - 2)))
    if lo > 0 and " " in text[lo:start]:
        lo = text.index(" ", lo) + 1
    if hi < len(text) and " " in text[end:hi]:
        hi = text.rindex(" ", end, hi)
    return ("…" if lo > 0 else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


def _work(name: str, url: Any = None, **more: Any) -> dict[str, Any]:
    """A CreativeWork with the fields that are known."""
    out: dict[str, Any] = {"@type": "CreativeWork", "name": name}
    if _web(url):
        out["url"] = url
    out.update({k: v for k, v in more.items() if v})
    return out


def source_work(source: Source, evidence: str | None) -> dict[str, Any]:
    """The source as a CreativeWork: title, address, publisher, date, the passage relied on."""
    publisher = {"@type": "Organization", "name": source.publisher} if source.publisher else None
    author = {"@type": "Person", "name": source.author} if source.author else None
    return _work(source.title or source.id, source.url, publisher=publisher, author=author,
                 datePublished=source.published, text=evidence)  # fmt: skip


def review(f: Finding, checked: CheckRun, publisher: Publisher, day: date) -> dict[str, Any]:
    """One number's ClaimReview."""
    draft = checked.draft(f.path)
    meta = front_matter(draft) if draft else {}
    rating = RATINGS[f.verdict]
    end = f.end_column - 1 if f.end_line == f.line else len(f.line_text)
    claim: dict[str, Any] = {
        "@type": "Claim",
        "appearance": _work(str(meta.get("title") or f.path), meta.get("url")),
    }
    if meta.get("author"):
        claim["author"] = {"@type": "Person", "name": str(meta["author"])}
    if meta.get("published"):
        claim["datePublished"] = str(meta["published"])
    source = checked.source(f.source)
    cited = source_work(source, f.evidence) if source else None
    if cited and f.verdict is Verdict.supported:
        claim["firstAppearance"] = cited
    out: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": meta["url"] if _web(meta.get("url")) else publisher.url,
        "claimReviewed": summary(f.line_text, f.column - 1, end),
        "datePublished": day.isoformat(),
        "author": {"@type": "Organization", "name": publisher.name, "url": publisher.url},
        "reviewRating": {"@type": "Rating", "ratingValue": rating.value, "bestRating": BEST, "worstRating": WORST,
                         "alternateName": rating.words, "name": f.verdict.value, "ratingExplanation": f.message},
        "itemReviewed": claim,
    }  # fmt: skip
    if cited:
        out["citation"] = cited
    return out


def _web(url: Any) -> bool:
    return isinstance(url, str) and url.startswith(("http://", "https://"))


def data(checked: CheckRun, day: date | None = None) -> dict[str, Any]:
    """The JSON-LD document: every supported, contradicted or misattributed number reviewed."""
    cfg = checked.project.config
    if cfg.publisher is None:
        raise UsageError(
            "--format claimreview needs a publisher: section (name, url) in the config: the "
            "reviews' author and url", cfg.shown
        )  # fmt: skip
    when = day or today()
    reviews = [
        review(f, checked, cfg.publisher, when)
        for f in checked.result.findings
        if f.verdict in RATINGS
    ]
    return {"@context": "https://schema.org", "@graph": reviews}


def dumps(checked: CheckRun, day: date | None = None) -> str:
    """The JSON-LD document as text."""
    return indented.dumps(data(checked, day)) + "\n"
