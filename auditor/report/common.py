"""What every check reporter needs: where a finding is, and the run's totals."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.engine import Audit
from auditor.model import Finding


@dataclass(frozen=True, slots=True)
class Place:
    """A finding's place: first figure's start and end as line and column (1-based)."""

    line: int
    column: int
    end_line: int
    end_column: int
    start: int


def place(a: Audit, f: Finding) -> Place:
    """Where a finding points: the first figure it names."""
    first = min(f.quantities, key=lambda q: q.span[0])
    line, col = a.doc.line_col(first.span[0])
    end_line, end_col = a.doc.line_col(first.span[1])
    return Place(line, col, end_line, end_col, first.span[0])


class Totals(dict[str, int]):
    """Findings by severity, files, relations verified and suppressions, counted as audits
    stream past, so a report need not hold every document.
    """

    def __init__(self) -> None:
        super().__init__(error=0, warning=0, info=0, files=0, findings=0, verified=0,
                         suppressed=0)

    def add(self, a: Audit) -> Audit:
        """Count one audit and hand it back."""
        for f in a.findings:
            self[f.severity.value] += 1
        self["files"] += 1
        self["findings"] += len(a.findings)
        self["verified"] += a.verified
        self["suppressed"] += a.suppressed
        return a

