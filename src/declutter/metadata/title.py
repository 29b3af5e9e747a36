"""Title candidates -> the article's headline.

Sources: JSON-LD ``headline``, ``og:title`` / ``twitter:title`` / ``dc.title``,
``<title>``, and the page's ``<h1>`` elements.  The document ``<title>`` often
carries the site name, section or a slogan ("Headline - Section | Site"): it is
split on separators and the part that matches a heading or the structured
title is kept.  When an ``<h1>`` agrees with a structured or ``<title>``
title, the ``<h1>`` wording (the headline as printed) is returned.
"""

from __future__ import annotations

import re
import unicodedata

import lxml.etree
import lxml.html

from declutter.metadata.tags import PageTags

_H1 = lxml.etree.XPath("//h1")
_H2 = lxml.etree.XPath("//h2")
_TITLE = lxml.etree.XPath("//title")

#: Separators between headline and site/section in ``<title>`` and og:title.
SEPARATORS = re.compile(r"\s+[|\-–—•·»:~/]\s+|\s*(?:\||::|»|«|•|—|–)\s*")
#: Meta keys carrying a title, best first.
META_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "dcterms.title", "title",
                   "parsely-title", "sailthru.title")
#: Longest heading taken as a headline (characters).
MAX_HEADLINE = 300
#: Shortest part of a split title kept on its own (words).
MIN_PART_WORDS = 2
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


def squash(text: str | None) -> str:
    """Compare form: NFKC, case-folded, punctuation dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


def clean(text: str | None) -> str | None:
    """Collapse white space; None for empty."""
    if not text:
        return None
    text = " ".join(text.split())
    return text or None


def headings(tree: lxml.html.HtmlElement) -> list[str]:
    """Texts of the ``<h1>`` elements, in page order, short enough to be a headline."""
    out = []
    for el in _H1(tree):
        text = clean(el.text_content())
        if text and len(text) <= MAX_HEADLINE:
            out.append(text)
    return out


def document_title(tree: lxml.html.HtmlElement) -> str | None:
    """The ``<title>`` text (the first one in the head if several)."""
    for el in _TITLE(tree):
        if el.getparent() is not None and el.getparent().tag == "svg":
            continue
        text = clean(el.text_content())
        if text:
            return text
    return None


def choose_title(
    tree: lxml.html.HtmlElement,
    tags: PageTags,
    *,
    jsonld_headline: str | None,
    site_name: str | None,
) -> tuple[str | None, str]:
    """The headline and where it came from."""
    h1s = headings(tree)
    doc = document_title(tree)
    structured: list[tuple[str, str]] = []
    if jsonld_headline:
        structured.append((jsonld_headline, "json-ld"))
    for key in META_TITLE_KEYS:
        values = tags.meta.get(key)
        if values:
            structured.append((values[0], f"meta:{key}"))
    if tags.itemprops.get("headline"):
        structured.append((tags.itemprops["headline"][0], "itemprop:headline"))
    known = [t for t, _ in structured] + ([doc] if doc else [])
    # 1. an <h1> that a title source confirms (whole or as one part of a split title)
    wanted = {squash(p) for t in known for p in _parts(t, include_whole=True)}
    for h in h1s:
        if squash(h) in wanted:
            return h, "h1"
    # 2. a structured title, with a site-name part removed
    site_keys = _site_keys(site_name, tags)
    for text, source in structured:
        cut = _strip_site(text, site_keys, h1s)
        if cut:
            return cut, source
    # 3. <title> cut to the headline part
    if doc:
        cut = _strip_site(doc, site_keys, h1s, doc=True)
        if cut:
            return cut, "<title>"
    if h1s:
        return h1s[0], "h1"
    for el in _H2(tree)[:1]:
        text = clean(el.text_content())
        if text and len(text) <= MAX_HEADLINE:
            return text, "h2"
    return None, ""


def _parts(text: str, *, include_whole: bool = False) -> list[str]:
    parts = [p.strip() for p in SEPARATORS.split(text) if p.strip()]
    if include_whole:
        parts.append(text)
        # also every prefix / suffix run of parts ("A: B | Site" -> "A: B")
        pieces = _split_keep(text)
        for i in range(1, len(pieces)):
            parts.append(_join(pieces[:i]))
            parts.append(_join(pieces[i:]))
    return parts


def _split_keep(text: str) -> list[tuple[str, str]]:
    """``text`` as (separator before, piece) pairs; the first separator is empty."""
    out, last, sep = [], 0, ""
    for m in SEPARATORS.finditer(text):
        out.append((sep, text[last:m.start()]))
        sep, last = m.group(0), m.end()
    out.append((sep, text[last:]))
    return [(s, p) for s, p in out if p.strip()] or [("", text)]


def _site_keys(site_name: str | None, tags: PageTags) -> set[str]:
    keys = set()
    for name in (site_name, *tags.meta.get("og:site_name", []), *tags.meta.get("application-name", [])):
        if name:
            keys.add(squash(name))
    return {k for k in keys if k}


def _strip_site(text: str, site_keys: set[str], h1s: list[str], *, doc: bool = False) -> str | None:
    """``text`` without the parts that name the site; the longest remaining run."""
    pieces = _split_keep(text)
    if len(pieces) == 1:
        return text
    h1_keys = {squash(h) for h in h1s}
    # prefer a contiguous run that equals a heading
    for i in range(len(pieces)):
        for j in range(len(pieces), i, -1):
            run = _join(pieces[i:j])
            if squash(run) in h1_keys:
                return run
    keep = [p for p in pieces if not _is_site(p[1], site_keys)]
    if len(keep) < len(pieces) and keep:
        if len(keep) == 1 or not doc:
            return _join(keep)
    if not doc:
        return text
    # document title without a known site part: drop the shortest end part
    first, last = pieces[0][1], pieces[-1][1]
    if len(pieces) == 2 or len(last.split()) <= len(first.split()):
        cut = _join(pieces[:-1])
    else:
        cut = _join(pieces[1:])
    return cut if len(cut.split()) >= MIN_PART_WORDS else text


def _join(pieces: list[tuple[str, str]]) -> str:
    """Pieces back into text, keeping the separators between them (not before the first)."""
    text = pieces[0][1] + "".join(sep + piece for sep, piece in pieces[1:])
    return " ".join(text.split())


def _is_site(part: str, site_keys: set[str]) -> bool:
    key = squash(part)
    if not key:
        return True
    return any(key == s or key.replace(" ", "") == s.replace(" ", "") for s in site_keys)
