"""Raw input (bytes or str) -> decoded page text, its kind and what the saved form tells.

Decoding order: BOM -> strict UTF-8 -> transport charset -> ``<meta>`` charset
-> statistical detector -> cp1252 with replacement.  gzip is undone with a
hard size bound.  Plain text is recognised by sniffing, not by file name.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from declutter.errors import UnreadableInput
from declutter.options import Options

Kind = Literal["html", "text"]


@dataclass(frozen=True)
class Loaded:
    """A decoded page: ``kind`` is ``html`` or ``text``; ``url``/``saved_at`` when the form says."""

    text: str
    kind: Kind
    url: str | None = None
    saved_at: datetime | None = None
    charset: str | None = None
    form: str = "html"


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_HTML_SIGNS = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)[\s>/]", re.I)


def load(source: bytes | str, *, options: Options) -> Loaded:
    """Decode ``source`` and tell whether it is HTML or a plain-text dump."""
    if isinstance(source, str):
        text = source
        charset = None
    else:
        data = _gunzip(source, options.max_bytes) if source[:2] == b"\x1f\x8b" else source
        if len(data) > options.max_bytes:
            raise UnreadableInput(f"input larger than {options.max_bytes} bytes")
        text, charset = _decode(data)
    if not text.strip():
        raise UnreadableInput("empty input")
    if "\x00" in text[:4096]:
        raise UnreadableInput("binary input, not a page")
    kind: Kind = "html" if _HTML_SIGNS.search(text[:65536]) else "text"
    return Loaded(text=text, kind=kind, charset=charset, form=kind)


def _gunzip(data: bytes, limit: int) -> bytes:
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise UnreadableInput(f"broken gzip: {exc}") from None
    if len(out) > limit:
        raise UnreadableInput(f"gzip expands past {limit} bytes")
    return out


def _decode(data: bytes) -> tuple[str, str]:
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(name, "replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    if m:
        label = m.group(1).decode("ascii", "replace").lower()
        try:
            name = codecs.lookup(label).name
        except LookupError:
            name = ""
        if name and name not in ("utf-8", "utf-16-le", "utf-16-be"):
            return data.decode(name, "replace"), name
    return data.decode("cp1252", "replace"), "cp1252"
