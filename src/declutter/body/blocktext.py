"""Block text -> clean text; an element read whole -> its block's text, Markdown, links.

`clean` collapses white space the way a browser shows it (``BR`` marks a
``<br>`` in the pieces of a block).  Data tables and very long lists of links
are read whole into one block each: `read_table` (a paragraph a row, a
Markdown pipe table) and `read_link_list` (a line an item).
"""

from __future__ import annotations

import re

import lxml.html

#: A list of more than this many items, nearly all link text, is one block (a
#: sitemap or tag cloud of 200,000 links would otherwise be 200,000 blocks) ...
MAX_LIST_ITEMS = 2000
#: ... when at least this share of its text (white space aside) is link text.
LINK_LIST_SHARE = 0.9
#: A table is rendered as data (one block) only below these sizes.
MAX_DATA_CELL_CHARS = 400
MIN_DATA_ROWS = 2
MIN_DATA_COLUMNS = 2

#: Tags of the lists `read_link_list` reads.
LIST_TAGS = frozenset({"ul", "ol"})

#: Stands for ``<br>`` in a block's pieces (source newlines are spaces).
BR = "\u2028"
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_BREAKS = re.compile(r" ?\n[ \n]*")
#: Characters str.split() takes as white space and `_SPACE` does not (or the
#: reverse): where none occurs, split-and-join gives what the regexes would.
_ODD_SPACE = re.compile("[\x1c-\x1f\x85\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]")


def clean(text: str) -> str:
    """Runs of white space to one space, ``<br>`` to a line break, blank lines dropped."""
    if _plain_spaces(text):
        return " ".join(text.split())  # the same here, in C, without a regex substitution
    text = _SPACE.sub(" ", text.replace("\n", " "))
    if BR in text:
        text = _BREAKS.sub("\n", text.replace(BR, "\n"))
    return text.strip(" \n")


def _plain_spaces(text: str) -> bool:
    """Whether ``text`` holds none of the `_ODD_SPACE` characters (ASCII: four ``in`` scans)."""
    if text.isascii():
        return not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)
    return not _ODD_SPACE.search(text)


def is_data_table(table: lxml.html.HtmlElement) -> bool:
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


def read_table(table: lxml.html.HtmlElement) -> tuple[str, str, int] | None:
    """A data table: a paragraph a row in text, a pipe table in Markdown."""
    rows: list[list[str]] = []
    for tr in table.iter("tr"):
        cells = [clean(c.text_content()).replace("\n", " ") for c in tr if c.tag in ("td", "th")]
        if any(cells):
            rows.append(cells)
    if not rows:
        return None
    text = "\n\n".join(" | ".join(row) for row in rows)  # a paragraph a row in text output
    width = max(len(r) for r in rows)
    md_rows = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
    md_rows.insert(1, "|" + " --- |" * width)
    links = sum(len(clean(a.text_content())) for a in table.iter("a"))
    return text, "\n".join(md_rows), links


def link_share(el: lxml.html.HtmlElement) -> float:
    """The share of ``el``'s text (white space aside) that is link text."""
    chars = sum(map(len, el.text_content().split()))
    linked = sum(sum(map(len, a.text_content().split())) for a in el.iter("a"))
    return linked / chars if chars else 0.0


def read_link_list(items: lxml.html.HtmlElement, share: float) -> tuple[str, str, int] | None:
    """A list of links too long to read item by item: one block, a line an item."""
    lines = [" ".join(li.text_content().split()) for li in items.iterchildren("li")]
    text = "\n".join(line for line in lines if line)
    if not text:
        return None
    links = round(len(text) * min(1.0, share))
    md = "\n".join(f"- {line}" for line in lines if line)
    return text, md, links
