"""Properties that hold for any input: no crash, offsets slice back, values parse back."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.extract import extract
from auditor.read import read_text
from auditor.report.records import records
from tests.strategies import newsy_text, printed_numbers


def _records(text: str, kind: str = "text") -> tuple[str, list[dict]]:
    doc = read_text(text, kind=kind)
    return doc.source, records(doc, extract(doc, as_of=dt.date(2024, 11, 1)))


@settings(max_examples=300, deadline=None)
@given(st.one_of(newsy_text, st.text(max_size=300)), st.sampled_from(["text", "markdown", "html"]))
def test_arbitrary_text_never_crashes_and_offsets_slice_back(text: str, kind: str) -> None:
    source, recs = _records(text, kind)
    for r in recs:
        assert source[r["start"]:r["end"]] == r["text"]
        assert r["start"] < r["end"]
        if r["type"] == "quantity" and r["low"] is not None and r["high"] is not None:
            assert r["low"] <= r["high"]


@settings(max_examples=200, deadline=None)
@given(printed_numbers(), st.sampled_from(["Officials counted {} visitors.", "It cost {}.",
                                           "There were {} complaints last year."]))
def test_a_printed_number_parses_back_into_an_interval_containing_it(
        printed: tuple[str, float], sentence: str) -> None:
    surface, value = printed
    _, recs = _records(sentence.format(surface))
    qs = [r for r in recs if r["type"] == "quantity"]
    assert len(qs) == 1, (surface, [q["text"] for q in qs])
    q = qs[0]
    assert q["low"] <= value <= q["high"], (surface, q)


@settings(max_examples=300, deadline=None)
@given(st.one_of(newsy_text, st.text(max_size=300)))
def test_the_figure_layer_and_every_rule_take_any_text(text: str) -> None:
    """Relate and check never fail, and every link, relation and finding points at the text's figures."""
    from auditor.engine import audit
    from auditor.relate import relate

    doc = read_text(text)
    ex = extract(doc, as_of=dt.date(2024, 11, 1))
    rels = relate(doc, ex)
    figures = rels.figures.figures
    assert [f.q for f in figures] == list(ex.quantities)
    for link in rels.figures.links:
        assert 0 <= link.a < len(figures) and 0 <= link.b < len(figures) and link.a != link.b
    for rel in rels.all:
        assert all(q in ex.quantities for q in rel.quantities)
    for finding in audit(doc, as_of=dt.date(2024, 11, 1)).findings:
        assert all(doc.source[q.span[0]:q.span[1]] == q.text for q in finding.quantities)


def test_huge_exponents_and_zero_powers_give_no_figure_and_no_crash() -> None:
    """ "1e999999999" once built an exact huge integer (a hang) and "0^-1" divided by zero."""
    from auditor.engine import audit

    doc = read_text("x 1e999999999 y, then 0^-1 and 5 x 10^9999 and 2.5e3 tonnes.")
    a = audit(doc, as_of=dt.date(2024, 11, 1))
    assert [q.value for q in a.extraction.quantities] == [2500.0]


_HOSTILE = ["1e999999999", "0^-1", "5 x 10^9999", "-", "minus", "(", ")", "$(4.5)", "3 years ago",
            "Q1 5", "<!--", "<script", "12, 15 and 20 of the 40 seats,", "$5m (£3m; €4m)", "—",
            "of which", "a further", "up from", "%", "bn", "the remaining"]


@settings(max_examples=60, deadline=20000)  # a hang detector, not a speed target (bench has those)
@given(st.lists(st.sampled_from(_HOSTILE), min_size=1, max_size=6), st.integers(1, 300),
       st.sampled_from(["text", "markdown", "html"]))
def test_hostile_text_repeated_finishes_within_a_budget(parts: list[str], times: int, kind: str) -> None:
    """Exponents, powers, signs, repeated time phrases and unclosed markup, up to ~10 kB."""
    from auditor.engine import audit

    audit(read_text(" ".join(parts * times), kind=kind), as_of=dt.date(2024, 11, 1))
