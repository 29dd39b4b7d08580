"""The same figure stated twice: "$14bn Boeing deal" in the headline, "$4bn" in the body."""

from __future__ import annotations

import re

from auditor.model import Quantity, Relation
from auditor.relate.context import Context, entity, event, subject

_DEFINITE = re.compile(r"\b(?:the|its|this|that|of\s+the)\s+(?:\w+\s+)?$", re.I)
_SUBSET = re.compile(r"\b(?:of\s+(?:them|whom|which|those)|including|among)\b", re.I)


def restated(ctx: Context) -> list[Relation]:
    """Pairs of figures that name the same measure and period."""
    out: list[Relation] = []
    keyed: dict[tuple, list[Quantity]] = {}
    for q in ctx.qs:
        if q.value is None or q.change or q.qualifier.value in ("range", "at_most", "below",
                                                                  "above", "at_least"):
            continue
        key = _key(ctx, q)
        if key is not None:
            keyed.setdefault(key, []).append(q)
    for key, qs in keyed.items():
        for a, b in zip(qs, qs[1:], strict=False):
            if a.sentence == b.sentence or _scopes_differ(a, b):
                continue
            if _SUBSET.search(ctx.after(b, 25)) or _SUBSET.search(ctx.after(a, 25)):
                continue
            headline = a.sentence == 0 and _is_headline(ctx)
            definite = bool(_DEFINITE.search(ctx.before(b, 20)))
            out.append(Relation("restated", (a, b), f"{a.text} and {b.text} are one figure",
                                (("key", key), ("headline", headline), ("definite", definite))))
    return out


def _key(ctx: Context, q: Quantity) -> tuple | None:
    if q.kind.value == "money":
        subj = subject(ctx, q)
        return ("money", q.unit, subj) if subj else None
    if q.kind.value == "count" and q.entity:
        ev = event(q)
        ent = entity(q)
        if q.entity in ("victim", "victims", "dead", "death", "fatality", "fatalities"):
            ev = "kill"
        return ("count", ent, ev) if ev else None
    return None


def _scopes_differ(a: Quantity, b: Quantity) -> bool:
    pa, pb = a.period, b.period
    if pa is None or pb is None or pa.start is None or pb.start is None:
        return pa is not None and pb is not None and pa.text.lower() != pb.text.lower()
    return (pa.start, pa.end) != (pb.start, pb.end)


def _is_headline(ctx: Context) -> bool:
    if not ctx.sent_starts:
        return False
    first = ctx.sentence_text(0)
    return not first.rstrip().endswith((".", "!", "?", '"', "”")) or len(first) < 90
