"""Small morphology: singular nouns and verb lemmas, enough for counted nouns and events."""

from __future__ import annotations

from functools import lru_cache

from auditor.extract.lexicon import IRREGULAR_NOUNS, IRREGULAR_VERBS

_KEEP_S = ("ss", "us", "is", "ics", "ous", "sis", "xis")


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """The singular of an English noun ("soldiers" → "soldier", "cases" → "case")."""
    w = word.lower()
    if w in IRREGULAR_NOUNS:
        return IRREGULAR_NOUNS[w]
    if w.endswith("men") and len(w) > 4 and w not in ("specimen", "abdomen", "omen"):
        return w[:-3] + "man"
    if len(w) <= 3 or not w.endswith("s") or w.endswith(_KEEP_S):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")):
        return w[:-2]
    return w[:-1]


@lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str:
    """The base form of an English verb ("deserted" → "desert", "leaving" → "leave")."""
    w = word.lower()
    if w in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[w]
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            if stem.endswith("i") and suffix == "ed":
                return stem[:-1] + "y"
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]
            if stem.endswith(("at", "iz", "is", "ir", "ar", "uc", "ag", "ot", "ut", "iv", "ov",
                              "ur", "id", "as", "ag", "ng")) and len(stem) <= 5:
                return stem + "e"
            return stem
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("es") and w[:-2].endswith(("sh", "ch", "ss", "x", "o")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w
