"""Raw byline text -> (byline as printed, cleaned; author names); byline candidates of a page.

`split_byline` cleans one printed credit: "By", "View all posts by", labels
("Autor:", "Text:"), dates, "Updated ...", job titles, e-mails and handles
go; what is left is split on commas, "and", "&" (and their German, French,
Spanish forms) into names.  A news agency (Reuters, AP, AFP, dpa ...) is kept
only when it is the only credit.  `looks_like_person` tells a person's name
from a site or organisation name.  Candidate finders: `meta_bylines` (meta
tags), `visible_bylines` (``rel=author``, ``itemprop=author``, byline classes)
and `printed_bylines` (lines near the headline starting with "By", "Von" ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import lxml.etree
import lxml.html

from declutter.metadata.dates import find_dates
from declutter.metadata.marked import Marked
from declutter.metadata.tags import PageTags
from declutter.metadata.words import (
    AGENCIES,
    CREDIT_LABELS,
    JOB_HEADS,
    JOB_WORDS,
    LABELS,
    NOT_CREDIT,
    ORG_WORDS,
)
from declutter.metadata.xpath import elements

#: Phrases put before a credit ("Posted by", "Ein Artikel von"), as regex pieces.
LEAD_PHRASES = (
    r"(?:view|see|read|show)\s+(?:all|more)\s+(?:posts|articles|stories|entries)\s+(?:by|from|of)",
    r"(?:zeige\s+)?alle\s+(?:beiträge|artikel|posts)\s+von",
    r"mehr\s+(?:artikel\s+)?von",
    r"(?:alles|artikel|beiträge)\s+von",
    r"eine?\s+\w+\s+von",  # "Ein Beitrag von", "Eine Kolumne von", "Ein Interview von"
    r"(?:text|texte|bericht|interview|kommentar|reportage|analyse)\s+von",
    r"(?:written|posted|published|reported|edited|compiled|story|words|text|photos?|report)\s+by",
    r"(?:geschrieben|verfasst|eingestellt|veröffentlicht|gepostet|erstellt|publiziert|abgelegt|"
    r"beitrag)"
    r"\s*von",
    r"(?:escrito|publicado)\s+por",
    r"(?:écrit|publié|rédigé)\s+par",
    r"(?:scritto|pubblicato)\s+da",
)
#: Single words before a credit ("By", "Von", "Par" ...).
LEAD_WORDS = (
    "by",
    "von",
    "vom",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "от",
    "przez",
    "autorstwa",
)
#: Lead words that start a printed credit line on their own.
LINE_LEAD_WORDS = ("by", "von", "par", "por", "door")
_PREFIX = re.compile(
    r"^\s*(?:(?:" + "|".join(LEAD_PHRASES + LEAD_WORDS) + r")\b\s*:?(?:\s+|$)"
    r"|(?:" + "|".join(LABELS) + r")(?:\s*\((?:s|en|innen)\)\s*(?::\s*|$)|\s*:\s*))",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\||\band\b|\bund\b|\bet\b|\by\b|\be\b|、|/)\s*", re.I)
_NOISE = re.compile(
    r"\S+@\S+\.\w+|https?://\S+|www\.\S+|\(\s*\)|@\w+|\b\d+\s+(?:shares?|comments?|kommentare?)\b"
    r"|\b(?:shares?|follow|folgen|twitter|facebook|linkedin|e-?mail|mail)\b|\[at\]|\(at\)"
    r"|©|\(c\)|[»«›‹]",
    re.I,
)
_AFTER_NAME = re.compile(
    r"\s*(?:[|•·]|\b(?:updated|published|posted|last\s+(?:updated|modified)|aktualisiert|"
    r"veröffentlicht|stand|mis à jour|publié le|actualizado|"
    r"hours?\s+ago|vor\s+\d|min(?:utes?)?\s+read|lesezeit)\b"
    r"|\b(?:fotos?|photos?|bilder?|illustrations?|grafik|video|quelle|source)\s*:"
    r"|\s(?:fotos?|photos?|bilder?|illustrations?|illustration|grafik)\s+(?:von|by)\s"
    r"|\s(?:am|on|le|el|il|op|em|at)\s+\d).*$",
    re.I,
)
#: Longest printed byline taken (characters): longer text is a bio or a paragraph.
MAX_BYLINE = 120
#: Most words in one author name.
MAX_NAME_WORDS = 5
#: Little words left dangling once a date is cut off ("By Jane Doe on").
_DANGLING = re.compile(r"(?:\s+(?:on|am|um|le|el|il|op|em|at|the|den|der|le|du|del))+\s*$", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: The end of a printed date (a year, or a clock time after it) in a credit line.
_DATE_TAIL = re.compile(
    r"(?:19|20)\d\d(?:[,\s]+(?:um\s+|at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?"
)
#: Longest all-caps single word read as an acronym rather than a name.
MAX_ACRONYM = 4
_SITE_SEPARATOR = re.compile(r"\s+[-–—|·]\s+")
#: Whole credits that name nobody (a label printed without its value, a CMS default).
NOT_A_CREDIT = frozenset(
    {
        "author",
        "authors",
        "autor",
        "autorin",
        "auteur",
        "autore",
        "by",
        "von",
        "no author",
        "none",
        "n/a",
        "admin",
        "administrator",
    }
)
#: Separators between the parts of a credit (names, job titles, desks).
_PARTS = re.compile(r"\s*[,|]\s*|\s+[-–—]\s+")
#: Most words of a job phrase ended by a job noun ("Chrome Safe Browsing team").
MAX_JOB_WORDS = 4
#: Capitalised words that open a title or a phrase, never a person's name ("Die FURCHE").
_ARTICLES = frozenset(
    {
        "the",
        "die",
        "der",
        "das",
        "le",
        "la",
        "les",
        "el",
        "los",
        "las",
        "il",
        "un",
        "une",
        "ein",
        "eine",
    }
)
#: Lower-case words that may start a name ("von Trotta", "de la Cruz", "van Gogh").
_PARTICLES = frozenset(
    {
        "von",
        "van",
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "der",
        "den",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "ten",
        "ter",
        "zu",
        "dos",
        "das",
        "do",
        "mc",
    }
)
#: A user name with digits ("freeman1984", "c1ph4"): a credit on blogs and forums.
_HANDLE = re.compile(r"[^\W\d_][\w.-]{2,23}")
_SMALL_WORDS = frozenset({"of", "for", "at", "in", "the", "für", "der", "des", "de", "du", "la"})
_DOMAIN = re.compile(r"\.\w{2,4}\b|\.\w{2,4}$")


def clean_byline(raw: str) -> str | None:
    """A printed credit without prefixes, dates, job titles, handles; None if nothing is left."""
    text = " ".join(raw.split())
    text = _NOISE.sub(" ", text)
    dates = find_dates(text)
    if dates:
        # the name is before the first date ("Jane Doe, 12.01.2022") or after it
        # ("Posted on 12 January 2022 by Jane Doe")
        before = _DANGLING.sub("", text[: dates[0][0]].rstrip(" ,|-–—:"))
        text = before if _strip_leads(before) else _after_date(text)
    for _ in range(3):
        text = _PREFIX.sub("", text).strip(" |-–—:,(")
    text = _AFTER_NAME.sub("", text).strip(" |-–—:,.(")
    parts = [p for p in _PARTS.split(text) if p]
    kept = [p for p in parts if not _is_job(p)] or parts  # "Redaktion" alone stays
    kept = [_drop_trailing_job(p) for p in kept]
    text = ", ".join(kept) if kept else ""
    text = " ".join(text.split()).strip(" |-–—:,(")
    if text.lower() in NOT_A_CREDIT:
        return None
    return text or None


def _strip_leads(text: str) -> str:
    for _ in range(3):
        text = _PREFIX.sub("", text).strip(" |-–—:,(")
    return _AFTER_NAME.sub("", text).strip(" |-–—:,.(")


def _after_date(text: str) -> str:
    """The text after the first printed date and its time ("... 17:20 by Jane Doe")."""
    rest = _DATE_TAIL.split(text, maxsplit=1)
    return rest[-1] if len(rest) > 1 else ""


def _is_job(part: str) -> bool:
    """ "Senior Correspondent", "Redakteurin Kultur", "Games Editor", "Safe Browsing team":
    all job words, led by one, or a short phrase ending in a job noun."""
    words = [w.lower().strip(".()") for w in part.split()]
    words = [w for w in words if w not in _SMALL_WORDS]
    if not words or part.isupper():
        return False
    if len(words) <= MAX_JOB_WORDS and words[-1] in JOB_HEADS:
        return True
    return words[0] in JOB_WORDS or all(w in JOB_WORDS for w in words)


def _drop_trailing_job(part: str) -> str:
    words = part.split()
    while len(words) > 2 and words[-1].lower().strip(".()") in JOB_WORDS:
        words.pop()
    return " ".join(words)


def split_byline(raw: str) -> tuple[str | None, tuple[str, ...]]:
    """Clean a printed byline and split it into person (or agency) names."""
    text = clean_byline(raw)
    if not text:
        return None, ()
    names = [n.strip(" .") for n in _SPLIT.split(text)]
    names = [n for n in names if n and len(n.split()) <= MAX_NAME_WORDS]
    people = [n for n in names if n.lower() not in AGENCIES]
    if people and len(people) < len(names):
        names = people
        text = _drop_agencies(text)
    return text, tuple(dict.fromkeys(names))


def _drop_agencies(text: str) -> str:
    """ "Jane Doe, dpa" -> "Jane Doe": an agency beside a person is not printed as a credit."""
    parts = _AGENCY_SPLIT.split(text)  # names at even indexes, separators between
    keep = [True] * len(parts)
    for i in range(0, len(parts), 2):
        if parts[i].strip().lower() in AGENCIES:
            keep[i] = False
            keep[i - 1 if i else min(i + 1, len(parts) - 1)] = False
    return "".join(p for p, k in zip(parts, keep, strict=True) if k).strip(" ,/&") or text


def drop_site_parts(text: str, site_words: Iterable[str]) -> str:
    """ "unocero - Alberto Ávila" -> "Alberto Ávila" when "unocero" names the site."""
    parts = _SITE_SEPARATOR.split(text)
    if len(parts) < 2:
        return text
    keys = {_flat(s) for s in site_words}
    kept = [p for p in parts if _flat(p) not in keys]
    return " - ".join(kept) if kept and len(kept) < len(parts) else text


def _flat(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def looks_like_person(name: str, site_words: Iterable[str] = ()) -> bool:
    """True for "Jane Doe", "肖春芳", "J.R. Stone"; False for sites, agencies, organisations."""
    low = name.lower()
    words = low.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    if any(ch.isdigit() for ch in name):
        return False
    if len(words) > 1 and (words[0] in _ARTICLES or _phrase(name.split())):
        return False  # "Die FURCHE", "deinen Hochzeitsbloggern": a title or phrase
    if not _CJK.search(name) and (
        not any(len(w.strip(".")) > 1 for w in words)
        or (len(words) == 1 and len(name) <= MAX_ACRONYM and name.isupper())
    ):
        return False  # initials or an acronym ("DT", "LN"): a desk code, not a name
    if low in AGENCIES or _DOMAIN.search(low) or any(w.strip("().,") in ORG_WORDS for w in words):
        return False
    squashed = re.sub(r"\W+", "", low)
    return not any(squashed and squashed == re.sub(r"\W+", "", s.lower()) for s in site_words)


def is_handle(name: str) -> bool:
    """ "freeman1984", "Marianne1": one token of letters and digits, mostly letters."""
    letters = sum(ch.isalpha() for ch in name)
    return bool(_HANDLE.fullmatch(name)) and letters >= sum(ch.isdigit() for ch in name)


def _phrase(words: list[str]) -> bool:
    """True when a capitalised name holds a lower-case word that is no particle before its
    last word ("deinen Hochzeitsbloggern", "Beginn an relativ hoch"): a phrase, not a name.
    A lower-case last word is a sloppy surname ("Mobasir hassan")."""
    if not any(w[:1].isupper() for w in words):
        return False  # "jane doe", "heavenlynnhealthy": written all in lower case
    return any(w[:1].islower() and w not in _PARTICLES for w in words[:-1])


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
        inner = elements(_NAME_INSIDE, el)
        text = _credit_text(inner[0] if inner else el)
        if text and len(text) <= MAX_BYLINE:
            source = "rel=author" if el.get("itemprop") is None else "itemprop=author"
            yield _shared_line(el, tags.author_elements) or text, source
    classed = [el for el, _ in marked.bylines]
    for el, marks in marked.bylines:
        if any(w in marks for w in NOT_CREDIT) or el.tag in _SKIP_TAGS or _in_comments(el):
            continue
        text = _credit_text(el)
        if text and len(text) <= MAX_BYLINE:
            yield _shared_line(el, classed) or text, "visible byline"


#: Tags that start a new line inside a credit box (name, then job title, then date).
_LINE_TAGS = frozenset({"div", "p", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"})
_LINE_BREAKS = re.compile(r"(?:\s*\|\s*)+")


def _credit_text(el: lxml.html.HtmlElement) -> str:
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


def _shared_line(el: lxml.html.HtmlElement, credits: Iterable[lxml.html.HtmlElement]) -> str | None:
    """The whole line when ``el`` shares its parent with another credit element.

    "By <a>Jane Doe</a> and <a>Max Muster</a>" is one credit, not two.
    """
    parent = el.getparent()
    if parent is None or sum(1 for c in credits if c.getparent() is parent) < 2:
        return None
    text = " ".join(parent.text_content().split())
    return text if len(text) <= MAX_BYLINE else None


def _in_comments(el: lxml.html.HtmlElement) -> bool:
    """True inside a form or a comment thread (a commenter's name is not the byline)."""
    for anc in el.iterancestors():
        if (
            anc.tag == "form"
            or "comment" in (anc.get("class") or "")
            or "comment" in (anc.get("id") or "")
        ):
            return True
    return False


_STARTS_CREDIT = re.compile(
    r"^\s*(?:(?:" + "|".join(LEAD_PHRASES + LINE_LEAD_WORDS) + r")\b\s*:?(?:\s+|$)"
    r"|(?:" + "|".join(CREDIT_LABELS) + r")\s*:)",
    re.I,
)


_AGENCY_SPLIT = re.compile(r"(\s*(?:,|/|&|\band\b|\bund\b|\bwith\b|\bmit\b)\s*)", re.I)
_CONNECTOR = re.compile(r"\s*(?:,|&|and|und|et|y|e|/)\s*", re.I)


#: Capitalised words that start a phrase, not a name ("Am Sonntag", "Das Magazin").
_NOT_NAME_START = frozenset(
    {
        "am",
        "an",
        "das",
        "der",
        "die",
        "dem",
        "den",
        "ein",
        "eine",
        "im",
        "in",
        "the",
        "a",
        "on",
        "at",
        "le",
        "la",
        "les",
        "el",
        "il",
        "lo",
        "des",
        "vom",
        "zum",
        "zur",
        "mit",
        "für",
        "bei",
    }
)
#: ``twitter:labelN`` slots read for a credit.
TWITTER_LABEL_SLOTS = (1, 2)
_CREDIT_LABEL = re.compile(
    r"(?:written|posted)\s+by|(?:verfasst|geschrieben)\s+von|escrito\s+por|écrit\s+par|"
    r"scritto\s+da|geschreven\s+door|autor(?:in)?|author|auteur",
    re.I,
)
#: A line that is only an author label, without a colon ("Autor", "Author").
_LABEL_LINE = re.compile(r"\s*(?:" + "|".join(LABELS[:8]) + r"|verfasser(?:in)?)\s*:?\s*", re.I)
#: Lines after the headline read for "date - Name" credits, and their longest length.
DATED_NAME_LINES, MAX_DATED_NAME = 8, 60


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
    for line in lines[:DATED_NAME_LINES]:
        # "11.12.2019 - Amelie Loevenich": a date and a bare name on one short line
        if len(line) <= MAX_DATED_NAME and find_dates(line):
            rest = clean_byline(line)
            words = rest.split() if rest else []
            if (
                2 <= len(words) <= 3
                and all(w[:1].isupper() for w in words)
                and words[0].lower() not in _NOT_NAME_START
            ):
                yield " ".join(words), "visible dated line"
