"""Run patterns only near their anchors: the cheap first pass that keeps extraction fast.

Most of an article holds no figure or date. Each pattern declares the anchors it cannot
match without (a digit, a month name, a time word); it runs only in windows around those
anchors, which one pass over the document's words finds. A window starts at the word
PAD characters before its first anchor (no pattern reaches further back from the word it
needs) and ends at the first break after PAD characters past its last anchor, or at the end
of the word TAIL characters further on, whichever comes first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from auditor.extract.calendar import HOLIDAYS
from auditor.extract.lexicon import ANNIVERSARY_WORDS, FRACTION_DENOMS

_WORDS: dict[str, str] = {
    "month": """jan january feb february mar march apr april may jun june jul july aug august sep
        sept september oct october nov november dec december""",
    "weekday": """mon monday mondays tue tues tuesday tuesdays wed wednesday wednesdays thu thur
        thurs thursday thursdays fri friday fridays sat saturday saturdays sun sunday sundays""",
    "unit": """day days week weeks weekend weekends fortnight fortnights month months quarter
        quarters year years decade decades century centuries annum half halves hour hours minute
        minutes ago""",
    "relday": """today tonight yesterday tomorrow day night morning afternoon evening""",
    "freq": """daily weekly monthly yearly annual annually quarterly hourly fortnightly biweekly
        bimonthly biannually semiannually nightly""",
    "season": "spring summer autumn fall winter",
    "ordinal": """first second third fourth fifth sixth seventh eighth ninth tenth eleventh
        twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
        twentieth thirtieth""",
    "quarter": "quarter quarters qtr qtrs",
    "week": "week weeks",
    "monthw": "month months",
    "yearw": "year years",
    "decadew": "decade decades",
    "weekend": "weekend weekends",
    "century": "century centuries",
    "next": "next",
    "hence": "hence future",
    "over": "over",
    "dir": "ago from before after later hence",
    "rel": "past last previous next coming within this current my same that start beginning end middle",
    "vague": "tens dozens scores hundreds thousands millions billions",
    "fiscal": "fy fiscal",
    "half": "half halves",
    "qh": "q h",
    "decade": "twenties thirties forties fifties sixties seventies eighties nineties",
    "mult": """twice thrice double doubled doubles doubling triple tripled triples tripling
        treble trebled quadruple quadrupled quadruples halved halving""",
    "unitart": """pair couple dollar euro kg kilo kilogram litre liter tonne gallon percentage basis fortnight
        week month year decade""",
    "scaleword": "hundred thousand million billion",
    "numword": """zero nil nought naught one two three four five six seven eight nine ten eleven twelve
        thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty
        sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion
        billions trillion lakh lakhs crore crores dozen dozens dz dzs doz dozs half halves quarter
        quarters third thirds fourth fourths fifth fifths sixth sixths seventh sevenths eighth
        eighths ninth ninths tenth tenths hundredth hundredths thousandth thousandths millionth
        billionth trillionth trillionths scores negative minus""",
}
_WORDS["ordinal"] += " " + " ".join(ANNIVERSARY_WORDS)  # "its centenary"
_WORDS["numword"] += " " + " ".join(FRACTION_DENOMS)  # every word a number in words can start with
# each holiday name's longest word ("thanksgiving", "friday" of "good friday") anchors it
_WORDS["holiday"] = " ".join(sorted({max(re.findall(r"[a-z]+", name), key=len) for name in HOLIDAYS}))
KINDS: dict[str, tuple[str, ...]] = {}
for _kind, _words in _WORDS.items():
    for _w in _words.split():
        KINDS[_w] = (*KINDS.get(_w, ()), _kind)
ANCHOR_NAMES = ("digit", "numsep", "year", *_WORDS)

_DIGITS = re.compile(r"\d+")
_SEPARATED = re.compile(r" ?[/.–-] ?\d")
_SEPARATORS = frozenset(" /.–-")
_LETTERS = re.compile(r"[a-z]+")
_VOCAB = frozenset(KINDS)


def _add_word(lower: str, w: str, kinds: tuple[str, ...], hits: dict[str, list[int]]) -> None:
    """Record every whole-word occurrence of ``w`` under each of its anchor kinds."""
    n, i = len(w), lower.find(w)
    while i >= 0:
        before = lower[i - 1] if i else " "
        after = lower[i + n] if i + n < len(lower) else " "
        if not ("a" <= before <= "z") and not ("a" <= after <= "z"):
            for k in kinds:
                hits[k].append(i)
        i = lower.find(w, i + n)
_BREAK = re.compile(r"[\n.!?;]")
PAD = 30  # characters before an anchor where a match may start; the longest lead is ~27
TAIL = 10  # past PAD after the last anchor, a window ends at a break or the next word's end
_SPACE = re.compile(r"\s")

Spans = list[tuple[int, int]]


class Windows:
    """The windows of one text around each kind of anchor."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._hits: dict[str, list[int]] = {k: [] for k in ANCHOR_NAMES}
        lower = text.lower()
        if len(lower) != len(text):  # a few characters change length when lowercased
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        hits = self._hits
        digit, numsep, year, decade = hits["digit"], hits["numsep"], hits["year"], hits["decade"]
        for m in _DIGITS.finditer(lower):
            p, e = m.span()
            digit.append(p)
            after = lower[e:e + 1]
            if after in _SEPARATORS and _SEPARATED.match(lower, e):
                numsep.append(p)
            if e - p == 4 and lower[p] in "12":
                year.append(p)
            if after in ("s", "'") and lower.startswith(("s", "'s"), e):
                decade.append(p)
        present = set(_LETTERS.findall(lower))
        for w in present & _VOCAB:
            _add_word(lower, w, KINDS[w], hits)
        if "fold" in lower:
            for w in present:
                if w.endswith("fold") and w not in KINDS:
                    _add_word(lower, w, ("mult",), hits)
        for k in hits:
            hits[k].sort()
        self._cache: dict[tuple[str, ...], Spans] = {}

    def positions(self, anchor: str) -> list[int]:
        """Where each anchor of one kind starts (for a digit anchor, each run of digits)."""
        return self._hits[anchor]

    def spans(self, anchors: tuple[str, ...]) -> Spans:
        """Merged windows around any of the named anchors."""
        found = self._cache.get(anchors)
        if found is None:
            if len(anchors) == 1:
                found = self._windows(self._hits[anchors[0]])
            else:  # the union of each kind's windows equals the windows of all their anchors
                found = _union(sorted(w for a in anchors for w in self.spans((a,))))
            self._cache[anchors] = found
        return found

    def holding(self, anchors: tuple[str, ...], needs: tuple[str, ...]) -> Spans:
        """The windows of ``anchors`` that also hold an anchor of one of the ``needs`` kinds,
        for a pattern that cannot match without both ("3 years ago": a unit and "ago").
        """
        key = (*anchors, "/", *needs)
        found = self._cache.get(key)
        if found is None:
            marks = sorted(p for a in needs for p in self._hits[a])
            found = self._cache[key] = [
                (s, e) for s, e in self.spans(anchors)
                if (i := bisect_left(marks, s)) < len(marks) and marks[i] < e]
        return found

    def finditer(self, rx: re.Pattern[str], anchors: tuple[str, ...],
                 needs: tuple[str, ...] = ()) -> Iterator[re.Match[str]]:
        """Matches of ``rx`` inside the windows of ``anchors`` (that hold one of ``needs``)."""
        text = self.text
        for start, end in self.holding(anchors, needs) if needs else self.spans(anchors):
            yield from rx.finditer(text, start, end)

    def _windows(self, starts: list[int]) -> Spans:
        text, n = self.text, len(self.text)
        snapped: Spans = []
        for s, e in _union([(p - PAD, p + PAD) for p in starts]):
            s = max(text.rfind(" ", 0, s), text.rfind("\n", 0, s)) + 1 if s > 0 else 0
            e = min(n, e)
            m = _BREAK.search(text, e, min(n, e + TAIL))
            if m:
                e = m.end()
            else:
                space = _SPACE.search(text, min(n, e + TAIL))
                e = space.start() if space else n
            snapped.append((s, e))
        return _union(snapped)


def _union(spans: Spans) -> Spans:
    """Sorted spans with the overlapping or touching ones merged."""
    out: Spans = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
