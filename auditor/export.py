"""The three linked tables of a batch run as DataFrames, and their CSV, XLSX and Parquet files."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from auditor.report.records import QUANTITY_FIELDS

#: The quantities table: the extract contract, its ``doc`` named ``path`` to link the tables.
QUANTITY_COLUMNS = tuple("path" if c == "doc" else c for c in QUANTITY_FIELDS)
SUFFIXES = (".csv", ".xlsx", ".parquet")
TABLES = ("files", "quantities", "findings")

#: Text a spreadsheet would read as a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MAX_WIDTH = 60


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
    """Text that a spreadsheet would evaluate, made inert with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export(frames: Mapping[str, pd.DataFrame], path: Path) -> list[Path]:
    """Write the tables by ``path``'s suffix; return the files written.

    Every file is first written beside its target and renamed into place only when all
    are complete, so an interrupted or failed export leaves nothing partial behind.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError(f"{path}: unknown export format {suffix or '(none)'!r}; "
                          f"use {', '.join(SUFFIXES)}")
    if suffix == ".csv":
        targets = {path.with_name(f"{path.stem}.{name}.csv"): {name: df}
                   for name, df in frames.items()}
        write = _write_csv
    elif suffix == ".xlsx":
        targets, write = {path: dict(frames)}, _write_xlsx
    else:
        targets = {path.with_name(f"{path.stem}.{name}.parquet"): {name: df}
                   for name, df in frames.items()}
        write = _write_parquet
    temps: dict[Path, Path] = {}
    try:
        for target, tables in targets.items():
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.resolve().parent)
            os.close(fd)
            temps[target] = Path(name)
            write(tables, Path(name))
        for target, tmp in temps.items():
            os.replace(tmp, target)
    except ImportError as e:
        raise ExportError(f"{path}: {e.name or 'a package'} is needed for {suffix} exports: "
                          f"pip install 'auditor[{suffix[1:]}]'") from None
    except OSError as e:
        raise ExportError(f"{path}: {e.strerror or e}") from None
    finally:
        for tmp in temps.values():
            with contextlib.suppress(OSError):
                tmp.unlink()
    return list(targets)


def _inert(df: pd.DataFrame) -> pd.DataFrame:
    text = [c for c, t in df.dtypes.items() if isinstance(t, pd.StringDtype)]
    if not text:
        return df
    out = df.copy()
    for c in text:
        out[c] = out[c].map(neutralise, na_action="ignore").astype("string")
    return out


def _write_csv(tables: Mapping[str, pd.DataFrame], tmp: Path) -> None:
    (df,) = tables.values()
    _inert(df).to_csv(tmp, index=False, encoding="utf-8")


def _write_parquet(tables: Mapping[str, pd.DataFrame], tmp: Path) -> None:
    (df,) = tables.values()
    df.to_parquet(tmp, index=False)


def _write_xlsx(tables: Mapping[str, pd.DataFrame], tmp: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    for name, df in tables.items():
        sheet = book.create_sheet(name)
        columns = list(df.columns)
        last = get_column_letter(max(1, len(columns)))
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{last}{len(df) + 1}"
        rows = list(_cells(_inert(df)))
        for i, col in enumerate(columns, 1):
            sheet.column_dimensions[get_column_letter(i)].width = _width(col, (r[i - 1] for r in rows))
        sheet.append(columns)
        for r in rows:
            sheet.append(r)
    book.save(tmp)


def _cells(df: pd.DataFrame) -> Iterable[list[Any]]:
    """Rows of plain Python values: numbers as numbers, missing values as empty cells."""
    for row in df.astype(object).itertuples(index=False, name=None):
        yield [None if v is pd.NA or (isinstance(v, float) and v != v) else v for v in row]


def _width(header: str, values: Iterable[Any]) -> float:
    longest = len(header) + 2  # room for the filter button
    for i, v in enumerate(values):
        if i == 1000:  # a sample is enough to size a column
            break
        if v is not None:
            longest = max(longest, len(str(v)))
    return min(_MAX_WIDTH, longest + 1)
