"""Headline element -> the text lines just after it and just before it (nearest first).

The lines are the page's non-blank text nodes in document order (tails
included), read by walking the tree outwards from the headline and stopping
after `NEAR_AFTER` (`NEAR_BEFORE`) of them (a separator alone, "," between
category links, counts for none): an XPath ``following::text()``
reads the rest of the page first, a 50 MB inline script included.  Script,
style, noscript and template text count towards the limit but give no line.
"""

from __future__ import annotations

from collections.abc import Iterator

import lxml.etree
import lxml.html

#: Text nodes read after / before the headline for a printed date or credit.
NEAR_AFTER, NEAR_BEFORE = 25, 6
_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})
#: White space as XPath's ``normalize-space()`` knows it: a node of only these is blank.
_XML_SPACE = " \t\r\n"

#: One text node: (text, True when it is an element's text rather than a tail, the element).
_Text = tuple[str, bool, lxml.html.HtmlElement]


def near_headline(headline: lxml.html.HtmlElement | None) -> tuple[list[str], list[str]]:
    """Text lines just after the headline, and just before it (nearest first)."""
    if headline is None:
        return [], []
    return _lines(_following(headline), NEAR_AFTER), _lines(_preceding(headline), NEAR_BEFORE)


def _lines(nodes: Iterator[_Text], limit: int) -> list[str]:
    """The first ``limit`` non-blank text nodes, as lines, script text left out."""
    out = []
    seen = 0
    for text, own, el in nodes:
        if not text.strip(_XML_SPACE):
            continue
        if any(ch.isalnum() for ch in text):
            seen += 1  # a separator alone (",", "|", "»") is printed between, not a line
        if not (own and el.tag in _NOT_TEXT):
            line = " ".join(text.split())
            if line:
                out.append(line)
        if seen >= limit:
            break
    return out


def _following(el: lxml.html.HtmlElement) -> Iterator[_Text]:
    """Text nodes after ``el`` (not inside it), in document order."""
    node: lxml.html.HtmlElement | None = el
    while node is not None:
        if node.tail:
            yield node.tail, False, node
        for sib in node.itersiblings():
            yield from _inside(sib, reverse=False)
            if sib.tail:
                yield sib.tail, False, sib
        node = node.getparent()


def _preceding(el: lxml.html.HtmlElement) -> Iterator[_Text]:
    """Text nodes before ``el`` (not its ancestors' after it), nearest first."""
    node: lxml.html.HtmlElement | None = el
    while node is not None:
        for sib in node.itersiblings(preceding=True):
            if sib.tail:
                yield sib.tail, False, sib
            yield from _inside(sib, reverse=True)
        parent = node.getparent()
        if parent is not None and parent.text:
            yield parent.text, True, parent
        node = parent


def _inside(root: lxml.html.HtmlElement, *, reverse: bool) -> Iterator[_Text]:
    """Text nodes inside ``root`` (its own text, descendants' texts and tails; not its
    tail), in document order or reversed.  Comments and processing instructions hold
    no text node, but their tails are text.  A stack of child iterators, not recursion
    (trees run deep), read lazily: a list of 200,000 items costs nothing unread."""
    if reverse:
        yield from _inside_reversed(root)
        return
    # iterwalk (C) keeps the stack: a text at each start, a tail at each end
    for event, node in lxml.etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if node.text and isinstance(node.tag, str):
                yield node.text, True, node
        elif node.tail and node is not root:
            yield node.tail, False, node


def _inside_reversed(root: lxml.html.HtmlElement) -> Iterator[_Text]:
    stack = [(root, root.iterchildren(reversed=True))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if node.text and isinstance(node.tag, str):
                yield node.text, True, node
            continue
        if child.tail:
            yield child.tail, False, child
        stack.append((child, child.iterchildren(reversed=True)))
