"""Decoded page text -> lxml tree, as a reader would have seen the page.

The parser drops comments and processing instructions and never touches the
network (no DTD, no entity, no XInclude is ever fetched or expanded).

Limits: the first parse keeps libxml2's default limits (256 levels of
nesting, 10 MB per text node).  libxml2 does not fail on a limit, it stops
and returns what it read so far, so the article after a deep ``<div>`` pile
would silently vanish.  When a limit is reported, the page is parsed again:
nesting is first capped the way browsers cap it (`flatten`), and the second
parser takes text nodes of any size.  What was done is returned as notes by
`parse_page` and logged on the ``declutter.parse`` logger (INFO when the
page was read whole, WARNING when it was cut short; never a `warnings`
warning).

Hidden copies: a page whose article sits only in ``<noscript>`` (an app
shell saved without its script) or in an ``<iframe srcdoc>`` shows it to a
reader; when such a hidden copy holds more text than the rest of the page,
it is put in the tree as an ordinary ``<div>``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

import lxml.etree
import lxml.html

from declutter.errors import UnreadableInput
from declutter.flatten import FLAT_DEPTH, flatten

#: A page too deep for the parser is flattened only below this many tags
#: (about 3 s); above it, the parser keeps what it read up to its hard cap.
MAX_FLATTEN_TAGS = 1_000_000
#: A hidden copy (noscript, iframe srcdoc) needs this much text to be shown.
MIN_HIDDEN_CHARS = 200
#: libxml2's error type for a parser limit (depth, text node size).
RESOURCE_LIMIT = "ERR_RESOURCE_LIMIT"
#: At most this many hidden copies are measured (each srcdoc is a parse).
MAX_HIDDEN_CANDIDATES = 8
#: Attribute naming where a shown hidden copy came from.
SHOWN_MARK = "data-declutter-shown"

_LOG = logging.getLogger(__name__)
_LOG.addHandler(logging.NullHandler())  # a library: no stderr lines unless the caller logs

_VISIBLE_TEXT = lxml.etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template or ancestor::iframe)]"
)


@lru_cache(maxsize=2)
def _parser(huge: bool) -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        huge_tree=huge,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
    )
    # Every element an `HtmlElement`, chosen in C: lxml.html's own lookup calls
    # Python for each element object made (a third of a bare tree walk) only
    # to pick form-field subclasses declutter never uses.
    parser.set_element_class_lookup(
        lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


@dataclass(frozen=True)
class Parsed:
    """The tree and what was done to read it (``notes``, empty for nearly every page)."""

    root: lxml.html.HtmlElement
    notes: tuple[str, ...] = ()


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse decoded HTML into an ``<html>`` element; raise `UnreadableInput` if none."""
    return parse_page(text).root


def parse_page(text: str, *, utf8: bytes | None = None) -> Parsed:
    """`parse_html` with notes on limits met and hidden copies shown; ``utf8``, when
    given, is ``text`` in UTF-8 already (the input bytes), read instead of a new copy."""
    if not text or text.isspace():
        raise UnreadableInput("empty page")
    root, notes = _parse(text, utf8)
    shown = _show_hidden_copy(root)
    if shown:
        _LOG.info("%s", shown)
        notes.append(shown)
    return Parsed(root, tuple(notes))


def _parse(text: str, utf8: bytes | None = None) -> tuple[lxml.html.HtmlElement, list[str]]:
    notes: list[str] = []
    # once: a 50 MB page is not copied again
    data = utf8 if utf8 is not None else text.encode("utf-8", "replace")
    root, limit = _parse_once(data, huge=False)
    if limit is None:
        return root, notes
    del root  # the partial tree goes before the second parse builds the whole one
    if "depth" in limit:
        tags = text.count("<")
        if tags <= MAX_FLATTEN_TAGS:
            text, moved = flatten(text)
            data = text.encode("utf-8", "replace")
            note = f"nested too deep: {moved} elements moved up to {FLAT_DEPTH} levels"
            _LOG.warning("%s", note)  # a limit met: the layout below is flattened
            notes.append(note)
        else:
            note = f"nested too deep and too many tags ({tags}) to flatten"
            _LOG.warning("%s", note)
            notes.append(note)
    root, limit = _parse_once(data, huge=True)
    if limit is not None:
        note = f"page cut short by a parser limit: {limit}"
        _LOG.warning("%s", note)
        notes.append(note)
    return root, notes


def _parse_once(data: bytes, *, huge: bool) -> tuple[lxml.html.HtmlElement, str | None]:
    """The tree of UTF-8 ``data`` and the message of the parser limit hit, if one was."""
    parser = _parser(huge)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnreadableInput(f"cannot parse HTML: {exc}") from None
    if root is None:
        raise UnreadableInput("cannot parse HTML")
    limit = next(
        (" ".join(e.message.split()) for e in parser.error_log if e.type_name == RESOURCE_LIMIT),
        None,
    )
    return root, limit


def _show_hidden_copy(root: lxml.html.HtmlElement) -> str | None:
    """Put the largest hidden copy in the tree when it outweighs the visible text; say so."""
    # A cheap upper bound first: most <noscript> hold a tracking pixel and no text.
    candidates: list[tuple[int, lxml.html.HtmlElement]] = []
    for holder in root.iter("noscript", "iframe"):
        bound = (
            len(holder.get("srcdoc") or "")
            if holder.tag == "iframe"
            else len(holder.text_content())
        )
        if bound >= MIN_HIDDEN_CHARS:
            candidates.append((bound, holder))
    candidates.sort(key=lambda c: c[0], reverse=True)
    best: lxml.html.HtmlElement | None = None
    best_chars = MIN_HIDDEN_CHARS - 1
    for bound, holder in candidates[:MAX_HIDDEN_CANDIDATES]:
        if bound <= best_chars:
            break
        frame = _frame_body(holder) if holder.tag == "iframe" else holder
        chars = len(" ".join(frame.text_content().split())) if frame is not None else 0
        if chars > best_chars:
            best, best_chars = holder, chars
    if best is None:
        return None
    visible = sum(len(" ".join(t.split())) for t in _strings(_VISIBLE_TEXT(root)))
    if best_chars <= visible:
        return None
    note = f"text shown from a hidden <{best.tag}> ({best_chars} chars against {visible} visible)"
    if best.tag == "iframe":
        _inline_frame(best)
    else:
        best.tag = "div"
        best.set(SHOWN_MARK, "noscript")
    return note


def _strings(found: object) -> list[str]:
    items = found if isinstance(found, list) else []
    return [str(t) for t in items if isinstance(t, str)]


def _frame_body(iframe: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``<body>`` of an ``<iframe srcdoc>`` document (nested frames stay hidden)."""
    srcdoc = iframe.get("srcdoc") or ""
    if not srcdoc.strip():
        return None
    try:
        doc, _ = _parse(srcdoc)
    except UnreadableInput:
        return None
    return doc.find("body")


def _inline_frame(iframe: lxml.html.HtmlElement) -> None:
    body = _frame_body(iframe)
    parent = iframe.getparent()
    if body is None or parent is None:
        return
    box = lxml.html.Element("div")
    box.set(SHOWN_MARK, "iframe srcdoc")
    box.text = body.text
    box.extend(list(body))
    box.tail = iframe.tail
    parent.replace(iframe, box)
