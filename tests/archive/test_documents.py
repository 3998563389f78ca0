"""The archive's documents: JSON Lines read a line at a time, bad lines named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.archive.documents import documents, jsonl
from claimcheck.errors import InputError


def _lines(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "a.jsonl"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return [d.key for d in jsonl(path, "a.jsonl")]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('{"id": "1", "text": "x"}\n{"id": "2", "text": \n', 2, "not JSON"),
        ('["a list"]\n', 1, "JSON object"),
        ('{"text": "no id"}\n', 1, "'id'"),
        ('{"id": "1"}\n', 1, "'text'"),
        ('{"id": "1", "text": 5}\n', 1, "'text'"),
        ('{"id": "1", "text": "x", "published": "2019-13"}\n', 1, "published"),
        ('{"id": "1", "text": "x", "url": 3}\n', 1, "'url'"),
        ('{"id": "1", "text": "x"}\n\n{"id": "1", "text": "y"}\n', 3, "duplicate"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    with pytest.raises(InputError) as caught:
        _lines(tmp_path, text)
    assert caught.value.path == "a.jsonl"
    assert caught.value.line == line
    assert message in caught.value.message


def test_non_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "1", "text": "ok"}\n{"id": "2", "text": "\xff"}\n')
    with pytest.raises(InputError) as caught:
        list(jsonl(path, "a.jsonl"))
    assert (caught.value.line, caught.value.message) == (2, "not UTF-8 text")


def test_good_lines_blank_lines_and_numeric_ids(tmp_path: Path) -> None:
    text = '{"id": 7, "text": "GDP grew 5%.", "published": "2019-05", "url": "https://x.example"}\n\n{"id": "b", "text": ""}\n'
    assert _lines(tmp_path, text) == ["a.jsonl#7", "a.jsonl#b"]


def test_folders_globs_and_files_once_each_in_order(tmp_path: Path) -> None:
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "news" / "b.md").write_text("GDP grew 5%.\n", "utf-8")
    (tmp_path / "news" / "sub" / "a.html").write_text("<p>GDP grew 5%.</p>\n", "utf-8")
    (tmp_path / "news" / "skip.pdf").write_bytes(b"%PDF")
    (tmp_path / "news" / ".hidden.md").write_text("x\n", "utf-8")
    (tmp_path / "w.jsonl").write_text('{"id": "1", "text": "x"}\n', "utf-8")
    keys = [d.key for d in documents(tmp_path, ["news", "*.jsonl", "news/b.md"])]
    assert keys == ["news/b.md", "news/sub/a.html", "w.jsonl#1"]


def test_missing_source_and_link_out_of_the_project(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        list(documents(tmp_path, ["nope"]))
    outside = tmp_path / "outside.md"
    outside.write_text("x\n", "utf-8")
    (tmp_path / "p" / "news").mkdir(parents=True)
    (tmp_path / "p" / "news" / "link.md").symlink_to(outside)
    with pytest.raises(InputError, match="outside the project"):
        list(documents(tmp_path / "p", ["news"]))
