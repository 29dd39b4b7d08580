"""Sentence segmentation."""

from __future__ import annotations

from auditor.segment import sentences


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


def test_a_headline_without_a_full_stop_is_its_own_sentence() -> None:
    text = "Desertions soar to 180,000\nIn October alone, 21,600 soldiers deserted."
    assert _texts(text) == ["Desertions soar to 180,000",
                            "In October alone, 21,600 soldiers deserted."]


def test_abbreviations_and_decimals_do_not_end_sentences() -> None:
    text = "Mr. Smith paid $3.5m on Jan. 4 to the U.S. firm. It rose 2.5%."
    assert _texts(text) == ["Mr. Smith paid $3.5m on Jan. 4 to the U.S. firm.", "It rose 2.5%."]


def test_hard_wrapped_lines_stay_in_one_sentence() -> None:
    text = ("Northbridge City Council expects to spend £412.6m in the financial year,\n"
            "up £18.2m, according to papers published on Tuesday.\n\nNext paragraph.")
    assert len(_texts(text)) == 2


def test_blank_lines_always_end_a_sentence() -> None:
    assert _texts("A heading\n\nbody text here") == ["A heading", "body text here"]
