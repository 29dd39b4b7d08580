"""Read each number in its context: hedge, unit, scale, range, change direction and rate."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import accumulate

from auditor.extract.lexicon import (
    ACCOUNTS_CUES,
    ANNIVERSARY_WORDS,
    CHANGE_DOWN,
    CHANGE_UP,
    LINE_LABEL_PER,
    PARTICLE_VERBS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    SCALE_SUFFIX,
    TIME_UNITS,
    UNITS_WORDS,
)
from auditor.extract.numbers import (
    ARTICLE_ONE,
    DIGITS,
    DIGITS_AT,
    HALVED_UNITS,
    MIXED,
    OVER,
    RATIO,
    SIGN_WORD_BEFORE,
    VAGUE,
    VULGAR,
    WORDS,
    Num,
    ordinal_word,
    parse_article,
    parse_digits,
    parse_mixed,
    parse_over,
    parse_ratio,
    parse_vague,
    word_numbers,
)
from auditor.extract.numbers import words_value as _words_value
from auditor.extract.scan import Windows
from auditor.extract.units import (
    CENTS_AFTER,
    GLUED_CURRENCY,
    alternation,
    compound_after,
    currency_after,
    currency_before,
    event_after,
    event_before,
    measure_after,
    noun_after,
    percent_after,
    rate_after,
    scale_after,
    time_after,
)
from auditor.extract.words import singular


@dataclass(slots=True)  # built often; not frozen, since frozen classes build slowly
class QHit:
    """A quantity read from the analysis text, before ids, periods and sources are attached."""

    start: int
    end: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None = None
    unit_text: str | None = None
    per: str | None = None
    change: str | None = None
    entity: str | None = None
    event: str | None = None
    approximate: bool = False
    step: float = 0.0


def _phrases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    pairs = [(p, q) for q, ps in table.items() for p in ps]
    return sorted(pairs, key=lambda x: -len(x[0]))


_QB = _phrases(QUALIFIERS_BEFORE)
_QB_KIND = {p.lower(): q for p, q in _QB}
_QA = _phrases(QUALIFIERS_AFTER)
QUAL_AFTER = re.compile(r"\s*(?P<q>" + "|".join(re.escape(p) for p, _ in _QA) +
                        r"|plus(?=\s*[,.;:)]|\s*$))(?![\w$£€\d])(?!\s*[\d$£€])", re.I)
_QA_KIND = {p.lower(): q for p, q in _QA}
_CHANGE_WORDS = {w: "up" for w in CHANGE_UP} | {w: "down" for w in CHANGE_DOWN}
MULTIPLIER_AFTER = re.compile(
    r"\s?(?:(?P<times>times|x)(?=\s+(?:as|more|less|larger|bigger|higher|greater|faster|"
    r"smaller|lower|over|the|that|what|its|their|his|her|than))|-?(?P<fold>fold))(?![a-z])", re.I)
MULTIPLIER_WORDS = re.compile(
    r"(?<![\w-])(?:(?P<twice>twice|thrice)(?=\s+(?:as|the|that|a|an|more|than|what|its|their|his|her|over))"
    r"|(?P<verb>doubled|doubling|doubles|tripled|trebled|tripling|triples|quadrupled|quadruples|halved|halving)"
    r"|(?P<dbl>double|triple)(?=\s+(?:the|that|its|their|what))"
    r"|(?P<fold>(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)-?fold))(?![\w-])",
    re.I)
_MULT_VALUE = {"twice": 2, "thrice": 3, "double": 2, "doubled": 2, "doubling": 2, "doubles": 2,
               "triple": 3, "tripled": 3, "trebled": 3, "tripling": 3, "triples": 3,
               "quadrupled": 4, "quadruples": 4, "halved": 0.5, "halving": 0.5}
PER_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*(?:per|/|a|an|each|every)[\s-]?(?P<w>sq\.?\s?(?:m|ft|km|mi)|"
    r"square\s+(?:metre|meter|foot|feet|kilometre|kilometer|mile)|capita|head|person|share|shr|barrel|gallon|litre|liter|"
    r"tonne|ton|ounce|kilo|kg|lb|unit|hour|hr|day|week|month|year|annum|minute|min|second|sec|"
    r"night|game|match|season|quarter|mile|km|household|employee|worker|student|pupil|patient|"
    r"visit|passenger|seat|ticket|item|page|word|pack|bottle|pint|bag|box|head|mmbtu|kwh|mwh|"
    r"room|user|customer|subscriber|weekend|fortnight|term|semester|shift|lap|round|trip|journey|"
    r"flight|episode|dose|meal|acre|hectare|resident|member|child|adult|vehicle|car|home|house|"
    r"property|event|show|race)(?![a-z-])", re.I)
_PER_NAME = {"capita": "person", "head": "person", "annum": "year", "hr": "hour", "min": "minute",
             "shr": "share", "sec": "second", "mmbtu": "mmBTU", "sq m": "square_meter", "sqm": "square_meter",
             "sq ft": "square_foot", "sq km": "square_kilometer", "sq mi": "square_mile",
             "square metre": "square_meter", "square meter": "square_meter",
             "square foot": "square_foot", "square feet": "square_foot"}
# "20-30", "between 2.0 l and about 7.0 l", "2 - ~7 litres": the joiner, and a hedge on the upper end
RANGE_LINK = re.compile(r"\s*(?P<w>-|–|—|to|through|and|~|/)\s*"
                        r"(?P<hedge>(?:about|around|roughly|approximately|some)\s+|~)?", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)
# Verbs after which "from A to B" is a change, not a range: the change words, and verbs of a
# change whose direction only the figures give ("revised its forecast from 2.2% to 1.6%").
_FROM_VERBS = [*_CHANGE_WORDS, *"""reduce reduces reducing reduced lower lowers lowering lowered
lift lifts lifting lifted trim trims trimming trimmed slash slashes slashing slashed hike hikes
hiking hiked revise revises revising revised adjust adjusts adjusting adjusted change changes
changing changed shift shifts shifting shifted doubled doubling tripled tripling trebled trebling
quadrupled quadrupling halved halving""".split()]
_RANGE_TO_RANGE = re.compile(r"[^\s]*\d[^\s]*(?:\s+(?:per\s*cent|percent|%))?\s+to\s+[^\s]*\d[^\s]*"
                             r"(?:\s+(?:per\s*cent|percent|%))?\s+to\s+[$£€]?\d", re.I)
_NOT_VERBS = {"up", "down", "higher", "lower", "upward", "upwards", "downward", "downwards"}


def _verb_then_from(verbs: list[str], reach: str) -> re.Pattern[str]:
    """One of ``verbs``, then ``reach`` characters of its clause, then "from" at the end."""
    return re.compile(r"\b(?P<verb>" + alternation(verbs, fold=True) + r")\b"
                      r"(?:[^.;]|(?<=\d)\.(?=\d))" + reach + r"?\bfrom\s+$", re.I)


_FROM_CHANGE = _verb_then_from(_FROM_VERBS, "{0,60}")
# A verb further back: "will reduce its growth estimate for the 12-member eurozone economy from"
# (but not "drawn up in 2015, … a scale of fines from").
_FROM_CHANGE_FAR = _verb_then_from([w for w in _FROM_VERBS if w not in _NOT_VERBS], "{60,100}")


def _from_change(text: str, lo: int, pos: int) -> re.Match[str] | None:
    """ "rose from" just before ``pos``: searched for only when "from" ends the text there. A
    "from A to B to C" names a range first ("revised its forecast from 5 to 7 per cent to 3 to 5").
    """
    between = _FROM_A_LEVEL.search(text, max(lo, pos - 40), pos)  # "from an average of £312,000"
    if between is not None:
        pos = between.start() + 5
    if text[lo:pos].rstrip()[-4:].lower() != "from" or _RANGE_TO_RANGE.match(text, pos):
        return None
    return _FROM_CHANGE.search(text, lo, pos) or _FROM_CHANGE_FAR.search(text, lo, pos)


_FROM_A_LEVEL = re.compile(
    r"\bfrom\s+(?:an?|the)\s+(?:average|high|low|peak|record|total|median|level)\s+of\s+$", re.I)


# "aged 45", "at the age of 87", "Smith, 45,"
_AGE_BEFORE = re.compile(r"\b(?i:aged?|ages|age\s+of)\s+$|\b[A-Z][a-z]+,\s$")
# "He will be 35 by…", "Nick Hague 44 has spent…": a bare number that can only be an age.
_AGE_PRONOUN = re.compile(r"\b(?i:he|she|who)\s+"
                          r"(?i:is|was|will\s+be|turns|turned|has\s+(?:just\s+)?turned|is\s+now)\s+$")
# "the actor was 64 when he won": a bare number someone was when something happened
_AGE_WAS = re.compile(r"\b(?:was|is|were|turned|turns)\s+(?:only\s+|just\s+)?$", re.I)
_AGE_WHEN = re.compile(r"\s+(?:when|at\s+the\s+time)\b", re.I)
_AGE_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\s+$")
_AGE_NAME_AFTER = re.compile(r"\s+(?:has|had|is|was|said|says|who|will)\b")
_NONNEG = {"count", "money", "percent", "measure", "duration", "age", "rate", "fraction",
           "multiplier"}


def find_quantities(text: str, sentence_ends: list[int], sentence_starts: list[int],
                    claimed: list[tuple[int, int]], windows: Windows | None = None) -> list[QHit]:
    """Every quantity in ``text`` outside the claimed spans, in order."""
    win = windows or Windows(text)
    durations = _word_hits(win.finditer(DURATION_WORDS, ("unit",)), _duration, claimed, [])
    claimed = claimed + [(h.start, h.end) for h in durations]
    cores = _cores(text, claimed, win)
    hits: list[QHit] = []
    i = 0
    while i < len(cores):
        n = cores[i]
        if hits and n.start < hits[-1].end:
            i += 1
            continue
        k = bisect_right(sentence_starts, n.start) - 1
        s_start = sentence_starts[k] if k >= 0 else 0
        s_end = sentence_ends[k] if k >= 0 else len(text)
        q = _read(text, n, s_start, s_end, hits[-1].end if hits else 0)
        if q is None:
            i += 1
            continue
        if i + 1 < len(cores):
            r = _range(text, q, n, cores[i + 1], s_start, s_end)
            if r is not None:
                hits.append(r)
                i += 2
                continue
        hits.append(_change_from_to(text, q, hits, s_start))
        i += 1
    taken = [(h.start, h.end) for h in hits]
    hits.extend(_word_hits(win.finditer(MULTIPLIER_WORDS, ("mult",)), _multiplier, claimed, taken))
    hits.extend(durations)
    hits.extend(_word_hits(win.finditer(ORDINAL_WORDS, ("ordinal",)), _ordinal, claimed, taken))
    hits.sort(key=lambda h: h.start)
    return _inherit_change(text, _share_units(text, _two_sided(text, hits), sentence_ends))


_BORROW_FORWARD = re.compile(r"\s*(?:or|and|to|-|–)\s*(?:about\s+|around\s+|nearly\s+)?", re.I)
_BORROW_BACK = re.compile(
    r"(?:[,;]?\s*\b(?:and|or|to|by)\b|\b(?:compared\s+(?:with|to)|versus|vs\.?|against|while\s+"
    r"(?:the\s+)?\w+\s+(?:is|was|were|are))(?:\s+(?:an?\s+)?(?:average|total|low|high)\s+of)?)\s*"
    r"(?:about\s+|around\s+|just\s+)?$", re.I)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?$", re.I)
_VERB_TO = re.compile(r"[A-Za-z]{3,}\s+to\s*$")  # "… were reduced to": a verb, not a range's "to"
_NOUN_OR_N = re.compile(r"\b(?:a|an|another|one)\s+(?P<noun>[a-z]+)\s+or\s+$", re.I)


def _share_units(text: str, hits: list[QHit], sentence_ends: list[int]) -> list[QHit]:
    """ "eight or nine euros", "435 homes by sale and 187 by tender": a bare number takes the
    unit of the figure it is coordinated or compared with.
    """
    out = list(hits)
    for i, h in enumerate(out):
        if h.kind not in ("number", "rate") or h.unit or h.value is None:
            continue
        limit = sentence_ends[bisect_right(sentence_ends, h.start)] if bisect_right(
            sentence_ends, h.start) < len(sentence_ends) else len(text)
        donor = None
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt and nxt.unit and nxt.start < limit and _BORROW_FORWARD.fullmatch(
                text, h.end, nxt.start) and not (
                    re.search(r"to|-|–", text[h.end:nxt.start]) and (nxt.value or 0) < h.value):
            donor = nxt  # not "1,520 - 80% - passed": a range runs up
        prev = out[i - 1] if i else None
        if donor is None and prev and prev.unit and h.start - prev.end < 90 and \
                not re.search(r"[.!?]\s", text[prev.end:h.start]) and _BORROW_BACK.search(
                    text, prev.end, h.start):
            donor = _compared_with(text, out, i, prev, sentence_ends)
        if donor is None:
            m = _NOUN_OR_N.search(text, max(0, h.start - 30), h.start)
            if m:  # "another pick or two", "a day or two"
                noun = singular(m.group("noun").lower())
                if noun in TIME_UNITS:
                    out[i] = replace(h, kind="duration", unit=TIME_UNITS[noun])
                else:
                    out[i] = replace(h, kind="count", unit=noun, entity=noun)
            continue
        if donor.kind in ("ordinal", "age", "multiplier", "fraction"):
            continue
        if donor.change and donor.kind == "percent" and re.search(
                r"\b(?:to|from|at)\s*$", text[max(0, h.start - 8):h.start], re.I):
            continue  # "rose 15% to 920": the level is not a percentage
        if donor.kind == "percent" and donor is prev and re.search(r"\bof\b", text[prev.end:h.start], re.I):
            continue  # "38 per cent of outstanding cases, or 702": the count the share is of
        if donor is prev and donor.kind == "percent" and _VERB_TO.search(text, prev.end, h.start) and \
                not _FROM_BEFORE.search(text, max(0, prev.start - 20), prev.start):
            continue  # "on 23.7%, were reduced to 121": a verb's end is its own measure, unless "from"
        if text[max(0, donor.start - 2):donor.start].strip().endswith("("):
            continue  # "2.2bn shekels ($590m) and 71m": a conversion lends no unit
        if donor.value and h.value and not 0.01 <= abs(h.value / donor.value) <= 100:
            continue
        if donor.kind == "money" and re.search(r"cent|pence|penny|cts", donor.unit_text or "", re.I):
            continue  # "84.75 cents, while the lowest is 74.07": a bare 74.07 is not dollars
        kind = "rate" if h.kind == "rate" and donor.kind in ("count", "rate") else donor.kind
        out[i] = replace(h, kind=kind, unit=donor.unit, entity=donor.entity)
    return out


_COMPARED = re.compile(r"\b(?:against|compared|versus|vs)\b", re.I)


def _compared_with(text: str, hits: list[QHit], i: int, prev: QHit, sentence_ends: list[int]) -> QHit:
    """ "1,950 patients who had waited more than 52 weeks …, against 2,340 in March": a bare number
    compared with an earlier figure takes the unit of the one of its own size, not of the nearest.
    """
    h = hits[i]
    if not h.value or not prev.value or 0.2 <= abs(h.value / prev.value) <= 5 or \
            not _COMPARED.search(text, prev.end, h.start):
        return prev
    k = bisect_right(sentence_ends, h.start)
    start = sentence_ends[k - 1] if k else 0
    alike = [g for g in hits[:i - 1] if g.start >= start and g.unit and g.value and
             0.2 <= abs(h.value / g.value) <= 5 and g.kind not in ("duration", "ordinal", "age")]
    return alike[-1] if alike else prev


_LOWER = ("above", "at_least")
_UPPER = ("below", "at_most")


def _two_sided(text: str, hits: list[QHit]) -> list[QHit]:
    """ "more than 100 and less than 300": two one-sided bounds make one range."""
    out: list[QHit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (prev and prev.value is not None and h.value is not None
                and {prev.qualifier, h.qualifier} & set(_LOWER)
                and {prev.qualifier, h.qualifier} & set(_UPPER)
                and prev.qualifier != h.qualifier
                and re.fullmatch(r",?\s*(?:and|but)\s+", text[prev.end:_qual_start(text, h.start)])):
            lo, hi = (prev, h) if prev.qualifier in _LOWER else (h, prev)
            if lo.value is not None and hi.value is not None and lo.value <= hi.value:
                out[-1] = replace(h, start=_qual_start(text, prev.start), value=None, low=lo.value,
                                  high=hi.value, qualifier="range",
                                  unit=h.unit or prev.unit, kind=h.kind if h.unit else prev.kind)
                continue
        out.append(h)
    return out


def _qual_start(text: str, pos: int) -> int:
    """Where the hedge before ``pos`` begins ("more than 100"), or ``pos`` itself."""
    found = _hedge_before(text, pos, 0)
    return found[1] if found else pos


_ART_BEFORE = re.compile(r"(?<![\w-])an?\s+$", re.I)


def _word_number_starts(text: str, win: Windows) -> Iterator[int]:
    """Where a number in words can start: at a number word ("negative", "half" and "minus"
    are number words too), or at the "a" or "an" just before one. In order.
    """
    for p in win.positions("numword"):
        art = _ART_BEFORE.search(text, max(0, p - 8), p)
        if art:
            yield art.start()
        yield p


def _ratio_starts(win: Windows) -> list[int]:
    """Where "1 in 5" or "two out of ten" can start: at digits or a number word."""
    return sorted(win.positions("digit") + win.positions("numword"))


def _matches_at(text: str, rx: re.Pattern[str], starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """Matches of ``rx`` tried only at ``starts`` (in order), none overlapping the last."""
    end = 0
    for p in starts:
        if p >= end and (m := rx.match(text, p)):
            yield m
            end = m.end()


def _cores(text: str, claimed: list[tuple[int, int]], win: Windows) -> list[Num]:
    found: list[Num] = []
    sources: list[Iterable[Num | None]] = [
        (parse_mixed(m) for m in win.finditer(MIXED, ("scaleword",))),
        (parse_article(m) for m in win.finditer(ARTICLE_ONE, ("unitart",))),
        (parse_over(m) for m in win.finditer(OVER, ("over",))),
        (parse_ratio(m) for m in _matches_at(text, RATIO, _ratio_starts(win))),
        word_numbers(text, _matches_at(text, WORDS, _word_number_starts(text, win))),
        (parse_vague(m) for m in win.finditer(VAGUE, ("vague",))),  # after "three billions"
        (parse_digits(DIGITS_AT.match(text, g.end())) for g in win.finditer(GLUED_CURRENCY, ("digit",))),
        (parse_digits(m) for m in (
            DIGITS.finditer(text) if VULGAR.search(text) else win.finditer(DIGITS, ("digit",)))),
    ]
    blocked = sorted(claimed)
    blocked_starts = [a for a, _ in blocked]
    reach = list(accumulate((b for _, b in blocked), max))  # furthest end so far
    starts: list[int] = []  # of the numbers found, which never overlap each other
    ends: list[int] = []
    for nums in sources:
        for n in nums:
            if n is None or n.end <= n.start:
                continue
            k = bisect_left(blocked_starts, n.end)
            if k and reach[k - 1] > n.start:
                continue  # inside a claimed span
            k = bisect_left(starts, n.end)
            if k and ends[k - 1] > n.start:
                continue  # overlaps a number already found
            k = bisect_left(starts, n.start)
            starts.insert(k, n.start)
            ends.insert(k, n.end)
            found.insert(k, n)
    return found


def _read(text: str, n: Num, s_start: int, s_end: int, floor: int = 0) -> QHit | None:
    """The quantity around number ``n``: currency, scale, unit, hedge, change, noun."""
    start, end, value, step = n.start, n.end, n.value, n.step
    code = None
    negative = _accounts_negative(text, n, s_start, floor) if text.startswith(")", end) else None
    if negative:
        (start, cur), end, value = negative, end + 1, -value
    else:
        cur = currency_before(text, start, floor)
    kind, unit, unit_text, factor, per = "number", None, None, 1.0, None
    half = _AND_A_HALF.match(text, end) if not (n.words or n.fraction or n.ordinal) else None
    if half:  # "5 and a half minutes"
        value, end, step = value + 0.5, half.end(), 0.0
    if cur:
        code, cur_start, factor = cur
        start = min(start, cur_start)
    sc = scale_after(text, end, money=True)
    if sc and text[end:sc[1]].strip() in ("m", "b", "B", "mm", "T") and not code:
        after = currency_after(text, sc[1])
        sc = sc if after and after.kind.startswith("money") or _counted_after_scale(
            text, sc[1], text[end:sc[1]].strip(), n) else None
    if sc:
        factor, end, value = sc[0], sc[1], value + sc[2]
        step = min(step, 1.0) * factor if step else factor if n.words else 0.0  # "10bn" is ±0.5bn
        if n.words and n.value < 1000 and step == 0:
            step = factor
    if code:
        kind, unit = "money", code
        after = currency_after(text, end)
        if after and after.unit == code:
            end = after.end
    elif n.vague is None and not n.ordinal:
        found = _unit_after(text, end, value * factor, s_start)
        if found:
            kind, unit, unit_text, end, f2, per = found
            factor *= f2
            part = compound_after(text, end, unit or "") if kind in ("measure", "duration") else None
            if part:
                value, end, step = value + part[0], part[1], 0.0
                if kind == "measure":  # "2 yd 7 ft 10 in" is 166 inches, as a compound is given
                    value, unit, unit_text = value * part[3], part[2], None
            sc2 = scale_after(text, end, money=True) if kind == "money" else None
            if sc2 and factor == 1.0:
                factor, end = sc2[0], sc2[1]
                step = step * factor
    if kind == "money" and factor >= 1:
        cents = CENTS_AFTER.match(text, end)
        if cents and cents.end() <= s_end:
            c = cents.group("c")
            extra = float(c) if c.isdigit() else _words_value(c)
            if extra is not None:
                value, end, step = value + extra / 100 / factor, cents.end(), 0.0
    if n.ordinal:
        kind = "ordinal"
    elif kind == "number" and n.vague is None and start - floor > 10:
        pc = _PERCENT_OF.search(text, max(floor, s_start, start - 24), start)
        if pc and _CLAUSE_END.match(text, end):  # "a rate of per cent of 210." is 210%
            kind, unit, unit_text, start = "percent", "percent", pc.group("pc"), pc.start()
    value = value * factor
    step = step * (factor if factor < 1 else 1)
    signed = negative is not None
    if not n.words and value > 0:
        minus = SIGN_WORD_BEFORE.search(text, max(floor, s_start, start - 10), start)
        below = _BELOW_ZERO.match(text, end) if kind == "measure" and unit and "degree" in unit else None
        if minus or below:  # "minus 5C", "2 degrees below zero"
            value, signed = -value, True
            start = minus.start() if minus else start
            end = below.end() if below else end
    return _finish(text, n, start, end, kind, value, step, unit, unit_text, s_start, s_end,
                   per=per, signed_level=signed)


# After "35m": a counted noun makes it a million ("35m of its speakers", "1.2m tonnes of grain",
# "2.7m copies"); a dimension word, a preposition or a race ("the 200m titles") leaves metres.
_COUNTED_AFTER = re.compile(
    r"[ \t]+(?:of[ \t]+(?:its|the|their|his|her|our|your|these|those|this|that|a|an)\b"
    r"|(?:tonnes|tons|barrels|ounces|litres|liters|gallons|bpd|[a-z]{2,}[^s\W]s)\b(?![ \t]+(?:high|tall|long|"
    r"deep|wide|away|across)\b))")
_NOT_COUNTED = frozenset({"across", "towards", "afterwards", "besides", "perhaps", "always", "whereas",
                          "unless", "sideways", "hurdles", "metres", "meters", "finals", "titles", "heats",
                          "races", "runners", "sprints", "relays", "records", "medals", "events"})
_RACES = frozenset({50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0})


def _counted_after_scale(text: str, pos: int, letter: str, n: Num) -> bool:
    """Whether a bare "m" after a figure is a million because a counted noun follows it."""
    if letter not in ("m", "M") or n.value in _RACES and not n.step < 1:
        return False
    m = _COUNTED_AFTER.match(text, pos)
    return m is not None and m.group().split()[-1].lower() not in _NOT_COUNTED


_AND_A_HALF = re.compile(rf"\s+and\s+a\s+half(?=\s+(?:{HALVED_UNITS})\b)", re.I)
_BELOW_ZERO = re.compile(r"\s+below\s+(?:zero|freezing)\b", re.I)


_ACCOUNTS_CUE = re.compile(rf"(?<![\w])(?:{'|'.join(ACCOUNTS_CUES)})(?![\w])", re.I)
# What may follow a bare bracketed negative: a cell's end, a scale, "vs", punctuation.
_ACCOUNTS_AFTER = re.compile(
    r"[ \t]*(?:$|[\n\t|,;:.%)(\d$£€]|(?:vs\.?|versus|thousand|million|billion|mln|bln|mn|bn)(?![A-Za-z]))",
    re.I)
_CUE_REACH = 40


def _accounts_negative(text: str, n: Num, s_start: int,
                       floor: int) -> tuple[int, tuple[str, int, float] | None] | None:
    """ "$(4.5) million", "($99.99)", and "(12.3)" on a table line or beside a loss or income
    word: a figure wholly in brackets, as accounts print a negative. Returns where the
    bracketed figure starts and the currency that goes with it. "(12.3%)" stays a plain
    percent, and "(2)" a footnote or list marker.
    """
    if n.words or n.fraction or n.ordinal or n.value < 0:
        return None
    inside = None
    if text[n.start - 1:n.start] == "(":
        opening = n.start - 1
        outside = currency_before(text, opening, floor)
        if outside:
            return outside[1], outside  # "$(4.5)": the sign outside is only ever accounts
    else:
        inside = currency_before(text, n.start, floor)
        if not inside or text[inside[1] - 1:inside[1]] != "(":
            return None
        opening = inside[1] - 1
    before = text[max(floor, opening - 3):opening]
    if before[-1:].isalnum() or before.endswith(")"):
        return None  # "Rule 5550(b)(1)", "f(12)"
    after_figure = before.rstrip()[-1:].isdigit() or floor and not text[floor:opening].strip()
    if inside:
        return None if after_figure else (opening, inside)  # "£20 ($38)": a conversion
    close = n.end + 1
    if not _ACCOUNTS_AFTER.match(text, close):
        return None
    lo = max(0, opening - 200)
    line_start = text.rfind("\n", lo, opening) + 1 or lo
    if _table_cell(text, line_start, opening, close):
        return opening, None
    if n.step >= 1 and n.value < 100 and not text.startswith("%", close):
        return None  # "Net income (3)": a footnote marker
    if not after_figure and _ACCOUNTS_CUE.search(
            text, max(line_start, s_start, opening - _CUE_REACH), opening):
        return opening, None
    return None


def _table_cell(text: str, line_start: int, opening: int, close: int) -> bool:
    """Whether text[opening:close] stands alone as a cell of a table line."""
    before, after = text[line_start:opening], text[close:close + 3]
    starts = not before.strip() or before.rstrip(" ").endswith(("|", "\t")) or before.endswith("  ")
    ends = not after.strip(" ") or after.lstrip(" ")[:1] in ("|", "\n") or after[:1] == "\t" or \
        after.startswith("  ")
    return starts and ends


# "per cent of 210" with no figure of its own before it, closing its clause: 210 per cent.
_PERCENT_OF = re.compile(r"(?<![\w%])(?P<pc>per\s?cent|percent)\s+of\s+$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\]]|$)")


_POINTS = re.compile(r"\s?points?(?![a-z])|\s?pts?\b", re.I)
_PP_MAX = 20.0
_PERCENT_NEARBY = re.compile(r"%|\bper\s?cent\b|\bpercent|\bpct\b", re.I)


def _unit_after(text: str, end: int, value: float, s_start: int
                ) -> tuple[str, str | None, str | None, int, float, str | None] | None:
    pts = _POINTS.match(text, end)
    if pts and abs(value) < _PP_MAX and _PERCENT_NEARBY.search(text, max(s_start, end - 80), end):
        return "percentage_point", "percentage_point", pts.group().strip(), pts.end(), 1.0, None
    for fn in (percent_after, currency_after, time_after, rate_after, measure_after):
        h = fn(text, end)  # type: ignore[operator]
        if h is None:
            continue
        kind = h.kind
        if kind == "money?":
            kind = "money" if _money_context(text, end, s_start, value) else "measure"
            unit = h.unit if kind == "money" else _ambiguous_measure(h.text)
            if unit is None:
                continue
            return kind, unit, h.text.strip(), h.end, h.factor, None
        return kind, h.unit, h.text.strip(" -([{<"), h.end, h.factor, h.per
    return None


def _ambiguous_measure(surface: str) -> str | None:
    return "pound" if "pound" in surface.lower() else None


_MONEY_CUES = re.compile(
    r"\b(?:cost|costs|paid|pay|pays|price|prices|profit|profits|revenue|sales|worth|fine|fined|"
    r"spent|spend|raise|raised|sold|bid|budget|funding|fund|deal|salary|wage|wages|debt|loss|"
    r"losses|earn|earned|earnings|income|tax|fee|fees|value|valued|bill|cash|money|invest|"
    r"invested|investment|bonus|turnover|operating|net|rebate|contract|award|award|million|"
    r"billion|bn|m)\b", re.I)


def _money_context(text: str, end: int, s_start: int, value: float) -> bool:
    window = text[max(s_start, end - 80):end + 40]
    if re.search(r"\b(?:weigh|weighs|weighed|weighing|weight|heavy|heavier|lighter|lb|baby|"
                 r"babies|fish|kg|kilos?|stone|tons?|tonnes?|metric|ounces?|grams?)\b", window, re.I):
        return False
    return value >= 1000 or bool(_MONEY_CUES.search(window))


def _finish(text: str, n: Num, start: int, end: int, kind: str, value: float, step: float,
            unit: str | None, unit_text: str | None, s_start: int, s_end: int, *,
            per: str | None = None, signed_level: bool = False) -> QHit | None:
    qualifier, start = _qualifier_before(text, start, s_start)
    qa = QUAL_AFTER.match(text, end)
    if qa and qa.end() <= s_end:
        qualifier, end = _QA_KIND.get(qa.group("q").lower(), "at_least"), qa.end()
    if kind == "duration" and text[max(0, start - 5):n.start].lower().strip() == "over":
        qualifier = "exact"
    entity = event = None
    m = MULTIPLIER_AFTER.match(text, end)
    if m and kind == "number":
        kind, end = "multiplier", m.end()
    elif kind == "number" and n.vague is None and not n.ordinal:
        noun = noun_after(text, end, s_end) or _noun_of_whole(text, end, s_end)
        if noun is None and _OF_GROUP.match(text, end):
            kind = "count"
        if noun and noun[0] in TIME_UNITS:
            kind, unit, unit_text = "duration", TIME_UNITS[noun[0]], noun[1]
        elif noun:
            entity, surface, noun_end = noun
            kind = "fraction" if n.fraction else "count"
            unit, unit_text = (None, None) if n.fraction else (entity, surface)
            event = event_after(text, noun_end, s_end)
        elif n.fraction:
            kind = "fraction"
        if n.words and value == 1 and not n.fraction and (
                not noun or _vague_one(text, n.start, s_start)):
            return None
    elif n.vague is not None:
        noun = noun_after(text, end, s_end)
        kind = "count"
        if noun:
            entity, unit_text = noun[0], noun[1]
            unit = entity
            event = event_after(text, noun[2], s_end)
    if kind in ("count", "number") and 0 < value < 130 and value == int(value):
        if _AGE_BEFORE.search(text, max(s_start, start - 12), start) and (
                re.match(r"\s?[,)]", text[end:end + 2]) or not text[start - 2:start].startswith(",")):
            kind, unit, entity = "age", "year", None
        elif kind == "number" and (_AGE_PRONOUN.search(text, max(s_start, start - 20), start) or (
                _AGE_NAME.search(text, max(s_start, start - 30), start)
                and _AGE_NAME_AFTER.match(text, end)) or (
                _AGE_WAS.search(text, max(s_start, start - 12), start) and _AGE_WHEN.match(text, end))):
            kind, unit = "age", "year"
    if event is None and kind in ("count", "money", "rate"):
        event = event_before(text, _qual_start(text, start), s_start)
    per = per or _per(text, end, s_end)[0]
    if per is None and kind == "money":
        per = _line_label_per(text, start, s_start)
    if per and kind in ("count", "number"):
        kind = "rate"
    change = _change(text, start, end, s_start)
    if change is None and value < 0 and not signed_level and kind in (
            "percent", "percentage_point", "money"):
        change = "down"
    if n.vague is not None:
        lo, hi = n.vague
        return QHit(start, end, kind, None, lo, hi, "range", unit, unit_text, per, change,
                    entity, event)
    if kind in ("percent", "percentage_point") and step > 2 and abs(value) < 100:
        step = 2.0  # "a rise of 20%" is a whole percentage rounded, not anything from 15% to 25%
    elif kind == "money" and step > 1 and abs(value) < 1000:
        step = 1.0  # "the ticket is now £60": a price to the pound, not £55 to £65
    if kind == "money" and step >= 1 and abs(value) < 10 and value == int(value):
        step = 0.01  # "costs $1 (53p) an hour": a price to the penny, not 50 cents to $1.50
    low, high = bounds(value, step, qualifier, kind, n.fraction)
    if qualifier in ("above", "below") and _CLOSE_HEDGE.search(text, max(s_start, start - 40), start):
        # "a little over 14.8km/h", "just under half": near the figure, not anywhere past it
        low, high = (low, value * 1.1) if qualifier == "above" else (value * 0.9, high)
    return QHit(start, end, kind, value, low, high, qualifier, unit, unit_text, per, change,
                entity, event, step=step)


_CLOSE_HEDGE = re.compile(r"\b(?:just|a\s+little|little|slightly|marginally|fractionally|a\s+shade|barely|"
                          r"only\s+just)\s+"
                          r"(?:over|above|more\s+than|under|below|less\s+than|fewer\s+than)\s+"
                          r"(?:[A-Z]{0,3}[$£€¥]\s?)?$", re.I)


_OF_GROUP = re.compile(r"\s+of\s+(?:them|those|these|whom|which|us|you)\b", re.I)
_OF_WHOLE = re.compile(
    r"\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[\d,.]+|[a-z]+)\s*(?=[a-z])", re.I)


def _noun_of_whole(text: str, end: int, s_end: int) -> tuple[str, str, int] | None:
    """ "412 of the 650 seats": the part counts what the whole counts."""
    m = _OF_WHOLE.match(text, end)
    if not m or not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                                  r"hundred|thousand)\b", m.group()):
        return None
    noun = noun_after(text, m.end() - 1, s_end)
    return (noun[0], noun[1], end) if noun else None


def _vague_one(text: str, start: int, s_start: int) -> bool:
    before = text[max(s_start, start - 12):start].lower()
    after = text[start:start + 24].lower()
    return bool(re.search(r"\b(?:no|any|every|each|some|the|this|that|which|at|in|on|"
                          r"no|any)\s+$", before)
                or re.match(r"one\s+(?:another|day|time|thing|way|hand|side|point|by|or|"
                            r"and|who|that|which|in|on|at|to|for|is|was|would|will|could|"
                            r"can|should|more|less|last|else|too|such)\b", after))


_GLUED_HEDGES = ("sub-", "<=", ">=", "~", "<", ">", "≤", "≥")
_OPENERS = "([—–-\"'“‘"
_GLUED_LAST = frozenset(g[-1] for g in _GLUED_HEDGES)
_QB_LAST = frozenset(k.split()[-1] for k in _QB_KIND if k.split())  # a hedge's last word


_SPAN_AHEAD = re.compile(r"[\w.,]+\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b", re.I)


def _hedge_before(text: str, pos: int, lo: int) -> tuple[str, int] | None:
    """The hedge phrase ending right before ``pos`` ("more than", "~", "an estimated") and
    where it starts, by looking up the last few words (an end-anchored regex is slow).
    """
    if pos > lo and text[pos - 1] in _GLUED_LAST:
        for g in _GLUED_HEDGES:
            if text.endswith(g, max(lo, pos - len(g)), pos):
                return _QB_KIND[g], pos - len(g)
    seg = text[max(lo, pos - 40):pos]
    if seg and not seg[-1].isspace():
        return None
    words = seg.split()
    last = words[-1].lower() if words else ""
    if last not in _QB_LAST and last.lstrip(_OPENERS) not in _QB_LAST:
        return None
    for n in (6, 5, 4, 3, 2, 1):
        if len(words) < n:
            continue
        phrase = " ".join(words[-n:]).lower().lstrip(_OPENERS)
        kind = _QB_KIND.get(phrase)
        if kind and phrase in ("over", "under") and len(words) > n and \
                words[-n - 1].lower() in PARTICLE_VERBS and not _SPAN_AHEAD.match(text, pos):
            return None  # "we took over 31 restaurants": a verb's particle ("it took over 20 years" is not)
        if kind:
            return kind, pos - len(seg) + seg.rfind(words[-n]) + (
                len(words[-n]) - len(words[-n].lstrip(_OPENERS)))
    return None


def _qualifier_before(text: str, start: int, s_start: int) -> tuple[str, int]:
    found = _hedge_before(text, start, s_start)
    return (found[0], start) if found else ("exact", start)


_CONNECTORS = frozenset("by some another further a an about around nearly almost".split())


def _verb_before(text: str, pos: int, lo: int, *, to: bool = True) -> str | None:
    """The change verb right before ``pos`` ("rose", "fell by", "jumped about", "fell to")."""
    seg = text[max(lo, pos - 40):pos]
    if not seg or not seg[-1].isspace():
        return None
    words = seg.split()
    if to and len(words) >= 2 and words[-1].lower() == "to":
        w = words[-2].lower()
        if w in _CHANGE_WORDS and w not in ("up", "down"):
            return _CHANGE_WORDS[w]
    for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
        low = words[k].lower()
        if low in _CONNECTORS or (low.endswith("ly") and low.isalpha()):
            continue
        low = low.lstrip(_OPENERS)
        if low == "up" and k and words[k - 1].lower() in PARTICLE_VERBS:
            return None  # "girls make up 52% of the roll"
        return _CHANGE_WORDS.get(low) if low.isalpha() else None
    return None


_NOT_PER = re.compile(r"\s+(?:earlier|ago|before|later|previously|on|after)\b", re.I)


# "10,500 litres of milk a year", "£2m of funding each year": the rate's unit follows what it counts.
_OF_STUFF = re.compile(r"[ \t]+of[ \t]+(?:[a-z]+[ \t]+)?"
                       r"(?!(?:the|its|their|his|her|our|this|that|these|those)\b)[a-z]{3,}"
                       r"(?=[ \t]+(?:a|an|per|each|every)[ \t])")


def _per(text: str, end: int, s_end: int) -> tuple[str | None, int]:
    stuff = _OF_STUFF.match(text, end, s_end)
    m = PER_AFTER.match(text, stuff.end() if stuff else end)
    if m and m.end() <= s_end and not _NOT_PER.match(text, m.end()):  # not "£12m a year earlier"
        w = re.sub(r"\s+", " ", m.group("w").lower().replace(".", ""))
        return _PER_NAME.get(w, w), m.end()
    return None, end


_LINE_LABEL = re.compile(rf"(?<![\w])(?P<w>{'|'.join(LINE_LABEL_PER)})(?![\w])", re.I)
_LABEL_REACH = 60  # table lines are short: a label further back belongs to prose


def _line_label_per(text: str, start: int, s_start: int) -> str | None:
    """The denominator a line label gives the amounts on its line and in its sentence
    ("Shr 32 cts vs 28 cts" → share).
    """
    line_start = text.rfind("\n", max(0, start - _LABEL_REACH), start) + 1
    if not line_start and start > _LABEL_REACH:
        return None
    at = max(line_start, s_start)
    m = _LINE_LABEL.search(text, at, start)
    lead = text[at:m.start()] if m is not None else ""
    if m is None or any(c.isdigit() for c in lead) or len(lead.split()) > 3:
        return None  # a label opens its line ("Oper shr loss 1.05 dlrs"), not "…, or 1.14 dlrs a shr, from …"
    return LINE_LABEL_PER[m.group("w").lower()]


def _change(text: str, start: int, end: int, s_start: int) -> str | None:
    """The direction of a change verb right before the figure ("rose 12%", "fell by $3m").

    Nouns ("a 5% increase", "an increase of 60,000") do not set it: the figure names the size
    of the change there, and the relate stage reads those phrases itself.
    """
    return _verb_before(text, start, s_start)


def bounds(value: float, step: float, qualifier: str, kind: str,
           fraction: bool) -> tuple[float | None, float | None]:
    """The interval of true values a printed figure admits, given its rounding and hedge."""
    half = 0.0
    if not fraction and step > 0:
        counted = kind in ("count", "rate", "number", "age", "ordinal", "duration")
        if not counted or step < 1 or (step > 1 and abs(value) >= 1000):
            half = step / 2
    floor = 0.0 if kind in _NONNEG and value >= 0 else None
    if qualifier == "approx":
        w = max(half, 0.025 * abs(value))
        return value - w, value + w
    if qualifier == "at_most" or qualifier == "below":
        return floor, value
    if qualifier in ("at_least", "above"):
        return value, None
    return value - half, value + half


def _range(text: str, q: QHit, n: Num, nxt: Num, s_start: int, s_end: int) -> QHit | None:
    """Join "20-30", "between 20 and 30", "$5 to $10 million" into one range."""
    link = RANGE_LINK.match(text, q.end)
    if not link or link.end() != _core_start(text, nxt) or nxt.start >= s_end:
        return None
    word = link.group("w").lower()
    before = text[max(s_start, q.start - 30):q.start]
    has_between = bool(_BETWEEN.search(before))
    if word == "and" and not re.search(r"\bbetween\s+$", before, re.I):
        return None
    if word == "/" and q.kind != "money":
        return None
    if _from_change(text, max(s_start, q.start - 100), q.start):
        return None  # "will reduce its estimate for the 12-member eurozone from 2.2% to 1.6%"
    if word in ("to", "through") and _verb_before(text, q.start, s_start, to=False):
        return None
    second = _read(text, nxt, s_start, s_end)
    measured = second is not None and second.kind == "measure"
    scale = SCALE_SUFFIX.get(text[nxt.end:second.end].strip()) if second and measured else None
    if second and q.kind == "money" and scale and scale >= 1e3 and (q.value or 0) >= scale:
        # "$5m-8m": a scale letter after the second figure of an amount, not metres
        v = nxt.value * scale
        second = replace(second, kind="money", unit=q.unit, unit_text=None, value=v, low=v, high=v)
    if second is None or second.value is None or q.value is None:
        return None
    if q.unit and second.unit and q.unit != second.unit:
        return None
    if q.kind not in ("number", second.kind) and second.kind != "number":
        return None
    if q.unit and second.unit is None and q.value and second.value / q.value > 50:
        return None  # "over the two days to 453": a bare number far beyond the first ends no range of it
    lo = q.value
    if q.value == n.value:
        scale = _trailing_scale(text[second.start:second.end])
        if scale and q.value * scale <= second.value:
            lo = q.value * scale
    if lo > second.value:
        return None
    if second.kind == "number" and q.kind != "number":
        second = replace(second, kind=q.kind, unit=q.unit, unit_text=q.unit_text)
    start = q.start
    if has_between:
        start = _BETWEEN.search(before).start() + max(s_start, q.start - 30)  # type: ignore[union-attr]
    approximate = q.qualifier == "approx" or link.group("hedge") is not None  # "and about 7.0"
    return replace(second, start=start, value=None, low=lo, high=second.value,
                   qualifier="range", approximate=approximate,
                   change=second.change or q.change)


_SCALE_TAIL = re.compile(r"(?:(?<=\d)|\s)(thousand|million|billion|trillion|bn|mn|m|k|tn)(?:\s+\S+)?$",
                         re.I)


def _trailing_scale(surface: str) -> float | None:
    m = _SCALE_TAIL.search(surface)
    if not m:
        return None
    return SCALE_SUFFIX.get(m.group(1)) or SCALE_SUFFIX.get(m.group(1).lower())


def _core_start(text: str, n: Num) -> int:
    cur = currency_before(text, n.start)
    return cur[1] if cur else n.start


_TO_BEFORE = re.compile(r"\bto\s+$")


def _change_from_to(text: str, q: QHit, hits: list[QHit], s_start: int) -> QHit:
    """In "rose from A to B", B carries the direction of the verb."""
    if q.change or not hits:
        return q
    m = _TO_BEFORE.search(text, max(s_start, q.start - 6), q.start)
    if not m:
        return q
    prev = hits[-1]
    f = _from_change(text, max(s_start, prev.start - 100), prev.start)
    change = _CHANGE_WORDS.get(f.group("verb").lower()) if f else None
    if f and change and prev.end <= m.start() and m.start() - prev.end < 30:
        return replace(q, change=change)
    return q


def _inherit_change(text: str, hits: list[QHit]) -> list[QHit]:
    """ "lost 190 points, or 0.6%": the restatement shares the direction; "under 8.9 ksi
    (61.4 MPa)": a conversion in brackets shares the hedge.
    """
    out: list[QHit] = []
    for h in hits:
        if out and h.qualifier == "exact" and h.value is not None and out[-1].qualifier in (
                "at_least", "at_most", "above", "below", "approx") and re.fullmatch(
                r"(?:\s*[^\s(]+)?\s*\(\s*", text[out[-1].end:h.start]):
            low, high = bounds(h.value, h.step, out[-1].qualifier, h.kind, False)
            h = replace(h, qualifier=out[-1].qualifier, low=low, high=high)
        if out and h.change is None and out[-1].change:
            gap = text[out[-1].end:h.start]
            if re.fullmatch(r"(?:(?:\s+[a-z]+){0,2}\s*,?\s*or\s+|,?\s*\(\s*|\s*,\s*)(?:about\s+|"
                            r"around\s+|some\s+|nearly\s+|almost\s+)?", gap):
                h = replace(h, change=out[-1].change)
        out.append(h)
    return out


DURATION_WORDS = re.compile(
    r"(?<![\w-])(?:(?P<whole>all|full|whole|entire|another|one)[\s-]+|(?P<art>an?)\s+|"
    r"(?P<couple>(?:a\s+)?couple\s+of)\s+|(?P<halfan>half\s+an?)\s+)"
    r"(?P<unit>hour|day|week|fortnight|month|year|decade|century|minute)s?"
    r"(?P<half>\s+and\s+(?:a\s+)?half)?(?![\w-])", re.I)
ORDINAL_WORDS = re.compile(
    r"(?:\b(?:the|its|his|her|their|our|came|come|comes|finished|finish|placed|ranked|ranks|"
    r"was|were|is)|\w['’]s)\s+(?P<w>(?:twenty|thirty|forty|fifty)[\s-](?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth|"
    + "|".join(ANNIVERSARY_WORDS) + r")(?![\w-])"
    r"(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\b)", re.I)
# ("the first six months", "its first 100 days": a rank of a count, not an ordinal of its own)


WordReader = Callable[[re.Match[str]], "QHit | None"]


def _word_hits(matches: Iterator[re.Match[str]], read: WordReader,
               claimed: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[QHit]:
    """Quantities written as words ("twice", "another week", "came third") outside taken spans."""
    out = []
    for m in matches:
        hit = read(m)
        if hit is None or any(hit.start < b and a < hit.end for a, b in claimed + taken):
            continue
        out.append(hit)
    return out


def _duration(m: re.Match[str]) -> QHit | None:
    """ "all day", "another week", "an hour and a half", "a couple of weeks"."""
    text = m.string
    if m.group("art") and not m.group("half"):
        return None  # "for more than a decade" is idiom; "a year and a half" is a length
    value = 2.0 if m.group("couple") else 0.5 if m.group("halfan") else 1.0
    if m.group("half"):
        value += 0.5
    qualifier, start = _qualifier_before(text, m.start(), max(0, m.start() - 40))
    low, high = bounds(value, 0.0, qualifier, "duration", True)
    return QHit(start, m.end(), "duration", value, low, high, qualifier,
                m.group("unit").lower(), m.group("unit"))


def _ordinal(m: re.Match[str]) -> QHit | None:
    """ "came third", "the fourth signing": ordinal words after a determiner or a rank verb."""
    n = ordinal_word(m.group("w"))
    if not n:
        return None
    s, e = m.span("w")
    return QHit(s, e, "ordinal", float(n), float(n), float(n), "exact")


def _multiplier(m: re.Match[str]) -> QHit | None:
    """ "twice as many", "doubled", "a threefold rise"."""
    word = m.group().lower()
    if m.group("fold"):
        head = word.replace("-fold", "").replace("fold", "")
        value = float(UNITS_WORDS.get(head, 100 if head == "hundred" else 0))
        if not value:
            return None
    else:
        value = float(_MULT_VALUE[word])
    change = ("down" if value < 1 else "up") if m.group("verb") else None
    qualifier, start = _qualifier_before(m.string, m.start(), max(0, m.start() - 40))
    low, high = bounds(value, 0.0, qualifier, "multiplier", True)
    return QHit(m.start(), m.end(), "multiplier", value, low, high, qualifier, change=change)
