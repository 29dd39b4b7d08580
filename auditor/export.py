"""The three linked tables of a batch run as DataFrames, and their CSV, XLSX and Parquet files."""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from auditor.files import XML_ILLEGAL, publish, signals_held

SUFFIXES = (".csv", ".xlsx", ".parquet")

#: Text a spreadsheet would read as a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """The export path cannot be written (unknown suffix, missing package, OS error)."""


def frame(rows: Sequence[Mapping[str, Any]], columns: Sequence[str],
          dtypes: Mapping[str, str]) -> pd.DataFrame:
    """A frame with exactly ``columns``, numbers as nullable numbers and the rest as strings.

    The dtypes do not depend on the data, so an empty run and a full one concatenate cleanly.
    """
    df = pd.DataFrame.from_records(list(rows), columns=list(columns))
    types = {c: dtypes.get(c, "string") for c in columns}
    return df.astype(types)


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would evaluate, made inert with a leading apostrophe; control
    characters no spreadsheet cell can hold (Word's vertical tab line break, ESC) become spaces.
    """
    if not isinstance(value, str):
        return value
    value = XML_ILLEGAL.sub(" ", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def export(frames: Mapping[str, pd.DataFrame], path: Path) -> list[Path]:
    """Write the tables by ``path``'s suffix; return the files written."""
    spec = {name: (list(df.columns), {c: str(t) for c, t in df.dtypes.items()})
            for name, df in frames.items()}
    with Writer(path, spec) as w:
        for name, df in frames.items():
            w.add(name, ({k: None if v is pd.NA else v for k, v in r.items()}
                         for r in df.astype(object).to_dict("records")))
    return w.written


Spec = Mapping[str, tuple[Sequence[str], Mapping[str, str]]]


class Writer:
    """Rows written as they arrive, so an export of any archive takes constant memory.

    CSV and Parquet give one file per table (``out.files.csv`` …), XLSX one sheet each.
    Every file is written beside its target and renamed into place only when all are
    complete; an interrupted or failed export leaves nothing behind.
    """

    BATCH = 10_000  # Parquet rows per row group

    def __init__(self, path: Path, tables: Spec) -> None:
        self.path, self.tables = path, tables
        self.suffix = path.suffix.lower()
        if self.suffix not in SUFFIXES:
            raise ExportError(f"{path}: unknown export format {self.suffix or '(none)'!r}; "
                              f"use {', '.join(SUFFIXES)}")
        if self.suffix == ".xlsx":
            self.targets = {name: path for name in tables}
        else:
            self.targets = {name: path.with_name(f"{path.stem}.{name}{self.suffix}")
                            for name in tables}
        self.temps: dict[Path, Path] = {}
        self.written: list[Path] = []
        self.rows = dict.fromkeys(tables, 0)
        self._sinks: dict[str, Any] = {}
        self._pending: dict[str, list[Mapping[str, Any]]] = {name: [] for name in tables}
        self._book: Any = None
        try:
            for target in dict.fromkeys(self.targets.values()):
                with signals_held():  # a file made is a file known, even if a SIGTERM comes now
                    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.resolve().parent)
                    self.temps[target] = Path(name)
                os.close(fd)
            self._open()
        except BaseException as e:
            self.abort()
            raise self._error(e) from None

    def _error(self, e: BaseException) -> BaseException:
        if isinstance(e, ImportError):
            return ExportError(f"{self.path}: {e.name or 'a package'} is needed for {self.suffix} "
                               f"exports: pip install 'auditor[{self.suffix[1:]}]'")
        if isinstance(e, OSError):
            return ExportError(f"{self.path}: {e.strerror or e}")
        return e

    def _open(self) -> None:
        if self.suffix == ".csv":
            for name, (columns, _) in self.tables.items():
                f = open(self.temps[self.targets[name]], "w", encoding="utf-8", newline="")
                self._sinks[name] = (f, csv.writer(f))
                self._sinks[name][1].writerow(columns)
        elif self.suffix == ".xlsx":
            from openpyxl import Workbook
            from openpyxl.utils import get_column_letter

            self._book = Workbook(write_only=True)
            for name, (columns, dtypes) in self.tables.items():
                sheet = self._book.create_sheet(name)
                sheet.freeze_panes = "A2"
                for i, col in enumerate(columns, 1):
                    sheet.column_dimensions[get_column_letter(i)].width = _width(col, dtypes)
                sheet.append(list(columns))
                self._sinks[name] = sheet
        else:
            import pyarrow  # noqa: F401  (fail before the run, not after it)

    def add(self, name: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append rows to one table."""
        columns = self.tables[name][0]
        try:
            if self.suffix == ".parquet":
                pending = self._pending[name]
                for r in rows:
                    pending.append(r)
                    self.rows[name] += 1
                    if len(pending) >= self.BATCH:
                        self._flush(name)
                return
            for r in rows:
                cells = [neutralise(r.get(c)) for c in columns]
                self.rows[name] += 1
                if self.suffix == ".csv":
                    self._sinks[name][1].writerow(cells)
                else:
                    self._sinks[name].append(cells)
        except BaseException as e:
            self.abort()
            raise self._error(e) from None

    def _flush(self, name: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        columns, dtypes = self.tables[name]
        batch = pa.Table.from_pandas(frame(self._pending[name], columns, dtypes),
                                     preserve_index=False)
        if name not in self._sinks:
            self._sinks[name] = pq.ParquetWriter(self.temps[self.targets[name]], batch.schema)
        self._sinks[name].write_table(batch)
        self._pending[name].clear()

    def close(self) -> None:
        """Finish every file and move them into place."""
        try:
            if self.suffix == ".csv":
                for f, _ in self._sinks.values():
                    f.close()
            elif self.suffix == ".xlsx":
                from openpyxl.utils import get_column_letter

                for name, sheet in self._sinks.items():
                    last = get_column_letter(max(1, len(self.tables[name][0])))
                    sheet.auto_filter.ref = f"A1:{last}{self.rows[name] + 1}"
                self._book.save(self.temps[self.path])
            else:
                for name in self.tables:
                    if self._pending[name] or name not in self._sinks:
                        self._flush(name)
                    self._sinks[name].close()
            for target, tmp in self.temps.items():
                publish(tmp, target)
                self.written.append(target)
        except BaseException as e:
            self.abort()
            raise self._error(e) from None

    def abort(self) -> None:
        """Close what is open and remove the temporary files."""
        for sink in self._sinks.values():
            with contextlib.suppress(Exception):
                (sink[0] if isinstance(sink, tuple) else sink).close()
        self._sinks.clear()
        for tmp in self.temps.values():
            with contextlib.suppress(OSError):
                tmp.unlink()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, kind: Any, value: Any, tb: Any) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


_WIDE = {"path": 40, "message": 70, "arithmetic": 60, "assumptions": 60, "as_of_source": 36,
         "error": 40, "text": 20, "quantity_texts": 30, "source": 24, "period_text": 20}


def _width(column: str, dtypes: Mapping[str, str]) -> float:
    """A column's width in characters: room for its header and filter button, and for the
    text it usually holds.
    """
    if column in _WIDE:
        return _WIDE[column]
    base = 14 if dtypes.get(column, "string") in ("Float64", "float64") else 10
    return max(base, len(column) + 4)
