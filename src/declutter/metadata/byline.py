"""Raw byline text -> (byline as printed, cleaned; author names); byline candidates of a page.

`split_byline` cleans one printed credit: "By", "View all posts by", dates,
"Updated ...", job titles, e-mails and handles go; what is left is split on
commas, "and", "&" (and their German, French, Spanish forms) into names.
A news agency (Reuters, AP, AFP, dpa ...) is kept only when it is the only
credit.  `visible_bylines` finds printed credits in the tree (``rel=author``,
``itemprop=author``, byline/author classes), `meta_bylines` in meta tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree
import lxml.html

from declutter.metadata.dates import find_dates
from declutter.metadata.marked import Marked
from declutter.metadata.tags import PageTags

_PREFIX = re.compile(
    r"^\s*(?:(?:view|see|read)\s+(?:all|more)\s+(?:posts|articles|stories)\s+(?:by|from)\s+"
    r"|(?:(?:written|posted|published|reported|words|text|story|edited|photos?|report|"
    r"geschrieben|verfasst|escrito|écrit|publié|pubblicato|scritto)\s+)?"
    r"(?:by|von|par|por|di|da|door|av|af|de|от|przez)\s*:?\s+"
    r"|(?:authors?|autor(?:in|en)?|auteur|autore|text|von|by|redaktion|reporter|fotos?)\s*:\s*)",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\||\band\b|\bund\b|\bet\b|\by\b|\be\b|、|/)\s*", re.I)
_NOISE = re.compile(
    r"\S+@\S+\.\w+|https?://\S+|www\.\S+|\(\s*\)|@\w+|\b\d+\s+(?:shares?|comments?|kommentare?)\b"
    r"|\b(?:shares?|follow|folgen|twitter|facebook|linkedin|e-?mail)\b",
    re.I,
)
_AFTER_NAME = re.compile(
    r"\s*(?:[|•·]|\b(?:updated|published|posted|last\s+(?:updated|modified)|aktualisiert|"
    r"veröffentlicht|mis à jour|publié le|actualizado|on|am|le|el|il|op|em|"
    r"hours?\s+ago|vor\s+\d)\b).*$",
    re.I,
)
#: Words that make a comma part a job title, not a name.
JOB_WORDS = frozenset(
    ["writer", "editor", "correspondent", "reporter", "contributor", "contributing", "staff", "columnist", "journalist", "journalistin", "redakteur", "redakteurin", "redaktion", "photographer", "producer", "analyst", "director", "chief", "senior", "deputy", "associate", "managing", "news", "health", "science", "business", "political", "politics", "technology", "tech", "sports", "culture", "opinion", "desk", "bureau", "team", "autor", "autorin", "correspondant", "correspondante", "rédacteur", "rédactrice", "journaliste", "corresponsal", "redactor", "redactora", "giornalista", "inviato", "freelance", "guest", "author"]
)
#: News agencies: authors only when nobody else is credited.
AGENCIES = frozenset(
    ["reuters", "ap", "afp", "dpa", "apa", "ansa", "efe", "epd", "kna", "sid", "upi", "ap/dpa", "dpa/afp", "afp/dpa", "dapd", "tass", "itar-tass", "xinhua", "kyodo", "anp", "belga", "sda", "ats", "keystone-sda", "pa"]
)
#: Longest printed byline taken (characters): longer text is a bio or a paragraph.
MAX_BYLINE = 120
#: Most words in one author name.
MAX_NAME_WORDS = 6


def clean_byline(raw: str) -> str | None:
    """A printed credit without prefixes, dates, job titles, handles; None if nothing is left."""
    text = " ".join(raw.split())
    text = _NOISE.sub(" ", text)
    dates = find_dates(text)
    if dates and dates[0][0] > 0:
        text = text[: dates[0][0]]
    elif dates:
        return None
    for _ in range(2):
        text = _PREFIX.sub("", text).strip(" |-–—:,")
    text = _AFTER_NAME.sub("", text).strip(" |-–—:,.")
    parts = [p for p in re.split(r"\s*[,|]\s*", text) if p]
    kept = [p for p in parts if not _is_job(p)]
    text = ", ".join(kept) if kept else ""
    text = " ".join(text.split()).strip(" |-–—:,")
    return text or None


def _is_job(part: str) -> bool:
    words = [w.lower().strip(".()") for w in part.split()]
    return bool(words) and any(w in JOB_WORDS for w in words) and not part.isupper()


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
    return text, tuple(dict.fromkeys(names))


#: Meta keys carrying an author, best first (values that are URLs are skipped).
META_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator",
                    "parsely-author", "sailthru.author", "byl", "citation_author",
                    "twitter:creator", "og:article:author", "book:author")

_NAME_INSIDE = lxml.etree.XPath(".//*[@itemprop='name']")
#: Class/id words that mark an author *box* (bio, avatar, list), not the credit line.
NOT_CREDIT = ("bio", "avatar", "about", "box", "img", "image", "photo", "description",
              "comment", "social", "follow", "more", "widget", "posts", "list", "title")
_SKIP_TAGS = frozenset({"script", "style", "img", "meta", "link", "noscript", "svg", "head"})


def visible_bylines(tags: PageTags, marked: Marked) -> Iterator[tuple[str, str]]:
    """Printed credits as (text, source): rel/itemprop author first, then byline classes.

    A generator: the class scan runs only if the marked elements gave nothing usable.
    """
    for el in tags.author_elements:
        inner = _NAME_INSIDE(el)
        text = " ".join((inner[0] if inner else el).text_content().split())
        if text and len(text) <= MAX_BYLINE:
            yield text, "rel=author" if el.get("itemprop") is None else "itemprop=author"
    for el, marks in marked.bylines:
        if any(w in marks for w in NOT_CREDIT) or el.tag in _SKIP_TAGS:
            continue
        text = " ".join(el.text_content().split())
        if text and len(text) <= MAX_BYLINE:
            yield text, "visible byline"


def meta_bylines(tags: PageTags) -> list[tuple[str, str]]:
    """Author values of meta tags as (text, source), skipping profile URLs."""
    out = []
    for key in META_AUTHOR_KEYS:
        for value in tags.meta.get(key, [])[:3]:
            if value.startswith(("http", "/", "www.")) or (key == "twitter:creator" and value.startswith("@")):
                continue
            out.append((value, f"meta:{key}"))
    return out
