"""Relate: read what each figure is, then build the arithmetic claims the text makes of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from auditor.arith import Iv
from auditor.model import Extraction
from auditor.read import Document
from auditor.relate.changes import (
    backref_changes,
    changes,
    definite_changes,
    doubling_claims,
    gapped_changes,
    moves,
    named_changes,
    respective_changes,
)
from auditor.relate.conversions import conversions
from auditor.relate.dates import dates
from auditor.relate.figures import Figures, read_figures
from auditor.relate.model import Figure, Relation, RelationKind, Role
from auditor.relate.parts import part_of, parts, percent_of, running_totals, shares_of_total
from auditor.relate.rates import averages, rate_totals
from auditor.relate.restated import (
    averages_restated,
    definite_restated,
    headline_restated,
    magnitudes,
    repeated,
    restated,
)

__all__ = ["Figure", "Relation", "RelationKind", "Relations", "Role", "interval", "relate"]

Builder = Callable[[Figures], list[Relation]]
BUILDERS: tuple[Builder, ...] = (
    conversions, changes, backref_changes, definite_changes, respective_changes, doubling_claims, moves,
    gapped_changes, named_changes, parts,
    running_totals, part_of, percent_of, shares_of_total, rate_totals, averages, restated,
    headline_restated, definite_restated, averages_restated, repeated, magnitudes, dates)
_NONNEG = {"count", "money", "percent", "measure", "duration", "rate", "age", "fraction"}


@dataclass
class Relations:
    """A document's relations by kind, with what check needs to judge them."""

    figures: Figures
    all: list[Relation]
    tolerance: float = 0.0
    tested: set[int] = field(default_factory=set)

    def of(self, kind: RelationKind) -> list[Relation]:
        """The relations of one kind."""
        return [r for r in self.all if r.kind == kind]

    def testing(self, kind: RelationKind) -> list[Relation]:
        """The relations of one kind, counted as tested: a rule that asks for them can fail them."""
        rels = self.of(kind)
        self.tested.update(id(r) for r in rels)
        return rels

    @property
    def as_of(self) -> dt.date:
        """The date relative expressions resolve against."""
        return self.figures.as_of

    @property
    def as_of_source(self) -> str:
        """Where the as-of date came from."""
        return self.figures.as_of_source


def relate(doc: Document, ex: Extraction, *, tolerance: float = 0.0,
           synonyms: dict[str, str] | None = None) -> Relations:
    """Every relation a document's figures take part in."""
    fs = read_figures(doc, ex, synonyms=synonyms)
    rels: list[Relation] = []
    for build in BUILDERS:
        rels.extend(build(fs))
    return Relations(fs, rels, tolerance)


def interval(f: Figure, *, signed: bool = False) -> Iv:
    """The values a figure admits, with hedges ("up to" starts at zero for counts), negated when
    ``signed`` and the text calls it a loss.
    """
    q = f.q
    floor = 0.0 if q.kind.value in _NONNEG else None
    iv = Iv.of(q.interval.low, q.interval.high, floor=floor)
    return Iv(-iv.hi, -iv.lo) if signed and f.sign < 0 else iv
