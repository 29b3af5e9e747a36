"""A WARC file's bytes -> whether it is one, how it is packed, and its data unzipped.

`looks_like_warc` / `is_warc_file` know a WARC by its first bytes (plain, or
gzip, zstd or LZ4 record by record; zstd and LZ4 through FastWARC).
`gzipped_whole` tells a file gzipped as one member, which `Unzipped` reads
as a stream so its records get offsets of their own; `unread_tail` finds
the bytes the WARC reader passed over quietly at the end of a file.
`declutter.warc` reads the records.
"""

from __future__ import annotations

import io
import re
import stat
import zlib
from pathlib import Path
from typing import Any, BinaryIO

#: Every WARC record starts with its version line.
WARC_MAGIC = b"WARC/1."
#: A zstd frame, and the skippable frame that holds the dictionary of a ``.warc.zst``.
ZSTD_MAGIC = b"(\xb5/\xfd"
ZSTD_DICTIONARY_FRAME = b"\x5d\x2a\x4d\x18"
#: An LZ4 frame.
LZ4_MAGIC = b"\x04\x22\x4d\x18"
#: Bytes read from the start of a file to tell whether it is a WARC file.
SNIFF_BYTES = 1024
#: The length line of a WARC record header.
CONTENT_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d+)[ \t]*\r?$")


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
        return has_reader()
    elif head[:4] in (ZSTD_MAGIC, LZ4_MAGIC):
        head = _first_bytes(head)
    return head.startswith(WARC_MAGIC)


def has_reader() -> bool:
    """Whether FastWARC (the warc extra) is installed."""
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


#: The first record of a file gzipped whole is looked at up to this size; a longer
#: one is taken as a file gzipped record by record (which all big crawls are).
MAX_FIRST_RECORD = 2**24
#: Bytes unzipped at a time when looking at the first record.
UNZIP_STEP = 2**16


def gzipped_whole(stream: BinaryIO) -> bool:
    """Whether ``stream`` is gzipped as one member holding more than one record.

    Unzips the first member only until the first record's end: a record-by-record
    file ends its member there, a file gzipped whole goes on with the next record.
    """
    from declutter.load.forms import GZIP_MAGIC  # noqa: PLC0415 - the loaders only when reading

    if stream.read(2) != GZIP_MAGIC:
        return False
    stream.seek(0)
    member = zlib.decompressobj(zlib.MAX_WBITS | 16)
    out = bytearray()  # grown in place: up to MAX_FIRST_RECORD, 64 KB at a time
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


class Unzipped(io.RawIOBase):
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


def unread_tail(rest: bytes, *, zipped: bool) -> int | None:
    """Where the bytes start that the reader passed over quietly, if any.

    ``rest`` runs from the last record's start to the end of the file.  The
    reader stops without a word at a record whose header is cut short, or
    at bytes after the last whole gzip member; this finds both.  A last
    record cut inside its block is not counted here: its page says so.
    ``zipped`` tells a file gzipped record by record (a file gzipped whole
    is checked by `Unzipped` instead).
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
