"""Merge labelled case files into the corpus halves: real-a/b.jsonl and written-a/b.jsonl.

A case's half comes from the hash of its passage (the source path for real text, the id stem for
written text), so a passage and its twins always land in the same half.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw import half  # noqa: E402

HERE = Path(__file__).resolve().parent


def stem(case: dict) -> str:
    """What decides a case's half."""
    if case.get("source"):
        return case["source"]["path"].partition(":")[2]
    return case["id"].rsplit("-", 1)[0]


def main(paths: list[str]) -> None:
    """Write the four corpus files from the labelled files given."""
    out: dict[str, list[str]] = {f"{k}-{h}": [] for k in ("real", "written") for h in "ab"}
    for p in paths:
        for line in open(p, encoding="utf-8"):
            if line.strip():
                case = json.loads(line)
                kind = "written" if case["origin"] == "written" else "real"
                out[f"{kind}-{half(stem(case))}"].append(json.dumps(case, ensure_ascii=False))
    for name, lines in out.items():
        (HERE / f"{name}.jsonl").write_text("".join(x + "\n" for x in lines), encoding="utf-8")
        print(name, len(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
