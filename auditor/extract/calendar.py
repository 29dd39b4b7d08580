"""Calendar arithmetic for resolving time expressions against an as-of date."""

from __future__ import annotations

import calendar
import datetime as dt
import re

Span = tuple[dt.date, dt.date]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 2)}


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> Span:
    """First and last day of a month."""
    return dt.date(year, month, 1), month_end(year, month)


def year_span(year: int) -> Span:
    """First and last day of a year."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def quarter_span(year: int, q: int) -> Span:
    """First and last day of a calendar quarter."""
    return dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)


def half_span(year: int, h: int) -> Span:
    """First and last day of a half-year."""
    return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if h == 1 else (
        dt.date(year, 7, 1), dt.date(year, 12, 31))


def week_span(day: dt.date) -> Span:
    """Monday to Sunday of the week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def season_span(year: int, name: str) -> Span:
    """A meteorological season (northern hemisphere); winter starts in December."""
    a, b = SEASONS[name]
    if a > b:
        return dt.date(year, 12, 1), month_end(year + 1, b)
    return dt.date(year, a, 1), month_end(year, b)


def add_months(day: dt.date, n: int) -> dt.date:
    """``day`` moved by ``n`` calendar months, clamped to the month's end."""
    m = day.month - 1 + n
    y, m = day.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def shift(day: dt.date, n: float, unit: str) -> dt.date | None:
    """``day`` moved by ``n`` units (negative for the past); None when out of range."""
    try:
        if unit in ("day", "week", "fortnight"):
            return day + dt.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
        if unit in months:
            return add_months(day, round(n * months[unit]))
        if unit in ("hour", "minute", "second"):
            return day
    except (OverflowError, ValueError):
        return None
    return None


def latest_month(as_of: dt.date, month: int) -> int:
    """The year of the most recent ``month`` that has begun by ``as_of``."""
    return as_of.year if month <= as_of.month else as_of.year - 1


def last_weekday(as_of: dt.date, weekday: int) -> dt.date:
    """The most recent ``weekday`` strictly before ``as_of``."""
    back = (as_of.weekday() - weekday) % 7 or 7
    return as_of - dt.timedelta(days=back)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when it does not exist (31 June, 29 February 2019)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WRITTEN_DAY = re.compile(
    rf"(?:(?:{_WEEKDAY_NAMES})\.?,?\s+)?(?:the\s+)?(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>{_MONTH_NAMES})\.?,?"
    rf"|(?P<m2>{_MONTH_NAMES})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
    rf"\s+(?P<year>\d{{4}})|(?P<iso>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d)", re.I)


def written_day(text: str) -> dt.date | None:
    """A day written out in full with its year ("Tuesday, 1 March 1945", "May 19, 2006",
    "2005-02-04"); None for any other form.
    """
    m = _WRITTEN_DAY.fullmatch(text.strip())
    if m is None:
        return None
    if m["iso"]:
        return safe_date(int(m["iso"]), int(m["im"]), int(m["id"]))
    month = MONTHS[(m["m1"] or m["m2"]).lower()]
    return safe_date(int(m["year"]), month, int(m["d1"] or m["d2"]))
