"""Every sample article meets the expectations written inline in it."""

from __future__ import annotations

import math
import re
import shlex
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, extract_file

_MD = re.compile(r"<!--\s*(expect(?:-[a-z]+)?):\s*(.*?)\s*-->", re.S)
_TXT = re.compile(r"^[ \t]*%%\s*(expect(?:-[a-z]+)?):\s*(.*)$", re.M)


def expectations(path: Path) -> list[tuple[str, list[str], int]]:
    """(directive, arguments, offset) for every expectation written in a sample article."""
    text = path.read_text(encoding="utf-8")
    rx = _TXT if path.suffix == ".txt" else _MD
    return [(m.group(1), shlex.split(m.group(2)), m.start()) for m in rx.finditer(text)]


CASES = [(p, d, a, o) for p in sorted(SAMPLES.iterdir()) for d, a, o in expectations(p)]


def _text(s: str) -> str:
    return " ".join(s.split())


def _same(expected: str, actual: object) -> bool:
    if expected == "open":
        return actual is None
    if isinstance(actual, bool) or actual is None or isinstance(actual, str):
        return str(actual) == expected
    return math.isclose(float(expected), float(actual), rel_tol=1e-4)  # type: ignore[arg-type]


@pytest.mark.parametrize(("path", "directive", "args", "offset"), CASES,
                         ids=[f"{p.name}:{d}:{a[0]}" for p, d, a, _ in CASES])
def test_sample_expectation_holds(path: Path, directive: str, args: list[str],
                                  offset: int) -> None:
    """An expectation speaks of the nearest matching record written before it."""
    recs = [r for r in extract_file(path) if r["start"] < offset]
    surface = args[0]
    if directive == "expect-none":
        assert not [r for r in recs if r["type"] == "quantity" and surface in r["text"]], surface
        return
    kind = "period" if directive == "expect-period" else "quantity"
    found = [r for r in recs if r["type"] == kind and _text(r["text"]) == surface]
    assert found, f"no {kind} record with text {surface!r}; got {[r['text'] for r in recs]}"
    rec = found[-1]
    if directive == "expect-period":
        start, end = args[1].split("..")
        assert _same(start, rec["period_start"]) and _same(end, rec["period_end"]), rec
        return
    for pair in args[1:]:
        key, _, value = pair.partition("=")
        assert _same(value, rec[key]), f"{surface}: {key} is {rec[key]!r}, expected {value}"


def test_every_sample_carries_expectations() -> None:
    for path in SAMPLES.iterdir():
        if path.name != "desertion-figures.txt":  # the seed article is kept verbatim
            assert expectations(path), f"{path.name} has no inline expectations"
