"""Read a source file into a Document: decoded, repaired and stripped of markup, offsets kept."""

from __future__ import annotations

import datetime as dt
import html
import re
import stat
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from auditor.offsets import ChainedMap, OffsetMap, TextBuilder
from auditor.suppress import Suppression, collect

MAX_BYTES = 8 * 1024 * 1024
TEXT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html"}


class InputError(Exception):
    """A file that cannot be read as an article; the message is one line."""


@dataclass(slots=True)
class Document:
    """An article ready for analysis.

    ``text`` is the analysis text (markup blanked, mojibake repaired); ``source`` is the
    file as decoded. ``span()`` maps analysis offsets back to ``source`` offsets.
    """

    path: str
    source: str
    text: str
    as_of: dt.date | None = None
    as_of_source: str | None = None
    problems: list[str] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    encoding: str = "utf-8"
    _map: ChainedMap | None = None
    _line_starts: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original-file span of the analysis span ``[start, end)``."""
        if self._map is None:
            return start, end
        return self._map.span(start, end)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an original-file offset."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", self.source)]
        i = bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1


def read_path(path: Path) -> Document:
    """Read and prepare one file; raise InputError with a one-line reason if it is unusable."""
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(st.st_mode):  # a FIFO or a device never ends, or blocks
            raise InputError("not a regular file")
        with open(path, "rb") as f:  # the limit holds while reading, whatever stat said
            data = f.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"file is too large (over {MAX_BYTES / 1e6:.0f} MB, the limit)")
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as e:
        raise InputError(e.strerror or str(e)) from None
    kind = TEXT_SUFFIXES.get(path.suffix.lower(), "text")
    return read_bytes(data, str(path), kind=kind)


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
         (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes) -> str:
    """Decode a file's bytes (see ``decode_as``)."""
    return decode_as(data)[0]


def decode_as(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-16/32 by their BOM, UTF-8 (a leading BOM dropped), else the
    legacy 8-bit text of Windows editors (Windows-1252, then Latin-1); binary data is refused.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), f"{codec}-{'le' if bom[0] == 0xff else 'be'}"
            except UnicodeDecodeError as e:
                raise InputError(f"binary file (a {codec.upper()} byte-order mark, but not {codec.upper()} "
                                 f"text at byte {e.start})") from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes)")
    for codec in ("utf-8", "windows-1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL.findall(text[:8192])) > max(2, len(text[:8192]) // 100):
            break  # control characters throughout: not text in any encoding
        return (text[1:] if text.startswith("\ufeff") else text), codec
    raise InputError("binary file (not text in UTF-8, UTF-16 or Windows-1252)")


def read_bytes(data: bytes, path: str = "<text>", *, kind: str = "text") -> Document:
    """Prepare a document from raw bytes, remembering the encoding they were read in."""
    text, encoding = decode_as(data)
    doc = read_text(text, path, kind=kind)
    doc.encoding = encoding
    return doc


_KINDS = {"text": "text", "txt": "text", "markdown": "markdown", "md": "markdown", "html": "html",
          "htm": "html"}


def read_text(source: str, path: str = "<text>", *, kind: str = "text") -> Document:
    """Prepare a document from decoded text; ``kind`` is text, markdown or html (or txt, md, htm)."""
    if kind not in _KINDS:
        raise ValueError(f"unknown kind {kind!r}: expected one of {', '.join(sorted(_KINDS))}")
    kind = _KINDS[kind]
    maps: list[OffsetMap] = []
    text, mmap = repair_mojibake(source)
    if mmap is not None:
        maps.append(mmap)
    doc = Document(path=path, source=source, text=text)
    doc.suppressions = collect(source, kind, doc.problems)  # a bad directive costs only itself
    if kind == "text":
        if "%%" in text:
            text = _TEXT_COMMENT.sub(lambda m: _blank(m.group()), text)
    elif kind == "markdown":
        text = _front_matter(text, doc)
        text = strip_markdown(text)
    elif kind == "html":
        text, hmap = strip_html(text)
        if hmap is not None:
            maps.append(hmap)
    doc.text = text
    doc._map = ChainedMap(maps) if maps else None
    return doc


# A plain-text line whose first non-blank characters are "%%" is an auditor comment
# (expectations, suppressions); it is blanked before analysis.
_TEXT_COMMENT = re.compile(r"^[ \t]*%%.*$", re.M)


# --- mojibake -----------------------------------------------------------------------------

_CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONT = "[\u0080-\u00bf" + _CP1252_EXTRA + "]"
# One misread UTF-8 sequence: a lead byte, then as many continuation bytes as it announces.
# It starts with one character class, which lets the search skip quickly to candidates.
_SEQUENCE = ("[\u00c2-\u00f4](?:(?<=[\u00c2-\u00df])" + _CONT + "|(?<=[\u00e0-\u00ef])" + _CONT
             + "{2}|(?<=[\u00f0-\u00f4])" + _CONT + "{3})")
_MOJIBAKE = re.compile(_SEQUENCE + "(?:" + _SEQUENCE + ")*")


def _undo(run: str) -> str | None:
    """The UTF-8 text that was misread as cp1252/latin-1 to give ``run``, if any."""
    raw = bytearray()
    for ch in run:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            raw.append(ord(ch))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def repair_mojibake(source: str) -> tuple[str, OffsetMap | None]:
    """Undo UTF-8 read as cp1252 ("Â£" → "£"), keeping a map to the original offsets."""
    if source.isascii() or not _MOJIBAKE.search(source):
        return source, None
    b = TextBuilder(source)
    pos = 0
    for m in _MOJIBAKE.finditer(source):
        fixed = _undo(m.group())
        if fixed is None:
            continue
        b.keep(pos, m.start())
        b.put(fixed, m.start(), m.end())
        pos = m.end()
    b.keep(pos, len(source))
    return b.text(), (b.map if b.changed else None)


# --- markdown -----------------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def _blank(s: str) -> str:
    """Same length, markup removed: every character but line breaks becomes a space."""
    return re.sub(r"[^\r\n]", " ", s)


def _front_matter(text: str, doc: Document) -> str:
    m = _FRONT.match(text)
    if not m:
        return text
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() != "date":
            continue
        value = value.strip().strip("'\"")
        try:
            doc.as_of = dt.date.fromisoformat(value[:10])
            doc.as_of_source = "front matter"
        except ValueError:
            doc.problems.append(f"front matter date {value!r} is not an ISO date (YYYY-MM-DD)")
    return _blank(m.group()) + text[m.end():]


_MD_RULES = [
    (re.compile(r"^(?:```|~~~).*?^(?:```|~~~)[^\n]*$", re.S | re.M), "all"),
    (re.compile(r"<!--.*?-->", re.S), "all"),
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), "all"),
    (re.compile(r"(?<!\\)\[([^\]\n]+)\]\([^)\n]*\)"), "link"),
    (re.compile(r"(?<!\\)\[([^\]\n]+)\]\[[^\]\n]*\]"), "link"),
    (re.compile(r"^[ \t]*\[[^\]\n]+\]:.*$", re.M), "all"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M), "all"),
    (re.compile(r"[ \t]+#+[ \t]*$", re.M), "all"),
    (re.compile(r"^[ \t]*>[ \t]?", re.M), "all"),
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M), "all"),
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), "all"),
    (re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$", re.M), "all"),
    (re.compile(r"(?<=\S)[ \t]*\|[ \t]*|^[ \t]*\|", re.M), "all"),
    (re.compile(r"(\*\*|__|\*|`+|~~)(?=\S)"), "all"),
    (re.compile(r"(?<=\S)(\*\*|__|\*|`+|~~)"), "all"),
    (re.compile(r"<[A-Za-z/][^>\n]*>"), "all"),
]


def strip_markdown(text: str) -> str:
    """Blank Markdown markup in place, so offsets into the result are offsets into the file."""
    chars = list(text)
    for rx, how in _MD_RULES:
        for m in rx.finditer(text):
            if how == "link":
                spans = [(m.start(), m.start(1)), (m.end(1), m.end())]
            else:
                spans = [m.span()]
            for s, e in spans:
                for i in range(s, e):
                    if chars[i] not in "\r\n":
                        chars[i] = " "
        text = "".join(chars)
    return text


# --- html ---------------------------------------------------------------------------------

_HTML_TOKEN = re.compile(
    r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<!\[CDATA\[.*?\]\]>|<![^>]*>|<\?.*?\?>"
    r"|<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?",
    re.S | re.I)
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "td", "th", "table", "section", "article", "header", "footer", "blockquote",
               "title", "head", "body", "html", "hr", "figcaption", "aside", "nav", "main", "pre"}


def strip_html(text: str) -> tuple[str, OffsetMap | None]:
    """Tags become blanks (block tags a line break), entities their characters."""
    b = TextBuilder(text)
    pos = 0
    for m in _HTML_TOKEN.finditer(text):
        b.keep(pos, m.start())
        tok = m.group()
        if tok.startswith("&"):
            decoded = html.unescape(tok)
            b.put(decoded if decoded != tok else tok, m.start(), m.end())
        elif (m.group(3) or "").lower() in _BLOCK_TAGS or not m.group(3):
            blank = _blank(tok)
            b.put("\n\n" + blank[2:] if len(blank) > 1 else "\n", m.start(), m.end())
        else:  # inline tags vanish, so "<b>3</b> years" reads as "3 years"
            b.put("", m.start(), m.end())
        pos = m.end()
    b.keep(pos, len(text))
    return b.text(), (b.map if b.changed else None)
