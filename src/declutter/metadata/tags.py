"""Tree -> `PageTags`: every ``<meta>`` value and the ``<link>`` / ``<html>`` facts, read once.

Keys are lower-cased ``property`` / ``name`` / ``itemprop`` / ``http-equiv``
values (``og:title``, ``article:published_time``, ``author``); each key maps
to its non-empty contents in page order.  Nothing here chooses between
sources: the field readers do that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from declutter.metadata.xpath import elements

#: Elements with an itemprop, in page order (``//*[@itemprop]`` reads twice as slow).
_ITEMPROP = lxml.etree.XPath("//@itemprop/..")

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Attributes naming a ``<meta>`` key, in the order they are tried.
META_KEY_ATTRS = ("property", "name", "itemprop", "http-equiv")
#: itemprops whose element text (or datetime/content attribute) is worth keeping.
ITEMPROPS = frozenset(
    {
        "datepublished",
        "datemodified",
        "datecreated",
        "dateupdated",
        "headline",
        "author",
        "name",
        "inlanguage",
    }
)
#: Longest element text kept for an itemprop (longer means a container, not a value).
MAX_ITEMPROP_TEXT = 200


@dataclass(frozen=True)
class PageTags:
    """What ``<meta>``, ``<link>``, itemprop elements and ``<html>`` say."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)
    itemprops: dict[str, list[str]] = field(default_factory=dict)
    tag_links: tuple[str, ...] = ()
    html_lang: str | None = None
    #: ``itemprop=author|creator`` and ``rel=author`` elements, in page order.
    author_elements: tuple[lxml.html.HtmlElement, ...] = ()

    def first(self, *keys: str) -> tuple[str, str] | None:
        """The first non-empty value among ``keys`` (in key order) and its key."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return key, values[0]
        return None


#: Dublin Core prefixes written with a dot by HTML meta (``DC.title``) and a colon by RDFa.
_DC_DOT = re.compile(r"^(dc|dcterms)\.")


def _meta_key(key: str) -> str:
    """Compare form of a meta key: lower case, ``dc:title`` and ``DC.title`` alike."""
    return _DC_DOT.sub(r"\1:", key.strip().lower())


def read_tags(tree: lxml.html.HtmlElement) -> PageTags:
    """Collect ``<meta>``, ``<link rel>``, itemprop values and ``rel=tag`` links."""
    meta: dict[str, list[str]] = {}
    named: dict[str, list[str]] = {}
    links: dict[str, list[str]] = {}
    for el in tree.iter("meta", "link"):
        if el.tag == "link":
            href = (el.get("href") or "").strip()
            for rel in (el.get("rel") or "").lower().split() if href else ():
                links.setdefault(rel, []).append(href)
            continue
        value = el.get("content") or el.get("value") or el.get("datetime") or ""
        value = " ".join(value.split())
        if not value:
            continue
        for attr in META_KEY_ATTRS:
            key = el.get(attr)
            if key:
                # the property= (RDFa) form the vocabularies define wins over name=
                found = meta if attr == "property" else named
                found.setdefault(_meta_key(key), []).append(value)
                break
    for key, values in named.items():
        meta.setdefault(key, values)  # a name= copy of a property= key is a duplicate
    itemprops: dict[str, list[str]] = {}
    authors: list[lxml.html.HtmlElement] = []
    for el in elements(_ITEMPROP, tree):
        if el.tag in ("meta", "link"):
            continue
        prop = (el.get("itemprop") or "").strip().lower()
        if prop in ("author", "creator"):
            authors.append(el)
        if prop not in ITEMPROPS:
            continue
        value = el.get("datetime") or el.get("content")
        if value is None:
            value = el.text_content()
            if len(value) > MAX_ITEMPROP_TEXT:
                continue
        value = " ".join(value.split())
        if value:
            itemprops.setdefault(prop, []).append(value)
    tags = []
    for el in tree.iter("a"):
        rel = el.get("rel")
        if rel is None:
            continue
        rels = rel.lower().split()
        if "tag" in rels:
            tags.append(" ".join(el.text_content().split()))
        if "author" in rels:
            authors.append(el)
    lang = tree.get("lang") or tree.get(XML_LANG)
    return PageTags(
        meta=meta,
        links=links,
        itemprops=itemprops,
        tag_links=tuple(t for t in tags if t),
        html_lang=lang,
        author_elements=tuple(authors),
    )
