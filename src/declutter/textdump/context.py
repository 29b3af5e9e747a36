"""Context-free labels -> labels revised by their neighbours.

Repeated lines (alt text + caption, lists shown twice; not a program
listing's), captions told by the line next to them (a credit, a reworded
repeat, a caption listed under its images' alt texts) or printed with them
(`figures`), boxes of other stories' headlines (`boxes`), the heading over a
comment form in any language (`forms`), an author's card
around a byline, a note on the author, and comment counts printed beside the
byline rather than over the comments.  Which repeats the story means is
decided once the story is found (`repeats`).
"""

from __future__ import annotations

from collections import Counter

from declutter.textdump import words as w
from declutter.textdump.boxes import headline_boxes
from declutter.textdump.captions import alts_of_listed_caption, caption_pair
from declutter.textdump.figures import figure_captions
from declutter.textdump.forms import comment_forms
from declutter.textdump.label import (
    HEADING_REASON,
    LONG_WORDS,
    Label,
    ends_sentence,
    label_unit,
)
from declutter.textdump.lines import Unit
from declutter.textdump.select import LISTED, PROSE, RESUME_WORDS, TOC_ENTRY
from declutter.textdump.strips import button_strips

#: Long prose repeated within this many units is not called a duplicate ...
NEAR = 8
#: ... unless it comes back this close: then it is an image's alt text and caption.
ADJACENT = 2
#: A sub-heading listed above the story (its table of contents) has at most this many words.
LISTED_HEADING_WORDS = 12
#: A short line (up to MANY_MAX_WORDS words) printed MANY_TIMES is furniture, the first print too.
MANY_TIMES = 3
MANY_MAX_WORDS = 1
#: The name or job title printed next to a byline has at most this many words.
CARD_WORDS = 6
#: A photo credit line has at most this many words.
CREDIT_WORDS = 12
#: A comment count ("12 Comments") followed within COUNT_LOOK units by COUNT_PARAGRAPHS
#: paragraphs and none of COMMENT_MARKS is a link next to the byline, not the comments.
COUNT_LOOK = 12
COUNT_PARAGRAPHS = 2
COMMENT_MARKS = frozenset({"comment-sign", "byline", "dateline"})
PAIR_ALT_REASON = "image text repeated with a credit"
LISTED_CAPTION = "caption listed under its image"


def first_labels(units: list[Unit]) -> list[Label]:
    """Context-free labels, then repeated lines (alt text + caption, lists shown twice).

    Long sentences repeated further off are left alone (a story may quote
    its own paragraph; a page rarely repeats its furniture that close), but
    a line repeated right below itself next to an image or credit or
    without a full stop, or again with a credit added, is an image's alt
    text and caption.  A paragraph run straight into a credit line ("Jane
    Doe | Getty Images") is a caption too.
    """
    labels = [label_unit(u) for u in units]
    seen: dict[str, int] = {}
    for i, u in enumerate(units):
        if i and (alts := alts_of_listed_caption(units, labels, i)):
            for k in alts:
                labels[k] = ("caption", f"image text of the caption at line {u.line}")
            labels[i] = ("content", LISTED_CAPTION)
            continue
        if i and labels[i - 1][1] != LISTED_CAPTION and caption_pair(units, labels, i):
            labels[i - 1] = ("caption", PAIR_ALT_REASON)
            labels[i] = ("caption", "caption with a credit")
            continue
        if not u.text or labels[i][0] not in PROSE or _code(u, labels[i]):
            continue  # a program listing repeats its lines ("if (res.ok) {")
        first = seen.setdefault(u.text, i)
        close = i - first <= NEAR and _is_long_prose(u, labels[i])
        alt_text = i - first <= ADJACENT and (
            _near_image(units, labels, i) or not ends_sentence(u.text)
        )
        if first == i or (close and not alt_text):
            continue
        if i - first <= ADJACENT:
            labels[first] = ("caption", "image text repeated on the next line")
        labels[i] = ("duplicate", f"repeats line {units[first].line}")
    headline_boxes(units, labels)
    button_strips(units, labels)
    comment_forms(units, labels)
    _headings_listed_above(units, labels)
    _name_card(units, labels)
    _first_of_many(units, labels)
    _contents_entries(units, labels)
    for i in range(1, len(units)):
        credit = (
            labels[i][0] == "caption"
            and units[i].words <= CREDIT_WORDS
            and labels[i][1] != PAIR_ALT_REASON  # alt text of the caption below, no credit
        )
        if credit and not units[i].blank_before and labels[i - 1][0] in PROSE:
            labels[i - 1] = ("caption", "paragraph run into a photo credit")
        elif (
            credit
            and _closes_figure(units, i)
            and _caption_over_credit(units[i - 1], labels[i - 1])
        ):
            labels[i - 1] = ("caption", "sentence right over a photo credit")
    figure_captions(units, labels)
    for i, lab in enumerate(labels):
        if lab[0] == "comments" and _count_link(units, labels, i):
            labels[i] = ("nav", f"comment count above the story {units[i].text!r}")
    return labels


def _closes_figure(units: list[Unit], i: int) -> bool:
    """Nothing is printed right under line ``i`` ("Image copyright X" opens a BBC caption)."""
    return i + 1 == len(units) or units[i + 1].blank_before


def _caption_over_credit(unit: Unit, label: Label) -> bool:
    """A short sentence right over a credit line, a blank line between: the photo's caption.

    "Serve drinks in pitchers, not in cans." / "" / "Jane Doe/Getty Images": a
    line too short to be a paragraph, ending with a full stop (a sub-heading
    over a picture has none).
    """
    return (
        label[0] == "short"
        and not unit.bullet
        and unit.words <= CREDIT_WORDS
        and unit.text.rstrip("\"'”’)").endswith(".")
    )


def _name_card(units: list[Unit], labels: list[Label]) -> None:
    """The lines of an author's card around a printed byline: the name alone, the job title.

    "Jane Doe" (the portrait's alt text) / "By Jane Doe" / "Staff reporter":
    a short line next to the byline that is the byline's name, or that ends
    with a job title, belongs to the byline.
    """
    for i, lab in enumerate(labels):
        if lab[0] != "byline":
            continue
        by = w.BYLINE.match(units[i].text)
        name = units[i].text[by.end() - 1 if by else 0 :].strip().lower()
        for k in (i - 1, i + 1, i + 2):
            if not 0 <= k < len(units) or labels[k][0] not in PROSE | {"caption", "duplicate"}:
                continue
            u = units[k]
            if u.words <= CARD_WORDS and (
                u.text.lower() == name or (not ends_sentence(u.text) and w.ROLE.search(u.text))
            ):
                labels[k] = ("byline", "author's card by the byline")


def _code(unit: Unit, label: Label) -> bool:
    """A short line of program code: listings repeat such lines, a page does not mean it twice."""
    return label[0] == "short" and not unit.links and bool(w.CODE_LINE.search(unit.text))


def _headings_listed_above(units: list[Unit], labels: list[Label]) -> None:
    """A sub-heading repeated from a list above (the story's own table of contents) is kept.

    The repeat has a paragraph right under it and the first print sits among
    other short lines: the list is the copy, the heading over the paragraph
    is the story's.
    """
    first: dict[str, int] = {}
    for i, u in enumerate(units):
        first.setdefault(u.text, i)
        f = first[u.text]
        if (
            f == i
            or labels[i][0] != "duplicate"
            or labels[f][0] != "short"
            or u.words > LISTED_HEADING_WORDS
            or i + 1 >= len(units)
            or labels[i + 1][0] != "content"
            or not any(labels[k][0] in ("short", "duplicate") for k in (f - 1, f + 1) if k >= 0)
        ):
            continue
        labels[f] = ("duplicate", f"listed again at line {u.line}")
        labels[i] = ("short", f"{LISTED} {units[f].line}")


def _contents_entries(units: list[Unit], labels: list[Label]) -> None:
    """The list printed right under a "Contents" heading: marks, not headings ("4 See also")."""
    for i, lab in enumerate(labels):
        if lab[0] != "contents" or not lab[1].startswith(HEADING_REASON):
            continue
        for j in range(i + 1, len(units)):
            if j > i + 1 and units[j].blank_before:
                break
            labels[j] = ("decor", TOC_ENTRY)


def _first_of_many(units: list[Unit], labels: list[Label]) -> None:
    """The first print of a short line repeated MANY_TIMES or more ("Screenshot", "Read Later")."""
    counts = Counter(u.text for u, lab in zip(units, labels, strict=True) if lab[0] == "duplicate")
    done: set[str] = set()
    for i, u in enumerate(units):
        if (
            u.text not in done
            and labels[i][0] == "short"
            and u.words <= MANY_MAX_WORDS
            and counts[u.text] + 1 >= MANY_TIMES
        ):
            labels[i] = ("duplicate", f"printed {counts[u.text] + 1} times")
            done.add(u.text)


def _count_link(units: list[Unit], labels: list[Label], i: int) -> bool:
    """A "12 Comments" line followed by paragraphs, not comments: a link beside the byline.

    Comments come with names, dates and "Reply" marks; a story does not.
    """
    if not any(ch.isdigit() for ch in units[i].text):
        return False
    paragraphs = 0
    for j in range(i + 1, min(len(units), i + 1 + COUNT_LOOK)):
        lab = labels[j][0]
        if lab in COMMENT_MARKS or labels[j][1].startswith(HEADING_REASON):
            return False
        if lab == "content" and units[j].words >= RESUME_WORDS:
            paragraphs += 1
    return paragraphs >= COUNT_PARAGRAPHS


def _near_image(units: list[Unit], labels: list[Label], i: int) -> bool:
    """An image placeholder or a credit line sits right around unit ``i``."""
    around = range(max(0, i - ADJACENT - 1), min(len(units), i + ADJACENT + 1))
    return any(labels[j][0] in ("image", "caption") for j in around if j != i)


def _is_long_prose(unit: Unit, label: Label) -> bool:
    return label[0] == "content" and unit.words >= LONG_WORDS
