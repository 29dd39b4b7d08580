"""Reading files: decoding, mojibake repair, markup stripping, and the offset guarantee."""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.read import InputError, read_bytes, read_text
from tests.conftest import extract_text


def test_mojibake_pound_is_repaired_but_offsets_point_into_the_file() -> None:
    source = "Profits rose to Â£200m this year."
    doc = read_text(source)
    assert "£200m" in doc.text
    start = doc.text.index("£200m")
    s, e = doc.span(start, start + len("£200m"))
    assert source[s:e] == "Â£200m"


def test_repaired_money_is_extracted_with_its_original_surface() -> None:
    recs = extract_text("The deal was worth Â£4.5bn, or â‚¬5.2bn.")
    money = [r for r in recs if r["type"] == "quantity"]
    assert [(r["text"], r["unit"], r["value"]) for r in money] == [
        ("Â£4.5bn", "GBP", 4_500_000_000), ("â‚¬5.2bn", "EUR", 5_200_000_000)]


def test_markdown_front_matter_sets_the_as_of_date_and_is_not_extracted() -> None:
    doc = read_text("---\ndate: 2024-11-01\nid: 42\n---\nSome 12 cats.\n", kind="markdown")
    assert doc.as_of == dt.date(2024, 11, 1)
    assert "42" not in doc.text
    assert len(doc.text) == len(doc.source)


def test_markdown_markup_is_blanked_in_place() -> None:
    source = "## Costs\n\n* **£3m** for [roads](http://x.org/2024/5)\n"
    doc = read_text(source, kind="markdown")
    assert len(doc.text) == len(source)
    assert "2024" not in doc.text and "£3m" in doc.text
    assert doc.text.index("£3m") == source.index("£3m")


def test_html_entities_are_decoded_with_offsets_into_the_markup() -> None:
    source = "<p>It cost &pound;4.2bn &amp; took <b>3</b> years.</p>"
    recs = extract_text(source, kind="html")
    money = next(r for r in recs if r["type"] == "quantity" and r["kind"] == "money")
    assert money["text"] == "&pound;4.2bn"
    assert source[money["start"]:money["end"]] == money["text"]
    years = next(r for r in recs if r["kind"] == "duration")
    assert source[years["start"]:years["end"]].startswith("3</b> years")


def test_a_leading_bom_is_not_counted() -> None:
    doc = read_bytes("\ufeff12 apples".encode())
    assert doc.source == "12 apples"


@pytest.mark.parametrize(("data", "message"), [
    (b"\x00\x01\x02binary", "binary"),
    (b"\xff\xfe\x00\x00binary", "binary"),
    (bytes(range(1, 32)) * 50, "binary"),
])
def test_unreadable_bytes_raise_a_one_line_input_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        read_bytes(data)
    assert "\n" not in str(info.value)


def test_plain_text_comment_lines_are_not_read_as_article_text() -> None:
    doc = read_text("%% expect: 99 things\nReal 12 words.\n")
    assert "99" not in doc.text and "12" in doc.text


def test_special_files_are_refused_without_reading_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A FIFO named *.txt would block and a link to /dev/zero would never end: both are refused."""
    import os
    from pathlib import Path

    from auditor.read import read_path

    fifo = Path(tmp_path) / "pipe.txt"
    os.mkfifo(fifo)
    zero = Path(tmp_path) / "zero.txt"
    zero.symlink_to("/dev/zero")
    for p in (fifo, zero):
        with pytest.raises(InputError, match="not a regular file"):
            read_path(p)


def test_one_bad_directive_is_reported_and_the_good_ones_still_count() -> None:
    """A typo in one suppression must not cancel the file's other suppressions."""
    from auditor.engine import audit

    text = ("Thefts rose 15% last year to 920 from 840.\n%% auditor: ignore[CH01]\n"
            "Burglaries rose 22% to 1,310 from 1,190.\n%% auditor: frobnicate\n")
    doc = read_text(text, "draft.txt")
    assert len(doc.suppressions) == 1 and doc.problems == [
        "line 4: unknown auditor directive 'frobnicate' (expected ignore[CODES], disable CODES or enable)"]
    a = audit(doc, as_of=dt.date(2024, 11, 1))
    assert [f.code for f in a.findings] == ["CH01"] and a.suppressed == 1


def test_a_symlink_loop_as_the_first_path_is_one_line_and_the_rest_is_checked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import io
    from pathlib import Path

    from auditor.cli import ExitCode, main

    a, b = Path(tmp_path) / "a.txt", Path(tmp_path) / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    (Path(tmp_path) / "c.txt").write_text("Sales rose 5% to 105 from 100.\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", str(a), str(Path(tmp_path) / "c.txt")], stdout=out, stderr=err)
    assert code == ExitCode.INPUT_ERROR and err.getvalue().count("\n") == 1
    assert "1 file checked" in out.getvalue()


def test_kind_accepts_short_names_and_refuses_unknown_ones() -> None:
    """audit_text(kind="md") once read Markdown as plain text without a word."""
    doc = read_text("---\ndate: 2024-05-01\n---\n**Sales** rose 5%.\n", kind="md")
    assert doc.as_of == dt.date(2024, 5, 1) and "**" not in doc.text
    with pytest.raises(ValueError, match="unknown kind 'docx'"):
        read_text("x", kind="docx")


@pytest.mark.parametrize(("data", "encoding"), [
    ("The council’s £96m plan.\n".encode("cp1252"), "windows-1252"),
    (b"\xff\xfe" + "The council’s £96m plan.\n".encode("utf-16-le"), "utf-16-le"),
    (b"\xfe\xff" + "The council’s £96m plan.\n".encode("utf-16-be"), "utf-16-be"),
    ("The council’s £96m plan.\n".encode(), "utf-8"),
])
def test_files_from_windows_editors_are_read_and_say_their_encoding(data: bytes, encoding: str) -> None:
    doc = read_bytes(data, "draft.txt")
    assert doc.encoding == encoding and doc.source == "The council’s £96m plan.\n"
    assert [r["text"] for r in extract_text(doc.source) if r["type"] == "quantity"] == ["£96m"]
