"""Records of the compare stage (`claimcheck.compare`): a `Conflict` between claims, its `Settlement`, the report.

Kinds and their default severities (a conflict fails a run when its severity is at or above
``conflicts.fail_on``, by default ``warning``):

| kind         | severity | meaning                                                            |
|--------------|----------|--------------------------------------------------------------------|
| `value`      | error    | same subject, metric and period; the figures cannot both be right  |
| `scale`      | error    | the figures agree but for a factor of 1000^n or percent vs points  |
| `arithmetic` | warning  | figures of one source do not add up (a recomputation, as statcheck)|
| `period`     | info     | same subject and metric in different periods, different figures    |

A `period` conflict is a note, not a failure: both figures may be right for their year, and a
corpus that follows a figure over many years has one for each pair of years. An editor sees
which figure belongs to which period; a project that wants each one acknowledged sets
``conflicts.fail_on: info``. Arithmetic is a warning because the wording it reads ("103 more
than in 2017") can refer to a different measure than the figure it is checked against.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from claimcheck.model.claim import Claim
from claimcheck.model.severity import Severity


class Kind(StrEnum):
    """How claims conflict."""

    value = "value"
    period = "period"
    scale = "scale"
    arithmetic = "arithmetic"


SEVERITY = {
    Kind.value: Severity.error,
    Kind.scale: Severity.error,
    Kind.arithmetic: Severity.warning,
    Kind.period: Severity.info,
}


def conflict_id(kind: Kind, claim_ids: list[str] | tuple[str, ...]) -> str:
    """A stable id from the kind and the sorted claim ids: ``period-1a2b3c4d``."""
    digest = hashlib.sha1(f"{kind}:{','.join(sorted(claim_ids))}".encode()).hexdigest()[:8]
    return f"{kind}-{digest}"


@dataclass(frozen=True)
class Settlement:
    """A person's decision on a conflict, from ``claims/_conflicts.yaml`` or a trusted claim."""

    id: str
    note: str | None
    trust: str | None
    line: int


@dataclass(frozen=True)
class Conflict:
    """Claims that disagree, why, and whether a person has settled it."""

    kind: Kind
    claims: tuple[Claim, ...]
    subject: str | None
    metric: str | None
    message: str
    settlement: Settlement | None = None

    @property
    def id(self) -> str:
        """Stable id of the conflict (kind and claim ids)."""
        return conflict_id(self.kind, [c.id for c in self.claims])

    @property
    def severity(self) -> Severity:
        """info, warning or error, by kind."""
        return SEVERITY[self.kind]

    @property
    def settled(self) -> bool:
        """True when a person has reviewed it or trusts one of its claims."""
        return self.settlement is not None

    def fails(self, fail_on: Severity | str) -> bool:
        """True when unsettled and at or above the ``fail_on`` severity."""
        return not self.settled and self.severity.at_least(fail_on)


@dataclass(frozen=True)
class ConflictReport:
    """All conflicts of a project (settled ones included), and the gate's severity."""

    conflicts: tuple[Conflict, ...]
    fail_on: Severity
    claims: int
    stale: tuple[str, ...] = ()

    @property
    def unsettled(self) -> tuple[Conflict, ...]:
        """Conflicts no one has settled."""
        return tuple(c for c in self.conflicts if not c.settled)

    @property
    def failed(self) -> bool:
        """True when an unsettled conflict is at or above ``fail_on``."""
        return any(c.fails(self.fail_on) for c in self.conflicts)
