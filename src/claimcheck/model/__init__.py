"""Shared records and enums, the bottom layer: every stage imports them, they import nothing else.

- `mention`: a numeric mention as written and as read (`Span`, `Mention`, `Quantity`,
  `DateMention`, `Ordinal`, `Document`);
- `period`: `Period` and `months_of` (period labels compared as months);
- `frame`: what a figure measures (`Frame`, `Role`, `Dimension`);
- `claim`: a registered `Claim` and the `Registry`;
- `severity`: `Severity` and its order; `verdict`: `Verdict` of a draft number;
- `conflict`: `Conflict`, `Settlement`, `Kind`, `ConflictReport` (compare stage);
- `finding`: verify's `Finding` and `VerifyReport`;
- `archive`: `ArchiveFigure` and `ArchiveNote`, archive figures a draft figure disagrees with.

Every record is a frozen dataclass with typed fields; variants are types or enums.
"""

from claimcheck.model.archive import ArchiveFigure, ArchiveNote
from claimcheck.model.claim import (
    CLAIM_FIELDS,
    FIELD_ORDER,
    QUALIFIERS,
    STATUSES,
    Claim,
    Registry,
    claim_of_row,
    claim_row,
)
from claimcheck.model.conflict import (
    SEVERITY,
    Conflict,
    ConflictReport,
    Kind,
    Settlement,
    conflict_id,
)
from claimcheck.model.finding import CODES, Finding, VerifyReport
from claimcheck.model.frame import AMOUNT_ROLES, FRAME_FIELDS, Dimension, Frame, Role
from claimcheck.model.mention import DateMention, Document, Mention, Ordinal, Quantity, Span
from claimcheck.model.period import Period, is_label, months_of
from claimcheck.model.severity import Severity
from claimcheck.model.verdict import Verdict

__all__ = [
    "AMOUNT_ROLES",
    "ArchiveFigure",
    "ArchiveNote",
    "CLAIM_FIELDS",
    "CODES",
    "FIELD_ORDER",
    "FRAME_FIELDS",
    "QUALIFIERS",
    "SEVERITY",
    "STATUSES",
    "Claim",
    "Conflict",
    "ConflictReport",
    "DateMention",
    "Dimension",
    "Document",
    "Finding",
    "Frame",
    "Kind",
    "Mention",
    "Ordinal",
    "Period",
    "Quantity",
    "Registry",
    "Role",
    "Settlement",
    "Severity",
    "Span",
    "Verdict",
    "VerifyReport",
    "claim_of_row",
    "claim_row",
    "conflict_id",
    "is_label",
    "months_of",
]
