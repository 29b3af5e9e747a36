"""Title sources -> the article's headline.

Sources: JSON-LD ``headline``, ``og:title`` / ``twitter:title`` / ``dc.title``,
``<title>``, and the page's headings (``h1``-``h3``, ``itemprop=headline``).
The headline people read is a heading, so headings are scored against the
title sources (word overlap with the whole titles and with the runs of a
title split on separators such as ``|`` and `` - ``); among the headings that
agree well enough the highest level wins (an agreeing ``<h1>`` before any
``<h2>``), then the best agreement; a one-word heading (a section of the
title's trail, "News") only when no longer one agrees.  Headings that name
the site (logo, ``rel=home`` link, a link up the page's own address to the
blog's or section's home, the site name) never win, nor do interface labels
(a share prompt, "In this section": `labels`); a date printed in a heading is
dropped.  A lone ``<h1>`` also beats titles that only name a
section or the site (once the site's part is cut), and the first ``<h1>``
beats titles that word it loosely differently when no other ``<h1>`` shares
their words.  Then an element classed as a headline or title ("storyHeadline"
cells of old layouts) that agrees with a title source is the printed headline
(looked for only here: the class scan costs), unless it is a copy of a title
with its site part or a label printed over many teasers.  Otherwise a
structured title or ``<title>`` is used with its site-name part cut off.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from declutter.metadata.labels import interface_labels
from declutter.metadata.sitepart import (
    MIN_PART_WORDS,
    clean,
    is_site,
    join_pieces,
    pieces_of,
    squash,
    strip_site,
)
from declutter.metadata.tags import PageTags
from declutter.metadata.xpath import elements, strings

#: Meta keys carrying a title, best first.
META_TITLE_KEYS = (
    "dc:title",
    "dcterms:title",
    "og:title",
    "twitter:title",
    "title",
    "parsely-title",
    "sailthru.title",
)
#: Heading tags read, with their rank (lower is preferred on ties); ``classed`` is an
#: element whose class or id names a headline (old layouts print it in a ``<td>``).
HEADING_RANK = {"h1": 0, "h2": 1, "h3": 2, "classed": 3}
#: The heading tags proper.
HEADING_TAGS = ("h1", "h2", "h3")
#: Class and id values of the page (their elements are the values' parents).
_MARKS = lxml.etree.XPath("//body//@class | //body//@id")
_HEADLINE_MARK = re.compile(r"title|headline", re.I)
#: Tags of a headline-classed element that is no printed headline (headings are read
#: as such; a link is a teaser's).
_NOT_CLASSED = frozenset({"h1", "h2", "h3", "a", "title", "meta", "link", "script", "style"})
#: Blocks inside an element that make it a container, not a headline.
_BLOCKS = lxml.etree.XPath(".//*[self::div or self::p or self::table or self::li or self::img]")
#: Most times a headline is printed in headline-classed elements (a header and a sticky
#: bar); a text printed more often is a label over teasers.
MAX_REPEATS = 2
#: Most headline-classed elements read.
MAX_CLASSED = 40
#: Most headings of one level considered.
MAX_HEADINGS = 40
#: Longest heading taken as a headline (characters).
MAX_HEADLINE = 300
#: Least word-overlap (Dice) for a heading to count as the titled headline.
MIN_AGREEMENT = 0.7
#: Least word-overlap for a lone ``<h1>`` to beat a title that words it differently.
LOOSE_AGREEMENT = 0.3
#: Most words of a title that names a section or a site rather than the article.
GENERIC_TITLE_WORDS = 2
#: Weight of a run of a split title against the whole title.
PART_WEIGHT = 0.95
#: Class/id words of a site logo or name heading.
SITE_MARKS = re.compile(
    r"site-?(?:title|name|logo|branding)|logo|brand|blog-?title|masthead|"
    r"header-title|site-header",
    re.I,
)
#: A date printed at the start or end of a heading ("23.01.2022 - Headline").
_DATED = re.compile(
    r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s*[-–—|:]\s*|\s*[-–—|:]\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s*$"
)
#: The prefix a web archive puts before a saved page's links ("/web/20080731095558/").
_ARCHIVED = re.compile(r"^(?:https?://[^/]+)?/web/\d{8,14}[a-z_]*/")
#: A separator left dangling at the end of a title ("National Rail Enquiries -"): the
#: headline part is empty, what is left names the site.
_DANGLING_SEPARATOR = re.compile(r"\s[|\-–—•·»~/]$")
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
    tree: lxml.html.HtmlElement, site_keys: set[str], url: str | None = None
) -> list[Heading]:
    """Elements whose class or id names a headline or title and that hold no blocks, as
    headings of the ``classed`` rank (read only when no heading names the story)."""
    return _read_headings(iter(_classed(tree)), site_keys, url)


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
        text = clean(_shown(el))
        if not text or len(text) > MAX_HEADLINE:
            continue
        undated = _DATED.sub("", text)  # a date printed in the heading is not the headline
        if len(undated.split()) >= MIN_PART_WORDS:
            text = undated
        if _interface_label(text):
            continue
        site_like = _site_heading(el, text, site_keys, url)
        out.append(Heading(text, tag, order, site_like, unkicked=_unkicked(el)))
        # a kicker or subtitle inside the heading: its lines are candidates too
        for part in _inner_parts(el, text):
            out.append(Heading(part, tag, order, site_like, part=True))
    return out


#: Interface labels in compare form ("share this article", "in this section", "related").
_LABELS = frozenset(squash(label) for label in interface_labels())


def _interface_label(text: str) -> bool:
    """A share or bookmark prompt, a box or navigation heading: never the headline."""
    return squash(text) in _LABELS


def _classed(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Elements classed as a headline or title that hold no blocks, in page order."""
    out: list[lxml.html.HtmlElement] = []
    last = None
    for mark in strings(_MARKS, tree):
        if not _HEADLINE_MARK.search(mark):
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


def _shown(el: lxml.html.HtmlElement) -> str:
    """The element's text without the text of ``<style>``/``<script>`` inside it (CSS
    injected into a heading is no part of its words)."""
    if el.find(".//style") is None and el.find(".//script") is None:
        return str(el.text_content())
    return "".join(strings(_SHOWN_TEXT, el))


_SHOWN_TEXT = lxml.etree.XPath(
    ".//text()[not(ancestor::style or ancestor::script)]", smart_strings=False
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
    """The heading's text after a kicker: a short classed element opening it, before a
    longer headline ("<span class=label>Patch Notes</span> Patchnotes 4.47.4 - ...")."""
    node = el
    while not (node.text or "").strip() and len(node) == 1 and not (node[0].tail or "").strip():
        node = node[0]  # <h1><a href=...>...</a></h1>: the link holds the lines
    if (node.text or "").strip() or not len(node):
        return None
    kicker = node[0]
    if not isinstance(kicker.tag, str) or not (kicker.get("class") or kicker.get("id")):
        return None
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


def document_title(tree: lxml.html.HtmlElement) -> str | None:
    """The ``<title>`` text (the first outside an ``<svg>``)."""
    for el in tree.iter("title"):
        parent = el.getparent()
        if parent is not None and parent.tag == "svg":
            continue
        text = clean(el.text_content())
        if text:
            return text
    return None


def site_keys(site_name: str | None, tags: PageTags, url: str | None) -> set[str]:
    """Compare forms of the site's names: site name metas and the URL's host."""
    keys = set()
    for name in (
        site_name,
        *tags.meta.get("og:site_name", [])[:1],
        *tags.meta.get("application-name", [])[:1],
    ):
        if name:
            keys.add(squash(name))
    host = urlsplit(url or "").hostname or ""
    if host:
        host = host.removeprefix("www.")
        keys.add(squash(host))
        keys.add(squash(host.rsplit(".", 1)[0]))
    return {k for k in keys if k}


def choose_title(
    tree: lxml.html.HtmlElement,
    tags: PageTags,
    *,
    jsonld_headline: str | None,
    site_name: str | None,
    url: str | None = None,
) -> tuple[str | None, str]:
    """The headline and where it came from."""
    keys = site_keys(site_name, tags, url)
    heads = headings(tree, keys, url)
    keys |= {squash(h.text) for h in heads if h.site_like}
    doc = document_title(tree)
    if doc and _DANGLING_SEPARATOR.search(doc):
        keys.add(squash(doc))  # "Site -": a title whose headline part was left empty
        doc = None
    structured: list[tuple[str, str]] = []
    if jsonld_headline:
        structured.append((clean(jsonld_headline) or "", "json-ld"))
    for key in META_TITLE_KEYS:
        values = tags.meta.get(key)
        if values:
            structured.append((clean(values[0]) or "", f"meta:{key}"))
    titles = [t for t, _ in structured] + ([doc] if doc else [])
    refs = _references(titles, keys)
    # itemprop=headline often sits on the heading itself (kicker included): a weaker reference
    for value in tags.itemprops.get("headline", [])[:1]:
        structured.append((value, "itemprop:headline"))
        refs.append((_words(value), PART_WEIGHT))
    best = _best_heading([h for h in heads if h.tag in HEADING_TAGS], refs)
    if best is not None:
        return best.headline, best.tag
    h1s = [h for h in heads if h.tag == "h1" and not h.site_like and not h.part]
    lone = _lone_h1(h1s, refs, keys, titles)
    if lone is not None:
        return lone.headline, "h1"
    # the headline printed outside any heading, in an element classed as one
    classed = classed_headings(tree, keys, url)
    best = _best_heading(_printed_headlines(classed, titles, keys), refs)
    if best is not None:
        return best.headline, "headline-classed element"
    for text, source in structured:
        cut = strip_site(text, keys)
        if cut:
            return cut, source
    if doc:
        cut = strip_site(doc, keys, doc=True)
        if cut:
            return cut, "<title>"
    for h in heads:
        if not h.site_like and h.tag in HEADING_TAGS:
            return h.text, h.tag
    return None, ""


def _printed_headlines(heads: list[Heading], titles: list[str], keys: set[str]) -> list[Heading]:
    """Headline-classed elements that may be the printed headline: of several words (one
    is a section label), not a copy of a title with its site part ("Story - Site"), and
    not a label printed over many teasers ("Workout of the week")."""
    copies = {squash(t) for t in titles if len(pieces_of(t, keys)) > 1}
    printed = Counter(squash(h.text) for h in heads)
    return [
        h
        for h in heads
        if h.tag == "classed"
        and len(h.text.split()) >= MIN_PART_WORDS
        and squash(h.text) not in copies
        and printed[squash(h.text)] <= MAX_REPEATS
    ]


def _lone_h1(
    h1s: list[Heading],
    refs: list[tuple[frozenset[str], float]],
    keys: set[str],
    titles: list[str],
) -> Heading | None:
    """The one ``<h1>`` naming the story, over titles that word it loosely differently
    or name only a section: the page's lone ``<h1>``, or the only one sharing words with
    a title (the others a newsletter box or a sidebar's)."""
    worded = [h for h in h1s if len(h.text.split()) >= MIN_PART_WORDS]
    if len(h1s) == 1 and worded and all(_names_no_story(t, keys) for t in titles):
        return worded[0]
    loose = [h for h in worded if _agreement(_words(h.text), refs) >= LOOSE_AGREEMENT]
    if len({h.text for h in loose}) == 1 and (len(h1s) == 1 or loose[0] is worded[0]):
        return loose[0]
    return None


def _agreement(words: frozenset[str], refs: list[tuple[frozenset[str], float]]) -> float:
    """Best word overlap with a title source or a run of one (unweighted)."""
    return max((_dice(words, ref) for ref, _ in refs), default=0.0)


def _names_no_story(title: str, keys: set[str]) -> bool:
    """A title that names only a section or the site ("Gas prices - energy.org"): a few
    words once the site's part is cut."""
    cut = strip_site(title, keys) or title
    return len(_words(cut)) <= GENERIC_TITLE_WORDS


def _words(text: str) -> frozenset[str]:
    return frozenset(squash(text).split())


def _references(titles: list[str], keys: set[str]) -> list[tuple[frozenset[str], float]]:
    """Word sets of each title and of each run of its split parts that is not the site."""
    refs: list[tuple[frozenset[str], float]] = []
    for title in titles:
        refs.append((_words(title), 1.0))
        pieces = pieces_of(title, keys)
        for i in range(len(pieces)):
            for j in range(i + 1, len(pieces) + 1):
                if j - i == len(pieces):
                    continue
                run = join_pieces(pieces[i:j])
                if not is_site(run, keys):
                    refs.append((_words(run), PART_WEIGHT))
    return [(w, weight) for w, weight in refs if w]


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _best_heading(heads: list[Heading], refs: list[tuple[frozenset[str], float]]) -> Heading | None:
    """The highest-level heading agreeing with a title source, best agreement first."""
    best, best_key = None, (False, -99, 0.0, 0, 0)
    for h in heads:
        if h.site_like:
            continue
        words = _words(h.text)
        score = max((_dice(words, ref) * weight for ref, weight in refs), default=0.0)
        # a one-word heading agreeing with a title part is a section or edition label
        # ("News" over the story's "<h2>"): any agreeing headline of more words wins
        worded = len(words) >= MIN_PART_WORDS
        key = (worded, -HEADING_RANK[h.tag], round(score, 3), -h.order, -h.part)
        if score >= MIN_AGREEMENT and key > best_key:
            best, best_key = h, key
    return best
