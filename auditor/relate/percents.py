"""Shares: "18,500 of the 42,000 students, or 56%", "$1.1m or 11% of total revenue"."""

from __future__ import annotations

import re

from auditor.extract.words import singular
from auditor.model import Relation
from auditor.relate.context import Context, subject

_LEAD = re.compile(r"(?:,\s*|\(\s*|\s)(?:or|a\s+turnout\s+of|a\s+share\s+of|representing|"
                   r"equivalent\s+to|accounting\s+for)?\s*(?:about\s+|around\s+|some\s+|nearly\s+)?$",
                   re.I)
_OF_TOTAL = re.compile(r"^\s*(?:of\s+(?:the\s+|its\s+)?(?:total|overall|all|group|company))", re.I)


def percent_of(ctx: Context) -> list[Relation]:
    """A part, its whole and the share the text gives: X of Y, or P%."""
    out: list[Relation] = []
    for r in ctx.relations_of("part_of"):
        part, whole = r.quantities
        for p in ctx.in_sentence(part.sentence):
            if p.kind.value != "percent" or p.value is None or p.at[0] < max(part.at[1], whole.at[1]):
                continue
            lead = ctx.text[max(part.at[1], whole.at[1]):p.at[0]]
            if len(lead) < 120 and _LEAD.search(lead):
                out.append(Relation("percent_of", (part, whole, p),
                                    f"{part.text} of {whole.text} is {p.text}"))
                break
    return out


_OR_SHARE = re.compile(r"^\s*[-–—,(]?\s*or\s+$", re.I)
_OF_NOUN = re.compile(r"^\s+of\s+(?:the|its|their)\s+(?:total\s+|overall\s+|entire\s+|whole\s+)?"
                      r"(?P<noun>[a-z]+)\b", re.I)


def percent_of_named(ctx: Context) -> list[Relation]:
    """ "$41bn - or 48% of the total debt": the whole is a figure given elsewhere for that debt."""
    out: list[Relation] = []
    for a, p in zip(ctx.qs, ctx.qs[1:], strict=False):
        if a.kind.value not in ("money", "count") or p.kind.value != "percent" or \
                a.value is None or p.value is None or not _OR_SHARE.match(ctx.between(a, p)):
            continue
        m = _OF_NOUN.match(ctx.after(p, 40))
        if not m:
            continue
        noun = singular(m.group("noun").lower())
        wholes = [w for w in ctx.qs if w is not a and w.kind == a.kind and w.unit == a.unit
                  and w.value and w.value > a.value and subject(ctx, w) == noun]
        if wholes:  # "the total debt": the largest figure given for it
            whole = max(wholes, key=lambda w: w.value or 0)
            out.append(Relation("percent_of", (a, whole, p), f"{a.text} is {p.text} of {whole.text}"))
    return out


def shares_of_total(ctx: Context) -> list[Relation]:
    """ "$1.1m or 11% and $1.8m or 27% of total revenue": the shares imply one total."""
    out: list[Relation] = []
    for k in range(len(ctx.sent_starts)):
        qs = ctx.in_sentence(k)
        if len(qs) < 4:
            continue
        group: list = []
        for a, b in zip(qs, qs[1:], strict=False):
            if a.kind.value == "money" and b.kind.value == "percent" and a.value and b.value and \
                    re.fullmatch(r"\s*(?:,\s*)?\(?\s*or\s+|\s*\(\s*", ctx.between(a, b)):
                group.append((a, b))
                if _OF_TOTAL.match(ctx.after(b, 30)):
                    if len(group) >= 2:
                        flat = tuple(q for pair in group for q in pair)
                        out.append(Relation("shares_of_total", flat,
                                            "each amount over its share gives the same total"))
                    group = []
    return out
