"""Change builders: any consistent assignment of start, end, amount, percentage and direction.

"rose $6.5m, or 7.3%, from $89.5m" (start, amount, percentage), "closed down 31p, or 4%, at
712p" (end, amount, percentage, direction), "rose to 2.1% from 2.4%" (ends and direction).
Builders read roles and links, never text.
"""

from __future__ import annotations

from dataclasses import replace

from auditor.relate.figures import Figures
from auditor.relate.model import Clause, Figure, LinkKind, Relation, RelationKind, Role
from auditor.relate.words import DEFINITE

_ENDS = ("count", "money", "number", "measure", "percent", "rate", "age", "duration")


def changes(fs: Figures) -> list[Relation]:
    """One change per clause whose figures over-determine it."""
    out: list[Relation] = []
    level = {b.index: a for a, b, _ in fs.linked(LinkKind.LEVEL)}
    restated = {b.index: a for kind in (LinkKind.OR, LinkKind.BRACKET) for a, b, _ in fs.linked(kind)}
    wholes = {b.index for _, b, _ in fs.linked(LinkKind.OF)}
    tally = _tally_items(fs)
    for c in fs.clauses:
        rel = _clause_change(fs, c, level, restated, wholes, tally)
        if rel is None or rel.get("from") is None:
            start = _carried_start(fs, c)
            size = _size_beside(fs, c, start[0]) if start else None
            rel = _clause_change(fs, c, level, restated, wholes, tally, start, size=size) if start else rel
        if rel is None or not (rel.get("delta") or rel.get("percent")):
            size = _size_stated_before(fs, c)
            sized = _clause_change(fs, c, level, restated, wholes, tally, size=size) if size else None
            rel = sized if sized is not None and _moves_as_sized(sized, size) else rel
        elif rel.get("from") and rel.get("to") and fs.headline and c.sentence == 1:
            # "Burglaries fall by a fifth" over "… 1,412, down from 1,540, a fall of 8 per cent": the
            # headline sizes the change the story opens with as well
            size = _size_stated_before(fs, c, headline=True)
            sized = _clause_change(fs, c, level, restated, wholes, tally, size=size) if size else None
            if sized is not None and (sized.get("from"), sized.get("to")) == (rel.get("from"), rel.get("to")):
                out.append(sized)
        if rel is None and (claim := _claim_beside(fs, c)) is not None:
            rel = _claimed(fs, c, claim, level, restated, wholes, tally)
            if rel is not None:
                out.append(rel)
            continue
        if rel is not None:
            out.append(_carried_multiplier(fs, c, rel))
    return out


_TIMES = frozenset("day week fortnight month quarter season year decade century".split())


def _claim_beside(fs: Figures, c: Clause) -> Clause | None:
    """ "Attendance has halved in a decade. The club averaged 4,912 fans a game this season, against
    14,870 in 2014-15": a clause that sets a start against an end and states no change of its own
    takes the change that a clause just before it states without figures (the clause before it in
    its sentence, or the sentence before).
    """
    if c.states_change or c.multiplier or not any(f.has(Role.FROM) for f in fs.in_clause(c)):
        return None
    near = [b for b in fs.clauses[max(0, c.index - 3):c.index] if b.sentence >= c.sentence - 1]
    claims = [b for b in near if (b.states_change or b.multiplier) and all(
        f.kind in ("multiplier", "duration") or f.q.unit in _TIMES for f in fs.in_clause(b))]
    return claims[-1] if len(claims) == 1 else None


def _claimed(fs: Figures, c: Clause, claim: Clause, level: dict[int, Figure], restated: dict[int, Figure],
             wholes: set[int], tally: set[int]) -> Relation | None:
    """The change of a clause's start and end, read with the direction or multiplier of the claim
    beside it, when the claim names their measure ("attendance" … "fans").
    """
    way = claim.direction if claim.states_change else "up" if (claim.multiplier or 1) > 1 else "down"
    said = claim.multiplier_text or claim.direction_cue.lstrip("~")
    rel = _clause_change(fs, replace(c, direction=way, direction_cue=said, multiplier=claim.multiplier,
                                     multiplier_text=claim.multiplier_text,
                                     multiplier_hedge=claim.multiplier_hedge), level, restated, wholes, tally)
    frm, to = (rel.get("from"), rel.get("to")) if rel is not None else (None, None)
    if rel is None or frm is None or to is None:
        return None
    named = {n for f in (frm, to) for n in (f.measure.entity, f.measure.subject) if n} & fs.names(claim)
    if not named:
        return None
    return Relation(rel.kind, rel.roles, (*rel.cues, f"'{said}' states the change of the {sorted(named)[0]} "
                                          f"that {frm.q.text} and {to.q.text} give"),
                    (*rel.params, ("across", True)))


_NOT_A_LEVEL = frozenset({Role.DELTA, Role.PERCENT, Role.SHARE, Role.REST, Role.INCREMENT, Role.FORECAST,
                          Role.RANGE, Role.BACKREF, Role.AVERAGE})


def _moves_as_sized(rel: Relation, size: tuple[Figure, str] | None) -> bool:
    """Whether a change read with a size from the sentence before has both ends and goes the way
    the size says: "The breakfast show's audience was down 4%. Commercial radio's share was 44.2%,
    against 43.6%" rose, so the fall is of another measure.
    """
    frm, to = rel.get("from"), rel.get("to")
    if frm is None or to is None or size is None:
        return False
    if frm.q.value is None or to.q.value is None or frm.q.value == to.q.value:
        return True
    return size[0].direction == ("up" if to.q.value > frm.q.value else "down")


def _size_stated_before(fs: Figures, c: Clause, *, headline: bool = False) -> tuple[Figure, str] | None:
    """ "Year-long waits have been cut by a third in six months. There were 1,950 … in September,
    against 2,340 in March": a sentence that states the size of a change and no level, before one
    that gives both ends and no size, states the size of the change between them.
    """
    if c.sentence == 0 or not fs.opens_sentence(c) or \
            not headline and any(f.roles & {Role.DELTA, Role.PERCENT} for f in fs.in_clause(c)):
        return None
    before = [f for f in fs.in_sentence(c.sentence - 1) if f.q.value is not None and f.kind != "duration"]
    if len(before) != 1 or not before[0].roles & {Role.PERCENT, Role.DELTA} or not before[0].direction:
        return None
    size = before[0]
    if c.direction and c.direction != size.direction:
        return None  # "Sales rose 5%. Costs fell from $2m to $1m": another measure
    dated = [f.scope.span for f in fs.in_clause(c) if f.scope.span is not None]
    if size.scope.span is not None and any(not size.scope.span[0] <= d[0] <= (size.scope.span[1] or d[0])
                                           for d in dated):
        return None  # "fell by a fifth last year. In March there were 2,400 …": another period
    if headline and size.kind not in ("percent", "fraction"):
        return None
    where = "the headline" if headline else "the sentence before"
    return size, (f"'{size.cue(Role.DELTA) or size.direction}' {size.q.text} in {where} is "
                  "read as the size of this change")


def _size_beside(fs: Figures, c: Clause, start: Figure) -> tuple[Figure, str] | None:
    """ "Membership climbed to 18,240. Twelve months ago the union had 15,900 members, a rise of
    22%": the one size of a change that stands beside a start the sentence after gives.
    """
    if start.sentence <= c.sentence or any(f.roles & {Role.PERCENT, Role.DELTA} for f in fs.in_clause(c)):
        return None
    sizes = [f for f in fs.in_clause(fs.clause_of(start)) if f.roles & {Role.PERCENT, Role.DELTA}]
    if len(sizes) != 1 or sizes[0].direction not in (None, c.direction):
        return None
    return sizes[0], f"'{sizes[0].cue(Role.DELTA) or sizes[0].direction}' {sizes[0].q.text} beside the start"


def _carried_start(fs: Figures, c: Clause) -> tuple[Figure, str] | None:
    """ "Ticket sales reached 41,000 last season. This season they climbed 25% to 62,000": a change
    that gives its end but not its start, in a sentence that opens by carrying the measure of the
    sentence before ("they", "that figure", "since then"), starts from the one level of that measure
    the sentence before gives. A sentence after that opens "The year before" or "The previous total"
    may give the start instead. Only the first clause of a sentence carries.
    """
    figs = [f for f in fs.in_clause(c) if f.q.value is not None and f.kind != "multiplier"]
    moved = c.direction or any(f.direction and f.roles & {Role.DELTA, Role.PERCENT} for f in figs)
    if not (moved or c.multiplier) or any(f.has(Role.FROM) for f in figs) or not fs.opens_sentence(c):
        return None  # "The deficit narrowed by £1.8bn to £11.9bn": the size says it moved
    levels = [f for f in figs if f.kind in _ENDS and not f.roles & _NOT_A_LEVEL]
    if len(levels) > 1:  # "that figure has doubled, to 58MW — enough for 17,000 homes": the end named
        levels = [f for f in levels if f.has(Role.TO)]
    if len(levels) != 1:
        return None
    end = levels[0]
    following = next((n for n in fs.clauses[c.index + 1:] if n.sentence > c.sentence), None)
    beside = fs.clauses[c.index + 1] if c.index + 1 < len(fs.clauses) else None
    pool: list[Figure] | None = None
    if "carried" in c.facts and c.sentence > 0:
        k, said = c.sentence - 1, f"'{c.fact_cue('carried')}' carries the measure of the sentence before"
    elif following is not None and following.sentence == c.sentence + 1 and "earlier" in following.facts:
        k, said = following.sentence, f"'{following.fact_cue('earlier')}' dates the sentence after before it"
    elif beside is not None and beside.sentence == c.sentence and "when" in beside.facts and \
            not beside.direction and any(f.has(Role.DELTA) or f.has(Role.PERCENT) for f in figs) and \
            "record_since" not in c.facts:  # "its highest close since May, when it reached 7,910"
        # not "…, the first cut since 2020, when rates fell to 0.1%": a change of its own
        # "stood at 61,308, having climbed by 14,145 since a year earlier, when 52,163 were waiting"
        k, pool = c.sentence, fs.in_clause(beside)
        said = f"'{beside.fact_cue('when')}' dates the clause after the change before it"
    else:
        return None
    there = [f for f in (fs.in_sentence(k) if pool is None else pool)
             if f.q.value is not None and _comparable(f, end, ends=True)]
    if len(there) != 1 or there[0].roles & (_NOT_A_LEVEL | {Role.FROM}) or pool is not None and \
            there[0].roles - {Role.TO} or \
            (fs.clause_of(there[0]).states_change or fs.clause_of(there[0]).multiplier) and k < c.sentence:
        return None  # "Sales rose 5% to $10m. They …" carries a change, not a level
    start = there[0]
    if start.measure.entity and end.measure.entity and start.measure.entity != end.measure.entity:
        return None
    places = {f for f in fs.clause_of(start).facts if f.startswith("place:")}, \
        {f for f in c.facts if f.startswith("place:")}
    if all(places) and not places[0] & places[1]:
        return None  # "Sales were $8.1m in Europe. This year they grew 10% in Asia to $9.9m"
    a, b = start.scope.span, end.scope.span
    if a is not None and b is not None and not a[0] < b[0]:
        return None  # the start is dated no earlier than the end
    return start, f"{said}: {start.q.text} is read as the start"


def named_changes(fs: Figures) -> list[Relation]:
    """ "Net expense was $(2.4)m in 2021, compared with $0.4m in 2020. The unfavourable change of
    $2.8m …": a sentence whose subject is the amount of a change gives the change of the
    comparison the sentence before states.
    """
    out = []
    for c in fs.clauses:
        figs = fs.in_clause(c)
        if "headed" not in c.facts or not figs or not figs[0].roles & {Role.DELTA, Role.PERCENT} \
                or figs[0].q.value is None:
            continue
        head = figs[0]
        before = [f for f in fs.in_sentence(c.sentence - 1) if f.q.value is not None]
        frm = [f for f in before if f.has(Role.FROM)]
        if len(frm) != 1 or any(f.roles & {Role.DELTA, Role.PERCENT} for f in before):
            continue
        to = [f for f in before if f is not frm[0] and _comparable(f, frm[0], ends=True)]
        if len(to) != 1 or head.has(Role.DELTA) and not _comparable(head, frm[0]):
            continue
        role = "delta" if head.has(Role.DELTA) else "percent"
        out.append(Relation(RelationKind.CHANGE, (("from", frm[0]), ("to", to[0]), (role, head)),
                            (f"'{c.fact_cue('headed')}' makes {head.q.text} the change from "
                             f"{frm[0].q.text} to {to[0].q.text}, which the sentence before compares",),
                            (("direction", head.direction), ("direction_cue", head.cue(Role.DELTA)),
                             ("across", True))))
    return out


def gapped_changes(fs: Figures) -> list[Relation]:
    """ "cut its forecasts to 1.2% from 1.6% this year and 1.9% from 2.4% in 2026": a second
    pair after "and" repeats the change its verb states, without the verb.
    """
    out = []
    for a, x, cue in fs.linked(LinkKind.LIST):
        if not a.has(Role.FROM) or x.roles - {Role.TO} or x.index + 1 >= len(fs.figures):
            continue
        y = fs.figures[x.index + 1]
        c = fs.clause_of(x)
        if not y.has(Role.FROM) or y.clause != x.clause or a.clause != x.clause or not c.direction \
                or x.q.value is None or y.q.value is None \
                or not _comparable(x, y, ends=True) or not _comparable(a, x):
            continue
        own = y.cue("from_direction")  # "and gas 29%, down from 34%" names its own way
        if own:
            out.append(Relation(RelationKind.CHANGE, (("from", y), ("to", x)),
                                (f"'{y.cue(Role.FROM)}' makes {y.q.text} the start of {x.q.text}",),
                                (("direction", own), ("direction_cue", y.cue(Role.FROM).split()[0]))))
            continue
        out.append(Relation(RelationKind.CHANGE, (("from", y), ("to", x)),
                            (f"'{cue.split()[-1]}' repeats the change '{c.direction_cue.lstrip('~')}' "
                             f"states for {x.q.text} from {y.q.text}",),
                            (("direction", c.direction), ("direction_cue", c.direction_cue.lstrip("~")))))
    return out


def moves(fs: Figures) -> list[Relation]:
    """ "GDP is tipped to be 4.1% this year, dipping to 4% in 2005, before picking up again to 4.2%":
    a figure a verb moves "to" starts from the level just before it, when no amount or percentage
    of its own says how far it moved. A warning at most: the level is read, not named.
    """
    out = []
    for f in fs.figures:
        cue = f.cue("moved")
        if not cue or f.q.value is None or any(
                g.roles & {Role.DELTA, Role.PERCENT, Role.FROM} for g in fs.in_clause(fs.clause_of(f))):
            continue
        prev = fs.figures[f.index - 1] if f.index else None
        if prev is None or prev.sentence != f.sentence or prev.q.value is None or \
                prev.roles - {Role.TO} or not _comparable(prev, f, ends=True) or _ranks(prev, f) or \
                prev.clause != f.clause and "contrast" in fs.clause_of(f).facts or \
                any(g.has(Role.RANGE) for g in fs.in_sentence(f.sentence)):
            continue  # "…, while 3G ownership grows to …" is another series; "ranged from … down to"
        out.append(Relation(RelationKind.CHANGE, (("from", prev), ("to", f)),
                            (f"'{cue}' moves {f.q.text} from the level before it, {prev.q.text}",),
                            (("direction", f.direction), ("direction_cue", cue.removesuffix(" to")),
                             ("across", True))))
    return out


def respective_changes(fs: Figures) -> list[Relation]:
    """ "$31.0 million and $27.5 million for 2019 and 2018, respectively, an increase of $4.5
    million or 12.7%": two values given for two years, and the change between them. The later
    year's value is the end.
    """
    out = []
    restated = {(a.index, b.index) for a, b, _ in fs.linked(LinkKind.OR)}
    for k in sorted({c.sentence for c in fs.clauses if "respectively" in c.facts}):
        figs = [f for f in fs.in_sentence(k) if f.q.value is not None]
        delta = next((f for f in figs if f.has(Role.DELTA) and f.kind != "percent"), None)
        pct = next((f for f in figs if f.kind == "percent" and (
            f.has(Role.PERCENT) or delta is not None and (delta.index, f.index) in restated)), None)
        pair = [(a, b) for a, b, _ in fs.linked(LinkKind.LIST) if a.sentence == k
                and _comparable(a, b) and not (a.roles | b.roles) & {Role.DELTA, Role.PERCENT}]
        order = [p.start.year for p in fs.periods_in(k) if p.start is not None and p.start.year in fs.years]
        change = delta or pct
        if len(pair) != 1 or len(set(order)) != 2 or change is None:
            continue
        first, second = pair[0]
        to, frm = (first, second) if order[0] > order[-1] else (second, first)
        roles = (("from", frm), ("to", to), *((("delta", delta),) if delta else ()),
                 *((("percent", pct),) if pct else ()))
        out.append(Relation(RelationKind.CHANGE, roles,
                            (f"'respectively' gives {first.q.text} to {order[0]} and {second.q.text} to "
                             f"{order[-1]}; {to.q.text} is the later",),
                            (("direction", change.direction), ("direction_cue", ""))))
    return out


_POINTERS = ("that", "this", "it")
_COMPARED = ("compared", "versus", "vs", "against", "as against")
_COMPARATIVES = frozenset("higher lower below above more less fewer bigger smaller larger greater".split())


def _compared_with_after(figs: list[Figure], pct: Figure, frm: Figure | None, to: Figure | None) -> bool:
    """ "424 ppm, up 3.0 from 421.0 a year earlier and about 50% above the pre-industrial level of
    280 ppm": a percentage "above" a figure named after it sizes that comparison, not the change
    whose ends come before it.
    """
    if pct.cue(Role.DELTA) not in _COMPARATIVES or frm is None or \
            max(frm.index, to.index if to is not None else 0) > pct.index:
        return False
    return any(f.index > pct.index and f.q.value and f.kind not in ("percent", "duration")
               and not f.roles for f in figs)


def backref_changes(fs: Figures) -> list[Relation]:
    """ "The museum welcomed 1.2 million visitors last year. That was 15% more than the year
    before, when 950,000 came": a change that opens with "That was" ends at the figure the sentence
    before gives; its start stands in its own sentence.
    """
    out = []
    for k in sorted({f.sentence for f in fs.figures if f.sentence > 0}):
        figs = [f for f in fs.in_sentence(k) if f.q.value is not None]
        head = figs[0] if figs else None
        pointer = (head.cue("definite").split() or [""])[0] if head is not None else ""
        if head is None or not head.roles & {Role.PERCENT, Role.DELTA} or not head.direction or \
                pointer not in _POINTERS and "points_back" not in fs.clause_of(head).facts:
            continue
        said = head.cue("definite") if pointer in _POINTERS else fs.clause_of(head).fact_cue("points_back")
        # "That was 4,718 more than the previous winter, when the figure stood at 7,924"
        starts = [f for f in figs[1:] if f.kind in _ENDS and f.kind != "percent" and not f.roles & {
            Role.DELTA, Role.PERCENT, Role.AGO} and (not f.has(Role.TO) or "when" in fs.clause_of(f).facts
                                                     and not fs.clause_of(f).direction)
            and (head.has(Role.PERCENT) or _comparable(f, head))]
        ends = [f for f in fs.in_sentence(k - 1) if f.q.value is not None and f.kind in _ENDS and
                f.kind != "percent" and not f.roles & {Role.DELTA, Role.PERCENT, Role.FROM}
                and (f.kind != "duration" or head.kind == "duration")]  # "waited more than 12 hours"
        if not starts and head.has(Role.DELTA):
            out += _delta_sizing_a_change(fs, head, said)
            continue
        if len(starts) != 1 or not ends or not _comparable(ends[-1], starts[0], ends=True) or \
                sum(_comparable(e, starts[0], ends=True) for e in ends) != 1:
            continue
        frm, to = starts[0], ends[-1]
        role = "percent" if head.has(Role.PERCENT) else "delta"
        out.append(Relation(RelationKind.CHANGE, (("from", frm), ("to", to), (role, head)),
                            (f"'{said}' points {head.q.text} back to {to.q.text}, the "
                             f"figure the sentence before gives; {frm.q.text} is read as the start",),
                            (("direction", head.direction), ("direction_cue", ""), ("across", True))))
    return out


def _delta_sizing_a_change(fs: Figures, head: Figure, said: str) -> list[Relation]:
    """ "The harvest shrank by 21.4% to 12.3 million tonnes. That was 1.9 million tonnes less than in
    2023": the amount a "That was" sentence gives sizes the change the sentence before gives by its
    end and percentage alone.
    """
    before = [f for f in fs.in_sentence(head.sentence - 1) if f.q.value is not None and f.kind != "duration"]
    ends = [f for f in before if f.has(Role.TO) and f.kind != "percent" and _comparable(f, head)]
    pcts = [f for f in before if f.has(Role.PERCENT) and f.kind == "percent"]
    if len(ends) != 1 or len(pcts) != 1 or any(f.roles & {Role.FROM, Role.DELTA} for f in before if
                                                f not in pcts) or pcts[0].clause != ends[0].clause or \
            pcts[0].direction != head.direction:
        return []
    to, pct = ends[0], pcts[0]
    return [Relation(RelationKind.CHANGE, (("to", to), ("percent", pct), ("delta", head)),
                     (f"'{said}' points {head.q.text} back to the change to {to.q.text} the sentence "
                      "before gives",),
                     (("direction", head.direction), ("direction_cue", ""), ("across", True)))]


def definite_changes(fs: Figures) -> list[Relation]:
    """ "Net income rose to 24.3 mln dlrs from 19.8 mln dlrs … The company attributed the 34 pct jump
    in earnings to …"; "3,412 break-ins, compared with 3,297 a year earlier, and the increase — 315
    offences — …": a change named with "the" after the clauses that give both its ends. Only when
    the clauses before (its sentence's, or the one or two sentences before) hold exactly one such
    pair, and nothing in the change's own clause could be its ends.
    """
    out = []
    for head in fs.figures:
        said = head.cue("definite")
        named = head.cue("named_change")
        if not head.direction or head.roles & {Role.FROM, Role.TO} or not (
                head.has(Role.PERCENT) and head.sentence and said and said.split()[-1] in DEFINITE or
                head.roles & {Role.PERCENT, Role.DELTA} and named):
            continue
        c = fs.clause_of(head)
        scope = fs.in_clause(c) if named else fs.in_sentence(head.sentence)
        if any(f is not head and f.kind in _ENDS and f.kind != "percent" and f.q.value is not None
               and (head.kind == "percent" or _comparable(f, head)) for f in scope):
            continue
        before = [b for b in fs.clauses[max(0, c.index - 3):c.index] if b.sentence >= head.sentence - 2
                  and (named or b.sentence < head.sentence)]
        pairs = [p for b in before for p in _ends_of(fs, b)]
        if len(pairs) != 1 or any(f.has(Role.PERCENT) for f in fs.in_clause(fs.clause_of(pairs[0][0]))):
            continue
        frm, to = pairs[0]
        role = "percent" if head.has(Role.PERCENT) else "delta"
        out.append(Relation(RelationKind.CHANGE, (("from", frm), ("to", to), (role, head)),
                            (f"'{named or f'{said} {head.q.text}'}' names the change from {frm.q.text} to "
                             f"{to.q.text} the text gave just before",),
                            (("direction", head.direction),
                             ("direction_cue", named.split()[-1] if named else head.cue(Role.DELTA)),
                             ("across", head.sentence != frm.sentence))))
    return out


def _end_before(figs: list[Figure], frm: Figure) -> Figure | None:
    """ "455 mln vs 376 mln", "3,412 break-ins, compared with 3,297": the figure of one measure just
    before a start it is compared with, and given no role of its own, is the end.
    """
    if not frm.cue(Role.FROM).startswith(_COMPARED):
        return None
    prev = next((f for f in reversed(figs) if f.index < frm.index), None)
    return prev if prev is not None and not prev.roles and _comparable(prev, frm, ends=True) else None


def _ends_of(fs: Figures, c: Clause) -> list[tuple[Figure, Figure]]:
    """The start and end a clause gives and sizes no change between: "rose to 24.3 mln dlrs from 19.8
    mln dlrs", "3,412 break-ins, compared with 3,297 a year earlier".
    """
    if any(f.roles & {Role.DELTA, Role.PERCENT} for f in fs.in_clause(c)):
        return []
    figs = [f for f in fs.in_clause(c) if f.q.value and f.kind in _ENDS and f.kind != "percent"]
    out = [(a, b) for a in figs for b in figs if a.has(Role.FROM) and b.has(Role.TO)
           and _comparable(a, b, ends=True)]
    paired = {a.index for a, _ in out}
    for a in figs:
        end = _end_before(figs, a) if a.has(Role.FROM) and a.index not in paired else None
        if end is not None:
            out.append((a, end))
    return out


def _carried_multiplier(fs: Figures, c: Clause, rel: Relation) -> Relation:
    """ "Smoking … has almost halved in the 10 years since 2014. Figures for 2024 show 13.6% …,
    down from 18.2%": a multiplier whose clause just before holds none of the change's figures
    measures the change that follows, when both go the same way.
    """
    frm, to = rel.get("from"), rel.get("to")
    if frm is None or to is None or rel.param("multiplier") is not None or not rel.param("direction"):
        return rel
    before = [b for b in fs.clauses[max(0, c.index - 2):c.index] if b.sentence >= c.sentence - 1]
    m = next((b for b in reversed(before) if b.multiplier), None)
    if m is None or any(f.kind != "multiplier" and (_comparable(f, frm) or _comparable(f, to))
                        for f in fs.in_clause(m)):
        return rel
    if m.sentence != c.sentence and any(f.kind in ("count", "number", "money", "percent")
                                        for f in fs.in_sentence(m.sentence)):
        return rel  # "The total has quadrupled since last June, when 7,100 …": its own figures
    if rel.param("direction") != ("up" if (m.multiplier or 1) > 1 else "down"):
        return rel  # "halved" before a rise, "doubled" before a fall
    params = (*rel.params, ("multiplier", m.multiplier), ("multiplier_text", m.multiplier_text),
              ("multiplier_hedge", m.multiplier_hedge), ("across", True))
    return Relation(rel.kind, rel.roles, (*rel.cues, f"'{m.multiplier_text}' just before is read as "
                                          f"the ratio of {to.q.text} to {frm.q.text}"), params)


def _clause_change(fs: Figures, c: Clause, level: dict[int, Figure], restated: dict[int, Figure],
                   wholes: set[int], tally: set[int], carried: tuple[Figure, str] | None = None,
                   size: tuple[Figure, str] | None = None) -> Relation | None:
    figs = [f for f in fs.in_clause(c) if f.q.value is not None and f.kind != "multiplier"
            and not f.has(Role.FORECAST)]  # a forecast against an outturn is no change
    if len(figs) < 2 and not c.multiplier and carried is None:
        return None
    cues: list[str] = [size[1]] if size else []
    # "$412.6m, compared with $388.1m …, bringing the year to $1.58bn, up 11% from $1.42bn": a start
    # the change itself names comes before one merely compared with
    froms = [f for f in figs if f.has(Role.FROM)]
    frm = next((f for f in froms if not f.cue(Role.FROM).startswith(_COMPARED)), froms[0] if froms else None)
    if frm is None and carried is not None:
        frm = carried[0]
        cues.append(carried[1])
    # not "costs of £28m, equivalent to about £420m today": the start restated, not where it ended
    tos = [f for f in figs if f.has(Role.TO) and f is not frm
           and (frm is None or restated.get(f.index) is not frm)]
    # the end that measures what the start does ("at 9 hospitals … rose from 12% to 21%")
    to = next((f for f in tos if frm is not None and _comparable(f, frm, ends=True)), tos[0] if tos else None)
    if frm is not None and (to is None or to.index > frm.index):
        # "Operating profit 455 mln vs 376 mln, up 21 pct, on revenue up 8 pct at 4.6 bln": a later
        # "at" ends another series
        to = _end_before(figs, frm) or to
    delta = next((f for f in figs if f.has(Role.DELTA) and f.kind != "percent"
                  and f not in (frm, to) and f.index not in tally), None)  # not "drawn eight and lost five"
    # "lost 18% of its value" is a change; "or 18.7% of net sales" a share
    # "average cash growth of about 2% a year" from 2025-26 to 2028-29 compounds: not the whole change
    pct = next((f for f in figs if f.has(Role.PERCENT) and (not f.has(Role.SHARE) or f.direction)
                and f.q.per is None and not _compared_with_after(figs, f, frm, to)), None)
    moved = pct or delta
    if to is not None and frm is not None and moved is not None and to.index < moved.index:
        # "stood at 412,800, including 6,140 who had waited more than a year — down 38% from 9,870":
        # the change is of the figure just before it
        nearer = [f for f in figs if to.index < f.index < moved.index and not f.roles
                  and f.kind != "duration"]
        parts = {b for _, b in fs.pairs(LinkKind.SPLIT)}
        if nearer and _comparable(nearer[-1], frm, ends=True) and nearer[-1].index in parts:
            to = nearer[-1]
    if to is not None and moved is not None and moved.index < to.index and any(
            f.has(Role.TO) and moved.index < f.index < to.index for f in figs):
        # "rose 0.4% in May, taking the annual rate to 3.9%, and the average home now costs
        # £286,000": the size belongs to the end nearer it
        pct = delta = None
    sizing = pct or delta
    if sizing is not None and to is not None and frm is not None and sizing.index < to.index and \
            not to.has(Role.TO) and frm.cue(Role.FROM).startswith(_COMPARED):
        # "Oats slipped 0.4% as traders awaited a report expected to show stocks of 12.1 million
        # tonnes, against 11.6 million": the size moved what came before, not this comparison
        pct = delta = None
    if size is not None and size[0].has(Role.PERCENT):
        pct = size[0]
    elif size is not None:
        delta = size[0]
    times = next((f for f in fs.in_clause(c) if f.kind == "multiplier"), None)
    if c.multiplier and times is not None and frm is None and to is None:
        # "She struck 12 aces, three times as many as in her first match, when she managed 6"
        before = [f for f in figs if f.q.at[0] < times.q.at[0]]
        after = [f for f in figs if f.q.at[0] > times.q.at[1]] or [
            f for f in fs.in_sentence(c.sentence) if f.clause == c.index + 1 and f.q.value]
        if before and after and _comparable(before[-1], after[0]):
            to, frm = before[-1], after[0]
            cues.append(f"'{times.q.text} as' compares {to.q.text} with {frm.q.text}")
            # "a council tax rise of 9.99%, twice the usual 4.99% limit": the rise is an end here,
            # not the size of the change between them
            pct = None if pct in (to, frm) else pct
            delta = None if delta in (to, frm) else delta
    size_ = pct or delta
    if frm is None and to is None and size_ is not None and size_.cue(Role.DELTA) in _COMPARATIVES:
        # "Just 38.2mm of rain fell, 27% below the 1991-2020 average of 64.7mm": a figure compared
        # with the one after the comparative
        before = [f for f in figs if f.q.at[0] < size_.q.at[0] and f.roles <= {Role.SHARE} and f is not delta
                  and f.index not in wholes]  # "winning 27 of the 60 seats, six fewer than the 33"
        # the base is named as one ("the average of 64.7mm", "the 33 it held"), not any figure after
        after = [f for f in figs if f.q.at[0] > size_.q.at[1] and f.roles <= {Role.AVERAGE}
                 and f is not delta and (f.has(Role.AVERAGE) or f.cue("definite"))]
        joined = fs.pairs(*(k for k in LinkKind if k != LinkKind.BASE))
        if before and after and _comparable(before[-1], after[0], ends=True) and \
                (size_.index, after[0].index) not in joined:  # "£6m more than last year - with £12m for"
            to, frm = before[-1], after[0]
            cues.append(f"'{size_.q.text} {size_.cue(Role.DELTA)}' compares {to.q.text} with {frm.q.text}")
    if delta is not None and delta.kind == "percentage_point" and pct is not None and to is None and \
            frm is not None and frm.kind == "percent":
        to, pct = pct, None  # "rise by 4.6%, 1.3 percentage points less than last year's 5.9%": rates
    if pct is None and delta is not None:  # "rose $6.5m, or 7.3%"
        pct = next((f for f in figs if f.kind == "percent" and restated.get(f.index) is delta
                    and not f.has(Role.SHARE)), None)
    ended_before = to is None and frm is not None and (delta or pct) and \
        _ends_before(figs, frm, delta, pct, wholes)
    if to is None and not ended_before:
        # "took the total to 94,300"; not "9% more than the 2.12 million a year earlier, taking the
        # total so far this year to 14.6 million", where the end is named before the start
        to = next((f for f in figs if f.has(Role.TOTAL) and f.cue(Role.TOTAL).endswith("to")
                   and f not in (frm, delta, pct)), None)
    # "$612.5m, an increase of $40.2m"; not "up from 29,100, an increase of almost a third"
    if delta is not None and delta.index in level and to is None and \
            not level[delta.index].roles & {Role.DELTA, Role.PERCENT, Role.FROM}:
        to = level[delta.index]
        cues.append(f"'{_cue_of(fs, to, delta)}' makes {to.q.text} the level after a change of "
                    f"{delta.q.text}")
    elif pct is not None and pct.index in level and to is None and \
            not level[pct.index].roles & {Role.DELTA, Role.PERCENT, Role.FROM}:
        to = level[pct.index]
    if to is None and frm is None and delta is not None and pct is not None and c.direction:
        # "handled 4.62m passengers after numbers fell by 380,000, a drop of 8%"
        to = next((f for f in figs if f.q.at[0] < delta.q.at[0] and not f.roles and
                   _comparable(f, delta)), None)
    if frm is None and to is not None and "now" in to.cue(Role.TO).split():
        # "The £45 ticket is now £60": what it was stands before
        frm = next((f for f in reversed(figs) if f.q.at[0] < to.q.at[0] and not f.roles and
                    _comparable(f, to)), None)
    sized = [f for f in (pct, delta) if f is not None]
    if frm is None and to is not None and sized and c.direction and not c.direction_cue.startswith("~") and \
            figs[0] not in (to, *sized) and not figs[0].roles and _comparable(figs[0], to, ends=True) and \
            figs[0].q.at[0] < min(f.q.at[0] for f in sized) and figs[0].cue("changes"):
        # "The council tax bill of £2,000 will rise by 5%, to £2,200": the level named before the
        # verb is where the change starts
        frm = figs[0]
        cues.append(f"{frm.q.text} is what '{frm.cue('changes')}' changes: it is read as the start")
    if frm is None and (pct or delta):  # "up 12% on the 6.5 million it flew in 2022"
        base = next(((a, b, cue) for a, b, cue in fs.linked(LinkKind.BASE)
                     if (a is pct or a is delta) and b.clause == c.index and not b.roles), None)
        if base is not None:
            frm = base[1]
            cues.append(f"'{base[2]}' makes {frm.q.text} the start of the change of {base[0].q.text}")
    if frm is not None and to is None and (delta or pct or c.direction or c.multiplier):
        # "Sales of $10m were up from $8m": the figure before "from" is where it ended.
        cands = _ends_before(figs, frm, delta, pct, wholes)
        # "4,062 pupils across the trust's 14 academies … down by a fifth from 5,081": the end is of
        # the start's order
        near = [f for f in cands if frm.q.value and f.q.value and 0.1 <= abs(f.q.value / frm.q.value) <= 10]
        pool = near or cands
        # "Yes on 54% and No on 46% …, up from 50%": two coordinated figures, no one end
        coordinated = len(pool) > 1 and (pool[-2].index, pool[-1].index) in fs.pairs(LinkKind.LIST)
        to = pool[-1] if pool and not coordinated else None
    if frm is not None and to is not None and (not _comparable(frm, to, ends=True) or _apart(frm, to)):
        return None
    if delta is not None and (not _delta_fits(delta, frm or to) or _beyond_ends(delta, frm, to)):
        delta = None
    if delta is None and pct is not None and pct.index in restated and \
            not restated[pct.index].roles and restated[pct.index].kind != "percent":
        delta = restated[pct.index]  # "€14.6bn, €900m or 9.6% more than this year"
        if to is None:
            to = next((a for a, b, _ in fs.linked(LinkKind.APPOSITION) if b is delta and
                       _comparable(a, delta)), None)
    if pct is not None and pct.kind not in ("percent", "fraction"):
        pct = None
    ends = frm is not None and to is not None
    if frm is not None and frm.has(Role.RANGE) or ends and _ranks(frm, to):
        return None  # "ranged from 69% … to 10%"; "at five, up from 13" in a chart
    said_by_start = frm.cue("from_direction") if frm is not None and ends else ""  # "dropped from … to"
    own = (delta.direction if delta else None) or (pct.direction if pct else None) or said_by_start or None
    direction = own or (c.direction if ends or not c.direction_cue.startswith("~") else None)
    mover = fs.figures[c.direction_owner] if c.direction_owner is not None else None
    if not own and mover is not None and mover not in (frm, to, delta, pct) and mover.q.value is not None:
        direction = None  # "Wages rose to £201m, equivalent to 64% of turnover, compared with 71%": the
        # word moves another figure
    checkable = (ends and (delta or pct or direction or c.multiplier)) or (
        frm is not None and delta is not None and pct is not None) or (
        to is not None and delta is not None and pct is not None and direction)
    if not checkable:
        return None
    if frm is not None and to is not None and frm.q.at[0] > to.q.at[0] and not frm.cue(Role.FROM) \
            and not cues:
        return None  # a start after the end needs a word that says so ("compared with", "3 times as")
    roles = [(r, f) for r, f in (("from", frm), ("to", to), ("delta", delta), ("percent", pct))
             if f is not None]
    for r, f in roles:
        if f.cue(Role(r)) and r in ("from", "to"):
            cues.append(f"'{f.cue(Role(r))}' makes {f.q.text} the {'start' if r == 'from' else 'end'}")
    said = c.direction_cue.lstrip("~") or (frm.cue(Role.FROM) if frm is not None and frm.cue("from_direction")
                                           else "")
    params: list[tuple[str, object]] = [("direction", direction), ("direction_cue", said)]
    if "direction_next" in c.facts and direction == c.direction or carried is not None or size is not None:
        params.append(("across", True))  # "… compared to 38.3%. The increase in …"
    if c.multiplier and frm is not None and to is not None and _multiplies(fs, c, frm, to):
        params += [("multiplier", c.multiplier), ("multiplier_text", c.multiplier_text),
                   ("multiplier_hedge", c.multiplier_hedge)]
    return Relation(RelationKind.CHANGE, tuple(roles), tuple(cues), tuple(params))


def _multiplies(fs: Figures, c: Clause, frm: Figure, to: Figure) -> bool:
    """Whether a clause's multiplier measures the change between its ends: not when figures of
    another measure stand between the ends and the multiplier ("from £4.2m to £6.3m, with families
    staying 11 weeks, almost double the six-week limit" doubles the weeks, not the money).
    """
    times = next((f for f in fs.in_clause(c) if f.kind == "multiplier"), None)
    last = max(frm.index, to.index)
    if times is not None and 0 < times.index < min(frm.index, to.index):
        # "a rise of 7.8%, twice the usual 3.9% cap, … from £640 to £690": it compares the two
        # figures beside it
        a, b = fs.figures[times.index - 1], fs.figures[times.index + 1]
        if a.clause == b.clause == c.index and b not in (frm, to) and _comparable(a, b):
            return False
    if times is None or times.index < last:
        return True  # a verb ("doubled") names the clause's own change; "halved in three years, to"
    if fs.figures[times.index - 1].roles & {Role.DELTA, Role.PERCENT}:
        return False  # "rose from £1,085 to £1,162, an increase of 7.1% and more than three times the
        # rate of inflation": the multiplier compares the size of the change with another
    return not any(f.kind not in ("multiplier", "percent", "fraction") and not _comparable(f, to, ends=True)
                   for f in fs.figures[last + 1:times.index])


def _apart(a: Figure, b: Figure) -> bool:
    """Ends more than a thousand-fold apart measure different things ("£52m" and "257p")."""
    x, y = abs(a.q.value or 0), abs(b.q.value or 0)
    return min(x, y) > 0 and max(x, y) / min(x, y) > 1000


def _ranks(a: Figure | None, b: Figure | None) -> bool:
    """Bare small whole numbers: places in a chart, not amounts."""
    return all(f is not None and f.kind == "number" and f.q.unit is None and abs(f.q.value or 0) < 100
               for f in (a, b))


def _tally_items(fs: Figures) -> set[int]:
    """Items of a tally: figures listed third or later, after ones that state no change ("won 21,
    drawn eight and lost five"); not "£2.8m this year, £700,000 more than …".
    """
    links = fs.linked(LinkKind.LIST)
    listed = {b.index for _, b, _ in links}
    return {b.index for a, b, _ in links if not a.roles & {Role.DELTA, Role.PERCENT} and a.kind == b.kind
            and a.index in listed}


def _ends_before(figs: list[Figure], frm: Figure, delta: Figure | None, pct: Figure | None,
                 wholes: set[int]) -> list[Figure]:
    """The figures before a start that may be where the change ended ("Sales of $10m were up from
    $8m"), not one that is itself a change or a bound ("less than the 47.3%").
    """
    return [f for f in figs if f.q.at[0] < frm.q.at[0] and f not in (delta, pct) and
            f.index not in wholes and _comparable(f, frm) and not f.roles & {Role.DELTA, Role.PERCENT}
            and f.q.qualifier.value not in ("above", "below")]


def _comparable(a: Figure, b: Figure, *, ends: bool = False) -> bool:
    """Two figures of one measure: same kind and unit, or a bare number beside a count. The ends of
    one change share a rate written once ("from £5.5bn to £8.2bn a year").
    """
    if a.kind not in _ENDS or b.kind not in _ENDS:
        return False
    if a.per != b.per and not (ends and None in (a.per, b.per)):
        return False
    if a.kind == b.kind:
        return a.q.unit == b.q.unit
    if ends and {a.kind, b.kind} == {"rate", "count"}:  # "from 9,000 cars a month to 7,500"
        return a.q.unit == b.q.unit
    if {a.kind, b.kind} == {"money", "number"}:  # "780 mln dlrs, up 30 pct from 600 mln"
        n = a if a.kind == "number" else b
        return any(c.isalpha() for c in n.q.text)  # a scaled amount written without its currency
    return {a.kind, b.kind} == {"count", "number"} and None in (a.q.unit, b.q.unit)


def _beyond_ends(delta: Figure, frm: Figure | None, to: Figure | None) -> bool:
    """Whether an amount is far larger than both ends of a change, so no rounding makes it their
    difference: "£18m more than this year, with the bill rising to £2,104 from £2,004" sizes the
    spending, not the bill.
    """
    if frm is None or to is None or delta.kind != frm.kind or not delta.q.value or \
            frm.q.value is None or to.q.value is None or frm.sign != to.sign:
        return False
    return abs(delta.q.value) > 3 * max(abs(frm.q.value), abs(to.q.value))


def _delta_fits(delta: Figure, end: Figure | None) -> bool:
    """A change of the end's unit; "a drop of 2.3 points a week" is a pace, not the change."""
    if delta.per is not None and (end is None or end.per != delta.per):
        return False
    if end is None:
        return delta.kind in _ENDS
    if end.kind == "percent":  # "an improvement of 5.8 points on the 59.6%"
        return delta.kind == "percentage_point" or delta.kind == "count" and delta.q.unit == "point"
    return _comparable(delta, end)


def _cue_of(fs: Figures, a: Figure, b: Figure) -> str:
    return next((k.cue for k in fs.links if k.a == a.index and k.b == b.index), "")


def doubling_claims(fs: Figures) -> list[Relation]:
    """ "All regions saw at least a doubling … Scotland saw an increase of just 82%"."""
    out: list[Relation] = []
    for c in fs.clauses:
        if "at_least_double" not in c.facts:
            continue
        for f in fs.figures:
            # its own clause, or the sentence after; "…, while revenue edged up 3%" is another series
            where = f.clause == c.index or f.sentence == c.sentence + 1
            if where and f.kind == "percent" and \
                    f.q.value is not None and f.has(Role.PERCENT) and f.direction == "up":
                out.append(Relation(RelationKind.AT_LEAST_DOUBLE, (("percent", f),),
                                    ("'at least a doubling' is a rise of at least 100%",)))
    return out
