"""Exception types the core raises; the CLI maps each to an exit code.

Every error names the file (and line, when there is one) it is about, so that the CLI can print
it as one line: ``path:line: message``.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class: an error the user can act on, printed as one line, exit code 2."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __reduce__(self) -> tuple[type[ClaimcheckError], tuple[str, str | None, int | None]]:
        # raised in a worker process (`claimcheck archive build`): keep the path and line
        return (type(self), (self.message, self.path, self.line))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(ClaimcheckError):
    """A file could not be read or does not have the expected shape."""


class RegistryError(InputError):
    """A claims file is malformed (syntax, unknown source, duplicate id, bad field)."""


class UnknownSourceError(RegistryError):
    """A registry file names a source the project does not have (deleted, renamed, or a file
    that could not be read)."""


class ConfigError(InputError):
    """The project config file is malformed."""


class UsageError(ClaimcheckError):
    """The command line asks for something that cannot be done."""
