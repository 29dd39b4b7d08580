"""The figure layer: read each quantity once into a Figure, and the links between figures.

With words.py, cues.py and measure.py, the only relate code that reads text. Each sentence
becomes a row of tokens, with every quantity one token (``#``) and every time expression one
token (``@``); clauses are cut at ";", "while", "but" and at "and" before a new verb; then the
cue table (cues.py) is matched around each figure and between neighbours. Builders see only
what this module produces.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from auditor.extract.calendar import WRITTEN_YEAR
from auditor.extract.lexicon import ANNIVERSARY_WORDS
from auditor.extract.words import singular
from auditor.model import Extraction, Period, Quantity, Sentence
from auditor.read import Document
from auditor.relate.cues import (
    CLAUSE_BREAKS,
    DETERMINERS,
    DIRECTION_WORDS,
    REST_NEXT_TO,
    REST_WORDS,
    SAMPLE_NOUNS,
    TIME_LEAD,
    Cue,
    by_where,
)
from auditor.relate.measure import LOSSES, event_of, normal, subject_of
from auditor.relate.model import Clause, Figure, Link, LinkKind, Measure, Role, Scope
from auditor.relate.words import (
    CLAUSE_VERBS,
    DASHES,
    DEFINITE,
    TOKEN,
    Tok,
    clauses,
    direction_of,
    drop_determiners,
    ends_with,
    hedge_before,
    is_comparison,
    is_list_gap,
    is_particle,
    phrase_at,
    plain,
    strip_hedge,
    strip_possessive,
    word,
)

_BEFORE, _AFTER, _BETWEEN, _WITHIN = by_where("before"), by_where("after"), by_where("between"), \
    by_where("within")
_CLAUSE, _PERIOD, _OPENS = by_where("clause"), by_where("period"), by_where("opens")
# Participles that say how a figure was counted, not which subset it is ("the 4.3 million visitors
# recorded last year").
_COUNTING = frozenset("recorded reported registered counted logged estimated published announced quoted "
                      "cited given".split())
_REPORTING = frozenset("say says said reckon reckons believe believes estimate estimates claim "
                       "claims".split())
_LOOKS_BACK = re.compile(r"\b(?:ago|earlier|before)$", re.I)
_CLAUSE_BY_FIRST: dict[str, list[Cue]] = {}
_AFTER_BY_FIRST: dict[str, list[Cue]] = {}
_BEFORE_BY_LAST: dict[str, list[Cue]] = {}
_BETWEEN_BY_LAST: dict[str, list[Cue]] = {}
for _rows, _index, _at_word in ((_CLAUSE, _CLAUSE_BY_FIRST, 0), (_AFTER, _AFTER_BY_FIRST, 0),
                                (_BEFORE, _BEFORE_BY_LAST, -1), (_BETWEEN, _BETWEEN_BY_LAST, -1)):
    for _cue in _rows:  # rows stay longest first within each word
        _index.setdefault(_cue.words[_at_word], []).append(_cue)
_WORDS = re.compile(r"[a-z]{5,}")
_NOUN = re.compile(r"[a-z]{3,}")
_DATE_RANGE = re.compile(r"\d.*(?:\bto\b|\buntil\b|\btill\b|\band\b|[–-]).*\d", re.I)
_SCALED = re.compile(r"\d\s?(?:k|m|bn|mn|tn|thousand|million|billion|trillion)\b", re.I)
_STOP = frozenset("""about which there their these those would could should after before
during million billion""".split())


# Cues that split a whole into all its parts: the first part's label may be long.
_WHOLE_SPLITS = frozenset("comprises comprised comprise comprising consists consisted consisting "
                          "divided split broken".split())
_POINTERS_TO_PARTS = frozenset({"among them", "of whom", "of which", "including", "among whom"})
# Sentence openers that point back to the count of the sentence before ("Of those, 2,180 …"); "Of
# that sum," and "Of this amount," are read by their shape.
_POINTING_BACK = (("of", "those"), ("of", "these"), ("of", "them"), ("among", "them"), ("among", "those"),
                  ("of", "total"), ("of", "that"), ("of", "this"), ("of", "it"))


@dataclass
class Figures:
    """Every figure of a document with its links and clauses, and the periods around them."""

    figures: list[Figure]
    links: list[Link]
    clauses: list[Clause]
    periods: list[Period]
    period_roles: dict[str, frozenset[Role]]
    as_of: dt.date
    as_of_source: str
    headline: bool
    words: list[frozenset[str]] = field(default_factory=list)  # content words before each figure
    nouns: list[frozenset[str]] = field(default_factory=list)  # each sentence's words, singular
    years: tuple[int, ...] = ()  # the calendar years the text writes out ("2004", "May 2005")
    # "death in 1981": for each noun, the first two years given to it and the sentence of each
    event_years: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    date_ranges: frozenset[str] = frozenset()  # periods named by both dates: "from 3 to 17 March"
    repeats: tuple[tuple[int, int], ...] = ()  # figures in the same place of a sentence written twice
    synonyms: dict[str, str] = field(default_factory=dict)  # configured entity synonyms
    _by_sentence: dict[int, list[Figure]] = field(default_factory=dict)
    _periods_by_sentence: dict[int, list[Period]] = field(default_factory=dict)
    _pairs: dict[LinkKind, frozenset[tuple[int, int]]] = field(default_factory=dict)
    _starts: dict[tuple[str, int], list[int]] = field(default_factory=dict)

    def linked(self, kind: LinkKind) -> list[tuple[Figure, Figure, str]]:
        """The pairs joined by one kind of link, with the cue that joins them."""
        return [(self.figures[k.a], self.figures[k.b], k.cue) for k in self.links if k.kind == kind]

    def pairs(self, *kinds: LinkKind) -> frozenset[tuple[int, int]]:
        """The figure indexes joined by any of ``kinds`` of link, as (first, second); read once a kind."""
        for kind in kinds:
            if kind not in self._pairs:
                self._pairs[kind] = frozenset((k.a, k.b) for k in self.links if k.kind == kind)
        return frozenset().union(*(self._pairs[kind] for kind in kinds))

    def between(self, k: int, lo: int, hi: int) -> tuple[list[Figure], list[Period]]:
        """The figures and time expressions of sentence ``k`` that start in [lo, hi)."""
        figs, pers = self.in_sentence(k), self.periods_in(k)
        if ("f", k) not in self._starts:
            self._starts[("f", k)] = [f.q.at[0] for f in figs]
            self._starts[("p", k)] = [p.at[0] for p in pers]
        fs_, ps_ = self._starts[("f", k)], self._starts[("p", k)]
        return (figs[bisect_left(fs_, lo):bisect_left(fs_, hi)],
                pers[bisect_left(ps_, lo):bisect_left(ps_, hi)])

    def names(self, c: Clause) -> frozenset[str]:
        """The measures a clause's words may name, as figures' measures are normalised ("crowds" → fan)."""
        return frozenset(normal(w, self.synonyms) or w for w in c.words if w.isalpha() and len(w) > 2)

    def in_clause(self, c: Clause) -> list[Figure]:
        """The figures of a clause, in order."""
        return [self.figures[i] for i in c.figures]

    def clause_of(self, f: Figure) -> Clause:
        """The clause a figure stands in."""
        return self.clauses[f.clause]

    def opens_sentence(self, c: Clause) -> bool:
        """Whether a clause is the first of its sentence."""
        return not c.index or self.clauses[c.index - 1].sentence != c.sentence

    def in_sentence(self, k: int) -> list[Figure]:
        """The figures of sentence ``k``, in order."""
        if not self._by_sentence:
            for f in self.figures:
                self._by_sentence.setdefault(f.sentence, []).append(f)
        return self._by_sentence.get(k, [])

    def periods_in(self, k: int) -> list[Period]:
        """The time expressions of sentence ``k``, in order."""
        if not self._periods_by_sentence:
            for p in self.periods:
                self._periods_by_sentence.setdefault(p.sentence, []).append(p)
        return self._periods_by_sentence.get(k, [])

    @property
    def as_of_reliable(self) -> bool:
        """Whether the as-of date was given (on the command line or in front matter), not guessed."""
        return self.as_of_source.startswith(("--as-of", "front matter"))


def read_figures(doc: Document, ex: Extraction, *, synonyms: dict[str, str] | None = None) -> Figures:
    """Read every quantity of a document into a Figure, with the links between them."""
    text = doc.text
    qs = list(ex.quantities)
    sentences = ex.sentences or ()
    reader = _Reader(text, qs, list(ex.periods), synonyms or {})
    for s in sentences:
        reader.sentence(s.index, s.start, s.end)
    if not sentences and qs:
        reader.sentence(0, 0, len(text))
    figs = reader.finish()
    _direction_named_next(text, sentences, figs, reader.clauses)
    headline = bool(sentences) and not text[sentences[0].start:sentences[0].end].rstrip().endswith(
        (".", "!", "?", '"', "”", ":"))
    words = [frozenset(w for w in _WORDS.findall(text[max(0, f.q.at[0] - 45):f.q.at[0]].lower())
                       if w not in _STOP) for f in figs]
    nouns = [frozenset(singular(w) for w in _NOUN.findall(text[s.start:s.end].lower())) for s in sentences]
    years = tuple(sorted({p.start.year for p in ex.periods if p.start is not None
                          and WRITTEN_YEAR.search(p.text)}))
    ranges = frozenset(p.id for p in ex.periods if _DATE_RANGE.search(p.text))
    return Figures(figs, reader.links, reader.clauses, list(ex.periods), reader.period_roles,
                   ex.as_of, ex.as_of_source, headline, words, nouns, years, reader.event_years, ranges,
                   _repeated(text, sentences, figs), synonyms=synonyms or {})


_CONTRAST = frozenset("while whereas but although though however".split())
_POINTS_BACK = frozenset({"that is", "that was", "this is", "this was", "that represents",
                          "this represents", "that marks", "this marks", "that adds", "this adds",
                          "that equates", "this equates"})

_NAMED_CHANGE = re.compile(
    r"\s*(?:the|this|that)\s+(\w+)\s+(?:in|of)((?:\s+(?!(?:was|were|is|are|has|had|primarily|mainly|"
    r"largely|reflects|reflected|due|resulted|came)\b)[\w-]+){0,5})", re.I)


def _direction_named_next(text: str, sentences: tuple[Sentence, ...], figs: list[Figure],
                          clauses: list[Clause]) -> None:
    """ "The rate was 18.3% in 2018 compared to 38.3% in 2017. The increase in the rate …": a
    comparison with no direction of its own takes the one the next sentence names it by.
    """
    last = {c.sentence: n for n, c in enumerate(clauses) if c.figures}  # each sentence's last clause
    for n, c in enumerate(clauses):
        if c.direction or last.get(c.sentence) != n or c.sentence + 1 >= len(sentences) or not any(
                figs[i].has(Role.FROM) for i in c.figures):
            continue  # only the sentence's last clause with figures is what comes next refers to
        nxt = sentences[c.sentence + 1]
        m = _NAMED_CHANGE.match(text, nxt.start, nxt.end)
        if m is None:
            continue
        word = m.group(1).lower()
        named = {w for w in m.group(2).lower().split() if len(w) > 3}
        here = sentences[c.sentence]
        if named and named <= set(re.findall(r"[\w-]+", text[here.start:here.end].lower())) and \
                word in DIRECTION_WORDS and not word.endswith(("ed", "ing")):
            # what the change is "in" is what the sentence before measures
            clauses[n] = replace(c, direction=DIRECTION_WORDS[word], direction_cue=f"~{m.group().strip()} …",
                                 facts=c.facts | {"direction_next"})


def _repeated(text: str, sentences: tuple[Sentence, ...], figs: list[Figure]) -> tuple[tuple[int, int], ...]:
    """The figures that stand in the same place of a passage written twice (a paragraph a filing
    repeats): two sentences word for word alike but for one figure (or one the end of the other,
    where a full stop was lost), with a neighbour alike too. (first, second) index pairs.
    """
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence, []).append(f)
    masked = []
    for s in sentences:
        cut, at = [], s.start
        for f in by_sentence.get(s.index, []):
            cut += [text[at:f.q.at[0]], "#"]
            at = f.q.at[1]
        words = "".join([*cut, text[at:s.end]]).lower().split()
        masked.append(" ".join(words) if len(words) >= 8 else f"#{s.index}")  # too short to tell

    def texts(k: int) -> list[str]:
        return [f.q.text for f in by_sentence.get(sentences[k].index, [])]

    def alike(i: int, j: int) -> bool:
        a, b = sorted((masked[i], masked[j]), key=len)
        return a == b or b.endswith(" " + a) and not a.startswith("#")

    pairs: list[tuple[int, int]] = []
    tails: dict[str, list[int]] = {}  # sentences by their last eight words: only these can be alike
    for j, s in enumerate(sentences):
        if not by_sentence.get(s.index) or masked[j].startswith("#"):
            continue
        earlier = tails.setdefault(" ".join(masked[j].split()[-8:]), [])
        i = next((i for i in earlier if alike(i, j)), None)
        earlier.append(j)
        if i is None or not any(0 <= i + d and j + d < len(masked) and i + d != j and
                                masked[i + d] == masked[j + d] and texts(i + d) and
                                texts(i + d) == texts(j + d) for d in (-1, 1)):
            continue  # one sentence alike is a template ("The outstanding balance … is $4.")
        theirs, mine = by_sentence[sentences[i].index], by_sentence[sentences[j].index]
        k = min(len(theirs), len(mine))  # a sentence that swallowed another ends like it
        both = list(zip(theirs[len(theirs) - k:], mine[len(mine) - k:], strict=True))
        if both and sum(a.q.text != b.q.text for a, b in both) <= 1:
            pairs += [(a.index, b.index) for a, b in both]
    return tuple(pairs)


# Words that open a modifier after a noun ("the 300 staff at its Leeds plant", "the 29 trucks
# allowed through", "the 145 firms reporting"): the figure counts a subset of what was named before.
_RESTRICTIVE = frozenset("""who that which whose where at in on from with based working employed
living held kept aged under over above below outside inside near across""".split())
_LOSS_NOUNS = frozenset({"loss", "cut", "redundancy"})
_LOST = re.compile(r"[\s-]+([A-Za-z]+)\s+(?:losses|loss|cuts|redundancies)\b")
_LOSS_CUES = frozenset({"loss of", "losses of"})
_NOT_A_NOUN = frozenset("""he she it they we i you who which that this there then of in on at for to
from by with and or but when while as was were is are had has have been being did does do not its
their his her""".split())


def _head_noun(words: list[str]) -> str:
    """The head of the noun phrase that opens ``words``: "first edition, when" → "edition"; "" when
    a clause opens instead ("after he left").
    """
    determined = bool(words) and words[0] in DETERMINERS  # "the sinking" is a noun
    head = ""
    for w in words[1:5] if determined else words[:4]:
        if not w.isalpha() or w in _NOT_A_NOUN or w in CLAUSE_VERBS and not (determined and not head):
            break
        head = w
    return singular(head) if len(head) > 2 else ""


_LABEL_AFTER = frozenset({"from", "to", "at", "with", "against", "on"})
_COPULAS = frozenset("is are was were".split())
_THAN = (["more", "than"], ["less", "than"], ["fewer", "than"])  # a comparative hedge before a figure
_PLACE_WORDS = frozenset("in at across throughout".split())
_SHARE_KINDS = ("percent", "fraction")
_POINTERS_BACK = frozenset({"of them", "of those", "of these", "of whom", "of which", "of it"})
_AUXILIARIES = frozenset("will would could may might is are was were has have had be been set to expected "
                         "likely due forecast".split())
# Words that follow the amount of a change: "18p lower", "$2m up", "3,000 more".
_AFTER_A_CHANGE = frozenset("higher lower up down more less fewer".split())
_WHEN_OWNER = frozenset("last previous this same prior".split())


_BEFORE_INFINITIVE = frozenset("expected expect expects likely set due forecast predicted projected poised "
                               "tipped going able seen".split())


def _past_label(words: list[str]) -> list[str]:
    """The words before a figure without a label that names it: "from an original estimate of"
    reads as "from", "compared with last year's figure of" as "compared with" ([] if none).
    """
    if words[-1:] != ["of"]:
        return []
    for k in range(2, min(len(words), 6) + 1):
        if words[-k] in _LABEL_AFTER:
            if words[-k] == "to" and words[-k - 1:-k] and words[-k - 1] in _BEFORE_INFINITIVE:
                return []  # "expected to show stocks of": a verb to come, not an end
            return words[:len(words) - k + 1] if plain(words[len(words) - k + 1:-1]) else []
    return []


class _Reader:
    """Reads sentences one by one into figures, links and clauses."""

    def __init__(self, text: str, qs: list[Quantity], periods: list[Period],
                 synonyms: dict[str, str]) -> None:
        self.text, self.qs, self.periods, self.synonyms = text, qs, periods, synonyms
        self.links: list[Link] = []
        self.clauses: list[Clause] = []
        self.period_roles: dict[str, frozenset[Role]] = {}
        self.roles: dict[int, set[Role]] = {}
        self.cues: dict[int, list[tuple[str, str]]] = {}
        self.sign: dict[int, int] = {}
        self.direction: dict[int, str] = {}
        self.clause_of: dict[int, int] = {}
        self.opened: dict[int, int] = {}  # a figure in brackets → the figure before the bracket
        self.by_sentence: dict[int, list[Period]] = {}
        self.event_years: dict[str, list[tuple[int, int]]] = {}  # noun → (sentence, year)
        self.gapped: set[int] = set()  # figures of a list after a split, whose items keep verbs
        self.of_whole = False  # whether the clause being read opens with its whole ("Of the visitors, …")
        self.share_wholes: set[int] = set()  # the wholes a share is "of"
        for p in periods:
            self.by_sentence.setdefault(p.sentence, []).append(p)
        self.qi = 0

    def sentence(self, k: int, s0: int, s1: int) -> None:
        has_figure = self.qi < len(self.qs) and self.qs[self.qi].sentence == k
        if not has_figure and k not in self.by_sentence:
            return
        toks = self._tokens(k, s0, s1)
        self._colon_splits(toks)  # first: the parts after a colon may keep their verbs
        self._pointed_back_list(toks)
        for c0, c1 in clauses(toks):
            if any(t.norm == "#" for t in toks[c0:c1]):  # a clause without figures relates nothing
                self._clause(k, toks[c0:c1])
        if any(t.norm == "@" for t in toks):
            self._periods(k, toks)

    def _tokens(self, k: int, s0: int, s1: int) -> list[Tok]:
        spans: list[tuple[int, int, str, int]] = []
        while self.qi < len(self.qs) and self.qs[self.qi].sentence <= k:
            q = self.qs[self.qi]
            if q.sentence == k:
                spans.append((q.at[0], q.at[1], "#", self.qi))
            self.qi += 1
        starts = [a for a, _, _, _ in spans]
        for p in self.by_sentence.get(k, ()):  # "the past 12 months": the figure inside wins
            i = bisect_left(starts, p.at[1]) - 1
            if i < 0 or spans[i][1] <= p.at[0]:
                spans.append((p.at[0], p.at[1], "@", -1))
        spans.sort()
        out: list[Tok] = []
        pos = s0
        for a, b, norm, idx in spans:
            if a < pos:
                continue
            out += [word(m) for m in TOKEN.finditer(self.text, pos, a)]
            out.append(Tok(a, b, norm, idx, self.text[a:b].lower() if norm == "#" else ""))
            pos = b
        out += [word(m) for m in TOKEN.finditer(self.text, pos, s1)]
        return out

    def _clause(self, k: int, toks: list[Tok]) -> None:
        ci = len(self.clauses)
        figs = [i for i, t in enumerate(toks) if t.norm == "#"]
        facts: set[str] = set()
        fact_cues: list[tuple[str, str]] = []
        mult: tuple[str | None, str, str] = (None, "", "")
        words = [w for t in toks
                 for w in (t.word.split() if t.word and not t.word[0].isdigit() else [t.norm])]
        for i, w in enumerate(words):
            for cue in _CLAUSE_BY_FIRST.get(w, ()):
                if phrase_at(words, i, cue.words):
                    if cue.yields == "fact" and (cue.value, cue.text) not in fact_cues:
                        facts.add(cue.value)  # every cue kept: "a total of 38 … in all competitions"
                        fact_cues.append((cue.value, cue.text))
                    elif cue.yields == "mult" and mult[0] is None:
                        mult = (cue.value, cue.text, hedge_before(words, i))
        for t0, t1 in zip(toks, toks[1:], strict=False):  # "in Europe", "in Asia": where the clause is
            if t0.norm in _PLACE_WORDS and t1.norm.isalpha() and self.text[t1.start:t1.start + 1].isupper():
                facts.add(f"place:{t1.norm}")
        if words[:1] and words[0] in _CONTRAST:
            facts.add("contrast")  # "…, while 3G ownership grows to five million": another series
            fact_cues.append(("contrast", words[0]))
        opening = " ".join(words[:2])
        first_clause = not self.clauses or self.clauses[-1].sentence != k
        norms = [t.norm for t in toks]
        at = norms.index("#") if "#" in norms else -1
        if first_clause and norms[:1] == ["the"] and 1 < at <= 6 and norms[at - 1] == "of":
            facts.add("headed")  # "The unfavourable change of $4.3 million …": the subject is a figure
            fact_cues.append(("headed", " ".join(norms[:at])))
        comma = norms.index(",") if "," in norms else -1
        if first_clause and norms[:1] in (["of"], ["among"]) and 1 < comma < at:
            facts.add("of_whole")  # "Of Argentina's bondholders, 68.4% reside in …": a whole named first
            fact_cues.append(("of_whole", " ".join(norms[:comma])))
        if first_clause:
            # "In 2023 it spent …", "By June, they …": the time that leads a sentence is skipped
            lead = next((n for n, w in enumerate(words[:5]) if w not in TIME_LEAD), 5)
            # "Three extensions later, its owners say that figure has doubled": past who reports it
            said = [n + 1 for n, w in enumerate(words[:9]) if w in _REPORTING]
            opener = next((c for n in [*range(lead + 1), *said] for c in _OPENS
                           if phrase_at(words, n, c.words)), None)
            if opener is not None:
                facts.add(opener.value)
                fact_cues.append((opener.value, opener.text))
            led = next((p for p in self.by_sentence.get(k, ()) if toks and p.at[0] == toks[0].start), None)
            if opener is None and led is not None and _LOOKS_BACK.search(led.text):
                facts.add("earlier")  # "A year ago the college had 5,480 students": dated before
                fact_cues.append(("earlier", led.text.lower()))
        if first_clause and (
                words[:1] in (["that's"], ["this's"]) or opening in _POINTS_BACK):
            facts.add("points_back")  # "That's a jump of £640 on the £1,210 …": the figure before
            fact_cues.append(("points_back", words[0] if words[0].endswith("'s") else opening))
        for i in figs:
            q = self.qs[toks[i].fig]
            if q.kind.value == "multiplier" and mult[0] is None and q.value and is_comparison(toks, i, q):
                mult = (str(q.value), q.text.lower(), hedge_before([t.norm for t in toks], i))
        # Ordinals ("the sixth form", "its 45th anniversary") take roles but join no neighbours.
        joined = [i for i in figs if self.qs[toks[i].fig].kind.value != "ordinal"]
        for n, i in enumerate(figs):
            fi = toks[i].fig
            self.clause_of[fi] = ci
            prev = figs[n - 1] + 1 if n else 0
            nxt = figs[n + 1] if n + 1 < len(figs) else len(toks)
            self._around(fi, toks[prev:i], toks[i + 1:nxt], followed=nxt < len(toks))
        self.of_whole = "of_whole" in facts
        self._lead_of(toks, joined)  # first: the parts after "Of the 30 players, 18 are …" keep verbs
        first_link = len(self.links)
        for a, b in zip(joined, joined[1:], strict=False):
            # an ordinal between two figures reads as a word: "2,500 on the first day and 3,100"
            gap = [Tok(t.start, t.end, t.word, -1, t.word) if t.norm == "#" and i not in joined else t
                   for i, t in enumerate(toks[a + 1:b], a + 1)]
            self._between(toks[a].fig, toks[b].fig, gap)
        self._restated_past_a_span(first_link, [toks[i].fig for i in joined])
        direction, dir_cue, dir_at = self._clause_direction(toks, figs)
        self.clauses.append(Clause(ci, k, tuple(toks[i].fig for i in figs), direction, dir_cue,
                                   float(mult[0]) if mult[0] else None, mult[1], mult[2],
                                   frozenset(facts), tuple(fact_cues), tuple(words),
                                   self._moved_by(toks, figs, dir_at)))

    def _colon_splits(self, toks: list[Tok]) -> None:
        """ "The council has 51 seats: Labour holds 26, the Conservatives 18 …": a figure and its
        noun right before a colon, split into the figures after it.
        """
        depth = 0
        for j, t in enumerate(toks):
            depth = max(0, depth + (t.norm == "(") - (t.norm == ")"))
            if t.norm != ":" or j < 1 or depth:
                continue  # "(2018: 1.2 years)" labels a comparative, not a breakdown
            part = next((i for i in range(j + 1, min(len(toks), j + 6)) if toks[i].norm == "#"), None)
            if part is None:
                continue
            # the nearest figure before the colon of the part's kind ("£3.4bn is split three ways:")
            kind = self.qs[toks[part].fig].kind.value
            whole = next((i for i in range(j - 1, max(-1, j - 9), -1) if toks[i].norm == "#" and (
                self.qs[toks[i].fig].kind.value == kind or kind in ("percent", "number"))), None)
            if whole is None or toks[part - 1].norm == "(" or \
                    any(x.norm in (",", ";") for x in toks[whole + 1:part]):
                continue  # "the following five steps: (1) identify …" numbers a list
            self.links.append(Link(LinkKind.SPLIT, toks[whole].fig, toks[part].fig, ":"))
            self.gapped.add(toks[part].fig)

    def _pointed_back_list(self, toks: list[Tok]) -> None:
        """ "Of those, 2,180 concerned …, 2,340 related to … and 690 were about …": a sentence that
        opens by pointing back lists parts of what the sentence before counted; its items keep verbs.
        """
        words = [t.norm for t in toks[:4]]
        opener: tuple[str, ...] | None = next((o for o in _POINTING_BACK if words[:len(o) + 1] == [*o, ","]),
                                               None)
        if opener is None and len(words) > 3 and words[0] in ("of", "among") and \
                words[1] in ("that", "this", "the") and words[2].isalpha() and words[3] == ",":
            opener = tuple(words[:3])  # "Of that sum, £1.9m …", "Of this amount, …", "Of the dead, 131 …"
        if opener is None or len(toks) <= len(opener) + 1 or toks[len(opener)].norm != ",":
            return
        first = toks[len(opener) + 1]
        if first.norm == "#":
            self.gapped.add(first.fig)
            self.cues.setdefault(first.fig, []).append(("points_back", " ".join(opener)))

    def _restated_past_a_span(self, first_link: int, joined: list[int]) -> None:
        """ "540 said they would leave within two years, or 35%": a percentage restates the last
        amount before it, not the span or rank in between.
        """
        amounts = [i for i in joined if self.qs[i].kind.value in ("count", "number", "money")]
        for n in range(first_link, len(self.links)):
            k = self.links[n]
            if k.kind != LinkKind.OR or self.qs[k.b].kind.value != "percent" or \
                    self.qs[k.a].kind.value not in ("duration", "ordinal"):
                continue
            at = bisect_left(amounts, k.a)  # the amounts before the span
            if at:
                self.links[n] = Link(LinkKind.OR, amounts[at - 1], k.b, k.cue)

    def _clause_direction(self, toks: list[Tok], figs: list[int]) -> tuple[str | None, str, int]:
        """The direction word nearest before the change's first figure (within twelve words), else
        the first one after it: "Shares have fallen after losses deepened to £51.6m" is no fall.
        With the word and where it stands in the clause (-1 for none).
        """
        changing = {Role.FROM, Role.TO, Role.DELTA, Role.PERCENT}
        anchor = next((i for i in figs if self.roles.get(toks[i].fig, set()) & changing),
                      figs[0] if figs else len(toks))
        start = max(0, anchor - 12)
        direction, cue, at = direction_of(toks[start:anchor], nearest=True)
        if direction is None:
            start = anchor
            direction, cue, at = direction_of(toks[anchor:])
        return direction, cue, start + at if at >= 0 else -1

    def _moved_by(self, toks: list[Tok], figs: list[int], at: int) -> int | None:
        """The figure a direction word moves: the first amount after it ("rose to £201m", "slipped
        0.6%"), past spans and ranks ("rose for a third year to …").
        """
        if at < 0:
            return None
        return next((toks[i].fig for i in figs if i > at and self.qs[toks[i].fig].kind.value not in
                     ("duration", "ordinal") and not self.roles.get(toks[i].fig, set()) & {Role.SPAN}), None)

    def _lead_of(self, toks: list[Tok], joined: list[int]) -> None:
        """ "Of the 3,480 patients waiting …, 1,710 were …": a clause that opens with its whole."""
        # "Of the county's 140 schools, 35 …": the owner before the whole is not in the way
        head = [t.norm for t in toks[:5] if t.norm not in DETERMINERS and not t.norm.endswith(("'s", "’s"))]
        if head[:1] == ["in"] and head[1:2] and head[1] in SAMPLE_NOUNS and head[2:4] == ["of", "#"]:
            head = head[2:]  # "In a survey of 2,040 adults, 1,183 said …"
        if not joined or head[:2] not in (["of", "#"], ["among", "#"]) and head[:3] != ["out", "of", "#"]:
            return
        whole = joined[0]
        comma = next((j for j in range(whole + 1, len(toks)) if toks[j].norm == ","), None)
        part = next((j for j in joined if comma is not None and j > comma), None)
        nxt = next((j for j in joined if j > whole), None)
        if nxt is not None and (part is None or nxt < (comma or 0)) and nxt - whole <= 4 and all(
                t.norm.isalpha() and t.norm not in CLAUSE_VERBS for t in toks[whole + 1:nxt]):
            part, comma = nxt, None  # "Of the 10 or so images only 25 showed …": no comma needed
        # a span may come between, or any figure of a clause that qualifies the whole ("Of the
        # 2,318 pupils who sat the tests at nine schools, 1,349 …")
        relative = next((j for j in range(whole + 1, min(whole + 4, comma or part or whole))
                         if toks[j].norm in ("who", "which", "that", "where")), None) if comma else None
        if part is not None and toks[whole].norm == "#" and not any(
                toks[j].norm == ";" or toks[j].norm == "#" and self.qs[toks[j].fig].kind.value != "duration"
                and relative is None for j in range(whole + 1, comma or part)):
            self.links.append(Link(LinkKind.OF, toks[part].fig, toks[whole].fig,
                                   f"{head[0]} … ," if comma is not None else f"{head[0]} …"))
            if comma is not None:
                self.gapped.add(toks[part].fig)  # "…, 18 are English, nine are Scottish and five …"

    def _around(self, fi: int, before: list[Tok], after: list[Tok], *, followed: bool) -> None:
        words_b = strip_hedge([t.norm for t in before])
        words_a = drop_determiners([t.norm for t in after])
        own = (self.qs[fi].unit_text or "").lower().split()
        if own and words_a[:len(own)] == own:  # "620 prisoners in total": past the figure's noun
            words_a = words_a[len(own):]
            if own[-1] in ("average", "mean"):  # "the 13,420 average"
                words_a = [own[-1], *words_a]
        if self.qs[fi].entity:  # "the 12 aid workers at the site": a subset, not the 12 named before
            noun = (self.qs[fi].unit_text or "").lower().split()[-1:]
            raw = [t.norm for t in after]
            at = next((i for i, w in enumerate(raw[:3]) if [w] == noun), None)
            nxt = raw[at + 1] if at is not None and at + 1 < len(raw) else ""
            if nxt in _RESTRICTIVE or nxt.endswith(("ed", "ing")) and nxt not in CLAUSE_VERBS | _COUNTING:
                self.cues.setdefault(fi, []).append(("restricted", nxt))
        if self.qs[fi].kind.value == "age" and words_a[:2] == [",", "born"]:
            self.cues.setdefault(fi, []).append(("born_next", "born"))  # "the 47-year-old, born in 1962"
        if self.qs[fi].kind.value == "age" and self.qs[fi].text.lower().endswith(("years old", "year old")):
            self.cues.setdefault(fi, []).append(("years_old", "years old"))  # "is now 170 years old"
        verb = next((w for w in words_a[:4] if w not in _AUXILIARIES), "")
        if DIRECTION_WORDS.get(verb) and all(w in _AUXILIARIES for w in words_a[:words_a.index(verb)]):
            # "The bill of £2,000 will rise by 5%": the figure is what the verb changes
            self.cues.setdefault(fi, []).append(("changes", verb))
        rest_at = max((i for i, w in enumerate(words_b) if w in REST_WORDS or  # or "all other"
                       w in REST_NEXT_TO and words_b[i - 1:i] == ["all"]), default=-1)
        if rest_at >= len(words_b) - 12 and rest_at >= 0 and not CLAUSE_VERBS.intersection(
                words_b[rest_at + 1:]) or REST_NEXT_TO.intersection(words_b[-1:]):
            # "The remaining U.S. federal losses of $12.9m", "and Uruguay the other 1,200"
            self.roles.setdefault(fi, set()).add(Role.REST)
            self.cues.setdefault(fi, []).append((Role.REST, next(w for w in reversed(words_b)
                                                                 if w in REST_WORDS | REST_NEXT_TO)))
        if self.qs[fi].kind.value == "ordinal" and self.qs[fi].text.lower() in ANNIVERSARY_WORDS:
            self.roles.setdefault(fi, set()).add(Role.ANNIVERSARY)  # "its centenary": its 100th year
            self.cues.setdefault(fi, []).append((Role.ANNIVERSARY, self.qs[fi].text.lower()))
        raw = [t.norm for t in before]
        if raw[-1:] == ["per"] or raw[-2:] == ["for", "every"]:  # "7.4 per 100,000 people": a rate's base
            self.cues.setdefault(fi, []).append(("rate_base", raw[-1]))
        if raw[-1:] in (["a"], ["an"]):  # "a 17-year-old": someone not named before
            self.cues.setdefault(fi, []).append(("indefinite", raw[-1]))
        bare = strip_hedge(raw, keep=True)
        if bare[-1:] and bare[-1] in DEFINITE or \
                bare[-2:-1] and bare[-2] in DEFINITE and bare[-1].isalpha():
            self.cues.setdefault(fi, []).append(("definite", " ".join(bare[-2:])))
        done: set[str] = set()
        # "higher than September's 880": the time that owns the figure dates it, the cue is before it
        owned = words_b[:-3] if words_b[-3:] == ["@", "'", "s"] else []
        for words in (words_b, _past_label(words_b), owned):
            for cue in _BEFORE_BY_LAST.get(words[-1] if words else "", ()):
                # longest phrase first; one role and one sign from each side
                if cue.yields not in done and ends_with(words, cue.words, through_time=True):
                    self._give(fi, cue)
                    done.add(cue.yields)
                    if cue.value == Role.TO and cue.words == ("to",):
                        self._moved(fi, words[:-1])
            if done:
                break
        done.clear()
        for cue in _AFTER_BY_FIRST.get(words_a[0] if words_a else "", ()):
            if cue.value == Role.BACKREF and followed and len(words_a) == len(cue.words):
                continue  # "$23 million, of which $4 million": the whole, not a part
            if cue.yields not in done and words_a[:len(cue.words)] == list(cue.words):
                self._give(fi, cue)
                done.add(cue.yields)
        if words_a[:1] in (["after"], ["since"]) and (Role.ELAPSED, words_a[0]) in self.cues.get(fi, ()):
            raw_a = [t.norm for t in after]
            at = raw_a.index(words_a[0]) if words_a[0] in raw_a else len(raw_a)
            anchor = _head_noun(raw_a[at + 1:])  # "ten years after his death": dated by the death
            if anchor:
                self.cues[fi].append(("anchor", anchor))
        tail = words_b[-3:]  # the word before the last two tells a particle: "made up of"
        dirs = [DIRECTION_WORDS[w] for k, w in enumerate(tail) if w in DIRECTION_WORDS
                and k >= len(tail) - 2 and not is_particle(tail[k - 1] if k else "", w)]
        if dirs and not self.roles.get(fi, set()) & {Role.TO, Role.FROM}:
            self.roles.setdefault(fi, set()).add(Role.DELTA)
            self.cues.setdefault(fi, []).append((Role.DELTA, words_b[-1]))
            self.direction.setdefault(fi, dirs[-1])
            named = next((k for k in range(len(raw) - 1, max(-1, len(raw) - 4), -1)
                          if raw[k] in DIRECTION_WORDS), None)
            if named and raw[named - 1] in DEFINITE and all(not w.isalnum() for w in raw[named + 1:]):
                # "…, and the increase — 315 offences": a change named as one already given
                self.cues[fi].append(("named_change", " ".join(raw[named - 1:named + 1])))
        elif self.qs[fi].change and not self.roles.get(fi, set()) & {Role.TO, Role.FROM}:
            self.roles.setdefault(fi, set()).add(Role.DELTA)
            self.direction.setdefault(fi, self.qs[fi].change or "")

    def _moved(self, fi: int, lead: list[str]) -> None:
        """ "…, dipping to 4% in 2005, before picking up again to 4.2%": the verb right before "to"
        says which way the figure moved from the one before it.
        """
        tail = lead[-3:]
        at = next((i for i in range(len(tail) - 1, -1, -1) if tail[i] in DIRECTION_WORDS), None)
        if at is not None and (at == len(tail) - 1 or tail[-1] in ("again", "back", "up", "down")):
            self.direction.setdefault(fi, DIRECTION_WORDS[tail[at]])
            self.cues.setdefault(fi, []).append(("moved", " ".join([*tail[at:], "to"])))

    def _give(self, fi: int, cue: Cue) -> None:
        if cue.yields == "mark":
            self.cues.setdefault(fi, []).append((cue.value, cue.text))
            return
        if cue.yields == "sign":
            self.sign[fi] = -1
            self.cues.setdefault(fi, []).append(("sign", cue.text))
            return
        role = Role(cue.value)
        if role in (Role.ELAPSED, Role.AGO) and self.qs[fi].kind.value not in ("duration", "age", "count"):
            return  # "to 12.3 million tonnes after a wet spring": time passes only in a span of time
        q = self.qs[fi]
        if role == Role.SHARE and cue.text == "of" and q.kind.value == "measure" and q.unit:
            return  # "3.6 tonnes of litter": what is measured, not a share
        roles = self.roles.setdefault(fi, set())
        self.cues.setdefault(fi, []).append((role, cue.text))
        if role == Role.ELAPSED and cue.where == "before":  # "closed in 2021 after 42 years"
            self.cues[fi].append(("elapsed_before", cue.text))
        if role in roles:
            return
        roles.add(role)
        if cue.direction:
            self.direction.setdefault(fi, cue.direction)
            if role == Role.FROM:  # "dropped from 10,276": the change's own direction
                self.cues[fi].append(("from_direction", cue.direction))

    def _share_of(self, ai: int, lead: list[str]) -> bool:
        """Whether a share's own words ("a third of them", "40% of the budget") come before the
        next figure's bracket or its "of".
        """
        return self.qs[ai].kind.value in _SHARE_KINDS and lead[:1] == ["of"] and \
            plain([w for w in lead[1:] if w != "@"])  # "of the town's October average of"

    def _own_noun(self, ai: int, lead: list[str]) -> bool:
        """Whether the words are the counted noun of the figure before ("86 pupils out of 240")."""
        q = self.qs[ai]
        return q.kind.value == "count" and bool(q.unit_text) and lead == (q.unit_text or "").lower().split()

    def _between(self, ai: int, bi: int, gap: list[Tok]) -> None:
        if ai in self.gapped and self.qs[bi].kind.value in _SHARE_KINDS:
            self.gapped.add(bi)  # "Of that, £238m — 58% — comes from …, £201m from …": the list goes on
        raw = strip_hedge([t.norm for t in gap if t.norm not in DETERMINERS])
        own = (self.qs[ai].unit_text or "").lower().split()
        if self.qs[ai].unit == "point" and raw[:len(own)] == own and len(raw) > len(own):
            raw = raw[len(own):]  # "5.8 points on the 59.6%": past the points
        words = strip_possessive(raw)
        if len(words) < len(raw) and len(words) > 1 and words[-1] in _WHEN_OWNER:
            words = words[:-1]  # "down 9% on last term's 22,100": the owner dates the figure
        if words[-2:] in _THAN and words[-3:-2] and words[-3] in _COPULAS:
            words = words[:-2]  # "27 goals are more than half of …": a hedge of the share after them
        closes = self._closes(bi)
        if words[:1] == [")"] and ai in self.opened and words[1:] == ["of"]:
            words = words[1:]  # "101 (4.8%) of the 2,106": the bracket closes on a share of what follows
        for cue in _BETWEEN_BY_LAST.get(words[-1] if words else "", ()):
            n = len(cue.words)
            if not ends_with(words, cue.words) or len(words) - n > cue.lead:
                continue
            lead = words[:len(words) - n]
            if any(w in (";", "#", ")") or w in CLAUSE_BREAKS or
                   w in CLAUSE_VERBS and w not in _AFTER_A_CHANGE for w in lead):
                continue  # "ended 18p lower, or 6%": the change's own word may come first
            kind = LinkKind(cue.value)
            if cue.text in _COPULAS and not (self.qs[bi].kind.value in _SHARE_KINDS and
                                            Role.SHARE in self.roles.get(bi, ())):
                continue  # "27 league goals are more than half of the 71": only a share of a whole
            if kind == LinkKind.OR and "with" in lead:
                continue  # "…, with NHS-funded patients accounting for 29%": a subject of its own
            if kind == LinkKind.LEVEL and self.qs[ai].kind.value in ("duration", "ordinal"):
                continue  # "in the last four weeks, an improvement of 5.8 points": a span, not a level
            if kind == LinkKind.BRACKET and (not closes or not (
                    plain(lead) or self._share_of(ai, lead) or " ".join(lead) in _POINTERS_BACK)):
                continue  # "2,271 of them (78.1 per cent)": the part's own "of them" may come first
            if kind == LinkKind.OF and lead and not self._share_of(ai, lead) and not self._own_noun(ai, lead):
                continue  # "40% of its budget of $2m": a share's noun before the whole's figure
            tight = kind == LinkKind.BRACKET and closes == "tight"
            self.links.append(Link(kind, ai, bi, "()" if tight else cue.text))
            if kind == LinkKind.OF and self.qs[ai].kind.value in _SHARE_KINDS:
                self.share_wholes.add(bi)  # "one in seven of the 3,912 trials"
            if kind == LinkKind.BRACKET:
                self.opened[bi] = ai
            break
        else:
            opener = self.opened.get(ai)
            if opener is not None and words in ([";"], [","]):  # "(£16.7bn; 24.1bn euros)"
                self.opened[bi] = opener
                self.links.append(Link(LinkKind.BRACKET, opener, bi, "(;"))
                self.links.append(Link(LinkKind.OR, ai, bi, ";"))
                return
            if ai in self.gapped:
                self.gapped.add(bi)  # the list goes on in the same way
            shares = self.qs[ai].kind.value == self.qs[bi].kind.value == "percent"
            # "Of the visitors, 58% came from Scotland, 25% from England …": shares of a whole named
            # first keep their verbs as the items of a split do
            gapped = ai in self.gapped or shares and self.of_whole
            if is_list_gap([w for w in words if not (shares and w in _COPULAS)], gapped=gapped):
                # "48% were against and 28% undecided": shares of one whole keep their "were"
                self.links.append(Link(LinkKind.LIST, ai, bi, " ".join(words) or ","))
        a, b = self.qs[ai], self.qs[bi]
        # a comparative hedge after a comma stands for the figure: "…, more than a third,"
        bare = words[:-2] if words[-2:] in _THAN else words
        dash = max((n for n, w in enumerate(words) if w in DASHES), default=-1)
        if b.per and a.per != b.per and 0 <= dash <= (12 if a.per else 3) and len(words) - dash <= 3 and \
                all(w.replace("-", "").isalpha() or w == "@" for w in words[:dash] + words[dash + 1:]) and \
                not any(w in CLAUSE_VERBS or w in CLAUSE_BREAKS for w in words) and (
                    a.per or b.qualifier.value != "exact" and a.kind.value in ("count", "money", "measure")):
            # "2,300 calls each day - more than 1.2 million a year": one rate in two time units;
            # "9,120 times last year - about 76 a week": a total and the rate it works out at
            self.links.append(Link(LinkKind.OR, ai, bi, words[dash]))
        if ai in self.share_wholes and words[-1:] and words[-1] in DASHES and \
                b.kind.value in ("count", "number") \
                and not any(w in (";", "#") for w in words):
            # "One in seven of the 3,486 patients who waited … — some 798 people": the share's part
            self.links.append(Link(LinkKind.APPOSITION, ai, bi, words[-1]))
        elif words[-1:] == [","] and len(words) <= 13 and not any(
                w in (";", "#") or w in CLAUSE_BREAKS or w in CLAUSE_VERBS for w in words):
            self.links.append(Link(LinkKind.APPOSITION, ai, bi, ","))
        elif bare[-1:] and bare[-1] in (",", "-", "–", "—") and len(bare) <= 4 and \
                {a.kind.value, b.kind.value} & set(_SHARE_KINDS) and \
                {a.kind.value, b.kind.value} & {"count", "number"} and \
                not any(w in (";", "#") or w in CLAUSE_BREAKS for w in bare):
            # "96 were cancelled - one in five", "2,400 of whom - a fifth - are nurses", "40% -
            # 160 people -", "3,400 of the 12,000 staff, more than a third,": a count and its share
            self.links.append(Link(LinkKind.APPOSITION, ai, bi, bare[-1]))
        for cue in _WITHIN:  # the cue among the first words, and at most 3 words from the part
            n = len(cue.words)
            reach = 6 if cue.words[0] in _WHOLE_SPLITS else 3  # "comprised foreign exchange losses of $3.1m"
            if any(tuple(words[i:i + n]) == cue.words and len(words) - i - n <= reach
                   for i in range(min(cue.lead, len(words) - n + 1))) or (
                    words[-n - 1:] == [",", *cue.words] and cue.text in _POINTERS_TO_PARTS):
                # "Forty-six people were killed when …, among them 19": right before the part
                self.links.append(Link(LinkKind.SPLIT, ai, bi, cue.text))
                if cue.text in _POINTERS_TO_PARTS - {"including"}:  # not a dash: "(2018 – $6.5m)"; and
                    # "including 174 cases …, and 296 offences involved …" lists no parts with verbs
                    self.gapped.add(bi)
                break

    def _closes(self, fi: int) -> str:
        """Whether a bracket closes right after a figure ("tight"), after a word or two ("loose"),
        or after more restatements ("$32bn (£16.7bn; 24.1bn euros)": "list").
        """
        end = self.qs[fi].at[1]
        m = re.match(r"\s*((?:[A-Za-z%.]+\s*){0,2})\)", self.text[end:end + 30])
        if m is None:
            # "(£16.7bn; 24.1bn euros)", "($2.3bn or £1.2bn)"
            more = re.match(r"\s*(?:[;,]|or\b)[^();]{1,30}(?:;[^();]{1,30})?\)", self.text[end:end + 70])
            return "list" if more else ""
        return "loose" if m.group(1) else "tight"

    def _periods(self, k: int, toks: list[Tok]) -> None:
        at = {p.at[0]: p for p in self.by_sentence.get(k, ())}
        for i, t in enumerate(toks):
            if t.norm != "@":
                continue
            self._event_year(k, toks, i, at.get(t.start))
            # "having first been staged in 1989" is "first staged in 1989"
            words = [w.norm for w in toks[max(0, i - 7):i] if w.norm not in DETERMINERS and w.norm != "been"]
            if "#" in words or "@" in words:
                words = words[max(len(words) - words[::-1].index(x) for x in ("#", "@") if x in words):]
            for cue in _PERIOD:  # "born in Leeds in 1975": the cue a few words before
                if any(tuple(words[j:j + len(cue.words)]) == cue.words for j in range(len(words))):
                    p = at.get(t.start)
                    if p is not None and cue.yields == "role":  # not "born after 2002"
                        self.period_roles[p.id] = frozenset({Role.BIRTH, Role(cue.value)})
                    break

    def _event_year(self, k: int, toks: list[Tok], i: int, p: Period | None) -> None:
        """ "the musician's death in 1981", "the first edition of the Guinness Book of Records in
        1975": the nouns that a written year dates, for "ten years after his death" later on.
        """
        if p is None or p.start is None or p.granularity != "year" or not WRITTEN_YEAR.fullmatch(
                p.text.lower().removeprefix("in ").strip()):
            return
        for w in reversed(toks[max(0, i - 10):i]):
            if not w.norm[:1].isalpha() and not w.norm.endswith(("'s", "’s")):
                break
            noun = singular(w.norm.removesuffix("'s").removesuffix("’s"))
            if len(noun) > 2 and noun not in DETERMINERS:
                dated = self.event_years.setdefault(noun, [])
                if len(dated) < 2 and all(y != p.start.year for _, y in dated):
                    dated.append((k, p.start.year))  # the first two years, where each is first given

    def finish(self) -> list[Figure]:
        figs = []
        for i, q in enumerate(self.qs):
            roles = self.roles.get(i, set())
            if Role.SHARE in roles and q.kind.value in ("money", "measure", "duration"):
                roles = roles - {Role.SHARE}  # "$250m of bonds", "42 years of use": what it is of
            if Role.SPAN in roles and q.kind.value in ("count", "number", "money"):
                roles = roles - {Role.SPAN}  # "cared for 8,760 patients": a span is a time
            if Role.DELTA in roles and q.kind.value in ("percent", "fraction") and \
                    not roles & {Role.TO, Role.FROM}:  # "rose 7%", "cut by a third"
                roles = (roles - {Role.DELTA}) | {Role.PERCENT}
            before = self.text[max(0, q.at[0] - 50):q.at[0]]
            after = self.text[q.at[1]:q.at[1] + 40]
            entity = normal(q.entity, self.synonyms) if q.entity else None
            event = event_of(q)
            lost = _LOST.match(after) if entity in _LOSS_NOUNS else None
            if lost:  # "240 job losses": jobs cut
                entity, event = normal(lost.group(1).lower(), self.synonyms), "cut"
            elif entity in LOSSES:  # "the 1,800 redundancies": jobs cut
                entity, event = LOSSES[entity]
            elif entity and event is None and any(c in _LOSS_CUES for r, c in self.cues.get(i, [])):
                event = "cut"  # "the loss of 420 jobs"
            subject = subject_of(q, before, after) if q.kind.value in ("money", "number") or \
                not entity else entity
            scope = Scope(q.period, Role.FROM in roles and bool(
                {c for r, c in self.cues.get(i, []) if r == Role.FROM} & {
                    "year earlier", "year ago", "year before", "last year", "previous year"}))
            if _SCALED.search(q.text):
                self.cues.setdefault(i, []).append(("scaled", q.text))
            figs.append(Figure(q, i, Measure(entity, event, subject), scope,
                               frozenset(roles), self.sign.get(i, 1), self.clause_of.get(i, 0),
                               self.direction.get(i), tuple(self.cues.get(i, []))))
        return figs


