"""Labelled units -> the same labels, with boxes of other stories' headlines told apart.

A site prints "More Great Stories" or "Next Up In Science" over a list of
headlines, at the story's end or between its paragraphs.  The heading is
no phrase of the heading tables, but it holds a word such boxes are named
with ("more", "next", "trending", "stories" ...), and the list under it
is headlines: list items of a few words with no full stop.  The heading
then opens a "related" section and its items are teasers, so the story's
run stops above the box, or steps over it.  `context.first_labels` asks here.
"""

from __future__ import annotations

import re

from declutter.textdump import words as w
from declutter.textdump.label import HEADING_REASON, Label, ends_sentence
from declutter.textdump.lines import Unit
from declutter.textdump.select import PROSE

#: A box heading has at most this many words.
BOX_HEADING_WORDS = 6
#: A box lists at least BOX_ITEMS headlines of ITEM_MIN_WORDS to ITEM_MAX_WORDS words ...
BOX_ITEMS = 3
ITEM_MIN_WORDS = 2
ITEM_MAX_WORDS = 20
#: ... with ITEM_MEAN_WORDS words on average (a list of single words is a menu).
ITEM_MEAN_WORDS = 4
#: Labels a headline of the box may have been given already.
ITEM_LABELS = frozenset({"short", "content", "duplicate", "teaser"})
_TOKEN = re.compile(r"\w+")


def headline_boxes(units: list[Unit], labels: list[Label]) -> None:
    """Relabel, in place, each box heading over a list of headlines, and its items."""
    i = 0
    while i < len(units):
        items = _box_items(units, labels, i) if _box_heading(units[i], labels[i]) else []
        if not items:
            i += 1
            continue
        heading = units[i].text
        if not labels[i][1].startswith(HEADING_REASON):
            labels[i] = ("related", f"{HEADING_REASON} {heading!r} over a list of headlines")
        for k in items:
            labels[k] = ("teaser", f"headline listed under {heading!r}")
        i = items[-1] + 1


def _box_heading(unit: Unit, label: Label) -> bool:
    """A section heading, or a short line (not a list item nor a sentence) holding a word
    boxes are named with."""
    if label[1].startswith(HEADING_REASON):
        return label[0] != "contents"  # a table of contents lists the story's own headings
    text = unit.text.rstrip(":").strip()
    if (
        unit.bullet
        or label[0] not in PROSE
        or not 0 < unit.words <= BOX_HEADING_WORDS
        or not text
        or ends_sentence(text)
    ):
        return False
    return any(t in w.BOX_WORDS for t in _TOKEN.findall(text.lower()))


def _box_items(units: list[Unit], labels: list[Label], i: int) -> list[int]:
    """The headlines listed right under line ``i``: BOX_ITEMS list items or more, else none."""
    items = []
    k = i + 1
    while k < len(units) and _headline_item(units[k], labels[k]):
        items.append(k)
        k += 1
    if len(items) < BOX_ITEMS:
        return []
    mean = sum(units[k].words for k in items) / len(items)
    return items if mean >= ITEM_MEAN_WORDS else []


def _headline_item(unit: Unit, label: Label) -> bool:
    """A list item worded like a headline."""
    return unit.bullet and _headline_worded(unit, label)


def _headline_worded(unit: Unit, label: Label) -> bool:
    """A line worded like a headline: a few words, no full stop or colon at the end."""
    text = unit.text.rstrip("\"'”’»)")
    return (
        label[0] in ITEM_LABELS
        and ITEM_MIN_WORDS <= unit.words <= ITEM_MAX_WORDS
        and not text.endswith((".", ":", ";", ","))
    )


#: A box at the story's end lists at least TAIL_TITLES headlines, each with at most
#: one blurb of up to BLURB_WORDS words under it ...
TAIL_TITLES = 3
BLURB_WORDS = 70
#: Headlines have TITLE_MEAN_WORDS words on average (names of people or products over
#: their descriptions, a story's own list, have two or three).
TITLE_MEAN_WORDS = 5
#: ... and at most this share of them are questions (a FAQ's questions head its answers).
QUESTION_SHARE = 0.5
#: ... and of lines holding a figure (results, a schedule, a product's data).
FIGURE_SHARE = 0.5
#: Lines that may sit between the box's headlines (a thumbnail, a date, a caption).
CARD_MARKS = frozenset({"image", "decor", "caption", "dateline", "byline", "duplicate", "nav"})


def tail_box(units: list[Unit], labels: list[Label], start: int, end: int, read: int) -> int | None:
    """The heading of a box of other stories' headlines that closes the run [start, end).

    "Articles liés", "Editors' Recommendations:", "Vorherige Artikel:": a short
    line that is no sentence, right over a headline (two short lines in a row, where
    a story's sub-heading has its paragraph under it), then headlines, each with at
    most one blurb under it (a story's section has paragraphs), TAIL_TITLES of them
    or more, down to the run's end, TITLE_MEAN_WORDS words long on average.  The
    heading's words are not looked at: a box named in any language is told by its
    shape.  At least ``read`` words of paragraphs lie above the heading, and no fewer
    than the box holds in the run (a list that is most of the run is the story).
    """
    words = 0
    for i in range(start, end):
        if words >= read and _tail_heading(units[i], labels[i]):
            stop = _headline_list(units, labels, i + 1)
            if stop is not None and stop >= end and _words(units, i, end) <= words:
                return i
        if labels[i][0] == "content":
            words += units[i].words
    return None


def _words(units: list[Unit], start: int, end: int) -> int:
    return sum(units[k].words for k in range(start, end))


def _tail_heading(unit: Unit, label: Label) -> bool:
    """A short line over a box: no list item, no sentence (a colon or ellipsis may end it),
    no figure or inner colon (a date over results, "Size: 40 cm" over a product's data),
    no lowercase start (a line of a sentence broken in two)."""
    text = unit.text.rstrip(" :…").removesuffix("...").rstrip()
    return (
        label[0] in PROSE
        and ":" not in text
        and not any(ch.isdigit() for ch in text)
        and not unit.bullet
        and 0 < unit.words <= BOX_HEADING_WORDS
        and bool(text)
        and not text[0].islower()
        and not ends_sentence(text)
    )


def _tail_title(unit: Unit, label: Label) -> bool:
    """A headline in a box (`_headline_worded`) starting with a capital or figure."""
    first = unit.text.lstrip("\"'“‘«„([-–—•· ")[:1]
    return _headline_worded(unit, label) and bool(first) and not first.islower()


def _headline_list(units: list[Unit], labels: list[Label], k: int) -> int | None:
    """The end of the headlines listed from ``k`` on (each with one blurb at most), or None
    when fewer than TAIL_TITLES, or too many questions, or no headline right at ``k``."""
    while k < len(units) and labels[k][0] in CARD_MARKS:
        k += 1
    if k == len(units) or not _tail_title(units[k], labels[k]):
        return None
    titles: list[int] = []
    blurb = True  # no blurb before the first headline
    while k < len(units):
        u, lab = units[k], labels[k]
        if lab[0] in CARD_MARKS:
            pass
        elif _tail_title(u, lab):
            titles.append(k)
            blurb = False
        elif not blurb and lab[0] in PROSE and u.words <= BLURB_WORDS:
            blurb = True
        else:
            break
        k += 1
    questions = sum(units[t].text.rstrip("\"'”’»)").endswith("?") for t in titles)
    if len(titles) < TAIL_TITLES or questions > QUESTION_SHARE * len(titles):
        return None
    if sum(units[t].words for t in titles) < TITLE_MEAN_WORDS * len(titles):
        return None
    figures = sum(any(ch.isdigit() for ch in units[t].text) for t in titles)
    if figures > FIGURE_SHARE * len(titles):
        return None
    return k
