"""Decoded page text -> lxml tree.

The parser is told to keep going past any depth (libxml2 stops at 256 levels
by default and silently drops the rest), to drop comments and processing
instructions, and never to touch the network.
"""

from __future__ import annotations

from functools import lru_cache

import lxml.etree
import lxml.html

from declutter.errors import UnreadableInput


@lru_cache(maxsize=1)
def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(
        encoding="utf-8",
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
    )


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse decoded HTML into an ``<html>`` element; raise `UnreadableInput` if none."""
    data = text.encode("utf-8", "replace")
    if not data.strip():
        raise UnreadableInput("empty page")
    try:
        root = lxml.html.document_fromstring(data, parser=_parser())
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnreadableInput(f"cannot parse HTML: {exc}") from None
    if root is None:
        raise UnreadableInput("cannot parse HTML")
    return root
