"""Tree -> `Segment`s: every block of visible text, in page order, with its features.

One pass over the tree (``lxml.etree.iterwalk``).  A block is the text owned
by one block-level element (``p``, ``li``, ``h2``, ``div`` with loose text,
...): text before a nested block element, inside it, and after it become three
blocks.  Data tables become one block each.  Each `Segment` carries what the
later stages need: text, Markdown, kind, short path, link characters, and the
chain of enclosing elements (`Frame`s, shared between blocks) whose
tag/class/id/role `classify` reads.  Nothing is labelled here.

Cost: Python work per element is a few attribute reads and one tuple (a
frame knows its parent and its inherited kind, so no block walks its
chain); white space is collapsed with ``str.split`` unless a character
it treats differently from `_SPACE` occurs.
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
#: Characters str.split() takes as white space and `_SPACE` does not (or the
#: reverse): where none occurs, split-and-join gives what `_clean` would.
_ODD_SPACE = re.compile("[\x1c-\x1f\x85\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]")
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit, as str.isalnum()


class Frame(NamedTuple):
    """One enclosing element: its tag and the attributes that say what it is.

    ``parent`` is the enclosing frame (None for the root) and ``kind`` the
    block kind its text takes (``h2``, ``li``, ``quote``, ``pre`` from the
    nearest such frame, else ``p``): both set once when the frame is pushed,
    so no per-block work walks the chain.
    """

    tag: str
    key: tuple[str, str, str, str]  # (tag, class, id, role)
    depth: int
    element: lxml.html.HtmlElement
    parent: Frame | None = None
    kind: str = "p"


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


#: A piece of block text: (text, Markdown, inside a link).
_Piece = tuple[str, str, bool]


class _Buffer:
    """The pieces of the block being read; emptied (not replaced) when it ends."""

    __slots__ = ("last_link", "markup", "open_links", "pieces")

    def __init__(self) -> None:
        self.pieces: list[_Piece] = []
        self.open_links: list[int] = []
        self.last_link: tuple[int, int] | None = None  # piece span of the last closed link
        self.markup = False  # a piece with Markdown of its own (link, emphasis) was added

    def add_markup(self, md: str, link: bool) -> None:
        self.pieces.append(("", md, link))
        self.markup = True

    def clear(self) -> None:
        self.pieces.clear()
        self.open_links.clear()
        self.last_link = None
        self.markup = False


def _push(frames: list[Frame], el: lxml.html.HtmlElement, tag: str) -> None:
    """Open a frame for ``el``: its attributes read once, its kind inherited."""
    get = el.get
    if frames:
        parent: Frame | None = frames[-1]
        kind = _OWN_KIND.get(tag) or frames[-1].kind
    else:
        parent, kind = None, _OWN_KIND.get(tag, "p")
    key = (tag, get("class") or "", get("id") or "", get("role") or "")
    frames.append(_new_frame(Frame, (tag, key, len(frames), el, parent, kind)))


_new_frame = tuple.__new__  # NamedTuple's own __new__ is a Python function: 2x slower

#: Tags that set the kind of the blocks inside them.
_OWN_KIND = {
    **{tag: tag for tag in rules.HEADING_TAGS},
    "li": "li",
    "pre": "pre",
    "blockquote": "quote",
}


def segments(tree: lxml.html.HtmlElement) -> list[Segment]:
    """Every text block of ``tree`` in page order (scripts, styles, svg removed from it)."""
    lxml.etree.strip_elements(tree, *rules.STRIP_TAGS, with_tail=False)
    out: list[Segment] = []
    frames: list[Frame] = []
    links = 0
    buf = _Buffer()
    pieces = buf.pieces
    skip, block_tags, emphasis = rules.SKIP_TAGS, rules.BLOCK_TAGS, rules.EMPHASIS
    walker = lxml.etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if tag.__class__ is not str or tag in skip or _hidden(el):
                walker.skip_subtree()
                continue
            if tag in block_tags or tag == "br":
                if tag == "br":
                    if _after_break(pieces):  # <br><br>: a paragraph break
                        _flush(buf, frames, out)
                    elif pieces:
                        pieces.append((_BR, _BR, False))
                    continue
                if pieces:
                    _flush(buf, frames, out)
            _push(frames, el, tag)
            if tag == "table" and _is_data_table(el):
                _table(el, frames, out)
                walker.skip_subtree()
                continue
            if tag == "pre":
                text = el.text_content().strip("\n")
                if text.strip():
                    out.append(_segment(out, text, frames, 0, f"```\n{text}\n```"))
                walker.skip_subtree()
                continue
            if tag == "a":
                links += 1
                buf.open_links.append(len(pieces))
                buf.add_markup("[", True)
            elif tag in emphasis:
                buf.add_markup(emphasis[tag], links > 0)
            text = el.text
            if text and (pieces or not text.isspace()):
                pieces.append((text, text, links > 0))
            continue
        # end event
        if not frames or frames[-1].element is not el:  # skipped, <br>, <img>
            text = el.tail
            if text and (pieces or not text.isspace()):
                pieces.append((text, text, links > 0))
            continue
        if tag in block_tags:
            if tag == "table" or tag == "pre":  # noqa: PLR1714 - str compare beats set build
                buf.clear()  # read whole at its start
            elif pieces:
                _flush(buf, frames, out)
        elif tag == "a":
            links = max(0, links - 1)
            if buf.open_links:
                start = buf.open_links.pop()
                href = el.get("href") or ""
                buf.add_markup(f"]({href})" if href else "]", True)
                buf.last_link = (start, len(pieces))
        elif tag in emphasis:
            buf.add_markup(emphasis[tag], links > 0)
        frames.pop()
        text = el.tail
        if text and (pieces or not text.isspace()):
            pieces.append((text, text, links > 0))
    _flush(buf, frames, out)
    return out


def _after_break(pieces: list[_Piece]) -> bool:
    """Whether the buffer ends with a ``<br>`` (and white space)."""
    for text, _, _ in reversed(pieces):
        if text == _BR:
            return True
        if text and not text.isspace():
            return False
    return False


def _hidden(el: lxml.html.HtmlElement) -> bool:
    get = el.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _clean(text: str) -> str:
    """Runs of white space to one space, ``<br>`` to a line break, blank lines dropped."""
    if _plain_spaces(text):
        return " ".join(text.split())  # the same here, in C, without a regex substitution
    text = _SPACE.sub(" ", text.replace("\n", " "))
    if _BR in text:
        text = _BREAKS.sub("\n", text.replace(_BR, "\n"))
    return text.strip(" \n")


def _plain_spaces(text: str) -> bool:
    """Whether ``text`` holds none of the `_ODD_SPACE` characters (ASCII: four ``in`` scans)."""
    if text.isascii():
        return not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)
    return not _ODD_SPACE.search(text)


def _flush(buf: _Buffer, frames: list[Frame], out: list[Segment]) -> None:
    """Turn the buffer into a `Segment` (if it holds a letter or digit) and empty it."""
    segment = _read(buf, frames, out)
    buf.clear()
    if segment is not None:
        out.append(segment)


def _read(buf: _Buffer, frames: list[Frame], out: list[Segment]) -> Segment | None:
    pieces = buf.pieces
    if not pieces:
        return None
    trimmed = ""
    if buf.last_link is not None:  # cheapest test first: nothing after the link
        start, end = buf.last_link
        after = "".join([p[0] for p in pieces[end:]]).strip(" \t\n.…»›>)]")
        if not after:
            link_text = "".join([p[0] for p in pieces[start:end]]).strip()
            if (
                link_text
                and _READ_MORE.match(link_text)
                and "".join([p[0] for p in pieces[:start]]).strip()
            ):
                trimmed = link_text
                pieces = pieces[:start]
    text = _clean("".join([p[0] for p in pieces]))
    if not text or not _ALNUM.search(text):
        return None
    links = any(p[2] for p in pieces)
    for i in buf.open_links:  # a link still open when its block ended: no Markdown link
        if i < len(pieces):
            pieces[i] = ("", "", True)
    md = _clean("".join([p[1] for p in pieces])) if buf.markup else text
    link_chars = len(_clean("".join([p[0] for p in pieces if p[2]]))) if links else 0
    kind = frames[-1].kind if frames else "p"
    return _segment(out, text, frames, link_chars, _decorate(md, kind), trimmed)


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
    frames: list[Frame],
    link_chars: int,
    md: str | None,
    trimmed: str = "",
    kind: str | None = None,
) -> Segment:
    return Segment(
        index=len(out),
        text=text,
        kind=kind or (frames[-1].kind if frames else "p"),
        path=_path(frames),
        link_chars=link_chars,
        chain=tuple(frames),
        markdown=md if md != text else None,
        trimmed_link=trimmed,
    )


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


def _table(table: lxml.html.HtmlElement, frames: list[Frame], out: list[Segment]) -> None:
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
    out.append(_segment(out, text, frames, links, "\n".join(md_rows), kind="table"))
