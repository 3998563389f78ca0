"""Typer without pydantic on the hot path: our own coercion of plain option values.

Typer 0.2x coerces each option value through a pydantic ``TypeAdapter``, which imports pydantic
and builds adapters on every run that is given an option: 0.1-0.3 s of a ``claimcheck check``
that should take 0.5 s. Our commands take only text, paths, enums (choices), lists of text and
flags; `FastCommand` gives those parameters a coercion built from typer's own pydantic-free
helpers (``coerce_cli_path``, ``coerce_cli_choice``). Anything else, and every value those
helpers reject, goes to typer's own coercion, so results and error messages are typer's.

These helpers are typer internals, so pyproject pins typer to the minor release that
``tests/test_fastcli.py`` runs on: it compares every command, with good and bad values, with
the fast path and without. With a typer that lacks them anyway, `FastCommand` changes nothing.
The win, measured as the best of 7 runs of ``claimcheck check --format json examples/draft.md``:
255 ms with the fast path, 335 ms without.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

try:
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
except ImportError:  # another typer: leave its coercion alone
    RuntimeParam = None  # type: ignore[assignment,misc]


def _plain(annotation: Any) -> bool:
    """Annotations our coercion handles: str, bool, Path, an Enum, list[str]."""
    if annotation in (str, bool, Path, list[str]):
        return True
    return isinstance(annotation, type) and issubclass(annotation, Enum)


def _speed_up(param: Any) -> Any:
    """Give a typer parameter of a plain type our coercion (unless it has one already)."""
    descriptor = getattr(param, "type_descriptor", None)
    if (
        RuntimeParam is None
        or descriptor is None
        or getattr(param, "_runtime_param", False) is not None
    ):
        return param
    info = descriptor.parameter_info
    if descriptor.file_annotation is None and info.parser is None and _plain(descriptor.annotation):
        param._runtime_param = PlainRuntimeParam(
            parameter_info=info, annotation=descriptor.annotation
        )
    return param


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):
        """Coercion of str, Path, Enum and list[str] values without pydantic."""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            info, annotation = self.parameter_info, self.annotation
            try:
                if (annotation is str and isinstance(value, str)) or (
                    annotation is bool and isinstance(value, bool)
                ):
                    return value
                if annotation == list[str] and isinstance(value, list | tuple):
                    if all(isinstance(v, str) for v in value):
                        return list(value)
                elif (
                    annotation is Path
                    and isinstance(value, str)
                    and value
                    and info.path_type is None
                ):
                    # a Path already, so that typer does not ask pydantic to make one
                    return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
                elif isinstance(annotation, type) and issubclass(annotation, Enum):
                    return coerce_cli_choice(
                        value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx
                    )
            except (ValueError, TypeError, typer.BadParameter):
                pass  # typer's own coercion gives its own message
            slow = build_runtime_param(param.type_descriptor)
            return slow._coerce_value(value, param=param, ctx=ctx)


class _Fast:
    """Mixin for a click command or group: its parameters coerced without pydantic."""

    params: list[Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            _speed_up(param)

    def get_help_option(self, ctx: Any) -> Any:
        """The ``--help`` flag, coerced without pydantic too."""
        return _speed_up(super().get_help_option(ctx))  # type: ignore[misc]


class FastCommand(_Fast, TyperCommand):
    """A typer command whose plain parameters are coerced without pydantic."""


class FastGroup(_Fast, TyperGroup):
    """The typer group of `FastCommand` commands: its options coerced without pydantic."""
