"""Change statements: "rose $6.5m, or 7.3%, from $89.5m to $96.0m", "doubled to B from A"."""

from __future__ import annotations

import re

from auditor.model import Quantity, Relation
from auditor.relate.context import Context

_UP = (r"rose|risen|rises|increased|increases|grew|grown|gained|jumped|climbed|surged|soared|"
       r"improved|up|higher|advanced|rallied|boosted|expanded|widened")
_DOWN = (r"fell|fallen|falls|decreased|decreases|declined|declines|dropped|drops|lost|slipped|"
         r"slid|sank|plunged|tumbled|shrank|down|lower|reduced|eased|narrowed|slumped")
VERB = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.I)
_FROM = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?(?:about\s+|around\s+)?$", re.I)
_TO = re.compile(r"\b(?:to|at|reaching|hitting)\s+(?:an?\s+)?(?:about\s+|around\s+|a\s+record\s+)?$", re.I)
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|versus|against|vs\.?|up\s+from|down\s+from)\s+"
                       r"(?:an?\s+)?(?:about\s+)?$", re.I)
_BY = re.compile(r"(?:\bby|\b(?:increase|decrease|rise|fall|drop|decline|gain|loss|improvement|"
                 r"growth|reduction|jump|change|cut)\s+of)\s+(?:about\s+|around\s+|some\s+|"
                 r"approximately\s+)?$", re.I)
_OR = re.compile(r"(?:,\s*|\()?\s*or\s+(?:about\s+|around\s+|some\s+)?$|\(\s*$", re.I)
_MULT = re.compile(r"\b(?:almost\s+|nearly\s+|more\s+than\s+|roughly\s+|about\s+)?"
                   r"(?P<w>doubled|tripled|trebled|quadrupled|halved)\b", re.I)
_CLAUSE = re.compile(r",?\s+(?:while|whereas|but)\s+|;\s*|,\s+and\s+(?=(?:\w+\s+){0,4}"
                     r"(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed)\b)",
                     re.I)
_MULT_VALUE = {"doubled": 2.0, "doubling": 2.0, "double": 2.0, "tripled": 3.0, "trebled": 3.0,
               "triple": 3.0, "quadrupled": 4.0, "halved": 0.5}


def _role(ctx: Context, q: Quantity) -> str | None:
    before = ctx.before(q, 40)
    if _FROM.search(before):
        return "from"
    if _COMPARED.search(before):
        return "from"
    if _TO.search(before):
        return "to"
    return None


def changes(ctx: Context) -> list[Relation]:
    """One change relation per clause that states a change with enough figures to check."""
    out: list[Relation] = []
    for k in range(len(ctx.sent_starts)):
        if len(ctx.in_sentence(k)) < 2:
            continue
        s0, s1 = ctx.sent_starts[k], ctx.sent_ends[k]
        bounds = [s0] + [s0 + m.end() for m in _CLAUSE.finditer(ctx.text[s0:s1])] + [s1]
        for c0, c1 in zip(bounds, bounds[1:], strict=False):
            qs = [q for q in ctx.in_sentence(k) if q.value is not None and c0 <= q.at[0] < c1
                  and q.kind.value != "multiplier"]
            rel = _clause_change(ctx, qs, c0, c1) if len(qs) >= 2 else None
            if rel is not None:
                out.append(rel)
    return out


def _clause_change(ctx: Context, qs: list[Quantity], c0: int, c1: int) -> Relation | None:
    clause = ctx.text[c0:c1]
    mult = _MULT.search(clause)
    roles: dict[str, Quantity] = {}
    for q in qs:
        role = _role(ctx, q)
        if q.kind.value == "percent" and "pct" not in roles and (
                q.change or _OR.search(ctx.before(q, 12)) or _BY.search(ctx.before(q, 12))
                or re.match(r"[\s-]*(?:rise|increase|fall|drop|decline|decrease|jump|gain|"
                            r"improvement|growth|higher|lower)", ctx.after(q, 20), re.I)):
            roles["pct"] = q
        elif role and role not in roles and q.kind.value != "percent":
            roles[role] = q
        elif q.kind.value != "percent" and "delta" not in roles and (
                q.change or _BY.search(ctx.before(q, 14))):
            roles["delta"] = q
    if "from" in roles and "to" not in roles:
        cand = [q for q in qs if q not in roles.values() and q.kind.value != "percent"
                and q.unit == roles["from"].unit and q.at[0] < roles["from"].at[0]]
        if cand and ("delta" in roles or "pct" in roles or mult):
            roles["to"] = cand[-1]
    if "delta" in roles and "to" in roles and roles["delta"].at[0] > roles["to"].at[0] \
            and roles["delta"].unit == roles["to"].unit and "from" not in roles:
        roles["from"] = roles.pop("delta")
    if not ("from" in roles and "to" in roles) and not (
            "delta" in roles and "pct" in roles and "from" in roles):
        return None
    first = min(q.at[0] for q in roles.values())
    verb = VERB.search(ctx.text, max(c0, first - 50), first)
    params: list[tuple[str, object]] = [(r, q) for r, q in roles.items()]
    params.append(("direction", ("up" if verb.group("up") else "down") if verb else None))
    if mult:
        w = mult.group("w").lower()
        params.append(("multiplier", _MULT_VALUE.get(w, 2.0)))
        params.append(("multiplier_text", mult.group().strip()))
        params.append(("multiplier_hedge", mult.group().lower().split()[0]
                       if len(mult.group().split()) > 1 else ""))
    qtuple = tuple(sorted(roles.values(), key=lambda q: q.at[0]))
    return Relation("change", qtuple, " ".join(clause.split()), tuple(params))

_AT_LEAST_DOUBLE = re.compile(r"\b(?:at\s+least|more\s+than)\s+(?:a\s+)?(?:doubling|doubled|double)\b",
                              re.I)
_RISE_AFTER = re.compile(r"^[\s-]*(?:rise|increase|growth|gain|jump|higher)", re.I)
_RISE_BEFORE = re.compile(r"\b(?:rise|increase|growth|gain|rose|grew|increased|up)\b[^.]{0,20}$",
                          re.I)


def doubling_claims(ctx: Context) -> list[Relation]:
    """ "All regions saw at least a doubling … Scotland saw an increase of just 82%"."""
    out: list[Relation] = []
    for k in range(len(ctx.sent_starts)):
        m = _AT_LEAST_DOUBLE.search(ctx.sentence_text(k))
        if not m:
            continue
        for q in ctx.in_sentence(k) + ctx.in_sentence(k + 1):
            if q.kind.value == "percent" and q.value is not None and (
                    _RISE_AFTER.match(ctx.after(q, 15)) or _RISE_BEFORE.search(ctx.before(q, 40))):
                out.append(Relation("at_least_double", (q,), m.group(),
                                    (("claim", m.group()),)))
    return out
