"""Who said it: the attribution of each sentence ("Gerasimov warned", "a report from Die Welt")."""

from __future__ import annotations

import re

_PART = r"(?:[A-Z][\w'’.-]*|al-[A-Z][\w-]*|de|van|von|der|bin)"
_NAME = rf"{_PART}(?:\s+(?:{_PART}|of\s+the|of))*"
_SPEECH = (r"said|says|warned|warning|warns|told|noted|noting|notes|reported|reports|reporting|"
           r"estimated|estimates|claimed|claims|claiming|added|adds|stated|states|announced|"
           r"announces|highlighted|revealed|reveals|suggested|suggests|argued|argues|wrote|writes|"
           r"insisted|insists|explained|explains|confirmed|confirms|predicted|predicts|forecast|"
           r"forecasts|calculated|calculates|found|finds|showed|shows|estimating|according")
_ORG_WORDS = re.compile(
    r"\b(?:of|at|from)\s+(?P<org>(?:the\s+)?(?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|&))*)")
# Each pattern starts with a literal or a character class and checks the word boundary
# just after it, which lets the search skip quickly to candidate starts.
ACCORDING = re.compile(rf"according(?<!\waccording)\s+to\s+"
                       rf"(?P<src>(?:the\s+)?{_NAME}|(?:[a-z]+\s+){{0,3}}[a-z]+"
                       rf"(?:\s+(?:within|in|at|of|from)\s+{_NAME})?)")
REPORT_FROM = re.compile(
    rf"(?:a(?<!\wa)|the(?<!\wthe)|an(?<!\wan))\s+(?:new\s+|recent\s+|latest\s+)?(?:report|study|survey|"
    rf"analysis|estimate|statement|poll|figures|data|investigation|review)\s+(?:from|by|of)\s+"
    rf"(?P<src>(?:the\s+)?{_NAME})")
NAME_SAID = re.compile(rf"(?P<src>[A-Z](?<!\w[A-Z])[\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[A-Z][\w-]*|de|van|"
                       rf"von|der))*)"
                       rf"(?:,[^,]{{1,60}},)?\s+(?:has\s+|had\s+|have\s+)?(?:{_SPEECH})\b")
SAID_NAME = re.compile(r"(?:said(?<!\wsaid)|says(?<!\wsays)|according to(?<!\waccording to)|"
                       r"wrote(?<!\wwrote)|reported(?<!\wreported))\s+(?P<src>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
_NOT_SOURCES = frozenset("""The This That These Those It He She They We I You In On At For But
And However Meanwhile Also A An Its Their His Her Our Officials Critics Experts Analysts
Sources Police Ministers""".split())


def _clean(src: str, *, organisation: bool) -> str | None:
    """A short source name: the organisation of a reporter, or a person's own name."""
    src = re.sub(r"^(?:the|The)\s+", "", src.strip(" ,."))
    words = src.split()
    if not words or words[0] in _NOT_SOURCES and len(words) == 1:
        return None
    org = _ORG_WORDS.search(src)
    if org and org.start() > 0:
        if organisation:
            return re.sub(r"^(?:the|The)\s+", "", org.group("org")).strip()
        src = re.split(r"\s+of(?:\s+the)?\s+", src)[-1]
        words = src.split()
    if not organisation and len(words) > 2 and all(w[:1].isupper() for w in words):
        src = " ".join(words[-2:])
    return src[:80] if src else None


# Every pattern above needs one of these words: a sentence without them names no source.
_ANY_CUE = re.compile(rf"\b(?:{_SPEECH}|report|study|survey|analysis|estimate|statement|poll|figures|data|"
                      r"investigation|review)\b")


def attribution(sentence: str) -> tuple[str | None, bool]:
    """The source named in a sentence, and whether it carries into the next sentence."""
    if not _ANY_CUE.search(sentence):
        return None, False
    for rx, carries in ((REPORT_FROM, True), (ACCORDING, True), (NAME_SAID, True),
                        (SAID_NAME, True)):
        for m in rx.finditer(sentence):
            src = _clean(m.group("src"), organisation=rx is REPORT_FROM)
            if src and not (rx is NAME_SAID and _starts_sentence_only(sentence, m)):
                return src, carries
    return None, False


def _starts_sentence_only(sentence: str, m: re.Match[str]) -> bool:
    """A single capitalised word at the start of a sentence is usually not a name."""
    src = m.group("src")
    return m.start() == 0 and " " not in src and src in _NOT_SOURCES


def sources(sentences: list[str], wanted: set[int] | None = None) -> list[str | None]:
    """The source for each sentence; an unattributed sentence inherits its predecessor's.

    Only the sentences in ``wanted`` (all when None) are read; the others get None.
    """
    out: list[str | None] = []
    carry: str | None = None
    for i, s in enumerate(sentences):
        if wanted is not None and i not in wanted:
            out.append(None)
            carry = None
            continue
        src, carries = attribution(s)
        if src:
            out.append(src)
            carry = src if carries else None
        else:
            out.append(carry)
            carry = None
    return out
