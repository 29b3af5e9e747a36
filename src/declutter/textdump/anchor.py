"""Labelled units + the chosen run -> the run under the page's headline, when that is the story.

Stories made of tables, schedules, recipes or short lines have little
prose, and the best prose run is then a sidebar of blurbs or a footer
disclaimer.  Such a page still prints its headline with a date or byline
under it, and the story starts right there.  When the chosen run is weak
and has no such header of its own, the run under the first headline +
date header is taken instead; its short lines cost a word each (data rows
gain one) and it stops at the first section heading or tags line, or at a
copyright line under its paragraphs.  A page
with no date header whose best run is very weak (a feature list, a page of
formulas under sub-headings: a line of text here and there, never a run of
paragraphs) is anchored on its headline alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from declutter.textdump import words as w
from declutter.textdump.headline import find_title
from declutter.textdump.label import HEADING_REASON, Label
from declutter.textdump.lines import Unit
from declutter.textdump.select import LINE_COST, MARKS, PROSE, Span, headed

#: A run scoring less than this is weak enough to be second-guessed ...
WEAK_RUN = 200
#: A run scoring less than this is so weak that the headline alone anchors the story.
VERY_WEAK_RUN = 60
#: ... when no byline or date sits this many units above it, and the header is
#: at least this many units above it.
OWN_HEADER = 10
HEADER_GAP = 10
#: The run under the header needs this many lines of text.
MIN_LINES = 6
#: Short lines under the header cost SHORT_COST, rows with a figure gain ROW_GAIN.
SHORT_COST = 1
ROW_GAIN = 1
#: Labels skipped between the header and the story.
HEADER_LABELS = frozenset({"byline", "dateline", "caption", "image", "decor", "share", "nav"})


def anchored(units: list[Unit], labels: list[Label], start: int, run_score: int) -> Span | None:
    """The run under the headline + date header, when the story chosen from ``start`` is weak."""
    if run_score >= WEAK_RUN:
        return None
    if any(
        labels[k][0] in ("byline", "dateline") for k in range(max(0, start - OWN_HEADER), start)
    ):
        return None
    header = _header(units, labels, start - HEADER_GAP)
    if header is None and run_score < VERY_WEAK_RUN:
        header = find_title(units, labels, start)
    if header is None:
        return None
    first = header + 1
    while first < len(units) and (
        labels[first][0] in HEADER_LABELS or w.TAGS_PREFIX.match(units[first].text)
    ):
        first += 1  # a photo, the byline, the story's tags printed under the date
    best, best_end, total = 0, first, 0
    told = False
    for i in range(first, len(units)):
        lab, reason = labels[i]
        if reason.startswith(HEADING_REASON) or w.TAGS_PREFIX.match(units[i].text):
            break  # a section heading or the story's tags: the story is over
        if lab == "footer" and told:
            break  # "All rights reserved" under the story's paragraphs: the story is over
        told = told or lab == "content"
        total += _lenient(units[i], lab)
        if total >= best and total > 0:
            best, best_end = total, i + 1  # ties extend over lines that cost nothing
    text_lines = sum(1 for k in range(first, best_end) if labels[k][0] in PROSE)
    return (first, best_end) if best > 0 and text_lines >= MIN_LINES else None


def _header(units: list[Unit], labels: list[Label], limit: int) -> int | None:
    """Index of the first byline/date line under a headline-like line, above ``limit``."""
    return next(headers(units, labels, limit), None)


def headers(units: list[Unit], labels: list[Label], limit: int) -> Iterator[int]:
    """Indexes of byline/date lines under a headline-like line, above ``limit``, in order."""
    return (i for i in range(max(0, limit)) if headed(units, labels, i))


def _lenient(unit: Unit, label: str) -> int:
    """Score under the header: prose as usual, short (even repeated) lines cheap, rows gain."""
    if label == "content":
        return unit.words - LINE_COST - LINE_COST * unit.links
    if label in ("short", "duplicate") and not unit.links:
        return ROW_GAIN if any(ch.isdigit() for ch in unit.text) else -SHORT_COST
    return -1 if label in MARKS else -LINE_COST
