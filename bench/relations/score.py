"""Score `auditor check` on both halves of every consistency yardstick.

The yardsticks are the shared developer cases (../shared/bench/consistency, split here by the
hash of each case's passage) and the relation corpus in this folder (real-a/b, written-a/b).
Usage: python bench/relations/score.py [--half a|b] [--show-errors N] [--set NAME]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(HERE))
from draw import half  # noqa: E402


def shared_halves(tmp: Path) -> dict[str, Path]:
    """The shared developer cases split in two by the hash of their passage."""
    rows: dict[str, list[str]] = {"a": [], "b": []}
    for p in sorted((SHARED / "bench" / "consistency").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                stem = case["source"]["path"] if case.get("source") else case["id"]
                rows[half(stem)].append(line)
    out = {}
    for h, lines in rows.items():
        out[f"shared-{h}"] = tmp / f"shared-{h}.jsonl"
        out[f"shared-{h}"].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def main() -> None:
    """Print recall, family recall and false alarms for each half of each yardstick."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--half", choices=("a", "b"))
    ap.add_argument("--set", help="only sets whose name starts with this")
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--cmd", default=f"{Path(sys.executable).with_name('auditor')} check --format json")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sets = shared_halves(Path(tmp)) if (SHARED / "bench").is_dir() else {}
        sets.update({p.stem: p for p in sorted(HERE.glob("*-[ab].jsonl"))})
        print(f"{'set':12} {'planted':>7} {'recall%':>8} {'family%':>8} {'clean':>6} {'false%':>7}")
        for name, path in sets.items():
            if args.half and not name.endswith(f"-{args.half}") or args.set and not name.startswith(args.set):
                continue
            argv = [sys.executable, str(SHARED / "tools" / "score_consistency.py"), str(path),
                    "--cmd", args.cmd, "--json"]
            if args.show_errors:
                argv[-1:] = ["--show-errors", str(args.show_errors)]
                print(subprocess.run(argv, capture_output=True, text=True, check=False).stdout)
                continue
            out = subprocess.run(argv, capture_output=True, text=True, check=False).stdout
            s = json.loads(out)["metrics"]["all"] if out.strip().startswith("{") else None
            if s is None:
                print(f"{name:12} scorer failed")
                continue
            print(f"{name:12} {s['inconsistent']:7d} {s['recall'] or 0:8.1f} {s['family_recall'] or 0:8.1f} "
                  f"{s['consistent']:6d} {s.get('false_alarm_rate') or 0:7.1f}")


if __name__ == "__main__":
    main()
