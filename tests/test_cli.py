"""The command line, run in-process: formats, exit codes and bad input."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from auditor.cli import ExitCode, main
from tests.conftest import SAMPLES


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_jsonl_is_one_record_per_line_with_every_contract_field() -> None:
    code, out, _ = run("extract", "--format", "jsonl", str(SAMPLES / "desertion-figures.txt"))
    assert code == ExitCode.OK
    recs = [json.loads(line) for line in out.splitlines()]
    q = next(r for r in recs if r["text"] == "30,000")
    for field in ("doc", "id", "type", "start", "end", "line", "column", "kind", "value", "low",
                  "high", "qualifier", "unit", "entity", "event", "change", "per",
                  "period_start", "period_end", "period_text", "source", "sentence"):
        assert field in q
    assert (q["kind"], q["qualifier"], q["per"], q["entity"]) == ("rate", "at_most", "month",
                                                                   "soldier")


def test_the_seed_article_reads_as_the_editor_expects() -> None:
    _, out, _ = run("extract", "--format", "jsonl", str(SAMPLES / "desertion-figures.txt"))
    recs = {r["text"]: r for r in map(json.loads, out.splitlines())}
    assert recs["180,000"]["qualifier"] == "approx"
    assert (recs["160,000"]["qualifier"], recs["160,000"]["entity"]) == ("above", "case")
    assert (recs["October"]["period_start"], recs["October"]["period_end"]) == (
        "2024-10-01", "2024-10-31")
    assert recs["the start of 2024"]["type"] == "period"
    assert not [r for r in recs.values() if r["type"] == "quantity" and "2024" in r["text"]]


def test_csv_and_table_formats_cover_the_same_records() -> None:
    path = str(SAMPLES / "quarterly-results.txt")
    _, out_jsonl, _ = run("extract", "--format", "jsonl", path)
    _, out_csv, _ = run("extract", "--format", "csv", path)
    _, out_table, _ = run("extract", path)
    rows = list(csv.DictReader(io.StringIO(out_csv)))
    assert len(rows) == len(out_jsonl.splitlines())
    assert "$6.5 million" in out_table and "quarterly-results.txt" in out_table


def test_folders_are_walked_in_sorted_order() -> None:
    _, out, _ = run("extract", "--format", "jsonl", str(SAMPLES))
    docs = [json.loads(line)["doc"] for line in out.splitlines()]
    names = list(dict.fromkeys(Path(d).name for d in docs))
    assert names == sorted(names) and len(names) >= 9


def test_bad_files_get_one_line_each_and_the_rest_are_still_processed(tmp_path: Path) -> None:
    (tmp_path / "a-good.txt").write_text("Prices rose 12% in 2024.\n", encoding="utf-8")
    (tmp_path / "b-binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "c-latin1.txt").write_bytes(b"caf\xe9 costs \xa33")
    (tmp_path / "d-empty.txt").write_text("", encoding="utf-8")
    big = tmp_path / "e-huge.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (tmp_path / "f-dir.md").mkdir()
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "g-broken.txt")
    code, out, err = run("extract", "--format", "jsonl", str(tmp_path),
                         str(tmp_path / "missing.txt"))
    assert code == ExitCode.INPUT_ERROR
    lines = err.splitlines()
    assert len(lines) == 4, err
    for name in ("b-binary.txt", "e-huge.txt", "g-broken.txt", "missing.txt"):
        assert any(name in line and "error" in line for line in lines), name
    assert "Traceback" not in err
    # A Windows-1252 file is read, not refused: "caf\xe9 costs \xa33" is "café costs £3".
    assert {json.loads(line)["text"] for line in out.splitlines()} == {"12%", "2024", "£3"}


def test_unknown_options_and_bad_dates_are_usage_errors() -> None:
    assert run("extract", "--format", "xml", "x.txt")[0] == ExitCode.INPUT_ERROR
    code, _, err = run("extract", "--as-of", "yesterday", "x.txt")
    assert code == ExitCode.INPUT_ERROR and "YYYY-MM-DD" in err


def test_as_of_flag_overrides_the_inferred_date(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Sales fell last month.", encoding="utf-8")
    _, out, _ = run("extract", "--format", "jsonl", "--as-of", "2020-03-15", str(p))
    rec = json.loads(out.splitlines()[0])
    assert (rec["period_start"], rec["period_end"]) == ("2020-02-01", "2020-02-29")


@pytest.mark.slow
def test_python_dash_m_runs_the_command_line() -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "auditor", "extract", "--format", "jsonl",
                        str(SAMPLES / "desertion-figures.txt")], capture_output=True, text=True,
                       check=False)
    assert r.returncode == 0 and '"30,000"' in r.stdout


def test_check_reports_the_seed_article_finding_with_its_arithmetic() -> None:
    code, out, _ = run("check", str(SAMPLES / "desertion-figures.txt"))
    assert code == ExitCode.OK  # a warning does not fail at the default --fail-on error
    assert "RT01 rate-times-period-mismatch [warning]" in out
    assert "30,000/month × 10 months (Jan–Oct 2024) = up to 300,000" in out
    assert "~180,000 (175,000–185,000)" in out
    assert "Valery Gerasimov" in out and "Die Welt" in out
    assert "160,000" not in out and "11,000" not in out


def test_check_json_follows_the_versioned_contract() -> None:
    code, out, _ = run("check", "--format", "json", "--fail-on", "warning",
                       str(SAMPLES / "desertion-figures.txt"))
    assert code == ExitCode.FINDINGS
    doc = json.loads(out)
    assert doc["version"] == 1
    (f,) = doc["files"][0]["findings"]
    assert (f["code"], f["name"], f["severity"]) == ("RT01", "rate-times-period-mismatch",
                                                      "warning")
    assert {q["text"] for q in f["quantities"]} == {"30,000", "180,000"}
    assert f["observed"] == {"low": 175000, "high": 185000}
    assert doc["files"][0]["as_of"] == "2024-11-01"
    assert doc["summary"] == {"files": 1, "findings": 1, "errors": 0, "warnings": 1, "info": 0}


def test_check_on_consistent_drafts_is_quiet_and_exits_zero() -> None:
    paths = [str(p) for p in sorted(SAMPLES.iterdir()) if p.name != "desertion-figures.txt"]
    code, out, err = run("check", *paths)
    assert (code, err) == (ExitCode.OK, "")
    assert out.strip().endswith("relations verified")
    assert "[error]" not in out and "[warning]" not in out


def test_check_bad_input_is_exit_two_and_other_files_still_checked(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    code, out, err = run("check", "--format", "json", str(tmp_path / "bad.txt"),
                         str(SAMPLES / "desertion-figures.txt"))
    assert code == ExitCode.INPUT_ERROR
    assert "bad.txt: error:" in err
    doc = json.loads(out)
    assert len(doc["files"]) == 1 and doc["errors"][0]["path"].endswith("bad.txt")


def test_standard_input_is_checked_as_dash_or_under_stdin_filename(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Editors and pipelines pipe drafts in; --stdin-filename names them and picks Markdown."""
    draft = b"# Title\n\n**Thefts** rose 15% last year to 920 from 840.\n"
    out = io.StringIO()
    assert main(["check", "-"], stdout=out, stderr=io.StringIO(), stdin=io.BytesIO(draft)) == \
        ExitCode.FINDINGS
    assert out.getvalue().startswith("-:3:")
    out = io.StringIO()
    assert main(["check", "-", "--stdin-filename", "drafts/a.md"], stdout=out, stderr=io.StringIO(),
                stdin=io.BytesIO(draft)) == ExitCode.FINDINGS
    assert out.getvalue().startswith("drafts/a.md:3:17: CH01")
