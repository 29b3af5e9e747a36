"""Segments + verdicts + the article region -> the verdicts of the blocks just above it.

The region is the densest box; parts of the article printed apart from it,
just above, are labelled here:

- `lead_above`: the standfirst in a lead-named box (see `standfirst` for
  where it goes);
- `prose_above`: the article's opening paragraphs outside the region, and
  an unmarked run of text above them (an ingredient list, a product's
  description), which are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from declutter.body import rules
from declutter.body.classify import Verdict, container_marks
from declutter.body.prose_links import PROSE_ABOVE_LINK_DENSITY
from declutter.body.region import Region
from declutter.body.segment import Segment
from declutter.body.select import OUTSIDE, TRANSPARENT_LABELS
from declutter.model import CONTENT, STANDFIRST

#: Unmarked prose just above the region is kept when this long and this little linked.
PROSE_ABOVE_CHARS = 150
PROSE_ABOVE = "prose just above the article region"
#: An unmarked run of blocks right above the region is kept when it has this
#: many blocks (at most the second figure: a whole unmarked page top is not
#: the article's), this many characters, no block this linked and this
#: share of link characters at most.
RUN_MIN_BLOCKS = 3
RUN_MAX_BLOCKS = 100
RUN_MIN_CHARS = 150
RUN_BLOCK_LINK_DENSITY = 0.6
RUN_LINK_SHARE = 0.2
#: A lead is looked for this many blocks above the region, ...
LEAD_WINDOW = 15
#: ... at most this many blocks of it, each this long, this little linked,
MAX_LEAD_BLOCKS = 2
MIN_LEAD_CHARS = 30
MAX_LEAD_LINK_DENSITY = 0.3
#: ... inside no box marked as anything but the article header,
LEAD_MARKS = frozenset({"header", "byline"})
#: ... inside a box named as a lead at most this many levels up.
LEAD_DEPTH = 3
#: Characters of a class/id read for lead names.
NAME_CHARS = 200

_NAME_SPLIT = re.compile(r"[^a-z0-9]+")


def lead_above(
    segs: Sequence[Segment], verdicts: Sequence[Verdict], region: Region
) -> list[Verdict]:
    """Label the standfirst that sits just above the article's text.

    Looks back `LEAD_WINDOW` blocks from the region's first kept block (so
    through an article header inside the region too) for at most
    `MAX_LEAD_BLOCKS` prose blocks whose box is named as a lead
    (``article-teaser``, ``intro``, ``standfirst``, ``dek`` ...), removed
    only for being outside the region or in the article header.
    """
    out = list(verdicts)
    first = next(
        (i for i, seg in enumerate(segs) if region.holds(seg) and verdicts[i][0] == CONTENT), None
    )
    if region.frame is None or first is None:
        return out
    taken = 0
    for i in range(first - 1, max(-1, first - 1 - LEAD_WINDOW), -1):
        seg, (label, reason) = segs[i], verdicts[i]
        if taken >= MAX_LEAD_BLOCKS or label in ("title", "comments", "nav", "footer"):
            break
        if (
            reason.startswith(("outside ", "inside "))
            and label in ("boilerplate", "header", "byline")
            and seg.heading_level != 1
            and len(seg.text) >= MIN_LEAD_CHARS
            and seg.link_density < MAX_LEAD_LINK_DENSITY
            and _named_lead(seg)
            and all(m[1] in LEAD_MARKS for m in container_marks(seg)[1:])
        ):
            out[i] = (STANDFIRST, f"lead-named box above the article text; was {label}: {reason}")
            taken += 1
    return out


def prose_above(
    segs: Sequence[Segment], verdicts: Sequence[Verdict], region: Region
) -> list[Verdict]:
    """Keep unmarked prose right above the region: the article's first paragraphs.

    The region is the densest box; an opening paragraph printed apart from
    it (in the article header, before an ad) is left outside.  Walking up
    from the region's first block past header lines (title, byline, date,
    caption), at most `MAX_LEAD_BLOCKS` paragraphs removed only for being
    outside the region, long and hardly linked, are kept; so is an unmarked
    run of text above them (see `_run_above`).
    """
    out = list(verdicts)
    first = next((i for i, seg in enumerate(segs) if region.holds(seg)), None)
    if region.frame is None or first is None:
        return out
    taken = 0
    for i in range(first - 1, -1, -1):
        seg, (label, reason) = segs[i], verdicts[i]
        if label in TRANSPARENT_LABELS or label in ("kicker", "standfirst"):
            continue
        if (
            taken >= MAX_LEAD_BLOCKS
            or reason != OUTSIDE
            or seg.kind != "p"
            or len(seg.text) < PROSE_ABOVE_CHARS
            or seg.link_density >= PROSE_ABOVE_LINK_DENSITY
        ):
            break
        out[i] = (CONTENT, PROSE_ABOVE)
        taken += 1
    _run_above(segs, out, first)
    return out


def _run_above(segs: Sequence[Segment], out: list[Verdict], first: int) -> None:
    """Keep the unmarked run of blocks right above the region when it reads as text.

    The region is the densest box; a recipe's ingredient list, a product's
    description or a page's opening sits in a sibling box just above it.
    Walking up from the region's first block past header lines, the blocks
    removed only for being outside the region, each hardly linked, are
    kept when there are `RUN_MIN_BLOCKS` to `RUN_MAX_BLOCKS` of them holding
    `RUN_MIN_CHARS`, at most `RUN_LINK_SHARE` of it linked.
    """
    run: list[int] = []
    for i in range(first - 1, -1, -1):
        seg, (label, reason) = segs[i], out[i]
        if label in TRANSPARENT_LABELS or label in ("kicker", "standfirst"):
            continue
        if label == CONTENT and reason == PROSE_ABOVE:
            continue
        if reason != OUTSIDE or seg.link_density >= RUN_BLOCK_LINK_DENSITY:
            break
        run.append(i)
        if len(run) > RUN_MAX_BLOCKS:
            return
    chars = sum(len(segs[i].text) for i in run)
    links = sum(segs[i].link_chars for i in run)
    if len(run) >= RUN_MIN_BLOCKS and chars >= RUN_MIN_CHARS and links <= RUN_LINK_SHARE * chars:
        for i in run:
            out[i] = (CONTENT, "unmarked text right above the article region")


def _named_lead(seg: Segment) -> bool:
    for frame in seg.chain[-LEAD_DEPTH:]:
        names = f"{frame.key[1][:NAME_CHARS]} {frame.key[2][:NAME_CHARS]}".lower()
        if any(part in rules.LEAD_TOKENS for part in _NAME_SPLIT.split(names) if part):
            return True
    return False
