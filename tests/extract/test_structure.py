"""The extract package stays readable: no function over 60 lines, no module over 400 (issue #9).

Sizes are read from the source with `ast`: a function counts from its ``def`` line to its last
line, a module counts all its lines. The check itself is tested on made-up source, so that it
fails when a function or module is too long.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import claimcheck.extract

PACKAGE = Path(claimcheck.extract.__file__).parent
MODULES = sorted(PACKAGE.glob("*.py"))
MAX_FUNCTION = 60
MAX_MODULE = 400


def too_long(source: str) -> list[str]:
    """The functions of ``source`` longer than `MAX_FUNCTION` lines, and the module itself if it
    is longer than `MAX_MODULE`, each with its length."""
    found = [
        f"{node.name}: {node.end_lineno - node.lineno + 1} lines"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION
    ]  # fmt: skip
    lines = len(source.splitlines())
    if lines > MAX_MODULE:
        found.append(f"module: {lines} lines")
    return found


def test_the_package_has_modules() -> None:
    assert len(MODULES) > 10


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_long_function_or_module(path: Path) -> None:
    assert too_long(path.read_text("utf-8")) == []


def _function(name: str, body_lines: int, indent: str = "") -> str:
    body = "".join(f"{indent}    x = {i}\n" for i in range(body_lines))
    return f"{indent}def {name}() -> None:\n{body}"


def test_the_check_finds_a_long_function() -> None:
    assert too_long(_function("short", MAX_FUNCTION - 1)) == []
    assert too_long(_function("long", MAX_FUNCTION)) == ["long: 61 lines"]


def test_the_check_finds_a_long_method_and_nested_function() -> None:
    method = "class A:\n" + _function("method", MAX_FUNCTION, "    ")
    nested = "def outer() -> None:\n" + _function("inner", MAX_FUNCTION, "    ")
    assert too_long(method) == ["method: 61 lines"]
    assert "inner: 61 lines" in too_long(nested)


def test_the_check_finds_a_long_module() -> None:
    assert too_long("x = 1\n" * MAX_MODULE) == []
    assert too_long("x = 1\n" * (MAX_MODULE + 1)) == ["module: 401 lines"]
