"""Relate: decide which quantities describe the same thing and what the text claims of them."""

from __future__ import annotations

from auditor.model import Extraction, Relation
from auditor.read import Document
from auditor.relate.changes import changes, doubling_claims
from auditor.relate.context import Context
from auditor.relate.conversions import conversions
from auditor.relate.dates import dates
from auditor.relate.parts import part_of, parts
from auditor.relate.percents import percent_of, percent_of_named, shares_of_total
from auditor.relate.rates import averages, rate_totals
from auditor.relate.restated import magnitudes, restated

__all__ = ["Context", "relate"]

DETECTORS = (conversions, changes, doubling_claims, parts, part_of, percent_of, percent_of_named,
             shares_of_total, rate_totals, averages, restated, magnitudes, dates)


def relate(doc: Document, ex: Extraction, *, tolerance: float = 0.0,
           synonyms: dict[str, str] | None = None) -> Context:
    """All relations in a document, in detector order, held in its context."""
    ctx = Context.build(doc, ex, tolerance=tolerance, synonyms=synonyms)
    for detect in DETECTORS:
        found: list[Relation] = detect(ctx)
        ctx.rels.extend(found)
    return ctx
