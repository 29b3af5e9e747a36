"""Segments + the article region -> final labels, using the page as context.

1. `label_blocks`: blocks outside the region are not the article; inside
   it, `classify` decides with marks above the region ignored (a
   ``<body class="has-comments">`` says nothing about a paragraph); blocks
   removed for their links or words alone that sit among the article's
   paragraphs stay (see `prose_links`: a table of contents, a linked heading,
   a linked bullet among kept ones, a paragraph that mentions cookies).
2. (`opening` labels the blocks just above the region: the standfirst,
   the article's opening printed apart.)
3. `revise`: headings that open a boilerplate section ("Most Read",
   "Comments", "Related", see `sections`) label the blocks under them; the
   headline, byline and dateline found by the metadata stage are dropped
   (but not a line naming the byline among the article's paragraphs: a
   brand that signs the page and is what it is about; a dated list item
   only above the first paragraph, not in a timeline), so is a kicker
   above the headline; a short kept line between two removed
   blocks of one label takes that label.
4. `declared_kept`: blocks the JSON-LD articleBody repeats are kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from declutter.body.classify import ChainMarks, Verdict, container_label, container_marks, normal
from declutter.body.prose_links import (
    PROSE_AFTER_CHARS,
    in_flow,
    links_in_prose,
    prose_about_cookies,
)
from declutter.body.region import Region
from declutter.body.segment import Segment
from declutter.model import CONTENT

#: Marks never overruled by the "region kept" fallback.
NEVER_KEPT_MARKS = frozenset({"nav", "header", "footer", "cookie"})
#: A kept block shorter than this takes the label of removed blocks around it ...
SHORT_CHARS = 50
#: ... looking past blocks with these labels, which say nothing about the area.
TRANSPARENT_LABELS = frozenset({"title", "byline", "dateline", "caption", "read-more"})
#: A kicker above the headline is this short.
KICKER_MAX_CHARS = 30
KICKER_MAX_WORDS = 3
#: Bylines and datelines are short lines.
BYLINE_MAX_CHARS = 120
#: ... holding little beside the name, unless the rest is a date.
BYLINE_EXTRA_CHARS = 40
DATELINE_MAX_CHARS = 80
DATELINE_MAX_WORDS = 8  # words other than numbers

_DATE = re.compile(
    r"\b(?:1[89]|20)\d\d\b.*\b\d{1,2}\b|\b\d{1,2}\b.*\b(?:1[89]|20)\d\d\b|"
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d+\s+(?:hours?|minutes?|days?|mins?|hrs?)\s+ago\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[.!?]\s+[A-Z][a-z]")


#: The reason a block outside the chosen region gets (`anchors` looks for it).
OUTSIDE = "outside article"


@dataclass(frozen=True)
class Hints:
    """What the metadata stage found, normalized for matching."""

    title: str = ""
    byline: str = ""


def label_blocks(
    segs: Sequence[Segment], region: Region, own: Sequence[Verdict | None]
) -> list[Verdict]:
    """Every block's label: outside the region is boilerplate, inside is `classify`.

    ``own`` holds each block's `text_label`, read once.  When container
    marks would leave the region empty, they are not believed there (the
    region was chosen for its prose, so the marks are the likelier mistake)
    and only the blocks' own text decides.
    """
    floor = region.frame.depth if region.frame is not None else -1
    kept = (CONTENT, f"in the article region {region_name(region)}")
    out: list[Verdict] = []
    chains = ChainMarks()
    inside = region.held(segs)
    for seg, text, held in zip(segs, own, inside, strict=True):
        if held:
            mark = container_label(seg, floor=floor, ignore=region.ignored, chains=chains)
            out.append(mark or text or kept)
        else:
            mark = container_label(seg, ignore=region.ignored, chains=chains)
            out.append(mark or text or ("boilerplate", OUTSIDE))
    links_in_prose(segs, inside, own, out)
    prose_about_cookies(segs, region, own, out)
    if not any(label == CONTENT for label, _ in out):
        for i, seg in enumerate(segs):
            if inside[i] and own[i] is None and not _page_furniture(seg):
                out[i] = (CONTENT, "region kept: its marks would empty it")
    return out


def region_name(region: Region) -> str:
    """``<div#main.story-body>``: the region element's tag, id and first class."""
    if region.frame is None:
        return "(none found: the whole page)"
    tag, cls, ident = region.frame.key
    first = cls.split(None, 1)[0] if cls.strip() else ""
    return f"<{tag}{'#' + ident[:40] if ident else ''}{'.' + first[:40] if first else ''}>"


def _page_furniture(seg: Segment) -> bool:
    """Whether a tag, role or name around the block marks site navigation, header or footer."""
    return any(mark[1] in NEVER_KEPT_MARKS for mark in container_marks(seg))


def revise(
    segs: Sequence[Segment],
    verdicts: list[Verdict],
    hints: Hints,
    sections: Mapping[int, Verdict],
) -> list[Verdict]:
    """Apply section headings (see `sections`) and the metadata hints to the verdicts."""
    out = list(verdicts)
    for i, verdict in sections.items():
        if out[i][0] == CONTENT or out[i][1].startswith("link density"):
            out[i] = verdict
    opening = next(
        (
            i
            for i, seg in enumerate(segs)
            if out[i][0] == CONTENT and len(seg.text) >= PROSE_AFTER_CHARS
        ),
        len(segs),
    )
    for i, seg in enumerate(segs):
        if out[i][0] == CONTENT:
            hint = _hint_label(seg, hints, header=i < opening)
            if hint is not None and not (hint[0] == "byline" and in_flow(segs, out, i)):
                out[i] = hint
    _kickers(segs, out)
    return _short_between(segs, out)


def _kickers(segs: Sequence[Segment], out: list[Verdict]) -> None:
    """A one- or two-word line right above the headline is its kicker ("Explainer", "Live")."""
    for i in range(1, len(segs)):
        if out[i][0] != "title" or out[i - 1][0] != CONTENT:
            continue
        text = segs[i - 1].text
        if len(text) <= KICKER_MAX_CHARS and len(text.split()) <= KICKER_MAX_WORDS:
            out[i - 1] = ("kicker", "short label above the headline")


def _short_between(segs: Sequence[Segment], verdicts: list[Verdict]) -> list[Verdict]:
    """A short kept block between two removed ones of the same label takes that label.

    The neighbours looked at are the nearest blocks on each side that are
    removed (not as title, byline, caption ...) or kept and not short.
    """
    out = list(verdicts)
    anchor = [
        verdicts[i][0] not in TRANSPARENT_LABELS
        and (verdicts[i][0] != CONTENT or len(seg.text) >= SHORT_CHARS)
        for i, seg in enumerate(segs)
    ]
    after: list[str | None] = [None] * len(segs)
    nxt: str | None = None
    for i in range(len(segs) - 1, -1, -1):
        after[i] = nxt
        if anchor[i]:
            nxt = verdicts[i][0]
    before: str | None = None
    for i, seg in enumerate(segs):
        short = verdicts[i][0] == CONTENT and len(seg.text) < SHORT_CHARS
        if short and before is not None and before == after[i] and before != CONTENT:
            out[i] = (before, f"short, between {before} blocks")
        if anchor[i]:
            before = verdicts[i][0]
    return out


def _hint_label(seg: Segment, hints: Hints, *, header: bool = False) -> Verdict | None:
    text = seg.text
    words = normal(text)
    if hints.title and words == hints.title:
        return "title", "same as the headline"
    if (
        len(text) <= BYLINE_MAX_CHARS
        and hints.byline
        and hints.byline in words
        and not _SENTENCE.search(text)
        and (len(words) <= len(hints.byline) + BYLINE_EXTRA_CHARS or _DATE.search(text))
    ):
        return "byline", "holds the byline"
    if (
        len(text) <= DATELINE_MAX_CHARS
        and (seg.kind != "li" or header)
        and _DATE.search(text)
        and not _SENTENCE.search(text)
        and "(@" not in text  # an embedded post's signature line: "— Name (@handle) date"
        and sum(1 for w in words.split() if not w.isdigit()) <= DATELINE_MAX_WORDS
    ):
        return "dateline", "a short date line"
    return None


def declared_kept(verdicts: Sequence[Verdict], declared: Sequence[bool]) -> list[Verdict]:
    """Blocks the page's JSON-LD articleBody repeats are kept, whatever their container.

    Labels read from the block's own text or from the metadata (caption,
    byline, title ...) still win: those lines are sometimes in the
    articleBody too.
    """
    out = list(verdicts)
    for i, (label, reason) in enumerate(verdicts):
        if declared[i] and label != CONTENT and reason.startswith(("inside ", "outside ")):
            out[i] = (CONTENT, f"in the JSON-LD articleBody; was {label}: {reason}")
    return out
