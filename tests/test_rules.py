"""Every rule's data cases (tests/rules/CODE.toml) and the catalogue's completeness."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from auditor.check.rules import RULES
from auditor.engine import audit
from auditor.read import read_text

CASES_DIR = Path(__file__).parent / "rules"


def load_cases() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            out.append((path.stem, case))
    return out


CASES = load_cases()


def reported(text: str, as_of: str | None) -> set[str]:
    doc = read_text(text, "case.txt")
    day = dt.date.fromisoformat(as_of) if as_of else dt.date(2024, 11, 1)
    a = audit(doc, as_of=day)
    return {f.code for f in a.findings if f.severity.value in ("warning", "error")}


@pytest.mark.parametrize(("code", "case"), CASES, ids=[f"{c}:{k['id']}" for c, k in CASES])
def test_rule_case(code: str, case: dict) -> None:
    """Each case reports exactly the codes it expects, at warning or error."""
    assert reported(case["text"], case.get("as_of")) == set(case["expect"])


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_has_cases_and_examples(rule) -> None:  # type: ignore[no-untyped-def]
    """A rule without a flagged and a fine case, or without documented examples, is not ready."""
    cases = [c for code, c in CASES if code == rule.code]
    assert any(c["expect"] for c in cases), f"{rule.code} has no flagged case"
    assert any(not c["expect"] for c in cases), f"{rule.code} has no fine case"
    assert "Flagged:" in rule.doc and "Fine:" in rule.doc
    assert rule.name == rule.name.lower() and " " not in rule.name


def test_codes_are_unique_and_prefixed_by_family() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    families = {c[:2] for c in codes}
    assert families == {"RT", "PW", "PC", "CH", "UC", "RS", "MG", "DT"}


def test_reference_rates_cover_every_year_for_every_currency() -> None:
    """Each currency of the exchange-rate table has one rate a year, and bands are ordered."""
    from auditor.check import fx

    years = len(fx._PER_USD["USD"])
    assert all(len(v) == years for v in fx._PER_USD.values())
    iv = fx.band("USD", "GBP", range(2004, 2006))
    assert iv is not None and iv.lo < 1 / 1.83 < iv.hi
    assert fx.band("USD", "XOF", None) is None


def test_a_lone_conversion_is_judged_against_the_years_the_text_names() -> None:
    """Without an as-of date, the years written in the text date a conversion (2004: £1 ≈ $1.83; the band runs from 1998)."""
    doc = read_text("In 2004 the studio paid $54.9m (£53.5m) for the film rights.")
    assert {f.code for f in audit(doc).findings} == {"UC03"}
    fine = read_text("In 2004 the studio paid $54.9m (£29.5m) for the film rights.")
    assert not audit(fine).findings
