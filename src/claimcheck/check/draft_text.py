"""The mentions of a draft as a reader sees it: extracted in its visible text
(`claimcheck.check.visible`: markup gone, entities decoded) with its headlines read as prose
(`claimcheck.check.headline`), each placed back at its span in the file, with its text as
written there."""

from __future__ import annotations

import dataclasses

from claimcheck.check.headline import as_prose
from claimcheck.check.visible import Visible
from claimcheck.extract import extract
from claimcheck.extract.mentions import Lines
from claimcheck.lexicon import Lexicon
from claimcheck.model import Mention


def _as_written(m: Mention, text: str) -> Mention:
    """A mention read from a headline lower-cased, with its text and sentence as written."""
    start, end = m.span.start, m.span.end
    sentence = text[m.sentence_start : m.sentence_start + len(m.sentence)]
    return dataclasses.replace(m, text=text[start:end], sentence=sentence)


def mentions_of(
    text: str,
    written: str,
    shown: Visible | None,
    published: str | None,
    lexicon: Lexicon,
    names: frozenset[str],
) -> list[Mention]:
    """The mentions of a draft's prose ``text``: read in the text a reader sees (``shown``,
    when Markdown shows something else than its source: ``*8*%``, ``8&#37;``), its headlines
    read as prose (`claimcheck.check.headline`, offsets kept), each placed back where it
    stands in the draft, its surface text as ``written`` there."""
    base = shown.text if shown is not None else text
    read = as_prose(base, names)
    found = extract(read, published=published, lexicon=lexicon)
    if shown is None:
        return found if read is text else [_as_written(m, text) for m in found]
    lines = Lines(text, 1)
    out = []
    for m in found:
        start, end = shown.place(m.span.start, m.span.end)
        s_start, _ = shown.place(m.sentence_start, m.sentence_start + 1)
        sentence = base[m.sentence_start : m.sentence_start + len(m.sentence)]
        out.append(
            dataclasses.replace(
                m,
                text=written[start:end],
                span=lines.span(start, end),
                sentence_start=s_start,
                sentence=sentence,
            )
        )
    return out
