"""Benchmarks for `make bench`: accuracy on the shared suites, throughput, cold start, memory.

Speed and memory are measured here, never in timed unit tests. Each timing is the median of
several runs because the machine is shared. Usage:

    python bench/run.py [--runs N] [--skip-quantulum] [--skip-scores] [--only batch]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc-news"
AUDITOR = str(Path(sys.executable).with_name("auditor"))

QUANTULUM_ALONE = r"""
import sys, time, warnings
warnings.simplefilter("ignore")
from quantulum3 import parser
from auditor.read import read_path
from auditor.segment import sentences
from pathlib import Path
paths = [Path(p.strip()) for p in open(sys.argv[1])]
parser.parse("warm up 1 km")
t = time.perf_counter()
n = 0
for p in paths:
    doc = read_path(p)
    for s in sentences(doc.text):
        n += len(parser.parse(doc.text[s.start:s.end]))
print(time.perf_counter() - t, n)
"""


WORKERS = r"""
import resource, sys, time
from auditor import batch
t = time.perf_counter()
n = sum(1 for _ in batch.run([sys.argv[1]], jobs=int(sys.argv[2])))
wall = time.perf_counter() - t
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(n, wall, workers // 1024, parent // 1024)
"""


CLI_CPU = r"""
import contextlib, io, resource, sys
from auditor import cli
sys.argv = ["auditor", "check", "--format", "json", "--jobs", "2", sys.argv[1]]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        cli.run()
    except SystemExit:
        pass
cpu = lambda who: (lambda r: r.ru_utime + r.ru_stime)(resource.getrusage(who))
print(cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN))
"""


HALF = r"""
import sys, time
from pathlib import Path
from auditor import batch
files = sorted(str(p) for p in Path(sys.argv[1]).rglob("*.txt"))[int(sys.argv[2])::int(sys.argv[3])]
t = time.perf_counter()
sum(1 for _ in batch.run(files, jobs=1))
print(time.perf_counter() - t)
"""


def run_child(argv: list[str], *, stdout: int | None = subprocess.DEVNULL) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in MB, and captured stdout of a child process."""
    t = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE if stdout is None else stdout,
                            stderr=subprocess.DEVNULL, cwd=ROOT)
    out = proc.stdout.read().decode() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"benchmark command failed: {' '.join(argv)}")
    return wall, usage.ru_maxrss // 1024, out


def one_core(argv: list[str]) -> list[str]:
    """Pin a command to one core when taskset is available."""
    return ["taskset", "-c", "0", *argv] if shutil.which("taskset") else argv


def scores() -> None:
    print("== extraction scores (developer halves of the shared suites)")
    cmd = f"{AUDITOR} extract --format jsonl"
    r = subprocess.run([sys.executable, str(SHARED / "tools" / "score_extraction.py"), "all",
                        "--cmd", cmd], capture_output=True, text=True, cwd=ROOT, check=False)
    lines = r.stdout.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("== summary")), None)
    print("\n".join(lines[start:] if start is not None else lines[-15:]))
    print("\n== extraction scores, both halves of every yardstick (split by the hash of each input)")
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "extraction_halves.py")],
                       capture_output=True, text=True, cwd=ROOT, check=False)
    print(r.stdout.rstrip())
    print("\n== consistency scores, both halves of every yardstick (shared developer cases split by "
          "passage hash; the relation corpus in bench/relations)")
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "relations" / "score.py")],
                       capture_output=True, text=True, cwd=ROOT, check=False)
    print(r.stdout.rstrip())


def corpus_findings() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tatqa = Path(tmp) / "tatqa"
        tatqa.mkdir()
        with open(SHARED / "corpora" / "tatqa" / "documents.jsonl", encoding="utf-8") as f:
            for doc in map(json.loads, f):  # one file per filing, its paragraphs in order
                (tatqa / f"{doc['doc']}.txt").write_text("\n\n".join(doc["paragraphs"]) + "\n",
                                                       encoding="utf-8")
        for name, folder in (("corpora/bbc-news", BBC), ("corpora/tatqa (one file a document)", tatqa)):
            out = subprocess.run([AUDITOR, "check", "--format", "json", str(folder)],
                                 capture_output=True, text=True, cwd=ROOT, check=False).stdout
            s = json.loads(out)["summary"]
            per100 = 100 * (s["errors"] + s["warnings"]) / max(1, s["files"])
            print(f"\n== check over {name}: {s['files']} files, {s['errors']} errors, "
                  f"{s['warnings']} warnings, {s['info']} info ({per100:.1f} per hundred)")


def throughput(runs: int, with_quantulum: bool) -> None:
    files = sorted(str(p) for p in BBC.rglob("*.txt"))
    print(f"\n== throughput over corpora/bbc-news ({len(files)} articles, one core)")
    rates = {}
    for name, argv in (("extract", [AUDITOR, "extract", "--format", "jsonl", str(BBC)]),
                       ("check", [AUDITOR, "check", "--format", "json", str(BBC)])):
        walls, rss = [], []
        for _ in range(runs):
            wall, peak, _ = run_child(one_core(argv))
            walls.append(wall)
            rss.append(peak)
        rates[name] = len(files) / statistics.median(walls)
        print(f"   auditor {name:<12} {rates[name]:8.0f} articles/s   (median of {runs}: "
              f"{statistics.median(walls):.2f} s; runs {', '.join(f'{w:.2f}' for w in walls)}); "
              f"peak RSS {max(rss)} MB")
    ours = rates["extract"]
    if not with_quantulum:
        return
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as f:
        f.write("\n".join(files))
    _, _, out = run_child(one_core([sys.executable, "-c", QUANTULUM_ALONE, f.name]), stdout=None)
    os.unlink(f.name)
    q_seconds = float(out.split()[0])
    theirs = len(files) / q_seconds
    print(f"   quantulum3 parse     {theirs:8.1f} articles/s   (sentence by sentence, "
          f"{q_seconds:.1f} s, after a warm-up call)")
    print(f"   ratio                {ours / theirs:8.1f}x")


def batch(runs: int) -> None:
    n = sum(1 for _ in BBC.rglob("*.txt"))
    print(f"\n== batch: auditor check over corpora/bbc-news ({n} articles), --format json")
    walls: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(runs):
        for jobs in walls:
            walls[jobs].append(run_child([AUDITOR, "check", "--format", "json", "--jobs",
                                          str(jobs), str(BBC)])[0])
    for jobs, ws in walls.items():
        print(f"   --jobs {jobs}  {n / statistics.median(ws):8.0f} articles/s   (median of {runs}: "
              f"{statistics.median(ws):.2f} s; runs {', '.join(f'{w:.2f}' for w in ws)})")
    print(f"   speed-up of two jobs over one: "
          f"{statistics.median(walls[1]) / statistics.median(walls[2]):.2f}x")
    ceiling = []
    for _ in range(runs):
        whole = float(subprocess.run([sys.executable, "-c", HALF, str(BBC), "0", "1"],
                                     capture_output=True, text=True, check=True).stdout)
        halves = [subprocess.Popen([sys.executable, "-c", HALF, str(BBC), str(i), "2"],
                                   stdout=subprocess.PIPE, text=True) for i in (0, 1)]
        ceiling.append(whole / max(float(h.communicate()[0]) for h in halves))
    print(f"   this machine's ceiling: two independent one-job processes, each on half the "
          f"corpus, {statistics.median(ceiling):.2f}x one process on all of it "
          f"(median of {runs}: {', '.join(f'{c:.2f}' for c in ceiling)})")
    with tempfile.TemporaryDirectory() as tmp:
        ten = Path(tmp) / "x10"
        for i in range(10):
            shutil.copytree(BBC, ten / f"copy{i}")
        for label, folder in (("corpus x1 ", BBC), ("corpus x10", ten)):
            _, _, out = run_child([sys.executable, "-c", WORKERS, str(folder), "2"], stdout=None)
            files, wall, worker, parent = out.split()
            print(f"   {label}: {files} files in {float(wall):.1f} s on 2 workers; peak RSS per "
                  f"worker {worker} MB, gathering process {parent} MB")
        # CPU per file of `check --jobs 2`, as the difference between the corpus and ten
        # copies of it, so that start-up (imports, forking) cancels out.
        cpu = [[float(x) for x in run_child([sys.executable, "-c", CLI_CPU, str(folder)],
                                            stdout=None)[2].split()] for folder in (BBC, ten)]
        parent, workers = ((cpu[1][i] - cpu[0][i]) / (9 * n) * 1000 for i in (0, 1))
        print(f"   CPU per file with --jobs 2: report process {parent:.3f} ms, workers "
              f"{workers:.3f} ms (1/{workers / parent:.0f})")
        xlsx = Path(tmp) / "bbc.xlsx"
        _, _, out = run_child([AUDITOR, "check", "--format", "json", "--export", str(xlsx),
                               str(BBC)], stdout=None)
        report = json.loads(out)
        from openpyxl import load_workbook

        book = load_workbook(xlsx, read_only=True)
        rows = {name: sum(1 for _ in book[name].values) - 1 for name in book.sheetnames}
        expected = {"files": len(report["files"]) + len(report["errors"]),
                    "quantities": sum(f["quantities"] for f in report["files"]),
                    "findings": report["summary"]["findings"]}
        verdict = "match" if rows == expected else "DIFFER"
        print(f"   XLSX export ({xlsx.stat().st_size // 1024} KB) opened with openpyxl: rows "
              f"{rows}; the JSON report says {expected}: {verdict}")


ADVERSARIAL = {"exponents": "x 1e999999999 y 0^-1 ", "quarters": "Q1 5 ", "years ago": "3 years ago ",
               "lists": "12, 15 and 20 of the 40 seats, ", "brackets": "$5m (£3m; €4m) ",
               "dated events": "the war in 1945 ended 10 years after the war, 540 within two years, or 35%, ",
               "repeated sentences": "The board granted 120,500 options to senior staff under the plan. "}


def adversarial(runs: int) -> None:
    """Time per kB of hostile texts at 1, 10 and 100 kB: every stage must stay linear."""
    from auditor.engine import audit
    from auditor.read import read_text

    print("\n== adversarial texts: check time at 1, 10 and 100 kB (median of runs; linear means "
          "100 kB <= 12x 10 kB)")
    cases = {**{k: (v, "text") for k, v in ADVERSARIAL.items()}, "unclosed comment": ("x 5 y ", "markdown")}
    for name, (unit, kind) in cases.items():
        times = []
        for kb in (1, 10, 100):
            text = unit * (kb * 1024 // len(unit))
            if name == "unclosed comment":
                text = "<!-- " + text
            doc = read_text(text, kind=kind)
            walls = []
            for _ in range(max(1, runs if kb < 100 else 1)):
                t = time.perf_counter()
                audit(doc)
                walls.append(time.perf_counter() - t)
            times.append(statistics.median(walls))
        print(f"   {name:17} {times[0] * 1000:8.1f} ms {times[1] * 1000:8.1f} ms {times[2] * 1000:9.1f} ms"
              f"   100 kB / 10 kB = {times[2] / times[1]:4.1f}x")


def cold_start(runs: int) -> None:
    sample = ROOT / "sample_articles" / "desertion-figures.txt"
    for command in ("extract", "check"):
        walls = [run_child([AUDITOR, command, str(sample)])[0] for _ in range(max(5, runs))]
        print(f"\n== cold start: auditor {command} one article: median "
              f"{statistics.median(walls):.3f} s (runs {', '.join(f'{w:.3f}' for w in walls)})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-quantulum", action="store_true")
    ap.add_argument("--skip-scores", action="store_true")
    ap.add_argument("--only", choices=("scores", "throughput", "findings", "batch", "cold", "adversarial"),
                    help="run one section")
    args = ap.parse_args()
    if not (SHARED / "DESIGN.md").exists():
        print("../shared is not present: nothing to measure against")
        return 0
    sections = {"scores": scores, "throughput": lambda: throughput(args.runs, not args.skip_quantulum),
                "findings": corpus_findings, "batch": lambda: batch(args.runs),
                "cold": lambda: cold_start(args.runs), "adversarial": lambda: adversarial(args.runs)}
    for name, section in sections.items():
        if (args.only or name) == name and not (name == "scores" and args.skip_scores):
            section()
    return 0


if __name__ == "__main__":
    sys.exit(main())
