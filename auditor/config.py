"""Configuration from `[tool.auditor]` in pyproject.toml, checked when it is loaded."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

SEVERITIES = ("error", "warning", "info", "never")


class ConfigError(Exception):
    """A configuration problem, as one line naming the key ("expected … @ tool.auditor.x")."""


@dataclass(frozen=True)
class Config:
    """Settings for a run; defaults live here and nowhere else."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str = "error"
    as_of: dt.date | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    tolerance: float = 0.0
    entity_synonyms: dict[str, str] = field(default_factory=dict)
    source: str = "defaults"

    def enabled(self, code: str, path: str | None = None) -> bool:
        """Whether a rule code is selected for a file (the longest matching prefix wins)."""
        selected = self.select + self.extend_select
        ignored = self.ignore + tuple(c for pat, codes in self.per_file_ignores
                                      if path is not None and _glob(path, pat) for c in codes)
        best_sel = max((_specificity(p) for p in selected if _prefix(code, p)), default=-1)
        best_ign = max((_specificity(p) for p in ignored if _prefix(code, p)), default=-1)
        return best_sel >= 0 and best_sel > best_ign

    def wants(self, path: str) -> bool:
        """Whether a file found by walking a folder is to be checked."""
        if self.include and not any(_glob(path, p) for p in self.include):
            return False
        return not any(_glob(path, p) for p in self.exclude)


def _specificity(prefix: str) -> int:
    """How specific a selector is: "ALL" least, then by length; an equal ignore wins."""
    return 0 if prefix == "ALL" else len(prefix)


def _prefix(code: str, prefix: str) -> bool:
    return prefix == "ALL" or code.startswith(prefix)


def _glob(path: str, pattern: str) -> bool:
    posix = Path(path).as_posix()
    return fnmatch(posix, pattern) or fnmatch(Path(path).name, pattern) or fnmatch(
        posix, f"*/{pattern}")


_KEYS = {"select", "ignore", "extend-select", "per-file-ignores", "fail-on", "as-of", "include",
         "exclude", "tolerance", "entity-synonyms"}


def find_pyproject(paths: list[str]) -> Path | None:
    """The nearest pyproject.toml with a [tool.auditor] table, walking up from the first path."""
    try:
        start = Path(paths[0]).resolve() if paths else Path.cwd()
    except (OSError, RuntimeError):  # a symlink loop: its folder is where to look
        start = Path(paths[0]).absolute().parent
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                raw = candidate.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            try:
                data = tomllib.loads(raw)
            except tomllib.TOMLDecodeError as e:
                if "tool.auditor" in raw:  # a broken [tool.auditor] must not be dropped in silence
                    raise ConfigError(f"{candidate}: invalid TOML ({e})") from None
                continue
            if "auditor" in data.get("tool", {}):
                return candidate
    return None


def load(path: Path | None, codes: set[str]) -> Config:
    """Read and validate a configuration file; None gives the defaults."""
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read ({e})") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML ({e})") from None
    table = data.get("tool", {}).get("auditor", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: expected a table @ tool.auditor")
    return from_table(table, codes, source=str(path))


def from_table(table: dict[str, Any], codes: set[str], *, source: str = "table") -> Config:
    """A Config from a parsed [tool.auditor] table, or a ConfigError naming the bad key."""
    for key in table:
        if key not in _KEYS:
            raise ConfigError(f"unknown key {key!r} @ tool.auditor (expected one of "
                              f"{', '.join(sorted(_KEYS))})")
    cfg = Config(source=source)
    if "select" in table:
        cfg = replace(cfg, select=_codes(table, "select", codes))
    if "extend-select" in table:
        cfg = replace(cfg, extend_select=_codes(table, "extend-select", codes))
    if "ignore" in table:
        cfg = replace(cfg, ignore=_codes(table, "ignore", codes))
    if "per-file-ignores" in table:
        pfi = table["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise ConfigError("expected a table of glob = [codes] @ tool.auditor.per-file-ignores")
        cfg = replace(cfg, per_file_ignores=tuple(
            (str(k), _codes(pfi, k, codes, where=f"per-file-ignores.{k}")) for k in pfi))
    if "fail-on" in table:
        cfg = replace(cfg, fail_on=severity(table["fail-on"], "tool.auditor.fail-on"))
    if "as-of" in table:
        cfg = replace(cfg, as_of=_date(table["as-of"]))
    if "include" in table:
        cfg = replace(cfg, include=_strings(table, "include"))
    if "exclude" in table:
        cfg = replace(cfg, exclude=_strings(table, "exclude"))
    if "tolerance" in table:
        tol = table["tolerance"]
        if isinstance(tol, bool) or not isinstance(tol, (int, float)) or not 0 <= tol < 1:
            raise ConfigError("expected a number from 0 to 1 @ tool.auditor.tolerance")
        cfg = replace(cfg, tolerance=float(tol))
    if "entity-synonyms" in table:
        syn = table["entity-synonyms"]
        if not isinstance(syn, dict) or not all(isinstance(v, str) for v in syn.values()):
            raise ConfigError("expected a table of word = \"word\" @ tool.auditor.entity-synonyms")
        cfg = replace(cfg, entity_synonyms={str(k).lower(): v.lower() for k, v in syn.items()})
    return cfg


def severity(value: object, where: str) -> str:
    """A --fail-on level, or a ConfigError naming where it came from."""
    if not isinstance(value, str) or value not in SEVERITIES:
        raise ConfigError(f"expected one of {', '.join(SEVERITIES)} @ {where}")
    return value


def _strings(table: dict[str, Any], key: str, where: str | None = None) -> tuple[str, ...]:
    value = table[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"expected a list of strings @ tool.auditor.{where or key}")
    return tuple(value)


def _codes(table: dict[str, Any], key: str, codes: set[str], *,
           where: str | None = None) -> tuple[str, ...]:
    out = _strings(table, key, where)
    for c in out:
        if c != "ALL" and not any(code.startswith(c) for code in codes):
            raise ConfigError(f"unknown rule code {c!r} @ tool.auditor.{where or key}")
    return out


def _date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError("expected a date as YYYY-MM-DD @ tool.auditor.as-of")
