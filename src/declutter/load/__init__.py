"""Raw input (bytes or str) -> decoded page text, its kind and what the saved form tells.

The stages, in order: refuse images/PDFs/too-large input (`sniff`), peel
gzip, HTTP headers and MHTML (`forms`), decode the bytes (`charsets`), refuse
binary junk, tell HTML from a plain-text dump (`sniff`), and read the URL
and save date that saving tools wrote into the page (`saved`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from declutter.errors import UnreadableInput
from declutter.load.charsets import decode
from declutter.load.forms import Unwrapped, unwrap
from declutter.load.saved import read_saved_page
from declutter.load.sniff import Kind, drop_controls, page_kind, refuse_binary, refuse_junk
from declutter.options import Options

__all__ = ["Kind", "Loaded", "load"]

_WRAPPED_TEXT = re.compile(r"^(?:HTTP/\d|MIME-Version:|From: <Saved by )", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Loaded:
    """A decoded page.

    ``kind`` is ``html`` or ``text``; ``url`` and ``saved_at`` come from the
    saved form (MHTML, HTTP headers, saved-page comments, canonical link)
    when it tells them; ``charset`` is the codec used (None for str input);
    ``form`` names the wrappers and saving tool, outermost first
    (``gzip+mhtml+html``).  ``utf8`` is ``text`` in UTF-8 when the input
    bytes were exactly that (the parser reads them instead of encoding the
    text again: ~0.15 ms a page), else None.
    """

    text: str
    kind: Kind
    url: str | None = None
    saved_at: datetime | None = None
    charset: str | None = None
    form: str = "html"
    utf8: bytes | None = field(default=None, repr=False)


def load(source: bytes | str, *, options: Options) -> Loaded:
    """Decode ``source`` and tell whether it is HTML or a plain-text dump.

    Raises `UnreadableInput` for empty, binary, oversized or broken input.
    """
    if isinstance(source, str) and _WRAPPED_TEXT.match(source):
        source = source.encode("utf-8", "surrogatepass")
    if isinstance(source, str):
        if len(source) > options.max_bytes:
            raise UnreadableInput(f"input larger than {options.max_bytes} bytes")
        wrapped, text, charset = Unwrapped(b""), _no_surrogates(source), None
        exact, decoded = False, text
        refuse_junk(text)
        text = drop_controls(text)
    else:
        if len(source) > options.max_bytes:
            raise UnreadableInput(f"input larger than {options.max_bytes} bytes")
        if not source or source.isspace():  # strip() would copy the page
            raise UnreadableInput("empty input")
        refuse_binary(source)
        wrapped = unwrap(source, limit=options.max_bytes)
        refuse_binary(wrapped.data)
        text, charset, exact = decode(wrapped.data, wrapped.charset)
        decoded = text
        refuse_junk(text)
        ascii_based = not charset.startswith("utf-16")
        text = drop_controls(text, wrapped.data if ascii_based else None)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():
        raise UnreadableInput("empty input")
    kind = page_kind(text)
    url, saved_at, forms = wrapped.url, wrapped.saved_at, list(wrapped.forms)
    if kind == "html":
        saved = read_saved_page(text, known_url=url)
        url, saved_at = saved.url, saved_at or saved.saved_at
        if saved.form:
            forms.append(saved.form)
    forms.append(kind)
    return Loaded(
        text=text,
        kind=kind,
        url=url,
        saved_at=saved_at,
        charset=charset,
        form="+".join(forms),
        utf8=wrapped.data if exact and text is decoded else None,
    )


def _no_surrogates(text: str) -> str:
    """Lone surrogates (possible only in str input) become U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text
