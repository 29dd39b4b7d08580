"""Sentence segmentation."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(("text", "headline"), [
    ("Bakery chain to shut 40 shops Greggson's Bakeries, the county's largest baker, will close "
     "40 of its 210 shops.", "Bakery chain to shut 40 shops"),
    ("Council 'must cut 300 posts' The council has been told to cut 300 posts by April.",
     "Council 'must cut 300 posts'"),
    ("Port traffic falls for third year Harbour officials said traffic fell again in 2024.",
     "Port traffic falls for third year"),
])
def test_a_headline_run_into_the_first_sentence_is_split_off(text: str, headline: str) -> None:
    assert _texts(text)[0] == headline


@pytest.mark.parametrize("text", [
    "The new Riverside campus will have 1,260 places for pupils.",
    "Stocks have fallen from 81% on 1 June to 58% on 10 August, a drop of 2.3 points a week.",
    "Of the 2.21 million patients who attended A&E in England in January, 1.57 million, or 71%, "
    "were seen within four hours.",
    "Twice as many pupils in the county sat GCSE computer science this summer as in 2015.",
])
def test_a_first_sentence_with_a_capitalised_name_keeps_its_opening(text: str) -> None:
    assert _texts(text) == [text]


def test_a_headline_does_not_end_between_a_figure_and_its_acronym() -> None:
    from auditor.segment import sentences

    text = "Sixty of the 80 MPs who voted backed the motion. The rest abstained."
    assert [text[s.start:s.end] for s in sentences(text)][0] == "Sixty of the 80 MPs who voted backed the motion."
