"""Written outputs get the mode a plain open() would give them; bad scheduler addresses are one line."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from auditor.cli import ExitCode, main
from tests.conftest import ROOT

SEED = str(ROOT / "sample_articles" / "desertion-figures.txt")


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_reports_exports_and_baselines_follow_the_umask(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        for extra in (["--format", "sarif", "-o", str(tmp_path / "r.sarif"), "--export", str(tmp_path / "a.csv")],
                      ["--write-baseline", str(tmp_path / "b.json")]):
            argv = ["check", SEED, "--fail-on", "never", *extra]
            assert main(argv, stdout=io.StringIO(), stderr=io.StringIO()) == ExitCode.OK
    finally:
        os.umask(old)
    written = [p for p in tmp_path.iterdir()]
    assert {p.name for p in written} >= {"r.sarif", "b.json", "a.files.csv"}
    assert all(_mode(p) == 0o666 & ~umask for p in written)


def test_a_replaced_report_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o640)
    argv = ["check", SEED, "--fail-on", "never", "--format", "json", "-o", str(target)]
    assert main(argv, stdout=io.StringIO(), stderr=io.StringIO()) == ExitCode.OK
    assert _mode(target) == 0o640 and target.read_text(encoding="utf-8") != "{}"


@pytest.mark.slow
@pytest.mark.parametrize("address", ["notaurl", "tcp://127.0.0.1:1"])
def test_a_bad_scheduler_address_is_one_line_and_exit_two(address: str) -> None:
    pytest.importorskip("dask.distributed")
    err = io.StringIO()
    assert main(["check", "--scheduler", address, SEED], stdout=io.StringIO(), stderr=err) == \
        ExitCode.INPUT_ERROR
    assert err.getvalue().count("\n") == 1 and "Traceback" not in err.getvalue()


@pytest.mark.parametrize("flag", ["-o", "--write-baseline"])
@pytest.mark.parametrize("where", ["folder", "missing"])
def test_an_unusable_output_target_is_one_line_and_exit_two_before_the_run(
        tmp_path: Path, flag: str, where: str) -> None:
    target = tmp_path if where == "folder" else tmp_path / "no" / "such" / "x.json"
    err = io.StringIO()
    code = main(["check", SEED, flag, str(target)], stdout=io.StringIO(), stderr=err)
    assert code == ExitCode.INPUT_ERROR and err.getvalue().count("\n") == 1
    assert err.getvalue().startswith(f"auditor: error: {flag} ")


def test_control_characters_in_text_and_paths_do_not_break_xlsx_or_junit(tmp_path: Path) -> None:
    """Word's vertical-tab line break in a draft and an ESC in a file name stay out of the XML."""
    import xml.dom.minidom

    pytest.importorskip("openpyxl")
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a\x1bb.txt").write_text("The council spent \x0b£5m (€6m) on roads\x1b.\n", encoding="utf-8")
    out = io.StringIO()
    argv = ["check", str(folder), "--format", "junit", "--fail-on", "never",
            "--export", str(tmp_path / "r.xlsx")]
    assert main(argv, stdout=out, stderr=io.StringIO()) == ExitCode.OK
    xml.dom.minidom.parseString(out.getvalue())
    assert (tmp_path / "r.xlsx").stat().st_size > 0


def test_a_baseline_holds_whether_paths_are_typed_relative_or_absolute(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'site'\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text("Thefts rose 15% last year to 920 from 840.\n",
                                               encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    base = tmp_path / "base.json"
    assert main(["check", "drafts/a.txt", "--write-baseline", str(base)],
                stdout=io.StringIO(), stderr=io.StringIO()) == ExitCode.OK  # a baseline run passes
    assert '"' in base.read_text(encoding="utf-8")  # one fingerprint recorded
    out = io.StringIO()
    assert main(["check", str(tmp_path / "drafts" / "a.txt"), "--baseline", str(base)],
                stdout=out, stderr=io.StringIO()) == ExitCode.OK
    assert "0 errors" in out.getvalue()


@pytest.mark.slow
def test_sigterm_removes_the_half_written_export_like_ctrl_c(tmp_path: Path) -> None:
    """A SIGTERM mid-run (CI cancelling a job) leaves no output and no hidden temporary file."""
    import signal
    import subprocess
    import sys
    import time

    (tmp_path / "slow.txt").write_text("$5m (£3m; €4m) " * 40000, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "auditor", "check", str(tmp_path / "slow.txt"),
                             "--export", str(tmp_path / "out.csv"), "--format", "json"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while not any(p.name.startswith(".out") for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "interrupted" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["slow.txt"]
