"""auditor: a linter for the arithmetic in prose."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "audit_paths", "audit_text"]

if TYPE_CHECKING:
    from auditor.batch import audit_paths, audit_text


def __getattr__(name: str) -> Any:
    # The API is loaded on first use, so `auditor --version` and the CLI start fast.
    if name in ("audit_text", "audit_paths"):
        from auditor import batch

        return getattr(batch, name)
    raise AttributeError(f"module 'auditor' has no attribute {name!r}")
