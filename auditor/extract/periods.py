"""Find time expressions — dates, months, quarters, years, relative periods, frequencies."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from auditor.extract import calendar as cal
from auditor.extract.lexicon import TIME_UNITS, UNITS_WORDS
from auditor.extract.libs import parse_day
from auditor.extract.numbers import ordinal_word, words_value
from auditor.extract.scan import Windows
from auditor.extract.tense import pick


@dataclass(slots=True)  # built often; not frozen, since frozen classes build slowly
class PeriodHit:
    """A time expression found in the text, resolved against the as-of date."""

    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    granularity: str
    per: str | None = None


Resolved = tuple[dt.date | None, dt.date | None, str, str | None] | None
Rule = tuple[re.Pattern[str], Callable[[re.Match[str], dt.date], Resolved]]

_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_MONTH_LOWER = (r"(?:january|february|april|june|july|august|september|october|november|"
                r"december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)")
MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_LOWER})\.?"
YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)"
_ORD_WORDS = (r"(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|"
              r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
              r"seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
DAY = rf"(?:[0-3]?\d(?:st|nd|rd|th)?|{_ORD_WORDS})"
WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|"
           r"Thu|Thur|Thurs|Fri|Sat|Sun|monday|tuesday|wednesday|thursday|friday|saturday|"
           r"sunday)")
_UNIT = r"(?:days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)"
_NUMW = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple of)"
_FREQ = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
         "annually": "year", "annual": "year", "quarterly": "quarter", "hourly": "hour",
         "fortnightly": "fortnight", "biweekly": "fortnight", "bimonthly": "2 months",
         "biannually": "6 months", "semiannually": "6 months", "nightly": "day"}
_REL = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "coming": 1,
        "next": 1, "the following": 1, "my": 0, "same": 0, "that": 0}


def _n(word: str) -> float | None:
    w = word.lower()
    if w.isdigit():
        return float(w)
    if w in ("a", "an"):
        return 1.0
    if w in ("few", "several"):
        return 3.0
    if w == "couple of":
        return 2.0
    return float(UNITS_WORDS[w]) if w in UNITS_WORDS else None


def _unit(word: str) -> str:
    w = word.lower()
    return "year" if w == "annum" else TIME_UNITS.get(w, w)


def _day_num(word: str) -> int | None:
    w = word.lower()
    digits = re.match(r"\d+", w)
    if digits:
        return int(digits.group())
    return ordinal_word(w)


def _month(word: str) -> int:
    return cal.MONTHS[word.lower().rstrip(".")]


def _year_of(text: str | None, as_of: dt.date) -> int | None:
    if text is None:
        return None
    return int(text)


# --- resolvers ------------------------------------------------------------------------------

def _full_day(m: re.Match[str], as_of: dt.date) -> Resolved:
    text = m.group("span") if "span" in m.re.groupindex else m.group()
    text = re.sub(_ORD_WORDS, lambda w: str(ordinal_word(w.group()) or w.group()), text, flags=re.I)
    day = parse_day(text, as_of)
    return (day, day, "day", None) if day else None


def _either(m: re.Match[str], past: dt.date | None, future: dt.date | None, as_of: dt.date) -> dt.date | None:
    """Of a yearless date's occurrences on either side of the as-of date, the one its sentence
    points to (tense.pick); the one there is when the other does not exist (29 February).
    """
    if past is None or future is None:
        return past or future
    return pick(m.string, m.start(), m.end(), past, future, as_of)


def _month_day(m: re.Match[str], as_of: dt.date) -> Resolved:
    month, day = _month(m.group("mon")), _day_num(m.group("day"))
    if day is None or not 1 <= day <= 31:
        return None
    year = _year_of(m.groupdict().get("year"), as_of)
    if year is None:
        year = as_of.year
        d = cal.safe_date(year, month, day)
        if d is None or d > as_of:
            year -= 1
        weekday = cal.WEEKDAYS.get((m.groupdict().get("wd") or "").lower())
        if weekday is not None:  # "Monday, Feb 18": the nearest year whose 18 February is a Monday
            near = [y for y in (year, year + 1, year - 1)
                    if (d := cal.safe_date(y, month, day)) and d.weekday() == weekday]
            year = near[0] if near else year
        else:  # "on 15 February": the one before or after the as-of date, as the verb says
            chosen = _either(m, cal.safe_date(year, month, day), cal.safe_date(year + 1, month, day), as_of)
            year = chosen.year if chosen else year
    d = cal.safe_date(year, month, day)
    return (d, d, "day", None) if d else None


def _month_year(m: re.Match[str], as_of: dt.date) -> Resolved:
    month = m.group("mon")
    mnum = int(month) if month.isdigit() else _month(month)
    if not 1 <= mnum <= 12:
        return None
    first, last = cal.month_span(int(m.group("year")), mnum)
    return first, last, "month", None


def _month_alone(m: re.Match[str], as_of: dt.date) -> Resolved:
    mod = (m.group("mod") or "").lower().strip()
    mnum = _month(m.group("mon"))
    year = cal.latest_month(as_of, mnum)
    if mod in ("next", "this coming"):
        year = as_of.year + 1
    elif mod == "last":
        year = as_of.year - 1
    elif mod == "this":
        year = as_of.year
    first, last = cal.month_span(year, mnum)
    return _part(m.groupdict().get("part"), first, last, "month")


def _part(part: str | None, first: dt.date, last: dt.date, gran: str) -> Resolved:
    """The start, end or middle of a period, by Recognizers-Text's halves convention."""
    if not part:
        return first, last, gran, None
    p = part.lower()
    if gran == "year":
        y = first.year
        if "end" in p:
            return dt.date(y, 9, 1), dt.date(y, 12, 31), gran, None
        if "mid" in p:
            return dt.date(y, 5, 1), dt.date(y, 8, 31), gran, None
        halves = cal.half_span(y, 1), cal.half_span(y, 2)
    elif gran == "month":
        mid = dt.date(first.year, first.month, 15)
        halves = (first, mid), (mid + dt.timedelta(days=1), last)
    else:
        days = (last - first).days + 1
        cut = first + dt.timedelta(days=(days + 1) // 2 - 1)
        halves = (first, cut), (cut + dt.timedelta(days=1), last)
    if any(w in p for w in ("start", "beginning", "early")):
        return halves[0][0], halves[0][1], gran, None
    if any(w in p for w in ("end", "late")):
        return halves[1][0], halves[1][1], gran, None
    days = (last - first).days + 1
    third = days // 3
    return first + dt.timedelta(days=third), last - dt.timedelta(days=third), gran, None


def _year(m: re.Match[str], as_of: dt.date) -> Resolved:
    y = int(m.group("year"))
    first, last = cal.year_span(y)
    return _part(m.groupdict().get("part"), first, last, "year")


def _year_range(m: re.Match[str], as_of: dt.date) -> Resolved:
    y1 = int(m.group("y1"))
    y2s = m.group("y2") or m.group("yy")
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 < y1:
        y2 += 100
    if not 0 < y2 - y1 <= 50:
        return None
    if y2 == y1 + 1 and m.group("yy"):
        return _split_year(y1, m)
    return dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year", None


_FINANCIAL = re.compile(r"\s+(?:financial|tax)\s+year", re.I)


def _split_year(y1: int, m: re.Match[str]) -> Resolved:
    """ "2023-24", "the 2009/10 season": one year of twelve months across two calendar years; a
    financial or tax year runs from April, any other (a season, a school year) from July.
    """
    if _FINANCIAL.match(m.string, m.end()):
        return dt.date(y1, 4, 1), dt.date(y1 + 1, 3, 31), "year", None
    return dt.date(y1, 7, 1), dt.date(y1 + 1, 6, 30), "year", None


def _fiscal(m: re.Match[str], as_of: dt.date) -> Resolved:
    y = m.group("fy")
    year = int(y) if len(y) == 4 else 2000 + int(y)
    first, last = cal.year_span(year)
    return first, last, "fiscal_year", None


def _quarter(m: re.Match[str], as_of: dt.date) -> Resolved:
    q = m.group("q").lower()
    qn = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
          "4th": 4, "final": 4, "last": 4}.get(q) or int(q)
    year = _anchor_year(m.groupdict().get("yr"), as_of)
    if year is None:
        year = as_of.year if 3 * qn - 2 <= as_of.month else as_of.year - 1
    first, last = cal.quarter_span(year, qn)
    return first, last, "quarter", None


def _half(m: re.Match[str], as_of: dt.date) -> Resolved:
    h = 1 if m.group("h").lower() in ("1", "first") else 2
    year = _anchor_year(m.groupdict().get("yr"), as_of)
    if year is None:
        year = as_of.year if h == 1 or as_of.month > 6 else as_of.year - 1
    first, last = cal.half_span(year, h)
    return first, last, "half", None


def _anchor_year(text: str | None, as_of: dt.date) -> int | None:
    if not text:
        return None
    t = text.lower().strip()
    if re.fullmatch(r"'?\d{2}", t):
        return 2000 + int(t.strip("'"))
    if t.isdigit():
        return int(t)
    return as_of.year + {"last year": -1, "next year": 1}.get(t.replace("the ", ""), 0)


def _weekday(m: re.Match[str], as_of: dt.date) -> Resolved:
    wd = cal.WEEKDAYS[m.group("wd").lower()]
    mod = (m.group("mod") or "").lower().strip()
    monday = as_of - dt.timedelta(days=as_of.weekday())
    if mod == "this":
        d = monday + dt.timedelta(days=wd)
    elif mod == "next":
        d = monday + dt.timedelta(days=7 + wd)
    elif mod in ("coming", "this coming"):
        d = cal.next_weekday(as_of, wd)
    else:
        d = pick(m.string, m.start(), m.end(), cal.last_weekday(as_of, wd), cal.next_weekday(as_of, wd), as_of)
    return d, d, "day", None


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "fifth": 5, "5th": 5, "last": -1}


def _month_anchor(text: str | None, as_of: dt.date) -> tuple[int, int]:
    """Year and month named by "next month", "this month", "March", "March 2019"."""
    if not text:
        return as_of.year, as_of.month
    t = text.lower().strip()
    rel = re.match(r"(this|next|last|previous|current|the following)\s+month", t)
    if rel:
        return divmod_month(as_of, _REL.get(rel.group(1), 0))
    parts = t.split()
    mon = _month(parts[0])
    if len(parts) > 1 and parts[-1].isdigit():
        return int(parts[-1]), mon
    return cal.latest_month(as_of, mon), mon


def _edge_day(m: re.Match[str], as_of: dt.date) -> Resolved:
    """ "the last day of October 2015", "the first day of next month": the month's first or last day."""
    y, mo = _month_anchor(m.group("when"), as_of)
    d = dt.date(y, mo, 1) if m.group("edge").lower() in ("first", "opening") else cal.month_end(y, mo)
    return d, d, "day", None


def _nth_weekday(m: re.Match[str], as_of: dt.date) -> Resolved:
    n = _NTH[m.group("nth").lower()]
    if n < 0 and not m.group("when"):
        return None  # "last Tuesday" is the one before the as-of date, not the month's last
    wd = cal.WEEKDAYS[m.group("wd").lower()]
    y, mo = _month_anchor(m.group("when"), as_of)
    if n > 0:
        first = dt.date(y, mo, 1)
        d = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = cal.month_end(y, mo)
        d = last - dt.timedelta(days=(last.weekday() - wd) % 7)
    if d.month != mo:
        return None
    return d, d, "day", None


def _day_of_month(m: re.Match[str], as_of: dt.date) -> Resolved:
    day = _day_num(m.group("day"))
    if day is None:
        return None
    y, mo = _month_anchor(m.group("when"), as_of)
    d = cal.safe_date(y, mo, day)
    return (d, d, "day", None) if d else None


def _bare_day(m: re.Match[str], as_of: dt.date) -> Resolved:
    """ "on the 15th", "for the 27": a day of the current month, or last month's if still ahead."""
    day = _day_num(m.group("day"))
    if day is None or not 1 <= day <= 31:
        return None
    y, mo = as_of.year, as_of.month
    if day > as_of.day:
        y, mo = divmod_month(as_of, -1)
    d = cal.safe_date(y, mo, day)
    ny, nmo = divmod_month(dt.date(y, mo, 1), 1)
    d = _either(m, d, cal.safe_date(ny, nmo, day), as_of) if d and d <= as_of else d
    return (d, d, "day", None) if d else None


def _week_weekday(m: re.Match[str], as_of: dt.date) -> Resolved:
    rel = _REL.get(m.group("rel").lower(), 0)
    monday = cal.week_span(as_of + dt.timedelta(days=7 * rel))[0]
    d = monday + dt.timedelta(days=cal.WEEKDAYS[m.group("wd").lower()])
    return d, d, "day", None


def _weekdays_from_now(m: re.Match[str], as_of: dt.date) -> Resolved:
    n = _n(m.group("n"))
    if n is None:
        return None
    wd = cal.WEEKDAYS[m.group("wd").lower().rstrip("s")]
    d = cal.next_weekday(as_of, wd) + dt.timedelta(days=7 * (int(n) - 1))
    return d, d, "day", None


def _compound_ago(m: re.Match[str], as_of: dt.date) -> Resolved:
    sign = -1 if m.group("dir").lower() == "ago" else 1
    d: dt.date | None = as_of
    for part in re.finditer(rf"(?P<n>{_NUMW})\s+(?P<unit>{_UNIT})", m.group("parts"), re.I):
        n = _n(part.group("n"))
        if n is None or d is None:
            return None
        d = cal.shift(d, sign * n, _unit(part.group("unit")))
    return (d, d, "day", None) if d else None


def _relative_day(m: re.Match[str], as_of: dt.date) -> Resolved:
    w = re.sub(r"\s+", " ", m.group().lower())
    offsets = {"today": 0, "tonight": 0, "this day": 0, "the day": 0, "my day": 0,
               "yesterday": -1, "tomorrow": 1, "the day after tomorrow": 2,
               "the day before yesterday": -2, "the next day": 1, "next day": 1,
               "the following day": 1, "the previous day": -1, "the last day": -1,
               "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0}
    if w not in offsets:
        return None
    d = as_of + dt.timedelta(days=offsets[w])
    return d, d, "day", None


def _ago(m: re.Match[str], as_of: dt.date) -> Resolved:
    n, unit = _n(m.group("n")), _unit(m.group("unit"))
    if n is None:
        return None
    word = m.group("dir").lower()
    sign = -1 if word in ("ago", "earlier", "before") else 1
    base = as_of
    anchor = (m.group("anchor") or "").lower()
    if anchor:
        base = as_of + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(anchor, 0))
    d = cal.shift(base, sign * n, unit)
    if d is None:
        return None
    gran = "day" if unit in ("day", "week", "fortnight") else unit
    return d, d, "day" if gran == "day" else gran, None


def _relative_unit(m: re.Match[str], as_of: dt.date) -> Resolved:
    rel_word = m.group("rel").lower().strip()
    rel = int(rel_word) if rel_word.lstrip("+-").isdigit() else _REL.get(rel_word, 0)
    unit = _unit(m.group("unit"))
    if unit == "week":
        first, last = cal.week_span(as_of + dt.timedelta(days=7 * rel))
    elif unit == "weekend":
        monday = cal.week_span(as_of + dt.timedelta(days=7 * rel))[0]
        first, last = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    elif unit == "month" and rel_word in ("same", "that") and (named := _month_named_before(m)):
        # "stood at 61,308 in March, … since the same month a year earlier": the month named
        # before, a year back when the words after say so
        back = 1 if _YEAR_BACK.match(m.string, m.end()) else 0
        first, last = cal.month_span(cal.latest_month(as_of, named) - back, named)
    elif unit == "month":
        first, last = cal.month_span(*divmod_month(as_of, rel))
    elif unit == "quarter" and rel_word in ("same", "that") and (quarter := _quarter_named_before(m)):
        # "in the third quarter of 2023, … the same quarter a year earlier"
        back = 1 if _YEAR_BACK.match(m.string, m.end()) else 0
        first, last = cal.quarter_span(quarter[0] - back, quarter[1])
    elif unit == "quarter":
        q = (as_of.month - 1) // 3 + rel
        y, q = as_of.year + q // 4, q % 4 + 1
        first, last = cal.quarter_span(y, q)
    elif unit == "year":
        first, last = cal.year_span(as_of.year + rel)
    elif unit == "decade":
        d0 = as_of.year // 10 * 10 + 10 * rel
        first, last = dt.date(d0, 1, 1), dt.date(d0 + 9, 12, 31)
    else:
        return None
    return _part(m.groupdict().get("part"), first, last, unit)


_MONTH_WORD = re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\b")
_YEAR_BACK = re.compile(r"\s+(?:a|one|the)\s+year\s+(?:earlier|before|ago)|\s+(?:of\s+)?(?:last|the\s+previous)\s+year",
                        re.I)


_QUARTER_WORD = re.compile(r"\b(?:(?P<q>first|second|third|fourth)\s+quarter|Q(?P<q2>[1-4]))"
                           r"\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)", re.I)
_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _named_before(rx: re.Pattern[str], m: re.Match[str]) -> re.Match[str] | None:
    """The last match of ``rx`` in the 200 characters before a match."""
    named = list(rx.finditer(m.string, max(0, m.start() - 200), m.start()))
    return named[-1] if named else None


def _quarter_named_before(m: re.Match[str]) -> tuple[int, int] | None:
    """The year and number of the last quarter named, with its year, before a match."""
    q = _named_before(_QUARTER_WORD, m)
    if q is None:
        return None
    n = _QUARTER_NUMBERS[q.group("q").lower()] if q.group("q") else int(q.group("q2"))
    return int(q.group("y")), n


def _month_named_before(m: re.Match[str]) -> int | None:
    """The number of the last month named before a match, if any."""
    named = _named_before(_MONTH_WORD, m)
    return _month(named.group("mon")) if named else None


def divmod_month(as_of: dt.date, rel: int) -> tuple[int, int]:
    """Year and month ``rel`` months from the as-of month."""
    m = as_of.month - 1 + rel
    return as_of.year + m // 12, m % 12 + 1


def _past_n(m: re.Match[str], as_of: dt.date) -> Resolved:
    n, unit = _n(m.group("n")), _unit(m.group("unit"))
    if n is None:
        return None
    rel = m.group("rel").lower()
    if unit == "decade":
        d0 = as_of.year // 10 * 10
        if rel in ("next", "coming"):
            return dt.date(d0 + 10, 1, 1), dt.date(int(d0 + 10 * (n + 1)) - 1, 12, 31), "decade", None
        return dt.date(int(d0 - 10 * n), 1, 1), dt.date(d0 - 1, 12, 31), "decade", None
    if rel in ("next", "coming"):
        end = cal.shift(as_of, n, unit)
        return (as_of + dt.timedelta(days=1), end, unit, None) if end else None
    if rel.startswith("within"):
        end = cal.shift(as_of, n, unit)
        return (as_of, end, unit, None) if end else None
    start = cal.shift(as_of, -n, unit)
    return (start, as_of, unit, None) if start else None


def _to_date(m: re.Match[str], as_of: dt.date) -> Resolved:
    w = re.sub(r"\s+", " ", m.group().lower())
    y0 = dt.date(as_of.year, 1, 1)
    yesterday = as_of - dt.timedelta(days=1)
    if "month" in w:
        first = as_of.replace(day=1)
        if "later" in w or "rest" in w:
            return as_of, cal.month_end(as_of.year, as_of.month), "month", None
        return first, as_of, "month", None
    if "week" in w:
        monday = cal.week_span(as_of)[0]
        if "rest" in w or "later" in w:
            return as_of, monday + dt.timedelta(days=6), "week", None
        return monday, as_of, "week", None
    if "later" in w or "rest" in w:
        return as_of, dt.date(as_of.year, 12, 31), "year", None
    return y0, max(y0, yesterday), "year", None


_MONTHS_IN = {"quarter": 3, "half": 6, "half-year": 6, "half year": 6, "year": 12}


def _months_to(m: re.Match[str], as_of: dt.date) -> Resolved:
    """ "the quarter to September", "the year to March 2024": the months that end with the month
    named.
    """
    nm = m.group("nm")  # "the 12 months to April"
    n = int(nm if nm.isdigit() else words_value(nm) or 0) if nm else \
        _MONTHS_IN[re.sub(r"\s+", " ", m.group("len").lower())]
    mnum = _month(m.group("mon"))
    year = _year_of(m.group("yr"), as_of) if m.group("yr") else cal.latest_month(as_of, mnum)
    if year is None:
        return None
    last = cal.month_span(year, mnum)[1]
    y, mo = divmod(year * 12 + mnum - n, 12)
    day = m.group("day") or m.group("day0")
    if day and int(day) < last.day:  # "the year ended September 28, 2024": a fiscal year to that day
        last = cal.safe_date(year, mnum, int(day)) or last
        y, mo = divmod(year * 12 + mnum - 1 - n, 12)
        return (cal.safe_date(y, mo + 1, int(day)) or last) + dt.timedelta(days=1), last, "range", None
    return dt.date(y, mo + 1, 1), last, "range", None


def _decade(m: re.Match[str], as_of: dt.date) -> Resolved:
    d = m.group("dec")
    words = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
             "seventies": 70, "eighties": 80, "nineties": 90}
    if d.lower() in words:
        y = 1900 + words[d.lower()]
    else:
        digits = re.sub(r"\D", "", d)
        y = int(digits) if len(digits) == 4 else 1900 + int(digits)
        if len(digits) == 2 and 1900 + int(digits) + 10 > as_of.year + 10:
            y = 1900 + int(digits)
    return dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade", None


def _century(m: re.Match[str], as_of: dt.date) -> Resolved:
    c = m.group("c")
    n = int(re.match(r"\d+", c).group()) if c[0].isdigit() else ordinal_word(c)  # type: ignore[union-attr]
    if not n:
        return None
    return dt.date(max(1, (n - 1) * 100), 1, 1), dt.date(n * 100 - 1, 12, 31), "century", None


_LATER = {"following", "next", "subsequent", "later", "after"}


def _year_from_named(m: re.Match[str]) -> Resolved:
    """ "a 684bn yen loss in 2000 into a 331bn yen profit the following year": the year after (or
    before) the last year named just before; nothing when none is named.
    """
    named = list(cal.WRITTEN_YEAR.finditer(m.string, max(0, m.start() - 200), m.start()))
    if not named:
        return None
    rel = (m.group("rel") or m.group("rel2") or m.group("rel3") or "").lower()
    year = int(named[-1].group()) + (1 if rel in _LATER else -1)
    first, last = cal.year_span(year)
    return first, last, "year", None


_HOLIDAY_NAMES = "|".join(
    r"\s+".join(re.escape(w).replace("'", "['’]?") for w in name.split())
    for name in sorted(cal.HOLIDAYS, key=len, reverse=True))
#: Names of a feast that news uses for its season too ("sales over Christmas"): their day is
#: given, as a holiday, not as a span a total covers.
_FEAST_DAY = re.compile(r"\b(?:day|eve|night|sunday|monday|tuesday|wednesday|thursday|friday|saturday)$", re.I)


def _holiday(m: re.Match[str], as_of: dt.date) -> Resolved:
    """ "Easter Sunday 2010", "last Christmas", "Thanksgiving": a holiday's day; without a year,
    the last one on or before the as-of date (news prefers the past), "next" the one after.
    """
    name = " ".join(m.group("hol").split())
    if name[0].islower() and name.lower() in cal.COMMON_WORDS and not (m.group("yr") or m.group("rel")):
        return None  # "a good Friday for traders": ordinary words are a holiday when capitalised
    mod = (m.group("mod") or "").lower()
    if m.group("yr") or m.group("rel"):
        year = int(m.group("yr")) if m.group("yr") else \
            as_of.year + {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
        day = cal.holiday(name, year)
    else:
        this = cal.holiday(name, as_of.year)
        if this is None:
            return None
        if mod == "next":
            day = this if this > as_of else cal.holiday(name, as_of.year + 1)
        elif mod == "this":
            day = this
        else:
            before, after = (this, cal.holiday(name, as_of.year + 1)) if this <= as_of else \
                (cal.holiday(name, as_of.year - 1), this)
            day = _either(m, before, after, as_of)
    if day is None:
        return None
    return day, day, "day" if _FEAST_DAY.search(name) else "holiday", None


def _season(m: re.Match[str], as_of: dt.date) -> Resolved:
    name = m.group("season").lower()
    if name == "fall" and not m.group("mod") and not m.group("yr") and \
            not re.search(r"\b(?:in|by|during|until|since|through)\s+(?:the\s+)?$",
                          m.string[max(0, m.start() - 16):m.start()], re.I):
        return None  # "turnout falls to 39%", "the fall in prices": a verb or a noun, not autumn
    year = _anchor_year(m.group("yr"), as_of) if m.group("yr") else None
    if year is None:
        mod = (m.group("mod") or "").lower()
        a, _ = cal.SEASONS[name]
        year = as_of.year if a <= as_of.month else as_of.year - 1
        year += {"last": -1 if a <= as_of.month else 0, "next": 1}.get(mod, 0)
        current = cal.season_span(as_of.year - 1, name)
        if mod == "this" and a > as_of.month and not current[0] <= as_of <= current[1]:
            year = as_of.year  # "this summer", said in May, is still to come; "this winter" in February is now
    first, last = cal.season_span(year, name)
    return first, last, "season", None


def _frequency(m: re.Match[str], as_of: dt.date) -> Resolved:
    w = m.group("freq")
    if w:
        return None, None, "set", _FREQ[w.lower()]
    unit = m.group("unit").lower()
    n = (m.group("n") or "").strip()
    per = _unit(unit) if unit.lower() not in cal.WEEKDAYS and not unit.lower().endswith("day") \
        or unit.lower() in ("day", "days") else "week"
    if unit.lower().rstrip("s") in cal.WEEKDAYS or unit.lower() in (
            "weekend", "weekday", "morning", "night", "evening", "afternoon"):
        per = "week" if unit.lower().rstrip("s") in cal.WEEKDAYS or unit.lower() == "weekend" else "day"
    if n and _n(n) not in (None, 1.0):
        per = f"{_n(n):g} {per}s"
    return None, None, "set", per


def _weekday_plural(m: re.Match[str], as_of: dt.date) -> Resolved:
    return None, None, "set", "week"


def _day_range(m: re.Match[str], as_of: dt.date) -> Resolved:
    """ "from 4 to 22 this month", "November 19 to 20", "from 3 until 12 of Sept"."""
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    anchor = m.group("anchor").lower().strip()
    if "month" in anchor:
        rel = _REL.get(anchor.replace("in ", "").split()[0], 0)
        y, mo = divmod_month(as_of, rel)
    else:
        mo = _month(re.sub(r"^(?:of|in)\s+", "", anchor))
        yr = m.groupdict().get("yr")
        y = int(yr) if yr else cal.latest_month(as_of, mo)
        if not yr:
            first = _either(m, cal.safe_date(y, mo, d1), cal.safe_date(y + 1, mo, d1), as_of)
            y = first.year if first else y
    a, b = cal.safe_date(y, mo, d1), cal.safe_date(y, mo, d2)
    if not a or not b or b < a:
        return None
    return a, b, "day", None


_B = r"(?<![\w.,-])"
_E = r"(?![\w-])"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH_WHEN = rf"(?:this|next|last|previous|current|the following)\s+month|{MONTH}(?:\s+{YEAR})?"
RULES: list[Rule] = [
    (re.compile(rf"{_B}(?:the\s+)?(?P<len>quarter|half|half[-\s]year|year|(?P<nm>[1-9]\d?|three|six|nine|twelve|"
                rf"eighteen|twenty-four)\s+months)\s+(?:to|ended|ending)\s+"
                rf"(?:the\s+end\s+of\s+)?(?:(?P<day0>[0-3]?\d)(?:st|nd|rd|th)?\s+)?(?P<mon>{MONTH})"
                rf"(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?=,?\s+{YEAR}))?,?(?:\s+(?P<yr>{YEAR}))?{_E}", re.I),
     _months_to),
    (re.compile(rf"{_B}(?:the\s+)?(?P<edge>first|last|final|opening|closing)\s+day\s+of\s+(?:the\s+)?"
                rf"(?P<when>{_MONTH_WHEN}){_E}", re.I), _edge_day),
    (re.compile(rf"{_B}(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{_WD})"
                rf"(?:\s+(?:of|in)\s+(?:the\s+)?(?P<when>{_MONTH_WHEN}))?{_E}"), _nth_weekday),
    (re.compile(rf"{_B}(?:the\s+)?(?P<day>[0-3]?\d(?:st|nd|rd|th)|{_ORD_WORDS})\s+of\s+(?:the\s+)?(?P<when>(?:this|next|last|previous|current|the following)\s+month){_E}", re.I), _day_of_month),
    (re.compile(rf"\b(?:on|for)\s+(?P<span>(?:the\s+)?(?P<day>[0-3]?\d(?:st|nd|rd|th)?|{_ORD_WORDS}))(?=\s*(?:[.!?,;](?!\d)|$))", re.I), _bare_day),
    (re.compile(rf"{_B}(?P<rel>this|next|last)\s+week(?:\s+on)?\s+(?P<wd>{_WD}){_E}"
                rf"|{_B}(?:on\s+)?(?P<wd2>{_WD})\s+(?P<rel2>this|next|last)\s+week{_E}"), lambda m, a: _week_weekday_any(m, a)),
    (re.compile(rf"{_B}(?P<n>{_NUMW})\s+(?P<wd>{_WD})s?\s+(?:from\s+now|later|hence){_E}"), _weekdays_from_now),
    (re.compile(rf"{_B}(?P<parts>(?:{_NUMW})\s+{_UNIT}(?:,?\s+(?:and\s+)?(?:{_NUMW})\s+{_UNIT})+)\s+(?P<dir>ago|later|from now|hence){_E}", re.I), _compound_ago),
    (re.compile(r"\b(?:on|by|until|from|since|back)\s+(?P<span>\d{1,2}/\d{1,2})(?![\d/.,]|\s*(?:of|[a-z]))", re.I), _full_day),
    (re.compile(r"\d{4}-\d{2}-\d{2}T[\d:.]+Z?"), _full_day),
    (re.compile(rf"{_B}{YEAR}-{MONTH}-\d{{1,2}}(?!\d)"), lambda m, a: _iso_month_name(m, a)),
    (re.compile(rf"{_B}Week\s+(?P<w>[1-5]?\d)(?:\s+(?:of\s+)?(?P<yr>{YEAR}))?{_E}"), lambda m, a: _iso_week(m, a)),
    (re.compile(rf"{_B}(?:the\s+)?(?:from\s+(?:the\s+)?|(?P<bw>between\s+(?:the\s+)?))?"
                rf"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?(bw)and|(?:to|till|until|-|–))\s*(?:the\s+)?"
                rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<anchor>(?:of\s+|in\s+)?(?:this|next|last)\s+month"
                rf"|(?:of\s+)?{MONTH})(?:,?\s+(?P<yr>{YEAR}))?{_E}"), _day_range),
    (re.compile(rf"{_B}(?P<anchor>{MONTH})\s+(?:between\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*"
                rf"(?:(?P=anchor)\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<yr>{YEAR}))?{_E}"), _day_range),
    (re.compile(rf"{_B}(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+\d{{3,4}}{_E}"
                rf"|{_B}(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY},?\s+\d{{3,4}}{_E}"), _full_day),
    (re.compile(rf"{_B}(?:\d{{4}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}"
                rf"|\d{{1,2}}/\d{{1,2}},\d{{2,4}}|\d{{1,2}}([/-])\d{{1,2}}\1\d{{2}})(?![\d/.-]\d)"), _full_day),
    (re.compile(rf"{_B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?!\w)"
                rf"(?:,?\s+(?P<year>{YEAR}))?"), _month_day),
    (re.compile(rf"{_B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})(?:\s+|[-/])(?:the\s+)?(?P<day>{DAY})(?!\w|,\d)"
                rf"(?:,?\s+(?P<year>{YEAR}))?"), _month_day),
    (re.compile(rf"{_B}(?P<mon>{MONTH}),?\s*(?:of\s+)?(?P<year>{YEAR}){_E}"
                rf"|{_B}(?P<year2>{YEAR})\s*,?\s*(?P<mon2>{MONTH})(?![\w-])(?!\s+\d)"), lambda m, a: _month_year_any(m, a)),
    (re.compile(rf"{_B}(?P<year>{YEAR})\s*[-/]\s*(?P<mon>0?[1-9]|1[0-2])(?![\d/-])"
                rf"|{_B}(?P<mon2>0?[1-9]|1[0-2])/(?P<year2>{YEAR}){_E}"
                rf"|{_B}(?P<year3>{YEAR})\.(?P<mon3>0?[1-9]|1[0-2])(?!\d)"), lambda m, a: _month_year_any(m, a)),
    (re.compile(rf"{_B}(?:the\s+)?(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th)|final|last)"
                rf"[\s-](?:quarters?|(?i:qtrs?))(?:\s+(?:of\s+)?(?P<yr>{YEAR}|(?:this|last|next) year|the year))?{_E}"
                rf"|{_B}Q(?P<q2>[1-4])(?:\s*(?:FY)?[\s/-]?(?P<yr2>{YEAR}|'?\d{{2}}|(?:this|last|next) year))?{_E}"), lambda m, a: _quarter_any(m, a)),
    (re.compile(rf"{_B}(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?P<yr>{YEAR}|(?:this|last|next|the) year){_E}"
                rf"|{_B}H(?P<h2>[12])\s*(?P<yr2>{YEAR}|'?\d{{2}})?{_E}|{_B}(?P<yr3>{YEAR})\s+H(?P<h3>[12]){_E}"), lambda m, a: _half_any(m, a)),
    (re.compile(rf"{_B}(?:FY|fiscal(?:\s+year)?)\s?'?(?P<fy>{YEAR}|\d{{2}}){_E}", re.I), _fiscal),
    (re.compile(rf"{_B}(?P<y1>{YEAR})(?:\s?(?:[-–—/]|to)\s?(?P<y2>{YEAR})|[-–/](?P<yy>\d{{2}}))(?![\d%-])(?!\s*(?:%|per\s*cent))"), _year_range),
    (re.compile(rf"{_B}(?:the\s+)?(?P<dec>(?:1[6-9]|20)\d0'?s|'\d0s|\d0's|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){_E}", re.I), _decade),
    (re.compile(rf"{_B}(?:the\s+)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)[\s-]+century{_E}", re.I), _century),
    (re.compile(rf"{_B}(?:(?P<mod>last|this|next)\s+)?(?P<hol>{_HOLIDAY_NAMES})"
                rf"(?:\s+(?:of\s+)?(?:(?P<yr>{YEAR})|(?P<rel>this|last|next)\s+year))?{_E}",
                re.I), lambda m, a: _holiday(m, a)),
    (re.compile(rf"{_B}(?:(?P<mod>last|this|next|early|late)\s+)?(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<yr>{YEAR}))?{_E}", re.I), _season),
    (re.compile(rf"{_B}(?P<part>(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+|early\s+|late\s+|mid-?\s*)?(?P<year>{YEAR}){_E}(?![.,]\d)"), lambda m, a: _year_checked(m, a)),
    (re.compile(rf"{_B}(?P<n>{_NUMW})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|from now|before|after|from)(?:\s+(?P<anchor>today|yesterday|tomorrow))?{_E}", re.I), lambda m, a: _ago_checked(m, a)),
    (re.compile(rf"{_B}(?:the\s+)?(?P<rel>past|last|previous|next|coming|within(?: the next| the coming| the upcoming)?)\s+(?P<n>{_NUMW})\s*(?P<unit>{_UNIT}){_E}", re.I), _past_n),
    (re.compile(rf"{_B}(?P<n>{_NUMW})\s+(?P<unit>{_UNIT})\s+(?:hence|in\s+the\s+future){_E}", re.I), lambda m, a: _hence(m, a)),
    (re.compile(rf"{_B}(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+week\s+(?:of\s+)?(?:the\s+)?(?P<when>(?:this|next|last|previous)\s+(?:month|year)|{MONTH}(?:\s+{YEAR})?|{YEAR}){_E}", re.I), lambda m, a: _nth_week(m, a)),
    (re.compile(rf"{_B}(?:the\s+)?(?P<unit>week|year|month)\s+after\s+next{_E}", re.I), lambda m, a: _after_next(m, a)),
    (re.compile(rf"{_B}(?:(?:on|at|this)\s+)?(?:the\s+)?weekend{_E}", re.I), lambda m, a: _relative_unit_text("this", "weekend", a)),
    (re.compile(rf"{_B}(?:the\s+)?rest\s+(?:of\s+)?(?:the\s+|this\s+)?week{_E}", re.I), _to_date),
    (re.compile(rf"{_B}(?P<mon>{MONTH})\s+(?P<rel>next|last|this)\s+year{_E}", re.I), lambda m, a: _month_rel_year(m, a)),
    (re.compile(rf"{_B}(?P<wd>{_WD})\s+(?:the\s+(?P<day>[0-3]?\d(?:st|nd|rd|th)|{_ORD_WORDS})|"
                rf"(?P<day2>[0-3]?\d(?:st|nd|rd|th))(?!\s+(?:of\s+)?{MONTH})){_E}"), lambda m, a: _weekday_the_day(m, a)),
    (re.compile(rf"{_B}(?:from\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:to|till|until|-)\s+(?P<anchor>{MONTH})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?{_E}"), _day_range),
    (re.compile(rf"{_B}(?P<mon>{MONTH})\s+'?(?P<yy>[4-9]\d)(?![\d,])"), lambda m, a: _month_yy(m, a)),
    (re.compile(rf"{_B}(?:so\s+far\s+this\s+(?:year|month|week)|this\s+(?:year|month)\s+so\s+far|so\s+far\s+in\s+the\s+year|year[-\s+]to[-\s+]date|for\s+the\s+year|"
                rf"earlier\s+(?:this|in\s+the)\s+(?:year|month|week)|later\s+(?:this|in\s+the)\s+(?:year|month|week)|(?:the\s+)?rest\s+of\s+(?:the\s+|this\s+)?(?:year|month|week))(?:\s+so\s+far)?{_E}", re.I), _to_date),
    (re.compile(rf"{_B}(?P<part>(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+(?:the\s+)?|early\s+|late\s+|mid-?\s*)?(?P<rel>last|past|previous|this|current|next|coming|my|same|that|(?<=of\s)the)\s+(?P<unit>week|weekend|month|quarter|qtr|year|decade){_E}", re.I), _relative_unit),
    (re.compile(rf"{_B}(?:(?P<mod>last|this|next|this coming|early|late|mid-?)\s*)?(?P<part>(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+)?(?P<mon>{_MONTH_NAMES}|{_MONTH_LOWER})(?![\w-])(?!\s+\d)"), lambda m, a: _month_alone_checked(m, a)),
    (re.compile(rf"{_B}(?:(?P<mod>last|this|next|this coming|coming)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w-])(?!s)"), _weekday),
    (re.compile(rf"{_B}(?:the day after tomorrow|the day before yesterday|today|tonight|yesterday|tomorrow|(?:the\s+)?(?:next|following|previous) day|the last day|this day|my day|last night|this (?:morning|afternoon|evening)){_E}", re.I), _relative_day),
    (re.compile(rf"{_B}(?:(?:each|every|per|a|an|once\s+a|twice\s+a)\s+(?P<n>(?:\d+|two|three|four|five|six|seven|eight|nine|ten|other)\s+)?(?P<unit>days?|weeks?|fortnights?|months?|quarters?|years?|annum|hours?|minutes?|weekends?|mornings?|nights?|evenings?|afternoons?|decades?|{WEEKDAY})"
                rf"|(?P<freq>daily|weekly|monthly|yearly|annually|annual|quarterly|hourly|fortnightly|biweekly|bimonthly|biannually|semiannually|nightly)){_E}", re.I), lambda m, a: _frequency_checked(m, a)),
    (re.compile(rf"{_B}(?:on\s+)?(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays){_E}"), _weekday_plural),
    (re.compile(rf"{_B}(?:(?:the\s+)?(?P<rel>following|next|subsequent|previous|preceding)\s+year|"
                rf"(?:a|one)\s+year\s+(?P<rel2>later|earlier)|the\s+year\s+(?P<rel3>after|before)){_E}", re.I),
     lambda m, a: _year_from_named(m)),
]


def _iso_month_name(m: re.Match[str], as_of: dt.date) -> Resolved:
    y, mon, d = m.group().split("-")
    day = cal.safe_date(int(y), _month(mon), int(d))
    return (day, day, "day", None) if day else None


def _iso_week(m: re.Match[str], as_of: dt.date) -> Resolved:
    year = int(m.group("yr")) if m.group("yr") else as_of.year
    try:
        monday = dt.date.fromisocalendar(year, int(m.group("w")), 1)
    except ValueError:
        return None
    return monday, monday + dt.timedelta(days=6), "week", None


def _hence(m: re.Match[str], as_of: dt.date) -> Resolved:
    n, unit = _n(m.group("n")), _unit(m.group("unit"))
    end = cal.shift(as_of, n, unit) if n is not None else None
    return (as_of + dt.timedelta(days=1), end, unit, None) if end else None


def _nth_week(m: re.Match[str], as_of: dt.date) -> Resolved:
    n = _NTH[m.group("nth").lower()]
    when = m.group("when").lower()
    if re.fullmatch(r"\d{4}", when):
        first_monday = dt.date.fromisocalendar(int(when), 1, 1)
        monday = first_monday + dt.timedelta(weeks=n - 1) if n > 0 else None
    elif when.endswith("year"):
        y = as_of.year + _REL.get(when.split()[0], 0)
        monday = dt.date.fromisocalendar(y, 1, 1) + dt.timedelta(weeks=n - 1) if n > 0 else None
    else:  # weeks of a month count from the week holding its first day
        y, mo = _month_anchor(when, as_of)
        first = dt.date(y, mo, 1)
        monday = cal.week_span(first)[0] + dt.timedelta(weeks=n - 1) if n > 0 else None
    if monday is None:
        return None
    return monday, monday + dt.timedelta(days=6), "week", None


def _after_next(m: re.Match[str], as_of: dt.date) -> Resolved:
    unit = m.group("unit").lower()
    return _relative_unit_text("+2", unit, as_of)


def _relative_unit_text(rel: str, unit: str, as_of: dt.date) -> Resolved:
    class _M:
        def group(self, k: str) -> str | None:
            return {"rel": rel, "unit": unit}.get(k)

        def groupdict(self) -> dict[str, str | None]:
            return {"part": None}

    return _relative_unit(_M(), as_of)  # type: ignore[arg-type]


def _month_rel_year(m: re.Match[str], as_of: dt.date) -> Resolved:
    y = as_of.year + _REL.get(m.group("rel").lower(), 0)
    first, last = cal.month_span(y, _month(m.group("mon")))
    return first, last, "month", None


def _weekday_the_day(m: re.Match[str], as_of: dt.date) -> Resolved:
    day = _day_num(m.group("day") or m.group("day2"))  # "Tuesday the 19th", "Tuesday 19th"
    wd = cal.WEEKDAYS[m.group("wd").lower()]
    if day is None:
        return None
    for shift_months in (0, -1, 1, -2, 2):
        y, mo = divmod_month(as_of, shift_months)
        d = cal.safe_date(y, mo, day)
        if d and d.weekday() == wd:
            return d, d, "day", None
    return None


def _month_yy(m: re.Match[str], as_of: dt.date) -> Resolved:
    first, last = cal.month_span(1900 + int(m.group("yy")), _month(m.group("mon")))
    return first, last, "month", None


def _week_weekday_any(m: re.Match[str], as_of: dt.date) -> Resolved:
    g = m.groupdict()
    rel, wd = (g["rel"], g["wd"]) if g.get("rel") else (g["rel2"], g["wd2"])

    class _M:
        def group(self, k: str) -> str:
            return {"rel": rel, "wd": wd}[k]

    return _week_weekday(_M(), as_of)  # type: ignore[arg-type]


def _month_year_any(m: re.Match[str], as_of: dt.date) -> Resolved:
    g = m.groupdict()
    for k in ("", "2", "3"):
        if g.get("mon" + k) and g.get("year" + k):
            mon = g["mon" + k]
            mnum = int(mon) if mon.isdigit() else _month(mon)
            if not 1 <= mnum <= 12:
                return None
            year = int(g["year" + k])
            if not k and len(mon) == 2 and mnum == (year + 1) % 100:
                # "the 2009-10 season", "in 2011/12": a split year, as "2014-15" is, not October 2009
                return _split_year(year, m)
            first, last = cal.month_span(year, mnum)
            return first, last, "month", None
    return None


def _quarter_any(m: re.Match[str], as_of: dt.date) -> Resolved:
    g = m.groupdict()
    q = g.get("q") or g.get("q2")
    yr = g.get("yr") or g.get("yr2")
    if yr and yr.lower() == "the year":
        yr = None

    class _M:
        def group(self, k: str) -> str | None:
            return {"q": q, "yr": yr}.get(k)

        def groupdict(self) -> dict[str, str | None]:
            return {"q": q, "yr": yr}

    return _quarter(_M(), as_of)  # type: ignore[arg-type]


def _half_any(m: re.Match[str], as_of: dt.date) -> Resolved:
    g = m.groupdict()
    h = g.get("h") or g.get("h2") or g.get("h3") or "1"
    yr = g.get("yr") or g.get("yr2") or g.get("yr3")
    year = _anchor_year(yr if yr and yr.lower() != "the year" else None, as_of)
    hn = 1 if h.lower() in ("1", "first") else 2
    if year is None:
        year = as_of.year if hn == 1 or as_of.month > 6 else as_of.year - 1
    first, last = cal.half_span(year, hn)
    return first, last, "half", None


_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|during|between|for|and|to|through|the|early|late|"
    r"mid|circa|before|after|around|spring|summer|autumn|winter|year|season|fiscal|FY|end|"
    r"start|beginning|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s*-?|[(,]\s*)$", re.I)
_YEAR_AFTER_BAD = re.compile(
    r"\s*(?:%|per\s*cent|[a-z]+s\b(?<!\bis)|(?:thousand|million|billion|dollars|pounds|euros)\b)")


def _year_checked(m: re.Match[str], as_of: dt.date) -> Resolved:
    """A four-digit number is a year when it reads as one.

    Numbers in the recent past (1950 to a few years ahead) are years unless they count
    something ("2000 people") or carry a unit; older or rounder ones ("1600", "2000") need
    a word that introduces a year ("in 1600", "since 2000", "the 1990 season").
    """
    text = m.string
    before = text[max(0, m.start() - 14):m.start()]
    after = text[m.end():m.end() + 16]
    y = int(m.group("year"))
    likely_year = 1950 <= y <= as_of.year + 5 and y % 1000 != 0
    introduced = bool(m.group("part") or _YEAR_BEFORE.search(before))
    ranged = re.match(r"\s*(?:-|–|to)\s*(\d[\d,]*)", after)
    if re.search(r"[$£€¥#]\s?$|\bno\.\s?$", before, re.I) or re.match(r"\s*(?:%|per\s*cent)", after) or \
            ranged and len(ranged.group(1)) >= 3 and not (introduced and likely_year and "," in ranged.group(1)):
        return None  # "2000-3000 people"; but "from 212,400 in 2023 to 236,900" dates the start
    if likely_year:
        return _year(m, as_of)
    if not likely_year and introduced and not _YEAR_AFTER_BAD.match(after):
        return _year(m, as_of)
    return None


def _ago_checked(m: re.Match[str], as_of: dt.date) -> Resolved:
    if m.group("dir").lower() in ("before", "after", "from") and not m.group("anchor"):
        return None
    return _ago(m, as_of)


_MAY_CONTEXT = re.compile(r"(?:in|on|since|until|till|by|from|last|this|next|early|late|mid|of|"
                          r"during|between|and|through|to|before|after|of|the)\s+$", re.I)


def _month_alone_checked(m: re.Match[str], as_of: dt.date) -> Resolved:
    mon = m.group("mon")
    if mon.lower() in ("may", "mar", "march", "jan", "sep", "dec", "jun", "jul", "aug", "apr",
                       "oct", "nov", "feb", "sept") or mon.islower():
        before = m.string[max(0, m.start() - 12):m.start()]
        if not (m.group("mod") or m.group("part") or _MAY_CONTEXT.search(before)):
            return None
    return _month_alone(m, as_of)


def _frequency_checked(m: re.Match[str], as_of: dt.date) -> Resolved:
    text = m.group().lower()
    if text.startswith(("a ", "an ")):
        after = m.string[m.end():m.end() + 12].lower()
        if re.search(r"\band\s+$", m.string[max(0, m.start() - 5):m.start()]) or re.match(
                r"\s+(?:million|billion|thousand|trillion|of)\b", after):
            return None
        before = m.string[max(0, m.start() - 40):m.start()]
        if re.match(r"\s*(?:ago|earlier|later|before|after|or\s+(?:two|so))", after):
            return None
        if re.search(r"\b(?:for|in|within|over|than|about|around|nearly|almost|of|after|"
                     r"last|past|take|took|takes|spend|spent|half)\s+$", before, re.I):
            return None
        if m.group("unit") and m.group("unit").lower() == "quarter" and re.search(
                r"(?:[,(–—-]|\b(?:under|just|roughly|only|well|barely))\s*$", before, re.I):
            return None  # "212 of 650 seats, just under a quarter": a fraction, not each quarter
        if not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|"
                         r"hundred|thousand|million|billion|once|twice|times)\b", before, re.I):
            return None
    return _frequency(m, as_of)


# The anchors each rule cannot match without, in the order of RULES; after a "/", the kinds
# of which one more anchor must lie in the same window.
RULE_ANCHORS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (tuple(a.split()), tuple(n.split())) for a, _, n in (r.partition("/") for r in (
    "month",
    "month monthw",
    "weekday",
    "monthw",
    "digit ordinal",
    "weekday",
    "weekday",
    "unit / dir",
    "numsep",
    "numsep",
    "month / digit",
    "week",
    "month monthw / digit",
    "month / digit",
    "month / digit",
    "numsep",
    "month / digit ordinal",
    "month / digit ordinal",
    "month / year",
    "numsep year",
    "quarter qh",
    "half qh",
    "fiscal",
    "year",
    "decade",
    "century",
    "holiday",
    "season",
    "year",
    "unit / dir",
    "unit / rel",
    "hence",
    "week",
    "next",
    "weekend",
    "week",
    "month / yearw",
    "weekday",
    "month / digit",
    "month / digit",
    "week monthw yearw",
    "week weekend monthw quarter yearw decadew / rel",
    "month",
    "weekday",
    "relday",
    "freq unit weekday relday",
    "weekday",
    "yearw",
))]
assert len(RULE_ANCHORS) == len(RULES)


# The rules grouped by the windows they run in, so that each group's windows are found once.
_GROUPS: dict[tuple[tuple[str, ...], tuple[str, ...]], list[int]] = {}
for _rank, _key in enumerate(RULE_ANCHORS):
    _GROUPS.setdefault(_key, []).append(_rank)
_SPANNED = ["span" in rx.groupindex for rx, _ in RULES]


def find_periods(text: str, as_of: dt.date, claimed: list[tuple[int, int]],
                 windows: Windows | None = None) -> list[PeriodHit]:
    """Every time expression in ``text`` not inside a claimed span, longest match first."""
    win = windows or Windows(text)
    cands: list[tuple[int, int, int, Resolved]] = []
    for (anchors, needs), ranks in _GROUPS.items():
        spans = win.holding(anchors, needs) if needs else win.spans(anchors)
        if not spans:
            continue
        for rank in ranks:
            rx, fn = RULES[rank]
            for m in (m for s, e in spans for m in rx.finditer(text, s, e)):
                if m.end() == m.start():
                    continue
                try:
                    r = fn(m, as_of)
                except (ValueError, KeyError, OverflowError, TypeError):
                    r = None
                if r is not None:
                    s_, e_ = m.span("span") if _SPANNED[rank] else m.span()
                    cands.append((s_, e_, rank, r))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    return _join(text, _choose(text, cands, claimed))


def _choose(text: str, cands: list[tuple[int, int, int, Resolved]],
            claimed: list[tuple[int, int]]) -> list[PeriodHit]:
    taken = bytearray(len(text) + 1)  # characters already read as something: linear, not quadratic
    for a, b in claimed:
        taken[a:b] = b"\x01" * (b - a)
    hits: list[PeriodHit] = []
    for s, e, _, r in cands:
        if 1 in taken[s:e]:
            continue
        assert r is not None
        s2, e2 = _trim(text, s, e)
        taken[s:e] = b"\x01" * (e - s)
        hits.append(PeriodHit(s2, e2, r[0], r[1], r[2], r[3]))
    hits.sort(key=lambda h: h.start)
    return hits


_SINCE = re.compile(r"(?:ever\s+)?since\s+$", re.I)
_FROM_ON = re.compile(r"\b(?:from|starting(?:\s+in)?)\s+$", re.I)
_LINK = re.compile(r"\s*(?:to|till|until|through|thru|-|–|—|and)\s*$", re.I)
_AND = re.compile(r"\s*and\s*$", re.I)
_FROM = re.compile(r"(?:from|between)\s+$", re.I)


def _join(text: str, hits: list[PeriodHit]) -> list[PeriodHit]:
    """Open "since X" at the end; join "from X to Y" and "X–Y" into one period."""
    out: list[PeriodHit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (prev and prev.first and h.last and prev.per is None and h.per is None
                and prev.first <= h.last and _LINK.fullmatch(" " + text[prev.end:h.start])):
            s = prev.start
            m = _FROM.search(text, max(0, s - 10), s)
            if _AND.fullmatch(" " + text[prev.end:h.start]) and not (m and "between" in m.group()):
                out.append(h)
                continue  # "X and Y" is a range only after "between"
            if m:
                s = m.start()
            out[-1] = PeriodHit(s, h.end, prev.first, h.last, "range")
            continue
        m = _SINCE.search(text, max(0, h.start - 12), h.start) or (
            _FROM_ON.search(text, max(0, h.start - 12), h.start) if h.granularity in ("month", "day") else None)
        if m and h.first and not (h.granularity == "day" and h.last != h.first):
            # "since January"; "averaged 1,214 a month from January": open at the end; but "from
            # August 27th - 29th" is closed
            h = PeriodHit(m.start(), h.end, h.first, None, h.granularity)
        out.append(h)
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in " \t\n.,":
        e -= 1
    return s, e

