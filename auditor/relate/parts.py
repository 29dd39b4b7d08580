"""Parts and wholes: "£96m split between housing (£52m) and transport (£31m)", "780 of the 1,200"."""

from __future__ import annotations

import re

from auditor.model import Quantity, Relation
from auditor.relate.context import Context

_SPLIT = re.compile(
    r"^\W*(?:[a-z]+\W+){0,8}?(?P<how>of\s+which|split\s+(?:between|into|among)|divided\s+(?:between|"
    r"into|among)|made\s+up\s+of|consisting\s+of|comprising|broken\s+down\s+into|"
    r"with(?=\s+\S+(?:\s+\w+)?\s+of\s+(?:that|which|it|this|the\s+total)\b))\b", re.I)
_EXHAUSTIVE = re.compile(r"\b(?:split|divided|made\s+up|consisting|comprising|broken\s+down|"
                         r"remaining|the\s+rest|the\s+balance)\b", re.I)
_REMAINING = re.compile(r"\b(?:the\s+)?(?:remaining|rest|balance)\b", re.I)
_OF_THE = re.compile(r"^\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.I)
_OF_THE_LEAD = re.compile(r"\bof\s+the\s+$", re.I)


def parts(ctx: Context) -> list[Relation]:
    """Listed parts of a stated total."""
    out: list[Relation] = []
    for i, t in enumerate(ctx.qs):
        if t.kind.value not in ("money", "count", "number") or t.value is None:
            continue
        m = _SPLIT.match(ctx.after(t, 80))
        if not m:
            continue
        members = _members(ctx, t, ctx.qs[i + 1:])
        if len(members) < 2:
            continue
        exhaustive = bool(_EXHAUSTIVE.search(m.group("how"))) or any(
            _REMAINING.search(ctx.before(q, 25)) for q in members)
        out.append(Relation("parts", (t, *members), f"{t.text} is made of the listed parts",
                            (("exhaustive", exhaustive),)))
    return out


def _members(ctx: Context, total: Quantity, rest: list[Quantity]) -> list[Quantity]:
    """Figures after a total, in its unit, up to the end of the next sentence."""
    out: list[Quantity] = []
    for q in rest:
        if q.sentence > total.sentence + 1:
            break
        if q.sentence == total.sentence + 1 and not _REMAINING.search(ctx.before(q, 25)):
            continue
        if q.kind != total.kind:
            continue
        if q.unit != total.unit or q.value is None or q.change:
            break
        out.append(q)
    return out


def part_of(ctx: Context) -> list[Relation]:
    """ "780 of the 1,200 workers", "Of the 1,200 workers, 780 voted": a part and its whole."""
    out: list[Relation] = []
    for a, b in zip(ctx.qs, ctx.qs[1:], strict=False):
        if a.sentence != b.sentence or a.value is None or b.value is None:
            continue
        if a.kind.value not in ("count", "number") or b.kind.value not in ("count", "number"):
            continue
        if _OF_THE.match(ctx.between(a, b)):
            out.append(Relation("part_of", (a, b), f"{a.text} is part of {b.text}"))
        elif _OF_THE_LEAD.search(ctx.before(a, 10)) and re.match(r"\s*[a-z ]{0,30},\s*$",
                                                                ctx.between(a, b)):
            out.append(Relation("part_of", (b, a), f"{b.text} is part of {a.text}"))
    return out
