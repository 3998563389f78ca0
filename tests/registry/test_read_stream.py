"""The registry reader that reads a claim at a time (YAML events) gives what reading the whole
node tree gives: the same claims, or the same error at the same line, for every registry file of
the repository, the bad and hostile ones, and for thousands of texts mutated from them."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimcheck.errors import RegistryError
from claimcheck.io import yamlevents
from claimcheck.io.yamlread import MAX_DEPTH
from claimcheck.registry import read

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(
    [
        *(ROOT / "claims").glob("*.yaml"),
        *(ROOT / "tests" / "registry" / "bad").glob("*.yaml"),
        *(ROOT / "tests" / "hostile" / "registry").glob("*.yaml"),
    ]
)
SOURCES = {"demo", "changchun-2018", "other"}

VALID = """# a person's comment
version: 1
source: demo
claims:
- id: c1
  text: 7.4 percent
  quote: "In 2018 the GDP grew 7.4 percent."
  value: 7.4
  unit: percent
  period: 2018-H1
  status: reviewed
  note: checked  # inline
- id: c2
  text: '12'
  quote: "In 2018 the GDP grew 7.4 percent."
  line: 3
  value: 12
  extra: {a: [1, 2, {b: c}], yes: no}
"""

CASES = {
    "source after claims": "claims:\n- id: a\n  text: '1'\n  quote: q 1\nsource: demo\n",
    "anchored root": "&r\nversion: 1\nsource: demo\nclaims:\n- id: a\n  text: '1'\n  quote: q 1\n",
    "tagged root": "!!map\nsource: demo\nclaims:\n- id: a\n  text: '1'\n  quote: q 1\n  status: x\n",
    "anchored claims": "source: demo\nclaims: &c\n- id: a\n  text: '1'\n  quote: q\n  value: x\n",
    "aliased item": "source: demo\nclaims:\n- id: a\n  text: '1'\n  quote: q 1\n  x: &i {id: b, text: '2', quote: q 2, value: z}\n- *i\n",
    "aliased scalar item": "source: demo\nclaims:\n- id: a\n  text: '1'\n  quote: &q q 1\n- *q\n",
    "aliased key": "source: demo\nclaims:\n- id: &k a\n  text: '1'\n  quote: q 1\n  *k : 3\n",
    "alias version": "version: &v 2\nsource: demo\nclaims: *v\n",
    "claims scalar": "source: demo\nclaims: 3\n",
    "claims true": "source: demo\nclaims: true\n",
    "claims mapping": "source: demo\nclaims: {}\n",
    "claims null": "source: demo\nclaims:\n",
    "claims twice": "source: demo\nclaims: []\nclaims:\n- id: a\n",
    "dup then syntax": "source: demo\nsource: demo\nclaims:\n- id: a\n  text: [1\n",
    "bad claim then dup": "source: demo\nclaims:\n- id: a\n- id: b\n  id: c\n",
    "bad claim then tag": "source: demo\nclaims:\n- text: a\n- id: b\n  x: !!python/name:os.system ''\n",
    "unknown then bad claim": "source: demo\nfoo: 1\nclaims:\n- id: a\n",
    "version then source": "version: 2\nclaims:\n- id: a\n",
    "bool key": "source: demo\nyes: 1\n",
    "int key": "source: demo\n1: 1\n",
    "null key": "source: demo\n~: 1\n",
    "seq key": "source: demo\n? [a]\n: 1\n",
    "true and 1 keys": "source: demo\nclaims:\n- id: a\n  text: '1'\n  quote: q 1\n  1: x\n  true: y\n",
    "two documents": "source: demo\nclaims: []\n---\nsource: x\n",
    "undefined alias": "source: demo\nclaims:\n- *nothing\n",
    "duplicate anchor": "source: &a demo\nclaims:\n- &a {id: a}\n",
    "self alias": "source: demo\nclaims:\n- &s {id: a, text: '1', quote: q 1, again: *s}\n",
    "unknown source": "source: elsewhere\nclaims:\n- id: a\n",
    "not a mapping": "- 1\n- 2\n",
    "scalar root": "hello\n",
    "explicit empty": "---\n",
    "empty": "",
    "comments only": "# nothing\n",
    "merge key": "source: demo\nclaims:\n- <<: {id: a}\n",
    "set": "source: demo\nclaims: !!set {a}\n",
    "explicit str tags": "source: !!str demo\nclaims: !!seq\n- id: !!str 12\n  text: !!str '1'\n  quote: q 1\n  value: !!float '3'\n",
    "local tag": "source: demo\nclaims: !foo []\n",
    "bang tag": "source: ! demo\nclaims: []\n",
    "deep": "source: demo\nclaims:\n- id: a\n  text: '1'\n  quote: q 1\n  x: "
    + "[" * (MAX_DEPTH + 5)
    + "]" * (MAX_DEPTH + 5)
    + "\n",
    "at depth": "source: demo\nclaims:\n- id: a\n  text: '1'\n  quote: q 1\n  x: "
    + "[" * (MAX_DEPTH - 3)
    + "]" * (MAX_DEPTH - 3)
    + "\n",
    "laughs": "a: &a [x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nsource: demo\n",
    "control character": "source: demo\x07\nclaims: []\n",
    "bom": "\ufeffsource: demo\nclaims: []\n",
}


def _outcome(reader, text: str) -> object:
    try:
        source, line, claims = reader(text, "claims/x.yaml", SOURCES)
    except RegistryError as exc:
        return type(exc).__name__, str(exc)
    return source, line, [repr(c) for c in claims]


def _same(text: str) -> None:
    streamed = _outcome(read.read_text, text)
    tree = _outcome(read._read_tree, text)
    assert streamed == tree, text


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_registry_file_reads_as_through_the_tree(path: Path) -> None:
    _same(path.read_bytes().decode("utf-8", "replace").removeprefix("\ufeff"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_cases_read_as_through_the_tree(name: str) -> None:
    _same(CASES[name])


def _mutations(text: str, rng: random.Random, n: int) -> list[str]:
    pieces = [":", " ", "\n", "-", "'", '"', "[", "]", "{", "}", "&a ", "*a", "!!", "#", "? ", "  "]
    out = []
    for _ in range(n):
        t = text
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(t) + 1)
            if rng.random() < 0.4:
                t = t[:at] + t[at + rng.randint(1, 4) :]
            elif rng.random() < 0.5:
                t = t[:at] + rng.choice(pieces) + t[at:]
            else:  # a line repeated: duplicate keys and claims
                start = t.rfind("\n", 0, at) + 1
                end = t.find("\n", at) + 1 or len(t)
                t = t[:end] + t[start:end] + t[end:]
        out.append(t)
    return out


def test_mutated_texts_read_as_through_the_tree() -> None:
    rng = random.Random(12)
    seeds = [VALID, *(CASES[k] for k in sorted(CASES))]
    for seed in seeds:
        for text in _mutations(seed, rng, 60):
            _same(text)


def test_a_text_is_read_in_pieces() -> None:
    chunks = yamlevents._Chunks("abcdef")
    assert [chunks.read(4), chunks.read(4), chunks.read(4)] == ["abcd", "ef", ""]
    assert yamlevents._Chunks("abc").read() == "abc"
