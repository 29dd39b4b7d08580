"""The records of the figure layer: what a figure is in its sentence, and the claims relate makes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from auditor.model import Period, Quantity


class Role(StrEnum):
    """What a figure is in the statement it belongs to."""

    FROM = "from"            # the start of a change ("from $89.5m", "compared with 840")
    TO = "to"                # the end of a change ("to $96m", "closed at 712p")
    DELTA = "delta"          # the amount of a change ("rose $6.5m", "an increase of 40")
    PERCENT = "percent"      # the percentage of a change ("or 7.3%", "a 7% rise")
    SHARE = "share"          # a percentage of a whole ("or 18.7% of net sales")
    TOTAL = "total"          # a total over a period ("brings the total to 2,400")
    AVERAGE = "average"      # an average ("an average of 85 a week")
    SPAN = "span"            # the time a total is spread over ("over 12 months")
    BACKREF = "backref"      # points back to a figure given before ("the 32 victims")
    BIRTH = "birth"          # a founding or birth date ("formed in 1979")
    BORN = "born"            # a person's birth date ("born in 1975"), which an age counts from
    ANNIVERSARY = "anniversary"  # "its 45th anniversary"
    AGO = "ago"              # "six years ago"
    ELAPSED = "elapsed"      # time counted between two dates ("39 years after", "a 47-year run")
    FORECAST = "forecast"    # a forecast or target, not an outturn ("the 47.3% forecast by analysts")
    REST = "rest"            # the remainder of a whole ("the rest", "the remaining 12")
    INCREMENT = "increment"  # one more part of a running total ("a further €2m", "another 415")
    RANGE = "range"          # the low end of a spread ("ranged from 69% … down to 10%")


class LinkKind(StrEnum):
    """How two figures of one sentence are joined."""

    OF = "of"                # part → whole: "780 of the 1,200", "Of the 1,200, 780"
    OR = "or"                # one figure restated: ", or 7%", "representing 12%"
    BRACKET = "bracket"      # "42km (26 miles)", "28 (12%)"
    SPLIT = "split"          # whole → first part: "£96m, of which £52m", "split between"
    LEVEL = "level"          # level → change: "$612.5m, an increase of $40.2m", "$10m, up 5%"
    BASE = "base"            # change → the start it is measured on: "up 12% on the 6.5 million"
    LIST = "list"            # coordinated figures of one measure: "Labour 28, the Tories 18"
    APPOSITION = "apposition"  # a comma between them: "410 cases last year, a quarter of the 1,240"


class RelationKind(StrEnum):
    """The arithmetic claims relate builds and check tests."""

    CHANGE = "change"
    AT_LEAST_DOUBLE = "at_least_double"
    PART_OF = "part_of"
    PARTS = "parts"
    PERCENT_OF = "percent_of"
    SHARES_OF_TOTAL = "shares_of_total"
    EXHAUSTIVE_SHARES = "exhaustive_shares"
    RATE_TOTAL = "rate_total"
    AVERAGE = "average"
    RATE_RESTATED = "rate_restated"
    SPEED = "speed"
    CONVERSION = "conversion"
    RESTATED = "restated"
    MAGNITUDE = "magnitude"
    AGE_BIRTH = "age_birth"
    AGO = "ago"
    DURATION_SPAN = "duration_span"
    YEARS_BETWEEN = "years_between"
    ANNIVERSARY = "anniversary"


@dataclass(frozen=True, slots=True)
class Measure:
    """What a figure counts or measures: the counted noun, the event, the thing it is the size of."""

    entity: str | None = None
    event: str | None = None
    subject: str | None = None

    @property
    def noun(self) -> str | None:
        """The noun that names the measure: the counted entity, else the subject."""
        return self.entity or self.subject


@dataclass(frozen=True, slots=True)
class Scope:
    """The time a figure covers: its period, and whether it is a comparison base ("a year earlier")."""

    period: Period | None = None
    earlier: bool = False  # "a year earlier", "last year's": a comparison base

    @property
    def span(self) -> tuple[dt.date, dt.date | None] | None:
        """The start and (possibly open) end of the period."""
        p = self.period
        if p is None or p.start is None or p.granularity == "holiday":
            return None  # "sales over Christmas" span the season, not the day
        return p.start, p.end


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity as relate reads it: measure, scope, roles, sign, direction and clause."""

    q: Quantity
    index: int
    measure: Measure
    scope: Scope
    roles: frozenset[Role]
    sign: int = 1
    clause: int = 0
    direction: str | None = None
    cues: tuple[tuple[str, str], ...] = ()  # (role or fact, the words that gave it)

    @property
    def kind(self) -> str:
        """The quantity's kind; "248,900 a year earlier" is a count dated by "a year", not a rate."""
        if self.scope.earlier and self.q.kind.value == "rate":
            return "count" if self.q.unit else "number"
        return self.q.kind.value

    @property
    def per(self) -> str | None:
        """The rate denominator, unless "a year" only dates the figure ("£29.8m a year earlier")."""
        return None if self.scope.earlier else self.q.per

    @property
    def sentence(self) -> int:
        """The sentence the figure stands in."""
        return self.q.sentence

    def has(self, role: Role) -> bool:
        """Whether the figure plays ``role``."""
        return role in self.roles

    def cue(self, what: str) -> str:
        """The words that gave the figure a role or fact ("" if none)."""
        return next((w for r, w in self.cues if r == what), "")


@dataclass(frozen=True, slots=True)
class Link:
    """Two figures joined by a construction, with the words that join them."""

    kind: LinkKind
    a: int
    b: int
    cue: str


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause: its figures, the change direction and multiplier its words state."""

    index: int
    sentence: int
    figures: tuple[int, ...]
    direction: str | None = None
    direction_cue: str = ""
    multiplier: float | None = None
    multiplier_text: str = ""
    multiplier_hedge: str = ""
    facts: frozenset[str] = frozenset()  # "total", "average", "so_far", "exhaustive", …
    fact_cues: tuple[tuple[str, str], ...] = ()  # each fact with the words that state it
    words: tuple[str, ...] = ()  # its words in lower case (Figures.names reads the measures they name)
    direction_owner: int | None = None  # the figure the direction word moves ("rose to £201m"), if any

    def fact_cue(self, fact: str) -> str:
        """The words that state a fact of the clause ("" if none)."""
        return next((w for f, w in self.fact_cues if f == fact), "")

    @property
    def states_change(self) -> bool:
        """Whether the clause states a change: a weak word ("despite cutting its spending") states none."""
        return bool(self.direction) and not self.direction_cue.startswith("~")


@dataclass(frozen=True, slots=True)
class Relation:
    """An arithmetic claim the text makes, with its figures in typed roles and the cues that made it."""

    kind: RelationKind
    roles: tuple[tuple[str, Figure], ...]
    cues: tuple[str, ...] = ()
    params: tuple[tuple[str, object], ...] = field(default=())

    def __getitem__(self, role: str) -> Figure:
        return next(f for r, f in self.roles if r == role)

    def get(self, role: str) -> Figure | None:
        """The figure in ``role``, or None."""
        return next((f for r, f in self.roles if r == role), None)

    def all(self, role: str) -> list[Figure]:
        """Every figure in ``role`` (parts of a list), in order."""
        return [f for r, f in self.roles if r == role]

    def param(self, key: str, default: object = None) -> object:
        """A named parameter of the claim."""
        return dict(self.params).get(key, default)

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """The quantities involved, in text order."""
        seen: dict[int, Quantity] = {}
        for _, f in self.roles:
            seen.setdefault(f.index, f.q)
        return tuple(q for _, q in sorted(seen.items()))
