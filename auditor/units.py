"""The one place that owns the pint unit registry, for unit conversions."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from auditor.arith import Iv

_ALIASES = {"kilometer_per_hour": "kilometer / hour", "mile_per_hour": "mile / hour",
            "meter_per_second": "meter / second", "mile_per_gallon": "mile / gallon",
            "kilowatt_hour": "kilowatt * hour", "megawatt_hour": "megawatt * hour",
            "gigawatt_hour": "gigawatt * hour", "terawatt_hour": "terawatt * hour"}


@lru_cache(maxsize=1)
def registry() -> Any:
    """Pint's registry, built on first use (it costs a second; most checks never need it)."""
    import pint

    return pint.UnitRegistry(cache_folder=":auto:")


def _unit(ureg: Any, name: str) -> Any:
    spec = _ALIASES.get(name, name)
    if "_per_" in spec:
        num, _, den = spec.partition("_per_")
        spec = f"{num} / {den}"
    return ureg.parse_units(spec)


def convert(iv: Iv, source: str, target: str) -> Iv | None:
    """The interval in another unit, or None when the units do not convert."""
    try:
        ureg = registry()
        a, b = _unit(ureg, source), _unit(ureg, target)
        lo = ureg.Quantity(iv.lo, a).to(b).magnitude
        hi = ureg.Quantity(iv.hi, a).to(b).magnitude
    except Exception:  # pint raises many kinds of error for units that do not convert
        return None
    return Iv(min(lo, hi), max(lo, hi))
