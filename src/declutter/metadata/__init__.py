"""Tree -> `Metadata`: title, byline, dates, description, site name, language, tags, url, image.

One reader per source (``tags`` for ``<meta>``/``<link>``, ``jsonld`` for
JSON-LD, ``title``, ``byline``, ``published`` for printed text, ``page`` for
the small fields); this module only calls them and records where each value
came from.  The tree is read, never changed: the body stage runs after.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from itertools import chain
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from declutter.metadata import page
from declutter.metadata.byline import (
    clean_byline,
    drop_site_parts,
    looks_like_person,
    meta_bylines,
    printed_bylines,
    split_byline,
    visible_bylines,
)
from declutter.metadata.jsonld import LinkedData, read_jsonld
from declutter.metadata.marked import Marked, near_headline
from declutter.metadata.published import read_dates
from declutter.metadata.tags import PageTags, read_tags
from declutter.metadata.title import choose_title, squash
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
    saved_at: datetime | None,
    options: Options,
) -> Metadata:
    """Read every metadata field of the page; ``sources`` says where each came from."""
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
    site_words = tuple(w for w in (site, ld.publisher, ld.site_name, _host(url or canonical)) if w)
    byline, authors, bsource = _byline(
        tags, marked, ld, near[0], site_words=site_words, language=lang
    )
    if byline:
        sources["byline"] = bsource
    now = options.reference_time or saved_at
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
    if dates.published:
        sources["published"] = dates.published_source
    if dates.modified:
        sources["modified"] = dates.modified_source
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


def _headline(tree: lxml.html.HtmlElement, title: str | None) -> lxml.html.HtmlElement | None:
    """Where the headline is printed: the ``<h1>`` holding the title, else the first
    element whose own text is the title (old table layouts), else the first ``<h1>``."""
    h1s = list(tree.iter("h1"))
    key = squash(title)
    for el in h1s:
        if key and squash(el.text_content()) == key:
            return el
    if title:
        found = elements(_TITLE_AT, tree, t=" ".join(title.split()))
        if found:
            return found[0]
    return h1s[0] if h1s else None


def _byline(
    tags: PageTags,
    marked: Marked,
    ld: LinkedData,
    lines: list[str],
    *,
    site_words: tuple[str, ...],
    language: str | None,
) -> tuple[str | None, tuple[str, ...], str]:
    """The credit line: the first candidate naming people, in source order.

    Sources: JSON-LD authors, meta author tags, ``rel``/``itemprop`` author
    elements, byline-classed elements, "By ..." lines near the headline.  A
    credit naming only a site or organisation is kept as a last resort; a
    lone first name is completed by a later credit that holds it ("Nils" ->
    "Nils Pickert").
    """
    fallback: tuple[str | None, tuple[str, ...], str] | None = None
    chosen: tuple[str, tuple[str, ...], str] | None = None
    for text, names, source in _credits(tags, marked, ld, lines, site_words):
        person = not (source == "json-ld" and ld.author_is_org) and all(
            looks_like_person(n, site_words) for n in names
        )
        if chosen is not None:
            if person and len(names) == 1 and _completes(chosen[1][0], names[0]):
                return text, names, source
            continue
        if person:
            chosen = (text, names, source)
            if len(names) > 1 and source == "json-ld":
                printed = _printed_form(names, tags, marked, lines)
                return (printed or _joined(names, language), names, source)
            if len(names) > 1 or len(names[0].split()) > 1:
                return chosen
        elif fallback is None:
            fallback = (text, names, source)
    return chosen or fallback or (None, (), "")


def _printed_form(
    names: tuple[str, ...], tags: PageTags, marked: Marked, lines: list[str]
) -> str | None:
    """The page's own printed credit naming exactly ``names`` ("By A and B in Madrid")."""
    keys = [squash(n) for n in names]
    for raw, _ in chain(visible_bylines(tags, marked), printed_bylines(lines)):
        text = clean_byline(raw)
        if text and all(k in squash(text) for k in keys):
            found = split_byline(text)[1]
            if len(found) == len(names):
                return text
    return None


def _joined(names: tuple[str, ...], language: str | None) -> str:
    """Names as one credit: "A and B", "A, B and C" in English, "A, B" otherwise."""
    if language is not None and not language.startswith("en"):
        return ", ".join(names)
    return " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]


def _completes(short: str, full: str) -> bool:
    """True when ``full`` is a longer name starting with or containing the word ``short``."""
    words = full.split()
    return len(words) > 1 and short.casefold() in (w.casefold() for w in words)


def _credits(
    tags: PageTags, marked: Marked, ld: LinkedData, lines: list[str], site_words: tuple[str, ...]
) -> Iterator[tuple[str, tuple[str, ...], str]]:
    """Every credit of the page, cleaned and split, best source first (lazily)."""
    if ld.authors:
        names: list[str] = []
        for raw in ld.authors:
            names.extend(split_byline(drop_site_parts(raw, site_words))[1])
        if names:
            yield ", ".join(names), tuple(dict.fromkeys(names)), "json-ld"
    for printed, source in chain(
        meta_bylines(tags), visible_bylines(tags, marked), printed_bylines(lines)
    ):
        text, found = split_byline(drop_site_parts(printed, site_words))
        if text and found:
            yield text, found, source
