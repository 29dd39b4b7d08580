"""Configuration in pyproject.toml: found, validated, and overridden by flags."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from auditor.check.rules import RULES
from auditor.cli import ExitCode, main
from auditor.config import Config, ConfigError, from_table

CODES = {r.code for r in RULES}
DRAFT = "Burglaries rose 22% last year to 1,310 from 1,190.\n\nOf the 517 staff, 630 said yes.\n"


def project(tmp_path: Path, table: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(f"[tool.auditor]\n{table}\n", encoding="utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.md").write_text(DRAFT, encoding="utf-8")
    return drafts


def check(*argv: str) -> tuple[int, dict | None, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--format", "json", *argv], stdout=out, stderr=err)
    return code, json.loads(out.getvalue()) if out.getvalue() else None, err.getvalue()


def found(doc: dict) -> set[str]:
    return {f["code"] for fr in doc["files"] for f in fr["findings"]}


def test_the_nearest_pyproject_is_found_by_walking_up(tmp_path: Path) -> None:
    drafts = project(tmp_path, 'ignore = ["CH"]')
    _, doc, _ = check(str(drafts))
    assert found(doc) == {"PW01"}


def test_flags_override_the_file(tmp_path: Path) -> None:
    drafts = project(tmp_path, 'ignore = ["CH"]\nfail-on = "never"')
    code, doc, _ = check("--ignore", "PW", str(drafts))
    assert found(doc) == {"CH01"} and code == ExitCode.OK
    code, _, _ = check("--fail-on", "error", str(drafts))
    assert code == ExitCode.FINDINGS


def test_longest_prefix_wins_and_per_file_ignores_use_globs(tmp_path: Path) -> None:
    drafts = project(tmp_path, 'select = ["ALL"]\nignore = ["C"]\nextend-select = ["CH01"]\n'
                               '[tool.auditor.per-file-ignores]\n"drafts/*.md" = ["PW01"]')
    _, doc, _ = check(str(drafts))
    assert found(doc) == {"CH01"}


def test_include_and_exclude_filter_walked_folders(tmp_path: Path) -> None:
    drafts = project(tmp_path, 'exclude = ["*/a.md"]')
    (drafts / "b.md").write_text("Thefts rose 40% to 920 from 840.\n", encoding="utf-8")
    _, doc, _ = check(str(drafts))
    assert [Path(f["path"]).name for f in doc["files"]] == ["b.md"]


@pytest.mark.parametrize(("table", "message"), [
    ("colour = true", "unknown key 'colour' @ tool.auditor"),
    ('select = "CH01"', "expected a list of strings @ tool.auditor.select"),
    ('ignore = ["XX99"]', "unknown rule code 'XX99' @ tool.auditor.ignore"),
    ('fail-on = "loud"', "@ tool.auditor.fail-on"),
    ("tolerance = 2", "expected a number from 0 to 1 @ tool.auditor.tolerance"),
    ('as-of = "soon"', "expected a date as YYYY-MM-DD @ tool.auditor.as-of"),
    ("[tool.auditor.per-file-ignores]\n'x' = 3", "@ tool.auditor.per-file-ignores.x"),
])
def test_bad_configuration_is_one_line_naming_the_key(tmp_path: Path, table: str,
                                                      message: str) -> None:
    drafts = project(tmp_path, table)
    code, doc, err = check(str(drafts))
    assert code == ExitCode.INPUT_ERROR and doc is None
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_an_unknown_code_on_the_command_line_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = check("--select", "ZZ", str(project(tmp_path, "")))
    assert code == ExitCode.INPUT_ERROR and "--select" in err


def test_defaults_select_everything() -> None:
    cfg = Config()
    assert all(cfg.enabled(c) for c in CODES)
    with pytest.raises(ConfigError):
        from_table({"select": ["ALL", 5]}, CODES)


def test_tolerance_widens_every_comparison(tmp_path: Path) -> None:
    drafts = project(tmp_path, "tolerance = 0.2")
    (drafts / "a.md").write_text("Burglaries rose 12.5% last year to 1,310 from 1,190.\n",
                                 encoding="utf-8")
    assert found(check(str(drafts))[1]) == set()
    assert found(check("--config", str(tmp_path / "missing.toml"), str(drafts))[1] or
                 {"files": []}) == set()
    (tmp_path / "pyproject.toml").write_text("[tool.auditor]\n", encoding="utf-8")
    assert found(check(str(drafts))[1]) == {"CH01"}


def test_a_syntax_error_in_the_auditor_table_is_an_error_naming_the_file(tmp_path: Path) -> None:
    """A broken [tool.auditor] must not silently drop the configuration (and exit 0 in CI)."""
    (tmp_path / "pyproject.toml").write_text('[tool.auditor\nfail-on = "warning"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Sales rose 5% to 105 from 100.\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", str(tmp_path / "a.txt")], stdout=out, stderr=err) == ExitCode.INPUT_ERROR
    assert "pyproject.toml: invalid TOML" in err.getvalue() and "line 1" in err.getvalue()
    assert err.getvalue().count("\n") == 1
