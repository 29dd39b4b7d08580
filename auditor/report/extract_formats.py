"""Output formats for `auditor extract`: jsonl, csv and a terminal table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from auditor.report.records import QUANTITY_FIELDS

CSV_FIELDS = QUANTITY_FIELDS + ("granularity",)


_JSON = json.JSONEncoder(ensure_ascii=False)


def write_jsonl(out: TextIO, recs: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line."""
    out.write("".join(_JSON.encode(r) + "\n" for r in recs))


class CsvWriter:
    """CSV with one header row for quantities and periods alike."""

    def __init__(self, out: TextIO) -> None:
        self._w = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore",
                                 lineterminator="\n")
        self._w.writeheader()

    def __call__(self, out: TextIO, recs: Iterable[dict[str, Any]]) -> None:
        """Write one row per record."""
        for r in recs:
            self._w.writerow({k: _cell(v) for k, v in r.items()})


def _cell(v: Any) -> Any:
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") and not _is_number(v):
        return "'" + v
    return v


def _is_number(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:,.6g}" if abs(v) < 1e6 else f"{v:,.0f}"
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}"
    return str(v)


def write_table(out: TextIO, recs: Iterable[dict[str, Any]]) -> None:
    """A readable table: one row per record, grouped by document."""
    doc = None
    for r in recs:
        if r["doc"] != doc:
            doc = r["doc"]
            out.write(f"\n{doc}  (as of {r.get('as_of')}: {r.get('as_of_source')})\n")
        where = f"{r['line']}:{r['column']}"
        text = r["text"].replace("\n", " ")
        if len(text) > 32:
            text = text[:31] + "…"
        if r["type"] == "period":
            span = f"{_fmt(r['period_start'])}..{_fmt(r['period_end'])}"
            what = f"period {r['granularity']}" + (f" per {r['per']}" if r["per"] else "")
            out.write(f"  {where:>8}  {r['id']:<5} {text:<32}  {what:<22} {span}\n")
            continue
        interval = f"[{_fmt(r['low'])}, {_fmt(r['high'])}]"
        what = r["kind"] + (f" {r['qualifier']}" if r["qualifier"] != "exact" else "")
        unit = r["unit"] or ""
        if r["per"]:
            unit += f"/{r['per']}"
        extra = []
        for key in ("entity", "event", "change", "period_text", "source"):
            if r.get(key):
                extra.append(f"{key}={r[key]}")
        out.write(f"  {where:>8}  {r['id']:<5} {text:<32}  {what:<22} {_fmt(r['value']):>14} "
                  f"{interval:<26} {unit:<14} {' '.join(extra)}\n")
