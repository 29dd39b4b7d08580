"""`--format sarif`: SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from auditor import __version__
from auditor.check.rules import RULES
from auditor.engine import Audit, fingerprint
from auditor.report.common import place

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def document(audits: Iterable[Audit], errors: Iterable[dict[str, str]] = ()) -> dict[str, Any]:
    """The SARIF log for a run."""
    index = {r.code: i for i, r in enumerate(RULES)}
    rules = [{
        "id": r.code, "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.doc.splitlines()[0] if r.doc else r.summary},
        "help": {"text": r.doc, "markdown": f"**{r.code} {r.name}**\n\n```\n{r.doc}\n```"},
        "defaultConfiguration": {"level": _LEVEL[r.severity.value]},
    } for r in RULES]
    results = []
    for a in audits:
        for f in a.findings:
            p = place(a, f)
            results.append({
                "ruleId": f.code, "ruleIndex": index[f.code], "level": _LEVEL[f.severity.value],
                "message": {"text": f"{f.message} ({f.arithmetic})"},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": a.doc.path.replace("\\", "/")},
                    "region": {"startLine": p.line, "startColumn": p.column,
                               "endLine": p.end_line, "endColumn": p.end_column}}}],
                "partialFingerprints": {"auditorFinding/v1": fingerprint(a, f)},
                "properties": {"assumptions": list(f.assumptions)},
            })
    notes = [{"level": "error", "message": {"text": f"{e['path']}: {e['error']}"}}
             for e in errors]
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "auditor", "version": __version__,
                            "informationUri": "https://example.invalid/auditor", "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not notes,
                         "toolExecutionNotifications": notes}],
        "results": results}]}


def write(out: TextIO, audits: Iterable[Audit], errors: Iterable[dict[str, str]] = ()) -> None:
    """Write the SARIF log."""
    json.dump(document(audits, errors), out, ensure_ascii=False, indent=2)
    out.write("\n")
