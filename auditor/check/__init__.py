"""Check: run the selected rules over a document's relations; never reads text."""

from __future__ import annotations

from collections.abc import Callable

from auditor.check.rules import RULES
from auditor.model import Finding
from auditor.relate import Relations

__all__ = ["run_rules"]


def run_rules(rels: Relations, enabled: Callable[[str], bool]) -> tuple[list[Finding], int]:
    """The findings of every enabled rule, and how many relations a rule tested and found to hold."""
    findings: list[Finding] = []
    for r in RULES:
        if enabled(r.code):
            findings.extend(r.check(rels))
    flagged = [{id(q) for q in f.quantities} for f in findings]
    verified = sum(1 for rel in rels.all if id(rel) in rels.tested and not any(
        {id(q) for q in rel.quantities} <= f for f in flagged))
    return findings, verified
