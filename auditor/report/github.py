"""`--format github`: GitHub Actions workflow commands, grouped per file."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from auditor.engine import Audit
from auditor.report.common import place

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def write(out: TextIO, audits: Iterable[Audit], errors: Iterable[dict[str, str]] = ()) -> None:
    """One annotation per finding, on the line and column of its first figure."""
    for a in audits:
        if not a.findings:
            continue
        out.write(f"::group::{_data(a.doc.path)}\n")
        for f in a.findings:
            p = place(a, f)
            props = (f"file={_prop(a.doc.path)},line={p.line},col={p.column},"
                     f"endLine={p.end_line},endColumn={p.end_column},"
                     f"title={_prop(f'{f.code} {f.name}')}")
            out.write(f"::{_COMMAND[f.severity.value]} {props}::"
                      f"{_data(f.message + chr(10) + f.arithmetic)}\n")
        out.write("::endgroup::\n")
    for e in errors:
        out.write(f"::error file={_prop(e['path'])},title=auditor::{_data(e['error'])}\n")
