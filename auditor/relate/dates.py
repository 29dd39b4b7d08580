"""Date arithmetic: ages against birth years, "N years ago", durations against start and end."""

from __future__ import annotations

import re

from auditor.model import Period, Quantity, Relation
from auditor.relate.context import Context

_BORN = re.compile(r"\bborn\b[^.]{0,40}$", re.I)
_AGO = re.compile(r"^\s*ago\b", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)


def _periods_in(ctx: Context, k: int) -> list[Period]:
    return [p for p in ctx.periods if p.sentence == k and p.start is not None]


def dates(ctx: Context) -> list[Relation]:
    """Ages, "N years ago" and "for N years between Y1 and Y2" against the dates given."""
    out: list[Relation] = []
    births = [p for p in ctx.periods if p.start is not None and p.granularity in ("day", "year",
              "month") and _BORN.search(ctx.text[ctx.sent_starts[p.sentence]:p.at[0]])]
    for q in ctx.qs:
        if q.value is None:
            continue
        if q.kind.value == "age" and len(births) == 1:
            ref = _reference(ctx, q)
            out.append(Relation("age_birth", (q,), f"{q.text} years old, born {births[0].text}",
                                (("birth", births[0]), ("ref", ref))))
        elif q.kind.value == "duration" and q.unit == "year":
            if _AGO.match(ctx.text[q.at[1]:q.at[1] + 8]):
                dated = [p for p in _periods_in(ctx, q.sentence)
                         if p.granularity in ("day", "month", "year") and p.at[0] > q.at[1]
                         and not p.text.lower().endswith("ago")]
                if dated:
                    out.append(Relation("ago", (q,), f"{q.text} ago is {dated[0].text}",
                                        (("date", dated[0]),)))
            else:
                span = [p for p in _periods_in(ctx, q.sentence)
                        if p.granularity == "range" and p.end is not None]
                if span:
                    out.append(Relation("duration_span", (q,), f"{q.text} is {span[0].text}",
                                        (("span", span[0]),)))
    return out


def _reference(ctx: Context, q: Quantity) -> Period | None:
    """The date an age is given at: a year in its sentence, else the as-of date."""
    cands = [p for p in _periods_in(ctx, q.sentence) if p.granularity in ("year", "day", "month")
             and p.end is not None and not p.text.lower().startswith("since")
             and not _BORN.search(ctx.text[ctx.sent_starts[q.sentence]:p.at[0]])]
    return cands[0] if cands else None
