"""Draw the real passages of the relation corpus from ../shared/corpora by a fixed rule.

The rule never looks at what auditor makes of a text: a passage is a BBC article or a TAT-QA
(dev split) paragraph holding at least four figures, and the passages with the smallest hash of
their location are taken. The corpus halves are decided by the same hash (see ``half``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
_FIGURE = re.compile(r"\d[\d,.]*")


def key(where: str) -> str:
    """The hash that orders passages and splits the corpus."""
    return hashlib.sha1(where.encode()).hexdigest()


def half(where: str) -> str:
    """Which half of the corpus a passage (and every twin of it) belongs to: "a" or "b"."""
    return "a" if int(key(where)[:8], 16) % 2 == 0 else "b"


def candidates(shared: Path) -> list[tuple[str, str, int]]:
    """Every passage that qualifies: (origin, location, length)."""
    out = []
    for p in sorted((shared / "corpora/bbc-news").rglob("*.txt")):
        text = p.read_text(encoding="utf-8")
        if len(_FIGURE.findall(text)) >= 4:
            out.append(("bbc", f"corpora/bbc-news/{p.relative_to(shared / 'corpora/bbc-news')}",
                        len(text)))
    with open(shared / "corpora/tatqa/documents.jsonl", encoding="utf-8") as f:
        for doc in map(json.loads, f):
            if doc["split"] != "dev":
                continue
            for i, para in enumerate(doc["paragraphs"]):
                if len(_FIGURE.findall(para)) >= 4 and len(para) >= 150:
                    out.append(("tatqa", f"tatqa:{doc['doc']}:{i}", len(para)))
    return out


def draw(shared: Path, *, bbc: int, tatqa: int) -> list[dict]:
    """The first ``bbc`` articles and ``tatqa`` paragraphs in hash order."""
    picked = []
    for origin, n in (("bbc", bbc), ("tatqa", tatqa)):
        pool = sorted((c for c in candidates(shared) if c[0] == origin), key=lambda c: key(c[1]))
        picked += [{"origin": o, "path": f"shared:{w}", "start": 0, "end": length,
                    "half": half(w)} for o, w, length in pool[:n]]
    return picked


def main() -> None:
    """Print the drawn passages, one JSON object a line."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--bbc", type=int, default=130)
    ap.add_argument("--tatqa", type=int, default=100)
    args = ap.parse_args()
    for row in draw(args.shared, bbc=args.bbc, tatqa=args.tatqa):
        print(json.dumps(row))


if __name__ == "__main__":
    main()
