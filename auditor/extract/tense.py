"""Which way a date without a year points: the tense of the verb that governs it.

"The plant closed on Thursday" is the Thursday before the as-of date, "the plant will close on
Thursday" the one after; "Thursday" with no verb to tell is the nearer of the two.
"""

from __future__ import annotations

import datetime as dt
import re

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_FUTURE = frozenset("will shall won't it'll we'll they'll he'll she'll".split())
# a word that points ahead when "to" follows ("due to open", "set to close", "plans to vote")
_AHEAD_TO = frozenset("going due set expected planned plans plan intends intend aims aim is are"
                      .split())
_AHEAD = frozenset("scheduled slated pencilled penciled upcoming".split())  # "scheduled for Friday"
_PAST = frozenset("""was were had did said told took made came went won lost saw fell rose gave held
met began left paid sold found became ran spent struck hit got brought thought kept led read wrote
ago yesterday""".split())
_PASSIVE = frozenset("be been being".split())  # "will be held": the tense is the auxiliary's
_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _cue(words: list[str], i: int) -> str | None:
    """The tense word ``i`` of ``words`` states: "future", "past" or None."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in _FUTURE or w in _AHEAD or w in _AHEAD_TO and nxt == "to":
        return "future"
    if i and words[i - 1] in _PASSIVE:
        return None
    if w in _PAST or len(w) > 4 and w.endswith("ed") and w not in _AHEAD_TO:
        return "past"
    return None


def tense_at(text: str, start: int, end: int) -> str | None:
    """The tense of the verb nearest the words ``text[start:end]`` within their sentence: first in
    their own clause, before them and then after them; then anywhere in the sentence.
    """
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    hi_m = _SENTENCE_END.search(text, end, end + 300)
    hi = hi_m.start() if hi_m else min(len(text), end + 300)
    before, after = text[lo:start], text[end:hi]
    head = _BREAK.split(before)[-1]
    tail = _BREAK.split(after)[0]
    for part, backwards in ((head, True), (tail, False), (before, True), (after, False)):
        words = [w.lower() for w in _WORD.findall(part)]
        order = range(len(words) - 1, -1, -1) if backwards else range(len(words))
        for i in order:
            said = _cue(words, i)
            if said:
                return said
    return None


def pick(text: str, start: int, end: int, past: dt.date, future: dt.date, as_of: dt.date) -> dt.date:
    """The occurrence of a yearless date the sentence points to: the past or the future one by its
    verb's tense; with no tense to tell, the nearer to ``as_of`` (the past one on a tie).
    """
    tense = tense_at(text, start, end)
    if tense == "future":
        return future
    if tense == "past":
        return past
    return future if (future - as_of) < (as_of - past) else past
