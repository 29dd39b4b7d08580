"""Rates and totals: "up to 30,000 a month" against "180,000 for the year"."""

from __future__ import annotations

import datetime as dt
import re

from auditor.model import Quantity, Relation
from auditor.relate.context import Context, event, subject

_TOTAL = re.compile(r"\b(?:total|totals|totalled|totaled|totalling|totaling|in\s+all|altogether|"
                    r"cumulative)\b", re.I)
_AVERAGE = re.compile(r"\b(?:averag\w*|an?\s+average\s+of|on\s+average|mean)\b", re.I)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|year[- ]to[- ]date)\b", re.I)
_DAYS = {"day": 1, "week": 7, "fortnight": 14}
_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def elapsed(start: dt.date, end: dt.date, per: str) -> float | None:
    """How many ``per`` units a calendar span (inclusive) covers."""
    if per in _DAYS:
        return ((end - start).days + 1) / _DAYS[per]
    if per in _MONTHS:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if start.day != 1 or (end + dt.timedelta(days=1)).day != 1:
            days = (end - start).days + 1
            return days / (30.4375 * _MONTHS[per])
        return months / _MONTHS[per]
    return None


def _measure(ctx: Context, q: Quantity) -> tuple[str | None, str | None]:
    """The measure of a figure, borrowed from a counted figure in its sentence if it has none."""
    if q.entity:
        return ctx.entity(q), event(q)
    for other in ctx.in_sentence(q.sentence):
        if other is not q and other.entity and other.kind.value in ("count", "rate"):
            return ctx.entity(other), event(other)
    return None, None


def _same_measure(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    if not a[0] or a[0] != b[0]:
        return False
    return not (a[1] and b[1] and a[1] != b[1])


def _named_in(ctx: Context, noun: str | None, k: int) -> bool:
    """Whether a counted noun is named in sentence ``k`` ("hospital admissions have averaged…")."""
    return bool(noun) and re.search(rf"\b{re.escape(noun or '')}s?\b", ctx.sentence_text(k),
                                    re.I) is not None


def _span(ctx: Context, q: Quantity) -> tuple[dt.date, dt.date] | None:
    p = q.period
    if p is None or p.start is None:
        return None
    end = p.end or ctx.ex.as_of - dt.timedelta(days=1)
    if _SO_FAR.search(ctx.sentence_text(q.sentence)):
        end = min(end, ctx.ex.as_of - dt.timedelta(days=1))
    return (p.start, end) if end >= p.start else None


def rate_totals(ctx: Context) -> list[Relation]:
    """A rate and a total of the same measure over a stated period."""
    out: list[Relation] = []
    rates = [q for q in ctx.qs if q.per in _DAYS or q.per in _MONTHS]
    for r in rates:
        if r.value is None:
            continue
        mr = _measure(ctx, r)
        for t in ctx.qs:
            if t is r or t.per or t.kind.value not in ("count", "number", "money") or \
                    t.value is None or t.sentence < r.sentence - 3:
                continue
            if not _TOTAL.search(ctx.sentence_text(t.sentence)):
                continue
            if t.kind.value == "money" or r.kind.value == "money":
                if t.unit != r.unit or not subject(ctx, r) or subject(ctx, r) != subject(ctx, t):
                    continue
            elif not (_same_measure(mr, _measure(ctx, t)) or (
                    mr[0] is None and _named_in(ctx, ctx.entity(t), r.sentence))):
                continue
            span = _span(ctx, t)
            own = r.period
            if own is not None and own.start is not None and own.end is None and _SO_FAR.search(
                    ctx.sentence_text(t.sentence)):
                span = (own.start, ctx.ex.as_of - dt.timedelta(days=1))  # "since June … so far"
            if span is None:
                continue
            n = elapsed(span[0], span[1], r.per or "")
            if not n or n < 1:
                continue
            average = bool(_AVERAGE.search(ctx.before(r, 40)))
            out.append(Relation("rate_total", (r, t), f"{r.text} per {r.per} over {n:g} {r.per}s",
                                (("n", n), ("span", span), ("average", average),
                                 ("period_text", t.period.text if t.period else ""))))
    return out


_OVER = re.compile(r"\b(?:over|in|across|during|for)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?$", re.I)


def averages(ctx: Context) -> list[Relation]:
    """ "£1.2m over 12 months, an average of £100,000 a month": total, span and average."""
    out: list[Relation] = []
    for k in range(len(ctx.sent_starts)):
        qs = ctx.in_sentence(k)
        if not _AVERAGE.search(ctx.sentence_text(k)):
            continue
        spans = [q for q in qs if q.kind.value == "duration" and q.value and
                 _OVER.search(ctx.before(q, 25))]
        for d in spans:
            for r in qs:
                if r.per != d.unit or r.value is None or not _AVERAGE.search(ctx.before(r, 30)):
                    continue
                for t in qs:
                    if t in (r, d) or t.per or t.value is None or t.kind.value not in (
                            "count", "money", "number") or (t.unit != r.unit and t.kind.value == "money"):
                        continue
                    out.append(Relation("average", (t, d, r),
                                        f"{t.text} over {d.text} averages {r.text} a {r.per}"))
                    break
    return out
