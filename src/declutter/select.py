"""Segments + the article region -> final labels, using the page as context.

1. `label_blocks`: blocks outside the region are not the article; inside
   it, `classify` decides with marks above the region ignored (a
   ``<body class="has-comments">`` says nothing about a paragraph); short
   linked list items with the article's prose after them stay (a table of
   contents, the items a review names), and so do linked headings and
   short linked paragraphs among its paragraphs, a linked item between two
   kept items of its list, and a paragraph there that merely mentions
   cookies.
2. (`above` labels the blocks just above the region: the standfirst,
   the article's opening printed apart.)
3. `revise`: headings that open a boilerplate section ("Most Read",
   "Comments", "Related", see `sections`) label the blocks under them; the
   headline, byline and dateline found by the metadata stage are dropped
   (but not a line naming the byline among the article's paragraphs: a
   brand that signs the page and is what it is about), so is a kicker
   above the headline; a short kept line between two removed
   blocks of one label takes that label.
4. `declared_kept`: blocks the JSON-LD articleBody repeats are kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from declutter.classify import ChainMarks, Verdict, container_label, container_marks, normal
from declutter.model import CONTENT
from declutter.region import Region
from declutter.segment import Segment

#: Marks never overruled by the "region kept" fallback.
NEVER_KEPT_MARKS = frozenset({"nav", "header", "footer", "cookie"})
#: A kept block shorter than this takes the label of removed blocks around it ...
SHORT_CHARS = 50
#: ... looking past blocks with these labels, which say nothing about the area.
TRANSPARENT_LABELS = frozenset({"title", "byline", "dateline", "caption", "read-more"})
#: Prose is this little linked.
PROSE_ABOVE_LINK_DENSITY = 0.1
#: A linked list item shorter than this is kept inside the region when a
#: paragraph this long (and as little linked as prose above) follows it.
LINK_ITEM_MAX_CHARS = 40
PROSE_AFTER_CHARS = 150
#: A linked list item is kept between two kept items of its list less linked than this.
PROSE_ITEM_LINK_DENSITY = 0.5
#: ... and so is a linked <p> there that is a sentence of this many words
#: (ends in a full stop: headlines do not).
SENTENCE_MIN_WORDS = 8
#: ... or shorter than this when the list is introduced by a kept line of the
#: article ending in a colon ("In progress:" over a list of linked bug titles).
INTRODUCED_ITEM_MAX_CHARS = 200
#: A linked heading is among the article's paragraphs when one sits in its
#: element at most this many blocks above it.
FLOW_LOOKBACK = 30
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
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
_SENTENCE = re.compile(r"[.!?]\s+[A-Z][a-z]")


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
    for seg, text in zip(segs, own, strict=True):
        if region.holds(seg):
            mark = container_label(seg, floor=floor, ignore=region.ignored, chains=chains)
            out.append(mark or text or kept)
        else:
            mark = container_label(seg, ignore=region.ignored, chains=chains)
            out.append(mark or text or ("boilerplate", "outside article"))
    _links_in_prose(segs, region, own, out)
    _prose_about_cookies(segs, region, own, out)
    if not any(label == CONTENT for label, _ in out):
        for i, seg in enumerate(segs):
            if region.holds(seg) and own[i] is None and not _page_furniture(seg):
                out[i] = (CONTENT, "region kept: its marks would empty it")
    return out


def _links_in_prose(
    segs: Sequence[Segment],
    region: Region,
    own: Sequence[Verdict | None],
    out: list[Verdict],
) -> None:
    """Short linked list items inside the region with its prose after them are kept.

    A list of short links between the article's paragraphs is part of it (a
    table of contents, the items a review names, "Bug 123" lists); teaser
    lists of headlines are long items, and lists after the last paragraph
    or under a boilerplate heading (see `sections`) stay removed.  So is a
    short link alone in a ``<p>`` that sits among the paragraphs (kept prose
    above it in the same element: see `_in_flow`); a link in a box of its
    own (a share button) is not a paragraph.  Only a block removed for its
    link density alone, with no container mark, is kept.
    """
    introduced = _introduced_items(segs, own, out)
    later = False  # a paragraph of prose follows in the region
    below = False  # ... right below this block
    for i in range(len(segs) - 1, -1, -1):
        seg = segs[i]
        if not region.holds(seg):
            continue
        if (
            out[i][0] == CONTENT
            and len(seg.text) >= PROSE_AFTER_CHARS
            and seg.link_density < PROSE_ABOVE_LINK_DENSITY
        ):
            later = below = True
            continue
        text = own[i]
        if (
            text is not None
            and out[i] == text
            and text[1].startswith("link density")
            and "long block" not in text[1]
        ):
            reason = _kept_link(segs, out, i, later=later, below=below, introduced=introduced[i])
            if reason:
                out[i] = (CONTENT, reason)
        below = False


def _kept_link(
    segs: Sequence[Segment],
    out: Sequence[Verdict],
    i: int,
    *,
    later: bool,
    below: bool,
    introduced: bool,
) -> str | None:
    """Why the linked block ``i`` is the article's, or None (``later``: prose follows
    in the region; ``below``: right below it; ``introduced``: under a line ending in ':')."""
    seg = segs[i]
    size = len(seg.text)
    if later and seg.kind == "li" and size < LINK_ITEM_MAX_CHARS:
        return "short linked list item between the article's paragraphs"
    if later and introduced and size < INTRODUCED_ITEM_MAX_CHARS:
        return "linked list item under the article's line ending in ':'"
    if later and seg.owner.element.tag == "p" and _in_flow(segs, out, i):
        if size < LINK_ITEM_MAX_CHARS:
            return "short linked paragraph among the article's paragraphs"
        if _SENTENCE_END.search(seg.text) and len(seg.text.split()) >= SENTENCE_MIN_WORDS:
            return "linked sentence among the article's paragraphs"
    if below and seg.heading_level > 1 and _in_flow(segs, out, i):
        return "linked heading over a paragraph of the article"
    if seg.kind == "li" and _among_kept_items(segs, out, i):
        return "linked item between kept items of its list"
    return None


def _among_kept_items(segs: Sequence[Segment], out: Sequence[Verdict], i: int) -> bool:
    """Whether the blocks on both sides of list item ``i`` are kept items of its list.

    A list of the article's points ("Gijs fixed ...", "Dimi fixed ...") now
    and then holds an item that is nearly all link (a bug title); a list of
    other stories' headlines is links from end to end.  A neighbour may sit
    in a list nested in the item next to it.
    """
    item = next((f for f in reversed(segs[i].chain) if f.tag == "li"), None)
    if item is None or i == 0 or i + 1 >= len(segs):
        return False
    depth = item.depth
    holder = segs[i].chain[depth - 1].element
    for j in (i - 1, i + 1):
        chain = segs[j].chain
        if (
            out[j][0] != CONTENT
            or segs[j].link_density >= PROSE_ITEM_LINK_DENSITY
            or len(chain) <= depth
            or chain[depth - 1].element is not holder
            or chain[depth].tag != "li"
            or chain[depth].element is item.element
        ):
            return False
    return True


def _introduced_items(
    segs: Sequence[Segment], own: Sequence[Verdict | None], out: Sequence[Verdict]
) -> list[bool]:
    """Which blocks are linked list items in a run right under a kept line ending in ':'.

    The article announces its own lists ("In progress:", "The bugs fixed
    this week:"); a box of other stories' headlines is announced by a
    heading or by nothing, and "Read more:" lines are not kept.
    """
    flags = [False] * len(segs)
    run = False
    holder: object = None  # the list the run is in
    for i, seg in enumerate(segs):
        text = own[i]
        if run and seg.kind == "li" and text is not None and out[i] == text:
            parent = seg.owner.element.getparent()
            holder = parent if holder is None else holder
            run = parent is holder and text[1].startswith("link density")
            flags[i] = run
            continue
        run = out[i][0] == CONTENT and seg.text.rstrip().endswith(":")
        holder = None
    return flags


def _prose_about_cookies(
    segs: Sequence[Segment],
    region: Region,
    own: Sequence[Verdict | None],
    out: list[Verdict],
) -> None:
    """A paragraph among the article's paragraphs that mentions cookies is prose.

    The cookie rule reads the block alone ("cookies" near "privacy",
    "third parties" ...), which a web developer's article also says; a
    consent banner sits in a box of its own, not between two paragraphs
    of the article.  Only a long, hardly linked block removed for its text
    alone (no container mark) is kept.
    """
    for i, seg in enumerate(segs):
        text = own[i]
        if (
            text is not None
            and text[0] == "cookie"
            and out[i] == text
            and len(seg.text) >= PROSE_AFTER_CHARS
            and seg.link_density < PROSE_ABOVE_LINK_DENSITY
            and region.holds(seg)
            and _in_flow(segs, out, i)
        ):
            out[i] = (
                CONTENT,
                f"a paragraph among the article's paragraphs; was {text[0]}: {text[1]}",
            )


def _in_flow(segs: Sequence[Segment], out: Sequence[Verdict], i: int) -> bool:
    """Whether block ``i`` sits in one element with kept prose before and after it.

    A section heading sits among the article's paragraphs; a teaser's
    headline sits in its own card with its summary.
    """
    parent = segs[i].owner.element.getparent()
    after = segs[i + 1].owner.element.getparent() if i + 1 < len(segs) else None
    if parent is None or after is not parent:
        return False
    return any(
        out[j][0] == CONTENT
        and len(segs[j].text) >= PROSE_AFTER_CHARS
        and segs[j].owner.element.getparent() is parent
        for j in range(i - 1, max(-1, i - 1 - FLOW_LOOKBACK), -1)
    )


def region_name(region: Region) -> str:
    """``<div#main.story-body>``: the region element's tag, id and first class."""
    if region.frame is None:
        return "(none found: the whole page)"
    tag, cls, ident, _ = region.frame.key
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
    for i, seg in enumerate(segs):
        if out[i][0] == CONTENT:
            hint = _hint_label(seg, hints)
            if hint is not None and not (hint[0] == "byline" and _in_flow(segs, out, i)):
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


def _hint_label(seg: Segment, hints: Hints) -> Verdict | None:
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
        and seg.kind != "li"
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
