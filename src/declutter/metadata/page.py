"""`PageTags` + `LinkedData` -> description, site name, language, tags, canonical URL, image.

Each reader returns (value, source) or (None, "").  Language is normalized
to BCP 47 casing: primary subtag lower-case, region upper-case, script
title-case (``en``, ``en-US``, ``zh-Hant-TW``); ``en_US`` (og:locale) becomes
``en-US``.  URLs are made absolute against the page address when known.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from declutter.metadata.jsonld import LinkedData
from declutter.metadata.tags import PageTags

DESCRIPTION_KEYS = (
    "og:description",
    "description",
    "twitter:description",
    "dc:description",
    "dcterms:description",
)
SITE_NAME_KEYS = ("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name")
LANGUAGE_KEYS = (
    "content-language",
    "og:locale",
    "dc:language",
    "dcterms:language",
    "language",
    "inlanguage",
)
TAG_KEYS = ("article:tag", "og:article:tag", "news_keywords", "parsely-tags", "sailthru.tags")
IMAGE_KEYS = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "thumbnail",
)
URL_KEYS = ("og:url", "twitter:url")
#: Most tags kept.
MAX_TAGS = 30
_LANG = re.compile(
    r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\d{3}))?(?:[-_].*)?$"
)


def description(tags: PageTags, ld: LinkedData) -> tuple[str | None, str]:
    found = tags.first(*DESCRIPTION_KEYS)
    if found:
        return found[1], f"meta:{found[0]}"
    return (ld.description, "json-ld") if ld.description else (None, "")


def site_name(tags: PageTags, ld: LinkedData) -> tuple[str | None, str]:
    found = tags.first(*SITE_NAME_KEYS)
    if found:
        return found[1], f"meta:{found[0]}"
    if ld.publisher:
        return ld.publisher, "json-ld publisher"
    if ld.site_name:
        return ld.site_name, "json-ld WebSite"
    return None, ""


def normalize_language(value: str | None) -> str | None:
    """``en_us`` / ``EN-US`` / ``en-US,fr`` -> ``en-US``; None if not a language tag."""
    if not value:
        return None
    m = _LANG.match(value.split(",")[0].split(";")[0].strip())
    if not m:
        return None
    out = m.group(1).lower()
    if m.group(2):
        out += "-" + m.group(2).title()
    if m.group(3):
        out += "-" + m.group(3).upper()
    return out


def language(tags: PageTags, ld: LinkedData) -> tuple[str | None, str]:
    for value, source in ((tags.html_lang, "<html lang>"),):
        lang = normalize_language(value)
        if lang:
            return lang, source
    for key in LANGUAGE_KEYS:
        for value in tags.meta.get(key, [])[:1] + tags.itemprops.get(key, [])[:1]:
            lang = normalize_language(value)
            if lang:
                return lang, f"meta:{key}"
    lang = normalize_language(ld.language)
    return (lang, "json-ld") if lang else (None, "")


def keywords(tags: PageTags, ld: LinkedData) -> tuple[tuple[str, ...], str]:
    found: list[str] = []
    sources: list[str] = []
    for key in TAG_KEYS:
        values = tags.meta.get(key, [])
        if key in ("news_keywords", "parsely-tags", "sailthru.tags"):
            values = [v for value in values for v in value.split(",")]
        if values:
            found.extend(values)
            sources.append(f"meta:{key}")
    if ld.keywords:
        found.extend(ld.keywords)
        sources.append("json-ld")
    if tags.tag_links:
        found.extend(tags.tag_links)
        sources.append("rel=tag")
    if not found:
        # plain keywords are often SEO filler: read only when nothing better is there
        found.extend(v for value in tags.meta.get("keywords", [])[:1] for v in value.split(","))
        if found:
            sources.append("meta:keywords")
    seen: dict[str, str] = {}
    for raw in found:
        tag = " ".join(raw.split()).strip(" ,;#")
        if tag and tag.casefold() not in seen and len(tag) <= 80:
            seen[tag.casefold()] = tag
    return tuple(seen.values())[:MAX_TAGS], ", ".join(sources)


def _absolute(value: str, base: str | None) -> str:
    value = value.strip()
    if base and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value):
        return urljoin(base, value)
    return value


def canonical(tags: PageTags, ld: LinkedData, page_url: str | None) -> tuple[str | None, str]:
    for value in tags.links.get("canonical", [])[:1]:
        if value:
            return _absolute(value, page_url), "link:canonical"
    found = tags.first(*URL_KEYS)
    if found:
        return _absolute(found[1], page_url), f"meta:{found[0]}"
    if ld.url and ld.url.startswith("http"):
        return ld.url, "json-ld"
    return None, ""


def image(tags: PageTags, ld: LinkedData, base: str | None) -> tuple[str | None, str]:
    found = tags.first(*IMAGE_KEYS)
    if found:
        return _absolute(found[1], base), f"meta:{found[0]}"
    if ld.image:
        return _absolute(ld.image, base), "json-ld"
    for value in tags.links.get("image_src", [])[:1]:
        return _absolute(value, base), "link:image_src"
    return None, ""
