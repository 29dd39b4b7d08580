"""Rate builders: a rate against a total over a resolved period, and a total over a span against
its average ("85 a week since June … the total so far 2,400"; "£1.2m over 12 months, an average of
£100,000 a month"). Builders read roles, measures and scopes, never text.
"""

from __future__ import annotations

import datetime as dt

from auditor.model import Period
from auditor.relate.figures import Figures
from auditor.relate.model import Figure, LinkKind, Relation, RelationKind, Role
from auditor.relate.words import DASHES

_DAYS = {"day": 1, "week": 7, "fortnight": 14}
_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def elapsed(start: dt.date, end: dt.date, per: str) -> float | None:
    """How many ``per`` units a calendar span (inclusive) covers."""
    if per in _DAYS:
        return ((end - start).days + 1) / _DAYS[per]
    if per in _MONTHS:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if start.day != 1 or (end + dt.timedelta(days=1)).day != 1:
            days = (end - start).days + 1
            return days / (30.4375 * _MONTHS[per])
        return months / _MONTHS[per]
    return None


def _borrowed(fs: Figures, f: Figure) -> tuple[str | None, str | None]:
    """A figure's measure, borrowed from the nearest counted figure of its sentence if it has none."""
    if f.measure.entity:
        return f.measure.entity, f.measure.event
    near = sorted((o for o in fs.in_sentence(f.sentence) if o is not f and o.measure.entity
                   and o.kind in ("count", "rate")), key=lambda o: abs(o.q.at[0] - f.q.at[0]))
    return (near[0].measure.entity, near[0].measure.event) if near else (None, None)  # the nearest


def _same(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    return bool(a[0]) and a[0] == b[0] and not (a[1] and b[1] and a[1] != b[1])


def _is_total(fs: Figures, t: Figure, r: Figure) -> bool:
    """A total by its words ("in all", "by the end of June"), or the amount a clause gives an average
    of ("treated 3,200 patients last month, an average of about 140 a day").
    """
    if t.roles & {Role.FROM, Role.DELTA, Role.PERCENT, Role.SHARE} and not t.has(Role.TOTAL):
        return False  # "30% higher than September's 880": the base of a comparison, not the total
    return t.has(Role.TOTAL) or bool({"total", "by_end"} & fs.clause_of(t).facts) or \
        r.has(Role.AVERAGE) and t.clause == r.clause and t.index < r.index and not t.roles


def _tally(fs: Figures, r: Figure, t: Figure) -> bool:
    """ "handing out about 450 food parcels a week since January. By the end of March it had given
    out 9,800"; "opened in January and have been clearing 60 cases a week; by the end of June they
    had dealt with 2,160": a bare number that counts up to a date, just after a rate that runs
    from one.
    """
    own = r.scope.span
    return t.kind == "number" and not t.measure.entity and t.sentence - r.sentence in (0, 1) and \
        bool({"by_end", "so_far"} & fs.clause_of(t).facts) and (
            own is not None and own[1] is None or bool(_opened(fs, r.sentence)))


def _opened(fs: Figures, *sentences: int) -> list[Period]:
    """The dates something opened, was founded or began on ("opened in January"), in order."""
    return [p for k in sorted(set(sentences)) for p in fs.periods_in(k)
            if p.start is not None and Role.BIRTH in fs.period_roles.get(p.id, ())]


def _tie(fs: Figures, r: Figure, t: Figure, mr: tuple[str | None, str | None]) -> str | None:
    """How a rate and a total are known to count one measure: "named" (one currency and subject,
    or one noun, "Visitors averaged 2,000" included), "inferred" (from the construction alone, a
    warning at most), or None.
    """
    if "money" in (t.kind, r.kind):
        same = t.q.unit == r.q.unit and r.measure.subject and r.measure.subject == t.measure.subject
        return "named" if same else None
    if _same(mr, _borrowed(fs, t)) or mr[0] is None and t.measure.entity and fs.nouns and \
            t.measure.entity in fs.nouns[r.sentence]:
        return "named"
    if mr[0] is None and r.clause == t.clause and r.has(Role.AVERAGE) or _tally(fs, r, t):
        return "inferred"
    return None


def _span(fs: Figures, rate: Figure, total: Figure) -> tuple[dt.date, dt.date] | None:
    """The calendar span a total covers; None when it would run to an as-of date that is only
    today's date (the text names none), since then "so far" means nothing checkable.
    """
    yesterday = fs.as_of - dt.timedelta(days=1)
    guessed = fs.as_of_source.startswith("today")
    facts = fs.clause_of(total).facts
    if "by_end" in facts:  # "opened in January … by the end of June they had dealt with 2,160"
        opened = _opened(fs, rate.sentence, total.sentence)
        end = total.q.period.end if total.q.period is not None else None
        since = rate.scope.span[0] if rate.scope.span is not None and rate.scope.span[1] is None else None
        start = opened[-1].start if opened else since  # "… a week since January. By the end of March"
        return (start, end) if start is not None and end is not None and end >= start else None
    so_far = "so_far" in facts
    if guessed and (so_far or (total.scope.span or rate.scope.span or (None, None))[1] is None):
        return None
    own = rate.scope.span
    if own is not None and own[1] is None and so_far:  # "85 a week since June … so far"
        return (own[0], yesterday)
    span = total.scope.span
    if span is None and total.sentence == rate.sentence and rate.q.period is not None and \
            Role.BIRTH not in fs.period_roles.get(rate.q.period.id, ()):
        span = own  # "an average of 140 drivers a day in May, … 5,340 in all"; not "began in May"
    if span is None:
        return None
    end = span[1] or yesterday
    if so_far:
        end = min(end, yesterday)
    return (span[0], end) if end >= span[0] else None


def _covers(fs: Figures, rate: Figure, span: tuple[dt.date, dt.date], total: Figure) -> bool:
    """A rate stated for a closed period ("40 a day last winter") speaks only of that period; a
    start date ("opened in January") is no such period, nor the date its total is counted to
    ("…; by the end of June they had dealt with 2,160").
    """
    own = rate.scope.span
    if own is None or own[1] is None or rate.q.period is not None and (
            Role.BIRTH in fs.period_roles.get(rate.q.period.id, ()) or
            total.q.period is not None and rate.q.period.id == total.q.period.id and
            "by_end" in fs.clause_of(total).facts and rate.clause != total.clause):
        return True
    return own[0] <= span[0] and span[1] <= own[1] or (own[0], own[1]) == span


def rate_totals(fs: Figures) -> list[Relation]:
    """A rate and a total of the same measure over a stated period."""
    out = []
    apposed = {(a.index, b.index) for kind in (LinkKind.APPOSITION, LinkKind.OR)
               for a, b, _ in fs.linked(kind)}
    # "14.6 million vehicles in 2023, or roughly 52,000 crossings a day": "or" says one measure
    restating = {(a.index, b.index) for a, b, _ in fs.linked(LinkKind.OR)}
    for r in fs.figures:
        if r.q.value is None or not (r.per in _DAYS or r.per in _MONTHS):
            continue
        mr = _borrowed(fs, r)
        # "23,400 potholes in the 12 months to April. That is about 650 a week": a rate that points
        # back, with no span of its own ("… over the 26-week season"), restates the total before
        rc = fs.clause_of(r)
        points_back = "points_back" in rc.facts and fs.opens_sentence(rc) and \
            _span_in(fs.in_clause(rc)) is None
        for t in fs.figures:
            # "1,850 tonnes of recycling in March, about 48 tonnes a day": a total restated as its rate
            pair = (t.index, r.index)
            counted = pair in restating and (t.kind, r.kind) == ("count", "rate")
            # "1.46 million journeys in 2022, about 2,800 a day": a bare rate borrows the total's noun
            borrowed = t.q.unit == r.q.unit or r.q.unit is None and t.kind == "count"
            pointed = points_back and r.sentence == t.sentence + 1 and borrowed and not t.roles and \
                t is next((o for o in fs.in_sentence(t.sentence) if o.kind in ("count", "money")), None)
            restated = t.q.period is not None and (pair in apposed and borrowed or counted or pointed)
            if t is r or t.per or t.q.value is None or t.sentence < r.sentence - 3 or not (
                    restated or t.kind in ("count", "number", "money") and _is_total(fs, t, r)):
                continue
            tie = "named" if restated else _tie(fs, r, t, mr)
            if tie is None or _span_in(fs.in_clause(fs.clause_of(t))) is not None and not pointed:
                continue  # "418,000 visitors during its 16-week run, about 3,700 a day": its own span
            inferred = tie == "inferred"
            span = _span(fs, r, t)
            n = elapsed(span[0], span[1], r.per or "") if span else None
            if not span or not n or n < 1 or not _covers(fs, r, span, t):
                continue
            if n < 1.5 and r.q.unit is None and not restated and r.sentence != t.sentence:
                continue  # "61,400 homes in the third quarter. Completions are running at 40,000 a
                # quarter": one period's total beside a pace stated on its own is another measure
            average = r.has(Role.AVERAGE)
            slack = _opening_slack(fs, r, t, span)  # "opened in the first week of January"
            said = t.cue(Role.TOTAL).removeprefix(", ") or "total"
            out.append(Relation(RelationKind.RATE_TOTAL, (("rate", r), ("total", t)),
                                (f"{t.q.text} is read as a total ('{said}') "
                                 f"of what {r.q.text} a {r.per} counts ({mr[0] or t.measure.noun})",),
                                (("n", n), ("span", span), ("average", average), ("inferred", inferred),
                                 ("period_text", t.q.period.text if t.q.period else ""),
                                 ("n_low", n - (elapsed(span[0], span[0] + slack, r.per or "") or 0.0)))))
    return out


def _opening_slack(fs: Figures, r: Figure, t: Figure, span: tuple[dt.date, dt.date]) -> dt.timedelta:
    """How much later than the span's start a thing may have opened: the rest of the opening
    period ("opened in the first week of January" may mean the 4th), none for a day.
    """
    if "by_end" not in fs.clause_of(t).facts:
        return dt.timedelta(0)
    opened = [p for p in _opened(fs, r.sentence, t.sentence) if p.start == span[0] and p.end is not None]
    return opened[-1].end - span[0] if opened and opened[-1].end else dt.timedelta(0)


def averages(fs: Figures) -> list[Relation]:
    """A total, the span it covers and the rate it makes, in one clause: "£1.2m over 12 months, an
    average of £100,000 a month", "opened 84 stores in the past 12 months, roughly 4 a month",
    "about 3km a day over the past 19 days, gaining 36km". The total and the rate must be tied by
    a cue (an average, a total) or by a comma or "or" between them.
    """
    out = []
    joined = {frozenset((a.index, b.index)) for kind in (LinkKind.APPOSITION, LinkKind.OR)
              for a, b, _ in fs.linked(kind)}
    for c in fs.clauses:
        figs = fs.in_clause(c)
        pers = {f.per for f in figs if f.per}
        started = any(f.has(Role.FROM) for f in figs)  # "reached 27,400 in the year" ends no change
        # "over six weekends, an average of four tonnes a weekend": a count of what a rate is per
        spans = [(at, d) for at, d in enumerate(figs) if d.q.value and (
            d.kind == "duration" and d.has(Role.SPAN) or
            d.kind == "count" and d.cue(Role.SPAN) and d.q.unit in pers and d.q.unit not in _PER_DAYS)]
        for at, d in spans:
            near = figs[max(0, at - 8):at + 9]  # the figures of one construction
            for r in near:
                k = _per_span(d, r)  # "in the four weeks …, about 372 a day"
                if k is None or r.q.value is None:
                    continue
                for t in near:
                    if t in (r, d) or t.per or t.q.value is None or not _same_numerator(t, r) or \
                            t.has(Role.FROM) or t.has(Role.TO) and not t.has(Role.TOTAL) and started:
                        continue  # "from an average of £940 to £1,310 a month": the ends of a change
                    if d.index < r.index < t.index and not t.has(Role.TOTAL):
                        continue  # "410,000 pints in twelve months – 1,100 a day – and hopes for 300,000"
                    if any(f is not r for f in fs.figures[min(t.index, d.index) + 1:max(t.index, d.index)]):
                        continue  # the span is the total's own, not a later figure's ("… 40 mln in the year")
                    # a pace and the change it adds up to ("advanced 3km a day …, gaining 36km")
                    # are tied as well, and a rate after a dash ("1.9 tonnes in six months — about
                    # 120kg a week")
                    tied = r.has(Role.AVERAGE) or t.has(Role.TOTAL) or c.facts & {"average", "total"} \
                        or r.has(Role.DELTA) and t.has(Role.DELTA) \
                        or r.cue("rate_of") in DASHES and t.index < d.index < r.index \
                        or joined & {frozenset((t.index, r.index)), frozenset((d.index, r.index)),
                                     frozenset((d.index, t.index))}
                    if tied:
                        out.append(Relation(RelationKind.AVERAGE,
                                            (("total", t), ("span", d), ("average", r)),
                                            (f"'{d.cue(Role.SPAN)}' makes {d.q.text} the span of "
                                             f"{t.q.text}",), (("per_span", k),)))
                        break
    out += _rate_restated(fs)
    out += _each(fs)
    out += _speeds(fs)
    out += _averages_pointed_back(fs)
    out += _averages_of_a_total_before(fs, out)
    return out


def _each(fs: Figures) -> list[Relation]:
    """ "The £1.2m fund will give 400 families £5,000 each", "12 players were fined £5,000 each, a
    total of £60,000": an amount for each of a count, and the total its sentence gives first or
    names as a total.
    """
    out = []
    for r in fs.figures:
        if not r.cue("each") or r.q.value is None or r.per:
            continue
        figs = [f for f in fs.in_sentence(r.sentence) if f.q.value is not None and f is not r]
        counts = [f for f in figs if f.kind == "count" and f.index < r.index and not f.roles - {Role.SPAN}]
        totals = [f for f in figs if f.kind == r.kind and f.q.unit == r.q.unit and not f.per and (
            f.has(Role.TOTAL) or "total" in fs.clause_of(f).facts or f is figs[0] and f.index < r.index)]
        if len(counts) != 1 or len(totals) != 1 or totals[0].roles - {Role.TOTAL}:
            continue
        n, t = counts[0], totals[0]
        out.append(Relation(RelationKind.AVERAGE, (("total", t), ("span", n), ("average", r)),
                            (f"'{r.cue('each')}' makes {r.q.text} the amount for each of {n.q.text}, "
                             f"which {t.q.text} adds up",), (("per_span", 1.0), ("per", n.q.unit or "one"))))
    return out


def _averages_of_a_total_before(fs: Figures, done: list[Relation]) -> list[Relation]:
    """ "approved a £1.25bn capital programme. Spread over five years, the spending will average
    £250m a year": a span and an average whose total the sentence before gives, the one figure
    there of the average's unit.
    """
    out = []
    used = {r["average"].index for r in done if r.kind == RelationKind.AVERAGE}
    for c in fs.clauses:
        figs = fs.in_clause(c)
        r = next((f for f in figs if f.per in _PER_DAYS and f.q.value), None)
        if r is None or r.index in used or not (r.has(Role.AVERAGE) or "average" in c.facts) or \
                any(f.per is None and f.q.unit == r.q.unit and f.kind in _TOTALS and not f.has(Role.FROM)
                    for f in figs if f is not r):  # "compared with 140 before the pandemic" is no total
            continue  # an average, with no total of its own in the clause
        # "… 96,000 calls in the six months to June. That averages out at 24,000 a month": a bare
        # average counts what the total before counts
        if _span_in(figs) is not None and not {"points_back", "carried"} & c.facts and \
                r.cue("definite") == "" and any(f.cue("definite").endswith(("past", "last")) for f in figs):
            continue  # "Over the past 30 days … an average of 41 a night": an average of its own
        totals = [t for t in fs.in_sentence(c.sentence - 1) if t.per is None and t.q.value and (
            t.q.unit == r.q.unit if r.q.unit else t.kind in ("count", "number")) and t.kind != "duration"
            and not t.roles & {Role.DELTA, Role.PERCENT, Role.FROM, Role.FORECAST}]
        if len(totals) != 1:
            continue
        t = totals[0]
        d = _span_in(figs) or _span_in(fs.in_clause(fs.clause_of(t)))  # the span the total is over
        if d is None or d.q.unit not in _PER_DAYS:
            continue
        why = f"'{d.cue(Role.SPAN)}' makes {d.q.text} the span of {t.q.text}, the one figure of its unit " \
            "the sentence before gives"
        out.append(_average_across(t, d, r, why))
    return out


def _span_in(figs: list[Figure]) -> Figure | None:
    """The first time span among figures ("over five years")."""
    return next((f for f in figs if f.kind == "duration" and f.has(Role.SPAN) and f.q.value), None)


def _per_span(d: Figure, r: Figure) -> float | None:
    """How many of a rate's units one unit of a span holds (7 days a week); None if not of time."""
    if d.q.unit in _PER_DAYS and r.per in _PER_DAYS:
        return _PER_DAYS[d.q.unit or ""] / _PER_DAYS[r.per or ""]
    return 1.0 if r.per == d.q.unit else None


def _average_across(t: Figure, d: Figure, r: Figure, why: str) -> Relation:
    """A total over a span and its average, read across a sentence (a warning at most)."""
    return Relation(RelationKind.AVERAGE, (("total", t), ("span", d), ("average", r)), (why,),
                    (("per_span", _per_span(d, r)), ("across", True)))


def _averages_pointed_back(fs: Figures) -> list[Relation]:
    """ "Output averaged 1.82 mln bpd in the quarter. That is about 166 mln barrels over the 91-day
    quarter": a total and its span after "That is", and the rate the sentence before gives.
    """
    out = []
    for c in fs.clauses:
        if "points_back" not in c.facts:
            continue
        figs = fs.in_clause(c)
        t = next((f for f in figs if f.per is None and f.q.value and f.kind in _TOTALS), None)
        d = _span_in(figs)
        if t is None or d is None or d.q.unit not in _PER_DAYS:
            continue
        if t.q.unit is None or d.index < t.index:
            continue  # the total names what it counts, and its span follows it
        rates = [r for r in fs.in_sentence(c.sentence - 1) if r.per in _PER_DAYS and r.q.value
                 and r.q.unit == t.q.unit and not r.roles & {Role.FROM, Role.DELTA}]
        if len(rates) != 1:
            continue
        r = rates[0]
        out.append(_average_across(t, d, r, f"'{c.fact_cue('points_back')}' makes {t.q.text} over "
                                            f"{d.q.text} what {r.q.text} a {r.per} adds up to"))
    return out


_TOTALS = ("count", "money", "number", "measure")


_LENGTHS = frozenset("meter kilometer mile foot yard nautical_mile".split())
_CLOCK = ("hour", "minute", "second")


def _speeds(fs: Figures) -> list[Relation]:
    """ "finished in 2 hours 10 minutes, averaging 23.5km/h over the 42.2km course": an average
    speed, a distance and the time taken, in one clause. A top speed ("capable of 200km/h") is no
    average, so only a speed the clause calls an average is read.
    """
    out = []
    restating = {b.index for kind in (LinkKind.BRACKET, LinkKind.OR) for _, b, _ in fs.linked(kind)}
    for c in fs.clauses:
        figs = [f for f in fs.in_clause(c) if f.q.value is not None and f.index not in restating]
        speeds = [f for f in figs if f.kind == "measure"
                  and (f.q.unit or "").rpartition("_per_")[2] in _CLOCK]
        lengths = [f for f in figs if f.kind == "measure" and f.q.unit in _LENGTHS]
        times = [f for f in figs if f.kind == "duration" and f.q.unit in _CLOCK]
        after = fs.clauses[c.index + 1] if c.index + 1 < len(fs.clauses) else None
        if not times and after is not None and after.sentence == c.sentence:
            # "over the 186-mile route, which took them just under two hours": the time in a clause
            # of its own that holds nothing else
            told = [f for f in fs.in_clause(after) if f.q.value is not None]
            times = told if told and all(f.kind == "duration" and f.q.unit in _CLOCK for f in told) else []
        if len(speeds) != 1 or len(lengths) != 1 or not times or \
                not (speeds[0].has(Role.AVERAGE) or "average" in c.facts):
            continue
        # "2 hours 10 minutes": adjacent durations from the largest unit down make one time
        if any(b.index != a.index + 1 or _CLOCK.index(b.q.unit or "") <= _CLOCK.index(a.q.unit or "")
               for a, b in zip(times, times[1:], strict=False)):
            continue
        out.append(Relation(RelationKind.SPEED, (("speed", speeds[0]), ("distance", lengths[0]),
                                                 *(("time", t) for t in times)),
                            (f"'{speeds[0].cue(Role.AVERAGE) or 'average'}' makes {speeds[0].q.text} "
                             f"the average over {lengths[0].q.text} in "
                             f"{' '.join(t.q.text for t in times)}",)))
    return out


_DIMENSIONS = (frozenset("kilogram gram metric_ton ton pound ounce stone".split()),
               frozenset("meter kilometer mile foot yard nautical_mile centimeter millimeter inch".split()),
               frozenset("liter milliliter gallon cubic_meter pint".split()))


def _same_numerator(t: Figure, r: Figure) -> bool:
    """A total counts what a rate counts per unit of time: the same currency, unit or noun."""
    if t.kind not in ("count", "money", "number", "measure"):
        return False
    if t.kind in ("money", "measure"):
        # "410,000 pints … 1,100 a day": a bare rate counts what the total measures; "3.6 tonnes in a
        # fortnight, 380kg a day": a rate in another unit of the same dimension
        return t.q.unit == r.q.unit or t.kind == "measure" and (r.q.unit is None or any(
            {t.q.unit, r.q.unit} <= units for units in _DIMENSIONS))
    return None in (t.q.unit, r.q.unit) or t.q.unit == r.q.unit


def _one_numerator(a: Figure, b: Figure) -> bool:
    """Two rates of one thing: "350 potholes a week, or 18,000 a year" (a bare count borrows the noun)."""
    return _same_numerator(b, a) or a.kind == b.kind and (
        None in (a.q.unit, b.q.unit) or a.q.unit == b.q.unit)


_PER_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "night": 1, "week": 7, "fortnight": 14,
             "month": 30.4375, "quarter": 91.3125, "year": 365.25}


def _rate_restated(fs: Figures) -> list[Relation]:
    """ "about 350 potholes a week, or more than 18,000 a year": one rate in two time units; "about
    950 calls a week. That adds up to some 70,000 calls a year": restated by a sentence that points
    back to the one rate before it (a warning at most).
    """
    out = []
    for c in fs.clauses:
        b = next((f for f in fs.in_clause(c) if f.per in _PER_DAYS and f.q.value), None)
        said = c.fact_cue("points_back")
        if b is None or not said or b.q.qualifier.value == "exact":
            continue
        before = [a for a in fs.in_sentence(c.sentence - 1) if a.per in _PER_DAYS and a.q.value]
        a = before[0] if len(before) == 1 else None
        if a is not None and a.per != b.per and _one_numerator(a, b):
            out.append(Relation(RelationKind.RATE_RESTATED, (("rate", a), ("restated", b)),
                                (f"'{said}' restates {a.q.text} a {a.per} as {b.q.text} a {b.per}",),
                                (("factor", _PER_DAYS[b.per or ""] / _PER_DAYS[a.per or ""]),
                                 ("across", True))))
    apposed = [(a, b, cue) for a, b, cue in fs.linked(LinkKind.APPOSITION) if b.q.qualifier.value != "exact"]
    for a, b, cue in fs.linked(LinkKind.OR) + fs.linked(LinkKind.BRACKET) + apposed:
        # two exact prices are two offers ("£4.99 a month or £50 a year"); a measure is one flow;
        # "48,000 passengers a day, some 17 million a year": a hedged apposition is worked out
        hedged = (a.q.qualifier.value, b.q.qualifier.value) != ("exact", "exact") or a.kind == "measure"
        if a.per in _PER_DAYS and b.per in _PER_DAYS and a.per != b.per and a.q.value and b.q.value \
                and _one_numerator(a, b) and (cue == "()" or cue.startswith((",", "-", "–", "—")) and hedged):
            # "£4.99 a month or £50 a year" offers two prices; "350 a week, or more than 18,000 a
            # year" restates one rate: a hedge on either says it is worked out
            out.append(Relation(RelationKind.RATE_RESTATED, (("rate", a), ("restated", b)),
                                (f"'{cue}' restates {a.q.text} a {a.per} as {b.q.text} a {b.per}",),
                                (("factor", _PER_DAYS[b.per] / _PER_DAYS[a.per]),)))
    return out
