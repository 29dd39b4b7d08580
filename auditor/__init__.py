"""auditor: a linter for the arithmetic in prose."""

__version__ = "0.1.0"
