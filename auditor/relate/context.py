"""What relate needs to know about a document: its text, sentences and quantities in order."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from auditor.arith import Iv
from auditor.extract.words import singular
from auditor.model import Extraction, Period, Quantity, Relation
from auditor.read import Document

# Words that name the same thing for the purpose of relating figures.
ENTITY_SYNONYMS = {
    "troop": "soldier", "serviceman": "soldier", "servicemen": "soldier", "deserter": "soldier",
    "people": "person", "victim": "person", "resident": "person", "individual": "person",
    "worker": "employee", "staff": "employee", "job": "job", "post": "job", "role": "job",
    "jackpot": "prize", "pot": "prize", "purse": "prize", "offer": "bid", "order": "deal",
    "contract": "deal", "agreement": "deal",
}
EVENT_SYNONYMS = {
    "leave": "desert", "abandon": "desert", "flee": "desert", "defect": "desert",
    "die": "kill", "death": "kill", "perish": "kill",
}
_NONNEG = {"count", "money", "percent", "measure", "duration", "rate", "age", "fraction"}


@dataclass
class Context:
    """A document's analysis text with its quantities and periods, ready for relating."""

    doc: Document
    ex: Extraction
    text: str
    qs: list[Quantity]
    periods: list[Period]
    sent_starts: list[int]
    sent_ends: list[int]
    rels: list[Relation] = field(default_factory=list)
    tolerance: float = 0.0
    synonyms: dict[str, str] = field(default_factory=dict)
    _by_sentence: dict[int, list[Quantity]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Document, ex: Extraction, *, tolerance: float = 0.0,
              synonyms: dict[str, str] | None = None) -> Context:
        """Index a document for relating."""
        return cls(doc, ex, doc.text, list(ex.quantities), list(ex.periods),
                   [s.start for s in ex.sentences], [s.end for s in ex.sentences],
                   tolerance=tolerance, synonyms=dict(synonyms or {}))

    def entity(self, q: Quantity) -> str | None:
        """The normalised counted thing, with the configured synonyms applied."""
        e = entity(q)
        return self.synonyms.get(e, e) if e else e

    def relations_of(self, kind: str) -> list[Relation]:
        """The relations of one kind found so far."""
        return [r for r in self.rels if r.kind == kind]

    def sentence_text(self, k: int) -> str:
        """The analysis text of sentence ``k``."""
        return self.text[self.sent_starts[k]:self.sent_ends[k]] if self.sent_starts else self.text

    def between(self, a: Quantity, b: Quantity) -> str:
        """The analysis text between two quantities (empty if they overlap or are reversed)."""
        return self.text[a.at[1]:b.at[0]] if a.at[1] <= b.at[0] else ""

    def before(self, q: Quantity, n: int = 60) -> str:
        """Up to ``n`` characters of the sentence before a quantity."""
        s0 = self.sent_start(q)
        return self.text[max(s0, q.at[0] - n):q.at[0]]

    def after(self, q: Quantity, n: int = 60) -> str:
        """Up to ``n`` characters of the sentence after a quantity."""
        return self.text[q.at[1]:min(self.sent_end(q), q.at[1] + n)]

    def sent_start(self, q: Quantity) -> int:
        """Where the quantity's sentence starts."""
        return self.sent_starts[q.sentence] if self.sent_starts else 0

    def sent_end(self, q: Quantity) -> int:
        """Where the quantity's sentence ends."""
        return self.sent_ends[q.sentence] if self.sent_ends else len(self.text)

    def sentence_of(self, pos: int) -> int:
        """The index of the sentence holding an analysis offset."""
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def in_sentence(self, k: int) -> list[Quantity]:
        """The quantities of sentence ``k``, in order."""
        if not self._by_sentence and self.qs:
            for q in self.qs:
                self._by_sentence.setdefault(q.sentence, []).append(q)
        return self._by_sentence.get(k, [])


def interval(q: Quantity) -> Iv:
    """The values a quantity admits, with hedges: "up to" starts at zero for counts."""
    floor = 0.0 if q.kind.value in _NONNEG else None
    return Iv.of(q.interval.low, q.interval.high, floor=floor)


def entity(q: Quantity) -> str | None:
    """The normalised counted thing."""
    if not q.entity:
        return None
    e = singular(q.entity)
    return ENTITY_SYNONYMS.get(e, e)


def event(q: Quantity) -> str | None:
    """The normalised event."""
    return EVENT_SYNONYMS.get(q.event, q.event) if q.event else None


_SUBJECT_AFTER = re.compile(r"\s*(?:[a-z][a-z-]*\s+){0,2}?(?P<n>[a-z]+)\b")
_SUBJECT_BEFORE = re.compile(
    r"\b(?P<n>[a-z]+)\s+(?:of|valued\s+at|worth|totall?ing|at|was|were|is|of\s+about|to)\s+"
    r"(?:about\s+|around\s+|an?\s+estimated\s+|some\s+)?$")
_NOT_SUBJECT = frozenset("""a an the of in on at by for to from with and or but that which this
year years month months week weeks day days last first total about around some more less than
over under up down was were is are be been it its their his her we they he she also""".split())


def subject(ctx: Context, q: Quantity) -> str | None:
    """What a money figure or bare number is the size of ("$6bn gas deal" → deal)."""
    if q.entity and q.kind.value != "money":
        return entity(q)
    after = ctx.text[q.at[1]:q.at[1] + 40]
    m = re.match(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?P<n>deal|sale|package|prize|jackpot|pot|order|"
                 r"bid|offer|fund|budget|contract|loss|profit|debt|fine|fee|settlement|"
                 r"programme|program|scheme|project|takeover|merger|investment|grant|"
                 r"bill|award|payout|bonus|salary|revenue|turnover)s?\b", after)
    if m:
        return ENTITY_SYNONYMS.get(m.group("n"), m.group("n"))
    before = ctx.before(q, 50)
    m = _SUBJECT_BEFORE.search(before)
    if m and m.group("n") not in _NOT_SUBJECT:
        n = singular(m.group("n"))
        return ENTITY_SYNONYMS.get(n, n)
    m = re.match(r"\s+of\s+(?:the\s+)?(?P<np>(?:[A-Za-z][\w-]*\s+){0,3}[a-z]+)(?=[\s,.;:)]|$)",
                 after)
    if m:
        words = [w for w in m.group("np").split() if w.islower() and w not in _NOT_SUBJECT]
        if words:
            n = singular(words[-1])
            return ENTITY_SYNONYMS.get(n, n)
    return None
