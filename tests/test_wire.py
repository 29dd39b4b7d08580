"""What extraction reads from the abbreviations of wire copy and company filings."""

from __future__ import annotations

import pytest

from tests.conftest import quantities


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
