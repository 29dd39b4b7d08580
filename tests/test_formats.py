"""Every output format of `auditor check`, against golden files, and SARIF against its schema."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from auditor.check.rules import RULES
from auditor.cli import FORMATS, ExitCode, main
from tests.conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"
INPUTS = ["sample_articles/desertion-figures.txt", "tests/fixtures/draft.md"]


def check(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("fmt", FORMATS)
def test_format_matches_its_golden_file(fmt: str) -> None:
    """Set UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change."""
    _, out, _ = check("--format", fmt, "--color", "never", *INPUTS)
    golden = GOLDEN / f"check.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_sarif_validates_against_the_official_schema(shared: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text())
    _, out, _ = check("--format", "sarif", *INPUTS)
    log = json.loads(out)
    jsonschema.validate(log, schema)
    assert {r["ruleId"] for r in log["runs"][0]["results"]} == {"RT01", "PW02", "CH01"}
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) == len(RULES)


def test_exit_codes_follow_fail_on() -> None:
    assert check("--fail-on", "never", *INPUTS)[0] == ExitCode.OK
    assert check(*INPUTS)[0] == ExitCode.FINDINGS
    assert check("--fail-on", "error", INPUTS[0])[0] == ExitCode.OK
    assert check("--fail-on", "warning", INPUTS[0])[0] == ExitCode.FINDINGS


def test_inline_suppressions_silence_and_unused_ones_are_reported(tmp_path: Path) -> None:
    _, out, _ = check("--format", "json", INPUTS[1])
    doc = json.loads(out)["files"][0]
    assert {f["code"] for f in doc["findings"]} == {"PW02", "CH01"}
    assert doc["suppressed"] == 1
    assert [u["directive"] for u in doc["unused_suppressions"]] == ["ignore[PW01]"]
    code, text, _ = check("--report-unused-suppressions", "--fail-on", "never", INPUTS[1])
    assert "unused suppression ignore[PW01]" in text and code == ExitCode.OK


def test_disable_and_enable_blocks(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("<!-- auditor: disable CH01 -->\nSales rose 22% to 1,310 from 1,190.\n"
                 "<!-- auditor: enable -->\nThefts rose 22% to 1,310 from 1,190.\n",
                 encoding="utf-8")
    doc = json.loads(check("--format", "json", str(p))[1])["files"][0]
    assert [f["line"] for f in doc["findings"]] == [4]


def test_plain_text_uses_percent_comment_lines(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("%% auditor: ignore[CH01]\nSales rose 22% to 1,310 from 1,190.\n", encoding="utf-8")
    assert json.loads(check("--format", "json", str(p))[1])["summary"]["findings"] == 0


def test_baseline_hides_known_findings_but_not_new_ones(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Burglaries rose 22% last year to 1,310 from 1,190.\n", encoding="utf-8")
    base = tmp_path / "baseline.json"
    assert check("--write-baseline", str(base), str(draft))[0] == ExitCode.OK
    draft.write_text("A new opening line.\n\nBurglaries rose 22% last year to 1,310 from 1,190."
                     "\n\nThefts rose 40% to 920 from 840.\n", encoding="utf-8")
    doc = json.loads(check("--format", "json", "--baseline", str(base), str(draft))[1])
    assert [f["line"] for f in doc["files"][0]["findings"]] == [5]


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    check("--format", "sarif", "-o", str(target), *INPUTS)
    assert json.loads(target.read_text())["version"] == "2.1.0"
    assert [p.name for p in tmp_path.iterdir()] == ["report.sarif"]


def test_rules_and_explain() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["rules"], stdout=out) == ExitCode.OK
    assert out.getvalue().count("\n") == len(RULES) + 1 and "MG01   magnitude-slip" in out.getvalue()
    out = io.StringIO()
    assert main(["explain", "pw02"], stdout=out) == ExitCode.OK
    assert "Flagged:" in out.getvalue() and "Fine:" in out.getvalue()
    assert main(["explain", "XX99"], stdout=io.StringIO(), stderr=err) == ExitCode.INPUT_ERROR
