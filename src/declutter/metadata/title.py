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
section or the site (once the site's part is cut) or titles worded for search
that share a word (of four letters or more) with it, and the first ``<h1>``
beats titles that word it loosely differently when no other ``<h1>`` shares
their words.  Then an element classed as a headline or title ("storyHeadline"
cells of old layouts) that agrees with a title source is the printed headline
(looked for only here: the class scan costs), unless it is a copy of a title
with its site part or a label printed over many teasers.  The first element
classed "headline" wins, agreeing or not, when the titles name only a section
or the site, or when the page declares no structured title (no og:title, no
JSON-LD: old layouts, whose ``<title>`` words the story its own way) and it is
no linked teaser or box item.  On such pages the line printed right above the
first byline ("By Jane Doe") is the headline next, as text dumps read it.
Otherwise a structured title or ``<title>`` is
used with its site-name part cut off; a title stringing the headline with
short section and site names yields the headline (`sitepart`).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from declutter.metadata.byline import LINE_LEAD_WORDS
from declutter.metadata.headings import (
    HEADING_RANK,
    HEADING_TAGS,
    HEADLINE_ONLY,
    Heading,
    classed_headings,
    headings,
)
from declutter.metadata.sitepart import (
    MIN_PART_WORDS,
    clean,
    is_site,
    join_pieces,
    pieces_of,
    split_keep,
    squash,
    strip_site,
)
from declutter.metadata.tags import PageTags
from declutter.metadata.xpath import strings

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
#: Most times a headline is printed in headline-classed elements (a header and a sticky
#: bar); a text printed more often is a label over teasers.
MAX_REPEATS = 2
#: Least word-overlap (Dice) for a heading to count as the titled headline.
MIN_AGREEMENT = 0.7
#: Least word-overlap for a lone ``<h1>`` to beat a title that words it differently.
LOOSE_AGREEMENT = 0.3
#: Most words of a title that names a section or a site rather than the article.
GENERIC_TITLE_WORDS = 2
#: Weight of a run of a split title against the whole title.
PART_WEIGHT = 0.95
#: A separator left dangling at the end of a title ("National Rail Enquiries -"): the
#: headline part is empty, what is left names the site.
_DANGLING_SEPARATOR = re.compile(r"\s[|\-–—•·»~/]$")


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
    keys |= _signed_by_host(titles, url)
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
    printed = _printed_headlines(classed_headings(tree, keys, url), titles, keys)
    best = _best_heading(printed, refs)
    if best is not None:
        return best.headline, "headline-classed element"
    generic = all(_names_no_story(t, keys) for t in titles)
    if generic or not structured:
        # the element classed "headline", when the titles name only a section or the site,
        # or when only a <title> words the story (old layouts: the headline is as printed)
        marked = classed_headings(tree, keys, url, marks=HEADLINE_ONLY)
        printed = [h for h in _printed_headlines(marked, titles, keys) if generic or not h.aside]
        first = next(iter(printed), None)
        if first is not None and not (first.site_like or first.part):
            return first.headline, "headline-classed element"
    if not structured:
        above = _above_byline(tree)
        if above:
            return above, "printed above the byline"
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


#: Shortest host name read as the start of the site's name in a title ("sheego").
MIN_HOST_NAME = 4
#: Longest second-level label read as part of a public suffix ("co" in "bbc.co.uk").
MAX_SUFFIX_LABEL = 3
#: Most words of a title's last part read as the site's name.
MAX_SITE_WORDS = 4


def _signed_by_host(titles: list[str], url: str | None) -> set[str]:
    """Last parts of the titles that open with the host's name: the site signing its
    pages ("Magic Cleaning | sheego ♥ Magazin" on sheego.de) -> their compare forms."""
    labels = (urlsplit(url or "").hostname or "").split(".")
    # the registered name: "sheego" in shop.sheego.de, "bbc" in www.bbc.co.uk
    name = labels[-2] if len(labels) > 1 else ""
    if len(name) <= MAX_SUFFIX_LABEL and len(labels) > 2:
        name = labels[-3]
    name = squash(name)
    if len(name) < MIN_HOST_NAME:
        return set()
    signed = set()
    for title in titles:
        pieces = split_keep(title)
        last = squash(pieces[-1][1]).split()
        rest = squash(join_pieces(pieces[:-1])).split() if len(pieces) > 1 else []
        # a signature is short, and no longer than the headline it follows
        if last[:1] == [name] and len(last) <= min(MAX_SITE_WORDS, len(rest)):
            signed.add(" ".join(last))
    return signed


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
    or name only a section: the page's lone ``<h1>`` (over titles worded otherwise if it
    shares a word of four letters or more with one), or the only one sharing words with
    a title (the others a newsletter box or a sidebar's)."""
    worded = [h for h in h1s if len(h.text.split()) >= MIN_PART_WORDS]
    if len(h1s) == 1 and worded:
        if all(_names_no_story(t, keys) for t in titles):
            return worded[0]
        # a title worded for search or sharing, the printed headline sharing a word of it
        if _shares_long_word(worded[0].text, titles):
            return worded[0]
    loose = [h for h in worded if _agreement(_words(h.text), refs) >= LOOSE_AGREEMENT]
    if len({h.text for h in loose}) == 1 and (len(h1s) == 1 or loose[0] is worded[0]):
        return loose[0]
    return None


#: Shortest word shared with a title that ties a heading to it ("and" does not).
MIN_SHARED_LETTERS = 4


def _shares_long_word(text: str, titles: list[str]) -> bool:
    """Whether ``text`` and a title share a word of some length."""
    mine = {w for w in _words(text) if len(w) >= MIN_SHARED_LETTERS}
    return any(mine & _words(t) for t in titles)


#: The page's text nodes in order (script and style left out).
_TEXTS = lxml.etree.XPath(
    "//body//text()[normalize-space()][not(ancestor::script or ancestor::style)]",
    smart_strings=True,
)
#: A byline line: "By Jane Doe", "von Max Muster", "di Mario Rossi" (its first text node).
_BYLINE_LINE = re.compile(r"^\s*(?:" + "|".join((*LINE_LEAD_WORDS, "di")) + r")\s+\S", re.I)
#: Most words of a byline line's first text node.
MAX_BYLINE_WORDS = 8
#: Fewest and most words of a headline read above the byline.
MIN_ABOVE_WORDS, MAX_ABOVE_WORDS = 3, 30
#: A line ending a sentence is a summary or a caption, not a headline.
_SENTENCE_END = re.compile(r"[.;,]$")


def _above_byline(tree: lxml.html.HtmlElement) -> str | None:
    """The line printed right above the page's first byline ("By Jane Doe"), as old
    layouts print the headline: not a link, of a headline's length, no sentence."""
    above = None
    for node in strings(_TEXTS, tree):
        holder = node.getparent()
        if node.is_tail and holder is not None:
            holder = holder.getparent()
        if holder is None:
            continue
        text = " ".join(str(node).split())
        if _BYLINE_LINE.match(text) and len(text.split()) <= MAX_BYLINE_WORDS:
            line = clean(above.text_content()) if above is not None else None
            if line and MIN_ABOVE_WORDS <= len(line.split()) <= MAX_ABOVE_WORDS:
                return None if _SENTENCE_END.search(line) else line
            return None
        if holder.tag != "a" and not any(a.tag == "a" for a in holder.iterancestors()):
            above = holder
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
