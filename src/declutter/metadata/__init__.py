"""Tree -> `Metadata`: title, byline, dates, description, site name, language, tags, url, image.

One reader per source (``tags`` for ``<meta>``/``<link>``, ``jsonld`` for
JSON-LD, ``title``, ``byline`` + ``credit``, ``published`` + ``dates``, ``page``
for the small fields); this module only calls them and records where each
value came from.  The tree is read, never changed: the body stage runs after.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from declutter.metadata import markupday, page
from declutter.metadata.credit import choose_byline
from declutter.metadata.jsonld import read_jsonld
from declutter.metadata.marked import Marked
from declutter.metadata.markupday import markup_day
from declutter.metadata.near import near_headline
from declutter.metadata.published import read_dates
from declutter.metadata.sitepart import squash
from declutter.metadata.tags import read_tags
from declutter.metadata.title import choose_title
from declutter.metadata.xpath import elements
from declutter.model import Metadata
from declutter.options import Options

#: Languages whose pages print numeric dates month first (01/12/2022 = January 12).
MONTH_FIRST_LANGS = ("en-US", "en")

#: Elements with a text node equal to ``$t`` (the headline printed outside any heading).
_TITLE_AT = lxml.etree.XPath("//body//*[text()[normalize-space(.) = $t]]")

__all__ = ["read_metadata"]


def read_metadata(
    tree: lxml.html.HtmlElement,
    *,
    url: str | None,
    options: Options,
) -> Metadata:
    """Read every metadata field of the page; ``sources`` says where each came from.

    ``options.reference_time`` is "now" for relative dates and the latest date
    a page can state (the pipeline sets it to the save time when one is known).
    """
    tags = read_tags(tree)
    marked = Marked(tree)
    ld = read_jsonld(tree)
    sources: dict[str, str] = {}

    def keep(name: str, value_source: tuple[str | None, str]) -> str | None:
        value, source = value_source
        if value:
            sources[name] = source
        return value

    site = keep("site_name", page.site_name(tags, ld))
    title = keep(
        "title", choose_title(tree, tags, jsonld_headline=ld.headline, site_name=site, url=url)
    )
    lang = keep("language", page.language(tags, ld))
    canonical = keep("url", page.canonical(tags, ld, url))
    near = near_headline(_headline(tree, title))
    host = _host(url or canonical)
    site_words = tuple(w for w in (site, ld.publisher, ld.site_name, host, _host_name(host)) if w)
    byline, authors, bsource = choose_byline(
        tags, marked, ld, near[0], site_words=site_words, language=lang, tree=tree, before=near[1]
    )
    if bsource:  # where it came from, or what was refused and why
        sources["byline"] = bsource
    now = options.reference_time
    dates = read_dates(
        tree,
        tags,
        marked,
        jsonld=(ld.published, ld.modified),
        near=near,
        url=url or canonical,
        now=now,
        month_first=lang in MONTH_FIRST_LANGS,
    )
    if not dates.published:
        day = markup_day(tree, url=url or canonical, now=now)
        if day:
            dates = replace(dates, published=day, published_source=markupday.SOURCE)
    if dates.published:
        sources["published"] = dates.published_source
    if dates.modified:
        sources["modified"] = dates.modified_source
    if not canonical and url:
        sources["url"] = "given"
    tag_values, tag_source = page.keywords(tags, ld)
    if tag_values:
        sources["tags"] = tag_source
    return Metadata(
        title=title,
        byline=byline,
        authors=authors,
        published=dates.published,
        modified=dates.modified,
        description=keep("description", page.description(tags, ld)),
        site_name=site,
        language=lang,
        tags=tag_values,
        url=canonical or url,
        image=keep("image", page.image(tags, ld, url or canonical)),
        sources=sources,
    )


def _host(url: str | None) -> str | None:
    host = urlsplit(url or "").hostname
    return host.removeprefix("www.") if host else None


#: Longest second-level label read as a public suffix part ("co" in "bbc.co.uk").
MAX_SUFFIX_LABEL = 3


def _host_name(host: str | None) -> str | None:
    """The site's name in its host: "elcolombiano.com" -> "elcolombiano",
    "bbc.co.uk" -> "bbc"."""
    labels = (host or "").split(".")
    if len(labels) < 2:
        return None
    name = labels[-2]
    if len(name) <= MAX_SUFFIX_LABEL and len(labels) > 2:
        name = labels[-3]
    return name


def _headline(tree: lxml.html.HtmlElement, title: str | None) -> lxml.html.HtmlElement | None:
    """Where the headline is printed: the ``<h1>`` holding the title, else the first
    element whose own text is the title (old table layouts), one inside a heading
    first (a sidebar's "recent posts" link to the same story comes earlier on many
    blogs), else the first ``<h1>``."""
    h1s = list(tree.iter("h1"))
    key = squash(title)
    for el in h1s:
        if key and squash(el.text_content()) == key:
            return el
    if title:
        found = elements(_TITLE_AT, tree, t=" ".join(title.split()))
        if found:
            return next((el for el in found if _in_heading(el)), found[0])
    return h1s[0] if h1s else None


#: Heading tags: the printed headline is one, or inside one.
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _in_heading(el: lxml.html.HtmlElement) -> bool:
    """True for a heading, or an element (a link) right inside one."""
    parent = el.getparent()
    return el.tag in _HEADING_TAGS or (parent is not None and parent.tag in _HEADING_TAGS)
