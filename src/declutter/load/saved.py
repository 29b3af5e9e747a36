"""Decoded HTML -> the page URL and save date that saving tools wrote into it.

Read, in this order: Chrome/IE "Save Page As" (``<!-- saved from
url=(NNNN)URL -->``, NNNN being the URL's length and ``-%2D`` standing for
``--``), the SingleFile comment (``url:`` and ``saved date:``), then
``<link rel=canonical>`` (resolved against ``<base href>``), and last the base
itself when it names more than a site root.  Only the head of the page is
scanned, with plain regular expressions; nothing is fetched.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

#: How far into the page saved-page comments and ``<head>`` links are looked for (chars).
HEAD_WINDOW = 65536

_SAVED_FROM = re.compile(r"<!--\s*saved from url=\((\d{1,5})\)")
_SINGLEFILE = re.compile(r"<!--\s*Page saved with SingleFile(.{0,2000}?)-->", re.S)
_SF_URL = re.compile(r"^\s*url:\s*(\S+)", re.M)
_SF_DATE = re.compile(r"^\s*saved date:\s*(.+?)\s*$", re.M)
_JS_DATE = re.compile(
    r"(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{1,2}:\d{2}:\d{2})"
    r"(?:\s*(?:GMT|UTC)([+-]\d{4}))?"
)
_BASE = re.compile(r"""<base\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_LINK = re.compile(r"<link\b[^>]*>", re.I)
_REL_CANONICAL = re.compile(r"""\brel\s*=\s*["']?\s*canonical\b""", re.I)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


@dataclass(frozen=True)
class SavedPage:
    """What the page says about where it came from; ``form`` names the saving tool."""

    url: str | None = None
    saved_at: datetime | None = None
    form: str | None = None


def read_saved_page(text: str, *, known_url: str | None = None) -> SavedPage:
    """The URL and save date written into an HTML page by the tool that saved it."""
    head = text[:HEAD_WINDOW]
    url, saved_at, form = None, None, None
    saved_from = _saved_from(head) if "saved from url=" in head else None
    if saved_from:
        url, form = saved_from, "saved-from"
    single = _SINGLEFILE.search(head) if "Page saved with SingleFile" in head else None
    if single:
        form = "singlefile"
        found = _SF_URL.search(single.group(1))
        if found and _is_web(found.group(1)):
            url = url or found.group(1)
        date = _SF_DATE.search(single.group(1))
        saved_at = parse_js_date(date.group(1)) if date else None
    if known_url or url:
        return SavedPage(url=known_url or url, saved_at=saved_at, form=form)
    base = _attr(_BASE.search(head)) if "<base" in head or "<BASE" in head else None
    base = base if base and _is_web(base) else None
    canonical = _canonical(head, base)
    if not canonical and base and urlsplit(base).path.strip("/"):
        canonical = base
    return SavedPage(url=canonical, saved_at=saved_at, form=form)


def parse_js_date(value: str) -> datetime | None:
    """A JavaScript ``Date.toString()`` (``Mon Jan 10 2022 12:00:00 GMT+0100``) or ISO date."""
    match = _JS_DATE.search(value)
    if match:
        month, day, year, clock, offset = match.groups()
        stamp = f"{month} {day} {year} {clock} {offset or '+0000'}"
        try:
            return datetime.strptime(stamp, "%b %d %Y %H:%M:%S %z")
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _saved_from(head: str) -> str | None:
    match = _SAVED_FROM.search(head)
    if not match:
        return None
    length = int(match.group(1))
    rest = head[match.end() : match.end() + length + 8]
    url = rest[:length]
    for stop in ("-->", " ", "\n", "\t"):
        url = url.split(stop, 1)[0]
    url = url.replace("-%2D", "--")
    return url if _is_web(url) else None


def _canonical(head: str, base: str | None) -> str | None:
    if "canonical" not in head:
        return None
    for tag in _LINK.finditer(head):
        if _REL_CANONICAL.search(tag.group()):
            href = _attr(_HREF.search(tag.group()))
            if href:
                url = urljoin(base, href) if base else href
                return url if _is_web(url) else None
    return None


def _attr(match: re.Match[str] | None) -> str | None:
    if not match:
        return None
    value = next((g for g in match.groups() if g is not None), "")
    return html.unescape(value).strip() or None


def _is_web(url: str) -> bool:
    return url.startswith(("http://", "https://"))
