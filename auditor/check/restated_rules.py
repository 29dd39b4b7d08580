"""RS and MG: one measure given two values, or one figure given two scale words."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.arith import fmt
from auditor.check.common import E, W, finding, stated
from auditor.check.registry import Rule, rule
from auditor.model import Finding
from auditor.relate import RelationKind, Relations, interval
from auditor.relate.restated import thousandfold


@rule("RS01", "restated-figure-differs", W, "one measure is given two different values")
def restated_differs(rels: Relations, me: Rule) -> Iterator[Finding]:
    """The same measure over the same period is stated twice with different values.

    Flagged: "A landslide killed 23 people." … "a day of mourning for the 32 victims."
    Fine:    "A landslide killed 23 people." … "a day of mourning for the 23 victims."
    """
    for rel in rels.testing(RelationKind.RESTATED):
        a, b = rel["first"], rel["second"]
        A, B = interval(a), interval(b)
        if A.widen(0.01 + rels.tolerance).meets(B) or thousandfold(a, b):
            continue
        strong = bool(rel.param("headline") or rel.param("definite"))
        sev = E if strong and a.kind == "money" else W
        yield finding(me, sev, f"{a.q.text} and {b.q.text} seem to give the same measure "
                       f"({_key_text(rel.param('key'))}) two different values.", (a, b),
                       f"{stated(a)} ≠ {stated(b)}", A, B, rel=rel)


@rule("MG01", "magnitude-slip", E, "one figure appears as millions and as billions")
def magnitude_slip(rels: Relations, me: Rule) -> Iterator[Finding]:
    """The same figure appears with different scale words (million vs billion).

    Flagged: "the £12.4m jackpot" … "the £12.4bn prize would be paid in full"
    Fine:    "the £12.4m jackpot" … "the £12.4m prize would be paid in full"
    """
    for rel in rels.testing(RelationKind.MAGNITUDE):
        a, b = rel["first"], rel["second"]
        k = thousandfold(a, b)
        if k:
            yield finding(me, E, f"{a.q.text} and {b.q.text} give the same measure a thousand-fold "
                           "apart: one scale word is wrong.", (a, b),
                           f"{b.q.text} / {a.q.text} = {fmt(k)}", interval(a), interval(b), rel=rel)




def _key_text(key: object) -> str:
    if isinstance(key, tuple):
        return " · ".join(str(k) for k in key[1:] if k)
    return str(key)
