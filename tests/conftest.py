"""Shared fixtures: paths to the sample articles and to ../shared when it is present."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditor.extract import extract
from auditor.read import read_path, read_text
from auditor.report.records import records

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The shared benchmark folder; tests that need it skip when it is absent."""
    if not (SHARED / "DESIGN.md").exists():
        pytest.skip("../shared is not present")
    return SHARED


def extract_text(text: str, *, as_of: dt.date | None = dt.date(2024, 11, 1),
                 kind: str = "text") -> list[dict]:
    """Records for a snippet of text, resolved against a fixed as-of date."""
    doc = read_text(text, "snippet.txt", kind=kind)
    return records(doc, extract(doc, as_of=as_of))


def quantities(text: str, **kw) -> list[dict]:
    """Quantity records only."""
    return [r for r in extract_text(text, **kw) if r["type"] == "quantity"]


def periods(text: str, **kw) -> list[dict]:
    """Period records only."""
    return [r for r in extract_text(text, **kw) if r["type"] == "period"]


def extract_file(path: Path) -> list[dict]:
    """Records for a file, as the command line would produce them."""
    doc = read_path(path)
    return records(doc, extract(doc))
