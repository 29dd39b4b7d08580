"""Check: run every rule over a document's relations and collect the findings."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.check.rules import RULES
from auditor.extract import extract
from auditor.model import Extraction, Finding
from auditor.read import Document
from auditor.relate import Context, relate

__all__ = ["Audit", "audit"]


@dataclass(frozen=True, slots=True)
class Audit:
    """What checking one document found."""

    doc: Document
    extraction: Extraction
    findings: tuple[Finding, ...]
    verified: int


def audit(doc: Document, *, as_of=None) -> Audit:  # type: ignore[no-untyped-def]
    """Extract, relate and check one document."""
    ex = extract(doc, as_of=as_of)
    ctx = relate(doc, ex)
    findings: list[Finding] = []
    for r in RULES:
        findings.extend(r.check(ctx))
    findings.sort(key=lambda f: (min(q.span[0] for q in f.quantities), f.code))
    return Audit(doc, ex, tuple(findings), _verified(ctx, findings))


def _verified(ctx: Context, findings: list[Finding]) -> int:
    """Relations that were checked and hold."""
    flagged = [{id(q) for q in f.quantities} for f in findings]
    return sum(1 for r in ctx.rels
               if not any({id(q) for q in r.quantities} <= f for f in flagged))
