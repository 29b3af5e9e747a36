"""Blocks removed for their links or words alone that sit among the article's paragraphs.

`label_blocks` (in `select`) labels each block inside the article region by
`classify`; a block removed there only for its own text (link density, a
cookie word) and with no container mark is the article's when the page
around it says so:

- a short linked list item with the article's prose after it (a table of
  contents, the items a review names), a linked item of a list the
  article announces with a line ending in ':', or one between two kept
  items of its own list;
- a short linked ``<p>`` or a linked sentence among the article's
  paragraphs, a linked heading over one of them (`in_flow`);
- a long, hardly linked paragraph there that merely mentions cookies.

In: the segments, the region, each block's own text label and the labels
so far (changed in place).  Out: nothing; the labels are revised.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from declutter.body.classify import Verdict
from declutter.body.region import Region
from declutter.body.segment import Segment
from declutter.model import CONTENT

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

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")


def links_in_prose(
    segs: Sequence[Segment],
    inside: Sequence[bool],
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
    link density alone, with no container mark, is kept.  ``inside`` holds,
    per block, whether the article region holds it (`Region.held`).
    """
    introduced = _introduced_items(segs, own, out)
    later = False  # a paragraph of prose follows in the region
    below = False  # ... right below this block
    for i in range(len(segs) - 1, -1, -1):
        seg = segs[i]
        if not inside[i]:
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
    if later and seg.owner.element.tag == "p" and in_flow(segs, out, i):
        if size < LINK_ITEM_MAX_CHARS:
            return "short linked paragraph among the article's paragraphs"
        if _SENTENCE_END.search(seg.text) and len(seg.text.split()) >= SENTENCE_MIN_WORDS:
            return "linked sentence among the article's paragraphs"
    if below and seg.heading_level > 1 and in_flow(segs, out, i):
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


def prose_about_cookies(
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
            and in_flow(segs, out, i)
        ):
            out[i] = (
                CONTENT,
                f"a paragraph among the article's paragraphs; was {text[0]}: {text[1]}",
            )


def in_flow(segs: Sequence[Segment], out: Sequence[Verdict], i: int) -> bool:
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
