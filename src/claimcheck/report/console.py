"""The console every human report prints to, and the number format people read.

Colour is used only when the output is a terminal and ``NO_COLOR`` is not set; the same text
is printed without markup otherwise, so that golden files compare equal.
"""

from __future__ import annotations

import os
import sys
from typing import IO

from rich.console import Console

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def console(file: IO[str] | None = None, width: int | None = None) -> Console:
    """A console for ``file`` (stdout by default) that honours NO_COLOR and non-terminals."""
    out = file or sys.stdout
    is_tty = hasattr(out, "isatty") and out.isatty()
    return Console(
        file=out,
        no_color="NO_COLOR" in os.environ or not is_tty,
        highlight=False,
        soft_wrap=not is_tty,
        width=width or (None if is_tty else 200),
        force_terminal=False if not is_tty else None,
    )


def number(value: float | int | None, grouped: bool = True) -> str:
    """A number for people: thousands separators (unless not ``grouped``), no exponent, no
    trailing zeros."""
    if value is None:
        return ""
    sep = "," if grouped else ""
    if float(value).is_integer():
        return f"{int(value):{sep}}"
    return f"{value:{sep}.6f}".rstrip("0").rstrip(".")
