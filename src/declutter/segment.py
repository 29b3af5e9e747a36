"""Tree -> `Segment`s: every block of visible text, in page order, with its features.

One pass over the tree (``lxml.etree.iterwalk``).  A block is the text owned
by one block-level element (``p``, ``li``, ``h2``, ``div`` with loose text,
...): text before a nested block element, inside it, and after it become three
blocks.  Data tables become one block each.  Each `Segment` carries what the
later stages need: text, Markdown, kind, short path, link characters, and the
chain of enclosing elements (`Frame`s, shared between blocks) whose
tag/class/id/role `classify` reads.  Nothing is labelled here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

import lxml.etree
import lxml.html

from declutter import rules

#: A table is rendered as data (one block) only below these sizes.
MAX_DATA_CELL_CHARS = 400
MIN_DATA_ROWS = 2
MIN_DATA_COLUMNS = 2

_READ_MORE = re.compile(rules.READ_MORE_LINK, re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_BR = "\u2028"  # stands for <br> in the text buffer; source newlines are spaces
_BREAKS = re.compile(r" ?\n[ \n]*")


class Frame(NamedTuple):
    """One enclosing element: its tag and the attributes that say what it is."""

    tag: str
    key: tuple[str, str, str, str]  # (tag, class, id, role)
    depth: int
    element: lxml.html.HtmlElement


@dataclass(frozen=True)
class Segment:
    """One block of page text and its features, before any label."""

    index: int
    text: str
    kind: str
    path: str
    link_chars: int
    chain: tuple[Frame, ...] = field(repr=False)
    markdown: str | None = None
    trimmed_link: str = ""  # a trailing "read more" link cut from the text

    @property
    def owner(self) -> Frame:
        return self.chain[-1]

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))

    @property
    def heading_level(self) -> int:
        return int(self.kind[1]) if self.kind[0] == "h" and self.kind[1:].isdigit() else 0


class _Piece(NamedTuple):
    text: str
    md: str
    link: bool


@dataclass
class _Buffer:
    pieces: list[_Piece] = field(default_factory=list)
    open_links: list[int] = field(default_factory=list)
    last_link: tuple[int, int] | None = None  # piece span of the last closed link


def segments(tree: lxml.html.HtmlElement) -> list[Segment]:
    """Every text block of ``tree`` in page order (scripts, styles, svg removed from it)."""
    lxml.etree.strip_elements(tree, *rules.STRIP_TAGS, with_tail=False)
    out: list[Segment] = []
    stack: list[Frame] = []
    links = 0
    buf = _Buffer()
    walker = lxml.etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or tag in rules.SKIP_TAGS or _hidden(el):
                walker.skip_subtree()
                continue
            if tag in rules.BLOCK_TAGS or tag == "br":
                if tag == "br":
                    if _after_break(buf):  # <br><br>: a paragraph break
                        _flush(buf, stack, out)
                        buf = _Buffer()
                    elif buf.pieces:
                        buf.pieces.append(_Piece(_BR, _BR, False))
                    continue
                _flush(buf, stack, out)
                buf = _Buffer()
            frame = _frame(el, tag, len(stack))
            stack.append(frame)
            if tag == "table" and _is_data_table(el):
                _table(el, stack, out)
                walker.skip_subtree()
                continue
            if tag == "pre":
                text = el.text_content().strip("\n")
                if text.strip():
                    out.append(_segment(out, text, "pre", stack, 0, f"```\n{text}\n```"))
                walker.skip_subtree()
                continue
            if tag == "a":
                links += 1
                buf.open_links.append(len(buf.pieces))
                buf.pieces.append(_Piece("", "[", True))
            elif tag in rules.EMPHASIS:
                buf.pieces.append(_Piece("", rules.EMPHASIS[tag], links > 0))
            if el.text and (buf.pieces or not el.text.isspace()):
                buf.pieces.append(_Piece(el.text, el.text, links > 0))
            continue
        # end event
        if not stack or stack[-1].element is not el:  # skipped, <br>, <img>
            if el.tail and (buf.pieces or not el.tail.isspace()):
                buf.pieces.append(_Piece(el.tail, el.tail, links > 0))
            continue
        stack_top = stack[-1]
        if tag in ("table", "pre"):
            buf = _Buffer()
        elif tag in rules.BLOCK_TAGS:
            _flush(buf, stack, out)
            buf = _Buffer()
        elif tag == "a":
            links = max(0, links - 1)
            if buf.open_links:
                start = buf.open_links.pop()
                href = stack_top.element.get("href") or ""
                buf.pieces.append(_Piece("", f"]({href})" if href else "]", True))
                buf.last_link = (start, len(buf.pieces))
        elif tag in rules.EMPHASIS:
            buf.pieces.append(_Piece("", rules.EMPHASIS[tag], links > 0))
        stack.pop()
        if el.tail and (buf.pieces or not el.tail.isspace()):
            buf.pieces.append(_Piece(el.tail, el.tail, links > 0))
    _flush(buf, stack, out)
    return out


def _after_break(buf: _Buffer) -> bool:
    """Whether the buffer ends with a ``<br>`` (and white space)."""
    for piece in reversed(buf.pieces):
        if piece.text == _BR:
            return True
        if piece.text and not piece.text.isspace():
            return False
    return False


def _hidden(el: lxml.html.HtmlElement) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _frame(el: lxml.html.HtmlElement, tag: str, depth: int) -> Frame:
    key = (tag, el.get("class") or "", el.get("id") or "", el.get("role") or "")
    return Frame(tag=tag, key=key, depth=depth, element=el)


def _clean(text: str) -> str:
    """Runs of white space to one space, ``<br>`` to a line break, blank lines dropped."""
    text = _SPACE.sub(" ", text.replace("\n", " "))
    if _BR in text:
        text = _BREAKS.sub("\n", text.replace(_BR, "\n"))
    return text.strip(" \n")


def _flush(buf: _Buffer, stack: list[Frame], out: list[Segment]) -> None:
    if not buf.pieces:
        return
    trimmed = ""
    pieces = buf.pieces
    if buf.last_link is not None:
        start, end = buf.last_link
        after = "".join(p.text for p in pieces[end:]).strip(" \t\n.…»›>)]")
        link_text = "".join(p.text for p in pieces[start:end]).strip()
        before = "".join(p.text for p in pieces[:start]).strip()
        if not after and before and link_text and _READ_MORE.match(link_text):
            trimmed = link_text
            pieces = pieces[:start]
    text = _clean("".join(p.text for p in pieces))
    if not text or not any(c.isalnum() for c in text):
        return
    links = any(p.link for p in pieces)
    for i in buf.open_links:  # a link still open when its block ended: no Markdown link
        if i < len(pieces):
            pieces[i] = _Piece("", "", True)
    md = _clean("".join(p.md for p in pieces)) if any(p.md != p.text for p in pieces) else text
    link_chars = len(_clean("".join(p.text for p in pieces if p.link))) if links else 0
    kind = _kind(stack)
    out.append(_segment(out, text, kind, stack, link_chars, _decorate(md, kind), trimmed))


def _decorate(md: str, kind: str) -> str:
    if kind.startswith("h") and kind[1:].isdigit():
        return "#" * int(kind[1]) + " " + md.replace("\n", " ")
    if kind == "li":
        return "- " + md.replace("\n", "\n  ")
    if kind == "quote":
        return "> " + md.replace("\n", "\n> ")
    return md


def _segment(  # noqa: PLR0917 - one call shape, used three times
    out: list[Segment],
    text: str,
    kind: str,
    stack: list[Frame],
    link_chars: int,
    md: str | None,
    trimmed: str = "",
) -> Segment:
    return Segment(
        index=len(out),
        text=text,
        kind=kind,
        path=_path(stack),
        link_chars=link_chars,
        chain=tuple(stack),
        markdown=md if md != text else None,
        trimmed_link=trimmed,
    )


def _kind(stack: list[Frame]) -> str:
    for frame in stack[::-1]:
        tag = frame.tag
        if tag in rules.HEADING_TAGS or tag in ("li", "pre"):
            return tag
        if tag == "blockquote":
            return "quote"
    return "p"


def _path(stack: list[Frame]) -> str:
    parts = []
    for frame in stack[-2:]:
        cls = frame.key[1].split()
        parts.append(f"{frame.tag}.{cls[0]}" if cls else frame.tag)
    return " > ".join(parts)


def _is_data_table(table: lxml.html.HtmlElement) -> bool:
    """Rows and columns of short cells, no nested table: data, not layout."""
    rows = 0
    wide = False
    for el in table.iterdescendants():
        tag = el.tag
        if tag == "table":
            return False
        if tag == "tr":
            rows += 1
            wide = wide or sum(1 for c in el if c.tag in ("td", "th")) >= MIN_DATA_COLUMNS
        elif tag in ("td", "th") and len(el.text_content()) > MAX_DATA_CELL_CHARS:
            return False
    return rows >= MIN_DATA_ROWS and wide


def _table(table: lxml.html.HtmlElement, stack: list[Frame], out: list[Segment]) -> None:
    rows: list[list[str]] = []
    for tr in table.iter("tr"):
        cells = [_clean(c.text_content()).replace("\n", " ") for c in tr if c.tag in ("td", "th")]
        if any(cells):
            rows.append(cells)
    if not rows:
        return
    text = "\n\n".join(" | ".join(row) for row in rows)  # a paragraph a row in text output
    width = max(len(r) for r in rows)
    md_rows = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
    md_rows.insert(1, "|" + " --- |" * width)
    links = sum(len(_clean(a.text_content())) for a in table.iter("a"))
    out.append(_segment(out, text, "table", stack, links, "\n".join(md_rows)))
