"""`--format text`: path:line:col: CODE name, one sentence, the arithmetic, the assumptions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from auditor.engine import Audit
from auditor.report.common import Totals, place

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def write(out: TextIO, audits: Iterable[Audit], errors: Iterable[dict[str, str]] = (), *,
          colour: bool = False, unused: bool = False) -> None:
    """Every finding, then one summary line; the audits are read once, as they come."""
    t = Totals()
    for a in audits:
        write_audit(out, t.add(a), colour=colour, unused=unused)
    write_summary(out, t, colour=colour)


def write_audit(out: TextIO, a: Audit, *, colour: bool = False, unused: bool = False) -> None:
    """The findings of one file."""
    def paint(s: str, code: str) -> str:
        return f"{code}{s}{_RESET}" if colour else s

    for f in a.findings:
        p = place(a, f)
        sev = paint(f.severity.value, _COLOURS[f.severity.value])
        out.write(f"{paint(f'{a.doc.path}:{p.line}:{p.column}:', _BOLD)} {f.code} {f.name} "
                  f"[{sev}]\n")
        out.write(f"  {f.message}\n")
        out.write(paint(f"  = {f.arithmetic}\n", _DIM))
        for note in f.assumptions:
            out.write(paint(f"  assuming {note}\n", _DIM))
    if unused:
        for s in a.unused:
            line, col = a.doc.line_col(s.start)
            out.write(f"{a.doc.path}:{line}:{col}: unused suppression {s.text}\n")


def write_summary(out: TextIO, t: Totals, *, colour: bool = False) -> None:
    """The closing line: files, findings by severity, relations verified."""
    suppressed = f", {t['suppressed']} suppressed" if t["suppressed"] else ""
    line = (f"{_count(t['files'], 'file')} checked: {_count(t['error'], 'error')}, "
            f"{_count(t['warning'], 'warning')}, {t['info']} info{suppressed}; "
            f"{_count(t['verified'], 'relation')} verified\n")
    out.write(f"{_BOLD}{line}{_RESET}" if colour else line)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"
