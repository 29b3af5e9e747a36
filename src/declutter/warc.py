"""A WARC archive (path or bytes) -> the HTML pages in it, one per record, in file order.

In: a WARC/1.0 or 1.1 file, plain or compressed record by record with gzip,
zstd (``.warc.zst``, with or without the dictionary frame of the zstd WARC
convention) or LZ4, or gzipped whole (known by its bytes, never its name).
Out: `WarcPage` records -- ``source`` is ``<file>@<offset>`` (the record's
byte offset in the file as stored, the offset a CDX index gives; in a file
gzipped whole, which has no offset per record, the offset in the unzipped
archive), ``url`` the record's WARC-Target-URI, and
``payload`` an HTTP message that `declutter.extract` reads like any page saved
with its headers (the charset and Date of the HTTP header are used from there).

``response`` records keep their HTTP status line and headers; their body is
given with chunked transfer and gzip/deflate/br/zstd content coding undone,
and the headers describing those codings dropped.  ``resource`` records get
a minimal header made of their WARC Content-Type and date.  Everything else
is skipped and counted in ``skipped`` by reason: other record types,
responses that are not HTML, responses with a status other than 2xx, records
larger than ``limit``.  Reading needs FastWARC (``declutter[warc]``); how a
file is known and unpacked is `warcfile`'s.
"""

from __future__ import annotations

import io
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from declutter.errors import UnreadableInput
from declutter.options import MAX_INPUT_BYTES
from declutter.warcfile import (
    LZ4_MAGIC,
    ZSTD_DICTIONARY_FRAME,
    ZSTD_MAGIC,
    Unzipped,
    gzipped_whole,
    unread_tail,
)

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord  # type: ignore[import-not-found,unused-ignore]

#: Media types taken as HTML pages.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: The first line of a chunked HTTP body: a hex size, maybe extensions, CRLF.
CHUNK_START = re.compile(rb"[0-9A-Fa-f]{1,8}[ \t]*(?:;[^\r\n]*)?\r?\n")
#: Record types that can hold a page.
PAGE_TYPES = ("response", "resource")
#: How a missing WARC reader is reported.
MISSING_READER = "reading WARC files needs FastWARC: pip install 'declutter[warc]'"
#: Reasons a record is skipped (keys of the ``skipped`` counter besides record types).
NOT_HTML = "not HTML"
NOT_2XX = "HTTP status not 2xx"
TOO_LARGE = "too large"
NO_PAYLOAD = "no payload"


@dataclass(frozen=True)
class WarcPage:
    """One HTML record: where it is, the page's URL, and the HTTP message holding it.

    ``error`` says why a record that looked like a page could not be read
    (``payload`` is then empty).
    """

    source: str
    url: str | None
    payload: bytes
    error: str | None = None


def read_pages(
    archive: Path | bytes,
    name: str,
    *,
    skipped: Counter[str] | None = None,
    limit: int = MAX_INPUT_BYTES,
) -> Iterator[WarcPage]:
    """The HTML pages of a WARC file in file order; ``name`` heads each ``source``.

    Raises `UnreadableInput` when FastWARC is missing or the archive is broken
    (the pages before the break have been yielded by then).
    """
    from declutter.load.forms import GZIP_MAGIC  # noqa: PLC0415 - the loaders only when reading

    try:
        from fastwarc.warc import ArchiveIterator  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415
    except ImportError:
        raise UnreadableInput(MISSING_READER) from None
    tally: Counter[str] = Counter() if skipped is None else skipped
    stream: BinaryIO = archive.open("rb") if isinstance(archive, Path) else io.BytesIO(archive)
    with stream:
        head = stream.read(4)
        stream.seek(0)
        framed = head in (ZSTD_MAGIC, ZSTD_DICTIONARY_FRAME, LZ4_MAGIC)  # the reader unpacks
        whole = not framed and gzipped_whole(stream)
        stream.seek(0)
        # a file gzipped whole is read unzipped, so each record has an offset of its own
        unzipped = Unzipped(stream) if whole else None
        records = ArchiveIterator(unzipped or stream, parse_http=True)
        last = -1
        try:
            for record in records:
                last = record.stream_pos
                page = _page(record, name, tally, limit)
                if page is not None:
                    yield page
        except (OSError, zlib.error) as exc:
            raise UnreadableInput(f"broken WARC file ({exc})") from None
        if unzipped is not None and unzipped.cut:
            raise UnreadableInput("broken WARC file (the gzip data ends early)")
        # a cut zstd/LZ4 frame is an error of the reader's own, raised above
        if last >= 0 and not whole and not framed:
            stream.seek(last)
            unread = unread_tail(stream.read(), zipped=head[:2] == GZIP_MAGIC)
            if unread is not None:
                at = last + unread
                raise UnreadableInput(f"broken WARC file (a record cut short at byte {at})")


def _page(record: WarcRecord, name: str, tally: Counter[str], limit: int) -> WarcPage | None:
    kind = str(record.record_type)
    if kind not in PAGE_TYPES:
        tally[f"{kind} records"] += 1
        return None
    source = f"{name}@{record.stream_pos}"
    url = record.headers.get("WARC-Target-URI") or None
    url = url.strip("<> ") if url else None
    if record.content_length > limit:
        tally[TOO_LARGE] += 1
        return None
    if record.is_http:
        status = record.http_headers.status_code
        if status is not None and not 200 <= status < 300:
            tally[NOT_2XX] += 1
            return None
        media = record.http_content_type
    else:
        media = record.headers.get("Content-Type")
    if not _is_html(media):
        tally[NOT_HTML] += 1
        return None
    body = record.reader.read()
    if len(body) < record.content_length:  # the file ends inside this record
        problem = f"record cut short ({len(body)} of {record.content_length} bytes)"
        return WarcPage(source, url, b"", problem)
    if not body.strip():
        tally[NO_PAYLOAD] += 1
        return None
    if not record.is_http:
        return WarcPage(source, url, _resource_head(record, media) + body)
    try:
        return WarcPage(source, url, _http_message(record, body, limit))
    except ValueError as exc:
        return WarcPage(source, url, b"", str(exc))


def _is_html(media: str | None) -> bool:
    """HTML by the declared media type; a record that declares none is taken (the loader
    still refuses binary data)."""
    kind = (media or "").partition(";")[0].strip().lower()
    return not kind or kind in HTML_TYPES


def _http_message(record: WarcRecord, body: bytes, limit: int) -> bytes:
    """The response's status line and headers, then its body with transfer and content
    codings undone; the headers naming those codings are dropped."""
    http = record.http_headers
    lines = [http.status_line_bytes or b"HTTP/1.1 200 OK"]
    codings: list[bytes] = []
    dated = False
    for key, value in http.items_bytes():
        lowered = key.lower()
        if lowered in (b"content-encoding", b"transfer-encoding"):
            codings += [c.strip().lower() for c in value.split(b",") if c.strip()]
        elif lowered != b"content-length":
            dated = dated or lowered == b"date"
            lines.append(key + b": " + value)
    for coding in reversed(codings):
        body = _undo(coding, body, limit)
    date = None if dated else _date_line(record)
    if date:
        lines.append(date)
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _undo(coding: bytes, body: bytes, limit: int) -> bytes:
    """``body`` with one HTTP coding undone; raises ValueError when it cannot be."""
    from fastwarc import stream_io  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415

    readers = {
        b"chunked": stream_io.ChunkedReader,
        b"gzip": stream_io.GzipReader,
        b"x-gzip": stream_io.GzipReader,
        b"br": stream_io.BrotliReader,
        b"zstd": stream_io.ZstdReader,
    }
    if coding in (b"identity", b"") or (coding == b"chunked" and not _looks_chunked(body)):
        return body
    if coding == b"deflate":
        from declutter.load.forms import inflate  # noqa: PLC0415 - the loaders only when reading

        try:
            return inflate(body, limit)
        except UnreadableInput as exc:
            raise ValueError(str(exc)) from None
    reader = readers.get(coding)
    if reader is None:
        raise ValueError(f"unknown HTTP coding {coding.decode('latin-1')!r}")
    try:
        with reader(io.BytesIO(body)) as stream:
            return bytes(stream.read())
    except OSError as exc:
        raise ValueError(f"{coding.decode()} body cannot be decoded ({exc})") from None


def _looks_chunked(body: bytes) -> bool:
    """Some crawlers store bodies already de-chunked but keep the header; chunked data
    starts with a hex size line."""
    return CHUNK_START.match(body) is not None


def _resource_head(record: WarcRecord, media: str | None) -> bytes:
    """A minimal HTTP header for a ``resource`` record, so its charset and date are used."""
    lines = [b"HTTP/1.1 200 OK"]
    if media:
        lines.append(b"Content-Type: " + media.encode("latin-1", "replace"))
    date = _date_line(record)
    if date:
        lines.append(date)
    return b"\r\n".join(lines) + b"\r\n\r\n"


def _date_line(record: WarcRecord) -> bytes | None:
    """``Date:`` from the WARC-Date: when the page was captured."""
    try:
        when = record.record_date
    except (ValueError, OSError):
        when = None
    if not isinstance(when, datetime):
        return None
    from email.utils import format_datetime  # noqa: PLC0415 - the email package, on use only

    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return b"Date: " + format_datetime(when.astimezone(timezone.utc), usegmt=True).encode()
