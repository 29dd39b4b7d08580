"""DT: ages, "N years ago", durations and anniversaries against the dates given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from auditor.arith import Iv
from auditor.check.common import E, as_of_line, finding, fmt_iv
from auditor.check.registry import Rule, rule
from auditor.model import Finding, Period
from auditor.relate import Figure, Relation, RelationKind, Relations, interval


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
        if p.granularity == "year":  # "in 1961, some 60 years ago": any day of that year
            years = float(as_of.year - p.start.year)
            want = Iv(years - 1, years)
        if not interval(dur).meets(want):
            yield finding(me, E, f"{p.text} was {years:.1f} years before {as_of:%-d %B %Y}, "
                           f"not {dur.q.text}.", (dur,),
                           f"{as_of:%Y-%m-%d} − {p.start:%Y-%m-%d} = {years:.1f} years; stated: "
                           f"{dur.q.text} ago", want, interval(dur), as_of_line(rels), rel=rel)
    for rel in rels.testing(RelationKind.DURATION_SPAN):
        dur = rel["duration"]
        p = rel.param("span")
        assert isinstance(p, Period) and p.start is not None and p.end is not None
        if dur.q.unit in ("day", "week"):
            yield from _days(me, rel, dur, p)
            continue
        years = p.end.year - p.start.year
        want = Iv(years - 1, years + 1)
        if not interval(dur).meets(want):
            yield finding(me, E, f"{p.text} spans about {years} years, not {dur.q.text}.",
                           (dur,), f"{p.end.year} − {p.start.year} = {years}; stated: {dur.q.text}",
                           want, interval(dur), rel=rel)
    between = rels.testing(RelationKind.YEARS_BETWEEN)
    # "30 years since it reopened in 1995, after 28 years of closure that began in 1967": when one
    # of two lengths read for a span fits it, the span is that one's
    fitted = {_span_years(r) for r in between if interval(r["duration"]).meets(_years_want(r))}
    for rel in between:
        dur = rel["duration"]
        y0, y1 = _span_years(rel)
        want = _years_want(rel)
        if not interval(dur).meets(want) and (y0, y1) not in fitted:
            # a start year read from the sentence before may be another event's: finding() makes it a warning
            yield finding(me, E, f"From {y0} to {y1} is {y1 - y0} years, not {dur.q.text}.", (dur,),
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
            word = rel.param("word") or "anniversary"
            named = n.q.text if word == n.q.text.lower() else f"{n.q.text} {word}"  # "a centenary"
            yield finding(me, E, f"From {birth.text} to {ref.year} is {years} years, so not a "
                           f"{named}.", (n,), f"{ref.year} − {birth.start.year} = "
                           f"{years}; stated: {n.q.text}", want, interval(n),
                           as_of_line(rels) if ref_p is None else "", rel=rel)


def _span_years(rel: Relation) -> tuple[int, int]:
    return int(rel.param("from")), int(rel.param("to"))  # type: ignore[call-overload]


def _years_want(rel: Relation) -> Iv:
    y0, y1 = _span_years(rel)
    return Iv(y1 - y0 - 1, y1 - y0 + 1)


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
        if hi < 0:
            continue  # born after the date the age is read at: the date or the birth is another's
        if not got.meets(Iv(lo, hi)):
            when = ref_p.text if isinstance(ref_p, Period) else f"{as_of:%-d %B %Y}"
            at = "in " if when.isdigit() else "on " if when[:1].isdigit() else ""  # "in 2010", "in May"
            span = fmt_iv(Iv(lo, hi))
            was = f"Founded {birth.text}, it was {span} years old" if rel.param("founded") else \
                f"Born {birth.text}, the person was {span}"
            yield finding(me, E, f"{was} {at}"
                           f"{when}, not {age.q.text}.", (age,),
                           f"{ref.year} − {birth.start.year} = {hi}; stated age: {age.q.text}",
                           Iv(lo, hi), got, as_of_line(rels) if ref_p is None else "", rel=rel)


def _days(me: Rule, rel: Relation, dur: Figure, p: Period) -> Iterator[Finding]:
    """A span of days or weeks against its dates, counted either way ("3 to 17 March" is 14 days
    between the dates, 15 with both ends).
    """
    assert p.start is not None and p.end is not None
    days = (p.end - p.start).days
    per = 7 if dur.q.unit == "week" else 1
    want = Iv(days / per, (days + 1) / per).widen(0.5 / days if per > 1 else 0.0)
    if not interval(dur).meets(want):
        unit = "weeks" if per > 1 else "days"
        yield finding(me, E, f"{p.text} is {fmt_iv(want)} {unit}, not {dur.q.text}.", (dur,),
                      f"{p.end:%-d %B} − {p.start:%-d %B} = {days} days (or {days + 1} with both "
                      f"ends); stated: {dur.q.text}", want, interval(dur), rel=rel)
