"""The same figure stated twice: "$14bn Boeing deal" in the headline, "$4bn" in the body."""

from __future__ import annotations

import re

from auditor.model import Quantity, Relation
from auditor.relate.context import Context, event, subject

# "the 32 victims", "Of the $165.0 million of …": a figure that points back to one given before.
_BACK_REFERENCE = re.compile(r"(?:\b(?:the|its|this|that)\s+|\bof\s+the\s+)(?:\w+\s+)?$", re.I)
_SUBSET = re.compile(r"\b(?:of\s+(?:them|whom|which|those)|including|among)\b", re.I)
_WORDS = re.compile(r"[a-z]{5,}")
_SCALED = re.compile(r"\d\s?(?:k|m|bn|mn|tn|thousand|million|billion|trillion)\b", re.I)
_STOP = frozenset("""about which there their these those would could should after before
during million billion""".split())


def restated(ctx: Context) -> list[Relation]:
    """Pairs of figures that name the same measure: in the headline and the body, or where the
    second points back to the first.
    """
    out: list[Relation] = []
    keyed: dict[tuple, list[Quantity]] = {}
    for q in ctx.qs:
        if q.value is None or q.change or q.qualifier.value in ("range", "at_most", "below",
                                                                  "above", "at_least"):
            continue
        key = _key(ctx, q)
        if key is not None:
            keyed.setdefault(key, []).append(q)
    headline = _headline(ctx)
    for key, qs in keyed.items():
        for a, b in zip(qs, qs[1:], strict=False):
            if a.sentence == b.sentence or _scopes_differ(a, b):
                continue
            if _SUBSET.search(ctx.after(b, 25)) or _SUBSET.search(ctx.after(a, 25)):
                continue
            in_headline = headline and a.sentence == 0 and not any(
                o.sentence > 0 and o.unit == a.unit and o.value == a.value for o in ctx.qs)
            points_back = bool(_BACK_REFERENCE.search(ctx.before(b, 12)))
            if in_headline or points_back:
                out.append(Relation("restated", (a, b), f"{a.text} and {b.text} are one figure",
                                    (("key", key), ("headline", in_headline),
                                     ("definite", points_back))))
    return out


def magnitudes(ctx: Context) -> list[Relation]:
    """Money figures with the same digits a thousand-fold apart that describe one thing."""
    out: list[Relation] = []
    money = [q for q in ctx.qs if q.kind.value == "money" and q.value and q.qualifier.value != "range"]
    headline = _headline(ctx)
    for i, a in enumerate(money):
        for b in money[i + 1:]:
            if a.unit != b.unit or a.sentence == b.sentence or not _thousandfold(a, b) or \
                    not (_SCALED.search(a.text) and _SCALED.search(b.text)):
                continue
            near = (headline and a.sentence == 0) or (
                subject(ctx, a) and subject(ctx, a) == subject(ctx, b)) or _share_words(ctx, a, b)
            if near:
                out.append(Relation("magnitude", (a, b), f"{a.text} and {b.text} are one figure"))
    return out


def _thousandfold(a: Quantity, b: Quantity) -> bool:
    assert a.value and b.value
    ratio = b.value / a.value
    return any(abs(ratio / k - 1) < 1e-6 for k in (1e3, 1e6, 1e-3, 1e-6))


def _share_words(ctx: Context, a: Quantity, b: Quantity) -> bool:
    """Whether the phrases just before two figures share a content word."""
    def words(q: Quantity) -> set[str]:
        return {w for w in _WORDS.findall(ctx.before(q, 45).lower()) if w not in _STOP}

    return bool(words(a) & words(b))


def _key(ctx: Context, q: Quantity) -> tuple | None:
    if q.kind.value == "money":
        subj = subject(ctx, q)
        return ("money", q.unit, subj) if subj else None
    if q.kind.value == "count" and q.entity:
        ev = event(q)
        if q.entity.lower() in ("victim", "victims", "dead", "death", "deaths", "fatality",
                                "fatalities"):
            ev = "kill"
        return ("count", ctx.entity(q), ev) if ev in _TOLLS else None
    return None


# Counts that are restated as one toll ("killed 23 … the 32 victims"); other counts of the
# same noun (jobs, films) are often different figures.
_TOLLS = frozenset("kill injure wound arrest evacuate rescue displace".split())


def _scopes_differ(a: Quantity, b: Quantity) -> bool:
    pa, pb = a.period, b.period
    if pa is None or pb is None or pa.start is None or pb.start is None:
        return pa is not None and pb is not None and pa.text.lower() != pb.text.lower()
    return (pa.start, pa.end) != (pb.start, pb.end)


def _headline(ctx: Context) -> bool:
    """Whether the first sentence is a headline (no closing punctuation)."""
    if not ctx.sent_starts:
        return False
    return not ctx.sentence_text(0).rstrip().endswith((".", "!", "?", '"', "”", ":"))
