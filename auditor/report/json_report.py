"""`--format json`: the versioned contract, and `--format jsonl`: one finding per line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from auditor.engine import Audit, fingerprint
from auditor.model import Finding
from auditor.report.common import Totals, place
from auditor.report.records import number

VERSION = 1


def finding_record(a: Audit, f: Finding) -> dict[str, Any]:
    """One finding as the contract spells it."""
    p = place(a, f)

    def iv(pair: tuple[float, float] | None) -> dict[str, Any] | None:
        return None if pair is None else {"low": number(pair[0]), "high": number(pair[1])}

    return {
        "code": f.code, "name": f.name, "severity": f.severity.value, "line": p.line,
        "column": p.column, "end_line": p.end_line, "end_column": p.end_column, "start": p.start,
        "message": f.message, "arithmetic": f.arithmetic,
        "quantities": [{"id": q.id, "text": q.text, "start": q.span[0], "end": q.span[1]}
                       for q in f.quantities],
        "expected": iv(f.expected), "observed": iv(f.observed),
        "assumptions": list(f.assumptions), "fingerprint": fingerprint(a, f),
    }


def file_record(a: Audit) -> dict[str, Any]:
    """One file's results."""
    return {"path": a.doc.path, "as_of": a.extraction.as_of.isoformat(),
            "as_of_source": a.extraction.as_of_source, "encoding": a.doc.encoding,
            "quantities": a.quantity_count, "relations_verified": a.verified,
            "suppressed": a.suppressed,
            "unused_suppressions": [{"directive": s.text, "line": a.doc.line_col(s.start)[0]}
                                    for s in a.unused],
            "findings": [finding_record(a, f) for f in a.findings]}


def document(audits: Iterable[Audit], errors: Iterable[dict[str, str]] = ()) -> dict[str, Any]:
    """The whole JSON document for a run; the audits are read once, as they come."""
    t = Totals()
    files = [file_record(t.add(a)) for a in audits]
    return {"version": VERSION, "files": files, "errors": list(errors),
            "summary": {"files": t["files"], "findings": t["findings"], "errors": t["error"],
                        "warnings": t["warning"], "info": t["info"]}}


def write(out: TextIO, audits: Iterable[Audit], errors: Iterable[dict[str, str]] = ()) -> None:
    """Write the JSON document."""
    json.dump(document(audits, errors), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_lines(out: TextIO, audits: Iterable[Audit], errors: Iterable[dict[str, str]] = ()) -> None:
    """One JSON object per finding, with its file's path."""
    for a in audits:
        for f in a.findings:
            out.write(json.dumps({"path": a.doc.path, **finding_record(a, f)},
                                 ensure_ascii=False) + "\n")
