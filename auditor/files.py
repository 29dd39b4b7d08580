"""Files: find the articles named on the command line in a stable order; publish written reports."""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from auditor.read import MAX_BYTES, TEXT_SUFFIXES, Document, InputError, read_bytes, read_path

T = TypeVar("T")


def collect(paths: list[str], wanted: Callable[[str], bool] | None = None, *,
            hidden: bool = False) -> Iterator[tuple[str, str | None]]:
    """Yield (path, error) for each file to process; folders are walked in sorted order.

    Hidden files and folders are skipped unless ``hidden``; linked folders are followed, but
    never twice.
    ``wanted`` filters the files found in folders (include/exclude
    globs); files named explicitly are always processed.
    """
    for raw in paths:
        p = Path(raw)
        if raw in _STDIN:
            yield raw, None
        elif p.is_dir():
            for path, problem in _walk(p, hidden):
                if problem or wanted is None or wanted(path):
                    yield path, problem
        elif p.exists() or p.is_symlink():
            yield raw, None if p.exists() else "broken symbolic link"
        else:
            yield raw, "no such file or directory"


def _walk(root: Path, hidden: bool = False) -> Iterator[tuple[str, str | None]]:
    """Files under ``root``; symbolic links to folders are followed once each.

    A folder already on the walk (a link loop, or a second link to the same folder) is
    skipped, so each file is checked once and the walk always ends.
    """
    errors: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, onerror=errors.append, followlinks=True):
        try:
            st = os.stat(folder)
        except OSError as e:
            errors.append(e)
            dirs[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            dirs[:] = []
            continue
        seen.add(key)
        dirs[:] = sorted(d for d in dirs if hidden or not d.startswith("."))
        for name in sorted(files):
            if (name.startswith(".") and not hidden) or Path(name).suffix.lower() not in TEXT_SUFFIXES:
                continue
            yield os.path.join(folder, name), None
        yield from _drain(errors, folder)
    yield from _drain(errors, str(root))


def _drain(errors: list[OSError], where: str) -> Iterator[tuple[str, str | None]]:
    while errors:
        err = errors.pop()
        yield str(err.filename or where), (err.strerror or str(err)).lower()


def process(path: str, problem: str | None, work: Callable[[Document], T]
            ) -> tuple[T | None, tuple[str, ...], bool]:
    """Read one file and apply ``work`` to it: (result, problems, internal).

    Never raises for bad input or for a bug met in one file, so the other files are still
    processed; ``internal`` says the problem is a bug (set AUDITOR_DEBUG=1 to raise it).
    """
    if problem:
        return None, (problem,), False
    problems: tuple[str, ...] = ()
    try:
        doc = _read_stdin(path) if path in _STDIN else read_path(Path(path))
        problems = tuple(doc.problems)
        return work(doc), problems, False
    except InputError as e:
        return None, (*problems, str(e)), False
    except Exception as e:  # a bug must not lose the other files
        if os.environ.get("AUDITOR_DEBUG"):
            raise
        return None, (*problems, f"{type(e).__name__}: {e}"), True


#: Characters XML 1.0 (and so XLSX and JUnit reports) cannot hold: Word's vertical tab, ESC.
XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

#: Standard input, read once, under the name it is reported by ("-" or --stdin-filename).
_STDIN: dict[str, bytes] = {}


def register_stdin(name: str, data: bytes) -> None:
    """Make standard input's bytes readable under ``name`` (its suffix picks Markdown or HTML)."""
    _STDIN[name] = data


def _read_stdin(name: str) -> Document:
    data = _STDIN[name]
    if len(data) > MAX_BYTES:
        raise InputError(f"input is too large (over {MAX_BYTES / 1e6:.0f} MB, the limit)")
    return read_bytes(data, name, kind=TEXT_SUFFIXES.get(Path(name).suffix.lower(), "text"))


def publish(tmp: Path, target: Path) -> None:
    """Move a finished temporary file onto its target with the mode a plain ``open()`` would give
    it (the umask applied), or the mode of the file it replaces.
    """
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)
    os.replace(tmp, target)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM for a moment (where the platform can), so that an interruption lands
    after a temporary file is recorded, never between its making and its recording.
    """
    import signal

    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
