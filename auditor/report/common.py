"""What every check reporter needs: where a finding is, and the run's totals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from auditor.check import Audit
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


def totals(audits: Iterable[Audit]) -> dict[str, int]:
    """Findings by severity and relations verified over a run."""
    audits = list(audits)
    fs = [f for a in audits for f in a.findings]
    out = {s: sum(f.severity.value == s for f in fs) for s in ("error", "warning", "info")}
    out["files"] = len(audits)
    out["findings"] = len(fs)
    out["verified"] = sum(a.verified for a in audits)
    out["suppressed"] = sum(a.suppressed for a in audits)
    return out
