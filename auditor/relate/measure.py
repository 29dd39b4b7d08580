"""What a figure counts or measures: its entity, event and subject, normalised with synonyms."""

from __future__ import annotations

import re

from auditor.extract.words import singular
from auditor.model import Quantity

# Words that name the same thing for the purpose of relating figures.
ENTITY_SYNONYMS = {
    "troop": "soldier", "serviceman": "soldier", "servicemen": "soldier", "deserter": "soldier",
    "people": "person", "victim": "person", "resident": "person", "individual": "person",
    "worker": "employee", "staff": "employee", "job": "job", "post": "job", "role": "job",
    "position": "job", "jackpot": "prize", "pot": "prize", "purse": "prize", "offer": "bid",
    "order": "deal", "contract": "deal", "agreement": "deal", "home": "house", "flat": "house",
    "dwelling": "house", "apartment": "house", "fatality": "person", "death": "person",
    "casualty": "person", "lorry": "truck", "pupil": "student", "inmate": "prisoner",
    "scheme": "project", "programme": "project", "program": "project",
    "spectator": "fan", "supporter": "fan", "crowd": "fan", "attendance": "fan", "attendee": "fan",
    "property": "house",
}
EVENT_SYNONYMS = {
    "leave": "desert", "abandon": "desert", "flee": "desert", "defect": "desert",
    "die": "kill", "death": "kill", "perish": "kill", "lose": "cut", "axe": "cut", "shed": "cut",
    "scrap": "cut", "slash": "cut", "demolish": "destroy", "raze": "destroy",
}
# Nouns that name a count of something lost: "the 1,800 redundancies" are 1,800 jobs cut.
LOSSES = {"redundancy": ("job", "cut"), "layoff": ("job", "cut"), "lay-off": ("job", "cut")}
# The size of what a money figure or bare number names ("$6bn gas deal" → deal).
_SUBJECT_NOUNS = (r"deal|sale|package|prize|jackpot|pot|order|bid|offer|fund|budget|contract|loss|"
                  r"profit|debt|fine|fee|settlement|programme|program|scheme|project|takeover|"
                  r"merger|investment|grant|bill|award|payout|bonus|salary|revenue|turnover|"
                  r"overspend|shortfall|deficit|surplus|cost|bailout|rescue|windfall")
_SUBJECT_AFTER = re.compile(rf"\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?(?P<n>{_SUBJECT_NOUNS})s?\b")
_SUBJECT_BEFORE = re.compile(
    r"\b(?P<n>[a-z]+)\s+(?:of|valued\s+at|worth|totall?ing|at|was|were|is|of\s+about|to)\s+"
    r"(?:about\s+|around\s+|an?\s+estimated\s+|some\s+)?$")
_SUBJECT_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<np>(?:[A-Za-z][\w-]*\s+){0,3}[a-z]+)(?=[\s,.;:)]|$)")
_NOT_SUBJECT = frozenset("""a an the of in on at by for to from with and or but that which this
year years month months week weeks day days last first total about around some more less than
over under up down was were is are be been it its their his her we they he she also pct percent cent
point points""".split())


def normal(noun: str | None, synonyms: dict[str, str] | None = None) -> str | None:
    """A noun in its singular form, with the built-in and configured synonyms applied."""
    if not noun:
        return None
    n = singular(noun.split()[-1])
    n = ENTITY_SYNONYMS.get(n, n)
    return (synonyms or {}).get(n, n)


def event_of(q: Quantity) -> str | None:
    """The normalised event of a quantity ("deserted" → desert, "died" → kill)."""
    return EVENT_SYNONYMS.get(q.event, q.event) if q.event else None


def subject_of(q: Quantity, before: str, after: str) -> str | None:
    """What a money figure or bare number is the size of, from the words around it."""
    m = _SUBJECT_AFTER.match(after)
    if m:
        return normal(m.group("n"))
    m = _SUBJECT_BEFORE.search(before)
    if m and m.group("n") not in _NOT_SUBJECT:
        return normal(m.group("n"))
    m = _SUBJECT_OF.match(after)
    if m:
        words = [w for w in m.group("np").split() if w.islower() and w not in _NOT_SUBJECT]
        if words:
            return normal(words[-1])
    return None
