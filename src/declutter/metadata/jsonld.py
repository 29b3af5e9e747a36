"""``<script type="application/ld+json">`` blocks -> `LinkedData` for the article.

Every block is parsed leniently (control characters, a trailing comma, several
objects in one script), ``@graph`` and list wrappers are flattened, ``@id``
references are followed once, and the node that best looks like the article
(``NewsArticle`` > ``Article``-like > ``WebPage``) is read.  Odd shapes never
raise: a value that is not what the schema says is skipped.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.html

#: Folds the letters of "ld+json" in a script's ``type`` (a loop over the scripts
#: beats an XPath with ``translate()`` over the whole tree).
_FOLD_LDJSON = str.maketrans("LDJSON", "ldjson")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPERS = re.compile(r"<!\[CDATA\[|\]\]>|<!--|-->")
_CONTROL = re.compile(r"[\x00-\x1f]")

#: Node types ranked by how surely they are the article itself (higher wins).
TYPE_RANK = {
    "newsarticle": 5,
    "reportagenewsarticle": 5,
    "analysisnewsarticle": 5,
    "opinionnewsarticle": 5,
    "reviewnewsarticle": 5,
    "backgroundnewsarticle": 5,
    "article": 4,
    "blogposting": 4,
    "socialmediaposting": 3,
    "scholarlyarticle": 4,
    "techarticle": 4,
    "report": 4,
    "liveblogposting": 4,
    "review": 3,
    "recipe": 3,
    "posting": 3,
    "creativework": 2,
    "webpage": 1,
    "itempage": 1,
    "aboutpage": 0,
}
#: Nesting depth searched for article nodes (mainEntity, @graph, itemListElement...).
MAX_DEPTH = 4
#: Nesting depth of lists read inside one value (``[["Jane Doe"]]``); deeper is ignored.
MAX_VALUE_DEPTH = 3
#: Types that are organisations rather than people.
ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "organisation"})


@dataclass(frozen=True)
class LinkedData:
    """Fields of the article node (and its publisher) as plain strings."""

    headline: str | None = None
    authors: tuple[str, ...] = ()
    author_is_org: bool = False
    published: str | None = None
    modified: str | None = None
    description: str | None = None
    publisher: str | None = None
    keywords: tuple[str, ...] = ()
    image: str | None = None
    url: str | None = None
    language: str | None = None
    site_name: str | None = None
    #: The end of ``articleBody`` when it signs the story ("... Von Jane Doe").
    signature: str | None = None


def read_jsonld(tree: lxml.html.HtmlElement) -> LinkedData:
    """Read the best article node of the page's JSON-LD; empty `LinkedData` if none."""
    nodes: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").translate(_FOLD_LDJSON):
            continue
        nodes.extend(_flatten(_load(script.text or ""), 0))
    if not nodes:
        return LinkedData()
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    article = _best_article(nodes)
    website = next((n for n in nodes if "website" in _types(n)), None)
    if article is None:
        return LinkedData(site_name=_text(website.get("name")) if website else None)
    authors, is_org = _people(article.get("author") or article.get("creator"), by_id)
    publisher = _resolve(article.get("publisher"), by_id)
    return LinkedData(
        headline=_text(article.get("headline")) or _text(article.get("name")),
        authors=authors,
        author_is_org=is_org,
        published=_text(article.get("datePublished")) or _text(article.get("dateCreated")),
        modified=_text(article.get("dateModified")),
        description=_text(article.get("description")),
        publisher=_text(publisher.get("name")) if isinstance(publisher, dict) else _text(publisher),
        keywords=_keywords(article.get("keywords")),
        image=_image(article.get("image") or article.get("thumbnailUrl"), by_id),
        url=_text(article.get("url")) or _text(article.get("mainEntityOfPage")),
        language=_text(article.get("inLanguage")),
        site_name=_text(website.get("name")) if website else None,
        signature=_signature(article.get("articleBody")),
    )


#: Last characters of ``articleBody`` searched for a signature.
SIGNATURE_REACH = 80
_SIGNATURE = re.compile(
    r"(?:^|[.!?\u201c\u201d\"]\s+)((?:von|by|par|por|door)\s+[^.!?]{3,60})\s*$", re.I
)


def _signature(body: Any) -> str | None:
    """ "... geht weiter. Von Cosima Künzel" -> "Von Cosima Künzel"."""
    if not isinstance(body, str):
        return None
    tail = " ".join(body[-SIGNATURE_REACH:].split())
    found = _SIGNATURE.search(tail)
    return found.group(1) if found else None


def _load(text: str) -> Any:
    """JSON from a script body; tolerates comment/CDATA wrappers, control characters,
    trailing commas.  None when it still does not parse."""
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        pass
    text = _WRAPPERS.sub("", text)
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    end = max(text.rfind("}"), text.rfind("]"))
    if start < 0 or end <= start:
        return None
    body = text[start : end + 1]
    attempts = (body, _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", body)))
    for attempt in attempts:
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):  # nesting deeper than the interpreter allows
            continue
    # a stray closing brace or a second value after the first: the first value read whole
    try:
        return json.JSONDecoder(strict=False).raw_decode(attempts[1])[0]
    except (ValueError, RecursionError):
        return None


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data or "@id" in data:
            yield data
        for key in ("@graph", "mainEntity", "itemListElement", "hasPart"):
            if key in data:
                yield from _flatten(data[key], depth + 1)


def _types(node: dict[str, Any]) -> list[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return [v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)]


def _best_article(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    best, best_rank = None, -1
    for node in nodes:
        rank = max((TYPE_RANK.get(t, -1) for t in _types(node)), default=-1)
        if rank < 0:
            continue
        if rank == 1 and not (node.get("headline") or node.get("datePublished")):
            continue  # a bare WebPage node says nothing about the article
        if rank > best_rank:
            best, best_rank = node, rank
    return best


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def _text(value: Any, depth: int = 0) -> str | None:
    """A plain string from a string, number, a ``{"@value"}`` / ``{"name"}`` dict or a list
    (lists nested at most `MAX_VALUE_DEPTH` deep)."""
    if isinstance(value, list):
        if depth >= MAX_VALUE_DEPTH:
            return None
        return next((t for t in (_text(v, depth + 1) for v in value) if t), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name") or value.get("@id")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    if "&" in value:
        value = html.unescape(value)  # JSON-LD written from HTML-escaped CMS fields
    text = " ".join(value.split())
    return text or None


def _people(
    value: Any, by_id: dict[str, dict[str, Any]], depth: int = 0
) -> tuple[tuple[str, ...], bool]:
    """Author names from every shape seen in the wild; True when all are organisations.

    Lists inside lists are read `MAX_VALUE_DEPTH` levels deep."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    orgs = 0
    for raw in items:
        item = _resolve(raw, by_id)
        if isinstance(item, list):
            if depth >= MAX_VALUE_DEPTH:
                continue
            sub, _ = _people(item, by_id, depth + 1)
            names.extend(sub)
            continue
        if isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                found = [t for t in (_text(r) for r in name) if t]
            else:
                found = [t for t in [_text(name)] if t]
            if not found:
                given, family = _text(item.get("givenName")), _text(item.get("familyName"))
                found = [" ".join(p for p in (given, family) if p)] if given or family else []
            if any(t in ORG_TYPES for t in _types(item)):
                orgs += 1
            names.extend(found)
        elif isinstance(item, str) and item.strip() and not item.strip().startswith("http"):
            names.append(" ".join(item.split()))
    unique = tuple(dict.fromkeys(n for n in names if n))
    return unique, bool(unique) and orgs == len(items)


def _keywords(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list):
        parts = [p for p in (_text(v) for v in value) if p]
    else:
        return ()
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def _image(value: Any, by_id: dict[str, dict[str, Any]]) -> str | None:
    value = _resolve(value, by_id)
    if isinstance(value, list):
        value = value[0] if value else None
        value = _resolve(value, by_id)
    if isinstance(value, dict):
        return _text(value.get("url") or value.get("contentUrl") or value.get("@id"))
    return _text(value)
