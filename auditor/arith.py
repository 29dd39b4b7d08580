"""Interval arithmetic over the values printed figures admit."""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True, slots=True)
class Iv:
    """A closed interval [lo, hi]; infinite ends are unbounded."""

    lo: float
    hi: float

    @staticmethod
    def point(x: float) -> Iv:
        """The interval holding only ``x``."""
        return Iv(x, x)

    @staticmethod
    def of(low: float | None, high: float | None, *, floor: float | None = None) -> Iv:
        """An interval from nullable ends; ``floor`` replaces an unbounded low end."""
        lo = low if low is not None else (floor if floor is not None else -INF)
        return Iv(lo, high if high is not None else INF)

    def __add__(self, o: Iv) -> Iv:
        return Iv(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o: Iv) -> Iv:
        return Iv(self.lo - o.hi, self.hi - o.lo)

    def __mul__(self, o: Iv) -> Iv:
        ps = [_mul(a, b) for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return Iv(min(ps), max(ps))

    def __truediv__(self, o: Iv) -> Iv:
        if o.lo <= 0 <= o.hi:
            return Iv(-INF, INF)
        qs = [_div(a, b) for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return Iv(min(qs), max(qs))

    def scale(self, k: float) -> Iv:
        """The interval multiplied by a constant."""
        return self * Iv.point(k)

    def widen(self, rel: float) -> Iv:
        """The interval grown by a relative margin on each side."""
        pad = max(abs(self.lo), abs(self.hi)) * rel if math.isfinite(self.hi) else 0.0
        return Iv(self.lo - pad, self.hi + pad)

    def meets(self, o: Iv) -> bool:
        """Whether the two intervals share a value."""
        return self.lo <= o.hi and o.lo <= self.hi

    def contains(self, x: float) -> bool:
        """Whether ``x`` lies in the interval."""
        return self.lo <= x <= self.hi

    @property
    def mid(self) -> float:
        """The midpoint (the finite end when the other is unbounded)."""
        if not math.isfinite(self.lo):
            return self.hi
        if not math.isfinite(self.hi):
            return self.lo
        return (self.lo + self.hi) / 2

    def gap(self, o: Iv) -> float:
        """How far apart two disjoint intervals are, relative to the larger magnitude."""
        if self.meets(o):
            return 0.0
        d = o.lo - self.hi if self.hi < o.lo else self.lo - o.hi
        base = max(abs(self.mid), abs(o.mid), 1e-12)
        return d / base


def _mul(a: float, b: float) -> float:
    if (a == 0 and math.isinf(b)) or (b == 0 and math.isinf(a)):
        return 0.0
    return a * b


def _div(a: float, b: float) -> float:
    if math.isinf(b):
        return 0.0 if math.isfinite(a) else math.copysign(INF, a * b)
    try:
        return a / b
    except OverflowError:
        return math.copysign(INF, a * b)


def total(parts: list[Iv]) -> Iv:
    """The sum of several intervals."""
    out = Iv.point(0.0)
    for p in parts:
        out = out + p
    return out


def fmt(x: float) -> str:
    """A number as a reader would write it: thousands separators, few decimals."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    ax = abs(x)
    if ax >= 1e9 and ax % 1e7 == 0:
        return f"{x / 1e9:,.2f}bn".replace(".00bn", "bn")
    if ax >= 100 or x == int(x):
        return f"{x:,.0f}"
    if ax >= 1:
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:.4g}"


def fmt_iv(iv: Iv) -> str:
    """An interval as "a–b", or one number when its ends meet."""
    if iv.lo == iv.hi:
        return fmt(iv.lo)
    if not math.isfinite(iv.hi):
        return f"more than {fmt(iv.lo)}"
    if not math.isfinite(iv.lo):
        return f"up to {fmt(iv.hi)}"
    lo, hi = fmt(iv.lo), fmt(iv.hi)
    return lo if lo == hi else f"{lo}–{hi}"


_SYMBOL = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥", "INR": "₹"}


def fmt_money(x: float, currency: str | None) -> str:
    """An amount as news prints it: "£88.5m", "$1.2bn", "€950"."""
    sym = _SYMBOL.get(currency or "", "")
    suffix = "" if sym or not currency else f" {currency}"
    ax = abs(x)
    for scale, word in ((1e9, "bn"), (1e6, "m")):
        if ax >= scale:
            v = x / scale
            text = f"{v:,.3f}".rstrip("0").rstrip(".")
            return f"{'-' if x < 0 else ''}{sym}{text.lstrip('-')}{word}{suffix}"
    return f"{'-' if x < 0 else ''}{sym}{fmt(abs(x))}{suffix}"


def fmt_iv_money(iv: Iv, currency: str | None) -> str:
    """An interval of money, each end printed as news prints amounts."""
    if iv.lo == iv.hi or not math.isfinite(iv.lo) or not math.isfinite(iv.hi):
        return fmt_money(iv.lo if math.isfinite(iv.lo) else iv.hi, currency)
    lo, hi = fmt_money(iv.lo, currency), fmt_money(iv.hi, currency)
    return lo if lo == hi else f"{lo}–{hi}"
