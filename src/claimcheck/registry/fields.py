"""Validators of a registry file's fields: a number, a text, a choice of an enum; each a
`RegistryError` naming the field, its file and line when the value is not one."""

from __future__ import annotations

import math
from typing import Any

from claimcheck.errors import RegistryError
from claimcheck.model import Dimension, Role


def number(value: Any, key: str, path: str, line: int) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RegistryError(f"field {key!r} must be a number, not {value!r}", path, line)
    if not math.isfinite(value):
        raise RegistryError(f"field {key!r} must be a finite number, not {value!r}", path, line)
    return value


def text(value: Any, key: str, path: str, line: int, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise RegistryError(f"field {key!r} is missing", path, line)
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise RegistryError(f"field {key!r} must be text", path, line)
    return str(value)


def choice(value: Any, kind: type[Role] | type[Dimension], key: str, path: str, line: int) -> Any:
    """A frame field's value as its enum, or a `RegistryError` listing the choices."""
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(v.value for v in kind)
        raise RegistryError(f"field {key!r} must be one of {choices}", path, line) from None
