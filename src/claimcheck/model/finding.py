"""Records of the verify stage (`claimcheck.verify`): a `Finding` about a claim or a source
statement, and the `VerifyReport` of a run.

Each kind of finding has a stable code and a severity:

| code  | name        | severity | meaning                                                   |
|-------|-------------|----------|-----------------------------------------------------------|
| CC101 | moved       | info     | the quote stands unchanged at another line                |
| CC102 | drifted     | warning  | the quote changed slightly; it still anchors              |
| CC103 | changed     | error    | the figure in the quote changed in the source             |
| CC104 | unanchored  | error    | the quote no longer anchors; best candidate given          |
| CC105 | lost        | error    | the quote anchors but holds no figure for the claim       |
| CC106 | unregistered| warning  | a numeric statement in a source is not in the registry    |
| CC107 | stale       | info     | an `auto` claim's figure now reads differently            |
| CC108 | mismatch    | warning  | a claim's value or text is not what its quote says        |

A run fails on an error, or on an unsettled conflict at or above ``conflicts.fail_on``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.model.conflict import Conflict
from claimcheck.model.severity import Severity

CODES = {
    "moved": ("CC101", Severity.info),
    "drifted": ("CC102", Severity.warning),
    "changed": ("CC103", Severity.error),
    "unanchored": ("CC104", Severity.error),
    "lost": ("CC105", Severity.error),
    "unregistered": ("CC106", Severity.warning),
    "stale": ("CC107", Severity.info),
    "mismatch": ("CC108", Severity.warning),
}


@dataclass(frozen=True)
class Finding:
    """One thing verify reports about a claim or a source statement."""

    name: str
    source: str
    path: str
    line: int | None
    column: int | None
    message: str
    claim: str | None = None
    similarity: float | None = None
    registered: str | None = None
    found: str | None = None
    quote: str | None = None
    passage: str | None = None
    diff: str | None = None

    @property
    def code(self) -> str:
        """Stable code of the finding's kind."""
        return CODES[self.name][0]

    @property
    def severity(self) -> Severity:
        """info, warning or error."""
        return CODES[self.name][1]


@dataclass(frozen=True)
class VerifyReport:
    """Findings of a verify run and what was checked."""

    findings: tuple[Finding, ...]
    sources: int
    claims: int
    conflicts: tuple[Conflict, ...] = field(default_factory=tuple)  # unsettled ones
    conflicts_fail_on: Severity = Severity.warning

    def count(self, severity: Severity | str) -> int:
        """How many findings have this severity."""
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def failed(self) -> bool:
        """True when an error was found, or a conflict at or above ``conflicts.fail_on``."""
        return self.count("error") > 0 or any(
            c.fails(self.conflicts_fail_on) for c in self.conflicts
        )
