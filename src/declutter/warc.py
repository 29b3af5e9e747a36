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
larger than ``limit``.  Reading needs FastWARC (``declutter[warc]``).
"""

from __future__ import annotations

import io
import re
import stat
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from declutter.errors import UnreadableInput
from declutter.options import MAX_INPUT_BYTES

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord  # type: ignore[import-not-found,unused-ignore]

#: Every WARC record starts with its version line.
WARC_MAGIC = b"WARC/1."
#: A zstd frame, and the skippable frame that holds the dictionary of a ``.warc.zst``.
ZSTD_MAGIC = b"(\xb5/\xfd"
ZSTD_DICTIONARY_FRAME = b"\x5d\x2a\x4d\x18"
#: An LZ4 frame.
LZ4_MAGIC = b"\x04\x22\x4d\x18"
#: Bytes read from the start of a file to tell whether it is a WARC file.
SNIFF_BYTES = 1024
#: Media types taken as HTML pages.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: The first line of a chunked HTTP body: a hex size, maybe extensions, CRLF.
CHUNK_START = re.compile(rb"[0-9A-Fa-f]{1,8}[ \t]*(?:;[^\r\n]*)?\r?\n")
#: The length line of a WARC record header.
CONTENT_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d+)[ \t]*\r?$")
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


def looks_like_warc(head: bytes) -> bool:
    """True when ``head``, the first bytes of a file, start a WARC record (plain, gzip,
    zstd or LZ4).

    A zstd file that opens with the dictionary frame of the zstd WARC convention
    is taken as a WARC: the dictionary may be longer than ``head``.  zstd and LZ4
    are read with FastWARC; without it they are not taken (the loader then names
    the data and the extra to install).
    """
    from declutter.load.forms import GZIP_MAGIC  # noqa: PLC0415 - the loaders only when reading

    if head[:2] == GZIP_MAGIC:
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, len(WARC_MAGIC))
        except zlib.error:
            return False
    elif head[:4] == ZSTD_DICTIONARY_FRAME:
        return _has_reader()
    elif head[:4] in (ZSTD_MAGIC, LZ4_MAGIC):
        head = _first_bytes(head)
    return head.startswith(WARC_MAGIC)


def _has_reader() -> bool:
    try:
        import fastwarc  # type: ignore[import-not-found,unused-ignore]  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


def _first_bytes(head: bytes) -> bytes:
    """The first unpacked bytes of a zstd or LZ4 ``head`` (empty when they cannot be read)."""
    try:
        from fastwarc import stream_io  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415
    except ImportError:
        return b""
    reader = stream_io.ZstdReader if head[:4] == ZSTD_MAGIC else stream_io.Lz4Reader
    try:
        first: bytes = reader(io.BytesIO(head)).read(len(WARC_MAGIC))
    except (OSError, ValueError):
        return b""
    return first


def is_warc_file(path: Path) -> bool:
    """True when ``path`` is a regular file holding a WARC archive.

    Pipes and devices are never sniffed: their first bytes cannot be read twice.
    """
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with path.open("rb") as stream:
            return looks_like_warc(stream.read(SNIFF_BYTES))
    except OSError:
        return False


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
        whole = _gzipped_whole(stream)
        stream.seek(0)
        # a file gzipped whole is read unzipped, so each record has an offset of its own
        unzipped = _Unzipped(stream) if whole else None
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
        if last >= 0 and not whole:
            stream.seek(0)
            start = stream.read(4)
            if start in (ZSTD_MAGIC, ZSTD_DICTIONARY_FRAME, LZ4_MAGIC):
                return  # a cut frame is an error of the reader's own, raised above
            zipped = start[:2] == GZIP_MAGIC
            stream.seek(last)
            unread = _unread_tail(stream.read(), zipped=zipped)
            if unread is not None:
                at = last + unread
                raise UnreadableInput(f"broken WARC file (a record cut short at byte {at})")


#: The first record of a file gzipped whole is looked at up to this size; a longer
#: one is taken as a file gzipped record by record (which all big crawls are).
MAX_FIRST_RECORD = 2**24
#: Bytes unzipped at a time when looking at the first record.
UNZIP_STEP = 2**16


def _gzipped_whole(stream: BinaryIO) -> bool:
    """Whether ``stream`` is gzipped as one member holding more than one record.

    Unzips the first member only until the first record's end: a record-by-record
    file ends its member there, a file gzipped whole goes on with the next record.
    """
    from declutter.load.forms import GZIP_MAGIC  # noqa: PLC0415 - the loaders only when reading

    if stream.read(2) != GZIP_MAGIC:
        return False
    stream.seek(0)
    member = zlib.decompressobj(zlib.MAX_WBITS | 16)
    out = b""
    end = None
    try:
        while not member.eof:
            chunk = member.unconsumed_tail or stream.read(UNZIP_STEP)
            if not chunk:
                return False
            out += member.decompress(chunk, UNZIP_STEP)
            if end is None and len(out) > SNIFF_BYTES * 64:
                return False  # no record header in the first 64 KB: the reader says so
            if end is None and (head_end := out.find(b"\r\n\r\n")) > 0:
                found = CONTENT_LENGTH.search(out, 0, head_end)
                if found is None:
                    return False
                end = head_end + 4 + int(found.group(1))
                if end > MAX_FIRST_RECORD:
                    return False
            if end is not None and len(out) > end + SNIFF_BYTES:
                return WARC_MAGIC in out[end : end + SNIFF_BYTES]
    except zlib.error:
        return False  # the reader meets the same bytes and says so
    return end is not None and WARC_MAGIC in out[end:]


class _Unzipped(io.RawIOBase):
    """A file gzipped whole (one or more members), read unzipped.

    Data cut short ends the stream where the cut is, with ``cut`` set, instead
    of raising inside the WARC reader: the records before the cut are read
    whole, the one it falls in is found short, and `read_pages` then says the
    file is broken.
    """

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self._member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        self._buffer = bytearray()
        self._next = b""  # raw bytes after a member's end, for the next member
        self._position = 0  # in the unzipped data
        self.cut = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True  # to where it is: the WARC reader asks for its position

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = offset + (self._position if whence == io.SEEK_CUR else 0)
        if whence == io.SEEK_END or target != self._position:
            raise io.UnsupportedOperation("an unzipped stream is read in order")
        return self._position

    def readinto(self, buffer: Any) -> int:
        while not self._buffer and self._fill():
            pass
        size = min(len(buffer), len(self._buffer))
        buffer[:size] = self._buffer[:size]
        del self._buffer[:size]
        self._position += size
        return size

    def _fill(self) -> bool:
        """Unzip some more into the buffer; False at the end of the data."""
        member = self._member
        if member.eof:
            rest = member.unused_data or self._raw.read(UNZIP_STEP)
            if not rest.strip(b"\0"):
                return False  # the end, or padding after the last member
            self._member = member = zlib.decompressobj(zlib.MAX_WBITS | 16)
            self._next = rest
        data = member.unconsumed_tail or self._next or self._raw.read(UNZIP_STEP)
        self._next = b""
        if not data:
            self.cut = True
            return False
        self._buffer += member.decompress(data, UNZIP_STEP)
        return True


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


def _unread_tail(rest: bytes, *, zipped: bool) -> int | None:
    """Where the bytes start that the reader passed over quietly, if any.

    ``rest`` runs from the last record's start to the end of the file.  The
    reader stops without a word at a record whose header is cut short, or
    at bytes after the last whole gzip member; this finds both.  A last
    record cut inside its block is not counted here: its page says so.
    ``zipped`` tells a file gzipped record by record (a file gzipped whole
    is checked by `_Unzipped` instead).
    """
    from declutter.load.forms import GZIP_MAGIC  # noqa: PLC0415 - the loaders only when reading

    if zipped != (rest[:2] == GZIP_MAGIC):
        return None
    head = rest
    if zipped:
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            head = member.decompress(rest)
        except zlib.error:
            return None  # the reader met this member and raised already
        if member.eof and member.unused_data.strip():
            return len(rest) - len(member.unused_data)
    head_end = head.find(b"\r\n\r\n")
    found = CONTENT_LENGTH.search(head, 0, head_end) if head_end > 0 else None
    if found is None:
        return 0  # the last record's own header is cut short
    end = head_end + 4 + int(found.group(1))
    return end if not zipped and rest[end:].strip() else None


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
