"""Date builders: ages against birth years, "N years ago", durations against start and end
years, anniversaries against founding years. Builders read roles and periods, never text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from auditor.extract.calendar import WRITTEN_YEAR
from auditor.model import Period
from auditor.relate.figures import Figures
from auditor.relate.model import Figure, Relation, RelationKind, Role

_Years = dict[int, list[tuple[int, int, bool]]]  # each sentence's (year, where, written out)


def _births(fs: Figures, role: Role = Role.BIRTH) -> list[Period]:
    """Birth dates ("born in 1975", which ages count from) or founding dates as well ("formed in
    1979", which anniversaries count from).
    """
    return [p for p in fs.periods if p.start is not None and role in fs.period_roles.get(p.id, ())
            and p.granularity in ("day", "year", "month")]


def dates(fs: Figures) -> list[Relation]:
    """Ages, "N years ago", "for N years between Y1 and Y2" and anniversaries against the dates given."""
    out = []
    births, born = _births(fs), _births(fs, Role.BORN)
    ages = [f for f in fs.figures if f.kind == "age" and f.q.value is not None]
    years_by_sentence: _Years = {}
    dated_in: dict[int, list[Period]] = {}
    for f in fs.figures:
        if f.q.value is None:
            continue
        # "The company, founded in 1870, is now 170 years old" (not "founded in 1990 by Ann Lee, 52")
        founded = births[0] if not born and len(births) == 1 and births[0].sentence == f.sentence and \
            f.cue("years_old") else None
        person = len(born) == 1 and (f.sentence == born[0].sentence or len(ages) == 1
                                     and not f.cue("indefinite")  # "a 17-year-old" is another
                                     # "… when he beat the 36-year-old holder": not the one who opens it
                                     and len(f.cue("definite").split()) < 2
                                     and "kin" not in fs.clause_of(f).facts)  # "Her brother Karl, … aged 61"
        birth = born[0] if person else founded
        if f.kind == "age" and birth is not None:
            ref = _reference(fs, f)
            facts = fs.clause_of(f).facts
            if ref is None and (not fs.as_of_reliable or "when" in facts and "died_now" not in facts):
                # "signed at the age of 15" is an age at a time the text does not date; "who has
                # died aged 91" is dated by the text
                continue
            out.append(Relation(RelationKind.AGE_BIRTH, (("age", f),),
                                (f"'{birth.text}' is the birth date of the person aged {f.q.text}" if person
                                 else f"'{birth.text}' is when what is {f.q.text} was founded",),
                                (("birth", birth), ("ref", ref), ("founded", not person),
                                 ("across", birth.sentence != f.sentence))))
        elif f.kind == "duration" and f.q.unit == "year" and f.has(Role.AGO):
            dated = [p for p in _after(fs, f, 40) if p.granularity in ("day", "month")
                     and not (p.start or fs.as_of) <= fs.as_of <= (p.end or fs.as_of)]  # "today" is now
            dated = dated or _year_just_before(fs, f)  # "opened in 1961, some 60 years ago"
            if dated and fs.as_of_reliable:
                out.append(Relation(RelationKind.AGO, (("duration", f),),
                                    (f"'{f.q.text} ago' is dated {dated[0].text}",), (("date", dated[0]),)))
        elif f.kind == "duration" and f.q.unit == "year":
            # the span next to the figure: not "jailed for eight years on Friday for defrauding 23
            # pensioners … between 2016 and 2021"
            # "sentencing him to nine years" is no span's length; nor are years the length of "the
            # three months to November" ("the highest level in 12 years")
            span = [p for p in _dated(fs, f, dated_in) if p.granularity == "range" and p.end is not None
                    and p.start is not None and (p.end - p.start).days >= 300
                    and _next_to(fs, f, p) and not f.has(Role.TO)]
            years = [p for p in _dated(fs, f, dated_in) if p.granularity == "year" and p.end is not None
                     and p.start is not None and p.end.year > p.start.year]
            if not span and len(years) == 1 and f.q.qualifier.value == "exact" and \
                    not f.roles & {Role.SPAN, Role.ELAPSED, Role.AGO} and \
                    f.q.period is not None and f.q.period.id == years[0].id and not _own_span(fs, f):
                # not "in five of the last six years", a span of its own beside another's years
                span = years  # "lasted from 1950 to 1953, a conflict of three years": the years it is of
            if span:
                read = span[0].granularity == "year"  # read from the years beside it: a warning at most
                why = f"{f.q.text} is {'read as ' if read else ''}the length of {span[0].text}"
                out.append(Relation(RelationKind.DURATION_SPAN, (("duration", f),), (why,),
                                    (("span", span[0]), ("inferred", read))))
            elif f.has(Role.ELAPSED) or "elapsed" in fs.clause_of(f).facts and \
                    f.cue(Role.SPAN) not in ("in", "within") and "-" not in f.q.text:
                # "a five-year contract that runs until 2029" names what the contract lasts
                # "lowest level in 24 years" counts back from now, not between the years named
                out += _between_years(fs, f, years_by_sentence)
        elif f.kind == "duration" and f.q.unit in ("day", "week"):
            # "lasted 11 days, from 3 March to 17 March": the one dated span of its sentence
            spans = [p for p in _dated(fs, f, dated_in) if p.id in fs.date_ranges and p.end is not None
                     and p.start is not None and 0 < (p.end - p.start).days <= 400]
            if len(spans) == 1:
                out.append(Relation(RelationKind.DURATION_SPAN, (("duration", f),),
                                    (f"{f.q.text} is read as the length of {spans[0].text}",),
                                    (("span", spans[0]),)))
        elif f.kind == "ordinal" and f.has(Role.ANNIVERSARY) and len(births) >= 1:
            birth = max((b for b in births if b.sentence <= f.sentence), key=lambda b: b.at[0], default=None)
            ref = _reference(fs, f, anniversary=True)
            named = {y for y, _, written in _years_of(fs, f.sentence, years_by_sentence) if written}
            if birth is not None and len(named) > 1 and (birth.sentence != f.sentence or f.cue("anchored")):
                # "… in 2009 and … in 2017, the year the shop marked its 100th anniversary": whose?
                # "marks the 40th anniversary of their first single, released in 1986": of what it names
                continue
            if birth is not None and sum(b.sentence == birth.sentence for b in births) > 1:
                continue  # "reopened by volunteers in 1965 on a line first built in 1872": which start?
            if birth is not None and ref is not None and ref.start and birth.start and \
                    ref.start <= birth.start:
                continue  # "reopened in 1976 on a route first laid in 1881": 1881 dates something else
            if birth is not None and (ref is not None or fs.as_of_reliable):
                out.append(Relation(RelationKind.ANNIVERSARY, (("ordinal", f),),
                                    (f"'{f.cue(Role.ANNIVERSARY)}' counts years from {birth.text}",),
                                    (("birth", birth), ("ref", ref), ("word", f.cue(Role.ANNIVERSARY)))))
    return _one_length_a_span(out)


def _one_length_a_span(rels: list[Relation]) -> list[Relation]:
    """ "Jailing her for seven years, … the thefts, carried out between 2016 and 2020, … had gone on
    for four years": a span that two numbers of years stand beside has no one length.
    """
    def span_of(r: Relation) -> str | None:
        span = r.param("span")
        return span.id if r.kind == RelationKind.DURATION_SPAN and isinstance(span, Period) else None

    claims = Counter(span_of(r) for r in rels)
    return [r for r in rels if span_of(r) is None or claims[span_of(r)] == 1]


def _own_span(fs: Figures, f: Figure) -> bool:
    """Whether a time expression holds the figure ("the last six years")."""
    _, near = fs.between(f.sentence, f.q.at[0] - 40, f.q.at[1])
    return any(f.q.at[0] < p.at[1] for p in near)


def _next_to(fs: Figures, f: Figure, p: Period) -> bool:
    """Whether nothing but spans of time stands between a figure and a time expression of its sentence."""
    lo, hi = sorted((f.q.at[1], p.at[0])) if f.q.at[0] < p.at[0] else sorted((p.at[1], f.q.at[0]))
    figs, periods = fs.between(f.sentence, lo, hi)
    return all(g.kind == "duration" for g in figs) and all(o is p for o in periods)


def _year_just_before(fs: Figures, f: Figure) -> list[Period]:
    """The written year a comma away before "N years ago": "was opened in 1961, some 60 years ago"."""
    periods = fs.periods_in(f.sentence)
    i = bisect_left(periods, f.q.at[0], key=lambda p: p.at[0])  # periods are in text order
    p = periods[i - 1] if i else None
    if p is None or not 0 <= f.q.at[0] - p.at[1] <= 8 or p.granularity not in ("year", "season") or \
            p.start is None or not fs.period_roles.get(p.id, frozenset()) <= {Role.BIRTH}:
        return []
    return [p]


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


def _between_years(fs: Figures, f: Figure, cache: _Years) -> list[Relation]:
    """ "held for 29 years until fighting resumed in 2022" after "the 2003 ceasefire", "closed 11
    years later, in 2020": a number of years against the two years its sentence names. With one
    year named, "in the 50 years since 1975" runs to the date of the text (when it is given), and
    "in 2023, 39 years after the killing" runs from the one year of the sentence before.
    """
    dated = _years_of(fs, f.sentence, cache)
    if len(dated) > _CROWDED:
        return []
    years = [(y, at) for y, at, written in dated if written]
    distinct = sorted({y for y, _ in years})
    if len(distinct) < 2 and fs.as_of_reliable:  # "will return this year", dated by the text's date
        distinct = sorted({y for y, _, _ in dated})
    before = [y for y, at in years if at < f.q.at[0]]
    later = [y for y, at in years if at > f.q.at[0]]
    if len(distinct) == 2 and f.cue("elapsed_before") and later and (not before or max(later) > max(before)):
        # "approved in 2010 after 12 years of trials, withdrawn in 2020": 12 years before 2010; but
        # "retired in 2021 after 31 years, having been appointed in 1998" looks back
        return []
    if len(distinct) == 2 and fs.clause_of(f).fact_cue("elapsed") == "until" and before and later and \
            min(later) < max(before):
        return []  # "died in 2009 aged 82, ran the theatre for 27 years until 1991": another event's year
    if len(distinct) == 2:
        return _elapsed(f, distinct[0], distinct[1], f"'{f.q.text}' is read as the time from "
                        f"{distinct[0]} to {distinct[1]}")
    cue = f.cue(Role.ELAPSED)
    if len(distinct) > 1 or not cue:
        return []
    anchored = _anchored(fs, f, years)
    if anchored:
        return anchored
    ahead = years[0][1] > f.q.at[0] if years else cue == "since then"
    if cue.startswith("since") and fs.as_of_reliable and ahead:
        # "in the 50 years since 1975"; "in the 30 years since then" (dated the sentence before),
        # but "30 years since the act" is dated by the act, not by a year given before
        start = years[0][0] if years else _year_before(fs, f, cache)
        if start is None or start >= fs.as_of.year:
            return []
        named = "" if years else ", the year the sentence before names,"
        return _elapsed(f, start, fs.as_of.year, f"'{f.q.text} since' is read as the time from "
                        f"{start}{named} to the date of the text, {fs.as_of:%-d %B %Y}", across=not years)
    if years and (years[0][1] < f.q.at[0] or cue == "later" and 0 < years[0][1] - f.q.at[1] <= 14) and \
            cue in ("after", "later"):
        # "… opened in 1869. Fire destroyed its pavilion 152 years later, in 2003"
        # "39 years after the killing" may be dated by the sentence before; "five years after it
        # was extended" is dated by nothing given
        if cue == "after" and not f.cue("anchor"):
            return []
        start, end = _year_before(fs, f, cache), years[0][0]
        if start is not None and start < end:
            return _elapsed(f, start, end, f"'{f.q.text} {cue}' is read as the time from {start}, "
                            f"the year the sentence before names, to {end}", across=True)
    return []


def _anchored(fs: Figures, f: Figure, years: list[tuple[int, int]]) -> list[Relation]:
    """ "In 1996, ten years after his death" after "the musician's death in 1981"; "in the 50 years
    since that first edition" after "the first edition … in 1975": the years from the one year an
    earlier sentence gives the event named, to the year of the sentence (or of the text, for
    "since").
    """
    anchor, cue = f.cue("anchor"), f.cue(Role.ELAPSED)
    dated = {y for k, y in fs.event_years.get(anchor, ()) if k < f.sentence}
    if len(dated) != 1:
        return []
    start = dated.pop()
    if years and years[0][1] < f.q.at[0]:
        end, to = years[0][0], f"{years[0][0]}"
    elif cue == "since" and not years and fs.as_of_reliable:
        end, to = fs.as_of.year, f"the date of the text, {fs.as_of:%-d %B %Y}"
    else:
        return []
    if start >= end:
        return []
    return _elapsed(f, start, end, f"'{f.q.text} {cue} … {anchor}' is read as the time from {start}, "
                    f"the year an earlier sentence gives the {anchor}, to {to}", across=True)


def _elapsed(f: Figure, start: int, end: int, why: str, *, across: bool = False) -> list[Relation]:
    params: tuple[tuple[str, object], ...] = (("from", start), ("to", end))
    return [Relation(RelationKind.YEARS_BETWEEN, (("duration", f),), (why,),
                     params + ((("across", True),) if across else ()))]


def _year_before(fs: Figures, f: Figure, cache: _Years) -> int | None:
    """The one year written in the nearest of the two sentences before a figure's that write any."""
    for k in (f.sentence - 1, f.sentence - 2):
        before = {y for y, _, written in _years_of(fs, k, cache) if written}
        if before:
            return before.pop() if len(before) == 1 else None
    return None


def _years_of(fs: Figures, k: int, cache: _Years) -> list[tuple[int, int, bool]]:
    """The years sentence ``k`` dates, where each is, and whether it is written out ("Thursday" or
    "in June" dates a year without writing one).
    """
    if k not in cache:
        cache[k] = [(p.start.year, p.at[0], bool(WRITTEN_YEAR.search(p.text))) for p in fs.periods_in(k)
                    if p.start is not None and p.granularity in ("year", "month", "day")
                    and Role.BORN not in fs.period_roles.get(p.id, ())]  # a birth year dates a person
    return cache[k]


_CROWDED = 40  # a sentence naming more dates than this is a table or noise: no date of it is read


def _dated(fs: Figures, f: Figure, cache: dict[int, list[Period]]) -> list[Period]:
    """The dated time expressions of a figure's sentence that are not birth dates, read once a
    sentence.
    """
    if f.sentence not in cache:
        out = [p for p in fs.periods_in(f.sentence) if p.start is not None and p.id not in fs.period_roles]
        cache[f.sentence] = out if len(out) <= _CROWDED else []
    return cache[f.sentence]


def _reference(fs: Figures, f: Figure, *, anniversary: bool = False) -> Period | None:
    """The date an age is given at: a year its clause ties it to ("was 45 when … in 2015"), or the
    year that leads its sentence ("In 2019 the 47-year-old, born in 1962, became …").
    """
    if not anniversary and "when" not in fs.clause_of(f).facts:
        if not f.cue("born_next"):
            return None  # "In 2019 the 47-year-old singer's mother, born in 1950": another's birth
        first = fs.in_sentence(f.sentence)[0]
        lead = [p for p in fs.periods_in(f.sentence) if p.at[0] < first.q.at[0] and p.start is not None
                and p.granularity == "year" and not fs.period_roles.get(p.id)]
        return lead[0] if len(lead) == 1 else None
    # "was 61 when her show opened in 2009": a founding date can be the date an age is given at
    cands = [p for p in fs.periods_in(f.sentence) if p.start is not None and p.end is not None
             and Role.BORN not in fs.period_roles.get(p.id, ()) and p.granularity in ("year", "day", "month")
             and (not anniversary or p.id not in fs.period_roles)
             and (fs.as_of_reliable or WRITTEN_YEAR.search(p.text))]  # "this year" of a text not dated
    if not anniversary and fs.clause_of(f).fact_cue("when") in ("aged", "at age"):
        # "died in 2009 aged 82" is dated beside the age; "who has died aged 91, ran the firm … until
        # his retirement in 1999" by nothing the sentence gives
        cands = [p for p in cands if min(abs(p.at[0] - f.q.at[1]), abs(f.q.at[0] - p.at[1])) <= _BESIDE]
    return cands[0] if cands else None


_BESIDE = 24  # characters between an age and the date it is given at: "died on 4 May 2009, aged 82"
