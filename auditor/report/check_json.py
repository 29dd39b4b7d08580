"""The `check --format json` contract (version 1)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from auditor.check import Audit
from auditor.model import Finding
from auditor.report.records import number

VERSION = 1


def finding_record(a: Audit, f: Finding) -> dict[str, Any]:
    """One finding as the contract spells it."""
    start = min(q.span[0] for q in f.quantities)
    first = min(f.quantities, key=lambda q: q.span[0])
    line, col = a.doc.line_col(first.span[0])
    end_line, end_col = a.doc.line_col(first.span[1])

    def iv(pair: tuple[float, float] | None) -> dict[str, Any] | None:
        return None if pair is None else {"low": number(pair[0]), "high": number(pair[1])}

    return {
        "code": f.code, "name": f.name, "severity": f.severity.value, "line": line,
        "column": col, "end_line": end_line, "end_column": end_col, "start": start,
        "message": f.message, "arithmetic": f.arithmetic,
        "quantities": [{"id": q.id, "text": q.text, "start": q.span[0], "end": q.span[1]}
                       for q in f.quantities],
        "expected": iv(f.expected), "observed": iv(f.observed),
        "assumptions": list(f.assumptions),
    }


def file_record(a: Audit) -> dict[str, Any]:
    """One file's results."""
    return {"path": a.doc.path, "as_of": a.extraction.as_of.isoformat(),
            "as_of_source": a.extraction.as_of_source,
            "quantities": len(a.extraction.quantities), "relations_verified": a.verified,
            "findings": [finding_record(a, f) for f in a.findings]}


def document(audits: Iterable[Audit], errors: Iterable[dict[str, str]] = ()) -> dict[str, Any]:
    """The whole JSON document for a run."""
    files = [file_record(a) for a in audits]
    findings = [f for fr in files for f in fr["findings"]]
    return {"version": VERSION, "files": files, "errors": list(errors),
            "summary": {"files": len(files), "findings": len(findings),
                        "errors": sum(f["severity"] == "error" for f in findings),
                        "warnings": sum(f["severity"] == "warning" for f in findings),
                        "info": sum(f["severity"] == "info" for f in findings)}}


def write(out: TextIO, audits: Iterable[Audit], errors: Iterable[dict[str, str]] = ()) -> None:
    """Write the JSON document."""
    json.dump(document(audits, errors), out, ensure_ascii=False, indent=2)
    out.write("\n")
