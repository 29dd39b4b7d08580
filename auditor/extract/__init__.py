"""Turn a document into typed Quantity and Period records."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right

from auditor.extract.calendar import MONTHS
from auditor.extract.libs import parse_day
from auditor.extract.periods import PeriodHit, find_periods
from auditor.extract.quantities import QHit, find_quantities
from auditor.extract.scan import Windows
from auditor.extract.skip import skipped_spans
from auditor.extract.sources import sources
from auditor.model import Extraction, Interval, Kind, Period, Qualifier, Quantity, Sentence
from auditor.read import Document
from auditor.segment import sentences as split_sentences

__all__ = ["extract", "infer_as_of"]

_FULL_DATE = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
    r"(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b")
_YEAR = re.compile(r"(?<![\d,.$£€-])(?:19[5-9]\d|20\d\d)(?![\d%])(?!\s*(?:per\s*cent|[a-z]+s\b))")
_MONTH_WORD = re.compile(r"\b(?:(?i:in|since|until|by|last|this|of|during|early|late|mid-?|end of)\s+)"
                         r"(January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\b(?!\s+\d)")


def infer_as_of(text: str, today: dt.date, windows: Windows | None = None) -> tuple[dt.date, str]:
    """The publication date implied by the text, and how it was found."""
    win = windows or Windows(text)
    best: tuple[dt.date, str] | None = None
    for m in win.finditer(_FULL_DATE, ("month",), ("digit",)):
        d = parse_day(m.group(), today)
        if d and d <= today and (best is None or d > best[0]):
            best = (d, m.group())
    if best:
        return best[0], f"inferred from the latest full date in the text, '{best[1]}'"
    years = [int(m.group()) for m in win.finditer(_YEAR, ("year",)) if int(m.group()) <= today.year]
    if not years:
        return today, "today's date (the text names no date)"
    year = max(years)
    months = [MONTHS[m.group(1).lower()] for m in win.finditer(_MONTH_WORD, ("month",))]
    if months:
        last = max(months)
        d = dt.date(year + (last == 12), last % 12 + 1, 1)
        name = dt.date(2000, last, 1).strftime("%B")
        return d, f"inferred from '{year}' and '{name}' in the text (the day after {name} ends)"
    return dt.date(year, 12, 31), f"inferred from '{year}', the latest year in the text"


def extract(doc: Document, *, as_of: dt.date | None = None,
            today: dt.date | None = None) -> Extraction:
    """Every quantity and period in ``doc``, with spans into the original file."""
    text = doc.text
    sents = split_sentences(text)
    win = Windows(text)
    if as_of is not None:
        as_of_source = "--as-of"
    elif doc.as_of is not None:
        as_of, as_of_source = doc.as_of, "front matter 'date:'"
    else:
        as_of, as_of_source = infer_as_of(text, today or dt.date.today(), win)
    skip = skipped_spans(text, win)
    period_hits = find_periods(text, as_of, skip, win)
    claimed = skip + [_claimed(text, p) for p in period_hits]
    starts = [s.start for s in sents]
    ends = [s.end for s in sents]
    q_hits = find_quantities(text, ends, starts, claimed, win)
    wanted = {_sentence_of(starts, q.start) for q in q_hits}
    srcs = sources([text[s.start:s.end] for s in sents], wanted | {k - 1 for k in wanted})

    periods = [_period(doc, p, i, _sentence_of(starts, p.start)) for i, p in enumerate(period_hits)]
    scopes = _Scopes(period_hits, periods, q_hits, text)
    quantities = []
    for i, q in enumerate(q_hits):
        k = _sentence_of(starts, q.start)
        scope = scopes.of(q, starts[k], ends[k]) if starts else None
        per_hit = None if q.per else _per_period(text, q, scopes, period_hits, ends, k)
        quantities.append(_quantity(doc, q, i, k, scope, per_hit, srcs[k] if 0 <= k < len(srcs) else None))
    return Extraction(tuple(quantities), tuple(periods), as_of, as_of_source, tuple(sents))


_DURATION_INSIDE = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|"
    r"hundred)\s+(?:days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries)\b", re.I)


def _claimed(text: str, p: PeriodHit) -> tuple[int, int]:
    """What of a time expression no quantity may take: all of it, or what follows the duration it
    states ("the three months to 30 November" leaves "three months" a duration, not "30").
    """
    inside = _DURATION_INSIDE.search(text, p.start, p.end) if p.per is None else None
    return (inside.end(), p.end) if inside else (p.start, p.end)


def _sentence_of(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


class _Scopes:
    """Finds, for each quantity, the nearest time expression of its sentence in logarithmic time."""

    def __init__(self, hits: list[PeriodHit], periods: list[Period], q_hits: list[QHit],
                 text: str) -> None:
        self.text = text
        eligible = [(h, p) for h, p in zip(hits, periods, strict=True)
                    if not h.per and not (h.first is None and h.last is None)]
        self.by_end = sorted(eligible, key=lambda hp: (hp[0].end, -hp[0].start))
        self.ends = [h.end for h, _ in self.by_end]
        self.by_start = sorted(eligible, key=lambda hp: hp[0].start)
        self.starts = [h.start for h, _ in self.by_start]
        self.qs = sorted(q_hits, key=lambda o: o.start)
        self.q_starts = [o.start for o in self.qs]
        self.hit_starts = [h.start for h in hits]

    def _blocked(self, q: QHit, lo: int, hi: int) -> bool:
        """Whether another figure stands wholly between ``lo`` and ``hi``."""
        i = bisect_left(self.q_starts, lo)
        while i < len(self.qs) and self.q_starts[i] < hi:
            o = self.qs[i]
            if o is not q and o.end <= hi:
                return True
            i += 1
        return False

    def of(self, q: QHit, s0: int, s1: int) -> Period | None:
        """The time expression nearest the quantity in its sentence, unless another figure
        stands between them (then it is that figure's).
        """
        best: tuple[int, Period] | None = None
        i = bisect_right(self.ends, q.start) - 1  # the nearest ending before the figure
        while i >= 0 and self.by_end[i][0].start < s0:
            i -= 1
        if i >= 0 and self.by_end[i][0].end <= s1 and not self._blocked(q, self.by_end[i][0].end, q.start):
            end = self.by_end[i][0].end
            # "$290m in 2019, $240m in 2018": a comma parts a figure from the date before it
            apart = 10 if "," in self.text[end:q.start] or ";" in self.text[end:q.start] else 0
            best = (q.start - end + apart, self.by_end[i][1])
        j = bisect_left(self.starts, q.end)  # the nearest starting after it
        if j < len(self.by_start):
            h, p = self.by_start[j]
            d = h.start - q.end
            if h.end <= s1 and (best is None or d < best[0]) and not self._blocked(q, q.end, h.start):
                best = (d, p)
        return best[1] if best else None


_HOW_OFTEN = re.compile(r"\b(?:once|twice|thrice|(?:two|three|four|five|several|many|few|\d+)\s+times)\b",
                        re.I)


#: A word after a one-word frequency that makes it an adjective of its noun ("annual profit").
_ADJECTIVE = re.compile(r"\s+(?!(?:and|or|but|in|on|at|for|to|from|by|since|until|with|than|as|over|"
                        r"so|before|after|while|when|because|of)\b)[a-z]")


def _per_period(text: str, q: QHit, scopes: _Scopes, hits: list[PeriodHit],
                ends: list[int], k: int) -> PeriodHit | None:
    """ "30,000 soldiers are leaving their units each month": a frequency later in the clause."""
    if q.kind not in ("count", "number", "money", "rate"):
        return None
    limit = ends[k] if ends else len(text)
    for i in range(bisect_left(scopes.hit_starts, q.end), len(hits)):  # hits are in text order
        h = hits[i]
        if h.start > limit or h.start - q.end > 80:
            break
        if h.per is None:
            continue
        if bisect_left(scopes.q_starts, h.start) > bisect_left(scopes.q_starts, q.end):
            return None  # another figure stands between
        if re.search(r"[;:]|\bbut\b|\bwhile\b", text[q.end:h.start]):
            return None
        if _HOW_OFTEN.search(text, max(q.end, h.start - 14), h.end):
            return None  # "1,200 people work from home once a week": how often each one does it
        if _ADJECTIVE.match(text, h.end) and " " not in text[h.start:h.end].strip():
            continue  # "257p, after it warned that annual profit …": it counts the next noun
        return h
    return None


def _period(doc: Document, p: PeriodHit, i: int, k: int) -> Period:
    s, e = doc.span(p.start, p.end)
    return Period(p.first, p.last, p.granularity, (s, e), doc.source[s:e], per=p.per,
                  sentence=k, id=f"p{i + 1}", at=(p.start, p.end))


_KINDS = {k.value: k for k in Kind}
_QUALIFIERS = {q.value: q for q in Qualifier}


def _quantity(doc: Document, q: QHit, i: int, k: int, scope: Period | None,
              per_hit: PeriodHit | None, source: str | None) -> Quantity:
    s, e = doc.span(q.start, q.end)
    kind, per = q.kind, q.per
    if per_hit is not None:
        per = per_hit.per
        if kind in ("count", "number"):
            kind = "rate"
    low_open = q.qualifier == "above"
    high_open = q.qualifier == "below" or (
        q.qualifier == "exact" and q.low is not None and q.high is not None and q.high > q.low)
    return Quantity(
        id=f"q{i + 1}", span=(s, e), text=doc.source[s:e], kind=_KINDS[kind], value=q.value,
        interval=Interval(q.low, q.high, low_open, high_open), qualifier=_QUALIFIERS[q.qualifier],
        unit=q.unit, unit_text=q.unit_text, entity=q.entity, event=q.event, per=per,
        change=q.change, period=scope, source=source, sentence=k, approximate=q.approximate,
        at=(q.start, q.end))


def sentence_spans(doc: Document, sents: tuple[Sentence, ...]) -> list[tuple[int, int]]:
    """Original-file spans of the sentences."""
    return [doc.span(s.start, s.end) for s in sents]
