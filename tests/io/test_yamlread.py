"""The safe YAML reader shared by registry and settlements files."""

from __future__ import annotations

import pytest

from claimcheck.errors import RegistryError
from claimcheck.io.yamlread import key_lines, parse


def test_plain_types_and_dates_as_written() -> None:
    data, node = parse("a: 1\nb: 2.5\nc: yes\nd: 2018-07-01\ne: ~\nf: [x, 'y']\n", "f.yaml")
    assert data == {"a": 1, "b": 2.5, "c": True, "d": "2018-07-01", "e": None, "f": ["x", "y"]}
    assert key_lines(node) == {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}


def test_empty_text_is_nothing() -> None:
    assert parse("", "f.yaml") == (None, None)
    assert key_lines(None) == {}


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (
            "a: 1\nb: !!python/object:os.system x\n",
            "tag !!python/object:os.system is not allowed",
            2,
        ),
        ("a: 1\na: 2\n", "duplicate key 'a'", 2),
        ("a: [1\nb: 2\n", "YAML syntax error", 2),
        ("? [1, 2]\n: x\n", "a key must be plain text", 1),
    ],
)
def test_errors_name_their_line(text: str, message: str, line: int) -> None:
    with pytest.raises(RegistryError) as caught:
        parse(text, "f.yaml")
    assert message in str(caught.value)
    assert caught.value.line == line


def test_an_alias_is_shared_not_copied() -> None:
    data, _ = parse("a: &x [1, 2]\nb: *x\n", "f.yaml")
    assert data["a"] is data["b"]
