"""Score `auditor extract` on both halves of every extraction yardstick.

Each visible suite (NewsQuant, the Recognizers specs, the peers' corpora) is split in two by
the hash of each case's input text, with the rule the relation corpus uses (``draw.half``), so
a case falls in the same half on every run and on every machine. Work is built from half A;
half B shows whether it generalises. Usage:

    python bench/extraction_halves.py [--suite NAME] [--cmd "auditor extract --format jsonl"]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
SCORER = SHARED / "tools" / "score_extraction.py"
sys.path.insert(0, str(HERE / "relations"))
from draw import half  # noqa: E402

RECOGNIZERS = {"number": "NumberModel", "range": "NumberRangeModel", "percent": "PercentModel",
               "currency": "CurrencyModel", "dimension": "DimensionModel",
               "temperature": "TemperatureModel", "age": "AgeModel", "date": "DateParser",
               "dateperiod": "DatePeriodParser", "duration": "DurationParser", "set": "SetParser"}
PEER_SUITES = {model: suite for suite, model in RECOGNIZERS.items()}


def split(path: Path, key: str) -> dict[str, list]:
    """The cases of one suite file, by half of the hash of their input."""
    out: dict[str, list] = {"a": [], "b": []}
    for case in json.loads(path.read_text(encoding="utf-8")):
        out[half(case[key])].append(case)
    return out


def score(suite: str, data: Path, cmd: str) -> dict:
    """The scorer's JSON for one suite on one file."""
    r = subprocess.run([sys.executable, str(SCORER), suite, "--data", str(data), "--cmd", cmd,
                        "--json"], capture_output=True, text=True, check=False)
    return json.loads(r.stdout)["suites"][suite]


def tally(suite: str, result: dict) -> tuple[int, int] | tuple[float, float, float]:
    """NewsQuant's three F1s, or the (passed, cases) of a spec suite."""
    if suite == "newsquant":
        m = result["metrics"]
        return m["value"]["F1"], m["value+unit"]["F1"], m["value+change"]["F1"]
    pos = result["positive"]["all"]
    return pos["passed"], pos["cases"]


def rate(passed: int, cases: int) -> str:
    return f"{100 * passed / cases:5.1f}% ({passed}/{cases})" if cases else "    -"


def main() -> int:
    """Print each suite's score on half A and half B, and the gap between them."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--suite", help="only suites whose name starts with this")
    ap.add_argument("--cmd", default=f"{Path(sys.executable).with_name('auditor')} extract --format jsonl")
    args = ap.parse_args()
    if not SCORER.exists():
        print("../shared is not present: nothing to measure against")
        return 0
    jobs = [("newsquant", "newsquant", SHARED / "bench" / "newsquant" / "dev.json", "text")]
    jobs += [(name, name, SHARED / "bench" / "recognizers" / f"{model}.json", "Input")
             for name, model in RECOGNIZERS.items()]
    peers: dict[str, str] = {}
    for p in sorted((SHARED / "bench" / "peers").glob("*.json")):
        model = p.stem.rsplit(".", 1)[1]
        group = "peers holidays+fuzzy" if "holidays" in p.stem or "fuzzy" in p.stem else "peers core"
        peers[p.stem] = group
        jobs.append((p.stem, PEER_SUITES[model], p, "Input"))
    totals: dict[str, dict[str, list[int]]] = {}
    print(f"{'suite':44} {'half A':>20} {'half B':>20} {'gap':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, suite, path, key in jobs:
            if args.suite and not name.startswith(args.suite):
                continue
            cells = {}
            for h, cases in split(path, key).items():
                data = Path(tmp) / f"{h}-{path.name}"
                data.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
                cells[h] = tally(suite, score(suite, data, args.cmd))
            if suite == "newsquant":
                a, b = cells["a"], cells["b"]
                print(f"{name:44} {' / '.join(f'{x:.1f}' for x in a):>20} "
                      f"{' / '.join(f'{x:.1f}' for x in b):>20} {a[0] - b[0]:6.1f}")
                continue
            if name in peers:
                group = totals.setdefault(peers[name], {"a": [0, 0], "b": [0, 0]})
                for h in "ab":
                    group[h][0] += cells[h][0]
                    group[h][1] += cells[h][1]
            (pa, ca), (pb, cb) = cells["a"], cells["b"]
            gap = f"{100 * (pa / ca - pb / cb):6.1f}" if ca and cb else ""
            print(f"{name:44} {rate(pa, ca):>20} {rate(pb, cb):>20} {gap}")
    for group, cells in totals.items():
        (pa, ca), (pb, cb) = cells["a"], cells["b"]
        gap = f"{100 * (pa / ca - pb / cb):6.1f}" if ca and cb else ""
        print(f"{group:44} {rate(pa, ca):>20} {rate(pb, cb):>20} {gap}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
