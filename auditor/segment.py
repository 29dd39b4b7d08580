"""Split an analysis text into sentences with character spans."""

from __future__ import annotations

import re

from auditor.model import Sentence

_ABBREV = frozenset("""
mr mrs ms dr prof st jr sr gen sen rep gov lt col capt sgt maj cmdr adm rev hon pres supt insp
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
inc ltd co corp plc llc bros dept est approx vs etc al fig no nos vol pp ch sec art para ave rd
mt ft e.g i.e u.s u.k u.n a.m p.m cf op govt
""".split())

# Terminal punctuation before a space, a blank line, or a line break. Written to start with
# one character class, which lets the search skip quickly to candidates.
_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s)|(?<=\n)(?:[ \t]*\n\s*)?)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_TERMINAL = re.compile(r"[.!?:][\"'”’)\]]*$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    return word in _ABBREV or (len(word) == 1 and text[m.start(1)].isupper())


_NEXT_CHAR = re.compile(r"\s*(\S)")


def _next_starts_sentence(text: str, pos: int) -> bool:
    m = _NEXT_CHAR.match(text, pos)
    if not m:
        return True
    c = m.group(1)
    return c.isupper() or c.isdigit() or c in "\"'“‘([£$€-–—•*#"


def _line_ends_here(text: str, nl: int) -> bool:
    """A single line break ends a sentence after a finished or headline-like line."""
    line_start = text.rfind("\n", 0, nl) + 1
    line = text[line_start:nl].rstrip()
    if not line:
        return False
    if _TERMINAL.search(line):
        return True
    if line[-1] in ",;-–—(" or not _next_starts_sentence(text, nl + 1):
        return False
    return len(line) < 70


_WORD = re.compile(r"\S+")
_FUNCTION_WORDS = frozenset("""and or of in on at to for from with within by as the a an into onto
than that which who over under says said""".split())
_STARTERS = frozenset("""The A An It He She They This That These Those In On At For But And
However Meanwhile Mr Mrs Ms Dr Sir Dame Lord Lady Prime Chancellor President""".split())


def _headline_end(text: str) -> int | None:
    """Where a headline run into the first sentence ends ("…plane deal Budget airline…").

    Archives often print the headline and the first sentence with only a space between.
    The headline ends before a capitalised word that starts a clause: a usual sentence
    opener, or a capitalised word followed by a lower-case one, after a lower-case word.
    """
    head = text[:160]
    if "\n" in head.strip()[:120]:
        return None
    words = list(_WORD.finditer(head))
    found: list[tuple[bool, int]] = []
    for i in range(2, min(len(words) - 2, 14)):
        prev, cur, nxt = words[i - 1].group(), words[i].group(), words[i + 1].group()
        if "," in prev or ";" in prev:
            break  # a headline rarely has a comma; this is already the first sentence
        if not (prev[:1].islower() or prev[:1].isdigit()) or prev in _FUNCTION_WORDS or \
                not cur[:1].isupper():
            continue
        if cur in _STARTERS or (nxt[:1].islower() and nxt not in ("of", "and", "for", "de")):
            found.append((cur in _STARTERS, words[i].start()))
    starters = [pos for is_starter, pos in found if is_starter]
    return starters[0] if starters else (found[0][1] if found else None)


def sentences(text: str) -> list[Sentence]:
    """Sentence spans of ``text``, in order, trimmed of surrounding whitespace."""
    cuts = [0]
    lead = len(text) - len(text.lstrip())
    h = _headline_end(text[lead:])
    if h:
        cuts.append(lead + h)
    for m in _END.finditer(text):
        tok = m.group()
        if tok.startswith("\n"):
            if "\n" in tok[1:] or _line_ends_here(text, m.start()):
                cuts.append(m.end())
            continue
        if tok[0] == "." and len(tok.rstrip("\"'”’)]")) == 1 and _is_abbreviation(text, m.start()):
            continue
        if _next_starts_sentence(text, m.end()):
            cuts.append(m.end())
    cuts.append(len(text))
    cuts = sorted(set(cuts))
    out: list[Sentence] = []
    for s, e in zip(cuts, cuts[1:], strict=False):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(len(out), s, e))
    return out
