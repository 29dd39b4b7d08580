"""The word level of the figure layer: tokens, clauses, and the helpers the cue matcher uses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.extract.lexicon import PARTICLE_VERBS
from auditor.model import Quantity
from auditor.relate.cues import (
    CLAUSE_BREAKS,
    CLAUSE_VERBS,
    COMMA_BREAKS,
    DETERMINERS,
    DIRECTION_WORDS,
    HEDGES,
    WEAK_DIRECTION_WORDS,
)

# Words ("U.S." is one), numbers and single marks.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}(?![A-Za-z])|[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*|\d+(?:[.,]\d+)*"
                   r"|[^\w\s]")
MULT_HEDGES = frozenset("almost nearly more roughly about over around".split())


@dataclass(slots=True)
class Tok:
    """A token of a sentence: a word, a punctuation mark, a figure ("#") or a time expression ("@")."""

    start: int
    end: int
    norm: str          # lower-case word, punctuation, "#" for a figure, "@" for a time expression
    fig: int = -1      # the figure's index for "#"
    word: str = ""     # a figure's own words, where a clause cue may need them ("at least a doubling")


def word(m: re.Match[str]) -> Tok:
    """A token of running text; a printed "#" or "@" is kept apart from the figure and time marks."""
    w = m.group().lower()
    return Tok(m.start(), m.end(), "·" + w if w in ("#", "@") else w)


def strip_possessive(words: list[str]) -> list[str]:
    """ "of the Lords' 50 peers", "of the UN mission's 4,800": the owner is not part of the cue."""
    if words and (words[-1].endswith(("'s", "’s")) or words[-1] in ("'", "’")):
        tail = words[-5:]
        if "of" in tail:
            return words[:len(words) - len(tail) + len(tail) - 1 - tail[::-1].index("of") + 1]
        return words[:-2] if words[-1] in ("'", "’") else words[:-1]
    return words


def hedge_before(words: list[str], i: int) -> str:
    """The hedge before the multiplier at ``words[i]``: "almost doubled", "more than trebled"."""
    words = words[max(0, i - 2):i]
    if words[-2:] == ["more", "than"]:
        return "more"
    return words[-1] if words and words[-1] in MULT_HEDGES else ""


_COMPARATIVES = frozenset("as more higher larger bigger greater longer faster that what the".split())


def is_comparison(toks: list[Tok], i: int, q: Quantity) -> bool:
    """Whether a multiplier compares two values: "doubled", "three times as many", "fourfold"."""
    t = q.text.lower()
    if t.endswith(("ed", "ing", "fold")):
        return True
    return i + 1 < len(toks) and toks[i + 1].norm in _COMPARATIVES


DEFINITE = frozenset("the its this that their those these".split())
_PRONOUNS = frozenset("this that these those".split())


def drop_determiners(words: list[str]) -> list[str]:
    """Words without determiners, but keeping "that", "this" … where they stand alone ("of that"),
    and "those" or "these" after "of", which point back ("2.91 million of those journeys").
    """
    return [w for i, w in enumerate(words) if w not in DETERMINERS or (
        w in _PRONOUNS and not (i + 1 < len(words) and words[i + 1][0].isalpha())) or (
        w in ("those", "these") and i and words[i - 1] == "of")]


def strip_hedge(words: list[str], *, keep: bool = False) -> list[str]:
    """The words before a figure with the hedge next to it (and, unless ``keep``, determiners) removed."""
    bare = words if keep else drop_determiners(words)
    for h in _HEDGES_BY_LAST.get(bare[-1] if bare else "", ()):
        if len(h) <= len(bare) and tuple(bare[-len(h):]) == h:
            return bare[:-len(h)]
    return bare


_HEDGES_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _h in HEDGES:  # longest first within each last word
    _HEDGES_BY_LAST.setdefault(_h[-1], []).append(_h)


def ends_with(words: list[str], phrase: tuple[str, ...], *, through_time: bool = False) -> bool:
    """Whether ``words`` end with ``phrase``; ``through_time``: a time inside the phrase is read
    through ("taking the total so far this year to" ends with "taking total to").
    """
    if through_time and len(phrase) > 1 and "@" not in phrase and "@" in words[:-1]:
        words = [w for w in words[:-1] if w != "@"] + words[-1:]
    return len(phrase) <= len(words) and tuple(words[len(words) - len(phrase):]) == phrase


def phrase_at(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether ``phrase`` stands at ``words[i]``, determiners skipped."""
    j = i
    for w in phrase:
        while j < len(words) and words[j] in DETERMINERS and w not in DETERMINERS:
            j += 1
        if j >= len(words) or words[j] != w:
            return False
        j += 1
    return True


_RELATIVES = frozenset("where when which who whom whose while".split())  # open a clause of their own
_LIST_STOP = frozenset(set(CLAUSE_VERBS) | _RELATIVES | {
    "of", "or", "from", "to", "by", "per", "each", "every", "compared", "versus", "vs", "against", "than",
    "including", "between", "with", "in", "on", "at", "for", "(", ")", "@", "%", "-", "–", "—", ":"})


def plain(words: list[str]) -> bool:
    """Whether words are a plain noun phrase: no figure, verb, preposition or bracket."""
    return all(w[0].isalpha() and w not in _LIST_STOP for w in words)


_LIST_PREPOSITIONS = frozenset("to in on at for with".split())
DASHES = frozenset({"-", "–", "—"})


def _plain_label(ws: list[str], most: int = 6) -> bool:
    """Up to six words, verbs allowed: "205 said yes, 160 said no" after a colon."""
    return len(ws) <= most and all(w == "@" or w[0].isalpha() and w not in _RELATIVES for w in ws)


def is_list_gap(words: list[str], *, gapped: bool = False) -> bool:
    """ "19, the Greens 7", "7 and independents 3", "(£45m), roads (£30m)", "$4.1m related to
    severance and $3.6m": coordination of figures of one measure. ``gapped`` (after a split: "of
    which", a colon) lets items keep their verbs ("of which 25,000 are exported and 19,000 sold at
    home", "412 responded: 205 said yes, 160 said no").
    """
    if words[:1] == [")"]:
        words = words[1:]
    if words[-1:] == ["("]:
        words = words[:-1]
    dashes = [n for n, w in enumerate(words) if w in DASHES]
    if len(dashes) == 2:  # "and all other services – waste, libraries, planning – £143m": an aside
        words = words[:dashes[0]] + words[dashes[1] + 1:]
    if not words:
        return False

    def label(ws: list[str]) -> bool:
        # "3,500 on Friday, 4,200 on Saturday": a date labels an item as well as a word does
        return len(ws) <= 6 and all(w == "@" or w[0].isalpha() and (
            w not in _LIST_STOP or w in _LIST_PREPOSITIONS) for w in ws)

    for sep in ([",", "and"], [",", "followed", "by"], [","], ["and"], ["plus"], ["followed", "by"]):
        for i in range(len(words) - len(sep) + 1):
            # "71 voting for, 46 against and 2 abstaining": a stance, not a comparison, when
            # nothing follows the preposition
            left = words[:i - 1] if words[i - 1:i] in (["for"], ["against"]) else words[:i]
            if left[:1] == ["of"]:  # "$300m of senior notes and $240m …": what the amount is of
                left = left[1:]
            right = words[i + len(sep):]
            if words[i:i + len(sep)] == sep and (label(left) and label(right) or gapped and (
                    _plain_label(left, 9) and (label(right) or _plain_label(right)))):
                return True
    return False


def is_particle(prev: str, w: str) -> bool:
    """ "make up 52%", "set up in 1990": "up" after these verbs is a particle, not a rise."""
    return w == "up" and prev in PARTICLE_VERBS


def direction_of(toks: list[Tok], *, nearest: bool = False) -> tuple[str | None, str, int]:
    """The change words state, from the first (or ``nearest``: the last) direction word ("rose",
    "down", "narrowed"), with the word and where it stands (-1 for none); a weak word ("raised",
    "cut") is marked with a leading "~".
    """
    weak: tuple[str | None, str, int] = (None, "", -1)
    order = range(len(toks) - 1, -1, -1) if nearest else range(len(toks))
    for i in order:
        t = toks[i]
        d = DIRECTION_WORDS.get(t.norm)
        if d is None:
            if weak[0] is None and t.norm in WEAK_DIRECTION_WORDS:
                weak = (WEAK_DIRECTION_WORDS[t.norm], "~" + t.norm, i)
            continue
        if t.norm == "up" and (i + 1 < len(toks) and toks[i + 1].norm == "to" or
                               i and is_particle(toks[i - 1].norm, t.norm)) or \
                i and toks[i - 1].norm == "#" or \
                any(x.norm in DEFINITE for x in toks[max(0, i - 2):i]) or \
                any(x.norm == "short" for x in toks[i + 1:i + 3]) or \
                t.norm == "cut" and i + 1 < len(toks) and toks[i + 1].norm == "off":
            continue  # "43% higher" is the figure's own word; "the jobs gains" a noun; "falling short";
            # "villages cut off by the floods" are isolated, not fewer
        return d, t.norm, i
    return weak


def clauses(toks: list[Tok]) -> list[tuple[int, int]]:
    """Where a sentence's clauses start and end: at ";", "while", "but", and "and" before a verb."""
    bounds, start, depth = [], 0, 0
    for i, t in enumerate(toks):
        depth = max(0, depth + (t.norm == "(") - (t.norm == ")"))
        if depth:
            continue  # "$32bn (£16.7bn; 24.1bn euros)": a bracket is one piece of its clause
        breaks = t.norm in CLAUSE_BREAKS and not (  # "trains due on Monday" goes on; "due to" breaks
            t.norm == "due" and (i + 1 >= len(toks) or toks[i + 1].norm != "to"))
        cut = t.norm == ";" or (breaks and i > start) or (
            t.norm in COMMA_BREAKS and i > start and toks[i - 1].norm == ","
            and not _joins_clause(toks, i)) or (
            t.norm == "and" and _verb_ahead(toks, i + 1, loose=i > 0 and toks[i - 1].norm == ","))
        if cut and i > start:
            bounds.append((start, i))
            start = i
    bounds.append((start, len(toks)))
    return bounds


# ", pushing the monthly total past 2.41 million" totals what the clause counts; ", lifting its
# share to 9.6%" states a change of its own
_TALLIES = frozenset("total tally toll count sum".split())
_WHICH_JOINS = frozenset("made makes accounted accounts represented represents included includes include "
                         "comprised comprises comprise".split())


def _joins_clause(toks: list[Tok], i: int) -> bool:
    """ ", as compared to $176.2m": the start of the change the clause states; ", which made up
    41% of the total": the share of the figure before; ", which included $49.9m held in …": its
    parts. None opens a clause of its own.
    """
    nxt = [t.norm for t in toks[i + 1:i + 3]]
    return toks[i].norm == "as" and nxt in (["compared", "to"], ["compared", "with"], ["against", "#"]) or \
        toks[i].norm == "which" and bool(nxt) and nxt[0] in _WHICH_JOINS or \
        toks[i].norm.endswith("ing") and any(t.norm in _TALLIES for t in toks[i + 1:i + 5])


_PERFECT = frozenset("had have has were was are is".split())  # verbs that follow a subject


def _verb_ahead(toks: list[Tok], i: int, *, loose: bool = False) -> bool:
    """Whether a verb opens a new statement within the next words; after ", and" any past tense counts,
    and the subject may be longer (", and the precept for a Band D home rises by £14").
    """
    for k, t in enumerate(toks[i:i + (9 if loose else 6)]):
        if t.norm == "#":
            # ", and about 410,000 people had fled": a figure and its noun before the verb open a
            # statement as well; "and 12 women" lists
            after = [x.norm for x in toks[i + k + 1:i + k + 4]]
            verb = next((j for j, w in enumerate(after) if w in _PERFECT), None)
            return loose and verb is not None and all(w.isalpha() for w in after[:verb])
        if t.norm in CLAUSE_VERBS and t.norm not in ("up", "down", "higher", "lower"):
            return True
        if loose and len(t.norm) > 4 and t.norm.endswith("ed"):
            return True
    return False
