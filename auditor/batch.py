"""Batch runs: many files in worker processes or on a Dask cluster, and their tables."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditor.config import Config
from auditor.engine import Audit, audit, fingerprint
from auditor.files import collect, process
from auditor.read import InputError, read_text
from auditor.report.common import Totals, place
from auditor.report.records import QUANTITY_FIELDS, number, quantity_record

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class FileResult:
    """One file's outcome: its audit, or the one-line reason it could not be read."""

    path: str
    audit: Audit | None = None
    problems: tuple[str, ...] = ()
    internal: bool = False

    @property
    def error(self) -> str | None:
        """The problems as one line, for the files table."""
        return "; ".join(self.problems) or None


def cpu_count() -> int:
    """The CPUs this process may run on (respecting taskset and container limits)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_file(path: str, config: Config | None = None, problem: str | None = None) -> FileResult:
    """Read and check one file; never raises for bad input or a bug in one file."""
    a, problems, internal = process(path, problem, lambda doc: audit(doc, config=config))
    return FileResult(path, a, problems, internal)


Item = tuple[str, str | None, Config, bool]


def _check_pair(item: Item) -> FileResult:
    """Check one collected file; with ``item[3]`` false, keep only what a report reads."""
    r = check_file(item[0], item[2], item[1])
    if r.audit is None or item[3]:
        return r
    return FileResult(r.path, r.audit.for_report(), r.problems, r.internal)


#: Fewer files than this are checked in this process: starting workers would cost more.
MIN_FILES_FOR_WORKERS = 8


def run(paths: list[str], config: Config | None = None, *, jobs: int | None = None,
        client: Any = None, progress: Callable[[int], Callable[[FileResult], None]] | None = None,
        hidden: bool = False, quantities: bool = True) -> Iterator[FileResult]:
    """Results for every file under ``paths``, in sorted order, as they are ready.

    ``jobs`` worker processes (default: the CPU count) or a dask.distributed ``client``
    run the same per-file function. ``progress``, if given, is called with the number of
    files and returns the callback for each result. Without ``quantities`` each audit keeps
    only what a report reads (``Audit.for_report``), which is all a worker sends back.
    """
    cfg = config or Config()
    items = [(p, problem, cfg, quantities)
             for p, problem in collect(paths, cfg.wants, hidden=hidden)]
    jobs = jobs or cpu_count()
    if client is not None:
        results: Iterable[FileResult] = _on_dask(client, items)
    elif jobs <= 1 or len(items) < MIN_FILES_FOR_WORKERS:
        results = (_check_pair(i) for i in items)
    else:
        results = _in_processes(items, jobs)
    report = progress(len(items)) if progress else None
    for r in results:
        if report:
            report(r)
        yield r


_WARM_UP = ("On 3 March 2024 prices rose 5% to $3.2m, about 2,000 km a month; "
            "a 45 mph wind cost £4bn, three times more than last year.")


def _warm() -> None:
    """Compile the patterns and load the unit registry once, before the work starts."""
    audit(read_text(_WARM_UP, "<warm-up>"))


def _worker_start() -> None:
    # Ctrl-C is the parent's to handle: it cancels the queue and waits for the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm()


def _in_processes(items: list[Item], jobs: int) -> Iterator[FileResult]:
    _warm()  # forked workers inherit the warm state; other start methods warm up themselves
    done = 0
    while done < len(items):
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(items) - done), initializer=_worker_start)
        rest = items[done:]
        try:
            for r in pool.map(_check_pair, rest, chunksize=max(1, min(16, len(rest) // (jobs * 4)))):
                done += 1
                yield r
        except BrokenProcessPool:
            # A worker was killed (out of memory, a signal), and every file in flight failed
            # with it. The first of them is checked again on its own: it is named only if it
            # stops a worker alone; then the rest go on in a fresh pool.
            yield _alone(items[done])
            done += 1
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _alone(item: Item) -> FileResult:
    with ProcessPoolExecutor(max_workers=1, initializer=_worker_start) as pool:
        try:
            return pool.submit(_check_pair, item).result()
        except BrokenProcessPool:
            return FileResult(item[0], None, ("a worker process stopped while checking this file",),
                              internal=True)


def _on_dask(client: Any, items: list[Item]) -> Iterator[FileResult]:
    futures = client.map(_check_pair, items, pure=False)
    try:
        for f in futures:
            yield f.result()
    finally:
        client.cancel(futures)


def connect(address: str) -> Any:
    """A dask.distributed client for a scheduler address (needs `auditor[dask]`)."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise InputError("--scheduler needs dask: pip install 'auditor[dask]'") from None
    try:
        return Client(address, timeout="10s")
    except ValueError as e:  # "notaurl": no port, unknown protocol
        raise InputError(f"not a Dask scheduler address: {address!r} ({e})") from None
    except (OSError, TimeoutError) as e:
        raise InputError(f"cannot reach the Dask scheduler at {address}: {e}") from None
    except Exception as e:  # noqa: BLE001 - dask's own start-up checks (an event loop that never started)
        raise InputError(f"cannot start a Dask client for {address}: "
                         f"{type(e).__name__} {e}".rstrip()) from None


# --- tables ------------------------------------------------------------------------------

FILE_COLUMNS = ("path", "as_of", "as_of_source", "encoding", "quantities", "relations_verified",
                "findings", "errors", "warnings", "info", "suppressed", "error")
#: The quantities table: the extract contract, its ``doc`` named ``path`` to link the tables.
QUANTITY_COLUMNS = tuple("path" if c == "doc" else c for c in QUANTITY_FIELDS)
FINDING_COLUMNS = ("path", "code", "name", "severity", "message", "arithmetic", "line",
                   "column", "expected_low", "expected_high", "observed_low", "observed_high",
                   "quantity_ids", "quantity_texts", "assumptions", "fingerprint")


def rows(r: FileResult) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The files, quantities and findings rows of one result."""
    a = r.audit
    if a is None:
        blank: dict[str, Any] = dict.fromkeys(FILE_COLUMNS)
        return {**blank, "path": r.path, "error": r.error}, [], []
    t = Totals()
    t.add(a)
    file_row = {"path": a.doc.path, "as_of": a.extraction.as_of.isoformat(),
                "as_of_source": a.extraction.as_of_source, "encoding": a.doc.encoding,
                "quantities": a.quantity_count, "relations_verified": a.verified,
                "findings": t["findings"], "errors": t["error"], "warnings": t["warning"],
                "info": t["info"], "suppressed": a.suppressed, "error": r.error}
    quantity_rows = [{"path": rec.pop("doc"), **rec}
                     for rec in (quantity_record(a.doc, q) for q in a.extraction.quantities)]
    finding_rows = []
    for f in a.findings:
        p = place(a, f)
        exp, obs = f.expected or (None, None), f.observed or (None, None)
        finding_rows.append({
            "path": a.doc.path, "code": f.code, "name": f.name, "severity": f.severity.value,
            "message": f.message, "arithmetic": f.arithmetic, "line": p.line, "column": p.column,
            "expected_low": number(exp[0]), "expected_high": number(exp[1]),
            "observed_low": number(obs[0]), "observed_high": number(obs[1]),
            "quantity_ids": " ".join(q.id for q in f.quantities),
            "quantity_texts": " | ".join(q.text for q in f.quantities),
            "assumptions": " | ".join(f.assumptions), "fingerprint": fingerprint(a, f)})
    return file_row, quantity_rows, finding_rows


@dataclass
class Result:
    """The three linked tables of a run, as rows; frames on demand."""

    files: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)

    def add(self, r: FileResult) -> None:
        """Append one file's rows."""
        f, q, fi = rows(r)
        self.files.append(f)
        self.quantities.extend(q)
        self.findings.extend(fi)

    def files_frame(self) -> pd.DataFrame:
        """One row per file: as-of date and its source, counts, and any error."""
        from auditor.export import frame

        return frame(self.files, *TABLES["files"])

    def quantities_frame(self) -> pd.DataFrame:
        """One row per quantity, with every field of the extract contract."""
        from auditor.export import frame

        return frame(self.quantities, *TABLES["quantities"])

    def findings_frame(self) -> pd.DataFrame:
        """One row per finding, with its intervals, figures and assumptions."""
        from auditor.export import frame

        return frame(self.findings, *TABLES["findings"])


_FILE_DTYPES = {"quantities": "Int64", "relations_verified": "Int64", "findings": "Int64",
                "errors": "Int64", "warnings": "Int64", "info": "Int64", "suppressed": "Int64"}
_QUANTITY_DTYPES = {"start": "Int64", "end": "Int64", "line": "Int64", "column": "Int64",
                    "value": "Float64", "low": "Float64", "high": "Float64",
                    "sentence": "Int64", "approximate": "boolean"}
_FINDING_DTYPES = {"line": "Int64", "column": "Int64", "expected_low": "Float64",
                   "expected_high": "Float64", "observed_low": "Float64",
                   "observed_high": "Float64"}


#: Each table's columns and the dtypes of those that are not text.
TABLES = {"files": (FILE_COLUMNS, _FILE_DTYPES), "quantities": (QUANTITY_COLUMNS, _QUANTITY_DTYPES),
          "findings": (FINDING_COLUMNS, _FINDING_DTYPES)}


def audit_text(text: str, as_of: dt.date | str | None = None, *, kind: str = "text",
               config: Config | None = None) -> Result:
    """Check a piece of text; the result has files, quantities and findings frames.

    ``as_of`` (a date or "YYYY-MM-DD") resolves "last month" and the like; without it the
    date is inferred from the text, as for a file. ``kind`` is "text", "md" or "html".
    """
    if isinstance(as_of, dt.datetime):
        as_of = as_of.date()
    elif isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    doc = read_text(text, "<text>", kind=kind)
    result = Result()
    result.add(FileResult("<text>", audit(doc, as_of=as_of, config=config)))
    return result


def audit_paths(paths: Iterable[str | os.PathLike[str]], jobs: int | None = None, *,
                client: Any = None, config: Config | None = None, hidden: bool = False) -> Result:
    """Check files and folders (in worker processes, or on a Dask ``client``); files and
    folders whose names start with a dot are skipped unless ``hidden``.
    """
    result = Result()
    for r in run([str(p) for p in paths], config, jobs=jobs, client=client, hidden=hidden):
        result.add(r)
    return result


class Progress:
    """A one-line progress bar on a terminal: files done, rate, ETA, findings so far."""

    def __init__(self, total: int, out: Any = None) -> None:
        self.total, self.out = total, out or sys.stderr
        self.done = self.findings = 0
        self.t0 = time.monotonic()
        self.last = self.t0 - 1  # the first result draws the line at once
        self.shown = False

    def clear(self) -> None:
        """Take the line off the terminal, so other output starts at column one."""
        if self.shown:
            self.out.write("\r\033[K")
            self.shown = False

    def __call__(self, r: FileResult) -> None:
        """Count one result; redraw at most ten times a second."""
        self.done += 1
        self.findings += len(r.audit.findings) if r.audit else 0
        now = time.monotonic()
        if now - self.last < 0.1 and self.done < self.total:
            return
        self.last = now
        rate = self.done / max(now - self.t0, 1e-9)
        eta = (self.total - self.done) / rate if rate else 0
        self.out.write(f"\r\033[K{self.done}/{self.total} files  {rate:,.0f}/s  ETA {eta:4.0f}s  "
                       f"{self.findings} findings")
        self.shown = self.done < self.total
        if not self.shown:
            self.out.write("\n")
        self.out.flush()


class AboveProgress:
    """A stream that clears the progress line before each write, so lines never mix."""

    def __init__(self, stream: Any, bars: list[Progress]) -> None:
        self.stream, self.bars = stream, bars

    def write(self, s: str) -> int:
        """Clear the bar, then write."""
        for bar in self.bars:
            bar.clear()
        return int(self.stream.write(s))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
