"""Tree -> elements whose ``class`` / ``id`` name a byline or a date, found in one lazy scan.

Scanning every element's class is the costliest read of the metadata stage
(about 1 ms on a large page), so it runs only when the structured sources
(JSON-LD, meta tags, ``<time>``) left a field empty, and at most once per page.
"""

from __future__ import annotations

import re
from functools import cached_property

import lxml.etree
import lxml.html

_CLASSED = lxml.etree.XPath("//*[@class or @id]")

#: Class/id words of a printed credit line.
BYLINE_WORDS = ("byline", "author", "autor", "auteur", "writer", "creator")
#: Class/id words of a printed date.
DATE_WORDS = ("date", "publish", "posted", "time", "meta", "datum", "fecha", "data-")
_SKIP_TAGS = frozenset({"script", "style", "img", "meta", "link", "noscript", "svg", "head",
                        "body", "html", "input", "button", "form", "iframe"})


class Marked:
    """Lazily found byline-classed and date-classed elements of one tree, in page order."""

    def __init__(self, tree: lxml.html.HtmlElement) -> None:
        self._tree = tree

    @cached_property
    def _scan(self) -> tuple[list[tuple[lxml.html.HtmlElement, str]],
                             list[tuple[lxml.html.HtmlElement, str]]]:
        bylines: list[tuple[lxml.html.HtmlElement, str]] = []
        dates: list[tuple[lxml.html.HtmlElement, str]] = []
        for el in _CLASSED(self._tree):
            tag = el.tag
            if not isinstance(tag, str) or tag in _SKIP_TAGS:
                continue
            marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
            if any(w in marks for w in BYLINE_WORDS):
                bylines.append((el, marks))
            if any(w in marks for w in DATE_WORDS):
                dates.append((el, marks))
        return bylines, dates

    @property
    def bylines(self) -> list[tuple[lxml.html.HtmlElement, str]]:
        return self._scan[0]

    @property
    def dates(self) -> list[tuple[lxml.html.HtmlElement, str]]:
        return self._scan[1]


_AFTER = lxml.etree.XPath("following::text()[normalize-space()][position() <= $n]")
_BEFORE = lxml.etree.XPath("preceding::text()[normalize-space()][position() <= $n]")
#: Text nodes read after / before the headline for a printed date or credit.
NEAR_AFTER, NEAR_BEFORE = 25, 6
_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})


def near_headline(headline: lxml.html.HtmlElement | None) -> tuple[list[str], list[str]]:
    """Text lines just after the headline, and just before it (nearest first)."""
    if headline is None:
        return [], []

    def lines(nodes: list[object]) -> list[str]:
        out = []
        for node in nodes:
            parent = getattr(node, "getparent", lambda: None)()
            if parent is not None and parent.tag in _NOT_TEXT and not getattr(node, "is_tail", False):
                continue
            text = " ".join(str(node).split())
            if text:
                out.append(text)
        return out

    after = lines(list(_AFTER(headline, n=NEAR_AFTER)))
    before = lines(list(_BEFORE(headline, n=NEAR_BEFORE)))
    return after, list(reversed(before))


#: Ancestors (class/id words) whose dates and credits are not the article's.
NOT_ARTICLE = re.compile(
    r"(?<![a-z])(?:comment|respond|repl(?:y|ies)|sidebar|related|footer|teaser|recommend)", re.I
)
_NOT_ARTICLE_TAGS = frozenset({"footer", "aside", "nav", "form"})


def outside_article(el: lxml.html.HtmlElement) -> bool:
    """True when ``el`` sits in a comment, sidebar, footer, form or teaser list."""
    for anc in el.iterancestors():
        if anc.tag == "body":
            return False
        if anc.tag in _NOT_ARTICLE_TAGS:
            return True
        marks = f"{anc.get('class', '')} {anc.get('id', '')}"
        if marks.strip() and NOT_ARTICLE.search(marks):
            return True
    return False
