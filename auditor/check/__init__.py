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
    said: set[tuple] = set()
    for r in RULES:
        if not enabled(r.code):
            continue
        for f in r.check(rels):
            # two readings of one construction can give one finding twice: report it once
            key = (f.code, f.message, tuple(q.span for q in f.quantities))
            if key not in said:
                said.add(key)
                findings.append(f)
    # a tested relation holds unless a finding names all its figures; findings are looked up by
    # one of the relation's figures, so the count stays linear in long texts
    flagged: dict[int, list[set[int]]] = {}
    for f in findings:
        ids = {id(q) for q in f.quantities}
        for i in ids:
            flagged.setdefault(i, []).append(ids)
    verified = 0
    for rel in rels.all:
        if id(rel) not in rels.tested:
            continue
        ids = {id(q) for q in rel.quantities}
        if not ids or not any(ids <= f for f in flagged.get(next(iter(ids)), ())):
            verified += 1
    return findings, verified
