"""Labelled units -> the article run: which units make the body, and why the rest do not.

Context-free labels come from `label`.  Here repeated lines are marked, each
unit gets a score (words of prose minus a cost per line; section headings
cost much more), and the best-scoring contiguous run is the article (a
maximum-sum segment, so short runs of furniture inside the story are bridged
and long lists outside it are not).  The header before the story's first
paragraph (byline, dates, photo captions) is cut off the run's start.
"""

from __future__ import annotations

import re

from declutter.textdump import words as w
from declutter.textdump.label import (
    HEADING_REASON,
    LONG_WORDS,
    Label,
    ends_sentence,
    label_unit,
)
from declutter.textdump.lines import Unit

Span = tuple[int, int]
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")

#: Every line costs this many words: prose must pay for the furniture between it.
LINE_COST = 8
#: List items cost a word when the page has prose; on a page that is one list, an item
#: costs ITEM_COST words, so items of sentences are prose and menus are not.
ITEM_COST = 4
#: A page is one list when its best run with list items as prose scores this many
#: times the best run of plain prose.
LIST_PAGE_RATIO = 2
#: Image placeholders and bare bullets are rendering marks and cost less than a line.
MARKS = frozenset({"decor", "image"})
MARK_COST = 3
#: Labels of one-line links to other stories and pitches (not section headings).
TEASERS = frozenset({"teaser", "promo"})
#: A line of program code in a tutorial costs this many words (a listing must not
#: cut the story in two).
CODE_COST = 1
#: A section heading ("Most Read", "Comments") costs this many words.
HEADING_COST = 30
#: Labels that are neither prose nor a section: furniture that a run may bridge.
FURNITURE = frozenset(
    {
        "decor",
        "image",
        "nav",
        "share",
        "caption",
        "byline",
        "dateline",
        "duplicate",
        "footer",
        "comment-sign",
    }
)
#: Prose words read before a comments heading closes the story.
STORY_WORDS = 50
#: After a section heading below the story, each line of prose costs this much more.
SECTION_COST = 8
#: A paragraph of this many words ending in a full stop shows the story going on.
RESUME_WORDS = 15
#: A comment count ("12 Comments") followed within COUNT_LOOK units by COUNT_PARAGRAPHS
#: paragraphs and none of COMMENT_MARKS is a link next to the byline, not the comments.
COUNT_LOOK = 12
COUNT_PARAGRAPHS = 2
COMMENT_MARKS = frozenset({"comment-sign", "byline", "dateline"})
#: A page with no run of prose and at most this many lines of text is all story
#: (a note, a test page); a bigger one gives its longest line.
SMALL_PAGE = 8
#: Labels of units that can make the body.
PROSE = frozenset({"content", "short"})
#: Byline/date lines this far into the run still belong to the header.
HEADER_WINDOW = 8
#: "read more" teasers are looked for in this many trailing characters.
READ_MORE_TAIL = 40
#: Long prose repeated within this many units is not called a duplicate ...
NEAR = 8
#: ... unless it comes back this close: then it is an image's alt text and caption.
ADJACENT = 2
#: A line repeated below with a credit added has at least this many words.
CAPTION_PAIR_WORDS = 6
#: Two lines sharing this share of their word pairs say the same thing.
SIMILAR_PAIRS = 0.6
#: A photo credit line has at most this many words.
CREDIT_WORDS = 12


def first_labels(units: list[Unit]) -> list[Label]:
    """Context-free labels, then repeated lines (alt text + caption, lists shown twice).

    Long sentences repeated further off are left alone (a story may quote
    its own paragraph; a page rarely repeats its furniture that close), but a
    line repeated right below itself next to an image or credit or without
    a full stop, or again
    with a credit added, is an image's alt text and caption.  A paragraph run straight into a credit
    line ("Jane Doe | Getty Images") is a caption too.
    """
    labels = [label_unit(u) for u in units]
    seen: dict[str, int] = {}
    for i, u in enumerate(units):
        if i and _caption_pair(units, labels, i):
            labels[i - 1] = ("caption", "image text repeated with a credit")
            labels[i] = ("caption", "caption with a credit")
            continue
        if not u.text or labels[i][0] not in PROSE:
            continue
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
    for i in range(1, len(units)):
        credit = labels[i][0] == "caption" and units[i].words <= CREDIT_WORDS
        if credit and not units[i].blank_before and labels[i - 1][0] == "content":
            labels[i - 1] = ("caption", "paragraph run into a photo credit")
    for i, lab in enumerate(labels):
        if lab[0] == "comments" and _count_link(units, labels, i):
            labels[i] = ("nav", f"comment count above the story {units[i].text!r}")
    return labels


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


def _caption_pair(units: list[Unit], labels: list[Label], i: int) -> bool:
    """Line ``i`` says again what the line above said: alt text, then the caption.

    Either it repeats it with something added (a credit, "... more"), or
    it rewords it (SIMILAR_PAIRS of their word pairs shared) and the second is a
    credit line or one of them has no full stop (two paragraphs alike are a
    story's; list items differ in more words).
    """
    prev, text = units[i - 1].text, units[i].text
    if not (
        labels[i][0] in PROSE | {"caption"}
        and labels[i - 1][0] in PROSE
        and units[i - 1].words >= CAPTION_PAIR_WORDS
        and units[i].words >= CAPTION_PAIR_WORDS
    ):
        return False
    if len(text) > len(prev) and text.startswith(prev):
        return True
    if text.lower() == prev.lower() or (units[i].bullet and units[i - 1].bullet):
        return False  # the same line twice is a duplicate; two list items are a list
    a, b = _pairs(prev), _pairs(text)
    if len(a & b) < SIMILAR_PAIRS * len(a | b) or all(_DIGIT.search(" ".join(p)) for p in a ^ b):
        return False  # items numbered 4 and 5 are a list too
    return labels[i][0] == "caption" or not (ends_sentence(prev) and ends_sentence(text))


def _pairs(text: str) -> set[tuple[str, str]]:
    """Pairs of neighbouring words: two lines share them when they say the same in that order."""
    tokens = _WORD.findall(text.lower())
    return set(zip(tokens, tokens[1:]))


def _is_long_prose(unit: Unit, label: Label) -> bool:
    return label[0] == "content" and unit.words >= LONG_WORDS


def unit_score(unit: Unit, label: str, *, lists_are_prose: bool = False) -> int:
    """Words of prose minus the cost of the line; headings cost HEADING_COST."""
    if label == "content":
        return unit.words - LINE_COST - LINE_COST * unit.links
    if label == "short" and unit.bullet and not unit.links:
        n = unit.words
        return n - ITEM_COST if lists_are_prose else min(-1, n - LINE_COST)
    if label == "short" and not unit.links and w.CODE_LINE.search(unit.text):
        return -CODE_COST
    if label == "short":
        return min(-1, unit.words - LINE_COST) - LINE_COST * unit.links
    if label in MARKS:
        return -MARK_COST
    if label in FURNITURE or label in TEASERS:
        return -LINE_COST
    return -HEADING_COST


def best_run(scores: list[int]) -> tuple[int, int] | None:
    """The contiguous [start, end) with the largest positive sum, or None."""
    best, best_span = 0, None
    total, start = 0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0, i
        total += s
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def run_sum(scores: list[int], span: tuple[int, int] | None) -> int:
    """The score of a run (0 for no run)."""
    return sum(scores[span[0] : span[1]]) if span else 0


def header_end(labels: list[Label], start: int, end: int) -> int:
    """Index of the first body unit: after bylines/dates/captions at the top of the run.

    Only the top of the run is searched: up to HEADER_WINDOW units, and no
    further than the second paragraph (the first may be the summary).
    """
    cut = start
    paragraphs = 0
    for i in range(start, min(end, start + HEADER_WINDOW)):
        if labels[i][0] in ("byline", "dateline"):
            cut = i + 1
        elif labels[i][0] == "content":
            paragraphs += 1
            if paragraphs > 1:
                break
    while cut < end and labels[cut][0] in FURNITURE:
        cut += 1
    return cut if cut < end else start


def choose(units: list[Unit], labels: list[Label]) -> tuple[int, int]:
    """The article run [start, end) over ``units`` (empty when no prose)."""
    prose_scores = scores(units, labels)
    span = best_run(prose_scores)
    list_scores = scores(units, labels, lists_are_prose=True)
    as_list = best_run(list_scores)
    if as_list and run_sum(list_scores, as_list) > LIST_PAGE_RATIO * run_sum(prose_scores, span):
        span = as_list
    if span is None:
        prose = [i for i, lab in enumerate(labels) if lab[0] in PROSE]
        if not prose:
            return 0, 0
        if len(prose) <= SMALL_PAGE:
            return prose[0], prose[-1] + 1
        best = max(prose, key=lambda i: units[i].words)
        return best, best + 1
    start, end = span
    return header_end(labels, start, end), end


def scores(units: list[Unit], labels: list[Label], *, lists_are_prose: bool = False) -> list[int]:
    """Unit scores in page order.

    Once STORY_WORDS of prose have been read, a section heading ("Related",
    "Latest videos") makes every later line of prose cost SECTION_COST more
    until a paragraph of RESUME_WORDS ending a sentence shows the story going on, and prose
    under a comments heading scores as furniture.
    """
    out = []
    read = 0
    in_comments = in_section = False
    for u, (lab, reason) in zip(units, labels, strict=True):
        if reason.startswith(HEADING_REASON):
            in_comments = lab == "comments" and read >= STORY_WORDS
            in_section = read >= STORY_WORDS
        elif lab == "content" and u.words >= RESUME_WORDS and ends_sentence(u.text):
            in_section = False
        score = unit_score(u, lab, lists_are_prose=lists_are_prose)
        if in_comments and score > -LINE_COST:
            score = -LINE_COST
        elif in_section and lab in PROSE:
            score -= SECTION_COST
        if lab == "content":
            read += u.words
        out.append(score)
    return out


def zone_labels(units: list[Unit], labels: list[Label], spans: list[Span]) -> list[Label]:
    """Final labels: prose inside the article's spans is content; outside, the section it sits in.

    Inside a span, the short lines right under a section heading (an inline
    "Read more:" box) belong to that heading until the next paragraph.
    """
    inside = [False] * len(units)
    for start, end in spans:
        inside[start:end] = [True] * (end - start)
    last = spans[-1][1] if spans else 0
    out: list[Label] = []
    zone: Label = ("nav", "before the article")
    inline: Label | None = None
    for i, (u, lab) in enumerate(zip(units, labels, strict=True)):
        if i == last:
            zone = ("footer", "after the article")
        elif i and inside[i - 1] and not inside[i]:
            zone = ("nav", "box between parts of the article")
        if lab[0] not in PROSE and lab[0] not in FURNITURE and lab[0] not in TEASERS:
            zone = (lab[0], f"under heading {u.text!r}")
            inline = zone if inside[i] else None
            out.append(lab)
        elif inside[i]:
            if lab[0] == "content":
                inline = None
            if lab[0] in PROSE:
                out.append(inline or ("content", lab[1]))
            else:
                out.append(lab)
        elif lab[0] in PROSE:
            out.append(zone)
        else:
            out.append(lab)
    return out


def strip_read_more(text: str) -> str:
    """A paragraph without a trailing "read more" teaser link."""
    tail = text[-READ_MORE_TAIL:]
    cut = w.READ_MORE.search(tail)
    return text[: len(text) - len(tail) + cut.start()] if cut else text
