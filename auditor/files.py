"""Find the article files named on the command line, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from auditor.read import TEXT_SUFFIXES


def collect(paths: list[str], wanted: Callable[[str], bool] | None = None
            ) -> Iterator[tuple[str, str | None]]:
    """Yield (path, error) for each file to process; folders are walked in sorted order.

    Hidden files and folders are skipped; symlinked folders are not followed, so a link
    loop cannot recurse. ``wanted`` filters the files found in folders (include/exclude
    globs); files named explicitly are always processed.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for path, problem in _walk(p):
                if problem or wanted is None or wanted(path):
                    yield path, problem
        elif p.exists() or p.is_symlink():
            yield raw, None if p.exists() else "broken symbolic link"
        else:
            yield raw, "no such file or directory"


def _walk(root: Path) -> Iterator[tuple[str, str | None]]:
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in TEXT_SUFFIXES:
                continue
            yield os.path.join(folder, name), None
        while errors:
            e = errors.pop()
            yield str(e.filename or folder), (e.strerror or str(e)).lower()
    while errors:
        e = errors.pop()
        yield str(e.filename or root), (e.strerror or str(e)).lower()
