"""An archive index of N figures written directly, for query benchmarks at sizes too large to
extract here (10M figures: about 200 MB of news, hours of extraction on two cores).

`write_index` writes rows in the index's own schema with the build's own writer and manifest:
segments of `SEGMENT_ROWS` rows (`claimcheck.archive.writer.write`: sorted, zstd, atomic), each
recorded with its documents (five figures a document) and merged as a build merges them
(`claimcheck.archive.compact`), the state ``complete``. The rows are
what the build makes of bench_archive's sentences: each measure's row is read once from a
real extraction of one of its wordings (role, stance, dimension, unit, compared unit, the
interval's half-width), then varied by measure (each stands for `OTHER_MEASURES` measures of
the index), city (``--synthetic-cities``, drawn with a skew: a few cities are in many
documents), year (2005 to 2023) and value. Every frame (city, measure, year)
has one true value, which its rows state; in one frame in 200, every seventh row states
another (a planted disagreement). One row in five names no city (as extraction leaves many
figures without an entity). `draft` writes a 5 KB draft of sentences about frames of the index,
one in four with another figure.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimcheck.archive import compact, writer
from claimcheck.archive.build import SEGMENT_ROWS, fingerprint
from claimcheck.archive.documents import Doc
from claimcheck.archive.manifest import Manifest
from claimcheck.archive.rows import NAMES, extract_batch

SYLLABLES = ["dong", "xi", "nan", "bei", "heng", "yuan", "port", "ling", "fen", "tai", "shan",
             "qiao", "lan", "mei", "ran", "zhou", "kang", "wei", "lu", "bao"]  # fmt: skip
YEARS = list(range(2005, 2024))
PER_DOC = 5  # figures a document
PLANTED = 200  # one frame in this many has a disagreeing figure
NO_ENTITY = 5  # one row in this many names no city
# each measure of bench_archive stands for this many in the index (one named by the draft's
# sentences, the others given other names): an archive measures many things
OTHER_MEASURES = 8


def templates(measures: dict[str, Any]) -> list[dict[str, Any]]:
    """Each measure's row as the build makes it (from the first wording, value 5.5 in 2019),
    with the wording and the normalised value of 5.5."""
    out = []
    for i, (name, (_, wordings)) in enumerate(sorted(measures.items())):
        wording = wordings[0]
        text = wording.format(c="Dongyuan", y=2019, v="5.5")
        doc = Doc(key=f"t{i}", path="t", digest="", text=text, published="2024-01-15")
        cols = extract_batch([doc]).columns
        row = {k: v[0] for k, v in cols.items()}
        row["name"], row["wording"] = name, wording
        out.append(row)
    return out


def cities(n: int, seed: int = 5) -> list[str]:
    """``n`` city names of two to four syllables ("Dongheng", "Xiportlanmei")."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < n:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize())
    return sorted(names)


def measure_name(tpls: list[dict[str, Any]], m: int) -> str:
    """The index's name of measure ``m``: beyond the templates, a measure no sentence of the
    draft names (worded as one that is)."""
    name = str(tpls[m % len(tpls)]["measure"])
    return name if m < len(tpls) else f"{name}_{m // len(tpls)}"


def skewed(rng: random.Random, n: int) -> int:
    """A city's number, the first ones the likeliest (the chance of the k-th is about 1/k: the
    first is in about 7% of 40,000 cities' figures)."""
    return min(int(n ** rng.random()) - 1, n - 1)


def truth(city: int, measure: int, year: int) -> float:
    """The true value of a frame (one decimal, stable: a hash of the frame)."""
    h = zlib.crc32(f"{city}:{measure}:{year}".encode())
    return round(2 + (h % 900) / 10, 1)


def planted(city: int, measure: int, year: int) -> bool:
    return zlib.crc32(f"p{city}:{measure}:{year}".encode()) % PLANTED == 0


def _rows(n: int, cities: list[str], tpls: list[dict[str, Any]], rng: random.Random,
          start: int, bad: dict[tuple[int, int, int], set[str]]) -> dict[str, list[Any]]:  # fmt: skip
    """Columns of ``n`` rows, numbered from ``start`` (their documents: ``start // PER_DOC``)."""
    cols: dict[str, list[Any]] = {k: [] for k in NAMES}
    for i in range(start, start + n):
        c = skewed(rng, len(cities))
        m, y = rng.randrange(len(tpls) * OTHER_MEASURES), rng.choice(YEARS)
        t = tpls[m % len(tpls)]
        value = truth(c, m, y)
        doc = f"wire/part-{i % 4}.jsonl#doc-{i // PER_DOC:08d}"
        named = rng.randrange(NO_ENTITY) != 0
        if planted(c, m, y):
            other = i % 7 == 0
            if named:  # a figure with no entity is in no frame
                bad.setdefault((c, m, y), set()).add(f"{other}:{doc}")
            value = round(value * 1.37 + 1, 1) if other else value
        norm = value * t["value"] / 5.5
        sentence = t["wording"].format(c=cities[c], y=y, v=f"{value:g}")
        row = dict(t)
        row["measure"] = measure_name(tpls, m)
        row.update(
            doc=doc, source=f"doc-{i // PER_DOC:08d}", path=f"wire/part-{i % 4}.jsonl", line=1,
            column=1 + (i % PER_DOC) * 80, text=f"{value:g}", value=norm,
            entity=cities[c].lower() if named else None, period=str(y), pfirst=y * 12,
            plast=y * 12 + 11, lo=norm - (t["value"] - t["lo"]) * 1,
            hi=norm + (t["hi"] - t["value"]), url=f"https://wire.example/{i // PER_DOC}",
            passage=sentence,
        )  # fmt: skip
        if t["low"] is not None:
            row["low"], row["high"] = norm, norm
        for k in NAMES:
            cols[k].append(row[k])
    return cols


def write_index(index: Path, figures: int, cities: list[str], measures: dict[str, Any],
                seed: int = 11) -> set[tuple[str, str, int]]:  # fmt: skip
    """Write an index of ``figures`` rows; the planted disagreements that it holds (frames
    with a disagreeing figure and an agreeing one in another document), as (city, measure,
    year) with the measure as the index names it."""
    rng = random.Random(seed)
    tpls = templates(measures)
    bad: dict[tuple[int, int, int], set[str]] = {}
    index.mkdir(parents=True, exist_ok=True)
    (index / ".gitignore").write_text("*\n", "utf-8")
    with Manifest(index) as man:
        man.set("extractor", fingerprint())
        man.set("state", "building")
        for start in range(0, figures, SEGMENT_ROWS):
            n = min(SEGMENT_ROWS, figures - start)
            cols = _rows(n, cities, tpls, rng, start, bad)
            name = man.next_segment()
            rows = writer.write(index, name, [writer.table(cols)])
            man.add_segment(name, rows, _docs(start, n))
            compact.compact(index, man, SEGMENT_ROWS)  # merged as a build merges them
        man.set("layout", str(writer.LAYOUT))
        man.set("state", "complete")
    found = set()
    for (c, m, y), docs in bad.items():
        wrong = {d.split(":", 1)[1] for d in docs if d.startswith("True")}
        right = {d.split(":", 1)[1] for d in docs if d.startswith("False")}
        if wrong and right and (len(wrong | right) > 1):
            found.add((cities[c].lower(), measure_name(tpls, m), y))
    return found


def _docs(start: int, n: int) -> Iterator[tuple[str, str, str, int]]:
    """The manifest's documents of rows ``start`` .. ``start + n`` (a document's figures may
    straddle two segments: it is recorded in the later one, with all its figures)."""
    first, last = start // PER_DOC, (start + n - 1) // PER_DOC
    for d in range(first, last + 1):
        if d * PER_DOC < start:
            continue  # recorded with the segment before
        key = f"wire/part-{d % 4}.jsonl#doc-{d:08d}"
        yield key, f"{d:032x}", f"doc-{d:08d}", PER_DOC


def draft(path: Path, cities: list[str], measures: dict[str, Any], seed: int = 3) -> Path:
    """A 5 KB draft about frames of the index (the skewed cities first), one sentence in four
    with another figure."""
    rng = random.Random(seed)
    tpls = sorted(measures.items())
    out, size = [], 0
    while size < 5000:
        c = skewed(rng, len(cities))
        m, y = rng.randrange(len(tpls)), rng.choice(YEARS)
        value = truth(c, m, y)
        if rng.random() < 0.25:
            value = round(value + 1.3, 1)
        wording = rng.choice(tpls[m][1][1])
        out.append(wording.format(c=cities[c], y=y, v=f"{value:g}"))
        size += len(out[-1]) + 2
    path.write_text("\n\n".join(out) + "\n", "utf-8")
    return path
