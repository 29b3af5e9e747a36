"""Segments + per-block verdicts -> final labels, using the page as context.

Three steps, each a function:

1. `choose_region`: the article region is the deepest element that holds
   most of the page's prose mass (non-link text of paragraph-like blocks,
   discounted inside boilerplate containers, boosted when the JSON-LD
   ``articleBody`` repeats it).  Blocks outside it are not the article.
2. `label_blocks`: inside the region, `classify` decides with marks above
   the region ignored (a ``<body class="has-comments">`` says nothing).
3. `revise`: headings that open a boilerplate section ("Most Read",
   "Comments", "Related") label the blocks under them up to the next
   heading of the same or higher level; the headline, byline and dateline
   found by the metadata stage are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from declutter.classify import Verdict, classify, frame_label, normal, text_label
from declutter.model import CONTENT
from declutter.sections import boilerplate_sections
from declutter.segment import Frame, Segment

#: The region is the deepest element holding this share of the prose mass.
REGION_SHARE = 0.6
#: Blocks shorter than this add nothing to the prose mass.
MIN_PROSE_CHARS = 30
#: How many levels above the densest element an ``<article>`` may sit.
ARTICLE_CLIMB = 6
#: A mark on an element holding this share of the prose is not believed.
BIG_MARK_SHARE = 0.5
#: ... and a tag or role mark (``<form>``, ``role=navigation``) this share.
BIG_TAG_MARK_SHARE = 0.9
#: Blocks shorter than this count less than their length (menus, teasers).
PROSE_FULL_CHARS = 150
#: Prose inside a boilerplate container counts this much.
MARKED_WEIGHT = 0.15
#: Bylines and datelines are short lines.
BYLINE_MAX_CHARS = 120
DATELINE_MAX_CHARS = 80

_DATE = re.compile(
    r"\b(?:1[89]|20)\d\d\b.*\b\d{1,2}\b|\b\d{1,2}\b.*\b(?:1[89]|20)\d\d\b|"
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d+\s+(?:hours?|minutes?|days?|mins?|hrs?)\s+ago\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")


@dataclass(frozen=True)
class Hints:
    """What the metadata stage found, normalized for matching."""

    title: str = ""
    byline: str = ""


@dataclass(frozen=True)
class Region:
    """The chosen article element and the boilerplate marks not believed."""

    frame: Frame | None
    ignored: frozenset[int] = frozenset()

    def holds(self, seg: Segment) -> bool:
        if self.frame is None:
            return True
        depth = self.frame.depth
        return len(seg.chain) > depth and seg.chain[depth].element is self.frame.element


def choose_region(segs: Sequence[Segment]) -> Region:
    """The deepest element holding `REGION_SHARE` of the page's prose mass.

    A boilerplate mark on an element holding `BIG_MARK_SHARE` of all prose
    is not believed (a wrapper ``class="site-content has-sidebar"``), except
    a comments mark: comment threads can outgrow the article.
    """
    sections = boilerplate_sections(segs)
    weights = [_prose_weight(seg, i in sections) for i, seg in enumerate(segs)]
    raw = _mass(segs, weights)
    total = raw.get(id(segs[0].chain[0].element), 0.0) if segs else 0.0
    if total <= 0:
        return Region(None)
    ignored: set[int] = set()
    marked = []
    for seg, weight in zip(segs, weights, strict=True):
        is_marked = False
        for frame in seg.chain:
            verdict = frame_label(frame.key)
            if verdict is None:
                continue
            key = id(frame.element)
            big = BIG_MARK_SHARE if verdict[1][0] not in "<r" else BIG_TAG_MARK_SHARE
            if verdict[0] != "comments" and raw.get(key, 0.0) >= big * total:
                ignored.add(key)
            else:
                is_marked = True
        marked.append(weight * MARKED_WEIGHT if is_marked else weight)
    mass = _mass(segs, marked)
    total = sum(marked)
    best: Frame | None = None
    chain: tuple[Frame, ...] = ()
    for seg in segs:
        for frame in seg.chain:
            if mass.get(id(frame.element), 0.0) < REGION_SHARE * total:
                break
            if best is None or frame.depth > best.depth:
                best, chain = frame, seg.chain
    if best is not None:
        best = _article_ancestor(chain[: best.depth + 1])
    return Region(best, frozenset(ignored))


def _article_ancestor(chain: tuple[Frame, ...]) -> Frame:
    """The nearest enclosing ``<article>`` (or articleBody) of the region, if close.

    The densest element often misses the standfirst, a heading-only part or
    a list at the article's start; the element the page itself calls the
    article holds them.  Not taken when it holds other articles (a listing).
    """
    for frame in reversed(chain[-ARTICLE_CLIMB - 1 :]):
        el = frame.element
        if frame.tag == "article" or el.get("itemprop") == "articleBody":
            if frame is chain[-1] or next(el.iterdescendants("article"), None) is None:
                return frame
            break
    return chain[-1]


def _mass(segs: Sequence[Segment], weights: Sequence[float]) -> dict[int, float]:
    mass: dict[int, float] = {}
    for seg, weight in zip(segs, weights, strict=True):
        if weight <= 0:
            continue
        for frame in seg.chain:
            key = id(frame.element)
            mass[key] = mass.get(key, 0.0) + weight
    return mass


def _prose_weight(seg: Segment, under_heading: bool) -> float:
    if seg.heading_level or len(seg.text) < MIN_PROSE_CHARS:
        return 0.0
    if under_heading or text_label(seg) is not None:
        return 0.0
    chars = len(seg.text) - seg.link_chars
    return chars * min(1.0, chars / PROSE_FULL_CHARS)


def label_blocks(segs: Sequence[Segment], region: Region) -> list[Verdict]:
    """Every block's label: outside the region is boilerplate, inside is `classify`.

    When container marks would leave the region empty, they are not
    believed there (the region was chosen for its prose, so the marks are
    the likelier mistake) and only the blocks' own text decides.
    """
    floor = region.frame.depth if region.frame is not None else -1
    out: list[Verdict] = []
    for seg in segs:
        if region.holds(seg):
            out.append(classify(seg, floor=floor, ignore=region.ignored))
        else:
            label, reason = classify(seg, ignore=region.ignored)
            out.append((label, reason) if label != CONTENT else ("boilerplate", "outside article"))
    if not any(label == CONTENT for label, _ in out):
        for i, seg in enumerate(segs):
            if region.holds(seg):
                out[i] = text_label(seg) or (CONTENT, "region kept: its marks would empty it")
    return out


def revise(segs: Sequence[Segment], verdicts: list[Verdict], hints: Hints) -> list[Verdict]:
    """Apply section headings and the metadata hints to the region's verdicts."""
    out = list(verdicts)
    for i, verdict in boilerplate_sections(segs).items():
        if out[i][0] == CONTENT or out[i][1].startswith("link density"):
            out[i] = verdict
    for i, seg in enumerate(segs):
        if out[i][0] == CONTENT:
            hint = _hint_label(seg, hints)
            if hint is not None:
                out[i] = hint
    return out


def _hint_label(seg: Segment, hints: Hints) -> Verdict | None:
    text = seg.text
    words = normal(text)
    if hints.title and words == hints.title:
        return "title", "same as the headline"
    if (
        len(text) <= BYLINE_MAX_CHARS
        and hints.byline
        and hints.byline in words
        and len(words) <= len(hints.byline) + 40
    ):
        return "byline", "holds the byline"
    if (
        len(text) <= DATELINE_MAX_CHARS
        and seg.kind != "li"
        and _DATE.search(text)
        and not _SENTENCE.search(text)
        and len(words.split()) <= 10
    ):
        return "dateline", "a short date line"
    return None
