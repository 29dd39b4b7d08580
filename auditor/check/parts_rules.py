"""PW and PC: parts against their whole, and shares against their part and whole."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.arith import Iv, total
from auditor.check.common import E, as_percent, finding, fmt_iv, stated
from auditor.check.registry import Rule, rule
from auditor.model import Finding
from auditor.relate import RelationKind, Relations, interval


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
            yield finding(me, E, f"{part.q.text} is said to be part of {whole.q.text}, but it is "
                           "larger.", (part, whole), f"{stated(part)} > {stated(whole)}",
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
        arith = f"{' + '.join(p.q.text for p in ps)} = {fmt_iv(S, t)}; stated total: {stated(t)}"
        if S.lo > T.hi * (1 + rels.tolerance):
            yield finding(me, E, f"The parts listed add up to {fmt_iv(S, t)}, more than the "
                           f"{t.q.text} they are part of.", (t, *ps), arith, T, S, rel=rel)
        elif rel.param("exhaustive") and S.hi < T.lo * (1 - rels.tolerance):
            yield finding(me, E, f"The parts listed add up to {fmt_iv(S, t)}, less than the "
                           f"{t.q.text} they make up.", (t, *ps), arith, T, S, rel=rel)
    for rel in rels.testing(RelationKind.EXHAUSTIVE_SHARES):
        ps = rel.all("part")
        S = total([interval(p) for p in ps])
        if not rel.param("exhaustive", True):  # parts of one whole: no more than all of it
            if S.lo > 100 * (1.01 + rels.tolerance):
                yield finding(me, E, f"The shares listed add up to {fmt_iv(S)}%, more than the whole "
                               "they are parts of.", tuple(ps),
                               f"{' + '.join(p.q.text for p in ps)} = {fmt_iv(S)}%; at most: 100%",
                               Iv(0, 100), S, rel=rel)
            continue
        if not S.widen(0.01 + rels.tolerance).meets(Iv.point(100)):
            yield finding(me, E, f"The shares listed add up to {fmt_iv(S)}%, but with the rest "
                           "included they should make 100%.", tuple(ps),
                           f"{' + '.join(p.q.text for p in ps)} = {fmt_iv(S)}%; expected: 100%",
                           Iv.point(100), S, rel=rel)


@rule("PC01", "percent-of-mismatch", E, "a figure and its stated share of a whole disagree")
def percent_of(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A part, its whole and the percentage given for it do not agree.

    Flagged: "About 18,500 of the 42,000 students, or 56%, got top grades."
    Fine:    "About 18,500 of the 42,000 students, or 44%, got top grades."
    """
    for rel in rels.testing(RelationKind.PERCENT_OF):
        part, whole, p = rel["part"], rel["whole"], rel["percent"]
        share = (interval(part) / interval(whole)).scale(100)
        P = as_percent(p)
        if not share.widen(0.01 + rels.tolerance).meets(P):
            yield finding(me, E, f"{part.q.text} of {whole.q.text} is {fmt_iv(share)}%, not "
                           f"{p.q.text}.", (part, whole, p),
                           f"{part.q.text} / {whole.q.text} × 100 = {fmt_iv(share)}%; stated: "
                           f"{stated(p)}", share, P, rel=rel)
    for rel in rels.testing(RelationKind.SHARES_OF_TOTAL):
        pairs = list(zip(rel.all("amount"), rel.all("percent"), strict=True))
        implied = [(a, b, (interval(a) / interval(b)).scale(100)) for a, b in pairs]
        common = implied[0][2]
        for a, b, iv in implied[1:]:
            if not common.widen(0.02 + rels.tolerance).meets(iv):
                base = implied[0]
                yield finding(me, E, f"{a.q.text} at {b.q.text} implies a total of {fmt_iv(iv)}, "
                               f"but {base[0].q.text} at {base[1].q.text} implies {fmt_iv(base[2])}.",
                               (base[0], base[1], a, b),
                               f"{base[0].q.text} / {base[1].q.text} = {fmt_iv(base[2])}; "
                               f"{a.q.text} / {b.q.text} = {fmt_iv(iv)}", base[2], iv, rel=rel)
                break
            common = Iv(max(common.lo, iv.lo), min(common.hi, iv.hi))
