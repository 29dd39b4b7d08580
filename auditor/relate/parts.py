"""Part, whole and share builders: "of" links, restated shares, split totals and listed parts.

"780 of the 1,200", "Of the 1,200 respondents, 780", "780 out of 1,200 (65%)", "P% of the Y, or
X", "£96m, split between housing (£52m) and …", "Labour won 31 of the 60 seats, the
Conservatives 19 …", "35% backed it, 41% opposed it and 24% did not know".
Builders read roles and links, never text.
"""

from __future__ import annotations

from auditor.extract.lexicon import CHANGE_DOWN, CHANGE_UP
from auditor.relate.figures import Figures
from auditor.relate.model import Figure, LinkKind, Relation, RelationKind, Role
from auditor.relate.words import DASHES

_COUNTED = ("count", "number", "money", "measure")
_CHANGE_WORDS = frozenset(CHANGE_UP) | frozenset(CHANGE_DOWN)
_OF_CUES = ("of", "out of", "of all", "from among", "of them", "of whom")
_ONE_PART = ("of which", "including", "included", "includes", "include", "among them")
#: What a figure nets gains against losses in: a part "included" may be larger than it.
_NETTED = frozenset("net income profit loss earnings result results margin change effect balance".split())
_SPLIT_EXHAUSTIVE = ("compris", "consist", "is made up", "made up", "split", "divided", "broken down")


def _same_measure(part: Figure, whole: Figure) -> bool:
    """A part counts what its whole counts: the whole names a noun, and the part shares or borrows it."""
    if part.q.unit != whole.q.unit and part.kind != "number":
        return False
    if whole.kind == "money" or part.kind == "money":
        return part.kind == whole.kind and part.q.unit == whole.q.unit
    if not whole.measure.entity:
        return False
    return part.measure.entity in (None, whole.measure.entity)


def part_of(fs: Figures) -> list[Relation]:
    """Every "of" link between figures of one measure: the part must not exceed the whole."""
    out = []
    for part, whole, cue in fs.linked(LinkKind.OF):
        if part.kind in _COUNTED and whole.kind in _COUNTED and part.q.value is not None and \
                whole.q.value is not None and _same_measure(part, whole):
            out.append(Relation(RelationKind.PART_OF, (("part", part), ("whole", whole)),
                                (f"'{cue}' links {part.q.text} to {whole.q.text}",)))
    for whole, part, cue in fs.linked(LinkKind.SPLIT):  # "€51bn, of which €73bn …"
        if cue in _ONE_PART and (part.kind == whole.kind and part.q.unit == whole.q.unit or
                                 (whole.kind, part.kind) == ("count", "number")) and \
                whole.measure.subject not in _NETTED and whole.sign > 0 and whole.kind != "number" and \
                part.kind in _COUNTED and part.q.value is not None and whole.q.value is not None and \
                not _whole_before_a_rate(fs, whole, part) and not _counts_places(whole, part):
            out.append(Relation(RelationKind.PART_OF, (("part", part), ("whole", whole)),
                                (f"'{cue}' makes {part.q.text} part of {whole.q.text}",)))
    for f in fs.figures:  # "… diverted a total of £1.4m. Of that sum, £1.9m was spent on …"
        said = f.cue("points_back")
        if said and f.q.value and f.kind in _COUNTED:
            before = [g for g in fs.in_sentence(f.sentence - 1) if g.q.value is not None and _alike(g, f)]
            if len(before) == 1 and before[0].sign > 0 and before[0].measure.subject not in _NETTED:
                out.append(Relation(RelationKind.PART_OF, (("part", f), ("whole", before[0])),
                                    (f"'{said}' points {f.q.text} back to {before[0].q.text}",)))
    for f in fs.figures:  # "… 780 of them": the nearest earlier figure of its measure
        if f.has(Role.BACKREF) and f.cue(Role.BACKREF).startswith(("of", "among")) and f.q.value \
                and f.kind not in _SHARES:
            earlier = _earlier_whole(fs, f)
            if earlier is not None:
                out.append(Relation(RelationKind.PART_OF, (("part", f), ("whole", earlier)),
                                    (f"'{f.cue(Role.BACKREF)}' points {f.q.text} back to "
                                     f"{earlier.q.text}",)))
    out += _rest_of(fs, out)
    return out


def _counts_places(whole: Figure, part: Figure) -> bool:
    """ "1,486 cases in four countries, among them 1,102 in Guinea": a small count of places or
    groups before a bare number far larger counts where the parts are, not what they count.
    """
    return (whole.kind, part.kind) == ("count", "number") and (part.q.value or 0) > 10 * (whole.q.value or 0)


def _whole_before_a_rate(fs: Figures, rate: Figure, part: Figure) -> bool:
    """ "£340m over five years, about £68m a year, of which the Treasury will pay £200m": after a
    rate, "of which" may point to the total before it, which the part fits.
    """
    return rate.q.per is not None and part.q.per is None and any(
        g.index < rate.index and g.q.per is None and g.kind == part.kind and g.q.unit == part.q.unit
        and (g.q.value or 0) >= (part.q.value or 0) for g in fs.in_clause(fs.clause_of(rate)))


def _rest_of(fs: Figures, pairs: list[Relation]) -> list[Relation]:
    """ "12,400 people, 3,100 of them in Scotland … The rest, about 8,300, are in England": a
    part, and the rest named next, make the whole.
    """
    out = []
    for rel in pairs:
        part, whole = rel["part"], rel["whole"]
        nxt = None
        for f in fs.figures[part.index + 1:]:  # the first figure after the part that could be the rest
            if f.sentence > part.sentence + 2:
                break
            if f.kind in _COUNTED and f is not whole:
                nxt = f
                break
        # "The rest, about 8,300"; "Of the 50 …, 31 … The acquisition of the additional 29"
        rest = nxt if nxt is not None and nxt.q.value is not None and (
            nxt.has(Role.REST) and nxt.sentence <= part.sentence + 1 or
            nxt.has(Role.INCREMENT) and nxt.cue("definite") == "the additional") else None
        if rest is None or not (_same_measure(rest, whole) or rest.kind == "number"):
            continue
        out.append(Relation(RelationKind.PARTS, (("total", whole), ("part", part), ("part", rest)),
                            (f"'{rest.cue(Role.REST) or 'the additional'}' makes {rest.q.text} what "
                             f"{whole.q.text} holds besides {part.q.text}",),
                            (("exhaustive", True), ("across", rest.sentence != part.sentence))))
    return out


def _earlier_whole(fs: Figures, f: Figure) -> Figure | None:
    """The figure "of them" points back to: the nearest earlier counted figure that is not itself
    a listed part ("47 medals — 12 gold, 15 silver and 20 bronze. Cyclists won 14 of them"; "a
    third of them").
    """
    parts = {b for _, b in fs.pairs(LinkKind.LIST, LinkKind.SPLIT)}
    listed = dict(fs.pairs(LinkKind.LIST))
    for g in reversed(fs.figures[:f.index]):
        if g.sentence < f.sentence - 2:
            return None
        if g.index in parts or _counts_its_list(g, listed) or g.cue("rate_base") or \
                g.q.value and (f.q.value or 0) > 10 * g.q.value:  # "per 100,000 people" is a rate's base
            continue  # "Three wards, Central (412), …": a count of parts; "across 14 schools; 3,120 of them"
        if g.sentence == f.sentence and g.kind in ("count", "number") and f.kind in ("count", "number") \
                and None in (g.q.unit, f.q.unit) and g.q.value:
            return g  # "25 million players were sold, 40 million of which …": the figure just before
        if g.kind == "count" and g.measure.entity and g.q.value and g.kind == f.kind or (
                f.kind in ("number", *_SHARES) and g.kind == "count" and g.measure.entity):
            return g if g.q.value and (f.measure.entity in (None, g.measure.entity)) else None
        if f.kind in _SHARES and f.cue(Role.BACKREF) == "of it" and g.kind == "money" and g.q.value and \
                g.sentence == f.sentence:
            return g  # "Revenue was $8.21bn, and the company ploughed 17.8% of it ($2.46bn) back"
        if f.cue(Role.BACKREF) in _OF_AN_AMOUNT and f.kind in ("money", "measure") and \
                g.kind == f.kind and g.q.unit == f.q.unit and g.q.value and g.q.per == f.q.per:
            return g  # "… budget is set at £1.14bn. Adult social care will take £412m of it"
    return None


_SHARES = ("percent", "fraction")
_OF_THE_TOTAL = ("of total", "of overall", "of all")  # a share's own words for the whole just given
_OF_AN_AMOUNT = ("of it", "of that", "of this")  # pointers to one amount, not to a count of things


def _dated_apart(a: Figure, b: Figure) -> bool:
    """Whether two figures are dated to periods that do not overlap."""
    pa, pb = a.q.period, b.q.period
    if pa is None or pb is None or None in (pa.start, pa.end, pb.start, pb.end):
        return False
    return pa.end < pb.start or pb.end < pa.start  # type: ignore[operator]


def _counts_its_list(g: Figure, listed: dict[int, int]) -> bool:
    """Whether a count heads a list of as many items as it counts."""
    n, at = 0, g.index
    while at in listed and n < 20:
        at, n = listed[at], n + 1
    return g.kind == "count" and n > 1 and g.q.value == n


def percent_of(fs: Figures) -> list[Relation]:
    """A part, its whole and the share the text gives, joined by "of" and "or", a bracket or a comma.

    "X of Y, or P%", "X (P%) of the Y", "P% of the Y, or X", "X …, a quarter of the Y".
    """
    out = []
    restate = [(a, b, cue) for kind in (LinkKind.OR, LinkKind.BRACKET, LinkKind.APPOSITION)
               for a, b, cue in fs.linked(kind)]
    backrefs = [(f, w, f.cue(Role.BACKREF)) for f in fs.figures
                if f.has(Role.BACKREF) and f.cue(Role.BACKREF).startswith(("of", "among"))
                for w in [_earlier_whole(fs, f)] if w is not None]  # "won 14 of them, or 30%"
    opened = {b.index: a for a, b, _ in fs.linked(LinkKind.BRACKET)}  # a converted figure's original
    touching: dict[int, list[tuple[Figure, Figure, str]]] = {}
    for link in restate:
        touching.setdefault(link[0].index, []).append(link)
        touching.setdefault(link[1].index, []).append(link)
    split = [(part, whole, cue) for whole, part, cue in fs.linked(LinkKind.SPLIT) if cue in _ONE_PART
             and whole.kind == part.kind != "number" and whole.q.unit == part.q.unit]
    for x, whole, of_cue in fs.linked(LinkKind.OF) + backrefs + split:  # "7.9bn, of which 2.1bn, or 27%"
        if whole.kind in _SHARES or whole.q.value is None:
            continue
        for a, b, cue in touching.get(x.index, []) + touching.get(whole.index, []):
            pair = (a.index, b.index)
            if x.kind in _SHARES and x.index in pair:  # "X, a quarter of the Y"
                part, pct = (b if a is x else a), x
            elif x.kind in _SHARES and whole.index == pair[0]:  # "P% of the Y, some X"
                part, pct = b, x
            elif x.kind not in _SHARES and (x.index in pair or whole.index == pair[0]):
                part, pct = x, (b if a.index in (x.index, whole.index) else a)  # "X of Y, or P%"
            else:
                continue
            first = opened.get(part.index)
            if first is not None and part.q.unit != whole.q.unit == first.q.unit:
                part = first  # "12,400 hectares (30,600 acres), about 18% of the 41,000-hectare park"
            if pct.kind not in _SHARES or part.kind in _SHARES or part is whole or part.per != whole.per or \
                    part.q.value is None or pct.q.value is None or pct.roles & {Role.DELTA, Role.PERCENT}:
                continue  # "£6m a week, … 78% of its £269m revenue": a weekly rate is no part of a year's sum
            if part.kind != whole.kind and "number" not in (part.kind, whole.kind) or \
                    part.kind in ("measure", "money") and part.q.unit != whole.q.unit:
                continue  # "143mm (5.6in) …, 168% of its average of 85mm": inches are no share of mm
            out.append(Relation(RelationKind.PERCENT_OF,
                                (("part", part), ("whole", whole), ("percent", pct)),
                                (f"'{of_cue}' links {x.q.text} to {whole.q.text}",
                                 f"'{cue}' restates {a.q.text} as {b.q.text}")))
            break
    out += _named_wholes(fs)
    done = {r["percent"].index for r in out}
    out += _rates_of_a_pair(fs, done)
    done = {r["percent"].index for r in out}
    out += _shares_of_an_earlier_total(fs, done) + _counts_with_a_share_of_an_earlier_total(fs, restate, done)
    done = {r["percent"].index for r in out}
    out += _shares_pointing_back(fs, {f.index: w for f, w, _ in backrefs}, done)
    done = {r["percent"].index for r in out}
    return out + _trailing_shares(fs, done, {id(r["part"]) for r in out})


def _trailing_shares(fs: Figures, done: set[int], parts: set[int]) -> list[Relation]:
    """ "Only 3,046 of the 3,750 five-year-olds have had both doses — fewer than two-thirds": a share
    that the clause of a part and its whole ends on, playing no role of its own, is the part's share.
    """
    out = []
    ends: dict[int, list[Figure]] = {}  # each clause's last two figures that are no durations
    for x, whole, of_cue in fs.linked(LinkKind.OF):
        if x.kind not in ("count", "number") or whole.kind != x.kind or id(x) in parts or \
                x.q.value is None or whole.q.value is None or x.index > whole.index:
            continue
        if whole.clause not in ends:
            ends[whole.clause] = [f for f in fs.in_clause(fs.clause_of(whole)) if f.kind != "duration"][-2:]
        last = ends[whole.clause]
        share = last[1] if len(last) == 2 and last[0] is whole else None
        # "…, little more than a fifth of them": "of them" points to the same whole; "an upheld
        # rate of 52%" names a measure of its own
        if share is None or share.kind not in _SHARES or share.roles - {Role.BACKREF} or \
                share.index in done or share.q.value is None or share.measure.subject and not share.roles:
            continue
        out.append(Relation(RelationKind.PERCENT_OF, (("part", x), ("whole", whole), ("percent", share)),
                            (f"'{of_cue}' links {x.q.text} to {whole.q.text}",
                             f"{share.q.text} ends their clause as the share they make")))
    return out


def _shares_pointing_back(fs: Figures, backrefs: dict[int, Figure], done: set[int]) -> list[Relation]:
    """ "… 3.1 million of them on domestic routes. That is 28% of the total": a share that points
    back ("That is", "This represents") and names no figure of its own is the share of the part the
    sentence before ends on, in the whole that part is "of".
    """
    out = []
    whole_of = {x.index: w for x, w, _ in fs.linked(LinkKind.OF)} | backrefs
    for p in fs.figures:
        said = p.cue("definite") if p.cue("definite") in _THAT_IS else \
            fs.clause_of(p).fact_cue("points_back")
        if p.kind not in _SHARES or p.index in done or not p.q.value or not p.has(Role.SHARE) or \
                not said or p.roles & _CHANGING or p.index in whole_of:
            continue
        amounts = [f for f in fs.in_sentence(p.sentence) if f.kind not in _SHARES]
        own = [f for f in amounts if f.index < p.index]
        if len(own) < len(amounts):
            continue
        part: Figure | None
        whole: Figure | None
        if own:  # "will spend £312.6m … from a budget of £498.3m – that is 42.7% of the total"
            pair = [f for f in own if f.q.value and _alike(f, own[-1])]
            if len(own) != 2 or len(pair) != 2:
                continue
            part, whole = sorted(pair, key=lambda f: f.q.value or 0)
        else:
            before = [f for f in fs.in_sentence(p.sentence - 1) if f.q.value and f.kind not in _SHARES]
            part = before[-1] if before else None
            whole = whole_of.get(part.index) if part is not None else None
        if part is None or whole is None or not whole.q.value or whole.q.value <= (part.q.value or 0):
            continue
        out.append(Relation(RelationKind.PERCENT_OF, (("part", part), ("whole", whole), ("percent", p)),
                            (f"'{said}' points {p.q.text} back to {part.q.text}, the part of {whole.q.text} "
                             f"{'named before it' if own else 'the sentence before ends on'}",),
                            (("across", part.sentence != p.sentence),)))
    return out


def _rates_of_a_pair(fs: Figures, done: set[int]) -> list[Relation]:
    """ "convictions in 214 of the 388 cases that reached a verdict …, a conviction rate of 71%": a
    share named as the rate of an "X of Y" pair earlier in its sentence restates it.
    """
    out = []
    with_ = {(a.index, b.index): cue for a, b, cue in fs.linked(LinkKind.SPLIT)
             if cue.split()[-1:] == ["with"]}
    for x, whole, of_cue in fs.linked(LinkKind.OF):
        if x.kind in _SHARES or whole.kind in _SHARES or not x.q.value or not whole.q.value or \
                not (_alike(x, whole) or x.kind == whole.kind == "count"):
            continue
        # the next figure, past a rank or a span ("within 20 days") or a share of its own ("had
        # missed at least 10% of their lessons, equivalent to 41% of the roll")
        after = fs.figures[whole.index + 1:whole.index + 4]
        nxt = next((f for f in after if f.kind not in ("ordinal", "duration") and not (
            f.kind in _SHARES and f.has(Role.SHARE) and not f.cue("rate_of"))), None)
        said = nxt.cue("rate_of") if nxt is not None and nxt.sentence == whole.sentence else ""
        if not said and x.index and x.index < whole.index:  # "Turnout was 64%, with 41,300 of the 58,900"
            nxt = fs.figures[x.index - 1]
            level = not nxt.roles - {Role.TO}  # "Turnout reached 68.3%, with …"
            said = with_.get((nxt.index, x.index), "") if level and nxt.clause == x.clause else ""
            if not said and x.cue("rate_of") in DASHES:
                # "One in eight patients waited more than 12 hours — 2,906 out of 15,214": the share
                # before the dash, past a span
                nxt = next((f for f in reversed(fs.figures[max(0, x.index - 3):x.index])
                            if f.kind not in ("ordinal", "duration")), None)
                said = x.cue("rate_of") if nxt is not None and nxt.kind in _SHARES and \
                    nxt.sentence == x.sentence and not nxt.roles else ""
        if not said or nxt is None or nxt.kind not in _SHARES or nxt.index in done or \
                nxt.roles & _CHANGING or not nxt.q.value:
            continue
        out.append(Relation(RelationKind.PERCENT_OF, (("part", x), ("whole", whole), ("percent", nxt)),
                            (f"'{of_cue}' links {x.q.text} to {whole.q.text}",
                             f"'{said}' gives {nxt.q.text} as their share")))
    return out


def _counts_with_a_share_of_an_earlier_total(fs: Figures, restate: list[tuple[Figure, Figure, str]],
                                             done: set[int]) -> list[Relation]:
    """ "The trial enrolled 3,140 volunteers … Some 1,570 participants, or half, were over 65";
    "620 prisoners in total … About 25% of the freed men, 95 in all": a count restated as a share,
    with no whole in its own sentence, is a share of the total the sentence before gives ("of
    the 145 companies, 76%" is a whole and its share).
    """
    out = []
    wholes_of = {a.index for a, _, _ in fs.linked(LinkKind.SPLIT)}
    in_of = {f.index for x, w, _ in fs.linked(LinkKind.OF) for f in (x, w)}
    of_wholes = {w.index for _, w, _ in fs.linked(LinkKind.OF)}
    largest: dict[int, float] = {}  # each sentence's largest count
    for f in fs.figures:
        if f.kind in ("count", "number") and f.q.value:
            largest[f.sentence] = max(largest.get(f.sentence, 0.0), f.q.value)
    for a, b, cue in restate:
        count, pct = (a, b) if b.kind in _SHARES else (b, a)
        if pct.kind not in _SHARES or count.kind not in ("count", "number") or not count.q.value or \
                not pct.q.value or \
                pct.index in done or pct.roles & {Role.DELTA, Role.PERCENT, Role.FROM, Role.TO} or \
                count.cue("definite").startswith("of") or pct.index in in_of or count.index in in_of or \
                largest.get(count.sentence, 0.0) > count.q.value:
            continue
        before = [w for w in fs.in_sentence(count.sentence - 1)
                  if w.kind == "count" and w.q.value and w.q.value > count.q.value and not w.cue("rate_base")
                  and not w.has(Role.FROM)]  # not "compared with 6,495 the year before"
        if any(w.index in in_of for w in before):
            # "31,900 of the 52,300 vans … 14,800 – 19% of the total": the whole of the pair before,
            # when the share names a total; "27,944 of the 64,210 votes. Pryce took 21,310 (33.2%)":
            # else the part and the whole before leave the share's whole unsaid
            named = pct.cue(Role.SHARE) in _OF_THE_TOTAL
            before = [w for w in before if named and w.index in of_wholes]
        totals = [w for w in before if w.has(Role.TOTAL) or w.index in wholes_of]
        whole = totals[0] if len(totals) == 1 else before[0] if len(before) == 1 else None
        if whole is None or _dated_apart(whole, count) or \
                pct.measure.entity and whole.measure.entity and pct.measure.entity != whole.measure.entity:
            continue  # "1,506 deaths last year. … a third of this year's casualties"; "one of five bowlers"
        done.add(pct.index)
        out.append(Relation(RelationKind.PERCENT_OF, (("part", count), ("whole", whole), ("percent", pct)),
                            (f"'{cue}' restates {count.q.text} as {pct.q.text}; the total the sentence "
                             f"before gives, {whole.q.text}, is read as the whole",), (("across", True),)))
    return out


#: Words before a share that make the statement before it its part: "That is 131% of …".
_THAT_IS = ("that is", "this is", "that was", "this was", "that represents", "this represents")


def _shares_of_an_earlier_total(fs: Figures, done: set[int]) -> list[Relation]:
    """ "… a total of $22.5m. The snow bill will swallow 9% of the $375m budget", "That is 131% of
    the October average of 134mm": a share with no part of its own takes the total just stated.
    """
    out = []
    for p, whole, cue in fs.linked(LinkKind.OF):
        if p.kind not in _SHARES or p.index in done or whole.kind in _SHARES or not whole.q.value \
                or any(f.q.unit == whole.q.unit and f is not whole for f in fs.in_clause(fs.clause_of(p))):
            continue
        before = [f for f in fs.in_sentence(p.sentence - 1) if f.q.value and f.per is None
                  and not f.has(Role.FROM) and (
                      f.q.unit == whole.q.unit and f.kind == whole.kind or
                      {f.kind, whole.kind} == {"count", "number"} and None in (f.q.unit, whole.q.unit))]
        if before and (before[-1].has(Role.TOTAL) or p.cue("definite") in _THAT_IS):
            part = before[-1]
            out.append(Relation(RelationKind.PERCENT_OF, (("part", part), ("whole", whole), ("percent", p)),
                                (f"'{cue}' takes {p.q.text} of {whole.q.text}; the total just stated, "
                                 f"{part.q.text}, is read as the part",), (("across", True),)))
    return out


def _named_wholes(fs: Figures) -> list[Relation]:
    """ "$41bn - or 48% of the total debt", "19% of the total, or 29,700 birds": the whole is the
    largest figure given for that thing (or, for "the total", for what the amount counts).
    """
    out = []
    # "$4.7m or 46% of total revenue in 2019, … $4.2m or 34% …": an amount given as a share is a part
    parts = {f.index for x, y, _ in fs.linked(LinkKind.OR) for f, g in ((x, y), (y, x))
             if g.kind == "percent" and g.has(Role.SHARE) and f.kind != "percent"}
    for a, p, cue in fs.linked(LinkKind.OR):
        if a.kind == "percent" and p.kind != "percent":
            a, p = p, a
        if a.kind not in ("money", "count", "number", "measure") or p.kind != "percent" or not a.q.value or \
                not p.q.value or not p.has(Role.SHARE):
            continue
        noun = p.measure.subject
        total = p.cue(Role.SHARE) in ("of total", "of all")
        if noun in (None, "total", "all") and (total or p.cue(Role.SHARE) == "of"):
            noun = a.measure.entity  # "of the total": the total of what the amount counts
            wholes = [w for w in fs.figures[:a.index] if w.sentence >= a.sentence - 2 and
                      w.kind == a.kind and w.q.unit == a.q.unit and w.measure.entity == noun and
                      _holds_all(fs, w, a)]
            noun = noun or ("total" if total else None)  # money counts nothing: "the total" of it
        else:
            wholes = [w for w in fs.figures if w.kind == a.kind and w.q.unit == a.q.unit
                      and w.measure.subject == noun]
        if not wholes and noun:  # "brought in 184,000 tonnes … about 38% of the crop, or 48,000 tonnes"
            wholes = [w for w in fs.figures[:a.index] if w.sentence == a.sentence - 1 and w.q.value
                      and (w.kind == a.kind != "number" and w.q.unit == a.q.unit or
                           a.kind == "number" and w.kind == "count" and w.measure.entity == noun or
                           a.kind == "count" and w.kind == "number")  # "population is 612,000"
                      and not w.roles & _CHANGING and w.q.value > a.q.value]
            wholes = wholes if len(wholes) == 1 else []
        wholes = [w for w in wholes if w is not a and w.q.value and w.q.value > a.q.value
                  and w.index not in parts and not w.has(Role.FROM)]  # not "compared with 6,495 before"
        if noun and wholes and not a.has(Role.FROM):  # "compared to $1,190.2m, or 62.8% of net revenue,
            whole = max(wholes, key=lambda w: w.q.value or 0)  # for 2021": the year before's revenue
            out.append(Relation(RelationKind.PERCENT_OF,
                                (("part", a), ("whole", whole), ("percent", p)),
                                (f"'{cue}' gives {a.q.text} as {p.q.text} of the "
                                 f"{noun}, stated as {whole.q.text}",),
                                (("across", whole.sentence != a.sentence),)))
    return out


def _holds_all(fs: Figures, whole: Figure, part: Figure) -> bool:
    """A total holds every figure of its measure given after it ("21,904 votes" is no total when
    14,492 and 6,210 votes follow).
    """
    # "beating the £1m target" is compared, not held
    between = [f for f in fs.figures[whole.index + 1:part.index + 1]
               if not f.scope.earlier and not f.has(Role.FROM) and (
                   f.q.unit == part.q.unit and f.kind == part.kind or
                   f.kind == "number" and part.kind == "count")]
    return sum(f.q.value or 0 for f in between) <= (whole.q.value or 0)


def shares_of_total(fs: Figures) -> list[Relation]:
    """ "$1.1m or 11% and $1.8m or 27% of total revenue": the shares imply one total."""
    out = []
    pairs = [(a, p) for a, p, _ in fs.linked(LinkKind.OR) + fs.linked(LinkKind.BRACKET)
             if a.kind == "money" and p.kind == "percent" and a.q.value and p.q.value]
    by_sentence: dict[int, list[tuple[Figure, Figure]]] = {}
    for a, p in pairs:
        by_sentence.setdefault(a.sentence, []).append((a, p))
    for group in by_sentence.values():
        closing = [i for i, (_, p) in enumerate(group) if p.cue(Role.SHARE) in ("of total", "of overall")]
        if closing and closing[0] >= 1:
            members = group[:closing[0] + 1]
            roles = tuple((r, f) for a, p in members for r, f in (("amount", a), ("percent", p)))
            out.append(Relation(RelationKind.SHARES_OF_TOTAL, roles,
                                ("each amount over its share gives the same total",)))
    return out


def parts(fs: Figures) -> list[Relation]:
    """Listed parts of a stated total: a split or an "of" link followed by a list of one measure."""
    out = []
    nxt = {a.index: b for a, b, _ in fs.linked(LinkKind.LIST)}
    labels = {b.index: cue for _, b, cue in fs.linked(LinkKind.LIST)}
    _past_shares(fs, nxt)
    splits = fs.linked(LinkKind.SPLIT) + [(whole, part, cue) for part, whole, cue in fs.linked(LinkKind.OF)]
    splits += [(t, p, f"{t.cue(Role.TOTAL)} ,") for t, p, _ in fs.linked(LinkKind.APPOSITION)
               if t.has(Role.TOTAL)]  # "620 prisoners in total, 410 from … plus 290 …"
    for f in fs.figures:  # "5,800 people, 3,100 of them in Britain and 2,700 overseas"; "… a further 34,000"
        if f.cue(Role.BACKREF).startswith(("of", "among")) and f.kind not in _SHARES:
            whole = _earlier_whole(fs, f)
            if whole is not None:
                splits.append((whole, f, f.cue(Role.BACKREF)))
    for total, first, cue in splits:
        if total.kind == "percent" or first.kind == "percent" or total.q.value is None:
            continue
        if cue == "with" and not first.cue(Role.BACKREF).startswith("of"):
            continue  # "£97,597, with £91,098 of that …"
        members = _chain(first, nxt, total, labels)
        members += _more_parts(fs, total, members[-1])
        if len(members) < 2 or _series(total, members):
            continue
        if total.kind == "count" and (total.q.value == len(members) or all(
                (m.q.value or 0) > (total.q.value or 0) for m in members)):
            # "1,460 plants at three sites: 820 in …, 390 in … and 250 in …": "three" counts the
            # parts; the figure before it in its clause, if a count, is their total
            before = fs.figures[total.index - 1] if total.index else None
            if before is None or before.clause != total.clause or before.kind != "count":
                continue
            total, cue, counted = before, f"{total.q.text} … {cue}", total.q.value == len(members)
        else:
            counted = False
        named = total.kind == "count" and cue not in _OF_CUES  # "47 medals — 12 gold, 25 silver …"
        if not all(m.kind == total.kind and (m.q.unit in (total.q.unit, None) or named) or
                   m.kind == "number" and total.kind in ("count", "rate") for m in members):
            continue  # "40,000 cars a year, of which 25,000 …": the parts share the total's rate
        skipped = [f for f in fs.figures[members[0].index:members[-1].index]
                   if f not in members and f.kind in (total.kind, "number")]
        # "$49.9m held in the U.S. and $3.9m held outside the U.S.": the second part is the rest
        rest = members[1].cue("complement") if len(members) == 2 else ""
        # "Of the 31 games, they won 18 and lost 9" may leave some out ("the rest were drawn")
        closed = cue.endswith(" ,") and cue.split()[0] not in ("of", "among", "out")
        exhaustive = not skipped and (counted or cue.startswith(_SPLIT_EXHAUSTIVE) or closed or
                                      any(m.has(Role.REST) for m in members) or bool(rest))  # none left out
        out.append(Relation(RelationKind.PARTS, (("total", total), *(("part", m) for m in members)),
                            (f"'{cue}' makes {', '.join(m.q.text for m in members)} parts of "
                             f"{total.q.text}", *((f"'{rest}' makes {members[1].q.text} all the rest",)
                                                  if rest else ())),
                            (("exhaustive", exhaustive),
                             ("across", any(m.sentence != total.sentence for m in members)))))
    out += _list_then_total(fs, nxt)
    out += _total_then_list(fs, nxt)
    out += _exhaustive_shares(fs, nxt)
    out += _remaining_share(fs)
    return out


_CHANGING = frozenset({Role.DELTA, Role.PERCENT, Role.FROM})


def _past_shares(fs: Figures, nxt: dict[int, Figure]) -> None:
    """ "£238m — 58% — comes from grants, £201m from council tax …": a list goes on past the share
    that restates one of its items.
    """
    after = {a.index: b for kind in (LinkKind.APPOSITION, LinkKind.LIST) for a, b, _ in fs.linked(kind)}
    for kind in (LinkKind.SPLIT, LinkKind.BRACKET):
        for a, share, _ in fs.linked(kind):
            b = after.get(share.index)
            if share.kind in _SHARES and a.index not in nxt and b is not None and _alike(a, b):
                nxt[a.index] = b


def _remaining_share(fs: Figures) -> list[Relation]:
    """ "vest at 75% on … The remaining 25% vest on …": the rest and the shares named before it
    (in its sentence, or else in the one before) make the whole.
    """
    out = []
    for r in fs.figures:
        if r.kind != "percent" or not r.has(Role.REST) or r.roles & _CHANGING or not r.q.value:
            continue
        for k in (r.sentence, r.sentence - 1):
            # "Home sides won 46.1% of the 380 matches and away sides 32.1%, with the remaining
            # 21.8% …": the share that names the whole heads the list
            named = [f for f in fs.in_sentence(k) if f.index < r.index and f.kind == "percent"
                     and f.q.value and not f.roles & (_CHANGING | {Role.REST}) and (
                         not f.has(Role.SHARE) or k == r.sentence)]
            if named:
                break
        if not named or len(named) > 3:
            continue
        out.append(Relation(RelationKind.EXHAUSTIVE_SHARES, (*(("part", f) for f in named), ("part", r)),
                            (f"'{r.cue(Role.REST)}' makes {r.q.text} the rest of the whole "
                             f"{', '.join(f.q.text for f in named)} {'is' if len(named) == 1 else 'are'} "
                             "part of",), (("across", r.sentence != named[0].sentence),)))
    return out


_SUMMED = ("in all", "altogether", "in total", "all told", "combined", "between them", "make up", "makes up",
           "made up", "together make up", "between them make up")


def _series(total: Figure, members: list[Figure]) -> bool:
    """ "totaled $290.2 million in 2019, $239.6 million in 2018 and $190.4 million in 2017": values
    of other periods than the total's are a series, not its parts (quarters of a year are parts).
    """
    tp = total.q.period
    if tp is None or tp.start is None or tp.end is None:
        return False
    return all(m.q.period is not None and m.q.period.start is not None and m.q.period.end is not None
               and m.q.period.granularity == tp.granularity
               and not (tp.start <= m.q.period.start and m.q.period.end <= tp.end) for m in members)


def _lists(fs: Figures, nxt: dict[int, Figure]) -> list[list[Figure]]:
    """Every list of counts, numbers or amounts, from its first figure."""
    heads = {b.index for b in nxt.values()}
    return [_chain(first, nxt, first) for first in fs.figures if first.index not in heads
            and first.index in nxt and first.kind in ("count", "number", "money", "measure")]


def _list_then_total(fs: Figures, nxt: dict[int, Figure]) -> list[Relation]:
    """ "Labour 2,310 votes, the Liberal Democrats 1,845 and the Greens 402, from a total of 3,957
    ballots cast": a list closed by a total. The parts of "a total of" may leave some out; those
    of "in all" are every part.
    """
    out = []
    for members in _lists(fs, nxt):
        last = members[-1]
        t = next((f for f in fs.figures[last.index + 1:last.index + 3] if f.kind != "ordinal"), None)
        totalled = t is not None and (t.has(Role.TOTAL) or
                                      t.has(Role.TO) and "total" in fs.clause_of(t).facts)
        if len(members) < 2 or t is None or t.clause != last.clause or not totalled or \
                t.q.value is None or t.roles & {Role.DELTA, Role.PERCENT}:
            continue  # "…, bringing the total over the weekend to 6,600" closes a list as well
        if _series(t, members) or not all(_alike(m, t) or m.kind == t.kind == "count" for m in members) or \
                len({m.q.unit for m in members} - {None}) > 1:
            continue  # a count of any noun adds up to a count, but not "three nights, with 65,000 tickets"
        cue = t.cue(Role.TOTAL) or fs.clause_of(t).fact_cue("total")
        out.append(Relation(RelationKind.PARTS, (("total", t), *(("part", m) for m in members)),
                            (f"'{cue}' after the list makes {t.q.text} the total of "
                             f"{', '.join(m.q.text for m in members)}",),
                            # "…, a total of £36.1m" sums the list right before it
                            (("exhaustive", cue in _SUMMED or cue.startswith(", ")),)))
    return out


def _total_then_list(fs: Figures, nxt: dict[int, Figure]) -> list[Relation]:
    """ "The council's £86.4m programme was approved. Schools will receive £31.2m, highways £42.5m
    …, with the remaining £8.2m set aside": a list that opens the sentence after its total, with
    the rest named (so every part is listed), or after "a total of" (so none may pass it).
    """
    out = []
    for members in _lists(fs, nxt):
        first = members[0]
        rest = nxt.get(members[-1].index)  # "with the remaining £8.2m": the chain stops before it
        after = fs.figures[members[-1].index + 1] if members[-1].index + 1 < len(fs.figures) else None
        if rest is None and after is not None and _alike(after, first) and (
                after.sentence == first.sentence or after.sentence == first.sentence + 1 and
                after.has(Role.REST) and fs.in_sentence(after.sentence)[0] is after):
            # "…; the remaining 710 covered …", "… and flood defences (£12.8m). The remainder — £35.9m —
            # is …": the rest closes the list past a clause, or opening the sentence after it
            rest = after
        if rest is not None and rest.has(Role.REST) and rest.q.value is not None:
            members.append(rest)
        before = [f for f in fs.in_sentence(first.sentence - 1) if f.q.value is not None
                  and (_alike(f, first) or f.kind == first.kind == "count")]
        named_rest = any(m.has(Role.REST) for m in members)
        if len(members) < (2 if named_rest else 3) or len(before) != 1 or any(
                f.q.value is not None and _alike(f, first) and f not in members
                for f in fs.in_sentence(first.sentence) if f.index < first.index):
            continue
        total = before[0]
        clause = fs.clause_of(first)
        # "Of those, 2,180 …"; "It is made up of 1,212 prints, …" after the 3,408 objects
        made_of = clause.fact_cue("made_of") if "carried" in clause.facts else ""
        pointed = first.cue("points_back") or (made_of if first.clause == members[-1].clause else "")
        ways = next((f for f in fs.in_clause(fs.clause_of(total)) if f.kind == "count" and f.q.unit == "way"
                     and f.q.value == len(members)), None)  # "The £5.3bn settlement is split three ways."
        raised = {Role.DELTA} if total.has(Role.TOTAL) else set()  # "raised £84,000 in total"
        if pointed and not total.direction and not fs.clause_of(total).direction:
            raised.add(Role.TO)  # "The bequest amounts to 3,408 objects. It is made up of …": no change
        if total.roles - {Role.TOTAL, *raised} or \
                not (named_rest or total.has(Role.TOTAL) or pointed or ways) or \
                _series(total, members) or not all(
                    _alike(m, total) or m.kind == "number" or
                    (m.has(Role.REST) or pointed) and m.kind == total.kind == "count"
                    for m in members):  # "the remaining 710 covered …"
            continue
        summed = next((w for f, w in fs.clause_of(total).fact_cues if f == "total" and w in _SUMMED), "")
        cue = f"the {members[-1].cue(Role.REST)}" if named_rest else \
            summed or pointed or (ways.q.text if ways else total.cue(Role.TOTAL))
        out.append(Relation(RelationKind.PARTS, (("total", total), *(("part", m) for m in members)),
                            (f"'{cue}' makes {', '.join(m.q.text for m in members)}, listed after it, "
                             f"parts of {total.q.text}",),
                            (("exhaustive", named_rest or bool(summed) or ways is not None or
                              bool(clause.fact_cue("made_of"))),
                             ("across", True))))
    return out


def _more_parts(fs: Figures, total: Figure, last: Figure) -> list[Figure]:
    """Parts named after a list: "… and another 415 on Tuesday, while the remaining 265 …"."""
    out = []
    for f in fs.figures[last.index + 1:last.index + 21]:  # a list names its parts within a few figures
        if f.sentence > total.sentence + 1:
            break
        if f.q.unit != total.q.unit and not (f.kind == "number" and total.kind == "count") or \
                f.q.value is None or not f.roles & {Role.INCREMENT, Role.REST} or f.q.per != total.q.per:
            continue
        out.append(f)
        if f.has(Role.REST):
            break
    return out


def _alike(a: Figure, b: Figure) -> bool:
    """Figures of one measure: one kind and unit, or a count beside a bare number."""
    return a.kind == b.kind and a.q.unit == b.q.unit or {a.kind, b.kind} == {"count", "number"} and \
        None in (a.q.unit, b.q.unit)


def running_totals(fs: Figures) -> list[Relation]:
    """ "… frozen €8.5m. A further €2m had been traced, bringing the total to €12.5m": the amount
    stated before, and the further ones, make the new total.
    """
    out = []
    converted = {b.index for _, b, _ in fs.linked(LinkKind.BRACKET)}
    # "…, taking its workforce to 11,000, down from 13,000": an end of its own change, a level
    changed = {a.index for a, b, _ in fs.linked(LinkKind.LEVEL) if b.has(Role.FROM)}
    for c in fs.clauses:
        figs = fs.in_clause(c)
        # "… and a further 139 on Saturday, bringing cancellations to 453" totals without the word
        increments = [f for f in figs if f.has(Role.INCREMENT) and f.q.value]
        if not increments:
            continue
        start = -1  # each total sums what came since the total before it in the clause
        for t in figs:
            if not (t.has(Role.TO) or t.has(Role.TOTAL)) or not t.q.value or \
                    t.index in changed and not t.has(Role.TOTAL):
                continue
            since, start = start, t.index
            more = [f for f in increments if since < f.index < t.index and _counts_alike(f, t)]
            # "cut 1,500 jobs in 2020 and a further 900 in 2021, bringing … to 2,600": the amount
            # before the further one, in its sentence or the one before
            before = [f for f in fs.figures[since + 1:more[0].index] if f.sentence == c.sentence] \
                if more else []
            earlier = [f for f in (before or fs.in_sentence(c.sentence - 1)) if _counts_alike(f, t)
                       and f.index not in converted and f.q.value and not f.has(Role.INCREMENT)]
            if more and earlier:
                parts = [earlier[-1], *more]
                out.append(Relation(RelationKind.PARTS, (("total", t), *(("part", m) for m in parts)),
                                    (f"'{more[0].cue(Role.INCREMENT)}' adds "
                                     f"{', '.join(m.q.text for m in more)} to {earlier[-1].q.text}, "
                                     f"making the total {t.q.text}",),
                                    (("exhaustive", True),)))
    return out


def _counts_alike(a: Figure, b: Figure) -> bool:
    """Figures of one measure, a bare number counting what a count beside it counts."""
    return _alike(a, b) or {a.kind, b.kind} == {"count", "number"} and None in (a.q.unit, b.q.unit)


def _chain(first: Figure, nxt: dict[int, Figure], skip: Figure,
           labels: dict[int, str] | None = None) -> list[Figure]:
    """The list that starts at ``first`` (or runs on from ``skip``, the whole, right after it). A
    change word that labels an item ("drawing four and losing three") does not end the list.
    """
    members = [first]
    f: Figure | None = nxt.get(first.index) or (nxt.get(skip.index) if skip.index > first.index else None)
    while f is not None and f not in members and f is not skip:
        label = (labels or {}).get(f.index, "").split()
        if f.q.value is None or f.has(Role.FORECAST) or \
                f.roles & {Role.PERCENT, Role.SHARE, Role.TOTAL, Role.FROM} or \
                f.kind == "duration" != first.kind or \
                f.has(Role.DELTA) and not _CHANGE_WORDS.intersection(label):
            break
        members.append(f)
        f = nxt.get(f.index)
    return members


def _exhaustive_shares(fs: Figures, nxt: dict[int, Figure]) -> list[Relation]:
    """ "35% backed it, 41% opposed it and 24% did not know": shares of one whole that cover it."""
    out = []
    heads = {b.index for a, b in nxt.items() if fs.figures[a].kind == "percent"}  # not "2,000 adults, 46%"
    split_of = {b.index: cue for a, b, cue in fs.linked(LinkKind.SPLIT) if a.kind != "percent"}
    for f in fs.figures:
        if f.kind != "percent" or f.index in heads or f.index not in nxt:
            continue
        members = [f]
        while members[-1].index in nxt and nxt[members[-1].index].kind == "percent":
            members.append(nxt[members[-1].index])
        clause = fs.clause_of(members[-1])
        shared = [m for m in members if m.roles]
        if len({m.sentence for m in members}) != 1 or len(shared) > 1 or "respectively" in clause.facts or \
                shared and (shared[0].roles != {Role.SHARE} or shared[0] not in (members[0], members[-1])):
            continue  # one "of" at the head or the tail of the list: "43%, 31% and 46% of the growth";
            # "17.1%, 15.2% and 11.3% of revenue in 2017, 2018 and 2019 respectively" is a series
        led = "of_whole" in clause.facts and "exhaustive" not in clause.facts
        if len(members) >= 3 and not shared and led:
            out.append(Relation(RelationKind.EXHAUSTIVE_SHARES, tuple(("part", m) for m in members),
                                (f"'{clause.fact_cue('of_whole')} ,' before them makes the shares listed "
                                 "parts of one whole",), (("exhaustive", False),)))
            continue
        if len(members) >= 3 and shared == members[-1:] and "exhaustive" not in clause.facts:
            out.append(Relation(RelationKind.EXHAUSTIVE_SHARES, tuple(("part", m) for m in members),
                                (f"'{members[-1].cue(Role.SHARE)}' after the last of them makes the "
                                 "shares listed parts of one whole",), (("exhaustive", False),)))
            continue
        if len(members) == 2 and clause.fact_cue("exhaustive") in ("rest", "remaining", "remainder"):
            # "70% of his time to Renault, 40% to Nissan and the rest to …": at most the whole
            out.append(Relation(RelationKind.EXHAUSTIVE_SHARES, tuple(("part", m) for m in members),
                                (f"'the {clause.fact_cue('exhaustive')}' comes after {members[0].q.text} "
                                 f"and {members[1].q.text}, so they are parts of one whole",),
                                (("exhaustive", False),)))
            continue
        if len(members) < 3:
            continue
        if "exhaustive" in clause.facts or "split" in clause.facts:
            cue = clause.fact_cue("exhaustive") or clause.fact_cue("split")
            out.append(Relation(RelationKind.EXHAUSTIVE_SHARES, tuple(("part", m) for m in members),
                                (f"'{cue}' names the rest or splits the whole, so the shares listed "
                                 "cover the whole",)))
        elif f.index in split_of:  # "£2.4m: 65% on services, 25% on …": shares of one amount
            out.append(Relation(RelationKind.EXHAUSTIVE_SHARES, tuple(("part", m) for m in members),
                                (f"'{split_of[f.index]}' makes the shares listed parts of one whole",),
                                (("exhaustive", False),)))
    return out
