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
    for prefix, power in (("square_", 2), ("cubic_", 3)):
        if spec.startswith(prefix):  # "square_meter" is a meter squared
            spec = f"{spec.removeprefix(prefix)} ** {power}"
    if "_per_" in spec:
        num, _, den = spec.partition("_per_")
        spec = f"{num} / {den}"
    return ureg.parse_units(spec)


# Units that differ between the US and the UK: a text may mean either, so both are read.
_IMPERIAL = {"pint": "imperial_pint", "gallon": "imperial_gallon", "quart": "imperial_quart",
             "fluid_ounce": "imperial_fluid_ounce", "ton": "long_ton",
             "mile_per_gallon": "mile / imperial_gallon"}


def convert(iv: Iv, source: str, target: str) -> Iv | None:
    """The interval in another unit, or None when the units do not convert. A pint, gallon or ton
    may be American or imperial: the interval covers both readings.
    """
    ends: list[float] = []
    try:
        ureg = registry()
        for s in {source, _IMPERIAL.get(source, source)}:
            for t in {target, _IMPERIAL.get(target, target)}:
                a, b = _unit(ureg, s), _unit(ureg, t)
                ends += [ureg.Quantity(iv.lo, a).to(b).magnitude, ureg.Quantity(iv.hi, a).to(b).magnitude]
    except Exception:  # pint raises many kinds of error for units that do not convert
        return None
    return Iv(min(ends), max(ends))
