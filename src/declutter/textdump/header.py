"""Units around the headline -> `Metadata` and the indexes of the lines it came from.

The headline comes from `headline.find_title`.  Byline, dates and the
summary are read between the headline and the story (a byline or date may
also sit just above the headline); tags from the lines right after the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from declutter.metadata.byline import split_byline
from declutter.metadata.dates import MONTHS
from declutter.metadata.namecheck import why_refused
from declutter.textdump import words as w
from declutter.textdump.headline import (
    NAME_AGO,
    TITLE_WINDOW,
    find_title,
    name_before_date,
    without_site,
)
from declutter.textdump.label import Label, ends_sentence, read_date
from declutter.textdump.lines import Unit, count_words

#: A printed byline ("By ...") or date may sit this many units above the headline.
BYLINE_ABOVE_TITLE = 6
#: Tags are looked for this many units after the story.
TAGS_WINDOW = 3
TAG_MAX_WORDS = 4
TAG_MIN_ITEMS = 2

_MONTH_WORDS = frozenset(MONTHS)
#: A byline at the end of a date line: "on March 10, 2015 by Nikhil Marathe".
_BY_IN_DATE = re.compile(r"\b(?:by|von|par|por)\s+([A-Z][^\d|•·]{2,60})$")
_BYLINE_STOP = re.compile(
    r"\s(?:[|•·—–]|-\s)|\s(?:follow|updated?|published|posted|on|at)\b|\s@|\d", re.I
)


@dataclass
class Header:
    """What the header gave, with the unit index of each field."""

    fields: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    used: dict[int, Label] = field(default_factory=dict)
    #: The unit of a byline guessed from a name above a date (a printed "By" replaces it).
    guessed: int | None = None


def read_header(
    units: list[Unit], labels: list[Label], start: int, end: int, url: str | None = None
) -> Header:
    """Title, byline, dates and summary above the story; tags below it."""
    head = Header()
    title = find_title(units, labels, start, url, from_run=True)
    if title is not None:
        head.fields["title"] = without_site(units[title].text)
        head.sources["title"] = f"visible line {units[title].line}"
        if title < start:  # a headline opening the run stays in the body, as printed there
            head.used[title] = ("title", "headline above the story")
    top = title + 1 if title is not None else max(0, start - TITLE_WINDOW)
    for i in range(top, start):
        _header_line(units, labels, i, head)
    if title is not None:
        for i in range(max(0, title - BYLINE_ABOVE_TITLE), title):
            if labels[i][0] in ("byline", "dateline"):
                _header_line(units, labels, i, head)
    _tags(units, labels, end, head)
    return head


def _header_line(units: list[Unit], labels: list[Label], i: int, head: Header) -> None:
    text, lab = units[i].text, labels[i][0]
    where = f"visible line {units[i].line}"
    if lab == "dateline" or (lab == "byline" and read_date(text)):
        for key, part in _date_parts(text):
            if key not in head.fields and (value := read_date(part)):
                head.fields[key] = value
                head.sources[key] = where
                if lab == "dateline":
                    head.used[i] = ("dateline", f"{key} date")
    by_in_date = _BY_IN_DATE.search(text) if lab == "dateline" else None
    aged = NAME_AGO.match(text) if lab == "short" else None
    explicit = lab == "byline" or by_in_date is not None
    guessed = not explicit and (aged is not None or name_before_date(units, labels, i))
    if ("byline" not in head.fields or (explicit and head.guessed is not None)) and (
        explicit or guessed
    ):
        name = by_in_date.group(1) if by_in_date else aged.group(1) if aged else text
        byline, authors = split_byline(_byline_text(name))
        why = why_refused(name, authors) if byline else None
        if why and "byline" not in head.fields:
            head.sources["byline"] = f'refused "{byline}" ({where}): {why}'
        if byline and not why:
            if head.guessed is not None:
                head.used.pop(head.guessed, None)  # a printed "by" beats a name by a date
            head.fields["byline"], head.fields["authors"] = byline, authors
            head.sources["byline"] = where
            head.guessed = i if guessed else None
            if lab != "dateline":
                head.used[i] = ("byline", "byline in the header")
    if lab == "content" and "description" not in head.fields:
        head.fields["description"] = text
        head.sources["description"] = where
        head.used[i] = ("description", "summary between headline and story")


def _date_parts(text: str) -> list[tuple[str, str]]:
    """A date line split into its published and modified parts.

    "Updated 3 May" is a modified date; "2 May, 09:00 | Updated 3 May" holds both.
    """
    m = w.MODIFIED.search(text)
    if m is None:
        return [("published", text)]
    if read_date(text[: m.start()]):
        return [("published", text[: m.start()]), ("modified", text[m.start() :])]
    return [("modified", text)]


def _byline_text(text: str) -> str:
    """The byline without the date, time or "Follow @x" printed after the names."""
    prefix = w.BYLINE.match(text)
    skip = prefix.end() - 1 if prefix else 0
    stop = _BYLINE_STOP.search(text, skip)
    cut = text[: stop.start()] if stop else text
    tokens = cut.split()
    half = len(tokens) // 2
    if half and len(tokens) == 2 * half and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]  # "Jane Doe Jane Doe": the portrait's alt text, then the name
    for k, tok in enumerate(tokens):
        if k and tok.lower().strip(".,") in _MONTH_WORDS:
            tokens = tokens[:k]
            break
    return " ".join(tokens).rstrip(" ,;")


def _tags(units: list[Unit], labels: list[Label], end: int, head: Header) -> None:
    """Tags right below the story: one line ("Tags: a, b" / "a / b / c") or one per line."""
    for i in range(end, min(len(units), end + TAGS_WINDOW)):
        if labels[i][0] not in ("short", "nav", "content"):
            break
        text = units[i].text
        prefixed = w.TAGS_PREFIX.match(text)
        body = text[prefixed.end() :] if prefixed else text
        if prefixed and not body:
            _tag_lines(units, labels, i + 1, i + 1, head)
            return
        sep = w.TAG_SEPARATOR if prefixed else _STRONG_SEPARATOR
        items = [t.strip() for t in sep.split(body) if t.strip()]
        if len(items) < TAG_MIN_ITEMS or any(count_words(t) > TAG_MAX_WORDS for t in items):
            continue
        if not prefixed and ends_sentence(text):
            continue
        head.fields["tags"] = tuple(items)
        head.sources["tags"] = f"visible line {units[i].line}"
        head.used[i] = ("tags", "tag list after the story")
        return
    _tag_lines(units, labels, end, end, head)


def _tag_lines(units: list[Unit], labels: list[Label], first: int, end: int, head: Header) -> None:
    """Short lines from ``first`` up to a section heading or the page's end: one tag each."""
    i = first
    while i < len(units) and labels[i][0] == "short" and _tag_like(units[i].text):
        i += 1
    closed = i == len(units) or labels[i][0] not in ("short", "content", "teaser")
    if i - first < TAG_MIN_ITEMS or not closed:
        return
    head.fields["tags"] = tuple(units[k].text for k in range(first, i))
    head.sources["tags"] = f"visible lines {units[first].line}-{units[i - 1].line}"
    for k in range(first, i):
        head.used[k] = ("tags", "tag list after the story")


def _tag_like(text: str) -> bool:
    return count_words(text) <= TAG_MAX_WORDS and not ends_sentence(text) and not text.isdigit()


_STRONG_SEPARATOR = re.compile(r"\s+[/|•·]\s+")
