"""Date builders: ages against birth years, "N years ago", durations against start and end
years, anniversaries against founding years. Builders read roles and periods, never text.
"""

from __future__ import annotations

from bisect import bisect_left

from auditor.model import Period
from auditor.relate.figures import Figures
from auditor.relate.model import Figure, Relation, RelationKind, Role


def _births(fs: Figures) -> list[Period]:
    return [p for p in fs.periods if p.start is not None and Role.BIRTH in fs.period_roles.get(p.id, ())
            and p.granularity in ("day", "year", "month")]


def dates(fs: Figures) -> list[Relation]:
    """Ages, "N years ago", "for N years between Y1 and Y2" and anniversaries against the dates given."""
    out = []
    births = _births(fs)
    ages = [f for f in fs.figures if f.kind == "age" and f.q.value is not None]
    years_by_sentence: dict[int, list[int]] = {}
    for f in fs.figures:
        if f.q.value is None:
            continue
        if f.kind == "age" and len(births) == 1 and (f.sentence == births[0].sentence or len(ages) == 1):
            ref = _reference(fs, f)
            if ref is None and not fs.as_of_reliable:
                continue
            out.append(Relation(RelationKind.AGE_BIRTH, (("age", f),),
                                (f"'{births[0].text}' is the birth date of the person aged {f.q.text}",),
                                (("birth", births[0]), ("ref", ref))))
        elif f.kind == "duration" and f.q.unit == "year" and f.has(Role.AGO):
            dated = [p for p in _after(fs, f, 40) if p.granularity in ("day", "month")]
            if dated and fs.as_of_reliable:
                out.append(Relation(RelationKind.AGO, (("duration", f),),
                                    (f"'{f.q.text} ago' is dated {dated[0].text}",), (("date", dated[0]),)))
        elif f.kind == "duration" and f.q.unit == "year":
            span = [p for p in _dated(fs, f) if p.granularity == "range" and p.end is not None]
            if span:
                out.append(Relation(RelationKind.DURATION_SPAN, (("duration", f),),
                                    (f"{f.q.text} is the length of {span[0].text}",), (("span", span[0]),)))
            elif "elapsed" in fs.clause_of(f).facts and f.cue(Role.SPAN) not in ("in", "within"):
                # "lowest level in 24 years" counts back from now, not between the years named
                out += _between_years(fs, f, years_by_sentence)
        elif f.kind == "ordinal" and f.has(Role.ANNIVERSARY) and len(births) >= 1:
            birth = max((b for b in births if b.sentence <= f.sentence), key=lambda b: b.at[0], default=None)
            ref = _reference(fs, f, anniversary=True)
            if birth is not None and (ref is not None or fs.as_of_reliable):
                out.append(Relation(RelationKind.ANNIVERSARY, (("ordinal", f),),
                                    (f"'{f.cue(Role.ANNIVERSARY)}' counts years from {birth.text}",),
                                    (("birth", birth), ("ref", ref))))
    return out


def _after(fs: Figures, f: Figure, chars: int) -> list[Period]:
    """The dated time expressions that start within ``chars`` after a figure ("ago, on 5 May")."""
    periods = fs.periods_in(f.sentence)
    i = bisect_left(periods, f.q.at[1], key=lambda p: p.at[0])  # periods are in text order
    out = []
    for p in periods[i:]:
        if p.at[0] > f.q.at[1] + chars:
            break
        if p.start is not None and p.id not in fs.period_roles:
            out.append(p)
    return out


def _between_years(fs: Figures, f: Figure, cache: dict[int, list[int]]) -> list[Relation]:
    """ "held for 29 years until fighting resumed in 2022" after "the 2003 ceasefire", "closed 11
    years later, in 2020": a number of years against the two years its sentence names.
    """
    if f.sentence not in cache:
        cache[f.sentence] = sorted({p.start.year for p in fs.periods_in(f.sentence) if p.start is not None
                                    and p.granularity in ("year", "month", "day")})
    years = cache[f.sentence]
    if len(years) != 2:
        return []
    return [Relation(RelationKind.YEARS_BETWEEN, (("duration", f),),
                     (f"'{f.q.text}' is read as the time from {years[0]} to {years[1]}",),
                     (("from", years[0]), ("to", years[1])))]


def _dated(fs: Figures, f: Figure) -> list[Period]:
    """The dated time expressions of a figure's sentence that are not birth dates."""
    return [p for p in fs.periods_in(f.sentence) if p.start is not None and p.id not in fs.period_roles]


def _reference(fs: Figures, f: Figure, *, anniversary: bool = False) -> Period | None:
    """The date an age is given at: a year its clause ties it to ("was 45 when … in 2015")."""
    if not anniversary and "when" not in fs.clause_of(f).facts:
        return None
    cands = [p for p in _dated(fs, f) if p.granularity in ("year", "day", "month") and p.end is not None]
    return cands[0] if cands else None
