"""What extraction reads from the abbreviations of wire copy and company filings."""

from __future__ import annotations

import pytest

from tests.conftest import periods, quantities


def read(text: str) -> list[tuple]:
    """(text, kind, value, unit, change) of each quantity in ``text``."""
    return [(q["text"], q["kind"], pytest.approx(q["value"]), q["unit"], q["change"])
            for q in quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Orvane Mining stock climbed 7.4 pct by noon.",
     [("7.4 pct", "percent", 7.4, "percent", "up")]),
    ("Freight volumes were down 2 PCT on the month.",
     [("2 PCT", "percent", 2, "percent", "down")]),
    ("Its margin narrowed 0.6 pct points.",
     [("0.6 pct points", "percentage_point", 0.6, "percentage_point", "down")]),
    ("Core yield rose 1.25 pct pts.",
     [("1.25 pct pts", "percentage_point", 1.25, "percentage_point", "up")]),
])
def test_pct_is_percent_and_pct_points_are_percentage_points(text: str,
                                                              expected: list[tuple]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kessock Group agreed to pay 12.5 mln dlrs for the mill.",
     [("12.5 mln dlrs", "money", 12.5e6, "USD", None)]),
    ("Its offer was worth 1.2 bln stg.", [("1.2 bln stg", "money", 1.2e9, "GBP", None)]),
    ("The unit had sales of 7.8 mn stg.", [("7.8 mn stg", "money", 7.8e6, "GBP", None)]),
    ("Exports totalled 3.4 bn dlrs.", [("3.4 bn dlrs", "money", 3.4e9, "USD", None)]),
    ("The bank lent 900 mln yen.", [("900 mln yen", "money", 9e8, "JPY", None)]),
    ("The loan was 250 mln marks.", [("250 mln marks", "money", 2.5e8, "DEM", None)]),
    ("Tessaly bought 40 mln Canadian dlrs of notes.",
     [("40 mln Canadian dlrs", "money", 4e7, "CAD", None)]),
    ("The board set a payout of 18 cts a share.", [("18 cts", "money", 0.18, "USD", None)]),
    ("Pellam will issue 45 mln shares.", [("45 mln", "count", 45e6, "share", None)]),
    ("CORVEL SEES NET UP 4 PCT AT 2.2 BLN DLRS",
     [("4 PCT", "percent", 4, "percent", "up"), ("2.2 BLN DLRS", "money", 2.2e9, "USD", None)]),
])
def test_wire_scale_and_currency_abbreviations_make_money(text: str,
                                                          expected: list[tuple]) -> None:
    assert read(text) == expected


def test_a_cents_figure_lends_no_dollars_to_a_bare_number_after_it() -> None:
    qs = quantities("The low bid was 84 cts, while the top was 91.")
    assert [(q["kind"], q["unit"]) for q in qs] == [("money", "USD"), ("number", None)]


def test_cts_a_share_is_a_money_figure_per_share() -> None:
    q = quantities("The board set a payout of 18 cts a share.")[0]
    assert (q["value"], q["per"]) == (pytest.approx(0.18), "share")


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    ("Third qtr net rose at Dunmore Mills.", "Third qtr", "2024-07-01", "2024-09-30"),
    ("2nd qtr sales 4.2 mln dlrs", "2nd qtr", "2024-04-01", "2024-06-30"),
    ("Orders in the first qtr of 2022 were flat.", "the first qtr of 2022",
     "2022-01-01", "2022-03-31"),
    ("Costs rose in the previous qtr.", "previous qtr", "2024-07-01", "2024-09-30"),
])
def test_qtr_is_a_quarter_where_periods_are_read(text: str, span: str, start: str,
                                                  end: str) -> None:
    got = [(p["text"], p["period_start"], p["period_end"]) for p in periods(text)]
    assert got == [(span, start, end)]


def test_a_figure_on_a_qtr_line_is_scoped_to_that_quarter() -> None:
    q = quantities("4th qtr net 3.1 mln dlrs")[0]
    assert (q["period_start"], q["period_end"]) == ("2024-10-01", "2024-12-31")


def test_a_count_of_qtrs_is_a_duration_in_quarters() -> None:
    q = quantities("The line stood idle for 3 qtrs.")[0]
    assert (q["kind"], q["value"], q["unit"]) == ("duration", 3, "quarter")


def per_share(text: str) -> list[tuple]:
    """(text, kind, value, unit, per) of each quantity in ``text``."""
    return [(q["text"], q["kind"], pytest.approx(q["value"]), q["unit"], q["per"])
            for q in quantities(text)]


def test_amounts_on_a_shr_line_are_money_per_share() -> None:
    assert per_share("Shr 41 cts vs 37 cts") == [
        ("41 cts", "money", 0.41, "USD", "share"), ("37 cts", "money", 0.37, "USD", "share")]


def test_a_shr_label_later_in_the_line_still_makes_amounts_per_share() -> None:
    assert per_share("Oper shr loss 1.05 dlrs vs profit 12 cts") == [
        ("1.05 dlrs", "money", 1.05, "USD", "share"), ("12 cts", "money", 0.12, "USD", "share")]


def test_a_shr_label_stops_at_its_line_and_its_sentence() -> None:
    text = "Shr 9 cts vs 6 cts. Net 2.2 mln dlrs vs 1.9 mln dlrs\nRevs 30 mln dlrs"
    assert [q["per"] for q in quantities(text)] == ["share", "share", None, None, None]


def test_a_count_of_shares_on_an_avg_shrs_line_is_not_per_share() -> None:
    assert [q["per"] for q in quantities("Avg shrs 6,120,000 vs 5,980,000")] == [None, None]


def test_vs_between_two_figures_of_one_line_gives_two_figures() -> None:
    assert per_share("Net 6.3 mln vs 5.7 mln") == [
        ("6.3 mln", "number", 6.3e6, None, None), ("5.7 mln", "number", 5.7e6, None, None)]
    assert per_share("Revs 140.2 mln dlrs vs 122.8 mln dlrs") == [
        ("140.2 mln dlrs", "money", 140.2e6, "USD", None),
        ("122.8 mln dlrs", "money", 122.8e6, "USD", None)]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Ulvik field output reached 1.2 mln bpd in June.", "1.2 mln bpd", 1.2e6),
    ("The pipeline carries 85,000 b/d.", "85,000 b/d", 85000),
    ("Runs were cut to 240,000 BPD.", "240,000 BPD", 240000),
])
def test_bpd_is_a_rate_of_barrels_per_day(text: str, surface: str, value: float) -> None:
    q = quantities(text)[0]
    assert (q["text"], q["kind"], q["unit"], q["per"]) == (surface, "rate", "barrel", "day")
    assert q["value"] == pytest.approx(value)


@pytest.mark.parametrize(("text", "expected"), [
    ("Net loss (14.6) vs profit 2.9", [("(14.6)", "number", -14.6, None, None),
                                       ("2.9", "number", 2.9, None, None)]),
    ("Kelda Bay booked $(3.2) million of net income.",
     [("$(3.2) million", "money", -3.2e6, "USD", None)]),
    ("Diluted EPS came in at ($0.47) for the year.", [("($0.47)", "money", -0.47, "USD", None)]),
    ("Segment result    (2,315)    1,980", [("(2,315)", "number", -2315, None, None),
                                            ("1,980", "number", 1980, None, None)]),
    ("| Other items | (8.25) | (410) |", [("(8.25)", "number", -8.25, None, None),
                                          ("(410)", "number", -410, None, None)]),
    ("Prior-year adjustments\t(7)\t15", [("(7)", "number", -7, None, None),
                                          ("15", "number", 15, None, None)]),
])
def test_a_figure_wholly_in_accounting_brackets_is_negative(text: str,
                                                            expected: list[tuple]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "values"), [
    ("Visits grew to 6,200 (14.5%) over the summer.", [6200, 14.5]),
    ("A pass costs £40 ($51.20) at the gate.", [40, 51.2]),
    ("Net income rose 6.1 (5.2) in the period.", [6.1, 5.2]),
    ("The stadium holds (41,300) on match days.", [41300]),
    ("(2) Includes net income from the disposal.", [2]),
    ("Adjusted net income (3) was higher.", [3]),
    ("Under Item 4(b)(12) the net amount is reported.", [12]),
])
def test_brackets_in_prose_keep_the_figure_positive(text: str, values: list[float]) -> None:
    assert [q["value"] for q in quantities(text)] == pytest.approx(values)


def test_a_loss_stated_in_words_keeps_a_positive_value() -> None:
    assert read("Merrow Inc posted a loss of 1.2 mln dlrs.") == [
        ("1.2 mln dlrs", "money", 1.2e6, "USD", None)]
    assert read("It had a net loss 3.4 mln dlrs.") == [
        ("3.4 mln dlrs", "money", 3.4e6, "USD", None)]


def test_an_iso_code_before_a_dollar_sign_names_the_currency() -> None:
    """ "NZD $1.2m" and "HKD $3bn" are New Zealand and Hong Kong dollars, not US dollars."""
    from auditor.engine import audit
    from auditor.read import read_text

    doc = read_text("A gain of NZD $1.2m (AUD $1.1m) and a loan of HKD $3bn were booked.")
    units = [q.unit for q in audit(doc).extraction.quantities if q.kind.value == "money"]
    assert units == ["NZD", "AUD", "HKD"]
