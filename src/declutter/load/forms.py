"""Raw bytes -> the page bytes inside whatever wraps them, and what the wrapper tells.

Wrappers are recognised by their bytes, never by file name: gzip (undone with
a hard size bound), HTTP response headers written by ``curl -i`` or
``wget --save-headers`` (their charset, Date and Location are kept), and
MHTML / MHT archives saved by Chrome, Edge or Internet Explorer (the main
``text/html`` part is taken, with its charset, the snapshot URL and the save
date).  Nothing named inside a page is ever opened.
"""

from __future__ import annotations

import email
import email.message
import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime

from declutter.errors import UnreadableInput

GZIP_MAGIC = b"\x1f\x8b"
#: A page wrapped more deeply than this (gzip in HTTP in gzip ...) is refused.
MAX_WRAPPERS = 4
#: HTTP content codings the standard library cannot undo.
UNREADABLE_CODINGS = ("br", "zstd", "compress")
#: Header blocks longer than this are not headers (bytes).
MAX_HEADER_BLOCK = 65536

_HTTP_STATUS = re.compile(rb"^HTTP/\d(?:\.\d)? +\d{3}\b")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MIME_START = re.compile(rb"^(?:[A-Za-z][-A-Za-z0-9]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+")
_MIME_SIGN = re.compile(rb"^(?:MIME-Version:|Content-Type:\s*multipart/)", re.I | re.M)
_CHARSET = re.compile(r"""charset\s*=\s*["']?([-\w.:]+)""", re.I)


@dataclass(frozen=True)
class Unwrapped:
    """The page bytes and what their wrappers said about them."""

    data: bytes
    charset: str | None = None
    url: str | None = None
    saved_at: datetime | None = None
    forms: tuple[str, ...] = ()


def unwrap(data: bytes, *, limit: int) -> Unwrapped:
    """Peel gzip, HTTP headers and MHTML off ``data``, innermost page last."""
    found = Unwrapped(data)
    for _ in range(MAX_WRAPPERS):
        data = found.data
        if data[:2] == GZIP_MAGIC:
            step = Unwrapped(gunzip(data, limit), forms=("gzip",))
        elif _HTTP_STATUS.match(data):
            step = _strip_http(data, limit)
        elif _is_mhtml(data):
            step = _mhtml_page(data)
        else:
            return found
        found = Unwrapped(
            data=step.data,
            charset=step.charset or found.charset,
            url=found.url or step.url,
            saved_at=found.saved_at or step.saved_at,
            forms=found.forms + step.forms,
        )
    raise UnreadableInput("too many nested wrappers (gzip, HTTP, MHTML)")


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress every gzip member; refuse output past ``limit`` and truncated streams."""
    out = bytearray()
    while data[:2] == GZIP_MAGIC:
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            out += inflater.decompress(data, limit + 1 - len(out))
        except zlib.error as exc:
            raise UnreadableInput(f"broken gzip data ({exc})") from None
        if len(out) > limit:
            raise UnreadableInput(f"gzip data expands past {limit} bytes")
        if not inflater.eof:
            raise UnreadableInput("truncated gzip data")
        data = inflater.unused_data
    return bytes(out)


def _split_headers(data: bytes) -> tuple[list[tuple[str, str]], bytes]:
    end = _HEADER_END.search(data, 0, MAX_HEADER_BLOCK)
    if end is None:
        raise UnreadableInput("HTTP headers without a body")
    block = data[: end.start()].decode("latin-1")
    headers: list[tuple[str, str]] = []
    for line in block.splitlines()[1:]:
        if line[:1] in (" ", "\t") and headers:
            name, value = headers[-1]
            headers[-1] = (name, f"{value} {line.strip()}")
        elif ":" in line:
            name, _, value = line.partition(":")
            headers.append((name.strip().lower(), value.strip()))
    return headers, data[end.end() :]


def inflate(data: bytes, limit: int) -> bytes:
    """An HTTP ``deflate`` body (zlib-wrapped, or raw as some servers send it), bounded."""
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        inflater = zlib.decompressobj(wbits)
        try:
            out = inflater.decompress(data, limit + 1)
        except zlib.error:
            continue
        if len(out) > limit:
            raise UnreadableInput(f"deflate data expands past {limit} bytes")
        return out
    raise UnreadableInput("broken deflate data")


def _strip_http(data: bytes, limit: int) -> Unwrapped:
    """``curl -i`` / ``wget --save-headers`` output: one or more header blocks, then the body."""
    url = None
    headers: list[tuple[str, str]] = []
    while _HTTP_STATUS.match(data):
        headers, data = _split_headers(data)
        for name, value in headers:
            if name in ("location", "content-location") and _absolute(value):
                url = value
    fields = dict(headers)
    match = _CHARSET.search(fields.get("content-type", ""))
    coding = fields.get("content-encoding", "").lower()
    if coding == "deflate" and data[:1] not in (b"<", b"\xef", b""):
        data = inflate(data, limit)
    elif coding in UNREADABLE_CODINGS and data[:1] != b"<" and data[:2] != GZIP_MAGIC:
        raise UnreadableInput(f"body compressed with {coding}, which cannot be read here")
    return Unwrapped(
        data=data,
        charset=match.group(1) if match else None,
        url=url,
        saved_at=_http_date(fields.get("date")),
        forms=("http",),
    )


def _is_mhtml(data: bytes) -> bool:
    head = _MIME_START.match(data[:MAX_HEADER_BLOCK])
    return head is not None and _MIME_SIGN.search(head.group()) is not None


def _mhtml_page(data: bytes) -> Unwrapped:
    """The main HTML part of an MHTML archive, decoded from quoted-printable or base64."""
    root = email.message_from_bytes(data)
    snapshot = _header_text(root.get("Snapshot-Content-Location"))
    parts = [p for p in root.walk() if not p.is_multipart()]
    pages = [p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")]
    pages = pages or [p for p in parts if p.get_content_maintype() == "text"]
    if not pages:
        raise UnreadableInput("MHTML archive without an HTML part")
    main = next(
        (p for p in pages if snapshot and _header_text(p.get("Content-Location")) == snapshot),
        pages[0],
    )
    payload = main.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise UnreadableInput("MHTML archive with an unreadable HTML part")
    location = snapshot or _header_text(main.get("Content-Location"))
    return Unwrapped(
        data=payload,
        charset=main.get_content_charset(),
        url=location if location and _absolute(location) else None,
        saved_at=_http_date(root.get("Date")),
        forms=("mhtml",),
    )


def _header_text(value: object) -> str | None:
    """A MIME header as text: folded lines joined, RFC 2047 encoded words decoded.

    Chrome writes long locations on one line, but other MHTML writers (and
    Python's own email generator) fold them or encode them as ``=?utf-8?q?...?=``.
    """
    if value is None:
        return None
    try:
        text = str(make_header(decode_header(str(value))))
    except (ValueError, LookupError, UnicodeError):
        text = str(value)
    return "".join(text.split()) or None


def _absolute(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def _http_date(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
