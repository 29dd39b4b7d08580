"""The command line: `auditor extract`, `check`, `rules` and `explain`."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO, TypeVar

from auditor import __version__

if TYPE_CHECKING:
    from auditor import batch
    from auditor.config import Config
    from auditor.engine import Audit
    from auditor.export import Writer
    from auditor.read import Document

T = TypeVar("T")
FORMATS = ("text", "json", "jsonl", "sarif", "github", "junit")


class ExitCode(IntEnum):
    """Process exit status, as documented in the README."""

    OK = 0
    FINDINGS = 1
    INPUT_ERROR = 2
    INTERNAL_ERROR = 3


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {s!r}") from None


def _jobs(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive number of jobs: {s!r}")
    return n


def _codes(s: str) -> list[str]:
    return [c.strip() for c in s.split(",") if c.strip()]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="auditor", description="A linter for the arithmetic in prose.")
    parser.add_argument("--version", action="version", version=f"auditor {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ex = sub.add_parser("extract", help="print every figure, rate and period as a typed record",
                        description="Print every figure, rate and period as a typed record.")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .md, .html)")
    ex.add_argument("--format", choices=("jsonl", "csv", "table"), default="table",
                    help="output format (default: table)")
    _as_of_option(ex)
    ck = sub.add_parser("check", help="report figures that cannot all be true",
                        description="Report figures that cannot all be true, with the arithmetic.")
    ck.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .md, .html)")
    ck.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    ck.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                    help="exit 1 when a finding is at least this severe (default: error)")
    ck.add_argument("--config", type=Path, metavar="FILE",
                    help="pyproject.toml to read [tool.auditor] from (default: the nearest one)")
    ck.add_argument("--select", type=_codes, metavar="CODES", help="rule codes or prefixes to run")
    ck.add_argument("--extend-select", type=_codes, metavar="CODES", help="add to the selection")
    ck.add_argument("--ignore", type=_codes, metavar="CODES", help="rule codes or prefixes to skip")
    ck.add_argument("--report-unused-suppressions", action="store_true",
                    help="report suppression comments that silenced nothing")
    ck.add_argument("--baseline", type=Path, metavar="FILE",
                    help="report only findings that are not in this baseline")
    ck.add_argument("--write-baseline", type=Path, metavar="FILE",
                    help="record the current findings as the baseline and exit 0")
    ck.add_argument("-o", "--output", type=Path, metavar="FILE",
                    help="write the report to FILE (atomically) instead of standard output")
    ck.add_argument("--hidden", action="store_true",
                    help="also check files and folders whose names start with a dot")
    ck.add_argument("-j", "--jobs", type=_jobs, metavar="N",
                    help="worker processes (default: the number of CPUs)")
    ck.add_argument("--export", type=Path, metavar="PATH",
                    help="also write the files, quantities and findings tables "
                         "(.csv: three files, .xlsx: three sheets, .parquet: three files)")
    ck.add_argument("--scheduler", metavar="ADDRESS",
                    help="run on a Dask cluster, e.g. tcp://10.0.0.5:8786 (needs auditor[dask])")
    ck.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                    help="colour the text format (default: only on a terminal)")
    _as_of_option(ck)
    sub.add_parser("rules", help="list the rules", description="List the rule catalogue.")
    exp = sub.add_parser("explain", help="show a rule's documentation",
                         description="Show a rule's documentation with its examples.")
    exp.add_argument("code", metavar="CODE")
    return parser


def _as_of_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD",
                   help="resolve relative dates against this day (default: the document's "
                        "front matter date, else inferred from the text)")
    p.add_argument("--stdin-filename", metavar="NAME",
                   help="the name to report standard input (PATH '-') by; its suffix picks Markdown or "
                        "HTML, and config and per-file ignores apply to it")


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None,
         stderr: TextIO | None = None, stdin: BinaryIO | None = None) -> int:
    """Run the command line; return an exit code instead of exiting."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as e:
        return ExitCode.INPUT_ERROR if e.code else ExitCode.OK
    if "-" in getattr(args, "paths", ()):  # a draft piped in, as ruff, flake8 and Vale read it
        from auditor.files import register_stdin
        from auditor.read import MAX_BYTES

        name = args.stdin_filename or "-"
        register_stdin(name, (stdin or sys.stdin.buffer).read(MAX_BYTES + 1))
        args.paths = [name if p == "-" else p for p in args.paths]
    run = _Run(err)
    if args.command == "extract":
        _extract(args, out, run)
    elif args.command == "check":
        _check(args, out, run)
    elif args.command == "rules":
        _rules(out)
    else:
        return _explain(args.code, out, err)
    return run.code


class _Run:
    """Per-file processing that reports bad input in one line and keeps going."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.code = ExitCode.OK
        self.errors: list[dict[str, str]] = []

    def fail(self, path: str, message: str, code: ExitCode = ExitCode.INPUT_ERROR) -> None:
        kind = "internal error" if code == ExitCode.INTERNAL_ERROR else "error"
        self.err.write(f"{path}: {kind}: {message}\n")
        self.errors.append({"path": path, "error": message})
        self.code = max(self.code, code)

    def each(self, paths: list[str], work: Callable[[Document], T],
             wanted: Callable[[str], bool] | None = None) -> Iterator[T]:
        """``work`` applied to each readable document; failures are reported, not raised."""
        from auditor.files import collect, process

        for path, problem in collect(paths, wanted):
            result, problems, internal = process(path, problem, work)
            for message in problems:
                self.fail(path, message, ExitCode.INTERNAL_ERROR if internal else ExitCode.INPUT_ERROR)
            if result is not None:
                yield result


def _extract(args: argparse.Namespace, out: TextIO, run: _Run) -> None:
    from auditor.extract import extract
    from auditor.report import extract_formats as fmt
    from auditor.report.records import records

    writer = {"jsonl": fmt.write_jsonl, "table": fmt.write_table}.get(args.format)
    if writer is None:
        writer = fmt.CsvWriter(out)
    for recs in run.each(args.paths, lambda doc: records(doc, extract(doc, as_of=args.as_of))):
        writer(out, recs)


_SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1, "never": 99}


def _config(args: argparse.Namespace) -> Config:
    """Settings from the config file, with command-line flags on top."""
    from dataclasses import replace

    from auditor import config
    from auditor.check.rules import RULES

    codes = {r.code for r in RULES}
    cfg = config.load(args.config or config.find_pyproject(args.paths), codes)
    for flag in ("select", "extend_select", "ignore"):
        values = getattr(args, flag)
        if values is None:
            continue
        bad = [c for c in values if c != "ALL" and not any(k.startswith(c) for k in codes)]
        if bad:
            raise config.ConfigError(f"unknown rule code {bad[0]!r} @ --{flag.replace('_', '-')}")
        if flag == "select":
            cfg = replace(cfg, select=tuple(values))
        elif flag == "extend_select":
            cfg = replace(cfg, extend_select=tuple(values))
        else:
            cfg = replace(cfg, ignore=tuple(values))
    if args.fail_on:
        cfg = replace(cfg, fail_on=args.fail_on)
    if args.as_of:
        cfg = replace(cfg, as_of=args.as_of)
    return cfg


def _check(args: argparse.Namespace, out: TextIO, run: _Run) -> None:
    from auditor import batch
    from auditor.config import ConfigError
    from auditor.engine import fingerprint
    from auditor.read import InputError

    try:
        cfg = _config(args)
        for flag, target in (("-o", args.output), ("--write-baseline", args.write_baseline)):
            _writable(flag, target)
        baseline = _read_baseline(args.baseline) if args.baseline else None
        client = batch.connect(args.scheduler) if args.scheduler else None
    except (ConfigError, InputError) as e:
        run.err.write(f"auditor: error: {e}\n")
        run.code = ExitCode.INPUT_ERROR
        return
    table = _open_export(args.export, run) if args.export else None
    if args.export and table is None:
        if client is not None:
            client.close()
        return
    bars: list[batch.Progress] = []
    terminal = run.err

    def progress(total: int) -> batch.Progress:
        bars.append(batch.Progress(total, terminal))
        return bars[-1]

    show_progress = _is_terminal(run.err) and not os.environ.get("CI")
    if show_progress:
        run.err = batch.AboveProgress(run.err, bars)  # type: ignore[assignment]
        if _is_terminal(out):
            out = batch.AboveProgress(out, bars)  # type: ignore[assignment]
    tally = _Tally(_SEVERITY_RANK[cfg.fail_on])

    def audits() -> Iterator[Audit]:
        """Each file's audit as it arrives; only counts and table rows are kept."""
        try:
            for r in batch.run(args.paths, cfg, jobs=args.jobs, client=client, hidden=args.hidden,
                               progress=progress if show_progress else None,
                               quantities=table is not None):
                for message in r.problems:
                    run.fail(r.path, message,
                             ExitCode.INTERNAL_ERROR if r.internal else ExitCode.INPUT_ERROR)
                a = r.audit
                if a is not None and a.doc.encoding != "utf-8":
                    run.err.write(f"{r.path}: note: read as {a.doc.encoding}, not UTF-8\n")
                if a is not None and baseline is not None:
                    a = _without(a, {f for f in a.findings if fingerprint(a, f) in baseline})
                    r = batch.FileResult(r.path, a, r.problems, r.internal)
                if table is not None:
                    file_row, quantity_rows, finding_rows = batch.rows(r)
                    table.add("files", [file_row])
                    table.add("quantities", quantity_rows)
                    table.add("findings", finding_rows)
                if a is not None:
                    yield tally.add(a, prints=bool(args.write_baseline))
        finally:
            if client is not None:
                client.close()

    def finish() -> None:
        if args.write_baseline:
            for _ in audits():
                pass
            if table is not None and not _export(table, run):
                return
            prints = sorted(tally.prints)
            _atomic_write(args.write_baseline, json.dumps(
                {"version": 1, "fingerprints": prints}, indent=2) + "\n")
            run.err.write(f"auditor: wrote {len(prints)} findings to {args.write_baseline}\n")
            return
        buffer = io.StringIO()
        colour = args.color == "always" or (args.color == "auto" and args.output is None
                                            and _is_terminal(out)
                                            and "NO_COLOR" not in os.environ)
        # With --output or --export the report is held until the run is complete, so an
        # interrupted run writes nothing.
        streaming = not (args.output or args.export)
        _report(args.format, out if streaming else buffer, audits(), run.errors, colour=colour,
                unused=args.report_unused_suppressions)
        if _TERMINATED:  # the interrupt was raised where Python only reports it (a finaliser)
            raise KeyboardInterrupt
        if table is not None and not _export(table, run):
            return
        if args.output:
            _atomic_write(args.output, buffer.getvalue())
        elif not streaming:
            out.write(buffer.getvalue())
        unused = args.report_unused_suppressions and tally.unused
        if run.code == ExitCode.OK and (tally.failing or (unused and cfg.fail_on != "never")):
            run.code = ExitCode.FINDINGS

    try:
        finish()
    except BaseException:  # Ctrl-C included: no half-written export
        if table is not None:
            table.abort()
        raise


class _Tally:
    """What the exit code and a baseline need from the audits that stream past."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.failing = self.unused = False
        self.prints: set[str] = set()

    def add(self, a: Audit, *, prints: bool) -> Audit:
        from auditor.engine import fingerprint

        self.failing |= any(_SEVERITY_RANK[f.severity.value] >= self.threshold for f in a.findings)
        self.unused |= bool(a.unused)
        if prints:
            self.prints.update(fingerprint(a, f) for f in a.findings)
        return a


def _open_export(path: Path, run: _Run) -> Writer | None:
    """The export's writer, opened before the run so a bad path fails at once."""
    from auditor import batch
    from auditor.export import ExportError, Writer

    try:
        return Writer(path, batch.TABLES)
    except ExportError as e:
        run.err.write(f"auditor: error: {e}\n")
        run.code = ExitCode.INPUT_ERROR
        return None


def _export(table: Writer, run: _Run) -> bool:
    from auditor.export import ExportError

    try:
        table.close()
    except ExportError as e:
        run.err.write(f"auditor: error: {e}\n")
        run.code = ExitCode.INPUT_ERROR
        return False
    rows = table.rows
    run.err.write(f"auditor: exported {rows['files']} files, {rows['quantities']} quantities "
                  f"and {rows['findings']} findings to {', '.join(map(str, table.written))}\n")
    return True


def _report(fmt: str, out: TextIO, audits: Iterable[Audit], errors: list[dict[str, str]], *,
            colour: bool, unused: bool) -> None:
    from auditor.report import github, json_report, junit, sarif, text

    if fmt == "text":
        text.write(out, audits, errors, colour=colour, unused=unused)
        return
    writers = {"json": json_report.write, "jsonl": json_report.write_lines, "sarif": sarif.write,
               "github": github.write, "junit": junit.write}
    writers[fmt](out, audits, errors)


def _without(a: Audit, drop: set) -> Audit:  # type: ignore[type-arg]
    from dataclasses import replace

    return replace(a, findings=tuple(f for f in a.findings if f not in drop))


def _read_baseline(path: Path) -> set[str]:
    from auditor.config import ConfigError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        prints = data["fingerprints"]
        if not isinstance(prints, list) or not all(isinstance(p, str) for p in prints):
            raise TypeError
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file") from None
    except (OSError, ValueError, KeyError, TypeError):
        raise ConfigError(f"{path}: not a baseline written by --write-baseline") from None
    return set(prints)


def _writable(flag: str, target: Path | None) -> None:
    """Refuse an output target before the run, not after it: a folder, or a file in no folder."""
    from auditor.config import ConfigError

    if target is None:
        return
    if target.is_dir():
        raise ConfigError(f"{flag} {target}: is a folder, not a file")
    if not target.resolve().parent.is_dir():
        raise ConfigError(f"{flag} {target}: no such folder {target.resolve().parent}")


def _atomic_write(path: Path, content: str) -> None:
    """Write a file so that readers see the old content or the new, never half of it."""
    import tempfile

    from auditor.files import publish, signals_held

    folder = path.resolve().parent
    tmp = ""
    try:
        with signals_held():  # an interruption lands after the file is known, so it is removed
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(content)
        publish(Path(tmp), path)
    except BaseException:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


def _is_terminal(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def _rules(out: TextIO) -> None:
    from auditor.check.rules import RULES

    out.write(f"{'code':<6} {'name':<30} {'severity':<9} summary\n")
    for r in RULES:
        out.write(f"{r.code:<6} {r.name:<30} {r.severity.value:<9} {r.summary}\n")


def _explain(code: str, out: TextIO, err: TextIO) -> int:
    from auditor.check.rules import RULES_BY_CODE

    rule = RULES_BY_CODE.get(code.upper())
    if rule is None:
        err.write(f"auditor: error: no rule {code!r}; `auditor rules` lists them\n")
        return ExitCode.INPUT_ERROR
    out.write(f"{rule.code} {rule.name} ({rule.severity.value})\n\n{rule.doc}\n")
    return ExitCode.OK


_TERMINATED: list[int] = []  # the signals received, for a run to stop even where one was swallowed


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so half-written outputs and temporary files are removed."""
    _TERMINATED.append(signum)
    raise KeyboardInterrupt


def run() -> None:
    """Console-script entry point."""
    import signal

    signal.signal(signal.SIGTERM, _terminate)
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = ExitCode.OK
    except KeyboardInterrupt:
        sys.stderr.write("auditor: interrupted\n")
        code = 130
    sys.exit(code)
