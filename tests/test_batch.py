"""Batch runs: worker processes, a Dask cluster, the three tables and their exports."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import auditor
from auditor import batch
from auditor.cli import ExitCode, main
from auditor.export import ExportError, export, neutralise
from tests.conftest import SAMPLES

SEED = (SAMPLES / "desertion-figures.txt").read_text(encoding="utf-8")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def frames(result: batch.Result) -> dict[str, pd.DataFrame]:
    return {"files": result.files_frame(), "quantities": result.quantities_frame(),
            "findings": result.findings_frame()}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The sample articles, one unreadable file, and a nested folder."""
    root = tmp_path / "articles"
    shutil.copytree(SAMPLES, root)
    (root / "nested").mkdir()
    (root / "nested" / "short.txt").write_text("Sales rose 12% to 5,600 units in 2023.\n")
    (root / "broken.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    return root


def test_audit_text_gives_three_frames_with_the_seed_warning() -> None:
    result = auditor.audit_text(SEED)
    files, quantities, findings = frames(result).values()
    assert list(files["quantities"]) == [len(quantities)]
    assert findings.loc[0, "code"] == "RT01"
    assert findings.loc[0, "quantity_texts"] == "30,000 | 180,000"
    assert findings.loc[0, "expected_high"] == 300000.0
    q = quantities.set_index("text").loc["30,000"]
    assert (q["per"], q["qualifier"], q["kind"]) == ("month", "at_most", "rate")


def test_dtypes_are_the_same_for_an_empty_result_and_a_full_one() -> None:
    full, empty = frames(auditor.audit_text(SEED)), frames(auditor.audit_text("No figures here."))
    for name in full:
        assert full[name].dtypes.to_dict() == empty[name].dtypes.to_dict(), name
    assert empty["findings"].empty and empty["quantities"].empty
    assert str(full["quantities"]["value"].dtype) == "Float64"
    assert str(full["files"]["findings"].dtype) == "Int64"


def test_as_of_resolves_relative_periods() -> None:
    text = "Prices rose 4% last month."
    q = auditor.audit_text(text, as_of="2024-03-15").quantities_frame().iloc[0]
    assert (q["period_start"], q["period_end"]) == ("2024-02-01", "2024-02-29")


def test_workers_and_one_process_give_the_same_tables_in_sorted_order(folder: Path) -> None:
    one = frames(auditor.audit_paths([folder], jobs=1))
    two = frames(auditor.audit_paths([folder], jobs=2))
    for name in one:
        pd.testing.assert_frame_equal(one[name], two[name])
    paths = list(one["files"]["path"])
    assert paths == sorted(paths, key=lambda p: (Path(p).parent != folder, p))
    bad = one["files"].set_index("path").loc[str(folder / "broken.txt")]
    assert "UTF-8" in bad["error"] or "binary" in bad["error"]
    assert pd.isna(bad["quantities"])



def test_a_report_only_run_sends_back_findings_and_counts_not_quantities(folder: Path) -> None:
    full = {r.path: r.audit for r in batch.run([str(folder)], jobs=2) if r.audit}
    lean = {r.path: r.audit for r in batch.run([str(folder)], jobs=2, quantities=False) if r.audit}
    assert full.keys() == lean.keys()
    for path, a in lean.items():
        assert a.extraction.quantities == () and a.extraction.periods == ()
        assert a.quantity_count == len(full[path].extraction.quantities) > 0
        assert a.findings == full[path].findings
        assert [batch.rows(batch.FileResult(path, a))[2]] == \
            [batch.rows(batch.FileResult(path, full[path]))[2]]

def test_hidden_files_are_skipped_and_link_loops_end(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("It cost 5 dollars.\n")
    (tmp_path / "a" / ".hidden.txt").write_text("It cost 6 dollars.\n")
    (tmp_path / "a" / "b" / "loop").symlink_to(tmp_path / "a")
    (tmp_path / "again").symlink_to(tmp_path / "a")
    result = auditor.audit_paths([tmp_path], jobs=1)
    assert [Path(f["path"]).name for f in result.files] == ["x.txt"]
    code, out, _ = run("check", str(tmp_path), "--hidden", "--format", "json")
    assert sorted(Path(f["path"]).name for f in json.loads(out)["files"]) == [".hidden.txt", "x.txt"]


def test_xlsx_has_three_sheets_frozen_filtered_numeric_and_inert(tmp_path: Path,
                                                                 monkeypatch) -> None:
    from openpyxl import load_workbook

    monkeypatch.chdir(tmp_path)
    Path("=HYPERLINK(1+1).txt").write_text(SEED, encoding="utf-8")
    result = auditor.audit_paths(["=HYPERLINK(1+1).txt"], jobs=1)
    (written,) = export(frames(result), tmp_path / "out.xlsx")
    book = load_workbook(written)
    assert book.sheetnames == ["files", "quantities", "findings"]
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
    files = book["files"]
    assert files["A2"].value == "'=HYPERLINK(1+1).txt" and files["A2"].data_type == "s"
    quantities = list(book["quantities"].values)
    header = quantities[0]
    assert len(quantities) - 1 == len(result.quantities)
    value = header.index("value")
    values = [r[value] for r in quantities[1:] if r[value] is not None]
    assert values and all(isinstance(v, int | float) for v in values)
    assert book["quantities"].column_dimensions["A"].width > 10


def test_csv_writes_three_linked_files_and_parquet_round_trips(tmp_path: Path) -> None:
    tables = frames(auditor.audit_paths([SAMPLES], jobs=1))
    written = export(tables, tmp_path / "run.csv")
    assert [p.name for p in written] == ["run.files.csv", "run.quantities.csv",
                                         "run.findings.csv"]
    back = pd.read_csv(tmp_path / "run.quantities.csv")
    assert len(back) == len(tables["quantities"])
    assert set(back["path"]) <= set(tables["files"]["path"])
    for path in export(tables, tmp_path / "run.parquet"):
        name = path.name.split(".")[1]
        pd.testing.assert_frame_equal(pd.read_parquet(path), tables[name])


def test_neutralise_only_touches_formula_starts() -> None:
    assert [neutralise(v) for v in ("=1+1", "+44 20", "-5%", "@SUM", "5%", 3, None)] == [
        "'=1+1", "'+44 20", "'-5%", "'@SUM", "5%", 3, None]


def test_unknown_export_suffix_is_refused_before_the_run(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown export format"):
        export({}, tmp_path / "out.ods")
    code, out, err = run("check", str(SAMPLES), "--export", str(tmp_path / "out.ods"))
    assert code == ExitCode.INPUT_ERROR and out == ""
    assert err.count("\n") == 1 and "out.ods" in err


def test_cli_export_names_the_bad_file_and_keeps_the_rest(folder: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "audit.xlsx"
    code, out, err = run("check", str(folder), "--jobs", "2", "--format", "json",
                         "--export", str(target))
    assert code == ExitCode.INPUT_ERROR
    assert f"{folder / 'broken.txt'}: error:" in err
    doc = json.loads(out)
    book = load_workbook(target, read_only=True)
    rows = {name: len(list(book[name].values)) - 1 for name in book.sheetnames}
    assert rows["files"] == len(doc["files"]) + len(doc["errors"])
    assert rows["findings"] == doc["summary"]["findings"]
    assert rows["quantities"] == sum(f["quantities"] for f in doc["files"])


def test_interrupted_run_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    calls = []

    def interrupt(*args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return check_file(*args, **kwargs)

    check_file = batch.check_file
    monkeypatch.setattr(batch, "check_file", interrupt)
    with pytest.raises(KeyboardInterrupt):
        run("check", str(SAMPLES), "--jobs", "1", "--export", str(tmp_path / "out.xlsx"),
            "-o", str(tmp_path / "report.txt"))
    assert list(tmp_path.iterdir()) == []


def test_progress_line_counts_files_and_findings() -> None:
    out = io.StringIO()
    progress = batch.Progress(2, out)
    for text in (SEED, "Nothing to see."):
        progress(batch.FileResult("x", _audit(text)))
    line = out.getvalue().rsplit("\r\033[K", 1)[-1]
    assert line.startswith("2/2 files") and "1 findings" in line and line.endswith("\n")


def test_no_progress_line_when_stderr_is_not_a_terminal() -> None:
    _, _, err = run("check", str(SAMPLES), "--jobs", "1")
    assert "files  " not in err and "\r" not in err


def _audit(text: str):
    from auditor.engine import audit
    from auditor.read import read_text

    return audit(read_text(text, "x.txt"))


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c, distributed.Client(c) as client:
        yield c, client


@pytest.mark.slow
def test_dask_cluster_gives_the_same_tables_row_for_row(cluster, folder: Path) -> None:
    _, client = cluster
    local = frames(auditor.audit_paths([folder], jobs=1))
    remote = frames(auditor.audit_paths([folder], client=client))
    for name in local:
        assert len(local[name]) > 0
        pd.testing.assert_frame_equal(local[name], remote[name])


@pytest.mark.slow
def test_scheduler_option_runs_the_cli_on_the_cluster(cluster, folder: Path) -> None:
    c, _ = cluster
    local = run("check", str(folder), "--jobs", "1", "--format", "json")
    remote = run("check", str(folder), "--scheduler", c.scheduler_address, "--format", "json")
    assert remote == local and local[0] == ExitCode.INPUT_ERROR


def test_unreachable_scheduler_is_a_one_line_error() -> None:
    pytest.importorskip("distributed")
    code, out, err = run("check", str(SAMPLES), "--scheduler", "tcp://127.0.0.1:9")
    assert code == ExitCode.INPUT_ERROR and out == ""
    assert err.count("\n") == 1 and "tcp://127.0.0.1:9" in err


def test_output_clears_the_progress_line_before_it_is_written() -> None:
    terminal = io.StringIO()
    bar = batch.Progress(3, terminal)
    bar(batch.FileResult("a.txt", _audit(SEED)))
    stream = batch.AboveProgress(terminal, [bar])
    stream.write("a.txt:6:128: RT01\n")
    assert terminal.getvalue().endswith("1 findings\r\033[Ka.txt:6:128: RT01\n")
    stream.write("more\n")
    assert terminal.getvalue().endswith("RT01\nmore\n")


def test_streamed_parquet_in_small_row_groups_equals_the_frames(tmp_path: Path,
                                                                 monkeypatch) -> None:
    from auditor.export import Writer

    result = auditor.audit_paths([SAMPLES], jobs=1)
    monkeypatch.setattr(Writer, "BATCH", 7)
    with Writer(tmp_path / "s.parquet", batch.TABLES) as w:
        for name, rows in (("files", result.files), ("quantities", result.quantities),
                           ("findings", result.findings)):
            w.add(name, rows)
    assert w.rows["quantities"] == len(result.quantities) > 7
    back = pd.read_parquet(tmp_path / "s.quantities.parquet")
    pd.testing.assert_frame_equal(back, result.quantities_frame())


def test_an_abandoned_export_leaves_no_files(tmp_path: Path) -> None:
    from auditor.export import Writer

    w = Writer(tmp_path / "x.xlsx", batch.TABLES)
    w.add("files", [{"path": "a.txt", "quantities": 3}])
    w.abort()
    assert list(tmp_path.iterdir()) == []


def _dies_on_c(item):  # type: ignore[no-untyped-def]
    import os
    import time

    from auditor import batch

    if item[0].endswith("c.txt"):
        os._exit(1)  # a worker killed mid-run (out of memory, a signal)
    if item[0].endswith("b.txt"):
        time.sleep(0.3)  # still in hand in the other worker when c.txt stops its own
    return batch.check_file(item[0], item[2], item[1])


def test_a_killed_worker_names_its_file_and_the_rest_is_checked(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import multiprocessing

    from auditor import batch

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the stand-in worker function reaches workers only by fork")
    for name in "abcdefghij":
        (tmp_path / f"{name}.txt").write_text("Sales rose 5% to 105 from 100.\n", encoding="utf-8")
    monkeypatch.setattr(batch, "_check_pair", _dies_on_c)
    results = list(batch.run([str(tmp_path)], jobs=2))
    assert len(results) == 10
    broken = [r for r in results if r.error]
    assert [r.path.rsplit("/", 1)[1] for r in broken] == ["c.txt"]
    assert "worker process stopped" in (broken[0].error or "")
