"""The engine: segment, extract, relate, check and suppress one document."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from auditor.check import run_rules
from auditor.config import Config
from auditor.extract import extract
from auditor.model import Extraction, Finding
from auditor.read import Document
from auditor.relate import relate
from auditor.suppress import Suppression, resolve, suppressed

__all__ = ["Audit", "audit", "fingerprint"]


@dataclass(frozen=True, slots=True)
class Audit:
    """What checking one document found."""

    doc: Document
    extraction: Extraction
    findings: tuple[Finding, ...]
    verified: int
    suppressed: int = 0
    unused: tuple[Suppression, ...] = ()
    quantity_count: int = 0

    def for_report(self) -> Audit:
        """A copy without what no report reads: the quantities and periods no finding
        names, and the sentences when there is no finding to place. A worker process sends
        this to its parent.
        """
        ex = self.extraction
        return replace(self, extraction=replace(
            ex, quantities=(), periods=(), sentences=ex.sentences if self.findings else ()))


def audit(doc: Document, *, as_of: dt.date | None = None, config: Config | None = None) -> Audit:
    """Extract, relate and check one document."""
    cfg = config or Config()
    with _no_cyclic_gc():  # one audit makes many short-lived objects and no cycles worth a pass
        return _audit(doc, as_of, cfg)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _audit(doc: Document, as_of: dt.date | None, cfg: Config) -> Audit:
    ex = extract(doc, as_of=as_of or cfg.as_of)
    rels = relate(doc, ex, tolerance=cfg.tolerance, synonyms=cfg.entity_synonyms)
    findings, verified = run_rules(rels, lambda code: cfg.enabled(code, doc.path))
    findings.sort(key=lambda f: (min(q.span[0] for q in f.quantities), f.code))
    sups = doc.suppressions
    resolve(sups, [doc.span(s.start, s.end) for s in ex.sentences], doc.source)
    kept = [f for f in findings
            if not suppressed(sups, f.code, min(q.span[0] for q in f.quantities))]
    unused = tuple(s for s in sups if s.verb != "enable" and not s.used)
    return Audit(doc, ex, tuple(kept), verified, len(findings) - len(kept), unused,
                 len(ex.quantities))


def fingerprint(a: Audit, f: Finding) -> str:
    """An identity for a finding that survives unrelated edits: the file, the rule, the
    figures and the words of their sentences, not their line numbers.
    """
    words = []
    for q in f.quantities:
        s = a.extraction.sentences[q.sentence] if a.extraction.sentences else None
        span = a.doc.span(s.start, s.end) if s else q.span
        words.append(" ".join(a.doc.source[span[0]:span[1]].split()))
    key = "|".join([_project_path(a.doc.path), f.code, *(q.text for q in f.quantities), *words])
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _project_path(path: str) -> str:
    """A file's path relative to its project (the nearest folder above it holding pyproject.toml or
    .git, else the working folder), so "drafts/a.md" and "/home/me/site/drafts/a.md" are one file.
    """
    p = Path(path)
    if not p.exists():
        return path  # text given directly ("<text>"), not a file
    full = p.resolve()
    root = _root(full.parent)
    try:
        return full.relative_to(root).as_posix()
    except ValueError:
        return full.as_posix()


@lru_cache(maxsize=256)
def _root(folder: Path) -> Path:
    for f in (folder, *folder.parents):
        if (f / "pyproject.toml").is_file() or (f / ".git").exists():
            return f
    return Path.cwd().resolve()
