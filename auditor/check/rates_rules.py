"""RT: rates, totals over their periods, and averages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.arith import Iv, fmt, total
from auditor.check.common import E, W, as_of_line, finding, fmt_iv, sources, stated
from auditor.check.registry import Rule, rule
from auditor.model import Finding
from auditor.relate import RelationKind, Relations, interval


@rule("RT01", "rate-times-period-mismatch", W, "a rate times the elapsed time misses a stated total")
def rate_times_period(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A rate multiplied by the time elapsed does not give the total stated for that time.

    Flagged: "Up to 30,000 soldiers desert each month." … "the total for the year is an
             estimated 180,000." (as of November: 18,000 a month, 60% of the stated rate)
    Fine:    "Passengers averaged 68,000 a day in March, bringing the month's total to 2.1m."
    """
    for rel in rels.testing(RelationKind.RATE_TOTAL):
        r, t = rel["rate"], rel["total"]
        n = float(rel.param("n"))  # type: ignore[arg-type]
        span = rel.param("span")
        R, T = interval(r), interval(t)
        per = r.q.per or ""
        when = _span_text(span)  # type: ignore[arg-type]
        low = float(rel.param("n_low", n))  # type: ignore[arg-type]
        expected = Iv(R.scale(low).lo, R.scale(n).hi)  # an opening date known only to its week or month
        capped = r.q.qualifier.value in ("at_most", "below")
        shown = f"up to {fmt_iv(Iv.point(expected.hi), t)}" if capped else fmt_iv(expected, t)
        arith = f"{r.q.text}/{per} × {n:g} {per}s ({when}) = {shown}; stated: {stated(t)}"
        assume = [as_of_line(rels), f"the period of {t.q.text} runs {when} "
                  f"(from '{rel.param('period_text')}' and the as-of date)", sources(r, t)]
        if capped:
            if T.lo > expected.hi * 1.02:
                yield finding(me, E, f"{t.q.text} over {when} is more than {r.q.text} a {per} "
                               f"allows in {n:g} {per}s ({fmt(expected.hi)}).", (r, t), arith,
                               expected, T, *assume, rel=rel)
            elif t.kind != "money" and n >= 3 and T.mid / n < R.hi * 2 / 3:
                avg = T.mid / n
                yield finding(me, W, f"{t.q.text} over {when} is {fmt(avg)} a {per}, "
                               f"{avg / R.hi:.0%} of the \"up to {r.q.text}\" a {per} stated; "
                               f"that fits only if \"up to\" means a peak {per}, not a typical one.",
                               (r, t), arith, expected, T, *assume, rel=rel)
            continue
        if r.q.qualifier.value in ("at_least", "above"):
            if T.hi < expected.lo * 0.98:
                yield finding(me, E, f"{t.q.text} over {when} is less than {r.q.text} a {per} "
                               f"gives in {n:g} {per}s.", (r, t), arith, expected, T, *assume, rel=rel)
            continue
        loose = expected.widen(0.03 + rels.tolerance)
        if not loose.meets(T):
            sev = E if loose.gap(T) > 0.15 and not rel.param("inferred") else W
            yield finding(me, sev, f"{r.q.text} a {per} over {n:g} {per}s ({when}) makes "
                           f"{fmt_iv(expected)}, but the text gives {t.q.text}.", (r, t), arith,
                           expected, T, *assume, rel=rel)


@rule("RT02", "average-mismatch", E, "a total over a span does not give the stated average")
def average_mismatch(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A total spread over a stated span does not give the rate the text states (or one rate
    restated in another time unit does not match).

    Flagged: "The charity raised £1.2m over 12 months, an average of £150,000 a month."
    Fine:    "The charity raised £1.2m over 12 months, an average of £100,000 a month."
    """
    for rel in rels.testing(RelationKind.AVERAGE):
        t, d, r = rel["total"], rel["span"], rel["average"]
        k = float(rel.param("per_span", 1.0))  # type: ignore[arg-type]
        total = interval(t)
        if t.q.unit and r.q.unit and t.q.unit != r.q.unit:  # "3.6 tonnes … 380kg a day"
            from auditor.units import convert

            converted = convert(total, t.q.unit, r.q.unit)
            if converted is None:
                continue
            total = converted
        avg = total / interval(d).scale(k)
        R = interval(r)
        if not avg.widen(0.02 + rels.tolerance).meets(R):
            per = rel.param("per") or r.q.per  # "400 families £5,000 each": a family
            span = d.q.text if k == 1 else f"{d.q.text} ({fmt_iv(interval(d).scale(k))} {per}s)"
            yield finding(me, E, f"{t.q.text} over {d.q.text} is {fmt_iv(avg, r)} a {per}, not "
                           f"{r.q.text}.", (t, d, r), f"{t.q.text} / {span} = {fmt_iv(avg, r)} a "
                           f"{per}; stated: {stated(r)}", avg, R, rel=rel)
    yield from _speeds(rels, me)
    for rel in rels.testing(RelationKind.RATE_RESTATED):
        a, b = rel["rate"], rel["restated"]
        k = float(rel.param("factor"))  # type: ignore[arg-type]
        want, got = interval(a).scale(k), interval(b)
        if not want.widen(0.05 + rels.tolerance).meets(got):
            yield finding(me, E, f"{a.q.text} a {a.per} is {fmt_iv(want, a)} a {b.per}, not "
                           f"{b.q.text}.", (a, b), f"{a.q.text} × {k:.4g} {a.per}s a {b.per} = "
                           f"{fmt_iv(want, a)}; stated: {stated(b)}", want, got, rel=rel)


def _span_text(span: tuple[dt.date, dt.date] | None) -> str:
    if not span:
        return "the period"
    a, b = span
    if a.year == b.year:
        if (a.day, b.day) == (1, _month_end(b)):
            return f"{b:%B %Y}" if a.month == b.month else f"{a:%b}–{b:%b} {b.year}"
        return f"{a:%-d %b}–{b:%-d %b} {b.year}"
    return f"{a.isoformat()}–{b.isoformat()}"


def _month_end(d: dt.date) -> int:
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (nxt - dt.timedelta(days=1)).day


def _speeds(rels: Relations, me: Rule) -> Iterator[Finding]:
    """ "42.2km in 2 hours 10 minutes, averaging 23.5km/h": distance over time is the speed."""
    from auditor.units import convert

    for rel in rels.testing(RelationKind.SPEED):
        v, d, times = rel["speed"], rel["distance"], rel.all("time")
        hours = [convert(interval(t), t.q.unit or "", "hour") for t in times]
        km = convert(interval(d), d.q.unit or "", "kilometer")
        if km is None or any(h is None for h in hours):
            continue
        took = total([h for h in hours if h is not None])
        want = convert(km / took, "kilometer_per_hour", v.q.unit or "")
        if want is None or not v.q.unit:
            continue
        if not want.widen(0.03 + rels.tolerance).meets(interval(v)):
            spent = " ".join(t.q.text for t in times)
            unit = v.q.unit_text or v.q.unit.replace("_", " ")
            yield finding(me, E, f"{d.q.text} in {spent} is an average of {fmt_iv(want)} {unit}, "
                           f"not {v.q.text}.", (v, d, *times),
                           f"{d.q.text} / {spent} = {fmt_iv(want)}; stated: {stated(v)}",
                           want, interval(v), rel=rel)
