"""Tree -> byline candidates as (printed text, source), best source first.

`meta_bylines` reads author meta tags (several tags of one key are one
credit), `visible_bylines` the ``rel``/``itemprop`` author elements and
byline-classed elements (a credit box's lines kept apart by " | "), and
`printed_bylines` the lines near the headline that open with "By", "Von",
an author label, or that pair a date with a bare name.  Nothing here
cleans or judges a credit: `byline` does, and `credit` chooses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import lxml.etree
import lxml.html

from declutter.metadata.byline import LEAD_PHRASES, LINE_LEAD_WORDS, MAX_BYLINE, clean_byline
from declutter.metadata.dates import find_dates
from declutter.metadata.marked import NOT_ARTICLE, Marked
from declutter.metadata.tags import PageTags
from declutter.metadata.words import AGENCIES, CREDIT_LABELS, LABELS, NOT_CREDIT, NOT_NAME_START
from declutter.metadata.xpath import elements

#: Meta keys carrying an author, best first (values that are URLs are skipped).
META_AUTHOR_KEYS = (
    "dc:creator",
    "dcterms:creator",
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "byl",
    "citation_author",
    "og:article:author",
    "book:author",
)
#: Other meta keys naming the author ("article:author_name", "shareaholic:article_author_name").
_AUTHOR_KEY = re.compile(r"(?:^|[:._-])author[_-]?name$")

_NAME_INSIDE = lxml.etree.XPath(".//*[@itemprop='name']")
_SKIP_TAGS = frozenset({"script", "style", "img", "meta", "link", "noscript", "svg", "head"})


def meta_bylines(tags: PageTags) -> Iterator[tuple[str, str]]:
    """Author values of meta tags as (text, source), skipping profile URLs and handles."""
    keys = [*META_AUTHOR_KEYS, *(k for k in tags.meta if _AUTHOR_KEY.search(k))]
    for key in dict.fromkeys(keys):
        values = [v for v in tags.meta.get(key, [])[:MAX_META_AUTHORS] if not _is_link(v)]
        if len(values) > 1 and all(";" not in v and "," not in v for v in values):
            # one tag per author (citation_author, dc.creator): one credit
            yield "; ".join(dict.fromkeys(values)), f"meta:{key}"
        for value in values:
            yield value, f"meta:{key}"
    # Yoast-style "twitter:label1 = Written by", "twitter:data1 = Jane Doe"
    for n in TWITTER_LABEL_SLOTS:
        label = tags.meta.get(f"twitter:label{n}", [""])[0]
        if _CREDIT_LABEL.fullmatch(label.strip()):
            for value in tags.meta.get(f"twitter:data{n}", [])[:1]:
                yield value, f"meta:twitter:data{n}"


#: Most values read of one meta author key (one tag per author on papers).
MAX_META_AUTHORS = 6


def _is_link(value: str) -> bool:
    return value.startswith(("http", "/", "www.", "@"))


def visible_bylines(tags: PageTags, marked: Marked) -> Iterator[tuple[str, str]]:
    """Printed credits as (text, source): rel/itemprop author first, then byline classes.

    A generator: the class scan runs only if the marked elements gave nothing usable.
    """
    for el in tags.author_elements:
        if _outside_story(el):
            continue  # a commenter's link, or the writer of a story in a teaser list
        inner = elements(_NAME_INSIDE, el)
        text = credit_text(inner[0] if inner else el)
        if text and len(text) <= MAX_BYLINE:
            source = "rel=author" if el.get("itemprop") is None else "itemprop=author"
            yield _shared_line(el, tags.author_elements) or text, source
    classed = [el for el, _ in marked.bylines]
    for el, marks in marked.bylines:
        if any(w in marks for w in NOT_CREDIT) or el.tag in _SKIP_TAGS or _outside_story(el):
            continue
        text = credit_text(el)
        if text and len(text) <= MAX_BYLINE:
            yield _label_before(el) + (_shared_line(el, classed) or text), "visible byline"


#: Tags that start a new line inside a credit box (name, then job title, then date).
_LINE_TAGS = frozenset({"div", "p", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"})
_LINE_BREAKS = re.compile(r"(?:\s*\|\s*)+")


def credit_text(el: lxml.html.HtmlElement) -> str:
    """Text of a credit element, its block children kept apart by " | "
    ("Ben Silverman<div>Games Editor</div>" -> "Ben Silverman | Games Editor")."""
    if not any(d.tag in _LINE_TAGS for d in el.iterdescendants()):
        return " ".join(el.text_content().split())
    pieces: list[str] = []
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        tag = node.tag
        if event == "start":
            if tag in _LINE_TAGS:
                pieces.append(" | ")
            if isinstance(tag, str) and tag not in _SKIP_TAGS and node.text:
                pieces.append(node.text)
        else:
            if tag in _LINE_TAGS:
                pieces.append(" | ")
            if node is not el and node.tail:
                pieces.append(node.tail)
    text = _LINE_BREAKS.sub(" | ", " ".join("".join(pieces).split()))
    return text.strip(" |")


#: Longest text before a credit element read as its label ("Foto:", "Text:").
MAX_LABEL_BEFORE = 20
#: Elements that print a label before a credit ("<strong>Foto:</strong>").
_LABEL_TAGS = frozenset({"strong", "b", "span", "label", "em", "i", "small", "dt"})


def _label_before(el: lxml.html.HtmlElement) -> str:
    """A short label printed just before the element, with a space ("Foto: " before
    ``<p class="autor">Jaiver Nieto</p>``), so the credit reads as printed; else ""."""
    prev = el.getprevious()
    if prev is not None:
        text = (prev.tail or "").strip()
        if not text and prev.tag in _LABEL_TAGS:  # small inline labels only: no big read
            text = " ".join(prev.text_content().split())
    else:
        parent = el.getparent()
        text = (parent.text or "").strip() if parent is not None else ""
    return f"{text} " if text.endswith(":") and len(text) <= MAX_LABEL_BEFORE else ""


def _shared_line(el: lxml.html.HtmlElement, credits: Iterable[lxml.html.HtmlElement]) -> str | None:
    """The whole line when ``el`` shares its parent with another credit element.

    "By <a>Jane Doe</a> and <a>Max Muster</a>" is one credit, not two.
    """
    parent = el.getparent()
    if parent is None or sum(1 for c in credits if c.getparent() is parent) < 2:
        return None
    text = " ".join(parent.text_content().split())
    return text if len(text) <= MAX_BYLINE else None


def _outside_story(el: lxml.html.HtmlElement) -> bool:
    """True inside a form, a comment thread or a teaser list (a commenter's name, or the
    writer of another story, is not the byline), or inside a link that holds more than
    the credit (a teaser: "<a>Other story <small>(Jane Doe, News)</small></a>")."""
    for anc in el.iterancestors():
        marks = f"{anc.get('class', '')} {anc.get('id', '')}"
        if anc.tag == "form" or "comment" in marks or (marks.strip() and NOT_ARTICLE.search(marks)):
            return True
        if anc.tag == "a" and _holds_more(anc, el):
            return True
    return False


#: Characters a link may hold beyond the credit inside it (a label, "By", brackets).
MAX_LINK_EXTRA = 20


def _holds_more(link: lxml.html.HtmlElement, credit: lxml.html.HtmlElement) -> bool:
    """True when ``link`` holds much more text than ``credit``: a headline besides it."""
    own = len(" ".join(credit.text_content().split()))
    return len(" ".join(link.text_content().split())) > 2 * own + MAX_LINK_EXTRA


_STARTS_CREDIT = re.compile(
    r"^\s*(?:(?:" + "|".join(LEAD_PHRASES + LINE_LEAD_WORDS) + r")\b\s*:?(?:\s+|$)"
    r"|(?:" + "|".join(CREDIT_LABELS) + r")\s*:)",
    re.I,
)


_CONNECTOR = re.compile(r"\s*(?:,|&|and|und|et|y|e|/)\s*", re.I)


#: ``twitter:labelN`` slots read for a credit.
TWITTER_LABEL_SLOTS = (1, 2)
_CREDIT_LABEL = re.compile(
    r"(?:written|posted)\s+by|(?:verfasst|geschrieben)\s+von|escrito\s+por|écrit\s+par|"
    r"scritto\s+da|geschreven\s+door|autor(?:in)?|author|auteur",
    re.I,
)
#: A line that is only an author label, without a colon ("Autor", "Author").
_LABEL_LINE = re.compile(
    r"\s*(?:" + "|".join(LABELS[:8]) + r"|verfasser(?:in)?|thread\s+starter)\s*:?\s*", re.I
)
#: A line continuing the one before it (", 21. Jan. 2015", "| 12.01.2022").
_CONTINUES = re.compile(r"^\s*[,|·•–-]")
#: Lines under the headline where an agency named alone is the credit ("JIJI", "AFP").
AGENCY_LINES = 2
#: Lines after the headline read for "date - Name" credits, and their longest length.
DATED_NAME_LINES, MAX_DATED_NAME = 8, 60
#: Words all in capitals and this short are codes left beside a date ("PM IST", "CET"),
#: not a name.
CODE_CHARS = 4


def printed_bylines(lines: list[str]) -> Iterator[tuple[str, str]]:
    """Credit lines near the headline: "By Jane Doe", or "Von" then the line "Max Muster"."""
    for i, first in enumerate(lines):
        if _LABEL_LINE.fullmatch(first) and i + 1 < len(lines):
            # "Autor" on its own line, the name on the next
            yield lines[i + 1], "visible line"
            continue
        if len(first) > MAX_BYLINE or not _STARTS_CREDIT.match(first):
            continue
        credit, j = first, i + 1
        if clean_byline(first) is None and j < len(lines):
            credit, j = f"{first} {lines[j]}", j + 1
        # names in separate links: "Von" "Jane Doe" "und" "Max Muster"
        while j + 1 < len(lines) and _CONNECTOR.fullmatch(lines[j]):
            credit, j = f"{credit} {lines[j]} {lines[j + 1]}", j + 2
        yield credit, "visible line"
    for line in lines[:AGENCY_LINES]:
        if line.lower() in AGENCIES:
            yield line, "visible agency line"
    for line in _joined_lines(lines[:DATED_NAME_LINES]):
        # "11.12.2019 - Amelie Loevenich": a date and a bare name on one short line
        if len(line) <= MAX_DATED_NAME and find_dates(line):
            rest = clean_byline(line)
            words = rest.split() if rest else []
            if (
                2 <= len(words) <= 3
                and all(w[:1].isupper() for w in words)
                and words[0].lower() not in NOT_NAME_START
                and not all(w.isupper() and len(w) <= CODE_CHARS for w in words)
            ):
                yield " ".join(words), "visible dated line"


def _joined_lines(lines: list[str]) -> list[str]:
    """Lines with the ones that continue them (", 21. Jan. 2015") appended."""
    out: list[str] = []
    for line in lines:
        if out and _CONTINUES.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
