"""Tree -> `Segment`s: every block of visible text, in page order, with its features.

One pass over the tree (``lxml.etree.iterwalk``).  A block is the text owned
by one block-level element (``p``, ``li``, ``h2``, ``div`` with loose text,
...): text before a nested block element, inside it, and after it become three
blocks.  Data tables become one block each, and so does a list of more than
`MAX_LIST_ITEMS` items that is nearly all links (a sitemap, a tag cloud: work
stays bounded).  Each `Segment` carries what the
later stages need: text, Markdown, kind, short path, link characters, and the
chain of enclosing elements (`Frame`s, shared between blocks) whose
tag/class/id `classify` reads.  Nothing is labelled here.

Cost: Python work per element is one read of its attribute names (the
hidden-or-not values are read only when named) and list appends, inlined
in one loop; an element's `Frame` (class and id read, parent and
inherited kind set once) is built only when a block is read inside it, so
inline elements and empty wrappers never get one, and blocks in one
element share its chain tuple.  Text is cleaned by `blocktext.clean`, which
also reads data tables and long link lists whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

import lxml.etree
import lxml.html

from declutter.body import rules, textrules
from declutter.body.blocktext import (
    BR,
    LINK_LIST_SHARE,
    LIST_TAGS,
    MAX_LIST_ITEMS,
    clean,
    is_data_table,
    link_share,
    read_link_list,
    read_table,
)
from declutter.clock import CHECK_EVERY, checkpoint

#: Visible blocks holding less text than this make `page_segments` look at the hidden ones ...
FEW_VISIBLE_CHARS = 200
#: ... and take them when they hold this many times more text.
HIDDEN_GAIN = 5

_READ_MORE = re.compile(textrules.READ_MORE_LINK, re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit, as str.isalnum()


class Frame(NamedTuple):
    """One enclosing element: its tag and the attributes that say what it is.

    ``parent`` is the enclosing frame (None for the root) and ``kind`` the
    block kind its text takes (``h2``, ``li``, ``quote``, ``pre`` from the
    nearest such frame, else ``p``): both set once when the frame is pushed,
    so no per-block work walks the chain.
    """

    tag: str
    key: tuple[str, str, str]  # (tag, class, id): ARIA roles say nothing more (docs/ablation.md)
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


class _Buffer:
    """The pieces of the block being read, as parallel lists; emptied (not replaced) when
    it ends.  A piece is text (``texts``) and its Markdown (``marks``: the same string,
    or link and emphasis markers with no text); ``linked`` holds the indexes of the
    text pieces inside a link.  No tuple per piece: the loop runs for every text node."""

    __slots__ = ("last_link", "linked", "marks", "markup", "open_links", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.marks: list[str] = []
        self.linked: list[int] = []
        self.open_links: list[int] = []
        self.last_link: tuple[int, int] | None = None  # piece span of the last closed link
        self.markup = False  # a piece with Markdown of its own (link, emphasis) was added

    def add_markup(self, md: str) -> None:
        self.texts.append("")
        self.marks.append(md)
        self.markup = True

    def clear(self) -> None:
        self.texts.clear()
        self.marks.clear()
        self.linked.clear()
        self.open_links.clear()
        self.last_link = None
        self.markup = False


class _Open:
    """The open elements, outermost first, and the `Frame`s of those a block was read in.

    A frame (attributes read, parent linked) is built only when a block needs
    the chain: inline elements and wrappers that hold no block of their own
    never get one.  Consecutive blocks under the same element share one chain
    and path.  `segments` pushes and pops the lists itself (no method call per
    element).
    """

    __slots__ = ("chain", "elements", "frames", "kinds", "names", "path", "tags")

    def __init__(self) -> None:
        self.elements: list[lxml.html.HtmlElement] = []
        self.tags: list[str] = []
        self.kinds: list[str] = []  # block kind each open element gives its text
        self.frames: list[Frame] = []  # frames of elements[: len(frames)]
        self.names: list[str] = []  # ``tag.first-class`` of each frame, for paths
        self.chain: tuple[Frame, ...] = ()  # the last chain handed out, and its path
        self.path = ""

    def kind(self) -> str:
        return self.kinds[-1] if self.kinds else "p"

    def read(self) -> tuple[tuple[Frame, ...], str]:
        """The frames of all open elements, outermost first, and the block path."""
        frames, elements = self.frames, self.elements
        size = len(elements)
        if len(self.chain) == size and (not size or self.chain[-1] is frames[-1]):
            return self.chain, self.path
        for depth in range(len(frames), size):
            get, tag = elements[depth].get, self.tags[depth]
            cls = get("class") or ""
            key = (tag, cls, get("id") or "")
            parent = frames[-1] if frames else None
            frame = (tag, key, depth, elements[depth], parent, self.kinds[depth])
            frames.append(_new_frame(Frame, frame))
            self.names.append(f"{tag}.{cls.split(None, 1)[0]}" if cls.strip() else tag)
        self.chain = tuple(frames)
        self.path = " > ".join(self.names[-2:])
        return self.chain, self.path


_new_frame = tuple.__new__  # NamedTuple's own __new__ is a Python function: 2x slower
_new_object = object.__new__

#: Tags that set the kind of the blocks inside them.
_OWN_KIND = {
    **{tag: tag for tag in rules.HEADING_TAGS},
    "li": "li",
    "pre": "pre",
    "blockquote": "quote",
}


def page_segments(tree: lxml.html.HtmlElement) -> list[Segment]:
    """The page's visible blocks; or, when those hold next to nothing, its hidden ones too.

    A page whose whole story sits in an element hidden by a style or an
    attribute (shown by a script once the page has loaded: ``<body
    style="visibility:hidden">``, ``<div id="wrap" style="display:none">``)
    has no visible text when saved.  Its hidden text is then its text: read
    again with hidden elements shown, when that gives `HIDDEN_GAIN` times more.
    """
    segs = segments(tree)
    visible = sum(len(seg.text) for seg in segs)
    if visible >= FEW_VISIBLE_CHARS:
        return segs
    shown = segments(tree, show_hidden=True)
    return shown if sum(len(seg.text) for seg in shown) >= HIDDEN_GAIN * max(visible, 1) else segs


def segments(tree: lxml.html.HtmlElement, *, show_hidden: bool = False) -> list[Segment]:
    """Every text block of ``tree`` in page order (scripts, styles, svg removed from it).

    One loop, its steps inlined: it runs twice per element of the page.
    Elements hidden by a style or an attribute are left out unless ``show_hidden``.
    """
    lxml.etree.strip_elements(tree, *rules.STRIP_TAGS, with_tail=False)
    out: list[Segment] = []
    stack = _Open()
    opened, tags, kinds, frames = stack.elements, stack.tags, stack.kinds, stack.frames
    names = stack.names
    links = 0
    buf = _Buffer()
    texts, marks, linked = buf.texts, buf.marks, buf.linked
    skip, block_tags, emphasis = rules.SKIP_TAGS, rules.BLOCK_TAGS, rules.EMPHASIS
    own_kind = _OWN_KIND
    hidden_style = _HIDDEN_STYLE.search
    hide = not show_hidden
    walker = lxml.etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if tag.__class__ is not str or (tag in skip and not _left_open(el, tag)):
                walker.skip_subtree()
                continue
            attrs = el.keys()  # one call; most elements have none of the three read below
            if (
                hide
                and ("hidden" in attrs or "aria-hidden" in attrs or "style" in attrs)
                and (
                    el.get("hidden") is not None
                    or el.get("aria-hidden") == "true"
                    or ((style := el.get("style")) and hidden_style(style))
                )
            ):
                walker.skip_subtree()
                continue
            if tag in block_tags:
                if texts:
                    _flush(buf, stack, out)
            elif tag == "br":
                if _after_break(texts):  # <br><br>: a paragraph break
                    _flush(buf, stack, out)
                elif texts:
                    texts.append(BR)
                    marks.append(BR)
                continue
            opened.append(el)
            tags.append(tag)
            kinds.append(own_kind.get(tag) or (kinds[-1] if kinds else "p"))
            if tag == "a":
                links += 1
                buf.open_links.append(len(texts))
                buf.add_markup("[")
            elif tag in emphasis:
                buf.add_markup(emphasis[tag])
            elif tag == "table" and is_data_table(el):
                _whole(read_table(el), "table", stack, out)
                walker.skip_subtree()
                continue
            elif (
                tag in LIST_TAGS
                and len(el) > MAX_LIST_ITEMS
                and (share := link_share(el)) >= LINK_LIST_SHARE
            ):
                _whole(read_link_list(el, share), "li", stack, out)
                walker.skip_subtree()
                continue
            elif tag == "pre":
                text = el.text_content().strip("\n")
                if text.strip():
                    out.append(_segment(out, text, stack, 0, f"```\n{text}\n```"))
                walker.skip_subtree()
                continue
            text = el.text
            if text and (texts or not text.isspace()):
                if links:
                    linked.append(len(texts))
                texts.append(text)
                marks.append(text)
            continue
        # end event
        if not opened or opened[-1] is not el:  # skipped, <br>
            text = el.tail
            if text and (texts or not text.isspace()):
                if links:
                    linked.append(len(texts))
                texts.append(text)
                marks.append(text)
            continue
        tag = tags[-1]
        if tag in block_tags:
            if tag == "table" or tag == "pre":  # noqa: PLR1714 - str compare beats set build
                buf.clear()  # read whole at its start
            elif texts:
                _flush(buf, stack, out)
        elif tag == "a":
            links = max(0, links - 1)
            if buf.open_links:
                start = buf.open_links.pop()
                href = el.get("href") or ""
                buf.add_markup(f"]({href})" if href else "]")
                buf.last_link = (start, len(texts))
        elif tag in emphasis:
            buf.add_markup(emphasis[tag])
        opened.pop()
        tags.pop()
        kinds.pop()
        if len(frames) > len(opened):
            frames.pop()
            names.pop()
        text = el.tail
        if text and (texts or not text.isspace()):
            if links:
                linked.append(len(texts))
            texts.append(text)
            marks.append(text)
    _flush(buf, stack, out)
    return out


def _after_break(texts: list[str]) -> bool:
    """Whether the buffer ends with a ``<br>`` (and white space)."""
    for text in reversed(texts):
        if text == BR:
            return True
        if text and not text.isspace():
            return False
    return False


def _left_open(el: lxml.html.HtmlElement, tag: str) -> bool:
    """A ``<button>`` holding paragraphs was left unclosed by the markup: the parser
    put the rest of the page inside it, so its contents are read, not skipped."""
    return tag == "button" and next(el.iter("p"), None) is not None


def _flush(buf: _Buffer, stack: _Open, out: list[Segment]) -> None:
    """Turn the buffer into a `Segment` (if it holds a letter or digit) and empty it."""
    segment = _read(buf, stack, out)
    buf.clear()
    if segment is not None:
        out.append(segment)
        if not len(out) % CHECK_EVERY:  # a page of 100,000 blocks stops at its time limit
            checkpoint("segment")


def _read(buf: _Buffer, stack: _Open, out: list[Segment]) -> Segment | None:
    texts, marks, linked = buf.texts, buf.marks, buf.linked
    if not texts:
        return None
    trimmed = ""
    if buf.last_link is not None:  # cheapest test first: nothing after the link
        start, end = buf.last_link
        after = "".join(texts[end:]).strip(" \t\n.…»›>)]")
        if not after:
            link_text = "".join(texts[start:end]).strip()
            if link_text and _READ_MORE.match(link_text) and "".join(texts[:start]).strip():
                trimmed = link_text
                texts, marks = texts[:start], marks[:start]
                linked = [i for i in linked if i < start]
    raw = "".join(texts)
    text = clean(raw)
    if not text or not (text[0].isalnum() or _ALNUM.search(text)):  # most start with one
        return None
    md = text
    if buf.markup:
        for i in buf.open_links:  # a link still open when its block ended: no Markdown link
            if i < len(marks):
                marks[i] = ""
        md = clean("".join(marks))
    kind = stack.kinds[-1] if stack.kinds else "p"
    if kind != "p":
        md = _decorate(md, kind)
    chain, path = stack.read()
    # made without Segment.__init__, which sets each field of a frozen dataclass
    # through object.__setattr__: 3x slower, and one is made per block of the page
    seg = _new_object(Segment)
    seg.__dict__.update(
        index=len(out),
        text=text,
        kind=kind,
        path=path,
        link_chars=_link_chars(texts, linked, raw, text),
        chain=chain,
        markdown=md if md != text else None,
        trimmed_link=trimmed,
    )
    return seg


def _link_chars(texts: list[str], linked: list[int], raw: str, text: str) -> int:
    """Characters of the block's cleaned text inside links."""
    if not linked:
        return 0
    inside = "".join([texts[i] for i in linked])
    if len(inside) == len(raw):  # all of it (a menu item): no second clean
        return len(text)
    return len(clean(inside))


def _decorate(md: str, kind: str) -> str:
    if kind.startswith("h") and kind[1:].isdigit():
        return "#" * int(kind[1]) + " " + md.replace("\n", " ")
    if kind == "li":
        return "- " + md.replace("\n", "\n  ")
    if kind == "quote":
        return "> " + md.replace("\n", "\n> ")
    return md


def _segment(  # noqa: PLR0917 - one call shape, used twice
    out: list[Segment],
    text: str,
    stack: _Open,
    link_chars: int,
    md: str | None,
    trimmed: str = "",
    kind: str | None = None,
) -> Segment:
    chain, path = stack.read()
    return Segment(
        index=len(out),
        text=text,
        kind=kind or stack.kind(),
        path=path,
        link_chars=link_chars,
        chain=chain,
        markdown=md if md != text else None,
        trimmed_link=trimmed,
    )


def _whole(read: tuple[str, str, int] | None, kind: str, stack: _Open, out: list[Segment]) -> None:
    """The block of an element read whole (text, Markdown, link characters), if any."""
    if read is not None:
        text, md, links = read
        out.append(_segment(out, text, stack, links, md, kind=kind))
