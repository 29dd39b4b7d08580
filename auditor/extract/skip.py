"""Digits that are not quantities: identifiers, times of day, phone numbers, versions, scores."""

from __future__ import annotations

import re

from auditor.extract.lexicon import ISO_CODES, UNITS_WORDS
from auditor.extract.scan import Windows

# Words that name the number after them: "Section 12", "Boeing 737", "Game 2", "FTSE 100".
_TITLE_ID = frozenset("""
section sections article articles part chapter clause rule row room route highway interstate exit
game games gate terminal platform flight channel radio formula model version level stage phase
grade class category type series season episode volume vol no nos number unit block lot track
lane pier building floor apartment flat suite box act scene psalm resolution proposition prop
amendment bill item table figure fig page paragraph appendix schedule tier zone district ward
division league windows iphone ipad galaxy pixel boeing airbus playstation xbox watch office war
euro apollo falcon vision agenda top ftse fortune nasdaq nikkei dax cac stoxx russell dow seng
group pool court count counts camp street avenue road regulation directive law title ch sec art
line lines bus tube train car mk mark gen generation android ios macos python java html web
industry cup prix test gemini mercury voyager pioneer band p asx big planet
""".split())
_ANY_CASE_ID = frozenset("""
category level grade phase stage tier round section row room page chapter exit gate terminal
platform no version model s&p sp ftse asx stoxx nasdaq nikkei dax cac russell footsie cat
""".split())
_WORD_BEFORE_NUM = re.compile(r"([A-Za-z][A-Za-z&]*)\.?\s+(?:No\.?\s*)?$")
_NUM_TAIL = re.compile(r"\d+(?:[.-]\d+)*[A-Za-z]?\b")
_ADDRESS = re.compile(
    r"\d{1,5}(?:-\d{1,5})?\s+(?:[A-Z][\w.]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Way|"
    r"Boulevard|Blvd|Place|Pl|Square|Sq|Court|Ct|Terrace|Crescent|Close|Highway|Hwy)\b"
    r"|0\d{3}(?=\s?(?:GMT|BST|UTC|EDT|EST|hours?|hrs?)\b)")


def _named_numbers(text: str, digits: list[int]) -> list[tuple[int, int]]:
    """ "Section 12", "Boeing 737", "575 Wilbraham Road": numbers that are names."""
    out = []
    for p in digits:
        m = _WORD_BEFORE_NUM.search(text, max(0, p - 24), p)
        if m:
            word = m.group(1)
            low = word.lower()
            if low in _ANY_CASE_ID or not word.islower() and low in _TITLE_ID or \
                    _acronym_name(text, word, p):
                tail = _NUM_TAIL.match(text, p)
                if tail:
                    out.append((m.start(1), tail.end()))
                    continue
        a = _ADDRESS.match(text, p)
        if a:
            out.append(a.span())
            continue
        if _AFTER_SCALE.search(text, max(0, p - 12), p):
            tail = _NAME_AFTER_SCALE.match(text, p)
            if tail:
                out.append((p, tail.end()))  # "1.02 million 999 calls": a scaled figure, then a name
    return out


_NAME_AFTER_SCALE = re.compile(r"\d{2,4}(?=\s+[a-z]{3,})(?!\s+(?:years?|months?|weeks?|days?|hours?)\b)")
_AFTER_SCALE = re.compile(r"\d\s*(?:million|billion|thousand|trillion|bn|mn)\s$", re.I)


_CODES = frozenset(ISO_CODES)
_BARE_INTEGER = re.compile(r"\d{1,4}(?![\d,.%])(?!\s*(?:per\s*cent|percent|pc|pct)\b)", re.I)


def _acronym_name(text: str, word: str, p: int) -> bool:
    """ "NHS 111", "EU 27", "BBC 2": an acronym right before a bare integer names a service or a
    group (not "GBP 40" or "MW 12", which are amounts).
    """
    return word.isupper() and 2 <= len(word) <= 5 and not {word, word[1:]} & _CODES and \
        word not in _NOT_NAMES \
        and text[p - 1:p] == " " and bool(_BARE_INTEGER.match(text, p)) \
        and any(c.islower() for c in text[max(0, p - 40):p + 40])  # not a wire headline in capitals


_IDENTIFIER = re.compile(
    r"\b(?P<word>[A-Za-z]+)(?P<hyphen>[-‑]?)\d+(?:[-‑.]\d+)*[A-Za-z]*\b"
    r"|\b\d+[A-Za-z]*[-‑][A-Za-z]+\d[\w-]*"
    r"|\b\d+(?P<caps>[A-Z][A-Za-z]*)\b"
    r"|\blast-\d+\b|\btop-\d+\b|\bno\.\s?\d+\b|#\d+\b|\b\d+/7\b"
)
# Capital suffixes that make "10M", "5GW", "100F" a figure rather than a code like "4G" or "3D".
_UNIT_CAPS = frozenset("""K M B MM BN USD GBP EUR AUD CAD JPY CNY RMB INR CHF GW MW KW W V GB MB
TB KB PB HP BHP F C GHZ MHZ KHZ HZ MAH KWH MWH GWH TWH MPH KPH MPG DB T L""".split())
_NOT_NAMES = _UNIT_CAPS | {"US", "UK"}  # before a number, "MW 12" is an amount and "UK 12 month" a country
_DOLLAR_PREFIXES = frozenset("US A AU C CA HK NZ S".split())
_HYPHEN_OK = frozenset("last top round covid mp".split())
_CURRENCY_CODE_ID = re.compile(
    r"^(?:(?i:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|"
    r"sept|september|oct|october|nov|november|dec|december|week|wk)|Q|H|USD|GBP|EUR|JPY|CNY|RMB|INR|AUD|CAD|CHF|HKD|NZD|SGD|SEK|NOK|DKK|ZAR|BRL|MXN|RUB|TRY|KRW|"
    r"MUSD|MAUD|MEUR|Q[1-4]|H[12]|FY|km|kg|mm|cm|mg|ml|m|g|kph|mph|mpg|lbs?|ft|sq|x|kWh|MWh|GWh|"
    r"TWh|kW|MW|GW|W|GB|MB|TB|KB|hp|bhp|p|c|bn|tn|mn|k|K|M|B)$")
# These patterns begin with one character class (the lookbehinds come after it), which lets
# the search skip quickly to candidate starts; they match exactly what "\b\d..." would.
_TIME = re.compile(
    r"\d(?<!\w\d)(?:\d?(?::\d{2}){1,2}(?:\.\d+)?(?:\s?(?:[ap]\.?m\.?|GMT|BST|EST|EDT|PST|PDT|CET|UTC))?(?![\w.])"
    r"|\d?(?:\.\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)"
    r"|\d?\s?o'clock\b)", re.I)
_PHONE = re.compile(
    r"[+(\d](?:(?<=\+)(?<![\w.]\+)\d[\d\s().-]{7,}\d(?![\w.])"
    r"|(?<=\()\d{3}\)\s?\d{3}[-.\s]\d{4}\b"
    r"|(?<=0)(?<![\w.]0)\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b"
    r"|(?<=\d)(?<!\w\d)(?:\d{2}-\d{3}-\d{4}\b|\d{3}-\d{8}-\d{4}\b))")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+|(?<!\S)[^\s@]+@\S+\.\w+")
_VERSION_IP = re.compile(
    r"(?-i:[\dvVrRbBuU])(?:(?<=\d)(?<![\w.]\d)(?!\d?\.\d{1,2}\.(?:1[6-9]|20)\d\d\b)\d*(?:\.\d+){2,}(?![\w.])"
    r"|(?<=v)(?<!\w.)\d+(?:\.\d+)+\b"
    r"|(?<!\w.)(?:(?<=v)(?:ersion|\.)|(?<=r)elease|(?<=b)uild|(?<=u)pdate)\s+\d+(?:\.\d+)*\b)", re.I)
_SCORE_CONTEXT = re.compile(
    r"\b(?:won|win|wins|beat|beats|beaten|lost|lose|loses|drew|draw|drawn|victory|defeat|"
    r"lead|leads|led|trail|trailed|trailing|score|scored|scoreline|thrashing|thrashed|"
    r"down|up|at|game|match|final|semi-final|tie|leg|aggregate|set|sets|penalties|innings)\b",
    re.I)
_PAIR = re.compile(r"(\d(?<![\w.,$£€-]\d)\d?)\s?[-–](\s?)(\d{1,2})(?![\w%-]|[.,]\d)(?!\s*(?:%|per\s*cent))")


# An age band named as a group: "the over-65s", "under-18s", "18- to 24-year-olds", "five-year-olds".
_AGE_BAND = re.compile(r"\b(?:over|under)-\d{1,3}s\b|\b\d{1,3}-\s*(?:to|and)\s+\d{1,3}-year-olds\b|"
                       rf"\b(?:\d{{1,3}}|{'|'.join(w for w, v in UNITS_WORDS.items() if 1 <= v <= 19)})"
                       r"[- ]year[- ]olds\b", re.I)


def skipped_spans(text: str, windows: Windows | None = None) -> list[tuple[int, int]]:
    """Spans whose digits are identifiers, codes, times, phone numbers or scores."""
    win = windows or Windows(text)
    spans: list[tuple[int, int]] = []
    has_url = "@" in text or "http" in text or "www." in text
    for rx in (_URL, _TIME, _PHONE, _VERSION_IP) if has_url else (_TIME, _PHONE, _VERSION_IP):
        spans.extend(m.span() for m in win.finditer(rx, ("digit",)))
    spans.extend(_named_numbers(text, win.positions("digit")))
    for m in _codes(text, win.positions("digit")):
        word = m.group("word")
        if word and (_CURRENCY_CODE_ID.match(word) or word == "PS" or text[m.start() - 1:m.start()] in
                     ("$", "£", "€", "¥") or (
                word.islower() and m.group("hyphen") and word not in _HYPHEN_OK)):
            continue  # "Oct-2", "USD115", "sub-500", "now-18" are not codes
        caps = m.group("caps")
        if caps and (caps.upper() in _UNIT_CAPS or caps in ISO_CODES or
                     caps in _DOLLAR_PREFIXES and text.startswith("$", m.end())):
            continue  # "10M", "42MYR", "3.14US$"
        spans.append(m.span())
    spans.extend(_scores(text, win))
    spans.extend(m.span() for m in win.finditer(_AGE_BAND, ("digit",)))
    return spans


_LETTERS_BEFORE = re.compile(r"(?:#|\b(?:last|top)-|\bno\.\s?|\b[A-Za-z]+[-‑]?)$", re.I)


def _codes(text: str, digits: list[int]) -> list[re.Match[str]]:
    """Matches of _IDENTIFIER that start at, or just before, a run of digits."""
    out: list[re.Match[str]] = []
    end = -1
    for p in digits:
        if p < end:
            continue
        c = text[p - 1] if p else ""
        lead = _LETTERS_BEFORE.search(text, max(0, p - 24), p) if c and (
            c.isalpha() or c in "#-‑." or c.isspace() and text[p - 2:p - 1] == ".") else None
        m = _IDENTIFIER.match(text, lead.start()) if lead else None
        if m is None or m.end() <= p:
            m = _IDENTIFIER.match(text, p) if p == 0 or not text[p - 1].isalnum() else None
        if m:
            out.append(m)
            end = m.end()
    return out


def _scores(text: str, win: Windows) -> list[tuple[int, int]]:
    """ "won 3-1", "a 2-0 lead": small pairs in a sports context, not ranges."""
    out = []
    for m in win.finditer(_PAIR, ("digit",)):
        a, b = int(m.group(1)), int(m.group(3))
        window = text[max(0, m.start() - 30):m.end() + 25]
        if a >= b or _SCORE_CONTEXT.search(window) and a <= 15 and b <= 15 and not re.search(
                r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|people|%|per cent)\b",
                text[m.end():m.end() + 12], re.I):
            out.append(m.span())
    return out
