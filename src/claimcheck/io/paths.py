"""Listing files and their display paths (relative to the project root) fast.

`Path.resolve`, `Path.glob` and sorting `Path` objects cost tens of microseconds per file; for
the 10,000 files of a large project that is most of a second. `Displays` resolves each folder
once and joins the file name, resolving a file itself only when it is a symbolic link;
`list_folder` and `walk` list names with `os.scandir` and sort them the way `Path` objects sort.
The results are those of ``sorted(folder.glob("*"))``, ``sorted(folder.rglob("*"))`` and
``path.resolve().relative_to(base)``.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from claimcheck.errors import UsageError


class Displays:
    """Display paths of files relative to ``base`` (an already resolved folder), if any."""

    def __init__(self, base: Path | None) -> None:
        self.base = base
        self._folders: dict[str, str | None] = {}

    def __call__(self, path: Path) -> str:
        """``path`` relative to the base when it is inside it, else as given."""
        return self.of(str(path.parent), path.name, path.is_symlink())

    def of(self, folder: str, name: str, is_symlink: bool) -> str:
        """The display path of the file ``name`` in ``folder``."""
        path = os.path.join(folder, name)
        if self.base is None:
            return Path(path).as_posix()
        if is_symlink:
            try:
                return Path(path).resolve().relative_to(self.base).as_posix()
            except ValueError:
                return Path(path).as_posix()
        if folder in self._folders:
            prefix = self._folders[folder]
        else:
            try:
                rel = Path(folder).resolve().relative_to(self.base).as_posix()
                prefix = "" if rel == "." else rel + "/"
            except ValueError:
                prefix = None
            self._folders[folder] = prefix
        return Path(path).as_posix() if prefix is None else prefix + name


def list_folder(folder: Path) -> list[os.DirEntry[str]]:
    """The entries of ``folder``, sorted by name (none when it cannot be listed)."""
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except PermissionError:
        return []
    entries.sort(key=lambda e: e.name)
    return entries


def walk(folder: Path) -> list[os.DirEntry[str]]:
    """Every entry below ``folder`` (symbolic links to folders not followed), sorted as paths."""
    found: list[tuple[tuple[str, ...], os.DirEntry[str]]] = []

    def visit(path: str, parts: tuple[str, ...]) -> None:
        try:
            with os.scandir(path) as it:
                entries = list(it)
        except PermissionError:
            return
        for entry in entries:
            here = (*parts, entry.name)
            found.append((here, entry))
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                visit(entry.path, here)

    visit(str(folder), ())
    found.sort(key=lambda item: item[0])
    return [entry for _, entry in found]


def suffix(name: str) -> str:
    """The suffix of a file name, as `PurePath.suffix` gives it."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


STDIN = "-"


def expand(paths: Sequence[str], suffixes: Collection[str]) -> list[str]:
    """The files named on a command line, in order: a folder gives its files with one of
    ``suffixes`` (walked, sorted), a file or ``-`` (standard input) stands for itself, and
    anything named twice (a path repeated, a file inside a folder also given, ``-`` twice) is
    kept once, where it is first named. A name that does not exist is kept as given, for the
    caller to report."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if raw != STDIN and path.is_dir():
            names = [
                str(p)
                for p in sorted(path.rglob("*"))
                if p.suffix.lower() in suffixes and p.is_file()
            ]
        else:
            names = [raw]
        for name in names:
            key = name if name == STDIN or not os.path.exists(name) else str(Path(name).resolve())
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out


def refuse_overwrite(output: Path, files: Iterable[Path], folders: Iterable[Path]) -> None:
    """A `UsageError` when writing ``output`` would replace one of ``files`` (a draft being
    checked, the config) or put a file inside one of ``folders`` (sources, claims): a report
    must never destroy what it reports on, nor become a source or a registry file."""
    target = output.resolve()
    for file in files:
        if file.resolve() == target:
            raise UsageError(
                "the output file is an input of this run; choose another file", str(output)
            )
    for folder in folders:
        if folder.resolve() in target.parents:
            raise UsageError(
                f"the output file would be inside {folder.name}/ of the project", str(output)
            )
