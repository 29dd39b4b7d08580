"""CH: changes against their ends, and multipliers against their ratio."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.arith import Iv
from auditor.check.common import E, W, as_percent, finding, fmt_iv, stated
from auditor.check.registry import Rule, rule
from auditor.model import Finding
from auditor.relate import Figure, Relation, RelationKind, Relations, interval


def _ends(a: Figure, b: Figure) -> tuple[Iv, Iv]:
    """Two ends of a change, signed where one of them is a loss and the other is not."""
    signed = a.sign != b.sign
    return interval(a, signed=signed), interval(b, signed=signed)


def _directed(iv: Iv, direction: object) -> Iv:
    """A stated amount of change as a signed interval (its size alone when no direction is given)."""
    return Iv(-iv.hi, -iv.lo) if direction == "down" else iv


def _size(iv: Iv) -> Iv:
    """The magnitude of a signed interval."""
    if iv.lo >= 0:
        return iv
    if iv.hi <= 0:
        return Iv(-iv.hi, -iv.lo)
    return Iv(0, max(-iv.lo, iv.hi))


def _end_text(f: Figure, other: Figure) -> str:
    """An end as the arithmetic reads it: a loss beside a profit is negative ("−£12m")."""
    return f"−{f.q.text}" if f.sign < 0 and other.sign > 0 else f.q.text


def _bracketed(text: str) -> str:
    return f"({text})" if text.startswith("−") else text


@rule("CH01", "change-mismatch", E, "a change's amount, percentage or direction misses its ends")
def change_mismatch(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A stated change does not match the values it runs between.

    Flagged: "Thefts rose 15% last year to 920 from 840."
    Fine:    "Thefts rose 9.5% last year to 920 from 840."
    """
    for rel in rels.testing(RelationKind.CHANGE):
        finding = _change_finding(rels, me, rel)
        if finding is not None:
            yield finding


def _change_finding(rels: Relations, me: Rule, rel: Relation) -> Finding | None:
    a, b, d, p = rel.get("from"), rel.get("to"), rel.get("delta"), rel.get("percent")
    direction = rel.param("direction")
    slack = rels.tolerance
    if a is None and b is not None and d is not None and p is not None and direction in ("up", "down"):
        # "closed down 31p, or 4%, at 712p": the start is the end less the change.
        D = _directed(interval(d), direction)
        start = interval(b) - D
        pct = (D / start).scale(100)
        want = _directed(as_percent(p), direction)
        if not pct.widen(0.02 + slack).meets(want):
            return finding(me, E, f"A change of {d.q.text} to {b.q.text} is {fmt_iv(_size(pct))}%, "
                            f"not {p.q.text}.", (b, d, p), f"{d.q.text} / ({b.q.text} "
                            f"{'+' if direction == 'down' else '−'} {d.q.text}) × 100 = "
                            f"{fmt_iv(_size(pct))}%; stated: {stated(p)}", want, pct, rel=rel)
        return None
    if a is None or b is None:
        if a is not None and d is not None and p is not None:
            pct = (interval(d) / interval(a)).scale(100)
            if not pct.widen(0.02 + slack).meets(as_percent(p)):
                return finding(me, E, f"A change of {d.q.text} from {a.q.text} is {fmt_iv(pct)}%, "
                                f"not {p.q.text}.", (a, d, p), f"{d.q.text} / {a.q.text} × 100 = "
                                f"{fmt_iv(pct)}%; stated: {stated(p)}", interval(p), pct, rel=rel)
        return None
    A, B = _ends(a, b)
    diff = B - A
    a_text, b_text = _end_text(a, b), _end_text(b, a)
    if d is not None:
        D = interval(d).scale(0.01) if d.q.unit == "basis_point" else interval(d)
        want = _directed(D, direction)
        got = diff if direction in ("up", "down") else _size(diff)
        if not got.widen(0.01 + slack).meets(want):
            return finding(me, E, f"From {a_text} to {b_text} is a change of "
                            f"{fmt_iv(got, a)}, not {d.q.text}.", (a, b, d),
                            f"{b_text} − {_bracketed(a_text)} = {fmt_iv(got, a)}; stated: "
                            f"{'−' if direction == 'down' else ''}{stated(d)}", want, got, rel=rel)
    if p is not None:
        pct = (diff / A).scale(100)
        want = _directed(as_percent(p), direction)
        got = pct if direction in ("up", "down") else _size(pct)
        fits = got.widen(0.02 + slack).meets(want)
        if a.kind == "percent":  # "rose 2% to 12% from 10%" may be points
            fits = fits or (diff if direction in ("up", "down") else _size(diff)).widen(0.02).meets(want)
        if not fits:
            way = "a fall of " if got.hi < 0 else "a rise of " if got.lo > 0 else "a change of "
            return finding(me, E, f"From {a_text} to {b_text} is {way}{fmt_iv(_size(got))}%, not "
                            f"{p.q.text}.", (a, b, p),
                            f"({b_text} − {_bracketed(a_text)}) / {a.q.text} × 100 = {fmt_iv(got)}%; "
                            f"stated: {stated(p)}", want, got, rel=rel)
    if direction in ("up", "down") and d is None and p is None and rel.param("multiplier") is None \
            and a.sign == b.sign and not (a.kind == b.kind == "number" and max(A.hi, B.hi) < 100):  # ranks
        if (direction == "up" and diff.hi < 0) or (direction == "down" and diff.lo > 0):
            return finding(me, E, f"The text says the figure went {direction} "
                            f"('{rel.param('direction_cue')}'), but {a.q.text} to {b.q.text} goes "
                            "the other way.", (a, b), f"{b.q.text} − {a.q.text} = {fmt_iv(diff, a)}",
                            None, diff, rel=rel)
    return None


_MULTIPLIER_BANDS = {"almost": (0.8, 1.0), "nearly": (0.8, 1.0), "more": (1.0, 2.0), "over": (1.0, 2.0),
                     "roughly": (0.85, 1.15), "about": (0.85, 1.15), "around": (0.85, 1.15)}


@rule("CH02", "multiplier-mismatch", E, "\"doubled\" or \"three times\" does not fit the values")
def multiplier_mismatch(rels: Relations, me: Rule) -> Iterator[Finding]:
    """A multiplier word does not fit the ratio of the values it describes.

    Flagged: "Free cash flow almost doubled to $100.1m, compared to $30.9m."
    Fine:    "Free cash flow almost doubled to $100.1m, compared to $50.9m."
    """
    for rel in rels.testing(RelationKind.CHANGE):
        m = rel.param("multiplier")
        a, b = rel.get("from"), rel.get("to")
        if m is None or a is None or b is None:
            continue
        ratio = interval(b) / interval(a)
        k = float(m)  # type: ignore[arg-type]
        hedge = str(rel.param("multiplier_hedge") or "")
        lo, hi = _MULTIPLIER_BANDS.get(hedge, (0.9, 1.1))
        band = Iv(k * lo, k * hi) if k >= 1 else Iv(k / hi, k / lo)  # "more than halved" is under ½
        text = f"{'more than' if hedge == 'more' else hedge} {rel.param('multiplier_text')}".strip()
        if not ratio.meets(band):
            yield finding(me, E, f"\"{text}\" means a ratio of {fmt_iv(band)}, but {b.q.text} / "
                           f"{a.q.text} is {fmt_iv(ratio)}.", (a, b),
                           f"{b.q.text} / {a.q.text} = {fmt_iv(ratio)}; \"{text}\": {fmt_iv(band)}",
                           band, ratio, rel=rel)
    for rel in rels.testing(RelationKind.AT_LEAST_DOUBLE):
        p = rel["percent"]
        P = interval(p)
        if P.hi < 100:
            yield finding(me, W, f"The text says the figure at least doubled, a rise of at least "
                           f"100%, but it also gives a rise of {p.q.text}.", (p,),
                           f"at least a doubling ⇒ ≥ 100%; stated: {stated(p)}",
                           Iv(100, float("inf")), P, rel=rel)
