"""Tree -> `Metadata`: title, byline, dates, description, site name, language, tags.

PLACEHOLDER: og:title / <title> only.
"""

from __future__ import annotations

from datetime import datetime

import lxml.html

from declutter.model import Metadata
from declutter.options import Options


def read_metadata(
    tree: lxml.html.HtmlElement,
    *,
    url: str | None,
    saved_at: datetime | None,
    options: Options,
) -> Metadata:
    title = tree.findtext(".//title")
    return Metadata(title=" ".join(title.split()) if title else None, url=url)
