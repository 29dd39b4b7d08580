"""Conversions the text states: "€2.4bn (£2.05bn)", "130 km/h (81 mph)", "48mph (61km/h)"."""

from __future__ import annotations

import re

from auditor.model import Quantity, Relation
from auditor.relate.context import Context

_BRACKET = re.compile(r"\s*\(\s*(?:about|around|roughly|approximately|some|c\.|~)?\s*$", re.I)
_LINK = re.compile(r"\s*(?:,\s*)?(?:which\s+)?(?:translates?\s+to|equivalent\s+to|equal\s+to|"
                   r"the\s+equivalent\s+of|or\s+about|or\s+roughly|or\s+around)\s*"
                   r"(?:about\s+|around\s+|roughly\s+)?$", re.I)
_CLOSE = re.compile(r"\s*\)")


def conversions(ctx: Context) -> list[Relation]:
    """Pairs of figures where the second restates the first in another unit."""
    out: list[Relation] = []
    qs = ctx.qs
    for a, b in zip(qs, qs[1:], strict=False):
        if a.sentence != b.sentence or a.kind.value not in ("money", "measure") or \
                b.kind != a.kind or a.value is None or b.value is None:
            continue
        gap = ctx.between(a, b)
        bracketed = bool(_BRACKET.fullmatch(gap)) and bool(_CLOSE.match(ctx.text, b.at[1]))
        if not bracketed and not _LINK.fullmatch(gap):
            continue
        out.append(Relation("conversion", (a, b), f"{a.text} = {b.text}",
                            (("bracketed", bracketed),)))
    return out


def currency_pairs(rels: list[Relation]) -> dict[tuple[str, str], list[Relation]]:
    """Money conversions grouped by currency pair, each pair in a fixed order."""
    out: dict[tuple[str, str], list[Relation]] = {}
    for r in rels:
        a, b = r.quantities
        if a.kind.value != "money" or not a.unit or not b.unit or a.unit == b.unit:
            continue
        key = tuple(sorted((a.unit, b.unit)))
        out.setdefault(key, []).append(r)  # type: ignore[arg-type]
    return out


def oriented(r: Relation, pair: tuple[str, str]) -> tuple[Quantity, Quantity]:
    """The relation's two figures, in the currency order of ``pair``."""
    a, b = r.quantities
    return (a, b) if a.unit == pair[0] else (b, a)
