"""The one read rule (`claimcheck.io.files`): binary anywhere, UTF-8 with or without a BOM,
errors that name the file and line, in the caller's error type."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import InputError, RegistryError
from claimcheck.io import files


def test_text_with_and_without_bom() -> None:
    assert files.decode(b"Sales rose 5%.\n", "a.md", "a draft") == "Sales rose 5%.\n"
    assert files.decode("\ufeffSales rose 5%.\n".encode(), "a.md", "a draft") == "Sales rose 5%.\n"


def test_nul_anywhere_is_binary_and_names_its_line() -> None:
    data = b"line one\n" + b"x" * 20_000 + b"\nline three \x00\n"
    with pytest.raises(InputError) as caught:
        files.decode(data, "big.txt", "a text source")
    assert str(caught.value) == "big.txt:3: binary file, not a text source"


def test_not_utf8_names_line_and_byte() -> None:
    with pytest.raises(RegistryError) as caught:
        files.decode(b"id: x\ntext: caf\xe9\n", "claims/x.yaml", "a registry file", RegistryError)
    assert str(caught.value) == "claims/x.yaml:2: not UTF-8 text (byte 15)"


def test_unreadable_file_is_an_error_of_the_callers_type(tmp_path: Path) -> None:
    with pytest.raises(RegistryError) as caught:
        files.read_text(tmp_path / "missing.yaml", "missing.yaml", "a registry file", RegistryError)
    assert str(caught.value).startswith("missing.yaml: cannot read: ")


def test_read_text_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffGDP grew 7.4 percent.".encode())
    assert files.read_text(path, "a.txt", "text") == "GDP grew 7.4 percent."


def test_a_pipe_or_a_folder_is_refused_without_reading(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe")  # reading it would block forever
    with pytest.raises(InputError, match="not a regular file"):
        files.read_text(tmp_path / "pipe", "pipe", "text")
    with pytest.raises(InputError, match="is a folder"):
        files.read_text(tmp_path, "here", "text")


def test_a_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 3 * 2**20)
    with pytest.raises(InputError) as caught:
        files.read_bytes(path, "big.txt", limit=2**20)
    assert str(caught.value) == "big.txt: 3.0 MB is over the 1 MB a file may have"
    assert len(files.read_bytes(path, "big.txt")) == 3 * 2**20
