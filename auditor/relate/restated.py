"""Restatement builders: one measure given twice (headline and body, "the 32 victims"), and one
figure given with two scale words ("€4.6bn" … "the €4.6m shortfall"). Builders read measures,
roles and scopes, never text.
"""

from __future__ import annotations

from auditor.relate.figures import Figures
from auditor.relate.model import Figure, Relation, RelationKind, Role

# Counts that are restated as one toll ("killed 23 … the 32 victims"); other counts of the
# same noun (jobs, films) are often different figures.
_TOLLS = frozenset("kill injure wound arrest evacuate rescue displace destroy cut".split())
_TOLL_NOUNS = frozenset("victim dead death fatality casualty".split())
_GENERIC = frozenset("""percent which their there about after before would could should
than more less year years month week""".split())
_CHANGING = frozenset({Role.DELTA, Role.PERCENT, Role.FROM, Role.SHARE, Role.INCREMENT, Role.REST})
_HEDGED = ("range", "at_most", "below", "above", "at_least")


def _key(f: Figure) -> tuple | None:
    if f.kind == "money":
        return ("money", f.q.unit, f.measure.subject) if f.measure.subject else None
    if f.kind == "count" and f.measure.entity:
        ev = "kill" if (f.q.entity or "").lower().rstrip("s") in _TOLL_NOUNS else f.measure.event
        return ("count", f.measure.entity, ev) if ev in _TOLLS else None
    return None


def _scopes_differ(a: Figure, b: Figure) -> bool:
    pa, pb = a.q.period, b.q.period
    if pa is None or pb is None or pa.start is None or pb.start is None:
        return pa is not None and pb is not None and pa.text.lower() != pb.text.lower()
    return (pa.start, pa.end) != (pb.start, pb.end)


def restated(fs: Figures) -> list[Relation]:
    """Pairs of figures that name the same measure, where the second points back to the first
    or the first stands in the headline.
    """
    out = []
    keyed: dict[tuple, list[Figure]] = {}
    for f in fs.figures:
        if f.q.value is None or f.direction or f.q.qualifier.value in _HEDGED or \
                f.roles & {Role.DELTA, Role.PERCENT, Role.FROM} or f.cue("rate_base"):
            continue
        key = _key(f)
        if key is not None:
            keyed.setdefault(key, []).append(f)
    for key, group in keyed.items():
        for a, b in zip(group, group[1:], strict=False):
            if a.sentence == b.sentence or _scopes_differ(a, b) or a.has(Role.BACKREF) and \
                    a.cue(Role.BACKREF).startswith(("of", "among")) or b.has(Role.BACKREF) and \
                    b.cue(Role.BACKREF).startswith(("of", "among")):
                continue
            in_headline = fs.headline and a.sentence == 0 and not any(
                o.sentence > 0 and o.q.unit == a.q.unit and o.q.value == a.q.value for o in fs.figures)
            points_back = b.cue("definite") != ""
            if in_headline or points_back:
                why = (f"{a.q.text} stands in the headline" if in_headline else
                       f"'{b.cue('definite')}' points {b.q.text} back to {a.q.text}")
                out.append(Relation(RelationKind.RESTATED, (("first", a), ("second", b)), (why,),
                                    (("key", key), ("headline", in_headline),
                                     ("definite", points_back))))
    return out


def repeated(fs: Figures) -> list[Relation]:
    """A sentence written twice, word for word but for a figure (a paragraph a filing repeats):
    each figure must be the same both times.
    """
    out = []
    for i, j in fs.repeats:
        a, b = fs.figures[i], fs.figures[j]
        if a.kind == b.kind and a.q.unit == b.q.unit and a.q.value is not None and b.q.value is not None:
            out.append(Relation(RelationKind.RESTATED, (("first", a), ("second", b)),
                                (f"the sentence of {a.q.text} is written again, word for word, with "
                                 f"{b.q.text} in its place",),
                                (("key", ("repeated", "a sentence written twice")),
                                 ("headline", False), ("definite", False))))
    return out


def definite_restated(fs: Figures) -> list[Relation]:
    """ "A convoy of 58 lorries set off" … "Only 29 of the 38 trucks were let through": a count
    named with "the" points back to the one count of its noun given before. Not a subset ("the 12
    aid workers at the site"), not a part, not when two counts of the noun came before, and not a
    handful ("the four men accused" … "the two men"), which is as often a few of those named.
    """
    out = []
    counted: dict[str, list[Figure]] = {}
    for f in fs.figures:
        if f.kind == "count" and f.measure.entity and f.q.value is not None and not f.cue("rate_base"):
            counted.setdefault(f.measure.entity, []).append(f)  # not "a rate of 7.4 per 100,000 people"
    for entity, group in counted.items():
        if _key(group[0]) is not None:
            continue  # tolls are related by restated()
        if len(group) < 2 or group[1].sentence == group[0].sentence:
            continue  # two counts of the noun in the first sentence that names it: no one antecedent
        a = group[0]
        for b in group[1:]:
            # only the first count stands in an earlier sentence than b's: b's sentence is the second
            if b.sentence != group[1].sentence or not b.cue("definite") or b.cue("restricted") or \
                    (b.q.value or 0) < 20 or b.roles & _CHANGING or b.q.qualifier.value in _HEDGED:
                continue
            if a.roles & _CHANGING or a.q.qualifier.value in _HEDGED or _scopes_differ(a, b):
                continue
            out.append(Relation(RelationKind.RESTATED, (("first", a), ("second", b)),
                                (f"'{b.cue('definite').split()[-1]}' points {b.q.text} "
                                 f"{b.q.unit_text or entity} back to the {a.q.text} named before",),
                                (("key", ("count", entity, None)), ("headline", False), ("definite", True))))
    return out


def averages_restated(fs: Figures) -> list[Relation]:
    """ "crowds averaged 18,420 this season" … "the 13,420 average": one average stated twice."""
    out = []
    stated = [f for f in fs.figures if f.cue(Role.AVERAGE) and not f.cue("definite") and f.q.value]
    for b in fs.figures:
        if not (b.cue("definite") and b.cue(Role.AVERAGE) in ("average", "mean") and b.q.value):
            continue
        a = next((a for a in reversed(stated) if a.index < b.index and a.sentence < b.sentence
                  and _same_average(a, b) and not _scopes_differ(a, b)), None)
        if a is not None:
            out.append(Relation(RelationKind.RESTATED, (("first", a), ("second", b)),
                                (f"'{b.cue('definite')} … {b.cue(Role.AVERAGE)}' points {b.q.text} back to "
                                 f"the average {a.q.text}",),
                                (("key", ("average", "the average", a.measure.noun)), ("headline", False),
                                 ("definite", True))))
    return out


def _same_average(a: Figure, b: Figure) -> bool:
    """Averages of one unit; "the 13,420 average" names no unit of its own."""
    bare = {"number", "count"}
    if a.kind in bare and b.kind in bare:
        named = ("average", "mean")
        return (a.q.unit or "average") in named or (b.q.unit or "average") in named or a.q.unit == b.q.unit
    return a.kind == b.kind and a.q.unit == b.q.unit


def headline_restated(fs: Figures) -> list[Relation]:
    """A headline figure and the first figure of its kind in the opening sentence: "Singapore growth
    at 6.1% in 2004" … "Singapore's economy grew by 8.1% in 2004". Only when the headline holds one
    figure of that kind and no body figure repeats its value.
    """
    if not fs.headline:
        return []
    out = []
    head = [f for f in fs.in_sentence(0) if f.q.value is not None]
    lede = [f for f in fs.in_sentence(1) if f.q.value is not None]
    if len(head) > 4:
        return []  # a headline holds a figure or two, not a table
    values = {(o.kind, o.q.unit, o.q.value) for o in fs.figures if o.sentence > 0}
    for h in head:
        if h.kind not in ("count", "money", "percent") or sum(_alike(h, o) for o in head) > 1:
            continue
        if (h.kind, h.q.unit, h.q.value) in values:
            continue
        b = next((o for o in lede if _alike(h, o)), None)
        if b is None or (h.measure.entity or b.measure.entity) and h.measure.entity != b.measure.entity \
                or _scopes_differ(h, b) or not _same_thing(fs, h, b):
            continue
        out.append(Relation(RelationKind.RESTATED, (("first", h), ("second", b)),
                            (f"{h.q.text} stands in the headline and {b.q.text} opens the story",),
                            (("key", (h.kind, h.measure.noun)), ("headline", True), ("definite", False))))
    return out


def _same_thing(fs: Figures, h: Figure, b: Figure) -> bool:
    """A headline percentage restates the lede's only when both are dated alike and share words;
    other figures when they share their subject or two words.
    """
    if h.kind == "percent":
        if h.q.period is not None and b.q.period is not None:
            return len(fs.words[h.index] & fs.words[b.index]) > 0
        # two levels ("turnout slumps to 39%" … "Only 29% of … voters cast a ballot") of one
        # subject: the lede names what the headline names
        changing = {Role.DELTA, Role.PERCENT, Role.FROM}
        return not (h.roles | b.roles) & changing and not b.direction and _shared_nouns(fs, 5) > 0
    return bool(h.measure.subject and h.measure.subject == b.measure.subject) or \
        len(fs.words[h.index] & fs.words[b.index]) > 1 or _shared_nouns(fs, 4) > 1  # "Hendrix guitar …"


def _shared_nouns(fs: Figures, shortest: int) -> int:
    """How many words of at least ``shortest`` letters the headline and the lede share."""
    return len({w for w in fs.nouns[0] & fs.nouns[1] if len(w) >= shortest} - _GENERIC)


def _alike(a: Figure, b: Figure) -> bool:
    return a.kind == b.kind and a.q.unit == b.q.unit and a.per == b.per


def magnitudes(fs: Figures) -> list[Relation]:
    """Money figures with the same digits a thousand-fold apart that describe one thing."""
    out = []
    groups: dict[tuple, list[Figure]] = {}
    for f in fs.figures:  # figures a thousand-fold apart share their digits: group by them
        # "a £312,000 grant" … "the £312m": digits written out count as well when they are precise
        if f.kind == "money" and f.q.value and f.q.qualifier.value != "range" and (
                f.cue("scaled") or abs(f.q.value) >= 1000 and _significant(f.q.value) > 2):
            groups.setdefault((f.q.unit, _digits(f.q.value)), []).append(f)
    # Each figure against the next one of its digits at another scale: linear in the text.
    pairs: list[tuple[Figure, Figure | None]] = []
    for money in groups.values():
        later: Figure | None = None  # the nearest later figure whose value differs, found backwards
        for i in range(len(money) - 1, -1, -1):
            a = money[i]
            pairs.append((a, later))
            if i and money[i - 1].q.value != a.q.value:
                later = a
    for a, b in pairs:
        if b is None or a.clause == b.clause or not thousandfold(a, b) or \
                fs.clause_of(a).states_change or fs.clause_of(b).states_change:
            continue  # "net sales of $1.2bn" and "a decrease in net sales of $1.2m" differ
        same = a.measure.subject and a.measure.subject == b.measure.subject
        pointed = b.cue("definite").split()[-1:] == ["the"] and b.index > a.index  # "the £4.2m programme"
        precise = _significant(a.q.value or 0.0) > 1  # "£4.6bn" and "£4.6m" seldom name two things
        if a.sentence == b.sentence and not precise:
            continue
        shared = fs.words[a.index] & fs.words[b.index]
        if (fs.headline and a.sentence == 0) or same or pointed or precise or len(shared) > 1:
            why = (f"both are the {a.measure.subject}" if same else
                   f"{a.q.text} stands in the headline" if fs.headline and a.sentence == 0 else
                   f"'the' points {b.q.text} back to {a.q.text}" if pointed else
                   f"both follow '{sorted(shared)[0]}'" if len(shared) > 1 else
                   f"{a.q.text} and {b.q.text} share the digits {_digits(a.q.value or 0.0):g}, which two "
                   "figures of one text seldom do by chance")
            out.append(Relation(RelationKind.MAGNITUDE, (("first", a), ("second", b)), (why,)))
    return out


def _digits(x: float) -> float:
    """A value's digits: the value scaled by powers of a thousand into [1, 1000)."""
    x = abs(x)
    while x >= 1000:
        x /= 1000
    while x < 1:
        x *= 1000
    return round(x, 6)


def _significant(x: float) -> int:
    """How many significant digits a value is written with: 4.6 has two, 2000 one."""
    digits = f"{_digits(x):.6f}".replace(".", "").strip("0") if x else ""
    return len(digits)


def thousandfold(a: Figure, b: Figure) -> float | None:
    """How many thousand-fold apart two figures with the same digits are (1e3, 1e6 or their
    inverses), or None.
    """
    if not a.q.value or not b.q.value:
        return None
    ratio = b.q.value / a.q.value
    return next((k for k in (1e3, 1e6, 1e-3, 1e-6) if abs(ratio / k - 1) < 1e-6), None)
