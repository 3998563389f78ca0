"""Registry records: a `Claim` and the `Registry` of all claims of a project."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields
from typing import Any

from claimcheck.model.frame import Dimension, Frame, Role

STATUSES = ("auto", "reviewed", "rejected")
QUALIFIERS = ("=", "~", ">", "<", ">=", "<=")

# Field order in registry files; fields a person adds that are not listed here are kept after.
FIELD_ORDER = (
    "id", "text", "quote", "line", "value", "low", "high", "unit", "qualifier", "direction",
    "period", "entity", "measure", "role", "dimension", "subject", "metric", "status", "trust",
    "note", "orphaned",
)  # fmt: skip


@dataclass(frozen=True)
class Claim:
    """One numeric statement of a source, as registered: its figure, quote and review state."""

    id: str
    source: str
    text: str
    quote: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str = "="
    direction: str | None = None
    period: str | None = None
    entity: str | None = None
    measure: str | None = None
    role: Role | None = None
    dimension: Dimension | None = None
    subject: str | None = None
    metric: str | None = None
    status: str = "auto"
    note: str | None = None
    line: int | None = None
    orphaned: bool = False
    trust: bool = False
    extra: tuple[tuple[str, Any], ...] = ()
    file: str = ""
    file_line: int = 0

    @property
    def frame(self) -> Frame | None:
        """The claim's frame, when its role and dimension are known."""
        if self.role is None or self.dimension is None:
            return None
        return Frame(self.entity, self.measure, self.role, self.dimension)

    def to_mapping(self) -> dict[str, Any]:
        """The claim as written to YAML: known fields in order, then extra fields; no nulls."""
        out: dict[str, Any] = {}
        for key in FIELD_ORDER:
            value = getattr(self, key)
            if value is None or (key in ("orphaned", "trust") and not value):
                continue
            if key == "qualifier" and value == "=":
                continue
            out[key] = value.value if isinstance(value, Role | Dimension) else value
        for key, value in self.extra:
            out[key] = value
        return out


CLAIM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Claim))


def claim_row(claim: Claim) -> tuple[Any, ...]:
    """A claim's fields as a tuple, in `CLAIM_FIELDS` order (what the cache stores).

    Short texts (status, unit, period, subject, source, file) are interned: `marshal` then
    writes each once, and reading the cache back is a third faster.
    """
    return tuple(
        sys.intern(v)
        if type(v) is str and len(v) < 48
        else (v.value if isinstance(v, Role | Dimension) else v)
        for v in (getattr(claim, name) for name in CLAIM_FIELDS)
    )


_NEW = object.__new__
_ROLE, _DIMENSION = CLAIM_FIELDS.index("role"), CLAIM_FIELDS.index("dimension")


def claim_of_row(row: tuple[Any, ...]) -> Claim:
    """The claim of a `claim_row` tuple (equal to ``Claim(*row)`` with the enums restored).

    Built by filling the instance's ``__dict__``: a frozen dataclass's ``__init__`` sets each
    field through ``object.__setattr__``, twice as slow for the 100,000 claims the cache gives
    back.
    """
    if len(row) != len(CLAIM_FIELDS):
        raise ValueError("a claim row has one value per field")
    claim: Claim = _NEW(Claim)
    d = claim.__dict__
    d.update(zip(CLAIM_FIELDS, row, strict=True))
    if row[_ROLE] is not None:
        d["role"] = Role(row[_ROLE])
    if row[_DIMENSION] is not None:
        d["dimension"] = Dimension(row[_DIMENSION])
    return claim


@dataclass
class Registry:
    """All claims of a project, by source id, with the file each source's claims live in."""

    claims: dict[str, list[Claim]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)

    def all(self) -> list[Claim]:
        """Every claim, ordered by source id then by position in its file."""
        return [c for sid in sorted(self.claims) for c in self.claims[sid]]

    def by_id(self) -> dict[str, Claim]:
        """Claims keyed by id."""
        return {c.id: c for c in self.all()}
