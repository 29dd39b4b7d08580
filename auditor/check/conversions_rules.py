"""UC: unit and currency conversions, against each other and against the rates of their time."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.arith import Iv
from auditor.check.common import E, W, as_of_line, finding, fmt_iv, stated
from auditor.check.registry import Rule, rule
from auditor.model import Finding
from auditor.relate import Figure, Relation, RelationKind, Relations, interval
from auditor.relate.conversions import currency_pairs, dated_alike, oriented

_HEDGES = ("at_most", "at_least", "above", "below")


@rule("UC01", "conversion-mismatch", E, "a unit conversion in brackets is wrong")
def conversion_mismatch(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A physical quantity and its stated conversion disagree.

    Flagged: "The lifts reach 17m/s, about 48mph (61km/h)."
    Fine:    "The lifts reach 17m/s, about 38mph (61km/h)."
    """
    from auditor.units import convert

    for rel in rels.testing(RelationKind.CONVERSION):
        a, b = rel["value"], rel["converted"]
        if a.kind != "measure" or not a.q.unit or not b.q.unit or a.q.unit == b.q.unit:
            continue
        # the writer rounds the converted figure, not the one converted: "300m (1,200ft)" is
        # 300m to the metre, though "300" alone could be a rounded 270
        # "up to 140km/h (52mph)": the hedge is on both sides, so the printed figures convert
        exact = a.q.value is not None and a.q.qualifier.value in ("exact", *_HEDGES)
        source = Iv.point(a.q.value or 0.0) if exact else interval(a)
        conv = convert(source, a.q.unit, b.q.unit)
        if conv is None:
            continue
        B = Iv.point(b.q.value) if b.q.value is not None and b.q.qualifier.value in _HEDGES else interval(b)
        v = b.q.value
        if v is not None and v == int(v) and B.hi - B.lo < 1:
            B = Iv(min(B.lo, v - 0.5), max(B.hi, v + 0.5))  # "6km (four-mile)": rounded to the mile
        if not conv.widen(0.03 + rels.tolerance).meets(B):
            unit = b.q.unit_text or b.q.unit.replace("_", " ")
            yield finding(me, E, f"{a.q.text} is {fmt_iv(conv)} {unit}, not {b.q.text}.", (a, b),
                          f"{a.q.text} = {fmt_iv(conv)} {unit}; stated: {stated(b)}", conv, B,
                          rel=rel)


@rule("UC02", "exchange-rate-inconsistent", E, "currency conversions imply different rates")
def exchange_rates(rels: Relations, me: Rule) -> Iterator[Finding]:
    """Currency conversions in one text imply different exchange rates.

    Flagged: "€2.4bn (£2.05bn) … €600m (£640m)" (1.17 and 0.94 euros to the pound)
    Fine:    "€2.4bn (£2.05bn) … €600m (£510m)"
    """
    conversions = rels.of(RelationKind.CONVERSION)
    for rel in conversions:
        a, b = rel["value"], rel["converted"]
        if a.kind == "money" and a.q.unit == b.q.unit and a.q.value and b.q.value:
            rels.tested.add(id(rel))
            if not interval(a).meets(interval(b)):
                yield finding(me, E, f"{a.q.text} is restated as {b.q.text} in the same currency.",
                               (a, b), f"{a.q.text} ≠ {b.q.text}", interval(a), interval(b), rel=rel)
    for rel in conversions:  # "between £415m and £425m ($779m-798m)": both ends at one rate
        a, b = rel["value"], rel["converted"]
        if a.kind == b.kind == "money" and a.q.unit != b.q.unit and _ends(a) and _ends(b):
            (a0, a1), (b0, b1) = _ends(a), _ends(b)  # type: ignore[misc]
            low, high = b0 / a0, b1 / a1
            if not low.widen(0.02 + rels.tolerance).meets(high):
                rels.tested.add(id(rel))
                yield finding(me, E, f"{a.q.text} = {b.q.text} implies {fmt_iv(low)} {b.q.unit} per "
                               f"{a.q.unit} at the low end and {fmt_iv(high)} at the high end.", (a, b),
                               f"{b.q.text} / {a.q.text}: low end {fmt_iv(low)}, high end {fmt_iv(high)}",
                               low, high, rel=rel)
    for pair, group in currency_pairs(conversions).items():
        if len(group) < 2:
            continue
        # Conversions dated in different years may use different rates: only a slip far beyond
        # a year's move (a missing zero, a rate a third or more apart) counts then.
        slack = 0.02 if dated_alike(group) else 0.15  # each side: rates about a third apart
        rels.tested.update(id(r) for r in group)
        rates = []
        for r in group:
            x, y = oriented(r, pair)
            rates.append((x, y, _printed(y, r) / _printed(x, r)))
        if _consensus([r[2] for r in rates], rels.tolerance + slack - 0.02) is not None:
            continue  # every conversion allows one rate
        for i, (x, y, iv) in enumerate(rates[:50]):
            others = [o for j, o in enumerate(rates[:50]) if j != i]
            consensus = _consensus([o[2] for o in others], rels.tolerance + slack - 0.02)
            if consensus is not None and not iv.widen(slack + rels.tolerance).meets(consensus):
                o = min(others, key=lambda o: o[2].hi - o[2].lo)
                yield finding(me, E, f"{x.q.text} = {y.q.text} implies {fmt_iv(iv)} {pair[1]} per "
                               f"{pair[0]}, but {o[0].q.text} = {o[1].q.text} implies "
                               f"{fmt_iv(o[2])}.", (x, y, o[0], o[1]),
                               f"{y.q.text} / {x.q.text} = {fmt_iv(iv)}; {o[1].q.text} / {o[0].q.text} "
                               f"= {fmt_iv(o[2])}", consensus, iv, rel=group[i])
                break


@rule("UC03", "exchange-rate-implausible", W, "a currency conversion implies a rate far from its time's")
def exchange_rate_implausible(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A lone currency conversion implies an exchange rate far outside the rates of its time.

    Flagged: "The studio paid $54.9m (£19.5m) for the rights." (as of 2004: 2.8 dollars a pound)
    Fine:    "The studio paid $54.9m (£29.5m) for the rights." (1.86 dollars a pound)
    """
    from auditor.check.fx import band

    years = _years_of(rels)
    when = "in any year since 1999" if years is None else f"in {years[0]}–{years[-1]}"
    for pair, group in currency_pairs(rels.of(RelationKind.CONVERSION)).items():
        if len(group) != 1:
            continue
        x, y = oriented(group[0], pair)
        allowed = band(pair[0], pair[1], years)
        if allowed is None:
            continue
        rels.tested.add(id(group[0]))
        iv = _printed(y, group[0]) / _printed(x, group[0])
        if not iv.widen(rels.tolerance).meets(allowed):
            yield finding(me, W, f"{x.q.text} = {y.q.text} implies {fmt_iv(iv)} {pair[1]} per "
                           f"{pair[0]}, far from the {fmt_iv(allowed)} of the reference rates "
                           f"{when}.", (x, y), f"{y.q.text} / {x.q.text} = {fmt_iv(iv)}; reference "
                           f"{when} (±20%): {fmt_iv(allowed)}", allowed, iv, as_of_line(rels),
                           rel=group[0])


def _years_of(rels: Relations) -> range | None:
    """The years a text's conversions may date from: around a given as-of date; else from six years
    before the first year the text writes out (a text may name only years to come) to four after
    its last; else any year.
    """
    if rels.as_of_source.startswith(("--as-of", "front matter")):
        return range(rels.as_of.year - 1, rels.as_of.year + 1)
    named = rels.figures.years
    return range(named[0] - 6, named[-1] + 5) if named else None


def _ends(f: Figure) -> tuple[Iv, Iv] | None:
    """A range's two ends, each to the rounding of its printed digits; None for a single figure."""
    q = f.q
    lo, hi = q.interval.low, q.interval.high
    if q.qualifier.value != "range" or lo is None or hi is None or not lo or lo >= hi:
        return None
    return Iv.point(lo).widen(0.005), Iv.point(hi).widen(0.005)


def _printed(f: Figure, rel: Relation) -> Iv:
    """A converted figure's printed value: "up to £9m ($27m)" hedges both sides alike, so a
    conversion compares what is printed, to its rounding. The writer rounds the conversion, not
    the amount converted: "€2m (£1.7m)" converts about €2m, not anything from €1.5m to €2.5m.
    """
    if f.q.qualifier.value in _HEDGES and f.q.value:
        return Iv.point(f.q.value).widen(0.01)
    iv = interval(f)
    if f is rel["value"] and f.q.qualifier.value == "exact" and f.q.value:
        near = Iv.point(f.q.value).widen(0.05)
        return Iv(max(iv.lo, near.lo), min(iv.hi, near.hi))
    return iv


def _consensus(ivs: list[Iv], tolerance: float) -> Iv | None:
    """The rate every other conversion allows, or None when they disagree among themselves."""
    common = ivs[0].widen(0.02 + tolerance)
    for iv in ivs[1:]:
        lo, hi = max(common.lo, iv.lo), min(common.hi, iv.hi)
        if lo > hi:
            return None
        common = Iv(lo, hi)
    return common
