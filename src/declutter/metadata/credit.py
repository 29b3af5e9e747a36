"""Credit candidates of a page -> the byline, its author names and its source.

Candidates come lazily in source order (JSON-LD authors, meta author tags,
``rel``/``itemprop`` author elements, byline-classed elements, "By ..." lines
near the headline); the first that names people wins.  A credit naming only a
site or an organisation is the last resort; a lone first name is completed by
a later credit that holds it; a JSON-LD author list keeps the page's printed
wording when the page prints it.  A credit `namecheck` refuses (a photo credit,
a weekday, a piece of a sentence ...) is never chosen: when nothing else is
left, the byline is None and its source says what was refused and why.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

import lxml.html

from declutter.metadata.byline import (
    clean_byline,
    drop_site_parts,
    is_handle,
    looks_like_person,
    split_byline,
)
from declutter.metadata.candidates import meta_bylines, printed_bylines, visible_bylines
from declutter.metadata.jsonld import LinkedData
from declutter.metadata.labelled import labelled_credits, signed_names
from declutter.metadata.marked import Marked
from declutter.metadata.namecheck import refusal, why_refused
from declutter.metadata.sitepart import squash
from declutter.metadata.tags import PageTags

#: Sources whose user name with digits is an author: a link to the author's page, or
#: a name printed after "By" / "Von".
HANDLE_SOURCES = frozenset({"rel=author", "visible line"})
#: Sources that print an author as a link to their page.
LINKED_SOURCES = frozenset({"rel=author", "itemprop=author"})
#: Sources that name an author without printing it (a CMS account as often as the writer).
TAG_SOURCES = frozenset({"json-ld"})
#: Lines just over the headline read for a credit ("Verfasst von: Jane" above the title).
LINES_ABOVE = 4


def choose_byline(
    tags: PageTags,
    marked: Marked,
    ld: LinkedData,
    lines: list[str],
    *,
    site_words: tuple[str, ...],
    language: str | None,
    tree: lxml.html.HtmlElement | None = None,
    before: list[str] | None = None,
) -> tuple[str | None, tuple[str, ...], str]:
    """The credit line: the first candidate naming people, in source order.

    Sources: JSON-LD authors, meta author tags, ``rel``/``itemprop`` author
    elements, byline-classed elements, "By ..." lines near the headline.  A
    credit naming only a site or organisation is kept as a last resort; a
    lone first name is completed by a later credit that holds it ("Nils" ->
    "Nils Pickert"), or replaced by a "By ..." line printed under the headline.
    """
    fallback: tuple[str | None, tuple[str, ...], str] | None = None
    chosen: tuple[str, tuple[str, ...], str] | None = None
    refused: str | None = None
    above = list(reversed((before or [])[:LINES_ABOVE]))
    for text, names, source, why in _credits(tags, marked, ld, lines, site_words, above=above):
        if why:
            refused = refused or f'refused "{text}" ({source}): {why}'
            continue
        person = not (source == "json-ld" and ld.author_is_org) and all(
            looks_like_person(n, site_words) for n in names
        )
        if source in HANDLE_SOURCES and len(names) == 1 and is_handle(names[0]):
            person = True  # a user name linked or printed as the author ("freeman1984")
        if chosen is not None:
            if person and len(names) == 1 and _completes(chosen[1][0], names[0]):
                return text, names, source
            if person and source == "visible line":
                return text, names, source  # "By Jane Doe" printed beats a one-word credit
            if (
                person
                and _account(*chosen[1:])
                and source in LINKED_SOURCES
                and any(len(n.split()) > 1 for n in names)
            ):
                return text, names, source  # a name the page prints beats a site account
            continue
        if person:
            chosen = (text, names, source)
            if len(names) > 1 and source == "json-ld":
                printed = _printed_form(names, tags, marked, lines)
                return (printed or _joined(names, language), names, source)
            if any(len(n.split()) > 1 for n in names):
                return _widened(chosen, lines, site_words)
        elif fallback is None:
            fallback = (text, names, source)
    if chosen is None and tree is not None:
        # nobody named so far: the story's signature, or an "Autor: ..." line anywhere
        signed = [(ld.signature, "json-ld signature")] if ld.signature else []
        labelled = (
            (raw, "visible labelled credit") for raw in labelled_credits(tree, marked.body_text)
        )
        signatures = ((raw, "visible signature") for raw in signed_names(tree))
        for raw, source in chain(signed, labelled, signatures):
            found, names = split_byline(drop_site_parts(raw, site_words))
            if not (found and names):
                continue
            why = why_refused(raw, names)
            if why:
                refused = refused or f'refused "{found}" ({source}): {why}'
            elif all(looks_like_person(n, site_words) for n in names):
                return found, names, source
    return chosen or fallback or (None, (), refused or "")


def _widened(
    chosen: tuple[str, tuple[str, ...], str], lines: list[str], site_words: tuple[str, ...]
) -> tuple[str, tuple[str, ...], str]:
    """The credit printed under the headline when it names the chosen authors and more
    (a tag names the first author, "By Jane Doe and Max Muster" both), or names someone
    else while the tag's (JSON-LD or meta) authors are printed nowhere under it (a
    site-wide author tag naming the owners; "Erstellt von Fabian" under the post)."""
    keys = {squash(n) for n in chosen[1]}
    unprinted = False
    if _tagged(chosen[2]):  # the lines' compare form only when it is read
        shown = squash(" ".join(lines))
        unprinted = not any(k in shown for k in keys)
    for printed, source in printed_bylines(lines):
        if source != "visible line":
            continue
        text, names = split_byline(drop_site_parts(printed, site_words))
        found = {squash(n) for n in names}
        wider = len(found) > len(keys) and keys <= found
        other = unprinted and not keys & found  # the tag names someone the page never shows
        if (
            text
            and (wider or other)
            and all(looks_like_person(n, site_words) for n in names)
            and not why_refused(printed, names)
        ):
            return text, names, source
    return chosen


def _printed_form(
    names: tuple[str, ...], tags: PageTags, marked: Marked, lines: list[str]
) -> str | None:
    """The page's own printed credit naming exactly ``names`` ("By A and B in Madrid")."""
    keys = [squash(n) for n in names]
    for raw, _ in chain(visible_bylines(tags, marked), printed_bylines(lines)):
        text = clean_byline(raw)
        if text and all(k in squash(text) for k in keys):
            found = split_byline(text)[1]
            if len(found) == len(names):
                return text
    return None


def _joined(names: tuple[str, ...], language: str | None) -> str:
    """Names as one credit: "A and B", "A, B and C" in English, "A, B" otherwise."""
    if language is not None and not language.startswith("en"):
        return ", ".join(names)
    return " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]


def _account(names: tuple[str, ...], source: str) -> bool:
    """True for a tag's lone user name ("jdoe", "redaktion_2", "admin1"): a site account,
    often the CMS user who posted the story rather than its writer."""
    if not _tagged(source):
        return False
    name = names[0]
    return (
        len(names) == 1 and " " not in name and (name.islower() or "_" in name or is_handle(name))
    )


def _tagged(source: str) -> bool:
    """True for a credit the page states in its tags, not in print."""
    return source in TAG_SOURCES or source.startswith("meta:")


def _completes(short: str, full: str) -> bool:
    """True when ``full`` is a longer name starting with or containing the word ``short``."""
    words = full.split()
    return len(words) > 1 and short.casefold() in (w.casefold() for w in words)


def _credits(
    tags: PageTags,
    marked: Marked,
    ld: LinkedData,
    lines: list[str],
    site_words: tuple[str, ...],
    *,
    above: list[str],
) -> Iterator[tuple[str, tuple[str, ...], str, str | None]]:
    """Every credit of the page, cleaned and split, best source first (lazily), with
    why it is refused (None when it is not)."""
    if ld.authors:
        names: list[str] = []
        for raw in ld.authors:
            names.extend(split_byline(drop_site_parts(raw, site_words))[1])
        if names:
            unique = tuple(dict.fromkeys(names))
            yield ", ".join(names), unique, "json-ld", refusal(unique)
    for printed, source in chain(
        meta_bylines(tags),
        visible_bylines(tags, marked),
        printed_bylines(lines),
        printed_bylines(above),
    ):
        text, found = split_byline(drop_site_parts(printed, site_words))
        if text and found:
            yield text, found, source, why_refused(printed, found)
