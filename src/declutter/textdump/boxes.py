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
HEADING_LABELS = frozenset({"short", "content"})
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
        or label[0] not in HEADING_LABELS
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
    """A list item worded like a headline: a few words, no full stop or colon at the end."""
    text = unit.text.rstrip("\"'”’»)")
    return (
        unit.bullet
        and label[0] in ITEM_LABELS
        and ITEM_MIN_WORDS <= unit.words <= ITEM_MAX_WORDS
        and not text.endswith((".", ":", ";", ","))
    )
