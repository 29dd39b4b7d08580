"""What every rule shares: building a finding, and printing figures and intervals in it."""

from __future__ import annotations

from auditor.arith import Iv, fmt_iv_money
from auditor.arith import fmt_iv as _fmt_iv
from auditor.check.registry import Rule
from auditor.model import Finding, Severity
from auditor.read import repair_mojibake
from auditor.relate import Figure, Relation, Relations, interval

E, W = Severity.ERROR, Severity.WARNING


def finding(r: Rule, sev: Severity, message: str, figs: tuple[Figure, ...], arithmetic: str,
            expected: Iv | None, observed: Iv | None, *assumptions: str,
            rel: Relation | None = None) -> Finding:
    """A finding of rule ``r`` on ``figs``, citing the cues of the relation that made it. A relation
    read across sentences (a start, a whole or a multiplier from the sentence before), or inferred
    from the construction alone, makes a warning at most.
    """
    if rel is not None and sev == E and (rel.param("across") or rel.param("inferred")):
        sev = W

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
    if like is not None and like.kind in ("duration", "measure") and like.q.unit_text:
        return f"{_fmt_iv(iv)} {like.q.unit_text}"  # "35 minutes", not a bare "35"
    return _fmt_iv(iv)


def stated(f: Figure) -> str:
    """A figure as stated, with the interval it admits when that is not a single value."""
    q = f.q
    iv = interval(f)
    hedge = {"approx": "~", "at_most": "up to ", "above": "over ", "at_least": "at least ",
             "below": "under "}.get(q.qualifier.value, "")
    if iv.lo == iv.hi or q.qualifier.value in ("at_most", "above", "at_least", "below"):
        return f"{hedge}{q.text}"
    return f"{hedge}{q.text} ({fmt_iv(iv, f)})"


def sources(*figs: Figure) -> str:
    """Who gives which figure, when the figures come from different sources."""
    if len({f.q.source for f in figs}) < 2:
        return ""
    return "; ".join(f"{f.q.text} is from {f.q.source or 'an unattributed statement'}" for f in figs)


def as_of_line(rels: Relations) -> str:
    """The assumption line naming the as-of date and where it came from."""
    return f"as of {rels.as_of.isoformat()} ({rels.as_of_source})"


def as_percent(f: Figure) -> Iv:
    """A share as a percentage; "a quarter" and "two in five" are read loosely (±10% of their value)."""
    if f.kind == "fraction":
        return interval(f).scale(100).widen(0.1)
    return interval(f)
