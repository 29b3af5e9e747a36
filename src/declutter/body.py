"""Tree -> every block of the page, in order, labelled (content or why not).

PLACEHOLDER: readability-lxml's summary split into paragraphs.  Replaced by
segment -> classify -> select.
"""

from __future__ import annotations

import lxml.html
from readability import Document

from declutter.model import Block, Metadata
from declutter.options import Options


def body_blocks(
    tree: lxml.html.HtmlElement, *, hints: Metadata, options: Options
) -> tuple[Block, ...]:
    html = lxml.html.tostring(tree, encoding="unicode")
    summary = Document(html).summary(html_partial=True)
    frag = lxml.html.fragment_fromstring(summary, create_parent="div")
    blocks = []
    for el in frag.iter("p", "h1", "h2", "h3", "h4", "li", "pre", "blockquote"):
        text = " ".join(el.text_content().split())
        if text:
            blocks.append(Block(text=text, kind=el.tag))
    return tuple(blocks)
