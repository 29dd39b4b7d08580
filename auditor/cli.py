"""The command line: `auditor extract` and friends."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from auditor import __version__

if TYPE_CHECKING:
    from auditor.read import Document

T = TypeVar("T")


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
    ck.add_argument("--format", choices=("text", "json"), default="text",
                    help="output format (default: text)")
    ck.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default="error",
                    help="exit 1 when a finding is at least this severe (default: error)")
    _as_of_option(ck)
    return parser


def _as_of_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD",
                   help="resolve relative dates against this day (default: the document's "
                        "front matter date, else inferred from the text)")


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    """Run the command line; return an exit code instead of exiting."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as e:
        return ExitCode.INPUT_ERROR if e.code else ExitCode.OK
    run = _Run(err)
    if args.command == "extract":
        _extract(args, out, run)
    else:
        _check(args, out, run)
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

    def each(self, paths: list[str], work: Callable[[Document], T]) -> Iterator[T]:
        """``work`` applied to each readable document; failures are reported, not raised."""
        from auditor.files import collect
        from auditor.read import InputError, read_path

        for path, problem in collect(paths):
            if problem:
                self.fail(path, problem)
                continue
            try:
                doc = read_path(Path(path))
                for p in doc.problems:
                    self.fail(path, p)
                result = work(doc)
            except InputError as e:
                self.fail(path, str(e))
                continue
            except Exception as e:  # a bug must not lose the other files
                if os.environ.get("AUDITOR_DEBUG"):
                    raise
                self.fail(path, f"{type(e).__name__}: {e}", ExitCode.INTERNAL_ERROR)
                continue
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


def _check(args: argparse.Namespace, out: TextIO, run: _Run) -> None:
    from auditor.check import audit
    from auditor.report import check_json, check_text

    audits = []
    for a in run.each(args.paths, lambda doc: audit(doc, as_of=args.as_of)):
        audits.append(a)
        if args.format == "text":
            check_text.write_audit(out, a)
    if args.format == "json":
        check_json.write(out, audits, run.errors)
    else:
        check_text.write_summary(out, audits)
    threshold = _SEVERITY_RANK[args.fail_on]
    if run.code == ExitCode.OK and any(_SEVERITY_RANK[f.severity.value] >= threshold
                                       for a in audits for f in a.findings):
        run.code = ExitCode.FINDINGS


def run() -> None:
    """Console-script entry point."""
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
