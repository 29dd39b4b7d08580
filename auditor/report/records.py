"""The `extract` JSON contract: one flat dict per quantity or period."""

from __future__ import annotations

from typing import Any

from auditor.model import Extraction, Period, Quantity, finite
from auditor.read import Document

QUANTITY_FIELDS = (
    "doc", "id", "type", "start", "end", "line", "column", "text", "kind", "value", "low",
    "high", "qualifier", "approximate", "unit", "unit_text", "entity", "event", "change", "per",
    "period_start", "period_end", "period_text", "source", "sentence",
)
PERIOD_FIELDS = (
    "doc", "id", "type", "start", "end", "line", "column", "text", "period_start", "period_end",
    "granularity", "per", "sentence",
)


def number(x: float | None) -> int | float | None:
    """A JSON number: integral values as ints, infinities as null."""
    x = finite(x)
    if x is None:
        return None
    if float(x).is_integer() and abs(x) < 2**53:
        return int(x)
    return round(x, 10)


def _iso(d: Any) -> str | None:
    return d.isoformat() if d is not None else None


def quantity_record(doc: Document, q: Quantity) -> dict[str, Any]:
    """The contract's record for a quantity."""
    line, col = doc.line_col(q.span[0])
    p = q.period
    return {
        "doc": doc.path, "id": q.id, "type": "quantity", "start": q.span[0], "end": q.span[1],
        "line": line, "column": col, "text": q.text, "kind": q.kind.value,
        "value": number(q.value), "low": number(q.interval.low), "high": number(q.interval.high),
        "qualifier": q.qualifier.value, "approximate": q.approximate, "unit": q.unit,
        "unit_text": q.unit_text, "entity": q.entity, "event": q.event, "change": q.change,
        "per": q.per, "period_start": _iso(p.start) if p else None,
        "period_end": _iso(p.end) if p else None, "period_text": p.text if p else None,
        "source": q.source, "sentence": q.sentence,
    }


def period_record(doc: Document, p: Period) -> dict[str, Any]:
    """The contract's record for a period."""
    line, col = doc.line_col(p.span[0])
    return {
        "doc": doc.path, "id": p.id, "type": "period", "start": p.span[0], "end": p.span[1],
        "line": line, "column": col, "text": p.text, "period_start": _iso(p.start),
        "period_end": _iso(p.end), "granularity": p.granularity, "per": p.per,
        "sentence": p.sentence,
    }


def records(doc: Document, ex: Extraction) -> list[dict[str, Any]]:
    """All records of a document in document order."""
    out = [quantity_record(doc, q) for q in ex.quantities]
    out += [period_record(doc, p) for p in ex.periods]
    out.sort(key=lambda r: (r["start"], r["end"]))
    for r in out:  # the date relative expressions were resolved against, and where it came from
        r["as_of"], r["as_of_source"] = ex.as_of.isoformat(), ex.as_of_source
    return out
