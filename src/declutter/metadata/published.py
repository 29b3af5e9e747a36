"""Page -> (published, modified) with their sources.

Candidates, best first: JSON-LD ``datePublished``/``dateModified``; meta tags
(``article:published_time``, og, Dublin Core, parsely, sailthru, itemprop ...);
``<time>`` elements and itemprop values; dates printed near the headline or
in date-classed elements ("Last modified: 12 January, 2022"); last, the day
written in the URL (a fallback, and a hint among printed dates); on pages
with none of these, a date labelled anywhere (`labelled`).  Dates
inside comments, teaser lists and page furniture are never read; copyright
years never match (a date needs a day).  `datechoice` then picks: nothing
later than the reference time ("now", or the page's save time), the local day
of a night-time UTC value, ``modified`` never before ``published``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from itertools import zip_longest

import lxml.etree
import lxml.html

from declutter.metadata.datechoice import (
    MAX_DATE_LINE,
    Dates,
    PrintedNear,
    checked_by_url,
    choose_dates,
    shown_update,
)
from declutter.metadata.dates import find_dates, parse_iso, parse_relative, url_date
from declutter.metadata.labelled import labelled_date
from declutter.metadata.marked import Marked, outside_article
from declutter.metadata.tags import PageTags

#: Meta keys for the publication date, best first.
PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "og:published_time",
    "published_time",
    "datepublished",
    "dc:date.issued",
    "dcterms:issued",
    "dc:date.created",
    "dcterms:created",
    "datecreated",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "pub_date",
    "publication_date",
    "date_published",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "dc:date",
    "dcterms:date",
    "date",
    "displaydate",
    "ptime",
    "og:pubdate",
    "release_date",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "bt:pubdate",
    "sort_date",
)
#: Sources whose date is as often the page's render or crawl time (or a draft's creation)
#: as its publication.
WEAK_SOURCES = frozenset(
    {
        "meta:date",
        "meta:dc:date",
        "meta:dcterms:date",
        "meta:displaydate",
        "meta:sort_date",
        "meta:datecreated",
        "itemprop:datecreated",
    }
)
#: Meta keys for the last modification, best first.
MODIFIED_KEYS = (
    "article:modified_time",
    "og:article:modified_time",
    "article:modified",
    "og:updated_time",
    "datemodified",
    "dateupdated",
    "dc:date.modified",
    "dcterms:modified",
    "last-modified",
    "lastmod",
    "modified_time",
    "parsely-updated",
    "sailthru.lastmodified",
    "utime",
    "article.updated",
    "bt:moddate",
)
#: Words before a printed date that make it the modification date.
UPDATE_WORDS = re.compile(
    r"(?:updated?|modified|edited|revised|aktualisiert|geändert|mis à jour|modifié|actualizado|"
    r"aggiornato|bijgewerkt|atualizado|zaktualizowano|обновлено)\W{0,3}(?:\w+\W{1,3}){0,2}$",
    re.I,
)
#: Words before a printed date that make it the day a user joined a forum or a site.
MEMBER_WORDS = re.compile(
    r"(?:registriert|registered|joined|member since|mitglied seit|dabei seit|inscrit le|"
    r"inscrit depuis|registrado)\W{0,3}(?:\w+\W{1,3}){0,1}$",
    re.I,
)
#: Printed dates compared with the URL's day before the first one is taken.
MAX_PRINTED_DATES = 4
_LEADING_LABEL = re.compile(r"^\D{0,40}?(?=\d|\b(?:an?|one|einer?|un[ea]?)\s)", re.I)
#: Characters of a long line searched for an opening dateline.
DATELINE_START = 24
#: Lines read past the first printed date, for an "Updated ..." line beside it.
LINES_AFTER_DATE = 2
#: How many date-classed elements are read at most.
MAX_DATE_CLASSED = 40
#: Longest date-classed element text read (characters): longer is a container.
MAX_DATE_TEXT = 200
_PUBLISH_MARK = re.compile(
    r"publish|pubdate|posted|entry-date|created|date-pub|article-date|"
    r"first",
    re.I,
)
_MODIFY_MARK = re.compile(r"updat|modif|revis", re.I)


def read_dates(
    tree: lxml.html.HtmlElement,
    tags: PageTags,
    marked: Marked,
    *,
    jsonld: tuple[str | None, str | None],
    near: tuple[list[str], list[str]],
    url: str | None,
    now: datetime | None,
    month_first: bool,
) -> Dates:
    """The article's publication and modification dates, each with its source."""
    pub: list[tuple[str, str]] = []
    mod: list[tuple[str, str]] = []
    _add(pub, jsonld[0], "json-ld")
    _add(mod, jsonld[1], "json-ld")
    for key in PUBLISHED_KEYS:
        for value in tags.meta.get(key, [])[:1]:
            _add(pub, value, f"meta:{key}")
    for key in MODIFIED_KEYS:
        for value in tags.meta.get(key, [])[:1]:
            _add(mod, value, f"meta:{key}")
    for key, target in (
        ("datepublished", pub),
        ("datecreated", pub),
        ("datemodified", mod),
        ("dateupdated", mod),
    ):
        for value in tags.itemprops.get(key, [])[:1]:
            _add(target, value, f"itemprop:{key}")
    plain_time = _time_elements(tree, pub, mod)
    # "01/01/2004" in a weak tag: a CMS's placeholder for an unknown day
    pub[:] = [c for c in pub if not (c[1] in WEAK_SOURCES and c[0].endswith("-01-01"))]
    url_day = url_date(url)
    if not pub:
        _printed(marked, near, pub, mod, now=now, month_first=month_first, hint=url_day)
    printed = PrintedNear(near, month_first=month_first)
    weak = pub and (pub[0][1] in WEAK_SOURCES or (plain_time and pub[0][1] == "<time>"))
    if weak and printed.dates:
        # a bare "date" tag is as often the render or crawl time, unmarked <time>s of
        # several days as often embedded posts': the date printed at the headline wins
        pub.insert(0, (printed.dates[0], "visible near headline"))
    labelled = None if pub else labelled_date(tree, marked.body_text, month_first=month_first)
    if labelled and labelled[1] == "visible labelled date":
        pub.append(labelled)
    _add(pub, url_day, "url")
    if labelled and not pub:
        pub.append(labelled)  # a last change is the only date the page states
    dates = choose_dates(pub, mod, now, printed=printed)
    dates = checked_by_url(dates, pub, url_day)
    return shown_update(dates, printed, url_day)


def _add(out: list[tuple[str, str]], value: str | None, source: str) -> None:
    iso = parse_iso(value) if value else None
    if iso:
        out.append((iso, source))


def _time_elements(
    tree: lxml.html.HtmlElement, pub: list[tuple[str, str]], mod: list[tuple[str, str]]
) -> bool:
    """Add the ``<time>`` dates; True when the publication date came from unmarked ones
    that name several days (embedded posts, a list of entries)."""
    marked: list[tuple[str, str]] = []
    plain: list[tuple[str, str]] = []
    for el in tree.iter("time"):
        value = el.get("datetime") or el.text_content()
        iso = parse_iso(value) if value and value.strip() else None
        if not iso or outside_article(el):
            continue
        parent = el.getparent()
        parent_class = parent.get("class") if parent is not None else None
        marks = " ".join(filter(None, (el.get("class"), el.get("itemprop"), parent_class)))
        if _PUBLISH_MARK.search(marks) or el.get("pubdate") is not None:
            # "entry-date published updated": a post never changed since published
            marked.append((iso, "<time>"))
        elif _MODIFY_MARK.search(marks):
            mod.append((iso, "<time>"))
        else:
            plain.append((iso, "<time>"))
    pub.extend(marked or plain[:1])
    return not marked and len({iso[:10] for iso, _ in plain}) > 1


def _printed(
    marked: Marked,
    near: tuple[list[str], list[str]],
    pub: list[tuple[str, str]],
    mod: list[tuple[str, str]],
    *,
    now: datetime | None,
    month_first: bool,
    hint: str | None,
) -> None:
    """Short date lines nearest the headline, then date-classed elements.

    The first printed date is taken, unless one of the first few printed
    dates is the day named in the URL (``hint``).
    """
    after, before = near
    after = _with_labels(_with_clock(_with_split_day(after)))
    before = _with_labels(before[::-1])[::-1]
    nearest = [line for pair in zip_longest(after, before) for line in pair if line]
    texts = [(t, "visible near headline") for t in nearest]
    found_pub: list[tuple[str, str]] = []
    lines_after = 0
    for raw, source in _with_classed(texts, marked):
        text = " ".join(raw.split())
        dateline = source == "visible near headline" and len(text) > MAX_DATE_LINE
        if dateline:
            text = text[:DATELINE_START]
        found = find_dates(text, month_first=month_first, short_years=True)
        if dateline:
            found = [(pos, iso) for pos, iso in found if _opens_dateline(text, pos)]
        if not found:
            rel = parse_relative(text, now)
            if rel:
                label = _LEADING_LABEL.match(text)
                target = mod if label and UPDATE_WORDS.search(label.group(0)) else found_pub
                target.append((rel, source))
        for pos, iso in found:
            if _in_sentence(text, pos):
                continue  # "Der nächste Stammtisch findet am 5. Februar 2020 ab 19 Uhr statt"
            if MEMBER_WORDS.search(text[max(0, pos - 40) : pos]):
                continue  # "Registriert: 18.09.2008": the day a forum member joined
            if UPDATE_WORDS.search(text[max(0, pos - 40) : pos]):
                mod.append((iso, source))
            else:
                found_pub.append((iso, source))
        if found_pub:
            lines_after += 1
            settled = (
                hint is None
                or len(found_pub) >= MAX_PRINTED_DATES
                or any(iso[:10] == hint for iso, _ in found_pub)
            )
            if settled and lines_after > LINES_AFTER_DATE:
                break
    if hint:
        found_pub.sort(key=lambda c: c[0][:10] != hint)
    pub.extend(found_pub[:1])


#: Words before and after a date (itself about 3) that make its line a sentence.
SENTENCE_BEFORE, SENTENCE_AFTER = 5, 6


def _in_sentence(text: str, pos: int) -> bool:
    """True for a date in the middle of a sentence, not on a dateline."""
    return len(text[:pos].split()) >= SENTENCE_BEFORE and len(text[pos:].split()) >= SENTENCE_AFTER


#: A short line opening with a clock time: it continues the date before it ("um 09:07
#: Uhr gespeichert unter" after "<a>07.08.2013</a>").
_CLOCK_LINE = re.compile(r"\s*(?:um|at|à|a las|alle|,|-)?\s*\d{1,2}[:.]\d{2}(?!\.?\d)", re.I)
#: Longest line read as a clock-time continuation (characters).
MAX_CLOCK_LINE = 40


#: A label alone on its line, naming the value on the next one ("Updated:", "Datum:").
_LABEL_LINE = re.compile(r"^\W{0,2}(?:[^\W\d_]+\.?\s){0,3}[^\W\d_]+\s*:$")


def _with_labels(lines: list[str]) -> list[str]:
    """``lines`` (in page order) with a label alone on its line joined to the line after
    it: "Updated:" then "12.01.2022" says the date is the last change."""
    out: list[str] = []
    for line in lines:
        if out and _LABEL_LINE.match(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


#: A line that is only a day of the month ("8.", "08"): the month and year are printed in
#: the next element ("8.<a href="/2010/12/">Dezember 2010</a>", a link to the month's archive).
_DAY_ONLY = re.compile(r"\s*[0-3]?\d\.?\s*")


def _with_split_day(lines: list[str]) -> list[str]:
    """``lines`` with a line that is only a day number joined to the line after it,
    when that one starts with a word (a month name): "8." + "Dezember 2010"."""
    out: list[str] = []
    for line in lines:
        if out and _DAY_ONLY.fullmatch(out[-1]) and line[:1].isalpha():
            out[-1] = f"{out[-1].strip()} {line}"
        else:
            out.append(line)
    return out


def _with_clock(lines: list[str]) -> list[str]:
    """``lines`` with a short line opening with a clock time appended to the line before,
    when that one holds digits (a date); a date line ("23.01.2019") is no clock time."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and len(line) <= MAX_CLOCK_LINE
            and _CLOCK_LINE.match(line)
            and any(ch.isdigit() for ch in out[-1])  # last: it reads the whole line before
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


#: What a dateline's place ends with before its date ("BERLIN, ", "Hamburg (dpa) - ").
_PLACE_END = tuple(",-–—:(|/")


def _opens_dateline(text: str, pos: int) -> bool:
    """A date at ``pos`` of a long line (body text) opens it as a dateline ("27.1.2022 -
    The council ...", "BERLIN, 27.1.2022 ..."): at its start or after a place and a
    comma or dash; after a word it is a sentence ("Seit 4. August 2014 ist ...")."""
    before = text[:pos].rstrip()
    return not before or before.endswith(_PLACE_END)


def _with_classed(texts: list[tuple[str, str]], marked: Marked) -> Iterator[tuple[str, str]]:
    """``texts``, then the text of date-classed elements, then of byline-classed ones
    ("Author: Jane am 29.12.2010"); the class scan runs only if reached."""
    yield from texts
    for el, _ in marked.dates[:MAX_DATE_CLASSED]:
        text = el.text_content()
        if len(text) <= MAX_DATE_TEXT and not outside_article(el):
            yield text, "visible date"
    for el, _ in marked.bylines[:MAX_DATE_CLASSED]:
        text = el.text_content()
        if len(text) <= MAX_DATE_TEXT and not outside_article(el):
            yield text, "visible byline date"
