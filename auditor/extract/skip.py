"""Digits that are not quantities: identifiers, times of day, phone numbers, versions, scores."""

from __future__ import annotations

import re

_ID_NOUNS = (
    r"Section|Sections|Article|Articles|Part|Chapter|Clause|Rule|Row|Room|Route|Highway|Interstate|"
    r"Exit|Game|Games|Gate|Terminal|Platform|Flight|Channel|Radio|Formula|Model|Version|Level|Stage|"
    r"Phase|Grade|Class|Category|Type|Series|Season|Episode|Volume|Vol\.?|No\.?|Nos\.?|Number|Unit|"
    r"Block|Lot|Track|Lane|Pier|Building|Floor|Apartment|Flat|Suite|Box|Act|Scene|Psalm|Resolution|"
    r"Proposition|Prop\.?|Amendment|Bill|Item|Table|Figure|Fig\.?|Page|Paragraph|Appendix|Schedule|"
    r"Tier|Zone|District|Ward|Division|League|Windows|iPhone|iPad|Galaxy|Pixel|Boeing|Airbus|"
    r"PlayStation|Xbox|Watch|Office|World War|Euro|Apollo|Falcon|Vision|Agenda|Top|FTSE|Fortune|"
    r"S&P|S P|Nasdaq|Nikkei|DAX|CAC|Stoxx|Russell|Dow|Hang Seng|Group|Pool|Court|Counts?|Camp|"
    r"Street|Avenue|Road|Downing Street|Regulation|Directive|Law|Act No|Title|Ch\.?|Sec\.?|Art\.?|"
    r"Line|Lines|Bus|Tube|Train|Car|Mk|Mark|Gen|Generation|Android|iOS|macOS|Python|Java|HTML|"
    r"Web|Industry|Cup|Grand Prix|Test|Apollo|Gemini|Mercury|Voyager|Pioneer|Title|Band|Class|Row"
)
_LOWER_ID = re.compile(
    r"\b(?i:category|level|grade|phase|stage|tier|round|section|row|room|page|chapter|exit|gate|"
    r"terminal|platform|no\.|version|model|s&p|sp|ftse|asx|stoxx|nasdaq|nikkei|dax|cac|russell|"
    r"footsie|s&p/asx|cat)\s+\d+(?:\.\d+)?\b"
    r"|\b\d{1,5}\s+(?:[A-Z][\w.]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Way|"
    r"Boulevard|Blvd|Place|Pl|Square|Sq|Court|Ct|Terrace|Crescent|Close|Highway|Hwy)\b"
    r"|(?<![\w.,])0\d{3}(?=\s?(?:GMT|BST|UTC|EDT|EST|hours?|hrs?)\b)")
_IDENTIFIER = re.compile(
    rf"\b(?:{_ID_NOUNS})\s+(?:No\.?\s*)?\d+(?:\.\d+)*[A-Za-z]?\b"
    r"|\b[A-Za-z]+[-‑]?\d+(?:[-‑.]\d+)*[A-Za-z]*\b"
    r"|\b\d+[A-Za-z]*[-‑][A-Za-z]+\d[\w-]*"
    r"|\b\d+(?:[A-Z]|[A-Z]{2,})\b(?<!\d[KMB])(?<!\dMM)(?<!\dUSD)(?<!\dGBP)(?<!\dEUR)(?<!\dGW)(?<!\dMW)"
    r"(?<!\dKW)(?<!\dGB)(?<!\dMB)(?<!\dTB)(?<!\dKB)(?<!\dHP)(?<!\dF)(?<!\dC)(?<!\dGHz)"
    r"|\blast-\d+\b|\btop-\d+\b|\bno\.\s?\d+\b|#\d+\b|\b\d+/7\b"
)
_CURRENCY_CODE_ID = re.compile(
    r"^(?:(?i:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|"
    r"sept|september|oct|october|nov|november|dec|december|week|wk)|Q|H|USD|GBP|EUR|JPY|CNY|RMB|INR|AUD|CAD|CHF|HKD|NZD|SGD|SEK|NOK|DKK|ZAR|BRL|MXN|RUB|TRY|KRW|"
    r"MUSD|MAUD|MEUR|Q[1-4]|H[12]|FY|km|kg|mm|cm|mg|ml|m|g|kph|mph|mpg|lbs?|ft|sq|x|kWh|MWh|GWh|"
    r"TWh|kW|MW|GW|W|GB|MB|TB|KB|hp|bhp|p|c|bn|tn|mn|k|K|M|B)$")
_TIME = re.compile(
    r"\b\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?(?:\s?(?:[ap]\.?m\.?|GMT|BST|EST|EDT|PST|PDT|CET|UTC))?(?![\w.])"
    r"|\b\d{1,2}(?:\.\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)"
    r"|\b\d{1,2}\s?o'clock\b", re.I)
_PHONE = re.compile(
    r"(?<![\w.])\+\d[\d\s().-]{7,}\d(?![\w.])|\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b"
    r"|(?<![\w.])0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b|\b\d{3}-\d{3}-\d{4}\b|\b\d{4}-\d{8}-\d{4}\b")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\S+@\S+\.\w+")
_VERSION_IP = re.compile(r"(?<![\w.])(?!\d{1,2}\.\d{1,2}\.(?:1[6-9]|20)\d\d\b)\d+(?:\.\d+){2,}(?![\w.])|\b[vV]\d+(?:\.\d+)+\b"
                         r"|\b(?:version|v\.|release|build|update)\s+\d+(?:\.\d+)*\b", re.I)
_SCORE_CONTEXT = re.compile(
    r"\b(?:won|win|wins|beat|beats|beaten|lost|lose|loses|drew|draw|drawn|victory|defeat|"
    r"lead|leads|led|trail|trailed|trailing|score|scored|scoreline|thrashing|thrashed|"
    r"down|up|at|game|match|final|semi-final|tie|leg|aggregate|set|sets|penalties|innings)\b",
    re.I)
_PAIR = re.compile(r"(?<![\w.,$£€-])(\d{1,2})\s?[-–](\s?)(\d{1,2})(?![\w.,%-])(?!\s*(?:%|per\s*cent))")


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose digits are identifiers, codes, times, phone numbers or scores."""
    spans: list[tuple[int, int]] = []
    for rx in (_URL, _TIME, _PHONE, _VERSION_IP, _LOWER_ID):
        spans.extend(m.span() for m in rx.finditer(text))
    for m in _IDENTIFIER.finditer(text):
        word = re.match(r"[A-Za-z]+", m.group())
        if word and _CURRENCY_CODE_ID.match(word.group()):
            continue
        spans.append(m.span())
    spans.extend(_scores(text))
    return spans


def _scores(text: str) -> list[tuple[int, int]]:
    """ "won 3-1", "a 2-0 lead": small pairs in a sports context, not ranges."""
    out = []
    for m in _PAIR.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        window = text[max(0, m.start() - 30):m.end() + 25]
        if a >= b or _SCORE_CONTEXT.search(window) and a <= 15 and b <= 15 and not re.search(
                r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|people|%|per cent)\b",
                text[m.end():m.end() + 12], re.I):
            out.append(m.span())
    return out
