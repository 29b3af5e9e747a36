"""Tree -> `PageTags`: every ``<meta>`` value and the ``<link>`` / ``<html>`` facts, read once.

Keys are lower-cased ``property`` / ``name`` / ``itemprop`` / ``http-equiv``
values (``og:title``, ``article:published_time``, ``author``); each key maps
to its non-empty contents in page order.  Nothing here chooses between
sources: the field readers do that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.etree
import lxml.html

_META = lxml.etree.XPath("//meta[@content or @value or @datetime]")
_LINK = lxml.etree.XPath("//link[@rel][@href]")
_ITEMPROP = lxml.etree.XPath("//*[@itemprop][not(self::meta)][not(self::link)]")
_TAG_LINKS = lxml.etree.XPath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]")

#: Attributes naming a ``<meta>`` key, in the order they are tried.
META_KEY_ATTRS = ("property", "name", "itemprop", "http-equiv")
#: itemprops whose element text (or datetime/content attribute) is worth keeping.
ITEMPROPS = frozenset(
    {"datepublished", "datemodified", "datecreated", "dateupdated", "headline", "author",
     "name", "inlanguage"}
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

    def first(self, *keys: str) -> tuple[str, str] | None:
        """The first non-empty value among ``keys`` (in key order) and its key."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return key, values[0]
        return None


def read_tags(tree: lxml.html.HtmlElement) -> PageTags:
    """Collect ``<meta>``, ``<link rel>``, itemprop values and ``rel=tag`` links."""
    meta: dict[str, list[str]] = {}
    for el in _META(tree):
        value = el.get("content") or el.get("value") or el.get("datetime") or ""
        value = " ".join(value.split())
        if not value:
            continue
        for attr in META_KEY_ATTRS:
            key = el.get(attr)
            if key:
                meta.setdefault(key.strip().lower(), []).append(value)
                break
    links: dict[str, list[str]] = {}
    for el in _LINK(tree):
        for rel in el.get("rel", "").lower().split():
            links.setdefault(rel, []).append(el.get("href", "").strip())
    itemprops: dict[str, list[str]] = {}
    for el in _ITEMPROP(tree):
        prop = el.get("itemprop", "").strip().lower()
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
    tags = tuple(" ".join(a.text_content().split()) for a in _TAG_LINKS(tree))
    lang = tree.get("lang") or tree.get("xml:lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    return PageTags(meta=meta, links=links, itemprops=itemprops,
                    tag_links=tuple(t for t in tags if t), html_lang=lang)
