"""Labelled units -> the same labels, with the lines a figure prints together as captions.

A text browser leaves a blank line around each paragraph (<p>) and none
between the lines of one box (<div>, <figure>).  On a page whose paragraphs
are blank-separated, a few lines printed together are one box: an image
with the caption right under it, or an alt text, a caption and a credit
("NASA Worldview") that no credit pattern knows.  `context.first_labels`
asks here.
"""

from __future__ import annotations

from declutter.textdump import words as w
from declutter.textdump.label import Label, ends_sentence
from declutter.textdump.lines import Unit
from declutter.textdump.select import PROSE

#: Paragraphs are blank-separated when this share of the page's prose lines (of
#: PARAGRAPH_WORDS or more) have a blank line above them.
BLANK_SHARE = 0.7
PARAGRAPH_WORDS = 25
#: A figure of an unknown credit prints FIGURE_LINES lines together (alt text, caption,
#: credit: two lines may be a paragraph and its tags); the credit has at most
#: CREDIT_WORDS words and no full stop.
FIGURE_LINES = 3
CREDIT_WORDS = 5
#: A caption under an image has at most this many words.
CAPTION_WORDS = 60
#: Reasons given to the lines of a figure.
UNDER_IMAGE = "line printed with the image above it"
CLOSED_BY_CREDIT = "printed together with a credit line"
_NOT_CREDIT_START = ("-", "–", "—", '"', "“", "(", "[", "@")


def figure_captions(units: list[Unit], labels: list[Label]) -> None:
    """Relabel, in place, the lines of figures as captions (on a page of spaced paragraphs)."""
    if not _spaced_paragraphs(units, labels):
        return
    i = 0
    while i < len(units):
        end = i + 1
        while end < len(units) and not units[end].blank_before:
            end += 1
        group = range(i, end)
        if labels[i][0] == "image" and end - i == 2 and _caption_line(units[i + 1], labels[i + 1]):
            labels[i + 1] = ("caption", UNDER_IMAGE)
        elif len(group) == FIGURE_LINES and _credited(units, labels, group):
            for k in group:
                if labels[k][0] in PROSE:
                    labels[k] = ("caption", CLOSED_BY_CREDIT)
        i = end


def _spaced_paragraphs(units: list[Unit], labels: list[Label]) -> bool:
    """BLANK_SHARE of the page's prose lines have a blank line above them."""
    prose = [
        u
        for u, lab in zip(units, labels, strict=True)
        if lab[0] == "content" and u.words >= PARAGRAPH_WORDS
    ]
    return bool(prose) and sum(u.blank_before for u in prose) >= BLANK_SHARE * len(prose)


def _caption_line(unit: Unit, label: Label) -> bool:
    return label[0] in PROSE and not unit.bullet and unit.words <= CAPTION_WORDS


def _credited(units: list[Unit], labels: list[Label], group: range) -> bool:
    """The group is lines of prose closed by a short line worded like a credit.

    "NASA Worldview": at most CREDIT_WORDS words, no full stop nor colon,
    capitalised, not a quote's attribution ("— Jane Doe") nor a list of tags
    ("Energy / Oceans"); the lines above
    it are prose, not list items, and one of them ends a sentence (an
    address or a poem's lines do not).
    """
    last = units[group[-1]]
    text = last.text
    if (
        labels[group[-1]][0] != "short"
        or last.bullet
        or last.words > CREDIT_WORDS
        or ends_sentence(text)
        or not text[:1].isupper()
        or text.startswith(_NOT_CREDIT_START)
        or w.STRIP_SEPARATOR.search(text)
    ):
        return False
    above = group[:-1]
    return all(labels[k][0] in PROSE and not units[k].bullet for k in above) and any(
        ends_sentence(units[k].text) for k in above
    )
