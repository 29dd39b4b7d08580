"""Conversion builders: "€2.4bn (£2.05bn)", "130 km/h (81 mph)", "$5m, equivalent to £2.7m".

Builders read links, never text.
"""

from __future__ import annotations

from auditor.relate.figures import Figures
from auditor.relate.model import Figure, LinkKind, Relation, RelationKind


def conversions(fs: Figures) -> list[Relation]:
    """Pairs of figures where the second restates the first in another unit."""
    out = []
    dashed = [(a, b, cue) for a, b, cue in fs.linked(LinkKind.SPLIT) if cue in ("—", "–", "--")]
    # "4.7 million euros, about £6.9 million": a hedged amount in another currency after a comma
    hedged = [(a, b, ", about") for a, b, _ in fs.linked(LinkKind.APPOSITION) if a.kind == b.kind
              and a.kind in ("money", "measure") and a.q.unit != b.q.unit and b.q.qualifier.value == "approx"
              and b.index == a.index + 1]  # "the 1,250-mile pipeline, about 1,600km long"
    for kind, links in ((LinkKind.BRACKET, fs.linked(LinkKind.BRACKET)),
                        (LinkKind.OR, fs.linked(LinkKind.OR)), (LinkKind.OR, dashed),  # "36km — 22 miles —"
                        (LinkKind.OR, hedged)):
        for a, b, cue in links:
            ranges = a.q.qualifier.value == b.q.qualifier.value == "range"  # "£415m-£425m ($779m-798m)"
            valued = a.q.value is not None and b.q.value is not None or ranges
            if a.cue("fx_rate") or b.cue("fx_rate"):
                continue  # "Sterling was at $1.9467, or 70.2p to the euro": two rates of exchange
            if a.kind not in ("money", "measure") or b.kind != a.kind or not valued or \
                    a.per != b.per and None not in (a.per, b.per):
                continue  # "1bn CFA francs ($2m; £4m) a month": the rate after a bracket is all of it
            if a.q.unit == b.q.unit and (cue != "()" or a.kind != "money"):
                continue  # "£5m or £6m" gives two choices; "£399 (£469 with VAT)" adds to it
            out.append(Relation(RelationKind.CONVERSION, (("value", a), ("converted", b)),
                                (f"'{cue}' restates {a.q.text} as {b.q.text}",),
                                (("bracketed", kind == LinkKind.BRACKET),)))
    return out


def currency_pairs(rels: list[Relation]) -> dict[tuple[str, str], list[Relation]]:
    """Money conversions grouped by currency pair, each pair in a fixed order."""
    out: dict[tuple[str, str], list[Relation]] = {}
    for r in rels:
        a, b = r["value"].q, r["converted"].q
        if a.kind.value != "money" or not a.unit or not b.unit or a.unit == b.unit:
            continue
        key = (min(a.unit, b.unit), max(a.unit, b.unit))
        out.setdefault(key, []).append(r)
    return out


def dated_alike(group: list[Relation]) -> bool:
    """Whether conversions may share one rate: "684bn yen ($6.4bn) in 2000 … 331bn yen ($2.7bn) the
    following year" were converted at the rates of different years.
    """
    years = set()
    for r in group:
        p = r["converted"].q.period or r["value"].q.period
        if p is not None and p.start is not None:
            years.add(p.start.year)
    return len(years) <= 1


def oriented(r: Relation, pair: tuple[str, str]) -> tuple[Figure, Figure]:
    """The relation's two figures, in the currency order of ``pair``."""
    a, b = r["value"], r["converted"]
    return (a, b) if a.q.unit == pair[0] else (b, a)
