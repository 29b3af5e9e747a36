"""Tree -> the page's headings: ``h1``-``h3``, and elements classed as a headline.

Each `Heading` carries its text (a date printed at its start or end dropped),
its rank, its page order, whether it names the site (the site's name, a logo
or masthead class, a link to the home page or up the page's own address) and
the text without a short kicker opening it (a heading classed as a kicker,
"strapline", "Dachzeile", is none); the lines of a heading split at its
child elements are candidates too.  Interface labels (`labels`) are no heading.
Elements whose class or id names a headline or title are read apart, by
`classed_headings`, only when the title reader needs them (the class scan
costs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from declutter.metadata.labels import interface_labels
from declutter.metadata.sitepart import MIN_PART_WORDS, clean, is_site, squash
from declutter.metadata.xpath import elements, strings

#: Heading tags read, with their rank (lower is preferred on ties); ``classed`` is an
#: element whose class or id names a headline (old layouts print it in a ``<td>``).
HEADING_RANK = {"h1": 0, "h2": 1, "h3": 2, "classed": 3}
#: The heading tags proper.
HEADING_TAGS = ("h1", "h2", "h3")
#: Class and id values of the page (their elements are the values' parents).
_MARKS = lxml.etree.XPath("//body//@class | //body//@id")
_HEADLINE_MARK = re.compile(r"title|headline", re.I)
#: The stricter mark: a "headline" class or the story's own title ("articleTitle",
#: "story_title"), never a widget's or a box's "title".
HEADLINE_ONLY = re.compile(r"headline|(?:story|article|news|post|entry)[-_]?title", re.I)
#: Tags of a headline-classed element that is no printed headline (headings are read
#: as such; a link is a teaser's).
_NOT_CLASSED = frozenset({"h1", "h2", "h3", "a", "title", "meta", "link", "script", "style"})
#: Blocks inside an element that make it a container, not a headline.
_BLOCKS = lxml.etree.XPath(".//*[self::div or self::p or self::table or self::li or self::img]")
#: Most headline-classed elements read.
MAX_CLASSED = 40
#: Most headings of one level considered.
MAX_HEADINGS = 40
#: Longest heading taken as a headline (characters).
MAX_HEADLINE = 300
#: Class/id words of a site logo or name heading ("post-header-title" is the story's).
SITE_MARKS = re.compile(
    r"site-?(?:title|name|logo|branding)|logo|brand|blog-?title|masthead|"
    r"(?<!post-)(?<!entry-)(?<!article-)header-title|site-header",
    re.I,
)
#: Class/id words of a kicker, a label set over the headline ("strapline", "Dachzeile").
_KICKER_MARKS = re.compile(
    r"kicker|strap-?line|over-?line|roof-?line|eyebrow|super-?title|dachzeile|spitzmarke", re.I
)
#: A date printed at the start or end of a heading ("23.01.2022 - Headline").
_DATED = re.compile(
    r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s*[-–—|:]\s*|\s*[-–—|:]\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s*$"
)
#: The prefix a web archive puts before a saved page's links ("/web/20080731095558/").
_ARCHIVED = re.compile(r"^(?:https?://[^/]+)?/web/\d{8,14}[a-z_]*/")
#: Most words of a kicker: a short label element opening a heading ("Patch Notes").
MAX_KICKER_WORDS = 5


@dataclass(frozen=True)
class Heading:
    text: str
    tag: str
    order: int
    site_like: bool
    part: bool = False
    #: The heading without the short label element opening it, if it has one.
    unkicked: str | None = None
    #: A classed element printed as a link or in a box beside the story (a teaser's).
    aside: bool = False

    @property
    def headline(self) -> str:
        return self.unkicked or self.text


def headings(
    tree: lxml.html.HtmlElement, site_keys: set[str], url: str | None = None
) -> list[Heading]:
    """The page's ``h1``-``h3`` headings in page order, with a flag for site-name headings
    (``url``, the page's address, tells a link up to the site's or a section's home)."""
    return _read_headings(tree.iter(*HEADING_TAGS), site_keys, url)


def classed_headings(
    tree: lxml.html.HtmlElement,
    site_keys: set[str],
    url: str | None = None,
    *,
    marks: re.Pattern[str] = _HEADLINE_MARK,
) -> list[Heading]:
    """Elements whose class or id names a headline or title and that hold no blocks, as
    headings of the ``classed`` rank (read only when no heading names the story)."""
    return _read_headings(iter(_classed(tree, marks)), site_keys, url)


def _read_headings(
    found: Iterator[lxml.html.HtmlElement], site_keys: set[str], url: str | None
) -> list[Heading]:
    out: list[Heading] = []
    counts = dict.fromkeys(HEADING_RANK, 0)
    for order, el in enumerate(found):
        tag = el.tag if el.tag in HEADING_TAGS else "classed"
        counts[tag] += 1
        if counts[tag] > MAX_HEADINGS:
            continue
        if _KICKER_MARKS.search(f"{el.get('class', '')} {el.get('id', '')}"):
            continue  # a kicker set as a heading of its own over the headline
        text = clean(_shown(el))
        if not text or len(text) > MAX_HEADLINE:
            continue
        undated = _DATED.sub("", text)  # a date printed in the heading is not the headline
        if len(undated.split()) >= MIN_PART_WORDS:
            text = undated
        if _interface_label(text):
            continue
        site_like = _site_heading(el, text, site_keys, url)
        aside = tag == "classed" and _aside(el)
        out.append(Heading(text, tag, order, site_like, unkicked=_unkicked(el), aside=aside))
        # a kicker or subtitle inside the heading: its lines are candidates too
        for part in _inner_parts(el, text):
            out.append(Heading(part, tag, order, site_like, part=True))
    return out


#: Interface labels in compare form ("share this article", "in this section", "related").
_LABELS = frozenset(squash(label) for label in interface_labels())


def _interface_label(text: str) -> bool:
    """A share or bookmark prompt, a box or navigation heading: never the headline."""
    return squash(text) in _LABELS


def _classed(tree: lxml.html.HtmlElement, marks: re.Pattern[str]) -> list[lxml.html.HtmlElement]:
    """Elements classed as a headline or title that hold no blocks, in page order."""
    out: list[lxml.html.HtmlElement] = []
    last = None
    for mark in strings(_MARKS, tree):
        if not marks.search(mark):
            continue
        el = mark.getparent()
        if el is None or el is last or not isinstance(el.tag, str) or el.tag in _NOT_CLASSED:
            continue
        last = el
        if elements(_BLOCKS, el):
            continue
        out.append(el)
        if len(out) >= MAX_CLASSED:
            break
    return out


#: Containers beside the story: what is printed in them is no headline of the story.
_BOX_TAGS = frozenset({"aside", "nav", "footer"})


def _aside(el: lxml.html.HtmlElement) -> bool:
    """A link (a teaser's headline) or an element in a box beside the story."""
    if el.find(".//a[@href]") is not None:
        return True
    return any(a.tag in _BOX_TAGS for a in el.iterancestors())


def _shown(el: lxml.html.HtmlElement) -> str:
    """The element's text without the text of ``<style>``/``<script>`` inside it (CSS
    injected into a heading is no part of its words)."""
    # iterdescendants (C) rather than find(".//br") (a Python path match, 3x slower)
    if next(el.iterdescendants("br"), None) is not None:  # "<small>Kicker</small><br>Headline"
        found = _SHOWN_LINES(el)
        lines = found if isinstance(found, list) else []
        return "".join(t if isinstance(t, str) else " " for t in lines)
    if next(el.iterdescendants("style", "script"), None) is None:
        return str(el.text_content())
    return "".join(strings(_SHOWN_TEXT, el))


_SHOWN_TEXT = lxml.etree.XPath(
    ".//text()[not(ancestor::style or ancestor::script)]", smart_strings=False
)
_SHOWN_LINES = lxml.etree.XPath(
    ".//text()[not(ancestor::style or ancestor::script)] | .//br", smart_strings=False
)


def _inner_parts(el: lxml.html.HtmlElement, whole: str) -> list[str]:
    """Each line of a heading split at its child elements, and the heading minus its first
    or last line ("<small>Kicker</small> Headline" -> "Headline")."""
    lines = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            lines.append(_shown(child))
        lines.append(child.tail or "")
    pieces = [p for p in (clean(line) for line in lines) if p]
    if len(pieces) < 2:
        return []
    found = [*pieces, " ".join(pieces[1:]), " ".join(pieces[:-1])]
    return [p for p in dict.fromkeys(found) if p != whole and len(p.split()) >= MIN_PART_WORDS]


def _unkicked(el: lxml.html.HtmlElement) -> str | None:
    """The heading's text after a kicker: a short classed element opening it (or one on
    its own line), before a longer headline ("<span class=label>Patch Notes</span>
    Patchnotes 4.47.4 - ...", "<small>Workout of the week</small><br>Pyramid")."""
    node = el
    while not (node.text or "").strip() and len(node) == 1 and not (node[0].tail or "").strip():
        node = node[0]  # <h1><a href=...>...</a></h1>: the link holds the lines
    if (node.text or "").strip() or not len(node):
        return None
    kicker = node[0]
    if not isinstance(kicker.tag, str):
        return None
    broken = not (kicker.tail or "").strip() and len(node) > 1 and node[1].tag == "br"
    if not (kicker.get("class") or kicker.get("id") or broken):
        return None  # a kicker is classed, or set on its own line
    label = (clean(_shown(kicker)) or "").split()
    if label and label[-1].endswith(":"):
        return None  # "Krach vor der Versammlung:" opens the headline's sentence
    rest_parts = [kicker.tail or ""]
    for child in node[1:]:
        if isinstance(child.tag, str):
            rest_parts.append(_shown(child))
        rest_parts.append(child.tail or "")
    rest = clean(" ".join(rest_parts))
    rest = rest.lstrip("|-–—•·»:~/ ") if rest else None
    if not label or len(label) > MAX_KICKER_WORDS or not rest:
        return None
    words = len(rest.split())
    return rest if words >= MIN_PART_WORDS and words >= len(label) else None


def _site_heading(
    el: lxml.html.HtmlElement, text: str, site_keys: set[str], url: str | None = None
) -> bool:
    if is_site(text, site_keys):
        return True
    for node in (el, el.getparent()):
        if node is None:
            continue
        marks = f"{node.get('class', '')} {node.get('id', '')}"
        if SITE_MARKS.search(marks):
            return True
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        href = _ARCHIVED.sub("", href)  # a saved copy's link to the site's home page
        if a.get("rel") == "home" or href in ("/", "./") or re.fullmatch(r"https?://[^/]+/?", href):
            return True
        if url and _leads_up(href, url):
            return True
    return False


def _leads_up(href: str, url: str) -> bool:
    """Whether ``href`` leads up the page's own address: to the home of the blog or the
    section holding it ("https://blog.example.org/jane" on ".../jane/e/52743e")."""
    link = urlsplit(urljoin(url, href))
    page = urlsplit(url)
    if link.query or link.hostname != page.hostname:
        return False
    up = link.path.rstrip("/")
    return bool(up) and page.path.startswith(f"{up}/") and page.path.rstrip("/") != up
