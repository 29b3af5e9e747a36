"""Tree -> the publication day htmldate reads from the page's markup, asked last.

Only pages on which declutter's own sources (JSON-LD, meta tags, ``<time>``,
dates printed near the headline, labelled dates, the URL) found no
publication date ask it.  htmldate is a library for exactly this job; it is
asked without its extensive search, which guesses from any date in the text
(a guess is worse than null).  On the dev pages where our sources found
nothing, it is right on 7 and wrong on 1 (htmldate's and trafilatura's
evaluation pages).  It reads a copy: it cleans the tree it is given.
"""

from __future__ import annotations

import copy
from datetime import datetime

import lxml.html

from declutter.metadata.dates import parse_iso

#: Where the day came from, in ``sources``.
SOURCE = "htmldate (markup)"


def markup_day(tree: lxml.html.HtmlElement, *, url: str | None, now: datetime | None) -> str | None:
    """The publication day htmldate finds in the markup, or None."""
    from htmldate import find_date  # noqa: PLC0415 - 0.2 s to import, most pages never ask

    try:
        day = find_date(
            copy.deepcopy(tree),
            url=url,
            extensive_search=False,
            original_date=True,
            max_date=(now or datetime.now()).strftime("%Y-%m-%d"),
        )
    except Exception:  # its failure leaves the field empty, as ours did
        return None
    return parse_iso(day) if day else None
