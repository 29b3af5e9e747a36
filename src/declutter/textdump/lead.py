"""The story's run -> its lead paragraph above an inline box or figure, and word overlap.

One paragraph above the run is too little to be a part of the story by
itself (`parts`), but the story's first paragraph is often printed over an
inline box of links or a figure that opens the run.  Whether two texts
speak of the same things is measured here too: the share of one's longer
words found in the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from declutter.textdump.label import HEADING_REASON, Label, ends_sentence
from declutter.textdump.lines import Unit
from declutter.textdump.select import LISTED, MARKS, RESUME_WORDS, TOC_ENTRY, Span

#: Text shares the story's subject when this share of its words (of SHARED_WORD_CHARS
#: or more characters) are in the story.
SHARED_WORDS = 0.2
SHARED_WORD_CHARS = 4
#: A box of links inside the story: its heading's label, and at most BOX_LINES lines under it.
INLINE_BOXES = frozenset({"related", "video"})
BOX_LINES = 6
#: Lines of a figure between the lead paragraph and the rest of the story, and the
#: header lines right above a lead paragraph (not a standfirst).
FIGURE_LABELS = frozenset({"image", "caption", "decor", "duplicate", "nav"})
HEADER_LABELS = frozenset({"byline", "dateline"})
_LONG_WORD = re.compile(rf"\w{{{SHARED_WORD_CHARS},}}")


def lead_above_box(units: list[Unit], labels: list[Label], spans: list[Span]) -> int | None:
    """The story's lead paragraph printed above an inline box or figure that opens its run.

    "Lead paragraph" / "Related" / two headlines / the story: one paragraph
    is too little to be a part above the run by itself, but right over a
    small box (a section heading and at most BOX_LINES lines, or a table of
    contents of any length) whose end is the run's start, ending a sentence,
    with RESUME_WORDS words and the story's words, it is the story's first
    paragraph.  So it is over a figure (an
    image, its caption and credit, a "1 of 4" counter) when the byline or
    date is right above it: a standfirst would sit above those.
    """
    first = spans[0][0]
    top = _box_top(labels, first)
    if top is None:
        top = _contents_top(labels, first)
    figure = top is None
    if figure:
        top = _figure_top(labels, first)
    if top is None:
        return None
    lead = _skip_marks(labels, top - 1)
    if lead < 0 or labels[lead][0] != "content":
        return None
    above = _skip_marks(labels, lead - 1)
    if figure and (above < 0 or labels[above][0] not in HEADER_LABELS):
        return None
    u = units[lead]
    story = words_of(units[k].text for a, b in spans for k in range(a, b))
    if (
        u.words < RESUME_WORDS
        or not ends_sentence(u.text)
        or shared_words([u.text], story) < SHARED_WORDS
    ):
        return None
    return lead


def _box_top(labels: list[Label], first: int) -> int | None:
    """The heading of an inline box (related links, videos) ending right above ``first``."""
    heading = next(
        (
            k
            for k in range(first - 1, max(-1, first - BOX_LINES - 2), -1)
            if labels[k][1].startswith(HEADING_REASON)
        ),
        None,
    )
    return heading if heading is not None and labels[heading][0] in INLINE_BOXES else None


def _contents_top(labels: list[Label], first: int) -> int | None:
    """The heading of the table of contents ending right above ``first``.

    Its entries, and the first sub-heading it lists printed over the run,
    lie between, however many.
    """
    k = first - 1
    while k >= 0 and (
        labels[k][1] == TOC_ENTRY or labels[k][1].startswith(LISTED) or labels[k][0] in MARKS
    ):
        k -= 1
    toc = k >= 0 and labels[k][0] == "contents" and labels[k][1].startswith(HEADING_REASON)
    return k if toc and labels[k + 1][1] == TOC_ENTRY else None


def _figure_top(labels: list[Label], first: int) -> int | None:
    """The first line of a figure (image, caption, credit) ending right above ``first``."""
    k = first - 1
    while k >= 0 and first - k <= BOX_LINES and labels[k][0] in FIGURE_LABELS:
        k -= 1
    lines = range(k + 1, first)
    return k + 1 if any(labels[j][0] in ("image", "caption") for j in lines) else None


def _skip_marks(labels: list[Label], k: int) -> int:
    """``k``, or the first line above it that is not a rendering mark (-1 for none)."""
    while k >= 0 and labels[k][0] in MARKS:
        k -= 1
    return k


def words_of(texts: Iterable[str]) -> set[str]:
    """Lower-cased words of at least SHARED_WORD_CHARS characters."""
    return {m.lower() for t in texts for m in _LONG_WORD.findall(t)}


def shared_words(texts: list[str], story: set[str]) -> float:
    """Share of the words of ``texts`` that the story has."""
    words = words_of(texts)
    return len(words & story) / len(words) if words else 0.0
