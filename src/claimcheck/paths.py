"""Display paths: a file's path relative to the project root, as messages and reports show it.

`Path.resolve` costs a system call per path component; for the 10,000 files of a large project
we resolve each folder once and join the file name, resolving a file itself only when it is a
symbolic link. The result is the same as resolving every file.
"""

from __future__ import annotations

from pathlib import Path


class Displays:
    """Display paths of files relative to ``base`` (an already resolved folder), if any."""

    def __init__(self, base: Path | None) -> None:
        self.base = base
        self._folders: dict[Path, Path] = {}

    def __call__(self, path: Path) -> str:
        """``path`` relative to the base when it is inside it, else as given."""
        if self.base is None:
            return path.as_posix()
        if path.is_symlink():
            resolved = path.resolve()
        else:
            folder = self._folders.get(path.parent)
            if folder is None:
                folder = self._folders[path.parent] = path.parent.resolve()
            resolved = folder / path.name
        try:
            return resolved.relative_to(self.base).as_posix()
        except ValueError:
            return path.as_posix()
