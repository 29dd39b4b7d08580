"""The rule catalogue: one small function per rule, listed in RULES."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.arith import Iv, fmt, fmt_iv_money, total
from auditor.arith import fmt_iv as _fmt_iv
from auditor.check.registry import Rule, rule
from auditor.model import Finding, Period, Severity
from auditor.read import repair_mojibake
from auditor.relate import Figure, Relation, RelationKind, Relations, interval
from auditor.relate.conversions import currency_pairs, dated_alike, oriented

E, W = Severity.ERROR, Severity.WARNING


def _finding(r: Rule, sev: Severity, message: str, figs: tuple[Figure, ...], arithmetic: str,
             expected: Iv | None, observed: Iv | None, *assumptions: str,
             rel: Relation | None = None) -> Finding:
    def pair(iv: Iv | None) -> tuple[float, float] | None:
        return (iv.lo, iv.hi) if iv is not None else None

    def tidy(s: str) -> str:
        # Figures are quoted as printed; a mis-decoded "Â£" in the file reads as "£" here.
        return " ".join(repair_mojibake(s)[0].split())

    cited = (*assumptions, *(rel.cues if rel is not None else ()))
    return Finding(r.code, r.name, sev, tidy(message), tuple(f.q for f in figs), tidy(arithmetic),
                   pair(expected), pair(observed), tuple(tidy(a) for a in cited if a))


def fmt_iv(iv: Iv, like: Figure | None = None) -> str:
    """An interval, printed like the figure it is compared with (money as "£1.2m")."""
    if like is not None and like.kind == "money":
        return fmt_iv_money(iv, like.q.unit)
    return _fmt_iv(iv)


def _stated(f: Figure) -> str:
    """A figure as stated, with the interval it admits when that is not a single value."""
    q = f.q
    iv = interval(f)
    hedge = {"approx": "~", "at_most": "up to ", "above": "over ", "at_least": "at least ",
             "below": "under "}.get(q.qualifier.value, "")
    if iv.lo == iv.hi or q.qualifier.value in ("at_most", "above", "at_least", "below"):
        return f"{hedge}{q.text}"
    return f"{hedge}{q.text} ({fmt_iv(iv, f)})"


def _sources(*figs: Figure) -> str:
    """Who gives which figure, when the figures come from different sources."""
    if len({f.q.source for f in figs}) < 2:
        return ""
    return "; ".join(f"{f.q.text} is from {f.q.source or 'an unattributed statement'}" for f in figs)


def _as_of(rels: Relations) -> str:
    return f"as of {rels.as_of.isoformat()} ({rels.as_of_source})"


# --- RT: rates and averages ------------------------------------------------------------------

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
        expected = R.scale(n)
        capped = r.q.qualifier.value in ("at_most", "below")
        shown = f"up to {fmt_iv(Iv.point(expected.hi), t)}" if capped else fmt_iv(expected, t)
        arith = f"{r.q.text}/{per} × {n:g} {per}s ({when}) = {shown}; stated: {_stated(t)}"
        assume = [_as_of(rels), f"the period of {t.q.text} runs {when} "
                  f"(from '{rel.param('period_text')}' and the as-of date)", _sources(r, t)]
        if capped:
            if T.lo > expected.hi * 1.02:
                yield _finding(me, E, f"{t.q.text} over {when} is more than {r.q.text} a {per} "
                               f"allows in {n:g} {per}s ({fmt(expected.hi)}).", (r, t), arith,
                               expected, T, *assume, rel=rel)
            elif t.kind != "money" and n >= 3 and T.mid / n < R.hi * 2 / 3:
                avg = T.mid / n
                yield _finding(me, W, f"{t.q.text} over {when} is {fmt(avg)} a {per}, "
                               f"{avg / R.hi:.0%} of the \"up to {r.q.text}\" a {per} stated; "
                               f"that fits only if \"up to\" means a peak {per}, not a typical one.",
                               (r, t), arith, expected, T, *assume, rel=rel)
            continue
        if r.q.qualifier.value in ("at_least", "above"):
            if T.hi < expected.lo * 0.98:
                yield _finding(me, E, f"{t.q.text} over {when} is less than {r.q.text} a {per} "
                               f"gives in {n:g} {per}s.", (r, t), arith, expected, T, *assume, rel=rel)
            continue
        loose = expected.widen(0.03 + rels.tolerance)
        if not loose.meets(T):
            sev = E if loose.gap(T) > 0.15 else W
            yield _finding(me, sev, f"{r.q.text} a {per} over {n:g} {per}s ({when}) makes "
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
        avg = interval(t) / interval(d)
        R = interval(r)
        if not avg.widen(0.02 + rels.tolerance).meets(R):
            yield _finding(me, E, f"{t.q.text} over {d.q.text} is {fmt_iv(avg)} a {r.q.per}, not "
                           f"{r.q.text}.", (t, d, r), f"{t.q.text} / {d.q.text} = {fmt_iv(avg)} a "
                           f"{r.q.per}; stated: {_stated(r)}", avg, R, rel=rel)


    for rel in rels.testing(RelationKind.RATE_RESTATED):
        a, b = rel["rate"], rel["restated"]
        k = float(rel.param("factor"))  # type: ignore[arg-type]
        want, got = interval(a).scale(k), interval(b)
        if not want.widen(0.05 + rels.tolerance).meets(got):
            yield _finding(me, E, f"{a.q.text} a {a.per} is {fmt_iv(want, a)} a {b.per}, not "
                           f"{b.q.text}.", (a, b), f"{a.q.text} × {k:.4g} {a.per}s a {b.per} = "
                           f"{fmt_iv(want, a)}; stated: {_stated(b)}", want, got, rel=rel)


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
def part_exceeds_whole(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A stated part is larger than the whole it belongs to.

    Flagged: "Of the 1,200 respondents, 1,450 said yes."
    Fine:    "Of the 1,200 respondents, 450 said yes."
    """
    for rel in rels.testing(RelationKind.PART_OF):
        part, whole = rel["part"], rel["whole"]
        P, Wh = interval(part), interval(whole)
        if P.lo > Wh.hi:
            yield _finding(me, E, f"{part.q.text} is said to be part of {whole.q.text}, but it is "
                           "larger.", (part, whole), f"{_stated(part)} > {_stated(whole)}",
                           Iv(0, Wh.hi), P, rel=rel)


@rule("PW02", "parts-sum-mismatch", E, "listed parts do not add up to their stated total")
def parts_sum(rels: Relations, me: Rule) -> Iterator[Finding]:
    """Listed parts add up to more than their total (or, when the list is complete, less).

    Flagged: "The £96m package is split between housing (£52m), transport (£31m) and parks (£19m)."
    Fine:    "The £96m package is split between housing (£52m), transport (£31m) and parks (£13m)."
    """
    for rel in rels.testing(RelationKind.PARTS):
        t, ps = rel["total"], rel.all("part")
        T, S = interval(t), total([interval(p) for p in ps])
        arith = f"{' + '.join(p.q.text for p in ps)} = {fmt_iv(S, t)}; stated total: {_stated(t)}"
        if S.lo > T.hi * (1 + rels.tolerance):
            yield _finding(me, E, f"The parts listed add up to {fmt_iv(S, t)}, more than the "
                           f"{t.q.text} they are part of.", (t, *ps), arith, T, S, rel=rel)
        elif rel.param("exhaustive") and S.hi < T.lo * (1 - rels.tolerance):
            yield _finding(me, E, f"The parts listed add up to {fmt_iv(S, t)}, less than the "
                           f"{t.q.text} they make up.", (t, *ps), arith, T, S, rel=rel)
    for rel in rels.testing(RelationKind.EXHAUSTIVE_SHARES):
        ps = rel.all("part")
        S = total([interval(p) for p in ps])
        if not S.widen(0.01 + rels.tolerance).meets(Iv.point(100)):
            yield _finding(me, E, f"The shares listed add up to {fmt_iv(S)}%, but with the rest "
                           "included they should make 100%.", tuple(ps),
                           f"{' + '.join(p.q.text for p in ps)} = {fmt_iv(S)}%; expected: 100%",
                           Iv.point(100), S, rel=rel)


# --- PC: percent of --------------------------------------------------------------------------

def _percent(f: Figure) -> Iv:
    """A share as a percentage; "a quarter" and "two in five" are read loosely (±10% of their value)."""
    if f.kind == "fraction":
        return interval(f).scale(100).widen(0.1)
    return interval(f)


@rule("PC01", "percent-of-mismatch", E, "a figure and its stated share of a whole disagree")
def percent_of(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A part, its whole and the percentage given for it do not agree.

    Flagged: "About 18,500 of the 42,000 students, or 56%, got top grades."
    Fine:    "About 18,500 of the 42,000 students, or 44%, got top grades."
    """
    for rel in rels.testing(RelationKind.PERCENT_OF):
        part, whole, p = rel["part"], rel["whole"], rel["percent"]
        share = (interval(part) / interval(whole)).scale(100)
        P = _percent(p)
        if not share.widen(0.01 + rels.tolerance).meets(P):
            yield _finding(me, E, f"{part.q.text} of {whole.q.text} is {fmt_iv(share)}%, not "
                           f"{p.q.text}.", (part, whole, p),
                           f"{part.q.text} / {whole.q.text} × 100 = {fmt_iv(share)}%; stated: "
                           f"{_stated(p)}", share, P, rel=rel)
    for rel in rels.testing(RelationKind.SHARES_OF_TOTAL):
        pairs = list(zip(rel.all("amount"), rel.all("percent"), strict=True))
        implied = [(a, b, (interval(a) / interval(b)).scale(100)) for a, b in pairs]
        common = implied[0][2]
        for a, b, iv in implied[1:]:
            if not common.widen(0.02 + rels.tolerance).meets(iv):
                base = implied[0]
                yield _finding(me, E, f"{a.q.text} at {b.q.text} implies a total of {fmt_iv(iv)}, "
                               f"but {base[0].q.text} at {base[1].q.text} implies {fmt_iv(base[2])}.",
                               (base[0], base[1], a, b),
                               f"{base[0].q.text} / {base[1].q.text} = {fmt_iv(base[2])}; "
                               f"{a.q.text} / {b.q.text} = {fmt_iv(iv)}", base[2], iv, rel=rel)
                break
            common = Iv(max(common.lo, iv.lo), min(common.hi, iv.hi))


# --- CH: changes and multipliers -------------------------------------------------------------

def _ends(a: Figure, b: Figure) -> tuple[Iv, Iv]:
    """Two ends of a change, signed where one of them is a loss and the other is not."""
    signed = a.sign != b.sign
    return interval(a, signed=signed), interval(b, signed=signed)


def _directed(iv: Iv, direction: object) -> Iv:
    """A stated amount of change as a signed interval (its size alone when no direction is given)."""
    return Iv(-iv.hi, -iv.lo) if direction == "down" else iv


def _size(iv: Iv) -> Iv:
    """The magnitude of a signed interval."""
    if iv.lo >= 0:
        return iv
    if iv.hi <= 0:
        return Iv(-iv.hi, -iv.lo)
    return Iv(0, max(-iv.lo, iv.hi))


@rule("CH01", "change-mismatch", E, "a change's amount, percentage or direction misses its ends")
def change_mismatch(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A stated change does not match the values it runs between.

    Flagged: "Thefts rose 15% last year to 920 from 840."
    Fine:    "Thefts rose 9.5% last year to 920 from 840."
    """
    for rel in rels.testing(RelationKind.CHANGE):
        finding = _change_finding(rels, me, rel)
        if finding is not None:
            yield finding


def _change_finding(rels: Relations, me: Rule, rel: Relation) -> Finding | None:
    a, b, d, p = rel.get("from"), rel.get("to"), rel.get("delta"), rel.get("percent")
    direction = rel.param("direction")
    slack = rels.tolerance
    if a is None and b is not None and d is not None and p is not None and direction in ("up", "down"):
        # "closed down 31p, or 4%, at 712p": the start is the end less the change.
        D = _directed(interval(d), direction)
        start = interval(b) - D
        pct = (D / start).scale(100)
        want = _directed(_percent(p), direction)
        if not pct.widen(0.02 + slack).meets(want):
            return _finding(me, E, f"A change of {d.q.text} to {b.q.text} is {fmt_iv(_size(pct))}%, "
                            f"not {p.q.text}.", (b, d, p), f"{d.q.text} / ({b.q.text} "
                            f"{'+' if direction == 'down' else '−'} {d.q.text}) × 100 = "
                            f"{fmt_iv(_size(pct))}%; stated: {_stated(p)}", want, pct, rel=rel)
        return None
    if a is None or b is None:
        if a is not None and d is not None and p is not None:
            pct = (interval(d) / interval(a)).scale(100)
            if not pct.widen(0.02 + slack).meets(_percent(p)):
                return _finding(me, E, f"A change of {d.q.text} from {a.q.text} is {fmt_iv(pct)}%, "
                                f"not {p.q.text}.", (a, d, p), f"{d.q.text} / {a.q.text} × 100 = "
                                f"{fmt_iv(pct)}%; stated: {_stated(p)}", interval(p), pct, rel=rel)
        return None
    A, B = _ends(a, b)
    diff = B - A
    if d is not None:
        D = interval(d).scale(0.01) if d.q.unit == "basis_point" else interval(d)
        want = _directed(D, direction)
        got = diff if direction in ("up", "down") else _size(diff)
        if not got.widen(0.01 + slack).meets(want):
            return _finding(me, E, f"From {a.q.text} to {b.q.text} is a change of "
                            f"{fmt_iv(got, a)}, not {d.q.text}.", (a, b, d),
                            f"{b.q.text} − {a.q.text} = {fmt_iv(got, a)}; stated: "
                            f"{'−' if direction == 'down' else ''}{_stated(d)}", want, got, rel=rel)
    if p is not None:
        pct = (diff / A).scale(100)
        want = _directed(_percent(p), direction)
        got = pct if direction in ("up", "down") else _size(pct)
        fits = got.widen(0.02 + slack).meets(want)
        if a.kind == "percent":  # "rose 2% to 12% from 10%" may be points
            fits = fits or (diff if direction in ("up", "down") else _size(diff)).widen(0.02).meets(want)
        if not fits:
            return _finding(me, E, f"From {a.q.text} to {b.q.text} is a change of "
                            f"{fmt_iv(got)}%, not {p.q.text}.", (a, b, p),
                            f"({b.q.text} − {a.q.text}) / {a.q.text} × 100 = {fmt_iv(got)}%; "
                            f"stated: {_stated(p)}", want, got, rel=rel)
    if direction in ("up", "down") and d is None and p is None and rel.param("multiplier") is None \
            and a.sign == b.sign and not (a.kind == b.kind == "number" and max(A.hi, B.hi) < 100):  # ranks
        if (direction == "up" and diff.hi < 0) or (direction == "down" and diff.lo > 0):
            return _finding(me, E, f"The text says the figure went {direction} "
                            f"('{rel.param('direction_cue')}'), but {a.q.text} to {b.q.text} goes "
                            "the other way.", (a, b), f"{b.q.text} − {a.q.text} = {fmt_iv(diff, a)}",
                            None, diff, rel=rel)
    return None


_MULTIPLIER_BANDS = {"almost": (0.8, 1.0), "nearly": (0.8, 1.0), "more": (1.0, 2.0), "over": (1.0, 2.0),
                     "roughly": (0.85, 1.15), "about": (0.85, 1.15), "around": (0.85, 1.15)}


@rule("CH02", "multiplier-mismatch", E, "\"doubled\" or \"three times\" does not fit the values")
def multiplier_mismatch(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A multiplier word does not fit the ratio of the values it describes.

    Flagged: "Free cash flow almost doubled to $100.1m, compared to $30.9m."
    Fine:    "Free cash flow almost doubled to $100.1m, compared to $50.9m."
    """
    for rel in rels.testing(RelationKind.CHANGE):
        m = rel.param("multiplier")
        a, b = rel.get("from"), rel.get("to")
        if m is None or a is None or b is None:
            continue
        ratio = interval(b) / interval(a)
        k = float(m)  # type: ignore[arg-type]
        hedge = str(rel.param("multiplier_hedge") or "")
        lo, hi = _MULTIPLIER_BANDS.get(hedge, (0.9, 1.1))
        band = Iv(k * lo, k * hi) if k >= 1 else Iv(k / hi, k / lo)  # "more than halved" is under ½
        text = f"{'more than' if hedge == 'more' else hedge} {rel.param('multiplier_text')}".strip()
        if not ratio.meets(band):
            yield _finding(me, E, f"\"{text}\" means a ratio of {fmt_iv(band)}, but {b.q.text} / "
                           f"{a.q.text} is {fmt_iv(ratio)}.", (a, b),
                           f"{b.q.text} / {a.q.text} = {fmt_iv(ratio)}; \"{text}\": {fmt_iv(band)}",
                           band, ratio, rel=rel)
    for rel in rels.testing(RelationKind.AT_LEAST_DOUBLE):
        p = rel["percent"]
        P = interval(p)
        if P.hi < 100:
            yield _finding(me, W, f"The text says the figure at least doubled, a rise of at least "
                           f"100%, but it also gives a rise of {p.q.text}.", (p,),
                           f"at least a doubling ⇒ ≥ 100%; stated: {_stated(p)}",
                           Iv(100, float("inf")), P, rel=rel)


# --- UC: conversions -------------------------------------------------------------------------

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
        conv = convert(interval(a), a.q.unit, b.q.unit)
        if conv is None:
            continue
        B = interval(b)
        if not conv.widen(0.03 + rels.tolerance).meets(B):
            yield _finding(me, E, f"{a.q.text} is {fmt_iv(conv)} {b.q.unit.replace('_', ' ')}, "
                           f"not {b.q.text}.", (a, b), f"{a.q.text} = {fmt_iv(conv)} in "
                           f"{b.q.unit}; stated: {_stated(b)}", conv, B, rel=rel)


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
                yield _finding(me, E, f"{a.q.text} is restated as {b.q.text} in the same currency.",
                               (a, b), f"{a.q.text} ≠ {b.q.text}", interval(a), interval(b), rel=rel)
    for pair, group in currency_pairs(conversions).items():
        if len(group) < 2:
            continue
        # Conversions dated in different years may use different rates: only a slip far beyond
        # a year's move (a missing zero) counts then.
        slack = 0.02 if dated_alike(group) else 0.5
        rels.tested.update(id(r) for r in group)
        rates = []
        for r in group:
            x, y = oriented(r, pair)
            rates.append((x, y, _printed(y) / _printed(x)))
        if _consensus([r[2] for r in rates], rels.tolerance + slack - 0.02) is not None:
            continue  # every conversion allows one rate
        for i, (x, y, iv) in enumerate(rates[:50]):
            others = [o for j, o in enumerate(rates[:50]) if j != i]
            consensus = _consensus([o[2] for o in others], rels.tolerance + slack - 0.02)
            if consensus is not None and not iv.widen(slack + rels.tolerance).meets(consensus):
                o = min(others, key=lambda o: o[2].hi - o[2].lo)
                yield _finding(me, E, f"{x.q.text} = {y.q.text} implies {fmt_iv(iv)} {pair[1]} per "
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
        iv = _printed(y) / _printed(x)
        if not iv.widen(rels.tolerance).meets(allowed):
            yield _finding(me, W, f"{x.q.text} = {y.q.text} implies {fmt_iv(iv)} {pair[1]} per "
                           f"{pair[0]}, far from the {fmt_iv(allowed)} of the reference rates "
                           f"{when}.", (x, y), f"{y.q.text} / {x.q.text} = {fmt_iv(iv)}; reference "
                           f"{when} (±20%): {fmt_iv(allowed)}", allowed, iv, _as_of(rels),
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


def _printed(f: Figure) -> Iv:
    """A converted figure's printed value: "up to £9m ($27m)" hedges both sides alike, so a
    conversion compares what is printed, to its rounding.
    """
    if f.q.qualifier.value in ("at_most", "at_least", "above", "below") and f.q.value:
        return Iv.point(f.q.value).widen(0.01)
    return interval(f)


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
def restated_differs(rels: Relations, me: Rule) -> Iterator[Finding]:
    """The same measure over the same period is stated twice with different values.

    Flagged: "A landslide killed 23 people." … "a day of mourning for the 32 victims."
    Fine:    "A landslide killed 23 people." … "a day of mourning for the 23 victims."
    """
    for rel in rels.testing(RelationKind.RESTATED):
        a, b = rel["first"], rel["second"]
        A, B = interval(a), interval(b)
        if A.widen(0.01 + rels.tolerance).meets(B) or _magnitude(a, b):
            continue
        strong = bool(rel.param("headline") or rel.param("definite"))
        sev = E if strong and a.kind == "money" else W
        yield _finding(me, sev, f"{a.q.text} and {b.q.text} seem to give the same measure "
                       f"({_key_text(rel.param('key'))}) two different values.", (a, b),
                       f"{_stated(a)} ≠ {_stated(b)}", A, B, rel=rel)


@rule("MG01", "magnitude-slip", E, "one figure appears as millions and as billions")
def magnitude_slip(rels: Relations, me: Rule) -> Iterator[Finding]:
    """The same figure appears with different scale words (million vs billion).

    Flagged: "the £12.4m jackpot" … "the £12.4bn prize would be paid in full"
    Fine:    "the £12.4m jackpot" … "the £12.4m prize would be paid in full"
    """
    for rel in rels.testing(RelationKind.MAGNITUDE):
        a, b = rel["first"], rel["second"]
        k = _magnitude(a, b)
        if k:
            yield _finding(me, E, f"{a.q.text} and {b.q.text} give the same measure a thousand-fold "
                           "apart: one scale word is wrong.", (a, b),
                           f"{b.q.text} / {a.q.text} = {fmt(k)}", interval(a), interval(b), rel=rel)


def _magnitude(a: Figure, b: Figure) -> float | None:
    if not a.q.value or not b.q.value:
        return None
    ratio = b.q.value / a.q.value
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
def date_arithmetic(rels: Relations, me: Rule) -> Iterator[Finding]:
    """Ages, "N years ago", durations or anniversaries do not fit the dates the text gives.

    Flagged: "He was 45 when he became chief executive in 2015. He was born in 1975."
    Fine:    "He was 40 when he became chief executive in 2015. He was born in 1975."
    """
    yield from _ages(rels, me)
    as_of = rels.as_of
    for rel in rels.testing(RelationKind.AGO):
        dur = rel["duration"]
        p = rel.param("date")
        assert isinstance(p, Period) and p.start is not None
        years = (as_of - p.start).days / 365.25
        want = Iv(int(years) - (0 if years % 1 else 1), int(years) + 1)
        if not interval(dur).meets(want):
            yield _finding(me, E, f"{p.text} was {years:.1f} years before {as_of:%-d %B %Y}, "
                           f"not {dur.q.text}.", (dur,),
                           f"{as_of:%Y-%m-%d} − {p.start:%Y-%m-%d} = {years:.1f} years; stated: "
                           f"{dur.q.text} ago", want, interval(dur), _as_of(rels), rel=rel)
    for rel in rels.testing(RelationKind.DURATION_SPAN):
        dur = rel["duration"]
        p = rel.param("span")
        assert isinstance(p, Period) and p.start is not None and p.end is not None
        years = p.end.year - p.start.year
        want = Iv(years - 1, years + 1)
        if not interval(dur).meets(want):
            yield _finding(me, E, f"{p.text} spans about {years} years, not {dur.q.text}.",
                           (dur,), f"{p.end.year} − {p.start.year} = {years}; stated: {dur.q.text}",
                           want, interval(dur), rel=rel)
    for rel in rels.testing(RelationKind.YEARS_BETWEEN):
        dur = rel["duration"]
        y0, y1 = int(rel.param("from")), int(rel.param("to"))  # type: ignore[call-overload]
        want = Iv(y1 - y0 - 1, y1 - y0 + 1)
        if not interval(dur).meets(want):
            yield _finding(me, E, f"From {y0} to {y1} is {y1 - y0} years, not {dur.q.text}.", (dur,),
                           f"{y1} − {y0} = {y1 - y0}; stated: {dur.q.text}", want, interval(dur),
                           rel=rel)
    for rel in rels.testing(RelationKind.ANNIVERSARY):
        n = rel["ordinal"]
        birth, ref_p = rel.param("birth"), rel.param("ref")
        assert isinstance(birth, Period) and birth.start is not None
        ref = _year(ref_p if isinstance(ref_p, Period) else None, as_of)
        years = ref.year - birth.start.year
        want = Iv(years - 1, years + 1)
        if not interval(n).meets(want):
            yield _finding(me, E, f"From {birth.text} to {ref.year} is {years} years, so not a "
                           f"{n.q.text} anniversary.", (n,), f"{ref.year} − {birth.start.year} = "
                           f"{years}; stated: {n.q.text}", want, interval(n),
                           _as_of(rels) if ref_p is None else "", rel=rel)


def _ages(rels: Relations, me: Rule) -> Iterator[Finding]:
    as_of = rels.as_of
    for rel in rels.testing(RelationKind.AGE_BIRTH):
        age = rel["age"]
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
                           f"{when}, not {age.q.text}.", (age,),
                           f"{ref.year} − {birth.start.year} = {hi}; stated age: {age.q.text}",
                           Iv(lo, hi), got, _as_of(rels) if ref_p is None else "", rel=rel)


RULES: tuple[Rule, ...] = (rate_times_period, average_mismatch, part_exceeds_whole, parts_sum, percent_of,
                           change_mismatch, multiplier_mismatch, conversion_mismatch, exchange_rates,
                           exchange_rate_implausible, restated_differs, magnitude_slip, date_arithmetic)
RULES_BY_CODE = {r.code: r for r in RULES}
