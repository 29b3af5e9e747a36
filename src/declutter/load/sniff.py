"""Bytes and decoded text -> "not a page" verdicts and the page's kind (html or text).

Images, PDFs and archives are known by their magic bytes; other binary junk
by its share of control characters.  HTML is told from a plain-text dump
(w3m, lynx, a browser's "Save as text") by markup, not by file name: a dump
may quote a stray ``<img>`` tag, a page has ``<html>``/``<head>``/``<meta>``
or lines made of tags.
"""

from __future__ import annotations

import re
from typing import AnyStr, Literal

from declutter.errors import UnreadableInput

Kind = Literal["html", "text"]

#: Magic bytes of files that are sometimes renamed .html, and what they are.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"BM", "a BMP image"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x7fELF", "a program"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    # zstd and LZ4 are read in WARC archives only, with FastWARC (the warc extra)
    (b"(\xb5/\xfd", "zstd data (read only as a WARC archive, with declutter[warc])"),
    (b"\x5d\x2a\x4d\x18", "zstd data (read only as a WARC archive, with declutter[warc])"),
    (b"\x04\x22\x4d\x18", "LZ4 data (read only as a WARC archive, with declutter[warc])"),
    # many pages, not one: the CLI and declutter.warc read it record by record
    (b"WARC/1.", "a WARC archive (run the declutter command on it, or use declutter.warc)"),
)
#: Share of control characters (not tab, newline, CR, form feed) above which
#: the text is binary junk.
MAX_CONTROL_SHARE = 0.02
#: How much of the text the kind sniffer reads (chars).
SNIFF_WINDOW = 65536
#: How much of the text the junk sniffer reads (chars).
JUNK_WINDOW = 8192
#: Bytes (characters) searched at a time for control characters: fits a core's cache.
CONTROL_WINDOW = 131072
#: Control characters a page has no use for (all C0 but tab, newline, form feed, CR; and DEL).
CONTROLS = "".join(chr(c) for c in (*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F))
#: A page without a structural tag at the top is HTML when this share of its
#: lines start with a tag and it opens with one ...
MIN_TAG_LINE_SHARE = 0.3
#: ... or when it holds at least MIN_TAGS tags and this many per non-blank line
#: (a dump quoting a noscript pixel or a ``<div>`` has a handful in hundreds of lines).
MIN_TAGS = 12
MIN_TAGS_PER_LINE = 0.5
#: A structural tag opening a line this close to the start makes a page HTML
#: whatever comes before it (a server warning, a stray byte-order line).
STRUCTURE_NEAR_START = 2048

_STRUCTURE = re.compile(
    r"^[ \t]*<(?:!doctype\s+html|html|head|body|meta|title|frameset)[\s>/]", re.I | re.M
)
#: What may come before the first tag of an HTML file: blanks and comments.
_PREAMBLE = re.compile(r"(?:\s+|<!--.*?-->)*", re.S)
_TAG = re.compile(r"\s*</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_ANY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_CONTROL = re.compile(f"[{re.escape(CONTROLS)}]")
CONTROL_CHARS = tuple(CONTROLS)
_CONTROL_BYTES = tuple(c.encode("ascii") for c in CONTROLS)
_WEBP = re.compile(rb"RIFF....WEBP", re.S)


def refuse_binary(data: bytes) -> None:
    """Raise `UnreadableInput` for images, PDFs and other known binary formats."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            if magic == b"BM" and b"<" in data[:64]:
                continue
            raise UnreadableInput(f"{what}, not a page")
    if _WEBP.match(data[:12]):
        raise UnreadableInput("a WebP image, not a page")


def refuse_junk(text: str) -> None:
    """Raise `UnreadableInput` when decoded text is mostly control characters."""
    window = text[:JUNK_WINDOW]
    controls = len(_CONTROL.findall(window))
    if controls > max(2, MAX_CONTROL_SHARE * len(window)):
        raise UnreadableInput("binary data, not a page")


def drop_controls(text: str, data: bytes | None = None) -> str:
    """``text`` without control characters; ``data``, its ASCII-compatible source, is
    searched instead when given (byte search is faster and almost always finds none)."""
    found = _found(data, _CONTROL_BYTES) if data is not None else _found(text, CONTROL_CHARS)
    return _CONTROL.sub("", text) if found else text


def _found(data: AnyStr, needles: tuple[AnyStr, ...]) -> bool:
    """Whether any of the one-character ``needles`` occurs in ``data``: one ``find``
    (memchr) per needle, window by window, so each window is searched while it is in
    the cache (a 50 MB page: ~20 ms, against ~70 ms for whole-page scans)."""
    for start in range(0, len(data), CONTROL_WINDOW):
        end = start + CONTROL_WINDOW
        for needle in needles:
            if data.find(needle, start, end) >= 0:
                return True
    return False


def page_kind(text: str) -> Kind:
    """``html`` for markup, ``text`` for a plain-text dump of a page.

    HTML opens (after blanks and comments) with a structural tag or doctype,
    has one opening a line near the top, or is dense with tags; a dump may
    quote a few tags (noscript pixels, an article about ``<div>``) anywhere.
    """
    window = text[:SNIFF_WINDOW]
    start = _PREAMBLE.match(window)
    head = window[start.end() if start else 0 :]
    structure = _STRUCTURE.search(window, 0, STRUCTURE_NEAR_START)
    if structure or _STRUCTURE.match(head):
        return "html"
    lines = [line for line in window.splitlines() if line.strip()]
    if not lines:
        return "text"
    tagged = sum(1 for line in lines if _TAG.match(line))
    if head[:1] == "<" and tagged >= MIN_TAG_LINE_SHARE * len(lines):
        return "html"
    tags = len(_ANY_TAG.findall(window))
    return "html" if tags >= max(MIN_TAGS, MIN_TAGS_PER_LINE * len(lines)) else "text"
