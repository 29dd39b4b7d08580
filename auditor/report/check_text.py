"""The `check --format text` report: one block per finding, with its arithmetic."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from auditor.check import Audit


def write_audit(out: TextIO, a: Audit) -> None:
    """The findings of one file."""
    for f in a.findings:
        first = min(f.quantities, key=lambda q: q.span[0])
        line, col = a.doc.line_col(first.span[0])
        out.write(f"{a.doc.path}:{line}:{col}: {f.code} {f.name} [{f.severity.value}]\n")
        out.write(f"  {f.message}\n")
        out.write(f"  = {f.arithmetic}\n")
        for note in f.assumptions:
            out.write(f"  assuming {note}\n")


def write_summary(out: TextIO, audits: Iterable[Audit]) -> None:
    """The closing line: files, findings by severity, relations verified."""
    audits = list(audits)
    fs = [f for a in audits for f in a.findings]
    by = {s: sum(f.severity.value == s for f in fs) for s in ("error", "warning", "info")}
    verified = sum(a.verified for a in audits)
    out.write(f"{len(audits)} file{'s' * (len(audits) != 1)} checked: {by['error']} errors, "
              f"{by['warning']} warnings, {by['info']} info; {verified} relations verified\n")
