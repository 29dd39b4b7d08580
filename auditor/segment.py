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


# Abbreviations that may also end a sentence ("… held outside the U.S. As of 2018, …"): they end
# one when the next word is one that opens sentences.
_MAY_END = frozenset("u.s u.k u.n etc inc ltd co corp plc llc a.m p.m al govt".split())
_OPENS = re.compile(r"\s+(?:The|A|An|As|In|On|At|By|For|From|During|Since|While|After|Before|If|When|"
                    r"We|Our|It|Its|This|That|These|Those|He|She|They|His|Her|Their|There|But|And|"
                    r"However|Meanwhile|Net|Total|Of)\b")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    if word in _MAY_END and _OPENS.match(text, dot + 1):
        return False
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
than that which who over under says said v vs""".split())
_STARTERS = frozenset("""The A An It He She They This That These Those In On At For But And
However Meanwhile Mr Mrs Ms Dr Sir Dame Lord Lady Prime Chancellor President""".split())
# Openers no headline writes mid-line: after any word but a function word they start the story.
_ARTICLES = frozenset("The A An It He She They".split())
# Verbs that follow the name a first sentence opens with ("Mittal Steel, one of …", "Japan's
# Sumitomo Mitsui Financial has …").
_FINITE = frozenset("""has have had is are was were will would could can may might should must
said says does did fell grew rose shrank took won beat became came gave got hit left lost made
paid put saw set told went cut want need""".split())
_CALENDAR = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
friday saturday sunday""".split())
_CLOSING_QUOTE = ("'", "’", '"', "”")


def _headline_end(text: str) -> int | None:
    """Where a headline run into the first sentence ends ("…plane deal Budget airline…").

    Archives often print the headline and the first sentence with only a space between.
    The headline ends before a capitalised word that starts a clause: a usual sentence
    opener, or a capitalised word followed by a lower-case one, after a lower-case word; a name
    of up to four words followed by a comma or a finite verb, after a lower-case word or a figure;
    "The", "It" or "He" after any word; or any capitalised word after a closing quote.
    """
    head = text[:160]
    if "\n" in head.strip()[:120]:
        return None
    words = list(_WORD.finditer(head))
    found: list[tuple[int, int]] = []  # (rank, where): lower ranks are surer
    for i in range(3, min(len(words) - 2, 14)):  # a headline has three words or more
        prev, cur, nxt = words[i - 1].group(), words[i].group(), words[i + 1].group()
        if prev.endswith((",", ";")):
            break  # a headline rarely has a comma; this is already the first sentence
        if prev.endswith(":"):
            continue  # "51 seats: Labour holds 26, …" goes on after its colon
        if not cur[:1].isupper() or prev in _FUNCTION_WORDS or cur.rstrip(",.").lower() in _CALENDAR:
            continue  # "on 10 August, a drop of …" is a date
        if prev.endswith(_CLOSING_QUOTE) or cur in _ARTICLES:
            found.append((0, words[i].start()))
        elif not (prev[:1].islower() or prev[:1].isdigit() or prev[:1] in "$£€"):
            continue
        elif prev[:1].isdigit() and sum(ch.isupper() for ch in cur) >= 2:
            continue  # "Sixty of the 80 MPs who voted": the figure's noun, an acronym
        elif cur in _STARTERS:
            found.append((0, words[i].start()))
        elif nxt[:1].islower() and nxt not in ("of", "and", "for", "de") and _verb_soon(words, i):
            found.append((1, words[i].start()))
        elif _opens_with_a_name(words, i):
            found.append((2, words[i].start()))
    return min(found)[1] if found else None


def _verb_soon(words: list[re.Match[str]], i: int) -> bool:
    """A finite verb within a dozen words and no comma: "Budget airline Ryanair has …" starts a sentence,
    "… sat GCSE computer science this summer as in 2015" goes on with one.
    """
    for m in words[i + 1:i + 13]:
        w = m.group()
        if w in _FINITE or w[:1].islower() and len(w) > 3 and (
                w.endswith("ed") or w.endswith("s") and not w.endswith(("ss", "us", "is"))):
            return True
        if w.endswith((",", ".", ";", ":")):
            return False  # a subject runs to its verb without a break
    return False


def _opens_with_a_name(words: list[re.Match[str]], i: int) -> bool:
    """Capitalised words from ``i`` that end in a comma or meet a finite verb."""
    for j in range(i, min(i + 4, len(words) - 1)):
        w = words[j].group()
        if not (w[:1].isupper() or w == "&"):
            return False
        if w.endswith(","):
            return True
        if words[j + 1].group() in _FINITE:
            return True
    return False


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
