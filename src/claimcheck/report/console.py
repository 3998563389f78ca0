"""The console every human report prints to, the number format people read, and `safe` text.

Colour is used only when the output is a terminal and ``NO_COLOR`` is not set; the same text
is printed without markup otherwise, so that golden files compare equal. Every string a human
report prints that comes from a draft, a source or the registry goes through `safe` first.
"""

from __future__ import annotations

import os
import re
import sys
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported when a human report prints, not for `safe` or JSON
    from rich.console import Console

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def console(file: IO[str] | None = None, width: int | None = None) -> Console:
    """A console for ``file`` (stdout by default) that honours NO_COLOR and non-terminals."""
    from rich.console import Console

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


# Control characters of C0 (but tab and line feed), DEL and C1, and the bidirectional overrides
# and isolates: text from drafts and sources that would move a terminal's cursor, set its
# title, or show a line in another order than it is stored ("Trojan source").
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """``text`` with every control character replaced by U+FFFD, one for one (columns stay)."""
    return _UNSAFE.sub("\ufffd", text)
