"""Date arithmetic: ages against birth years, "N years ago", durations against start and end."""

from __future__ import annotations

import re

from auditor.model import Period, Quantity, Relation
from auditor.relate.context import Context

_BORN = re.compile(r"\bborn\b[^.]{0,40}$", re.I)
_AGO = re.compile(r"^\s*ago\b", re.I)
_AGO_DATE = re.compile(r"^\s*ago\s*,?\s*(?:on|in)?\s*$", re.I)
_WHEN = re.compile(r"\b(?:when|at\s+the\s+time|aged)\b", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)


def _periods_in(ctx: Context, k: int) -> list[Period]:
    return [p for p in ctx.periods if p.sentence == k and p.start is not None]


def dates(ctx: Context) -> list[Relation]:
    """Ages, "N years ago" and "for N years between Y1 and Y2" against the dates given."""
    out: list[Relation] = []
    births = [p for p in ctx.periods if p.start is not None and p.granularity in ("day", "year",
              "month") and _BORN.search(ctx.text[ctx.sent_starts[p.sentence]:p.at[0]])]
    ages = [q for q in ctx.qs if q.kind.value == "age" and q.value is not None]
    reliable = reliable_as_of(ctx)
    for q in ctx.qs:
        if q.value is None:
            continue
        if q.kind.value == "age" and len(births) == 1 and (
                q.sentence == births[0].sentence or len(ages) == 1):
            ref = _reference(ctx, q)
            if ref is None and not reliable:
                continue
            out.append(Relation("age_birth", (q,), f"{q.text} years old, born {births[0].text}",
                                (("birth", births[0]), ("ref", ref))))
        elif q.kind.value == "duration" and q.unit == "year":
            if _AGO.match(ctx.text[q.at[1]:q.at[1] + 8]):
                dated = [p for p in _periods_in(ctx, q.sentence)
                         if p.granularity in ("day", "month") and p.at[0] > q.at[1]
                         and _AGO_DATE.match(ctx.text[q.at[1]:p.at[0]])]
                if dated and reliable:
                    out.append(Relation("ago", (q,), f"{q.text} ago is {dated[0].text}",
                                        (("date", dated[0]),)))
            else:
                span = [p for p in _periods_in(ctx, q.sentence)
                        if p.granularity == "range" and p.end is not None]
                if span:
                    out.append(Relation("duration_span", (q,), f"{q.text} is {span[0].text}",
                                        (("span", span[0]),)))
    return out


def reliable_as_of(ctx: Context) -> bool:
    """Whether the as-of date was given (on the command line or in front matter), not guessed."""
    return ctx.ex.as_of_source.startswith(("--as-of", "front matter"))


def _reference(ctx: Context, q: Quantity) -> Period | None:
    """The date an age is given at: a year its sentence ties it to ("was 45 when … in 2015")."""
    if not _WHEN.search(ctx.sentence_text(q.sentence)):
        return None
    cands = [p for p in _periods_in(ctx, q.sentence) if p.granularity in ("year", "day", "month")
             and p.end is not None and not p.text.lower().startswith("since")
             and not _BORN.search(ctx.text[ctx.sent_starts[q.sentence]:p.at[0]])]
    return cands[0] if cands else None
