"""Maps offsets in the cleaned analysis text back to offsets in the original file."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class OffsetMap:
    """A piecewise map from analysis-text offsets to original-file offsets.

    The analysis text is built from pieces. A *kept* piece is copied from the original
    (offsets shift by a constant); a *replaced* piece stands for a different stretch of
    the original (HTML entities, repaired mojibake) and maps as a whole.
    """

    __slots__ = ("_a", "_o_start", "_o_end", "_kept")

    def __init__(self) -> None:
        self._a: list[int] = []
        self._o_start: list[int] = []
        self._o_end: list[int] = []
        self._kept: list[bool] = []

    def add(self, a_start: int, o_start: int, o_end: int, *, kept: bool) -> None:
        """Record a piece starting at ``a_start`` that stands for ``original[o_start:o_end]``."""
        self._a.append(a_start)
        self._o_start.append(o_start)
        self._o_end.append(o_end)
        self._kept.append(kept)

    def _piece(self, a: int) -> int:
        return max(0, bisect_right(self._a, a) - 1)

    def start(self, a: int) -> int:
        """The original offset where the analysis character at ``a`` begins."""
        if not self._a:
            return a
        i = self._piece(a)
        if self._kept[i]:
            return self._o_start[i] + (a - self._a[i])
        return self._o_start[i]

    def end(self, a: int) -> int:
        """The original offset just past the analysis character at ``a - 1``."""
        if not self._a or a <= 0:
            return a
        i = self._piece(a - 1)
        if self._kept[i]:
            return self._o_start[i] + (a - self._a[i])
        return self._o_end[i]


class ChainedMap:
    """Several maps applied in turn, the last-built first."""

    __slots__ = ("_maps",)

    def __init__(self, maps: Iterable[OffsetMap]) -> None:
        self._maps = [m for m in maps if m is not None]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map an analysis span ``[start, end)`` to the original file."""
        for m in reversed(self._maps):
            start, end = m.start(start), m.end(end)
        return start, end


class TextBuilder:
    """Builds an analysis text piece by piece, keeping its map to the source."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._len = 0
        self.map = OffsetMap()
        self.changed = False

    def keep(self, o_start: int, o_end: int) -> None:
        """Copy ``source[o_start:o_end]`` unchanged."""
        if o_end <= o_start:
            return
        self.map.add(self._len, o_start, o_end, kept=True)
        self._parts.append(self.source[o_start:o_end])
        self._len += o_end - o_start

    def put(self, text: str, o_start: int, o_end: int) -> None:
        """Write ``text`` in place of ``source[o_start:o_end]``."""
        if len(text) == o_end - o_start:
            self.map.add(self._len, o_start, o_end, kept=True)
        else:
            self.map.add(self._len, o_start, o_end, kept=False)
            self.changed = True
        self._parts.append(text)
        self._len += len(text)

    def text(self) -> str:
        """The analysis text built so far."""
        return "".join(self._parts)
