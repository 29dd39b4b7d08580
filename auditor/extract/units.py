"""What a number is of: currency, scale, percent, physical unit, time unit or counted noun."""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.extract.lexicon import (
    AMBIGUOUS_UNITS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    IRREGULAR_VERBS,
    ISO_CODES,
    MEASURE_UNITS,
    NP_STOP,
    RATE_UNITS,
    SCALE_SUFFIX,
    TIME_UNITS,
    UNITS_WORDS,
)
from auditor.extract.lexicon import TEMPERATURE_UNITS as TEMPERATURES
from auditor.extract.libs import unit_of
from auditor.extract.numbers import words_value
from auditor.extract.words import singular, verb_lemma


def alternation(words: list[str], *, fold: bool = False) -> str:
    """A pattern for any of ``words``, the longer first where one begins another.

    It is written as a trie ("k(?:m(?:/h)?|g)"), so the engine follows one branch rather than
    trying each word in turn. ``fold`` merges words that differ only in case, for patterns
    that ignore case.
    """
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for c in w.lower() if fold else w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


_SYMBOLS = {k: v for k, v in CURRENCY_SYMBOLS.items() if len(k) > 1 or not k.isalpha()}
_LOWER_CODES = "usd|gbp|eur|rmb|cny|jpy|inr|aud|cad|chf"
_LOWER_CODE_SET = frozenset(_LOWER_CODES.split("|"))
LEFT_CURRENCY = re.compile(
    r"(?:(?<![A-Za-z])(?P<pre>US|U\.S\.|USD|AUD|NZD|HKD|CAD|SGD|TWD|AU|A|C|CA|CAN|CDN|HK|NZ|S|NT|Mex|MX|R|"
    r"us|u\.s|usd|aud|hk|c|mex|cdn)(?:(?<!(?<![A-Za-z])A)\s)?\$"  # "A$3m", "c $3m"; not "A $3m fee"
    r"|\$(?P<post>US|A|AU|NZ|C|CA|HK|S)|(?<![A-Za-z])(?P<ps>PS)"
    rf"|(?P<sym>{alternation([k for k in _SYMBOLS if not k[0].isalpha()] + ['Y='])})"
    rf"|(?<![A-Za-z])(?P<code>(?P<mega>M)?(?:{'|'.join(ISO_CODES)})|(?:{_LOWER_CODES})|Rs\.?))\s?$")
RIGHT_SCALE = re.compile(
    r"(?:(?P<glued>bn|mn|mln|bln|MLN|BLN|tn|trn|k|K|m|M|MM|mm|mil|B|b|T)(?![A-Za-z0-9])"
    r"|\s(?P<spaced>hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?|[Cc]r|mn|bn|mln|bln|MLN|BLN|"
    r"(?:thousands|millions|billions|trillions)(?!\s+of\b)|"
    r"tn|M|MM|m|k|"
    r"dozens?|dzs?|dozs?)"
    r"(?![A-Za-z0-9])(?!\.[A-Za-z]\.))(?:\s(?P<more>crores?|million|billion)(?![A-Za-z]))?"
    r"(?P<half>\s+and\s+a\s+half(?![a-z]))?")
RIGHT_CURRENCY = re.compile(
    rf"\s?(?P<w>(?i:{alternation(list(CURRENCY_WORDS), fold=True)}))(?![A-Za-z])"
    rf"|\s?(?P<code>(?P<mega>M)?(?:{'|'.join(ISO_CODES)})|{_LOWER_CODES}|(?P<mlow>m)(?:usd|aud|eur))"
    rf"(?![A-Za-z\d])"
    rf"|\s?(?P<sym>{alternation([k for k in _SYMBOLS if not k[0].isalpha() and k != '$'])}|\$(?!\s?\d))"
    r"|(?P<dpre>US|AU|A|CA|C|HK|NZ|S)\$(?!\s?\d)")
_CODE_ALIASES = {"RMB": "CNY"}
_DOLLAR_CODES = {"US": "USD", "AU": "AUD", "A": "AUD", "CA": "CAD", "C": "CAD", "HK": "HKD", "NZ": "NZD",
                 "S": "SGD"}


def _glued_currency(codes: list[str]) -> re.Pattern[str]:
    """ "$US113", "PS6m", "USD115.5": a currency prefix glued to a number. Written to start
    with one character class, and each code grouped under its first letter, so that the
    search skips quickly to candidates; it matches what "(?<![A-Za-z])(?:code|...)" would.
    """
    groups = []
    for first in dict.fromkeys(c[0] for c in codes):
        rests = "|".join(re.escape(c[1:]) for c in codes if c[0] == first)
        groups.append(f"(?<={re.escape(first)})(?:{rests})")
    return re.compile(r"[$A-Z](?:(?<=\$)(?:US|A|AU|NZ|C|CA|HK|S)|(?<![A-Za-z][A-Z])(?:"
                      + "|".join(groups) + r"))(?=\d)")


GLUED_CURRENCY = _glued_currency(["PS", "Y=", *ISO_CODES])
CENTS_AFTER = re.compile(
    r"\s+(?:and\s+)?(?P<c>\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen)(?:\s*(?:cents?|pence|c|p)(?![a-z])|(?=\s*(?:[.;!?]|$)))", re.I)
RIGHT_PERCENT = re.compile(
    r"\s?(?:(?P<pct>%|per\s?cent(?:age)?s?(?![a-z])|percent(?:age)?s?(?![a-z])|pc(?![a-z])"
    r"|pct(?![a-z])(?!\.\s?points?))"
    r"(?:\s*(?P<pts>(?:percentage\s+)?points?|pts?)(?![a-z]))?"
    r"|(?P<pp>percentage[\s-]points?|pct\.?\s?points?|ppts?)(?![a-z])"
    r"|(?P<bp>basis\s+points?|bps|bp)(?![a-z]))", re.I)
RIGHT_TIME = re.compile(
    r"(?P<sep>\s?-?\s?)(?P<tu>milliseconds?|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|"
    r"fortnights?|months?|quarters?|qtrs?|years?|yrs?|decades?|centuries|century|h|d|y)(?![A-Za-z])"
    r"(?P<age>[\s-]+old(?![a-z])|\s+of\s+age(?![a-z]))?", re.I)
RIGHT_RATE = re.compile(rf"\s?(?P<u>{alternation(list(RATE_UNITS), fold=True)})(?![A-Za-z0-9/])", re.I)
_MEASURE = re.compile(
    rf"(?P<sep>\s?-?\s?|\s?[(\[{{<]\s?)(?P<u>{alternation(list(MEASURE_UNITS), fold=True)})"
    rf"(?P<close>\s?[)\]}}>])?"
    r"(?![A-Za-z0-9²³])", re.I)
_UNITISH = re.compile(
    r"\s?-?(?:(?:micro|milli|centi|kilo|mega|giga|tera|nano|deci|pico)?(?:metre|meter|gramme|gram|"
    r"litre|liter|watt|hertz|joule|volt|amp|ampere|pascal|newton|byte|bit|calorie|tonne|ohm|lumen|"
    r"tesla|sievert|becquerel|second)s?|[a-zµ]{1,3}/[a-z]{1,3})(?![A-Za-z])", re.I)
_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z'’-]*)")
_AUX = frozenset("""are were was is have has had been being be will would could may might
shall should also now already reportedly allegedly still have been had been were being
was being currently each all who that which""".split())


@dataclass(slots=True)  # built often; not frozen, since frozen classes build slowly
class UnitHit:
    """A unit read after (or, for currencies, before) a number."""

    kind: str
    unit: str | None
    text: str
    end: int
    factor: float = 1.0
    per: str | None = None


def currency_before(text: str, pos: int, floor: int = 0) -> tuple[str, int, float] | None:
    """ISO code, start offset and multiplier of a currency sign or code just before ``pos``.

    The multiplier is 1e6 for the "MUSD"/"MAUD" style of writing millions, else 1.
    """
    q = pos - 1 if pos > floor and text[pos - 1].isspace() else pos
    c = text[q - 1] if q > floor else ""
    if not c or c.isspace() or c.isdigit() or "a" <= c <= "z" and not (
            text[q - 3:q] in _LOWER_CODE_SET or text[q - 2:q] == "Rs"):
        return None  # no sign or code can end here: the common case, decided without a search
    m = LEFT_CURRENCY.search(text, max(floor, pos - 8), pos)
    if not m:
        return None
    if m.group("ps"):  # "£" folded to ASCII, glued to the figure: "PS6m"
        return ("GBP", m.start(), 1.0) if m.end("ps") == pos else None
    if m.group("pre") or m.group("post"):
        pre = (m.group("pre") or m.group("post")).upper().replace(".", "")
        code = {"US": "USD", "USD": "USD", "AUD": "AUD", "NZD": "NZD", "HKD": "HKD", "CAD": "CAD",
                "SGD": "SGD", "TWD": "TWD", "AU": "AUD", "A": "AUD", "C": "CAD",
                "CA": "CAD", "CAN": "CAD", "CDN": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD",
                "NT": "TWD", "MEX": "MXN", "MX": "MXN", "R": "BRL"}[pre]
    elif m.group("sym"):
        code = _SYMBOLS[m.group("sym")]
    else:
        raw = m.group("code").upper().rstrip(".")
        if m.group("mega"):
            return raw[1:], m.start(), 1e6
        code = "INR" if raw == "RS" else _CODE_ALIASES.get(raw, raw)
    return code, m.start(), 1.0


def scale_after(text: str, pos: int, *, money: bool) -> tuple[float, int, float] | None:
    """Multiplier, end offset and added fraction of a scale word at ``pos`` ("bn", " million").

    The fraction is 0.5 for "3 million and a half" (3.5 million), else 0.
    """
    m = RIGHT_SCALE.match(text, pos)
    if not m:
        return None
    word = m.group("glued") or m.group("spaced")
    if word in ("m", "b", "B", "mm", "T") and not money:
        return None
    if word == "k" and m.group("spaced") and not money:
        return None
    factor = SCALE_SUFFIX.get(word) or SCALE_SUFFIX.get(word.lower()) or 12.0
    if m.group("more"):
        factor *= SCALE_SUFFIX[m.group("more").lower()]
    return factor, m.end(), 0.5 if m.group("half") else 0.0


_CENT_SIGN = re.compile(r"\s?¢")


def currency_after(text: str, pos: int) -> UnitHit | None:
    """A currency named after the number ("dollars", "USD", "pence", "¢")."""
    cent = _CENT_SIGN.match(text, pos)
    if cent:
        return UnitHit("money", "USD", cent.group(), cent.end(), factor=0.01)
    m = RIGHT_CURRENCY.match(text, pos)
    if not m:
        return None
    if m.group("code"):
        code = m.group("code").upper()
        if m.group("mega") or m.group("mlow"):
            return UnitHit("money", code[1:], m.group(), m.end(), factor=1e6)
        return UnitHit("money", _CODE_ALIASES.get(code, code), m.group(), m.end())
    if m.group("sym"):
        return UnitHit("money", _SYMBOLS[m.group("sym")], m.group(), m.end())
    if m.group("dpre"):
        return UnitHit("money", _DOLLAR_CODES[m.group("dpre")], m.group(), m.end())
    word = m.group("w").lower()
    if word in ("p",) and m.group().startswith(" "):
        return None
    if word in ("won", "real", "marks", "rand", "pound", "pounds"):
        return UnitHit("money?", CURRENCY_WORDS[word], m.group(), m.end())
    code = CURRENCY_WORDS[word]
    if code.endswith("/100"):
        return UnitHit("money", code[:3], m.group(), m.end(), factor=0.01)
    return UnitHit("money", code, m.group(), m.end())


def percent_after(text: str, pos: int) -> UnitHit | None:
    """A percent sign, "per cent", or percentage points."""
    m = RIGHT_PERCENT.match(text, pos)
    if not m:
        return None
    if m.group("pp") or m.group("pts"):
        return UnitHit("percentage_point", "percentage_point", m.group(), m.end())
    if m.group("bp"):
        return UnitHit("percentage_point", "basis_point", m.group(), m.end())
    return UnitHit("percent", "percent", m.group(), m.end())


def time_after(text: str, pos: int) -> UnitHit | None:
    """A time unit ("3 hours", "10-year", "5-year-old", "six months of age")."""
    m = RIGHT_TIME.match(text, pos)
    if not m:
        return None
    tu = m.group("tu")
    glued = m.group("sep") == ""
    if (len(tu) == 1 or tu.lower() == "ms") and not glued:
        return None
    if tu.lower() in ("d", "y", "h") and text[m.end():m.end() + 1] in ("'", "’"):
        return None
    unit = TIME_UNITS[tu.lower()]
    kind = "age" if m.group("age") else "duration"
    return UnitHit(kind, unit, m.group(), m.end())


def rate_after(text: str, pos: int) -> UnitHit | None:
    """A rate unit written as one abbreviation ("1.2 mln bpd": barrels per day)."""
    m = RIGHT_RATE.match(text, pos)
    if not m:
        return None
    unit, per = RATE_UNITS[m.group("u").lower()]
    return UnitHit("rate", unit, m.group(), m.end(), per=per)


_OF_STUFF = frozenset({"cup", "cups", "gal", "l", "g", "t"})  # a unit when what it measures follows
_DOTTED = re.compile(r"\s?((?:[A-Za-z]\.){2,3})")


def measure_after(text: str, pos: int) -> UnitHit | None:
    """A physical unit from the lexicon, or from quantulum3 for unit-like words it lacks."""
    dotted = _DOTTED.match(text, pos)
    if dotted and (name := MEASURE_UNITS.get(dotted.group(1).replace(".", "").lower())):
        return UnitHit("measure", name, text[pos:dotted.end()], dotted.end())  # "1 k.g.", "20 k.m."
    m = _MEASURE.match(text, pos)
    if m:
        surface = m.group("u")
        key = surface.lower()
        sep = m.group("sep")
        bracketed = "(" in sep or "[" in sep or "{" in sep or "<" in sep
        if bracketed and not m.group("close"):
            return None
        after = text[m.end():m.end() + 12]
        if key in ('"', "″") and re.match(r"\s+(?:long|wide|tall|high|deep|screen|display|"
                                           r"monitor|tv|tablet|laptop)\b", after, re.I):
            return UnitHit("measure", "inch", text[pos:m.end("u")], m.end("u"))
        if key in AMBIGUOUS_UNITS and sep.strip() == "" and sep and not bracketed:
            if not (key == "m" and re.match(r"\s*(?:$|[.,;)x×]|tall|long|wide|high|deep)", after) or
                    key in _OF_STUFF and re.match(r"\s+of\s+(?!the\b)[a-z]", after)):
                return None  # "3 cups of flour", "5 gal of fuel" are measures; "3 cups" alone may be trophies
        if key in ("c", "f") and surface.islower() or surface == "G":
            return None  # "5G" is a generation, not grams
        name = MEASURE_UNITS.get(key) or MEASURE_UNITS.get(surface)
        if name:
            end = m.end() if bracketed else m.end("u")
            per = _PER_TIME.match(text, end)
            if per and "_per_" not in name and name not in TEMPERATURES:
                name, end = f"{name}_per_{TIME_UNITS[per.group(1).lower()]}", per.end()
            return UnitHit("measure", name, text[pos:end], end)
    u = _UNITISH.match(text, pos)
    if u:
        start = pos + (len(u.group()) - len(u.group().lstrip(" -")))
        found = unit_of("1 " + text[start:u.end() + 24])
        if found:
            name, _entity, length = found
            end = start + max(0, length - 2)
            end = max(end, u.end())
            return UnitHit("measure", name, text[pos:end], end)
    return None


_OF = re.compile(r"[ \t]+of[ \t]+(?:(?:the|these|those|its|their|his|her|our|my|your|all)[ \t]+)?")
_TOKEN = re.compile(r"(?:[ \t]+|-)([A-Za-z][A-Za-z'’-]*)")


_SKIPPABLE = frozenset("other new additional extra further previous more fewer".split())
_ED_NOUNS = frozenset("hundred red bed shed seed feed speed need breed sled interest guest "
                      "forest chest test request".split())
_NOT_NOUN_SUFFIXES = ("wide", "able", "ible", "ous", "ful")
#: Verbs whose complement is no noun: "seven stayed dry", "three remained closed".
_LINKING_VERBS = frozenset("stay remain become seem appear prove turn look sound feel keep".split())


_PER_TIME = re.compile(r"\s?(?:per|/)\s?(milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|hours?|"
                       r"hrs?|h)(?![A-Za-z])", re.I)
_MINUTE_WORDS = (r"(?:(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
                 r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                 r"fifteen|sixteen|seventeen|eighteen|nineteen)")


def _smaller(units: str) -> re.Pattern[str]:
    """Digits and a smaller unit after a measure: "5 ft 2 in", "3 lb and 4 oz"."""
    return re.compile(rf"\s*(?:and\s+)?(?P<n>\d+(?:\.\d+)?)\s?(?:{units})(?![A-Za-z])")


# The smaller part after a measure's unit, its number in the group "n", and how many make one unit.
_COMPOUND = {"foot": (_smaller(r"inches|inch|in|\"|″"), 12.0), "pound": (_smaller("ounces|ounce|oz"), 16.0),
             "stone": (_smaller("pounds|lbs?"), 14.0),
             # "2 hours 30 minutes", "1 hour and thirty": a bare figure after "and" is minutes
             "hour": (re.compile(rf"\s*(?:,\s*)?(?:(?P<and>and)\s+)?(?P<n>\d{{1,2}}|{_MINUTE_WORDS})"
                                 r"(?:\s?(?:minutes|minute|mins?)(?![A-Za-z])|(?(and)(?=\s*(?:[.,;:!?)]|$))|(?=\s*(?:[.;:!?)]|$))))",
                                 re.I), 60.0),
             "minute": (re.compile(rf"\s*(?:,\s*)?(?:and\s+)?(?P<n>\d{{1,2}}|{_MINUTE_WORDS})"
                                   r"\s?(?:seconds|second|secs?)(?![A-Za-z])", re.I), 60.0)}


# Units of one system, by their size in its smallest: a compound measure names them largest first
# ("2 yards 7 ft 10 inches", "10 kms 8 metres 6 cm", "3 st 4 lb 2 oz").
_LADDERS = ({"mile": 63360.0, "yard": 36.0, "foot": 12.0, "inch": 1.0},
            {"kilometer": 1e6, "meter": 1e3, "centimeter": 10.0, "millimeter": 1.0},
            {"stone": 224.0, "pound": 16.0, "ounce": 1.0}, {"kilogram": 1e3, "gram": 1.0})
# only a space between the parts: "the 10km, 5km and 500m races" is a list
_LADDER_PART = re.compile(r"[ \t]+(?P<n>\d+(?:\.\d+)?)\s?(?P<u>[A-Za-z]+|\"|″)(?![A-Za-z])")


def compound_after(text: str, pos: int, unit: str) -> tuple[float, int, str, float] | None:
    """The smaller parts of a compound measure and where they end: their sum in ``unit``, the unit
    the whole is given in and how many of it make one ``unit`` ("5 ft 2 in" → 2/12 ft, foot, 1;
    "10 km 8 m 6 cm" → 0.00806 km, centimeter, 100,000).
    """
    rule = _COMPOUND.get(unit)
    m = rule[0].match(text, pos) if rule else None
    if m and rule is not None:
        part = m.group("n")
        value = float(part) if part[0].isdigit() else words_value(part)
        if value is not None:
            more = _ladder_after(text, m.end(), unit, value / rule[1])
            # a pair of the usual idiom keeps its larger unit ("5 ft 2 in" is 5.17 ft); a longer
            # ladder is given in its smallest ("2 yd 7 ft 10 in" is 166 in)
            return more or (value / rule[1], m.end(), unit, 1.0)
    return _ladder_after(text, pos, unit, 0.0)


def _ladder_after(text: str, pos: int, unit: str, done: float) -> tuple[float, int, str, float] | None:
    """Further parts in ever smaller units of ``unit``'s system, added to ``done`` (in ``unit``)."""
    ladder = next((lad for lad in _LADDERS if unit in lad), None)
    if ladder is None:
        return None
    total, end, size, smallest = done, pos, ladder[unit], unit
    while m := _LADDER_PART.match(text, end):
        word = m.group("u").lower()
        part_unit = MEASURE_UNITS.get(word) or ('inch' if word in ('"', '″') else None)
        if part_unit not in ladder or ladder[part_unit] >= size:
            break
        size, smallest = ladder[part_unit], part_unit
        total, end = total + float(m.group("n")) * size / ladder[unit], m.end()
    if end == pos:
        return None
    if done and smallest == unit:  # "5 ft 2 in" and nothing smaller
        return None
    return total, end, smallest, ladder[unit] / size


# Words that follow a verb, not an adjective ("265 stayed open", "40 signed up").
_PARTICLES = frozenset("open closed shut up down out off away back home together".split())


def noun_after(text: str, pos: int, limit: int) -> tuple[str, str, int] | None:
    """The counted noun after a number: (lemma, surface, end) of the phrase's head.

    "21,600 soldiers deserted" → soldier; "160,000 criminal cases" → case; "a 12 page
    document" → page (a singular noun after a number is a modifier naming the unit).
    """
    m = _OF.match(text, pos)
    p = m.end() - 1 if m else pos
    head: tuple[str, str, int] | None = None
    for i in range(6):
        w = _TOKEN.match(text, p)
        if not w or w.end() > limit:
            break
        word = w.group(1)
        low = word.lower().rstrip("'’")
        if low.endswith("-") or len(low) == 1 and not head:
            break  # "0-to-60", "200,000 to-260,000", "9 E 71st St": not a counted noun
        if low in _SKIPPABLE or (low.endswith("ly") and low not in NP_STOP and i < 3):
            if head:
                break
            p = w.end()
            continue
        if low in TIME_UNITS and len(low) > 2 and not head:
            return singular(low), word, w.end()
        if low in NP_STOP or low.endswith(_NOT_NOUN_SUFFIXES) or low in UNITS_WORDS or (
                not head and low in IRREGULAR_VERBS):
            break
        if head and (word[0].isupper() or low.endswith(("ed", "ing")) or low in IRREGULAR_VERBS
                     or low in TIME_UNITS):
            break
        if word.lower().endswith(("'s", "’s", "s'", "s’")):
            head = None  # "of the county's schools", "of the UN mission's 4,800": the owner
            p = w.end()
            continue
        if not head and low.endswith(("ed", "ing", "est")) and low not in _ED_NOUNS:
            if verb_lemma(low) in _LINKING_VERBS:
                break  # "the other seven stayed dry": a verb and its complement, not a noun
            nxt = _TOKEN.match(text, w.end())
            if not nxt or nxt.end() > limit or nxt.group(1).lower() in NP_STOP or \
                    nxt.group(1).lower() in _PARTICLES:
                break  # "265 stayed open": a verb; "400 charging stations": an adjective
            p = w.end()  # "400 charging stations", "20 decently sized plants": an adjective
            continue
        lemma = singular(low)
        if head and m is None and i == 1 and head[0] == head[1].lower() and lemma == low and \
                not low.endswith("s") and head[0] not in TIME_UNITS:
            break  # "12 page document": a singular modifier before a singular noun is the unit
        if head and head[1].lower() != head[0] and lemma == low:
            break  # "1,120 schools shut": a plural noun ends the phrase before a singular word
        head = (lemma, word, w.end())
        if low in TIME_UNITS:
            break
        p = w.end()
    return head


def event_after(text: str, pos: int, limit: int) -> str | None:
    """The verb that follows a counted noun ("soldiers deserted" → "desert")."""
    p = pos
    for _ in range(4):
        w = _WORD.match(text, p)
        if not w or w.end() > limit:
            return None
        low = w.group(1).lower()
        if low in _AUX or low == "not":
            p = w.end()
            continue
        if low in NP_STOP:
            return None
        if low.endswith(("ed", "ing")) or low in IRREGULAR_VERBS:
            return verb_lemma(low)
        if low.endswith("s") and not low.endswith("ss"):
            return verb_lemma(low)
        return None
    return None


_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")


def event_before(text: str, pos: int, start_limit: int) -> str | None:
    """The verb just before a figure ("recruited approximately 11,000" → "recruit")."""
    m = _WORD_BEFORE.search(text, max(start_limit, pos - 30), pos)
    if not m:
        return None
    low = m.group(1)
    if low in NP_STOP:
        return None
    if low.endswith("ed") or low in IRREGULAR_VERBS:
        return verb_lemma(low)
    return None
