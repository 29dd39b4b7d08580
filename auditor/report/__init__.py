"""Reporters: one module per output format, all fed the same records."""
