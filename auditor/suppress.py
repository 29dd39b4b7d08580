"""Inline suppressions: `<!-- auditor: ignore[RT01] -->`, `disable … enable`, `%% auditor: …`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_MARKUP = re.compile(r"<!--\s*auditor:\s*(?P<body>.*?)\s*-->", re.S)
_TEXT = re.compile(r"^[ \t]*%%[ \t]*auditor:[ \t]*(?P<body>.*?)[ \t]*$", re.M)
_BODY = re.compile(r"^(?P<verb>ignore|disable|enable)\b\s*(?:\[(?P<b>[^\]]*)\]|(?P<free>[A-Z0-9, ]*))?$")


@dataclass
class Suppression:
    """One directive, where it stands, and the stretch of the file it covers."""

    verb: str
    codes: tuple[str, ...]
    start: int
    end: int
    covers: tuple[int, int] = (0, 0)
    used: bool = field(default=False)

    def matches(self, code: str) -> bool:
        """Whether the directive names this code (no codes names them all)."""
        return not self.codes or any(code.startswith(c) for c in self.codes)

    @property
    def text(self) -> str:
        """The directive as written, for reports."""
        return f"{self.verb}[{','.join(self.codes)}]" if self.codes else self.verb


class DirectiveError(ValueError):
    """A malformed directive."""


def collect(source: str, kind: str, problems: list[str] | None = None) -> list[Suppression]:
    """Every well-formed directive in a file. A malformed one is reported with its line in
    ``problems`` (or raised as DirectiveError when no list is given); the others still count.
    """
    if "auditor:" not in source:  # every directive names the tool
        return []
    rx = _TEXT if kind == "text" else _MARKUP
    out = []
    for m in rx.finditer(source):
        body = _BODY.match(m.group("body"))
        if not body:
            line = source.count("\n", 0, m.start()) + 1
            error = DirectiveError(f"line {line}: unknown auditor directive {m.group('body')!r} "
                                   "(expected ignore[CODES], disable CODES or enable)")
            if problems is None:
                raise error
            problems.append(str(error))
            continue
        raw = body.group("b") if body.group("b") is not None else (body.group("free") or "")
        codes = tuple(c.strip() for c in raw.replace(",", " ").split() if c.strip())
        out.append(Suppression(body.group("verb"), codes, m.start(), m.end()))
    return out


def resolve(sups: list[Suppression], sentence_spans: list[tuple[int, int]], source: str) -> None:
    """Set the stretch each directive covers: for ignore, its own line and the next sentence;
    for disable, everything up to the matching enable (or the end of the file).
    """
    for i, s in enumerate(sups):
        if s.verb == "ignore":
            line_start = source.rfind("\n", 0, s.start) + 1
            nxt = next((e for b, e in sentence_spans if b >= s.end), len(source))
            s.covers = (line_start, max(nxt, s.end))
        elif s.verb == "disable":
            close = next((o.start for o in sups[i + 1:] if o.verb == "enable" and (
                not o.codes or not s.codes or set(o.codes) & set(s.codes))), len(source))
            s.covers = (s.end, close)


def suppressed(sups: list[Suppression], code: str, offset: int) -> bool:
    """Whether a finding of ``code`` at ``offset`` is silenced; marks the directive used."""
    for s in sups:
        if s.verb != "enable" and s.covers[0] <= offset < s.covers[1] and s.matches(code):
            s.used = True
            return True
    return False
