"""The records that flow through the pipeline: intervals, quantities and periods."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What a numeric mention measures."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    MEASURE = "measure"
    MULTIPLIER = "multiplier"
    FRACTION = "fraction"
    RATE = "rate"
    DURATION = "duration"
    AGE = "age"
    ORDINAL = "ordinal"
    NUMBER = "number"


class Qualifier(StrEnum):
    """The hedge that bounds a printed figure."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ABOVE = "above"
    BELOW = "below"
    RANGE = "range"


@dataclass(frozen=True, slots=True)
class Interval:
    """The set of true values a printed figure admits; ``None`` ends are unbounded."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    def contains(self, x: float) -> bool:
        """Whether ``x`` lies in the interval."""
        if self.low is not None and (x < self.low or (self.low_open and x == self.low)):
            return False
        return not (
            self.high is not None and (x > self.high or (self.high_open and x == self.high))
        )


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar span (inclusive ISO dates) or a rate denominator such as "each month"."""

    start: dt.date | None
    end: dt.date | None
    granularity: str
    span: tuple[int, int]
    text: str
    per: str | None = None
    sentence: int = 0
    id: str = ""
    at: tuple[int, int] = (0, 0)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One numeric mention with its meaning, hedge, unit and context."""

    id: str
    span: tuple[int, int]
    text: str
    kind: Kind
    value: float | None
    interval: Interval
    qualifier: Qualifier
    unit: str | None = None
    unit_text: str | None = None
    entity: str | None = None
    event: str | None = None
    per: str | None = None
    change: str | None = None
    period: Period | None = None
    source: str | None = None
    sentence: int = 0
    approximate: bool = False
    at: tuple[int, int] = (0, 0)


class Severity(StrEnum):
    """How sure a finding is that the figures cannot all hold."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Relation:
    """An arithmetic claim the text makes about some of its quantities."""

    kind: str
    quantities: tuple[Quantity, ...]
    claim: str
    params: tuple[tuple[str, object], ...] = ()

    def param(self, key: str, default: object = None) -> object:
        """A named parameter of the claim."""
        return dict(self.params).get(key, default)


@dataclass(frozen=True, slots=True)
class Finding:
    """A place where the figures cannot all be true, with the arithmetic that shows it."""

    code: str
    name: str
    severity: Severity
    message: str
    quantities: tuple[Quantity, ...]
    arithmetic: str
    expected: tuple[float, float] | None = None
    observed: tuple[float, float] | None = None
    assumptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a span of the analysis text."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything ``extract`` finds in one document."""

    quantities: tuple[Quantity, ...]
    periods: tuple[Period, ...]
    as_of: dt.date
    as_of_source: str
    sentences: tuple[Sentence, ...] = field(default=())


def finite(x: float | None) -> float | None:
    """``x`` unless it is infinite or NaN, for JSON output."""
    if x is None or math.isinf(x) or math.isnan(x):
        return None
    return x
