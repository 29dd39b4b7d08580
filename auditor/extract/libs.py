"""Adapters for dateparser and quantulum3: called on the few spans that need them, cached.

Their objects never leave this module: callers get dates and plain strings.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache
from typing import Any

from auditor.extract.calendar import written_day

_QUANTULUM_PARSER: Any = None


@lru_cache(maxsize=4096)
def parse_day(text: str, as_of: dt.date) -> dt.date | None:
    """An absolute calendar day written in ``text`` ("Wed, 22 of Jan", "02/22/2016").

    Missing years are taken from the past relative to ``as_of``, as news does. A day
    written out in full with its year is read without dateparser.
    """
    day = written_day(text)
    if day is not None:
        return day
    import dateparser  # deferred: only documents with written dates pay for it

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(as_of, dt.time()),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["absolute-time", "custom-formats"],
    }
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.replace(" of ", " "))
    try:
        parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None


def _parser() -> Any:
    global _QUANTULUM_PARSER
    if _QUANTULUM_PARSER is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import logging  # deferred, with quantulum3

            logging.getLogger("quantulum3").setLevel(logging.ERROR)
            from quantulum3 import parser

        _QUANTULUM_PARSER = parser
    return _QUANTULUM_PARSER


_PINT_NAMES = {"metre": "meter", "litre": "liter", "tonne": "metric_ton", "gramme": "gram"}


def _pint_name(name: str) -> str:
    words = name.lower().replace("-", " ").split()
    out = []
    for w in words:
        for uk, us in _PINT_NAMES.items():
            w = w.replace(uk, us)
        out.append(w)
    return "_".join(out)


@lru_cache(maxsize=2048)
def unit_of(phrase: str) -> tuple[str, str, int] | None:
    """The physical unit that ``phrase`` ("37.8 microgrammes") starts with, per quantulum3.

    Returns (pint-style unit name, quantulum3's entity name, length of the unit's surface
    after the number), or None when quantulum3 sees no physical unit there.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = _parser().parse(phrase)
        except Exception:  # quantulum3 raises assorted errors on odd input
            return None
    for q in found:
        if q.span[0] != 0:
            continue
        entity = q.unit.entity.name
        if entity in ("dimensionless", "currency", "unknown", "time") or q.unit.name == "dimensionless":
            return None
        return _pint_name(q.unit.name), entity, q.span[1]
    return None


def quantulum_parse(text: str) -> int:
    """How many quantities quantulum3 finds in ``text`` (for throughput comparisons)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return len(_parser().parse(text))
        except Exception:
            return 0
