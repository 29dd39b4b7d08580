"""The rule catalogue: one small function per rule, in a module per family, listed in RULES."""

from __future__ import annotations

from auditor.check.changes_rules import change_mismatch, multiplier_mismatch
from auditor.check.conversions_rules import conversion_mismatch, exchange_rate_implausible, exchange_rates
from auditor.check.dates_rules import date_arithmetic
from auditor.check.parts_rules import part_exceeds_whole, parts_sum, percent_of
from auditor.check.rates_rules import average_mismatch, rate_times_period
from auditor.check.registry import Rule
from auditor.check.restated_rules import magnitude_slip, restated_differs

RULES: tuple[Rule, ...] = (rate_times_period, average_mismatch, part_exceeds_whole, parts_sum, percent_of,
                           change_mismatch, multiplier_mismatch, conversion_mismatch, exchange_rates,
                           exchange_rate_implausible, restated_differs, magnitude_slip, date_arithmetic)
RULES_BY_CODE = {r.code: r for r in RULES}
