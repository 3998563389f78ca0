"""Severity of a finding or conflict, with the order the gates compare it by."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    """info < warning < error. A gate fails on findings at or above its ``fail_on``."""

    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _RANK[self]

    def at_least(self, other: Severity | str) -> bool:
        """True when this severity is ``other`` or above it."""
        return _RANK[self] >= _RANK[Severity(other)]


_RANK = {Severity.info: 0, Severity.warning: 1, Severity.error: 2}
