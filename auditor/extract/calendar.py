"""Calendar arithmetic for resolving time expressions against an as-of date."""

from __future__ import annotations

import calendar
import datetime as dt
import re

#: A year written out in digits, 1800–2099 ("in 1961", "May 2005").
WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

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


def next_weekday(as_of: dt.date, weekday: int) -> dt.date:
    """The first ``weekday`` strictly after ``as_of``."""
    return as_of + dt.timedelta(days=(weekday - as_of.weekday()) % 7 or 7)


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


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus, moved onto the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = dt.date(year, month, day + 1)
    return julian + dt.timedelta(days=year // 100 - year // 400 - 2)  # the calendars' drift


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n`` = -1 is the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(year, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


# Holidays as data: the names news uses, and how each year's date is found. A rule is
# ("date", month, day), ("nth", month, weekday, n), ("easter", days after Easter Sunday) or
# ("thanksgiving", days after the US Thanksgiving) or ("orthodox", days after Orthodox Easter).
# Feasts of the lunar calendars (Eid, Diwali, Passover, Chinese New Year) move with the moon as
# observed and are not in the table.
HOLIDAYS: dict[str, tuple[str, int, int, int]] = {
    "christmas eve": ("date", 12, 24, 0), "christmas day": ("date", 12, 25, 0),
    "christmas": ("date", 12, 25, 0), "xmas": ("date", 12, 25, 0), "boxing day": ("date", 12, 26, 0),
    "new year's eve": ("date", 12, 31, 0), "new years eve": ("date", 12, 31, 0),
    "new year's day": ("date", 1, 1, 0), "new years day": ("date", 1, 1, 0),
    "valentine's day": ("date", 2, 14, 0), "valentines day": ("date", 2, 14, 0),
    "valentine day": ("date", 2, 14, 0), "boss's day": ("date", 10, 16, 0), "bosses day": ("date", 10, 16, 0),
    "boss day": ("date", 10, 16, 0), "st patrick's day": ("date", 3, 17, 0),
    "saint patrick's day": ("date", 3, 17, 0), "st patricks day": ("date", 3, 17, 0),
    "saint patricks day": ("date", 3, 17, 0),
    "st david's day": ("date", 3, 1, 0), "st george's day": ("date", 4, 23, 0),
    "st andrew's day": ("date", 11, 30, 0), "burns night": ("date", 1, 25, 0),
    "april fools' day": ("date", 4, 1, 0), "april fool's day": ("date", 4, 1, 0),
    "halloween": ("date", 10, 31, 0), "all saints' day": ("date", 11, 1, 0),
    "bonfire night": ("date", 11, 5, 0), "guy fawkes night": ("date", 11, 5, 0),
    "armistice day": ("date", 11, 11, 0), "remembrance day": ("date", 11, 11, 0),
    "veterans day": ("date", 11, 11, 0), "veterans' day": ("date", 11, 11, 0),
    "independence day": ("date", 7, 4, 0), "the fourth of july": ("date", 7, 4, 0),
    "juneteenth": ("date", 6, 19, 0), "canada day": ("date", 7, 1, 0), "bastille day": ("date", 7, 14, 0),
    "australia day": ("date", 1, 26, 0), "anzac day": ("date", 4, 25, 0), "earth day": ("date", 4, 22, 0),
    "international women's day": ("date", 3, 8, 0), "world aids day": ("date", 12, 1, 0),
    "groundhog day": ("date", 2, 2, 0), "cinco de mayo": ("date", 5, 5, 0), "epiphany": ("date", 1, 6, 0),
    "thanksgiving day": ("thanksgiving", 0, 0, 0), "thanksgiving": ("thanksgiving", 0, 0, 0),
    "black friday": ("thanksgiving", 1, 0, 0), "cyber monday": ("thanksgiving", 4, 0, 0),
    "memorial day": ("nth", 5, 0, -1), "labor day": ("nth", 9, 0, 1),
    "martin luther king day": ("nth", 1, 0, 3), "martin luther king jr. day": ("nth", 1, 0, 3),
    "martin luther king's day": ("nth", 1, 0, 3), "mlk day": ("nth", 1, 0, 3),
    "mlk jr. day": ("nth", 1, 0, 3),
    "presidents' day": ("nth", 2, 0, 3), "presidents day": ("nth", 2, 0, 3),
    "columbus day": ("nth", 10, 0, 2), "mother's day": ("nth", 5, 6, 2), "mothers day": ("nth", 5, 6, 2),
    "father's day": ("nth", 6, 6, 3), "fathers day": ("nth", 6, 6, 3),
    "easter sunday": ("easter", 0, 0, 0), "easter day": ("easter", 0, 0, 0), "easter": ("easter", 0, 0, 0),
    "good friday": ("easter", -2, 0, 0), "holy saturday": ("easter", -1, 0, 0),
    "easter monday": ("easter", 1, 0, 0), "palm sunday": ("easter", -7, 0, 0),
    "maundy thursday": ("easter", -3, 0, 0), "holy thursday": ("easter", -3, 0, 0),
    "ash wednesday": ("easter", -46, 0, 0), "shrove tuesday": ("easter", -47, 0, 0),
    "pancake day": ("easter", -47, 0, 0), "mardi gras": ("easter", -47, 0, 0),
    "mothering sunday": ("easter", -21, 0, 0), "ascension day": ("easter", 39, 0, 0),
    "pentecost": ("easter", 49, 0, 0), "whit sunday": ("easter", 49, 0, 0),
    "whitsunday": ("easter", 49, 0, 0), "white sunday": ("easter", 49, 0, 0), "whitsun": ("easter", 49, 0, 0),
    "whit monday": ("easter", 50, 0, 0),
    "trinity sunday": ("easter", 56, 0, 0), "corpus christi": ("easter", 60, 0, 0),
    "orthodox easter": ("orthodox", 0, 0, 0), "orthodox good friday": ("orthodox", -2, 0, 0),
    "clean monday": ("orthodox", -48, 0, 0), "orthodox shrove monday": ("orthodox", -48, 0, 0),
}
# Names that are ordinary words in lower case ("a good Friday for traders", "a black Friday for
# the markets"): a holiday only when capitalised, or dated ("good friday 2024").
COMMON_WORDS = frozenset({"good friday", "black friday", "clean monday", "white sunday", "holy saturday",
                          "independence day", "memorial day", "earth day", "boss day", "easter day",
                          "epiphany"})


def holiday(name: str, year: int) -> dt.date | None:
    """The date of a named holiday in ``year`` (None for a name the table does not hold)."""
    rule = HOLIDAYS.get(" ".join(name.lower().replace("’", "'").split()))
    if rule is None:
        return None
    kind, a, b, c = rule
    if kind == "date":
        return safe_date(year, a, b)
    if kind == "nth":
        return nth_weekday(year, a, b, c)
    if kind == "easter":
        return easter(year) + dt.timedelta(days=a)
    if kind == "orthodox":
        return orthodox_easter(year) + dt.timedelta(days=a)
    return nth_weekday(year, 11, 3, 4) + dt.timedelta(days=a)  # the fourth Thursday of November
