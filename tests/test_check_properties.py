"""Properties of the checker: consistent figures are never flagged, perturbed ones are.

Each family states a claim from random true values printed with news rounding; the same
claim with one figure pushed well beyond its rounding must be reported by the family's rule.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from auditor.arith import Iv
from auditor.engine import audit
from auditor.read import read_text

FEW = settings(max_examples=40, deadline=None)


def codes(text: str, as_of: dt.date = dt.date(2024, 11, 1)) -> set[str]:
    a = audit(read_text(text, "case.txt"), as_of=as_of)
    return {f.code for f in a.findings if f.severity.value in ("warning", "error")}


# --- the arithmetic itself --------------------------------------------------------------------

ends = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@st.composite
def intervals(draw: st.DrawFn) -> tuple[Iv, float]:
    a, b = sorted((draw(ends), draw(ends)))
    x = draw(st.floats(min_value=a, max_value=b)) if a < b else a
    return Iv(a, b), x


@settings(max_examples=300, deadline=None)
@given(intervals(), intervals())
def test_interval_operations_contain_the_results_of_their_members(
        p: tuple[Iv, float], q: tuple[Iv, float]) -> None:
    (A, a), (B, b) = p, q
    tol = 1e-6 * (1 + abs(a) + abs(b)) ** 2
    for iv, v in ((A + B, a + b), (A - B, a - b), (A * B, a * b)):
        assert iv.lo - tol <= v <= iv.hi + tol
    if not B.lo <= 0 <= B.hi:
        Q = A / B
        assert Q.lo - tol <= a / b <= Q.hi + tol


# --- one property pair per family -------------------------------------------------------------

@FEW
@given(st.integers(100, 60_000), st.integers(2, 10), st.floats(1.6, 3.0))
def test_rt_rate_over_elapsed_months(rate: int, months: int, k: float) -> None:
    as_of = dt.date(2024, months + 1, 1)
    total = _sig3(rate * months)
    text = (f"An average of {rate:,} people a month have arrived since the start of the year. "
            f"The total so far this year is {{:,}} people, the agency said.")
    assert "RT01" not in codes(text.format(total), as_of)
    assert "RT01" in codes(text.format(_unround(_sig3(total * k))), as_of)


def _unround(n: int) -> int:
    """A figure that does not end in zero: a round one admits a wide interval by design."""
    return n + 3 if n % 10 == 0 else n


def _sig3(x: float) -> int:
    """A figure rounded to three significant digits, as a reporter would print it."""
    return int(round(x, 2 - len(str(int(x)))))


@FEW
@given(st.integers(12, 400), st.integers(2, 24), st.floats(1.4, 2.5))
def test_rt_average_over_a_span(avg: int, months: int, k: float) -> None:
    total = avg * months
    text = "The appeal raised £{:,}k over {} months, an average of £{:,}k a month."
    assert "RT02" not in codes(text.format(total, months, avg))
    assert "RT02" in codes(text.format(total, months, _unround(round(avg * k))))


@FEW
@given(st.lists(st.integers(5, 300), min_size=2, max_size=4), st.floats(0.3, 0.8))
def test_pw_parts_of_a_split_total(parts: list[int], k: float) -> None:
    names = ["housing", "transport", "parks", "schools"]
    listed = ", ".join(f"{n} (£{p}m)" for n, p in zip(names, parts, strict=False))
    text = "The £{}m package will be split between " + listed + ", the council said."
    assert "PW02" not in codes(text.format(sum(parts)))
    assume(sum(parts) * k < sum(parts) - 2)
    assert "PW02" in codes(text.format(round(sum(parts) * k)))


@FEW
@given(st.integers(50, 20_000), st.integers(2, 9))
def test_pw_part_of_a_whole(whole: int, extra: int) -> None:
    assume(whole % 10 and (whole + extra * 11) % 10)  # exact counts, not round ones
    text = "Of the {:,} staff surveyed, {:,} said they would strike."
    assert "PW01" not in codes(text.format(whole, whole // 2))
    assert "PW01" in codes(text.format(whole, whole + extra * 11))


@FEW
@given(st.integers(100, 9_000), st.floats(0.1, 0.8), st.integers(9, 30))
def test_pc_share_of_a_whole(part: int, share: float, bump: int) -> None:
    whole = round(part / share)
    assume(part % 10 and whole % 10)  # exact counts; round ones admit a wide interval
    pct = round(100 * part / whole)
    text = "Some {:,} of the {:,} members, or {}%, voted to strike."
    assert "PC01" not in codes(text.format(part, whole, pct))
    assume(pct + bump < 100)
    assert "PC01" in codes(text.format(part, whole, pct + bump))


@FEW
@given(st.integers(200, 9_000), st.floats(0.04, 0.6), st.floats(6, 25))
def test_ch_percentage_change(start: int, growth: float, off: float) -> None:
    end = round(start * (1 + growth))
    assume(start % 10 and end % 10)  # exact counts; round ones admit a wide interval
    pct = round(100 * (end - start) / start, 1)
    text = "Thefts rose {}% last year to {:,} from {:,}, police said."
    assert "CH01" not in codes(text.format(pct, end, start))
    assert "CH01" in codes(text.format(round(pct + off, 1), end, start))


@FEW
@given(st.integers(20, 900))
def test_ch_multiplier(start: int) -> None:
    text = "Sales doubled to £{}m, compared with £{}m a year earlier."
    assert "CH02" not in codes(text.format(start * 2, start))
    assert "CH02" in codes(text.format(round(start * 3.3), start))


@FEW
@given(st.integers(20, 900))
def test_uc_physical_conversion(km: int) -> None:
    assume(km % 10)  # "100km" admits 50-150km; a precise figure is the test
    miles = round(km * 0.621371)
    text = "The route is {}km ({} miles) long."
    assert "UC01" not in codes(text.format(km, miles))
    assert "UC01" in codes(text.format(km, _unround(round(miles * 1.4) + 2)))


@FEW
@given(st.floats(1.15, 1.95), st.integers(20, 900), st.integers(20, 900))
def test_uc_one_exchange_rate(rate: float, a: int, b: int) -> None:
    assume(abs(a - b) > 5)
    first, second = round(a / rate, 1), round(b / rate, 1)
    text = "It paid ${}m (£{}m) for the firm and ${}m (£{}m) for its debt."
    assert "UC02" not in codes(text.format(a, first, b, second))
    assert "UC02" in codes(text.format(a, first, b, round(second * 1.5, 1)))


@FEW
@given(st.integers(5, 90), st.integers(3, 40))
def test_rs_toll_restated(toll: int, off: int) -> None:
    text = ("The storm killed {} people, officials said on Monday. Flags flew at half mast "
            "for the {} victims.")
    assert "RS01" not in codes(text.format(toll, toll))
    assert "RS01" in codes(text.format(toll, toll + off))


@FEW
@given(st.integers(11, 999))
def test_mg_scale_word(tenths: int) -> None:
    v = f"{tenths / 10:g}"
    text = "A ticket holder won the £{}m jackpot. The £{}{} prize will be paid in full."
    assert "MG01" not in codes(text.format(v, v, "m"))
    assert "MG01" in codes(text.format(v, v, "bn"))


@FEW
@given(st.integers(1940, 1990), st.integers(20, 30), st.integers(3, 9))
def test_dt_age_against_birth_year(born: int, gap: int, off: int) -> None:
    joined = born + gap
    text = "The chair, who was {} when she joined the board in {}, was born in {}."
    assert "DT01" not in codes(text.format(gap, joined, born))
    assert "DT01" in codes(text.format(gap + off, joined, born))


def test_interval_ends_that_print_alike_print_once() -> None:
    from auditor.arith import fmt_iv, fmt_iv_money

    assert fmt_iv(Iv(1.4281, 1.4286)) == "1.43"
    assert fmt_iv(Iv(1.81, 1.9)) == "1.81–1.9"
    assert fmt_iv_money(Iv(2.5e9, 2.5000001e9), "USD") == "$2.5bn"
    assert fmt_iv_money(Iv(2.51e9, 2.52e9), "USD") == "$2.51bn–$2.52bn"


def test_findings_quote_mis_decoded_pounds_as_pounds() -> None:
    text = "The deal was worth Â£1.35bn ($2.5bn). Earlier, Â£350m ($500m) was paid.\n"
    (f,) = audit(read_text(text, "x.txt")).findings
    assert "£1.35bn = $2.5bn" in f.message and "Â" not in f.message + f.arithmetic
    assert f.quantities[0].text == "Â£1.35bn"  # the record keeps the printed surface
