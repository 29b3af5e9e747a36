"""Tree -> where printed credits and dates may be: marked elements, body text.

`Marked` finds elements whose ``class`` / ``id`` name a byline or a date in one
lazy scan: scanning every element's class is the costliest read of the
metadata stage, so it runs only when the structured sources (JSON-LD, meta
tags, ``<time>``) left a field empty, and at most once per page.
`Marked.body_text` is the body's text, read once for the label scans.
`outside_article` tells comment threads, teaser lists and page furniture apart.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from itertools import accumulate

import lxml.etree
import lxml.html

from declutter.metadata.xpath import strings

_MARKS = lxml.etree.XPath("//@class | //@id")
_SHOWN_TEXT = lxml.etree.XPath(
    ".//text()[not(parent::script or parent::style)]", smart_strings=False
)
#: Body text longer than this (characters) is mostly inline script: it is read again
#: without script and style text (an XPath ~7x slower than ``text_content`` on a
#: usual page, ~1,000x faster than searching 50 MB of script per label word).
MAX_BODY_TEXT = 2_000_000

#: Class/id words of a printed credit line.
BYLINE_WORDS = ("byline", "author", "autor", "auteur", "writer", "creator")
#: Class/id words of a printed date.
DATE_WORDS = ("date", "publish", "posted", "time", "meta", "datum", "fecha")
#: Most marked elements kept of each kind (page order): enough for any article header.
MAX_MARKED = 60
_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "img",
        "meta",
        "link",
        "noscript",
        "svg",
        "head",
        "body",
        "html",
        "input",
        "button",
        "form",
        "iframe",
    }
)


def _hits(joined: str, starts: list[int], words: tuple[str, ...]) -> set[int]:
    """Indexes of the values (delimited by ``starts``) in which any of ``words`` occurs."""
    found: set[int] = set()
    for word in words:
        at = joined.find(word)
        while at >= 0:
            found.add(bisect_right(starts, at) - 1)
            at = joined.find(word, at + 1)
    return found


class Marked:
    """Lazily found byline-classed and date-classed elements of one tree, in page order."""

    def __init__(self, tree: lxml.html.HtmlElement) -> None:
        self._tree = tree

    @cached_property
    def _scan(
        self,
    ) -> tuple[list[tuple[lxml.html.HtmlElement, str]], list[tuple[lxml.html.HtmlElement, str]]]:
        attrs = strings(_MARKS, self._tree)
        # literal find() over all class/id values joined: C speed, no per-value regex
        joined = "\n".join(attrs).lower()
        starts = list(accumulate(map((1).__add__, map(len, attrs)), initial=0))  # no lambda
        byline_hits = _hits(joined, starts, BYLINE_WORDS)
        date_hits = _hits(joined, starts, DATE_WORDS)
        bylines: list[tuple[lxml.html.HtmlElement, str]] = []
        dates: list[tuple[lxml.html.HtmlElement, str]] = []
        last = None
        for index in sorted(byline_hits | date_hits):
            if len(bylines) >= MAX_MARKED and len(dates) >= MAX_MARKED:
                break
            el = attrs[index].getparent()
            if el is None or el is last or not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
                continue
            last = el
            marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
            if index in byline_hits and len(bylines) < MAX_MARKED:
                bylines.append((el, marks))
            if index in date_hits and len(dates) < MAX_MARKED:
                dates.append((el, marks))
        return bylines, dates

    @cached_property
    def body_text(self) -> str:
        """The body's text, read once per page for the label scans' quick test of which
        label words occur; a huge one without its script and style text.  Either
        holds every word of any visible text node, all the test needs."""
        body = self._tree.find("body")
        root = body if body is not None else self._tree
        text: str = root.text_content()
        if len(text) > MAX_BODY_TEXT:
            text = "".join(strings(_SHOWN_TEXT, root))
        return text

    @property
    def bylines(self) -> list[tuple[lxml.html.HtmlElement, str]]:
        return self._scan[0]

    @property
    def dates(self) -> list[tuple[lxml.html.HtmlElement, str]]:
        return self._scan[1]


#: Ancestor class/id words of comment threads and teaser lists: never the article's.
NOT_ARTICLE = re.compile(
    r"(?<![a-z])(?:comment|respond|repl(?:y|ies)|related|teaser|recommend)", re.I
)
#: Ancestor class/id words (and tags) of page furniture: not the article's unless the
#: element also sits inside an ``<article>`` / ``<main>`` (an entry footer is fine).
PAGE_FURNITURE = re.compile(r"(?<![a-z])(?:sidebar|footer|widget-area)", re.I)
_FURNITURE_TAGS = frozenset({"footer", "aside", "nav", "form"})
_CONTAINERS = frozenset({"article", "main"})


def outside_article(el: lxml.html.HtmlElement) -> bool:
    """True when ``el`` sits in a comment thread or teaser list, or in page furniture
    (footer, sidebar, navigation) outside the ``<article>``."""
    furniture = False
    for anc in el.iterancestors():
        tag = anc.tag
        if tag == "body":
            break
        marks = f"{anc.get('class', '')} {anc.get('id', '')}"
        if marks.strip() and NOT_ARTICLE.search(marks):
            return True
        if tag in _CONTAINERS:
            return False
        if tag in _FURNITURE_TAGS or (marks.strip() and PAGE_FURNITURE.search(marks)):
            furniture = True
    return furniture
