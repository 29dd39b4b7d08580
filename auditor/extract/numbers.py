"""Find numbers in text — digits, separators, fractions and number words — with their precision."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.extract.lexicon import (
    ANNIVERSARY_WORDS,
    FRACTION_DENOMS,
    NP_STOP,
    ORDINAL_WORDS,
    SCALE_WORDS,
    TIME_UNITS,
    UNITS_WORDS,
    VAGUE_PLURALS,
)


@dataclass(slots=True)  # built often; not frozen, since frozen classes build slowly
class Num:
    """A number as printed: its span, value and the unit of its last printed digit."""

    start: int
    end: int
    value: float
    step: float
    words: bool = False
    fraction: bool = False
    vague: tuple[float, float] | None = None
    ordinal: bool = False


_UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
                      "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}

_DIGITS_BODY = r"""
    (?=[-−]\s?\d|[\d.½⅓⅔¼¾⅕⅛⅜⅝⅞])
    (?P<sign>(?<![\w.,)])[-−](?=\d)|(?<![^\n])[-−]\s(?=\d))?
    (?P<int>
        \d{1,2},(?:\d{2},)+\d{3}(?=\.\d|(?![\d,]\d))
      | \d{1,3}(?:,\d{3})+
      | \d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d])
      | \d{1,3}(?:\ \d{3})+(?![\d.,/]\d)
      | \d+
    )?
    (?P<dec>\.\d+)?
    (?P<exp>(?:[eE][+-]?\d+|\^[+-]?\d+|\s?[×x]\s?10(?:\^|\*\*)?[-+−]?\d+)(?![A-Za-z]))?
    (?P<ufrac>[½⅓⅔¼¾⅕⅛⅜⅝⅞])?
    (?:(?P<fsep>\s+|-|\s-\s|\s)(?P<fnum>\d+)[/⁄](?P<fden>\d+)(?![\d/]))?
    (?:[/⁄](?P<den>\d+)(?![\d/]))?
    (?P<ord>st|nd|rd|th)?
    (?![\d])
"""
# The leading class lets the search skip quickly to plausible starts.
DIGITS = re.compile(r"(?=[-−\d.½⅓⅔¼¾⅕⅛⅜⅝⅞])(?<![\w./:@#⁄])" + _DIGITS_BODY, re.X)
# A number glued to a currency prefix ("$US113", "PS6m", "USD115.5"): matched at a known start.
DIGITS_AT = re.compile(_DIGITS_BODY, re.X)
# A number with no digit in it: "½ mile".
VULGAR = re.compile("[" + "".join(_UNICODE_FRACTIONS) + "]")

_TENS = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety"
_UNITS = ("zero|nil|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_SCALES = "hundred|thousand|million|billion|trillion|lakhs?|crores?|dozens?|dzs?|dozs?"
_ORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_DEN = "|".join(sorted(FRACTION_DENOMS, key=len, reverse=True))
#: "three billions": a plural scale after a number is the scale (alone it is vague: "billions of").
_PLURAL_SCALES = r"(?:thousand|million|billion|trillion)s"
_CORE = rf"(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|{_UNITS}|{_SCALES}"
_JOIN = r"(?:\s*-\s*|\s+)(?:and\s+(?:a\s+|an\s+)?)?"
#: Units a number in words may be hyphened to: "a four-mile walk", "a 12-year-old", "a ten-day trial".
_HYPHEN_UNITS = ("miles?|kilometres?|kilometers?|km|metres?|meters?|feet|foot|inch(?:es)?|yards?|acres?|"
                 "hectares?|tonnes?|tons?|pounds?|litres?|liters?|gallons?|years?|months?|weeks?|days?|"
                 "hours?|minutes?|seconds?|decades?|centur(?:y|ies)|storey|story")
_COMPOUND_ORD = rf"(?:{_TENS})[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?!s)"
_COMPOUND_ORD_WHOLE = re.compile(_COMPOUND_ORD, re.I)
_SCORE_BEFORE = re.compile(rf"(?:\d|\b(?:{_UNITS}))[\s-]+$", re.I)
#: Units "and a half" belongs to, before it ("an hour and a half") or after ("5 and a half minutes").
HALVED_UNITS = (r"hours?|days?|weeks?|months?|years?|minutes?|seconds?|miles?|kilometres?|kilometers?|"
                r"metres?|meters?|litres?|liters?|pounds?|kilos?|decades?|centur(?:y|ies)|times")
_UNIT_AND = re.compile(rf"\b(?:{HALVED_UNITS})\s+and\s+$", re.I)
#: "minus" or "negative" right before a figure.
SIGN_WORD_BEFORE = re.compile(r"(?<![\w-])(?:negative|minus)\s+$", re.I)
_HALF_BEFORE = re.compile(r"(?<![\w-])half\s+$", re.I)
_OF_SCALE = re.compile(r"\s+of\s+an?\s+(thousand|million|billion|trillion)(?![\w-])", re.I)
WORDS = re.compile(
    rf"(?<![\w-])(?P<neg>(?:negative|minus)\s+)?(?P<art>(?:a|an|half\s+a|half\s+an)\s+)?"
    rf"(?P<body>(?:{_COMPOUND_ORD}|{_CORE}|{_DEN}|half|quarter)(?:{_JOIN}(?:{_COMPOUND_ORD}|{_CORE}|{_PLURAL_SCALES}|point\s+(?:{_UNITS})(?:\s+(?:{_UNITS}))*"
    rf"|{_DEN}|half|quarters?)|(?:\s+over\s+(?:{_CORE})(?:{_JOIN}(?:{_CORE}))*))*)"
    rf"(?!\w)(?!-(?!(?:{_HYPHEN_UNITS})\b))",  # "a four-mile walk", "a three-year deal"; not "one-off"
    re.I)
VAGUE = re.compile(
    r"(?<![\w-])(?:(?P<mult>tens|hundreds)\s+of\s+)?(?P<word>dozens|scores|hundreds|thousands|"
    r"millions|billions)(?=\s+of\b)", re.I)


OVER = re.compile(r"(?<![\w.,$£€])(?P<a>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+over\s+"
                  r"(?P<b>\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]?)?"
                  r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                  r"one hundred|a hundred|hundred)?)(?![\w-])", re.I)


_SMALL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
RATIO = re.compile(
    rf"(?<![\w.,$£€])(?P<a>\d{{1,2}}|{_SMALL_WORDS})\s+(?:in|out\s+of|of)\s+(?P<b>\d{{1,4}}|{_SMALL_WORDS}|"
    r"twenty|(?:twenty|thirty|forty|fifty)[\s-](?:one|two|three|four|five|six|seven|"
    r"eight|nine)|thirty|forty|fifty|a\s+hundred|hundred|a\s+thousand|thousand)(?![\w,.-]\d)"
    r"(?![\w-])(?![ \t]+(?:[a-z]+[ \t]+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
    r"decades?|games|matches|races|attempts|goes|starts)\b)", re.I)
_ROUND_DENOMINATORS = frozenset({10.0, 20.0, 100.0, 1000.0})


def _value(w: str) -> float | None:
    """The value of digits or of a number in words."""
    if w.isdigit():
        return float(w)
    r = _words_value(w)
    return r[0] if r else None


def parse_ratio(m: re.Match[str]) -> Num | None:
    """ "1 in 5", "two in five", "nine out of 10": a ratio of people or things, not two counts.
    Past "one", only a small or a round denominator reads as a ratio ("19 out of 38" stays two
    counts, and "3 in 10 minutes" is no ratio at all).
    """
    a, b = _value(m.group("a")), _value(m.group("b"))
    joiner = m.group(0).lower().split()[1]
    if a is None or not b or a >= b or 1900 <= b <= 2100 or a != 1 and (
            joiner == "of" or b > 10 and b not in _ROUND_DENOMINATORS):
        return None
    return Num(m.start(), m.end(), a / b, 0.0, words=True, fraction=True)


_MIXED_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}
# Digits and scale words in turn: "4 thousand 3 hundred and 21", "2 million 500 thousand".
MIXED = re.compile(
    r"(?<![\w.,])\d{1,3}\s+(?:hundred|thousand|million|billion)"
    r"(?:\s+(?:and\s+)?\d{1,3}\s+(?:hundred|thousand|million))*"
    rf"(?:\s+and\s+(?:\d{{1,2}}(?![\d.,]\d)|(?:{_TENS})(?:[\s-](?:{_UNITS}))?|{_UNITS}))?(?![\w-])", re.I)


def parse_mixed(m: re.Match[str]) -> Num | None:
    """The value of digits and scale words written in turn, or None when the scales do not fall."""
    total = current = 0.0
    last = float("inf")
    toks = m.group().lower().split()
    if len(toks) < 4:
        return None  # "4 thousand" alone is read with its scale elsewhere
    for k, tok in enumerate(toks):
        if k > 1 and toks[k - 1] == "and" and toks[k - 2] != "hundred" and tok not in _MIXED_SCALES:
            return None  # "5 million and 20 injured" is two figures
        if tok.isdigit():
            current += float(tok)
        elif k and toks[k - 1] == "and" and tok not in _MIXED_SCALES:
            current += words_value(" ".join(toks[k:])) or 0.0
            break
        elif tok in _MIXED_SCALES:
            scale = _MIXED_SCALES[tok]
            if tok == "hundred":
                current *= scale
                continue
            if scale >= last:
                return None  # "3 thousand 2 million" is two figures, not one
            total, current, last = total + current * scale, 0.0, scale
    return Num(m.start(), m.end(), total + current, 1.0, words=True)


def parse_over(m: re.Match[str]) -> Num | None:
    """ "1 over 3", "one over twenty": a fraction written in words."""
    a, b = _value(m.group("a")), _value(m.group("b").strip()) if m.group("b").strip() else None
    if a is None or not b or _noun_after(m.string, m.end()):
        return None  # "2 over 3 years" is two figures
    neg = SIGN_WORD_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
    if neg:  # "negative one over 20"
        return Num(neg.start(), m.end(), -a / b, 0.0, words=True, fraction=True)
    return Num(m.start(), m.end(), a / b, 0.0, words=True, fraction=True)


# "a pair of shoes", "a couple of hours", "a dollar", "a kg": the article is the figure.
ARTICLE_ONE = re.compile(r"(?<![\w-])an?\s+(?:(?P<two>pair|couple)(?=\s+of\s)"
                         r"|(?=(?:dollar|euro|kg|kilo|kilogram|litre|liter|tonne|gallon|percentage\s+point|"
                         r"basis\s+point)\b)"
                         # "in a fortnight", "over a year": a span of one unit of time
                         r"|(?P<span>(?=(?:fortnight|week|month|year|decade)\b(?![’'-])"
                         r"(?!\s+(?:ago|earlier|later|before|after|from|or|and)\b))))", re.I)
_SPAN_BEFORE = re.compile(r"\b(?:in|over|within|during|across)\s+$", re.I)


def parse_article(m: re.Match[str]) -> Num | None:
    """A Num for ARTICLE_ONE: two for a pair or a couple, else one of the unit that follows."""
    if m.group("span") is not None and not _SPAN_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return None  # "£5m a year" is a rate, not a year
    if m.group("two"):
        return Num(m.start(), m.end(), 2.0, 0.0, words=True)
    half = _HALF_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    if half:  # "half a litre"
        return Num(half.start(), m.end() - 1, 0.5, 0.0, words=True)
    return Num(m.start(), m.end() - 1, 1.0, 0.0, words=True)


def parse_digits(m: re.Match[str] | None) -> Num | None:
    """Value and precision step of a DIGITS match, or None for an empty match."""
    if m is None:
        return None
    g = m.groupdict()
    if not (g["int"] or g["dec"] or g["ufrac"]):
        return None
    if g["int"] is None and g["dec"] is None and not g["ufrac"]:
        return None
    ip = g["int"] or "0"
    if not ip.isdigit():  # drop thousands separators: commas and (thin, no-break) spaces
        ip = "".join(ip.split()).replace(",", "")
    dec = g["dec"] or ""
    value = float(ip + dec) if (ip or dec) else 0.0
    if dec:
        step = 10.0 ** -(len(dec) - 1)
    else:
        zeros = len(ip) - len(ip.rstrip("0")) if ip.strip("0") else 0
        step = 10.0 ** zeros
    fraction = False
    if g["exp"]:
        e = g["exp"].replace("−", "-").replace(" ", "")
        digits = re.sub(r"^[×x]10(?:\^|\*\*)?", "", e) if e[0] in "×x" else e[1:]
        if len(digits.lstrip("+-")) > 3:
            return None  # "1e999999999": past any float, and read in constant time
        try:
            if e[0] in "×x":
                power = int(digits)
                value, step = value * 10.0 ** power, step * 10.0 ** power
            elif e.startswith("^"):
                value = value ** float(digits)
            else:
                value, step = value * 10.0 ** int(digits), step * 10.0 ** int(digits)
        except (OverflowError, ZeroDivisionError, ValueError):
            return None  # "0 x 10^309", "0^-1": no figure to check
    if g["ufrac"]:
        value += _UNICODE_FRACTIONS[g["ufrac"]]
        fraction = True
    if g["fnum"]:
        if int(g["fden"]) == 0:
            return None
        value += int(g["fnum"]) / int(g["fden"])
        fraction = True
    if g["den"]:
        if int(g["den"]) == 0:
            return None
        value = value / int(g["den"])
        fraction = True
    if g["sign"]:
        value = -value
    if fraction:
        step = 0.0
    ordinal = bool(g["ord"])
    return Num(m.start(), m.end(), value, step, fraction=fraction, ordinal=ordinal)


_TENS_WORDS = frozenset(_TENS.split("|"))
_ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
              "seventh": 7, "eighth": 8, "ninth": 9}


def _proper(toks: list[str]) -> bool:
    """Whether words are a proper fraction of halves, thirds or quarters ("three quarters")."""
    return len(toks) == 2 and toks[1] in ("half", "halves", "third", "thirds", "quarter", "quarters") \
        and UNITS_WORDS.get(toks[0], 99) < FRACTION_DENOMS[toks[1]]


def _words_value(body: str) -> tuple[float, bool] | None:
    """Value of a number-word phrase, and whether it is a fraction."""
    if re.search(r"\bover\b", body, re.I):
        num, _, den = re.split(r"\s+(over)\s+", body, maxsplit=1, flags=re.I)
        a, b = _words_value(num), _words_value(den)
        if not a or not b or b[0] == 0:
            return None
        return a[0] / b[0], True
    toks = [t for t in re.split(r"[\s-]+", body.lower()) if t]
    ands = [i for i, t in enumerate(toks) if t == "and"]
    total = current = mark = 0.0
    last_scale = 0.0
    seen = fraction = False
    decimals: list[int] | None = None
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if i and t[:-1] in ("thousand", "million", "billion", "trillion"):
            t = t[:-1]  # "three billions"
        if decimals is not None:
            if UNITS_WORDS.get(t, 10) < 10:
                decimals.append(UNITS_WORDS[t])
                continue
            return None
        if t == "and":
            prev = toks[i - 1] if i else ""
            fraction_follows = toks[-1] in FRACTION_DENOMS
            if prev not in SCALE_WORDS and prev not in ("hundred", "dozen") and nxt not in (
                    "a", "an") and not fraction_follows:
                return None
            last_and = i == ands[-1]
            if len(ands) > 1 and last_and or nxt in ("a", "an") or last_and and _proper(toks[i + 1:]):
                mark = current  # "one hundred and three quarters": the fraction is what follows
            continue
        if t in ("a", "an"):
            continue
        seen = True
        if t == "point":
            decimals = []
        elif t in UNITS_WORDS:
            prev = toks[i - 1] if i else ""
            if UNITS_WORDS[t] >= 10 and 0 < UNITS_WORDS.get(prev, 0) and 0 < current < 100 and not mark \
                    and nxt not in FRACTION_DENOMS and nxt not in _ORD_UNITS:
                current = current * 100 + UNITS_WORDS[t]  # "one twenty two" = 122, "nineteen eighty"
            else:
                current += UNITS_WORDS[t]
        elif t == "hundred":
            current = (current or 1) * 100
        elif t in ("dozen", "dozens", "dz", "dzs", "doz", "dozs"):
            current = (current or 1) * 12
        elif t in SCALE_WORDS:
            if total and not current and (t.startswith("crore") or SCALE_WORDS[t] > last_scale):
                total *= SCALE_WORDS[t]  # "three thousand million" is three billion
            else:
                total += (current or 1) * SCALE_WORDS[t]
            last_scale = SCALE_WORDS[t]
            current = mark = 0.0
        elif t in FRACTION_DENOMS or (t in _ORD_UNITS and i and toks[i - 1] in _TENS_WORDS):
            den = FRACTION_DENOMS.get(t, 0)
            unit_word = t[:-1] if t.endswith("s") else t  # "twenty fifths" = 4; "three twenty-fifths"
            unit_ord = _ORD_UNITS.get(unit_word)
            if (i > 1 or t == unit_word) and toks[i - 1] in _TENS_WORDS and unit_ord:
                den = UNITS_WORDS[toks[i - 1]] + unit_ord  # "one twenty-fifth" = 1/25
                current -= UNITS_WORDS[toks[i - 1]]
            if not ands and total:  # "a hundred thousand trillionths": all of it is the numerator
                current, total = (total + current) / den, 0.0
                fraction = True
                continue
            numerator = (current - mark) or 1.0
            part = numerator / den
            if last_scale and mark == 0 and nxt not in SCALE_WORDS and toks[i - 1] != t:
                total += part * last_scale
                current = 0.0
            else:
                current = mark + part
            fraction = True
        else:
            return None
    if not seen:
        return None
    value = total + current
    if decimals:
        value += float("0." + "".join(map(str, decimals)))
    return value, fraction


def words_value(words: str) -> float | None:
    """The value of a number written in words ("forty-five" → 45), or None."""
    r = _words_value(words)
    return r[0] if r else None


_OVER_WORD = re.compile(r"\sover\s", re.I)
_AFTER_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _not_a_quotient(text: str, m: re.Match[str], over: int) -> bool:
    """ "a third over five years", "two over three weeks": a figure over a span of time, not
    "one over three". A noun after the phrase, or a fraction before "over", says so; a function
    word does not ("one over 20 at the close").
    """
    before = re.split(r"[\s-]+", m.group()[:over].lower())[-1]
    return _noun_after(text, m.end()) or before in FRACTION_DENOMS


def _noun_after(text: str, end: int) -> bool:
    """Whether the word after ``end`` is a noun or a unit of time, not a function word."""
    after = _AFTER_WORD.match(text, end)
    word = after.group(1).lower() if after else ""
    return bool(word) and (word not in NP_STOP or word in TIME_UNITS)


def word_numbers(text: str, matches: Iterable[re.Match[str]] | None = None) -> list[Num]:
    """Every number written in words; a phrase that does not parse is split at "and"."""
    out: list[Num] = []
    for m in matches if matches is not None else WORDS.finditer(text):
        over = _OVER_WORD.search(m.group())
        n = None if over and _not_a_quotient(text, m, over.start()) else parse_words(m)
        if n is not None:
            out.append(n)
        elif over or re.search(r"\sand\s", m.group(), re.I):
            # "a third over five years" is two figures; "two and fifty" is no number
            for piece in re.finditer(r"(?:(?!\s(?:and|over)\s).)+", m.group(), re.I):
                for m2 in WORDS.finditer(text, m.start() + piece.start(), m.start() + piece.end()):
                    n2 = parse_words(m2)
                    if n2 is not None:
                        out.append(n2)
    return out


def parse_words(m: re.Match[str]) -> Num | None:
    """A Num for a WORDS match, or None when the words are not a number."""
    body = m.group("body")
    art = (m.group("art") or "").strip().lower()
    low = body.lower()
    if low in ("dozen", "dozens", "hundred", "thousand", "million", "billion", "trillion") and not art:
        return None
    parts = re.split(r"[\s-]+", low)
    if parts[0] in FRACTION_DENOMS and parts[0] != "half" and not art and not (
            parts[0] == "quarter" and parts[-1] in SCALE_WORDS):
        return None
    if "nil" in parts and (len(parts) > 1 or _SCORE_BEFORE.search(m.string, max(0, m.start() - 12),
                                                                  m.start())):
        return None  # "won two nil", "2 nil": a score, not a figure
    if low == "half" and _UNIT_AND.search(m.string, max(0, m.start() - 16), m.start()):
        return None  # "an hour and a half": the half belongs to the hour
    if low in ("quarter", "quarters", "half") and not art:
        if low == "half":  # "half", "negative half"
            neg = m.group("neg")
            return Num(m.start() if neg else m.start("body"), m.end(), -0.5 if neg else 0.5, 0.0,
                       words=True, fraction=True)
        return None
    if not art and _COMPOUND_ORD_WHOLE.fullmatch(body):  # "the twenty-fifth": a rank, not 1/25
        return Num(m.start("body"), m.end(), float(ordinal_word(body) or 0), 0.0, words=True,
                   ordinal=True)
    parsed = _words_value(body)
    if parsed is None:
        return None
    value, fraction = parsed
    if art.startswith("half"):
        value *= 0.5
        fraction = True
    end = m.end()
    of_scale = _OF_SCALE.match(m.string, end) if fraction else None
    if of_scale:  # "two thirds of a million": one figure
        value, fraction, end = value * SCALE_WORDS[of_scale.group(1).lower()], False, of_scale.end()
    if m.group("neg"):
        value = -value
    # "a hundred", "a third": the article is the number's own; "a twenty-mile walk" is the walk's
    own = art.startswith("half") or parts[0] in SCALE_WORDS or parts[0] in FRACTION_DENOMS or \
        bool(_COMPOUND_ORD_WHOLE.match(body)) or \
        parts[0] in ("half", "quarter", "dozen")
    start = m.start() if own or m.group("neg") else m.start("body")
    return Num(start, end, value, 0.0, words=True, fraction=fraction)


def parse_vague(m: re.Match[str]) -> Num:
    """A Num for "thousands of", "tens of thousands of" and the like."""
    key = (m.group("mult") + " of " if m.group("mult") else "") + m.group("word")
    lo, hi = VAGUE_PLURALS.get(key.lower(), VAGUE_PLURALS[m.group("word").lower()])
    return Num(m.start(), m.end(), lo, 0.0, words=True, vague=(lo, hi))


def ordinal_word(word: str) -> int | None:
    """The number an ordinal word stands for ("third" → 3), or None."""
    w = word.lower()
    if w in ORDINAL_WORDS:
        return int(ORDINAL_WORDS[w])
    if w in ANNIVERSARY_WORDS:
        return ANNIVERSARY_WORDS[w]
    m = re.fullmatch(rf"({_TENS})[\s-]({'|'.join(ORDINAL_WORDS)})", w)
    if m:
        return UNITS_WORDS[m.group(1)] + int(ORDINAL_WORDS[m.group(2)])
    return None
