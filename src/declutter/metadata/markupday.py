"""Tree -> the publication day htmldate reads from the page's markup, asked last.

Only pages on which declutter's own sources (JSON-LD, meta tags, ``<time>``,
dates printed near the headline, labelled dates, the URL) found no
publication date ask it.  htmldate is a library for exactly this job; it is
asked without its extensive search, which guesses from any date in the text
(a guess is worse than null).  On the dev pages where our sources found
nothing, it is right on 7 and wrong on 1 (htmldate's and trafilatura's
evaluation pages).  It reads a copy of the page without the boxes our own
date readers skip (comment threads, teaser and related lists, sidebars,
footers, navigation: `marked.NOT_ARTICLE`, `marked.PAGE_FURNITURE`), so a
comment's or a related story's date is never the article's (a footer inside
the ``<article>`` stays: it holds the story's own date).
"""

from __future__ import annotations

import copy
from datetime import datetime

import lxml.html

from declutter.metadata.dates import parse_iso
from declutter.metadata.marked import NOT_ARTICLE, PAGE_FURNITURE

#: Tags whose boxes are page furniture.
FURNITURE_TAGS = ("nav", "aside", "footer")
#: ... unless they sit in one of these (as `marked.outside_article` reads them).
CONTAINERS = ("article", "main")
#: Elements never dropped, whatever their classes say (``<body class="has-comments">``).
KEPT_TAGS = frozenset({"html", "head", "body", "main", "article"})

#: Where the day came from, in ``sources``.
SOURCE = "htmldate (markup)"


def markup_day(tree: lxml.html.HtmlElement, *, url: str | None, now: datetime | None) -> str | None:
    """The publication day htmldate finds in the markup, or None."""
    from htmldate import find_date  # noqa: PLC0415 - 0.2 s to import, most pages never ask

    try:
        day = find_date(
            _without_furniture(tree),
            url=url,
            extensive_search=False,
            original_date=True,
            max_date=(now or datetime.now()).strftime("%Y-%m-%d"),
        )
    except Exception:  # its failure leaves the field empty, as ours did
        return None
    return parse_iso(day) if day else None


def _without_furniture(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the page without comment threads, teaser lists, sidebars, footers, menus."""
    page = copy.deepcopy(tree)
    drop = []
    for el in page.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in KEPT_TAGS:
            continue
        marks = f"{el.get('class', '')} {el.get('id', '')}".strip()
        if marks and NOT_ARTICLE.search(marks):
            drop.append(el)
            continue
        furniture = tag in FURNITURE_TAGS or (marks and PAGE_FURNITURE.search(marks))
        # an entry footer inside the <article> holds the story's own date
        if furniture and not any(anc.tag in CONTAINERS for anc in el.iterancestors()):
            drop.append(el)
    for el in drop:
        if el.getparent() is not None:
            el.drop_tree()
    return page
