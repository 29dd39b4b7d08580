"""The rule catalogue: one small function per rule, listed in RULES."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.arith import Iv, fmt, fmt_iv_money, total
from auditor.arith import fmt_iv as _fmt_iv
from auditor.check.registry import Rule, rule
from auditor.model import Finding, Period, Quantity, Severity
from auditor.read import repair_mojibake
from auditor.relate.context import Context, interval
from auditor.relate.conversions import currency_pairs, oriented

E, W = Severity.ERROR, Severity.WARNING


def _finding(r: Rule, sev: Severity, message: str, qs: tuple[Quantity, ...], arithmetic: str,
             expected: Iv | None, observed: Iv | None, *assumptions: str) -> Finding:
    def pair(iv: Iv | None) -> tuple[float, float] | None:
        return (iv.lo, iv.hi) if iv is not None else None

    def tidy(s: str) -> str:
        # Figures are quoted as printed; a mis-decoded "Â£" in the file reads as "£" here.
        return " ".join(repair_mojibake(s)[0].split())

    return Finding(r.code, r.name, sev, tidy(message), qs, tidy(arithmetic), pair(expected),
                   pair(observed), tuple(tidy(a) for a in assumptions if a))


def fmt_iv(iv: Iv, like: Quantity | None = None) -> str:
    """An interval, printed like the figure it is compared with (money as "£1.2m")."""
    if like is not None and like.kind.value == "money":
        return fmt_iv_money(iv, like.unit)
    return _fmt_iv(iv)


def _stated(q: Quantity) -> str:
    """A figure as stated, with the interval it admits when that is not a single value."""
    iv = interval(q)
    hedge = {"approx": "~", "at_most": "up to ", "above": "over ", "at_least": "at least ",
             "below": "under "}.get(q.qualifier.value, "")
    if iv.lo == iv.hi or q.qualifier.value in ("at_most", "above", "at_least", "below"):
        return f"{hedge}{q.text}"
    return f"{hedge}{q.text} ({fmt_iv(iv, q)})"


def _sources(*qs: Quantity) -> str:
    """Who gives which figure, when the figures come from different sources."""
    if len({q.source for q in qs}) < 2:
        return ""
    return "; ".join(f"{q.text} is from {q.source or 'an unattributed statement'}" for q in qs)


def _as_of(ctx: Context) -> str:
    return f"as of {ctx.ex.as_of.isoformat()} ({ctx.ex.as_of_source})"


# --- RT: rates and averages ------------------------------------------------------------------

@rule("RT01", "rate-times-period-mismatch", W, "a rate times the elapsed time misses a stated total")
def rate_times_period(ctx: Context, me: Rule) -> Iterator[Finding]:
    """A rate multiplied by the time elapsed does not give the total stated for that time.

    Flagged: "Up to 30,000 soldiers desert each month." … "the total for the year is an
             estimated 180,000." (as of November: 18,000 a month, 60% of the stated rate)
    Fine:    "Passengers averaged 68,000 a day in March, bringing the month's total to 2.1m."
    """
    for rel in ctx.relations_of("rate_total"):
        r, t = rel.quantities
        n = float(rel.param("n"))  # type: ignore[arg-type]
        span = rel.param("span")
        R, T = interval(r), interval(t)
        per = r.per or ""
        when = _span_text(span)  # type: ignore[arg-type]
        expected = R.scale(n)
        shown = f"up to {fmt_iv(Iv.point(expected.hi), t)}" if r.qualifier.value in (
            "at_most", "below") else fmt_iv(expected, t)
        arith = f"{r.text}/{per} × {n:g} {per}s ({when}) = {shown}; stated: {_stated(t)}"
        assume = [_as_of(ctx), f"the period of {t.text} runs {when} "
                  f"(from '{rel.param('period_text')}' and the as-of date)", _sources(r, t)]
        if r.qualifier.value in ("at_most", "below"):
            if T.lo > expected.hi * 1.02:
                yield _finding(me, E, f"{t.text} over {when} is more than {r.text} a {per} "
                               f"allows in {n:g} {per}s ({fmt(expected.hi)}).", (r, t), arith,
                               expected, T, *assume)
            elif t.kind.value != "money" and n >= 3 and T.mid / n < R.hi * 2 / 3:
                avg = T.mid / n
                yield _finding(me, W, f"{t.text} over {when} is {fmt(avg)} a {per}, "
                               f"{avg / R.hi:.0%} of the \"up to {r.text}\" a {per} stated; "
                               f"that fits only if \"up to\" means a peak {per}, not a typical one.",
                               (r, t), arith, expected, T, *assume)
            continue
        if r.qualifier.value in ("at_least", "above"):
            if T.hi < expected.lo * 0.98:
                yield _finding(me, E, f"{t.text} over {when} is less than {r.text} a {per} "
                               f"gives in {n:g} {per}s.", (r, t), arith, expected, T, *assume)
            continue
        loose = expected.widen(0.03 + ctx.tolerance)
        if not loose.meets(T):
            sev = E if loose.gap(T) > 0.15 else W
            yield _finding(me, sev, f"{r.text} a {per} over {n:g} {per}s ({when}) makes "
                           f"{fmt_iv(expected)}, but the text gives {t.text}.", (r, t), arith,
                           expected, T, *assume)


@rule("RT02", "average-mismatch", E, "a total over a span does not give the stated average")
def average_mismatch(ctx: Context, me: Rule) -> Iterator[Finding]:
    """A total spread over a stated span does not give the average the text states.

    Flagged: "The charity raised £1.2m over 12 months, an average of £150,000 a month."
    Fine:    "The charity raised £1.2m over 12 months, an average of £100,000 a month."
    """
    for rel in ctx.relations_of("average"):
        t, d, r = rel.quantities
        avg = interval(t) / interval(d)
        R = interval(r)
        if not avg.widen(0.02 + ctx.tolerance).meets(R):
            yield _finding(me, E, f"{t.text} over {d.text} is {fmt_iv(avg)} a {r.per}, not "
                           f"{r.text}.", (t, d, r), f"{t.text} / {d.text} = {fmt_iv(avg)} a "
                           f"{r.per}; stated: {_stated(r)}", avg, R)


def _span_text(span: tuple[dt.date, dt.date] | None) -> str:
    if not span:
        return "the period"
    a, b = span
    if a.year == b.year:
        return f"{a:%b}–{b:%b} {b.year}" if (a.day, b.day) == (1, _month_end(b)) else \
            f"{a:%-d %b}–{b:%-d %b} {b.year}"
    return f"{a.isoformat()}–{b.isoformat()}"


def _month_end(d: dt.date) -> int:
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (nxt - dt.timedelta(days=1)).day


# --- PW: parts and wholes --------------------------------------------------------------------

@rule("PW01", "part-exceeds-whole", E, "a part is larger than the whole it belongs to")
def part_exceeds_whole(ctx: Context, me: Rule) -> Iterator[Finding]:
    """A stated part is larger than the whole it belongs to.

    Flagged: "Of the 1,200 respondents, 1,450 said yes."
    Fine:    "Of the 1,200 respondents, 450 said yes."
    """
    for rel in ctx.relations_of("part_of"):
        part, whole = rel.quantities
        P, Wh = interval(part), interval(whole)
        if P.lo > Wh.hi:
            yield _finding(me, E, f"{part.text} is said to be part of {whole.text}, but it is "
                           "larger.", (part, whole), f"{_stated(part)} > {_stated(whole)}",
                           Iv(0, Wh.hi), P)


@rule("PW02", "parts-sum-mismatch", E, "listed parts do not add up to their stated total")
def parts_sum(ctx: Context, me: Rule) -> Iterator[Finding]:
    """Listed parts add up to more than their total (or, when the list is complete, less).

    Flagged: "The £96m package is split between housing (£52m), transport (£31m) and parks (£19m)."
    Fine:    "The £96m package is split between housing (£52m), transport (£31m) and parks (£13m)."
    """
    for rel in ctx.relations_of("parts"):
        t, *ps = rel.quantities
        T, S = interval(t), total([interval(p) for p in ps])
        arith = f"{' + '.join(p.text for p in ps)} = {fmt_iv(S, t)}; stated total: {_stated(t)}"
        if S.lo > T.hi:
            yield _finding(me, E, f"The parts listed add up to {fmt_iv(S, t)}, more than the "
                           f"{t.text} they are part of.", (t, *ps), arith, T, S)
        elif rel.param("exhaustive") and S.hi < T.lo:
            yield _finding(me, E, f"The parts listed add up to {fmt_iv(S, t)}, less than the "
                           f"{t.text} they make up.", (t, *ps), arith, T, S)


# --- PC: percent of --------------------------------------------------------------------------

@rule("PC01", "percent-of-mismatch", E, "a figure and its stated share of a whole disagree")
def percent_of(ctx: Context, me: Rule) -> Iterator[Finding]:
    """A part, its whole and the percentage given for it do not agree.

    Flagged: "About 18,500 of the 42,000 students, or 56%, got top grades."
    Fine:    "About 18,500 of the 42,000 students, or 44%, got top grades."
    """
    for rel in ctx.relations_of("percent_of"):
        part, whole, p = rel.quantities
        share = (interval(part) / interval(whole)).scale(100)
        P = interval(p)
        if not share.widen(0.01 + ctx.tolerance).meets(P):
            yield _finding(me, E, f"{part.text} of {whole.text} is {fmt_iv(share)}%, not "
                           f"{p.text}.", (part, whole, p),
                           f"{part.text} / {whole.text} × 100 = {fmt_iv(share)}%; stated: "
                           f"{_stated(p)}", share, P)
    for rel in ctx.relations_of("shares_of_total"):
        qs = rel.quantities
        pairs = list(zip(qs[::2], qs[1::2], strict=True))
        implied = [(a, b, (interval(a) / interval(b)).scale(100)) for a, b in pairs]
        common = implied[0][2]
        for a, b, iv in implied[1:]:
            if not common.widen(0.02 + ctx.tolerance).meets(iv):
                base = implied[0]
                yield _finding(me, E, f"{a.text} at {b.text} implies a total of {fmt_iv(iv)}, "
                               f"but {base[0].text} at {base[1].text} implies {fmt_iv(base[2])}.",
                               (base[0], base[1], a, b),
                               f"{base[0].text} / {base[1].text} = {fmt_iv(base[2])}; "
                               f"{a.text} / {b.text} = {fmt_iv(iv)}", base[2], iv)
                break
            common = Iv(max(common.lo, iv.lo), min(common.hi, iv.hi))


# --- CH: changes and multipliers -------------------------------------------------------------

def _signed(ctx: Context, q: Quantity) -> Iv:
    """A figure's interval, negative when the text calls it a loss."""
    iv = interval(q)
    after = ctx.after(q, 40).lower()
    if after.lstrip(" of").startswith(("operating loss", "loss", "net loss", "a loss")) or \
            " of operating loss" in after[:30] or after.startswith(" loss"):
        return Iv(-iv.hi, -iv.lo)
    return iv


@rule("CH01", "change-mismatch", E, "a change's amount, percentage or direction misses its ends")
def change_mismatch(ctx: Context, me: Rule) -> Iterator[Finding]:
    """A stated change does not match the values it runs between.

    Flagged: "Thefts rose 15% last year to 920 from 840."
    Fine:    "Thefts rose 9.5% last year to 920 from 840."
    """
    for rel in ctx.relations_of("change"):
        a, b = rel.param("from"), rel.param("to")
        d, p = rel.param("delta"), rel.param("pct")
        direction = rel.param("direction")
        if isinstance(a, Quantity) and isinstance(b, Quantity) and a.unit == b.unit:
            A, B = _signed(ctx, a), _signed(ctx, b)
            diff = B - A
            if isinstance(d, Quantity) and d.unit == a.unit and d.kind == a.kind:
                D = interval(d)
                want = D if direction != "down" else Iv(-D.hi, -D.lo)
                if direction is None:
                    diff = Iv(min(abs(diff.lo), abs(diff.hi)), max(abs(diff.lo), abs(diff.hi)))
                if not diff.widen(0.01 + ctx.tolerance).meets(want):
                    yield _finding(me, E, f"From {a.text} to {b.text} is a change of "
                                   f"{fmt_iv(diff, a)}, not {d.text}.", (a, b, d),
                                   f"{b.text} − {a.text} = {fmt_iv(diff, a)}; stated: "
                                   f"{'−' if direction == 'down' else ''}{_stated(d)}", want, diff)
                    continue
            if isinstance(p, Quantity):
                pct = (diff / A).scale(100)
                P = interval(p)
                want = P if direction != "down" else Iv(-P.hi, -P.lo)
                if direction is None:
                    pct = Iv(min(abs(pct.lo), abs(pct.hi)), max(abs(pct.lo), abs(pct.hi)))
                if not pct.widen(0.02 + ctx.tolerance).meets(want):
                    yield _finding(me, E, f"From {a.text} to {b.text} is a change of "
                                   f"{fmt_iv(pct)}%, not {p.text}.", (a, b, p),
                                   f"({b.text} − {a.text}) / {a.text} × 100 = {fmt_iv(pct)}%; "
                                   f"stated: {_stated(p)}", want, pct)
                    continue
            if direction in ("up", "down") and not isinstance(d, Quantity) and \
                    not isinstance(p, Quantity) and rel.param("multiplier") is None and \
                    a.kind.value != "number":  # "up from sixth to fifth" in a chart
                if (direction == "up" and diff.hi < 0) or (direction == "down" and diff.lo > 0):
                    yield _finding(me, E, f"The text says the figure went {direction}, but "
                                   f"{a.text} to {b.text} goes the other way.", (a, b),
                                   f"{b.text} − {a.text} = {fmt_iv(diff, a)}", None, diff)
        elif isinstance(a, Quantity) and isinstance(d, Quantity) and isinstance(p, Quantity):
            pct = (interval(d) / interval(a)).scale(100)
            if not pct.widen(0.02 + ctx.tolerance).meets(interval(p)):
                yield _finding(me, E, f"A change of {d.text} from {a.text} is {fmt_iv(pct)}%, "
                               f"not {p.text}.", (a, d, p),
                               f"{d.text} / {a.text} × 100 = {fmt_iv(pct)}%; stated: {_stated(p)}",
                               interval(p), pct)


@rule("CH02", "multiplier-mismatch", E, "\"doubled\" or \"three times\" does not fit the values")
def multiplier_mismatch(ctx: Context, me: Rule) -> Iterator[Finding]:
    """A multiplier word does not fit the ratio of the values it describes.

    Flagged: "Free cash flow almost doubled to $100.1m, compared to $30.9m."
    Fine:    "Free cash flow almost doubled to $100.1m, compared to $50.9m."
    """
    for rel in ctx.relations_of("change"):
        m = rel.param("multiplier")
        a, b = rel.param("from"), rel.param("to")
        if m is None or not isinstance(a, Quantity) or not isinstance(b, Quantity):
            continue
        ratio = interval(b) / interval(a)
        hedge = str(rel.param("multiplier_hedge") or "")
        k = float(m)  # type: ignore[arg-type]
        band = {"almost": Iv(k * 0.8, k), "nearly": Iv(k * 0.8, k), "more": Iv(k, k * 1.5),
                "roughly": Iv(k * 0.85, k * 1.15), "about": Iv(k * 0.85, k * 1.15)}.get(
            hedge, Iv(k * 0.9, k * 1.1))
        if not ratio.meets(band):
            yield _finding(me, E, f"\"{rel.param('multiplier_text')}\" means a ratio of "
                           f"{fmt_iv(band)}, but {b.text} / {a.text} is {fmt_iv(ratio)}.",
                           (a, b), f"{b.text} / {a.text} = {fmt_iv(ratio)}; "
                           f"\"{rel.param('multiplier_text')}\": {fmt_iv(band)}", band, ratio)
    for rel in ctx.relations_of("at_least_double"):
        (p,) = rel.quantities
        P = interval(p)
        if P.hi < 100:
            yield _finding(me, W, f"The text says \"{rel.param('claim')}\", which is a rise of "
                           f"at least 100%, but it also gives a rise of {p.text}.", (p,),
                           f"\"{rel.param('claim')}\" ⇒ ≥ 100%; stated: {_stated(p)}",
                           Iv(100, float("inf")), P)


# --- UC: conversions -------------------------------------------------------------------------

@rule("UC01", "conversion-mismatch", E, "a unit conversion in brackets is wrong")
def conversion_mismatch(ctx: Context, me: Rule) -> Iterator[Finding]:
    """A physical quantity and its stated conversion disagree.

    Flagged: "The lifts reach 17m/s, about 48mph (61km/h)."
    Fine:    "The lifts reach 17m/s, about 38mph (61km/h)."
    """
    from auditor.units import convert

    for rel in ctx.relations_of("conversion"):
        a, b = rel.quantities
        if a.kind.value != "measure" or not a.unit or not b.unit or a.unit == b.unit:
            continue
        conv = convert(interval(a), a.unit, b.unit)
        if conv is None:
            continue
        B = interval(b)
        if not conv.widen(0.03 + ctx.tolerance).meets(B):
            yield _finding(me, E, f"{a.text} is {fmt_iv(conv)} {b.unit.replace('_', ' ')}, "
                           f"not {b.text}.", (a, b), f"{a.text} = {fmt_iv(conv)} in "
                           f"{b.unit}; stated: {_stated(b)}", conv, B)


@rule("UC02", "exchange-rate-inconsistent", E, "currency conversions imply different rates")
def exchange_rates(ctx: Context, me: Rule) -> Iterator[Finding]:
    """Currency conversions in one text imply different exchange rates.

    Flagged: "€2.4bn (£2.05bn) … €600m (£640m)" (1.17 and 0.94 euros to the pound)
    Fine:    "€2.4bn (£2.05bn) … €600m (£510m)"
    """
    for rel in ctx.relations_of("conversion"):
        a, b = rel.quantities
        if a.kind.value == "money" and a.unit == b.unit and a.value and b.value and \
                not interval(a).meets(interval(b)):
            yield _finding(me, E, f"{a.text} is restated as {b.text} in the same currency.",
                           (a, b), f"{a.text} ≠ {b.text}", interval(a), interval(b))
    for pair, rels in currency_pairs(ctx.relations_of("conversion")).items():
        if len(rels) < 2:
            continue
        rates = []
        for r in rels:
            x, y = oriented(r, pair)
            rates.append((x, y, interval(y) / interval(x)))
        for i, (x, y, iv) in enumerate(rates):
            others = [o for j, o in enumerate(rates) if j != i]
            consensus = _consensus([o[2] for o in others], ctx.tolerance)
            if consensus is not None and not iv.widen(0.02 + ctx.tolerance).meets(consensus):
                o = min(others, key=lambda o: o[2].hi - o[2].lo)
                yield _finding(me, E, f"{x.text} = {y.text} implies {fmt_iv(iv)} {pair[1]} per "
                               f"{pair[0]}, but {o[0].text} = {o[1].text} implies "
                               f"{fmt_iv(o[2])}.", (x, y, o[0], o[1]),
                               f"{y.text} / {x.text} = {fmt_iv(iv)}; {o[1].text} / {o[0].text} "
                               f"= {fmt_iv(o[2])}", consensus, iv)
                break


def _consensus(ivs: list[Iv], tolerance: float) -> Iv | None:
    """The rate every other conversion allows, or None when they disagree among themselves."""
    common = ivs[0].widen(0.02 + tolerance)
    for iv in ivs[1:]:
        lo, hi = max(common.lo, iv.lo), min(common.hi, iv.hi)
        if lo > hi:
            return None
        common = Iv(lo, hi)
    return common


# --- RS / MG: the same figure twice ----------------------------------------------------------

@rule("RS01", "restated-figure-differs", W, "one measure is given two different values")
def restated_differs(ctx: Context, me: Rule) -> Iterator[Finding]:
    """The same measure over the same period is stated twice with different values.

    Flagged: "A landslide killed 23 people." … "a day of mourning for the 32 victims."
    Fine:    "A landslide killed 23 people." … "a day of mourning for the 23 victims."
    """
    for rel in ctx.relations_of("restated"):
        a, b = rel.quantities
        A, B = interval(a), interval(b)
        if A.widen(0.01 + ctx.tolerance).meets(B) or _magnitude(a, b):
            continue
        strong = bool(rel.param("headline") or rel.param("definite"))
        sev = E if strong and a.kind.value == "money" else W
        yield _finding(me, sev, f"{a.text} and {b.text} seem to give the same measure "
                       f"({_key_text(rel.param('key'))}) two different values.", (a, b),
                       f"{_stated(a)} ≠ {_stated(b)}", A, B)


@rule("MG01", "magnitude-slip", E, "one figure appears as millions and as billions")
def magnitude_slip(ctx: Context, me: Rule) -> Iterator[Finding]:
    """The same figure appears with different scale words (million vs billion).

    Flagged: "the £12.4m jackpot" … "the £12.4bn prize would be paid in full"
    Fine:    "the £12.4m jackpot" … "the £12.4m prize would be paid in full"
    """
    for rel in ctx.relations_of("magnitude"):
        a, b = rel.quantities
        k = _magnitude(a, b)
        if k:
            yield _finding(me, E, f"{a.text} and {b.text} give the same measure a thousand-fold "
                           "apart: one scale word is wrong.", (a, b),
                           f"{b.text} / {a.text} = {fmt(k)}", interval(a), interval(b))


def _magnitude(a: Quantity, b: Quantity) -> float | None:
    if not a.value or not b.value:
        return None
    ratio = b.value / a.value
    for k in (1e3, 1e6, 1e-3, 1e-6):
        if abs(ratio / k - 1) < 1e-6:
            return k
    return None


def _key_text(key: object) -> str:
    if isinstance(key, tuple):
        return " · ".join(str(k) for k in key[1:] if k)
    return str(key)


# --- DT: dates -------------------------------------------------------------------------------

def _year(p: Period | None, fallback: dt.date) -> dt.date:
    return p.start if p is not None and p.start is not None else fallback


@rule("DT01", "date-arithmetic-mismatch", E, "an age, \"years ago\" or duration misses its dates")
def date_arithmetic(ctx: Context, me: Rule) -> Iterator[Finding]:
    """Ages, "N years ago" or durations do not fit the dates the text gives.

    Flagged: "He was 45 when he became chief executive in 2015. He was born in 1975."
    Fine:    "He was 40 when he became chief executive in 2015. He was born in 1975."
    """
    as_of = ctx.ex.as_of
    for rel in ctx.relations_of("age_birth"):
        (age,) = rel.quantities
        birth = rel.param("birth")
        assert isinstance(birth, Period) and birth.start is not None
        ref_p = rel.param("ref")
        ref = _year(ref_p if isinstance(ref_p, Period) else None, as_of)
        exact = birth.granularity == "day" and ref_p is None
        hi = ref.year - birth.start.year
        lo = hi - 1
        if exact and (ref.month, ref.day) >= (birth.start.month, birth.start.day):
            lo = hi
        elif exact:
            hi = lo
        got = interval(age)
        if not got.meets(Iv(lo, hi)):
            when = ref_p.text if isinstance(ref_p, Period) else f"{as_of:%-d %B %Y}"
            yield _finding(me, E, f"Born {birth.text}, the person was {fmt_iv(Iv(lo, hi))} at "
                           f"{when}, not {age.text}.", (age,),
                           f"{ref.year} − {birth.start.year} = {hi}; stated age: {age.text}",
                           Iv(lo, hi), got, _as_of(ctx) if ref_p is None else "")
    for rel in ctx.relations_of("ago"):
        (dur,) = rel.quantities
        p = rel.param("date")
        assert isinstance(p, Period) and p.start is not None
        years = (as_of - p.start).days / 365.25
        want = Iv(int(years) - (0 if years % 1 else 1), int(years) + 1)
        if not interval(dur).meets(want):
            yield _finding(me, E, f"{p.text} was {years:.1f} years before {as_of:%-d %B %Y}, "
                           f"not {dur.text}.", (dur,),
                           f"{as_of:%Y-%m-%d} − {p.start:%Y-%m-%d} = {years:.1f} years; stated: "
                           f"{dur.text} ago", want, interval(dur), _as_of(ctx))
    for rel in ctx.relations_of("duration_span"):
        (dur,) = rel.quantities
        p = rel.param("span")
        assert isinstance(p, Period) and p.start is not None and p.end is not None
        years = p.end.year - p.start.year
        want = Iv(years - 1, years + 1)
        if not interval(dur).meets(want):
            yield _finding(me, E, f"{p.text} spans about {years} years, not {dur.text}.",
                           (dur,), f"{p.end.year} − {p.start.year} = {years}; stated: {dur.text}",
                           want, interval(dur))


RULES: tuple[Rule, ...] = (rate_times_period, average_mismatch, part_exceeds_whole, parts_sum, percent_of,
                           change_mismatch, multiplier_mismatch, conversion_mismatch,
                           exchange_rates, restated_differs, magnitude_slip, date_arithmetic)
RULES_BY_CODE = {r.code: r for r in RULES}
