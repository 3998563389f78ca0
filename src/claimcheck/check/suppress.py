"""Suppression: lines of a draft an editor has checked by hand, and the config's allowlist.

Contract: `Suppressions.of(comments, lines, allow, path)` reads the draft's HTML comments
(found outside code by `claimcheck.check.markdown`); `hides(finding line, mention text, start
column, end column)` tells whether a finding is suppressed.

- ``<!-- claimcheck: ignore -->`` hides the numbers on its own line(s); standing alone on a
  line, it hides the next line that is not blank.
- ``<!-- claimcheck: disable -->`` ... ``<!-- claimcheck: enable -->`` hides every line from
  one to the other. A ``disable`` with no ``enable`` after it is an input error naming its line:
  a forgotten ``enable`` would otherwise silently hide the rest of the draft.
- ``check.allow`` in the config lists figures that are never flagged: an entry hides a number
  whose text it equals, or that it covers where it stands in the line ("Group of 20").

Comments work wherever Markdown allows inline HTML (lists, tables, emphasis) because they are
matched against the original lines, not against the rendered structure. An unknown
``claimcheck:`` directive is an input error, so that a typo does not silently check a line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.check.markdown import Comment
from claimcheck.errors import InputError

DIRECTIVES = ("ignore", "disable", "enable")
_DIRECTIVE = re.compile(r"^claimcheck\s*:\s*([A-Za-z-]*)\s*$")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Suppressions:
    """Lines hidden by comments, and allowlisted figures (lower case, single-spaced)."""

    lines: frozenset[int]
    allow: tuple[str, ...]
    source_lines: tuple[str, ...]

    @classmethod
    def of(
        cls, comments: Sequence[Comment], lines: Sequence[str], allow: Sequence[str], path: str
    ) -> Suppressions:
        """Suppressions of one draft (``lines``: its lines, for stand-alone comments)."""
        hidden: set[int] = set()
        disabled_from: int | None = None
        for c in comments:
            m = _DIRECTIVE.match(c.body)
            if not m:
                continue
            directive = m.group(1).lower()
            if directive not in DIRECTIVES:
                raise InputError(
                    f"unknown directive 'claimcheck: {m.group(1)}' (use {', '.join(DIRECTIVES)})",
                    path, c.line,
                )  # fmt: skip
            if directive == "ignore":
                hidden.update(range(c.line, c.end_line + 1))
                if _alone(lines, c):
                    nxt = next(
                        (n for n in range(c.end_line + 1, len(lines) + 1) if lines[n - 1].strip()),
                        None,
                    )
                    if nxt is not None:
                        hidden.add(nxt)
            elif directive == "disable" and disabled_from is None:
                disabled_from = c.line
            elif directive == "enable" and disabled_from is not None:
                hidden.update(range(disabled_from, c.end_line + 1))
                disabled_from = None
        if disabled_from is not None:
            raise InputError(
                "'claimcheck: disable' has no matching 'claimcheck: enable' (it would hide the rest of the file)",
                path, disabled_from,
            )  # fmt: skip
        normal = tuple(_SPACE.sub(" ", str(a)).strip().lower() for a in allow)
        return cls(frozenset(hidden), tuple(a for a in normal if a), tuple(lines))

    def hides(self, line: int, text: str, column: int, end_column: int) -> bool:
        """True when the number ``text`` at ``line``:``column`` is suppressed."""
        if line in self.lines:
            return True
        if not self.allow:
            return False
        said = _SPACE.sub(" ", text).strip().lower()
        if said in self.allow:
            return True
        source = self.source_lines[line - 1].lower() if 0 < line <= len(self.source_lines) else ""
        for entry in self.allow:
            pattern = re.escape(entry).replace(r"\ ", r"\s+")
            for m in re.finditer(pattern, source):
                if m.start() <= column - 1 and end_column - 1 <= m.end():
                    return True
        return False


def _alone(lines: Sequence[str], c: Comment) -> bool:
    first, last = lines[c.line - 1], lines[c.end_line - 1]
    return first.lstrip().startswith("<!--") and last.rstrip().endswith("-->")
