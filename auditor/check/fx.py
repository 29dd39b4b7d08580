"""Reference exchange rates: yearly averages of each currency's units per US dollar.

The table lets a lone conversion ("$54.9m (£29.5m)") be judged against the rates of its time.
Figures are annual averages, rounded; the check allows a wide band around them, so only a slip
(a wrong digit, a swapped currency, a wrong scale) falls outside it. Currencies whose names are
shared ("rupees", "francs", "pesos") are left out.
"""

from __future__ import annotations

from auditor.arith import Iv

FIRST_YEAR = 1999
# Units of each currency per US dollar, one value a year from FIRST_YEAR.
_PER_USD: dict[str, tuple[float, ...]] = {
    "USD": (1.0,) * 28,
    "GBP": tuple(1 / x for x in (1.62, 1.52, 1.44, 1.50, 1.63, 1.83, 1.82, 1.84, 2.00, 1.85, 1.57,
                                 1.55, 1.60, 1.59, 1.56, 1.65, 1.53, 1.36, 1.29, 1.33, 1.28, 1.28,
                                 1.38, 1.24, 1.24, 1.28, 1.32, 1.33)),
    "EUR": tuple(1 / x for x in (1.07, 0.92, 0.90, 0.95, 1.13, 1.24, 1.24, 1.26, 1.37, 1.47, 1.39,
                                 1.33, 1.39, 1.29, 1.33, 1.33, 1.11, 1.11, 1.13, 1.18, 1.12, 1.14,
                                 1.18, 1.05, 1.08, 1.08, 1.13, 1.16)),
    "AUD": tuple(1 / x for x in (0.65, 0.58, 0.52, 0.54, 0.65, 0.74, 0.76, 0.75, 0.84, 0.85, 0.79,
                                 0.92, 1.03, 1.04, 0.97, 0.90, 0.75, 0.74, 0.77, 0.75, 0.70, 0.69,
                                 0.75, 0.69, 0.66, 0.66, 0.65, 0.66)),
    "JPY": (114, 108, 122, 125, 116, 108, 110, 116, 118, 103, 94, 88, 80, 80, 98, 106, 121, 109, 112,
            110, 109, 107, 110, 131, 141, 151, 150, 152),
    "CNY": (8.28, 8.28, 8.28, 8.28, 8.28, 8.28, 8.19, 7.97, 7.61, 6.95, 6.83, 6.77, 6.46, 6.31, 6.19,
            6.16, 6.28, 6.64, 6.76, 6.62, 6.91, 6.90, 6.45, 6.73, 7.08, 7.19, 7.20, 7.10),
    "CAD": (1.49, 1.49, 1.55, 1.57, 1.40, 1.30, 1.21, 1.13, 1.07, 1.07, 1.14, 1.03, 0.99, 1.00, 1.03,
            1.10, 1.28, 1.33, 1.30, 1.30, 1.33, 1.34, 1.25, 1.30, 1.35, 1.37, 1.39, 1.38),
}
MARGIN = 0.2  # the band around the yearly rates: intra-year moves and rounded figures


def band(have: str, want: str, years: range | None) -> Iv | None:
    """The units of ``want`` per unit of ``have`` over ``years`` (every year when None), widened by
    the margin; None when either currency or every year is outside the table.
    """
    if have not in _PER_USD or want not in _PER_USD:
        return None
    idx = [y - FIRST_YEAR for y in (years or range(FIRST_YEAR, FIRST_YEAR + 28))
           if 0 <= y - FIRST_YEAR < len(_PER_USD["USD"])]
    if not idx:
        return None
    rates = [_PER_USD[want][i] / _PER_USD[have][i] for i in idx]
    return Iv(min(rates) * (1 - MARGIN), max(rates) * (1 + MARGIN))
