"""The command line: `auditor extract` and friends."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import TextIO

from auditor import __version__


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
    ex.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD",
                    help="resolve relative dates against this day (default: the document's "
                         "front matter date, else inferred from the text)")
    return parser


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
    if args.command == "extract":
        return _extract(args, out, err)
    return ExitCode.INPUT_ERROR  # pragma: no cover - argparse requires a command


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from auditor.extract import extract
    from auditor.files import collect
    from auditor.read import InputError, read_path
    from auditor.report import extract_formats as fmt
    from auditor.report.records import records

    code = ExitCode.OK
    writer = {"jsonl": fmt.write_jsonl, "table": fmt.write_table}.get(args.format)
    if writer is None:
        writer = fmt.CsvWriter(out)
    for path, problem in collect(args.paths):
        if problem:
            err.write(f"{path}: error: {problem}\n")
            code = ExitCode.INPUT_ERROR
            continue
        try:
            doc = read_path(Path(path))
            for p in doc.problems:
                err.write(f"{path}: error: {p}\n")
                code = ExitCode.INPUT_ERROR
            recs = records(doc, extract(doc, as_of=args.as_of))
        except InputError as e:
            err.write(f"{path}: error: {e}\n")
            code = ExitCode.INPUT_ERROR
            continue
        except Exception as e:  # a bug must not lose the other files
            if os.environ.get("AUDITOR_DEBUG"):
                raise
            err.write(f"{path}: internal error: {type(e).__name__}: {e}\n")
            code = max(code, ExitCode.INTERNAL_ERROR)
            continue
        writer(out, recs)
    return code


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
