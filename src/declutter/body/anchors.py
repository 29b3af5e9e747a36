"""Segments + verdicts + the description -> the page's own evidence of where its story is.

Each anchor is found without the region choice, so it can doubt it:

- the paragraph the page's description repeats (meta / og / JSON-LD
  ``description``, often the story's first paragraph), when prose follows it
  in its own box (a standfirst printed apart is no anchor);
- the prose right under the headline (the block the metadata title matched);
- the longest run of prose on the page: paragraphs following each other,
  not broken by links or container marks (see `_longest_run`).

`doubts` says why a pick is in doubt: it is very short (`UNSURE_CHARS`) on a
page holding much more, or an anchor was removed as outside the article.
`evidence` counts the anchors a pick holds; `second_opinion` weighs ours
against readability-lxml's by it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from declutter.body.classify import ALL_LINKS_DENSITY, Verdict, normal
from declutter.body.closing import body_box
from declutter.body.segment import Segment
from declutter.body.select import OUTSIDE
from declutter.body.standfirst import near_equal
from declutter.model import CONTENT

#: Kept text shorter than this is suspicious ...
UNSURE_CHARS = 300
#: ... on a page holding at least this much text.
MIN_PAGE_CHARS = 1500
#: The doubt that our pick is merely short (readability's blocks may then be added to it).
SHORT = "short"
#: A description shorter than this is a tagline, not the story's first paragraph.
MIN_DESCRIPTION_CHARS = 80
#: Blocks are first matched on this many opening words (read from this many characters),
#: then whole: most blocks never need the whole normalization.
OPENING_WORDS = 3
OPENING_CHARS = 60
#: A block this long and hardly linked under the headline is the story's prose.
PROSE_CHARS = 150
#: ... when at most this share of it is link text.
PROSE_LINK_DENSITY = 0.3
#: Blocks between two paragraphs of one run of prose at most ...
RUN_GAP = 2
#: ... and the characters a run must hold to be an anchor.
MIN_RUN_CHARS = 600
#: How many blocks under the headline are looked at for its prose.
UNDER_HEADLINE_BLOCKS = 8
#: A described paragraph opens the story when this many prose blocks follow it in its box.
STORY_FOLLOWS = 2


@dataclass(frozen=True)
class Anchors:
    """Blocks the page's own evidence points at: the description's paragraph, the prose
    under the headline (indices into the blocks, or ``None``), the paragraphs of the
    longest run of prose (empty when there is none)."""

    described: int | None
    under_headline: int | None
    run: tuple[int, ...] = ()


def anchors(segs: Sequence[Segment], verdicts: Sequence[Verdict], description: str) -> Anchors:
    """Where the description's paragraph, the headline's first paragraph and the longest
    run of prose stand."""
    described = None
    wanted = normal(description)
    if len(wanted) >= MIN_DESCRIPTION_CHARS:
        opening = wanted.split()[:OPENING_WORDS]
        for i, seg in enumerate(segs):
            if (
                len(seg.text) >= MIN_DESCRIPTION_CHARS
                and normal(seg.text[:OPENING_CHARS]).split()[:OPENING_WORDS] == opening
                and _repeats(normal(seg.text), wanted)
            ):
                if _story_opens(segs, i):  # not a standfirst printed apart
                    described = i
                break
    under = None
    headline = next((i for i, v in enumerate(verdicts) if v[0] == "title"), None)
    if headline is not None:
        for i in range(headline + 1, min(len(segs), headline + 1 + UNDER_HEADLINE_BLOCKS)):
            if _prose(segs[i]):
                under = i
                break
    return Anchors(described, under, _longest_run(segs, verdicts))


def _longest_run(segs: Sequence[Segment], verdicts: Sequence[Verdict]) -> tuple[int, ...]:
    """The paragraphs of the longest run of prose on the page, in page order.

    Paragraphs of prose follow each other with at most `RUN_GAP` other blocks
    between them (a sub-heading, a caption); a block that is all link (a teaser's
    headline, a "Reply" link) or that a container mark removed ends the run, so
    teaser lists and comment threads make no run.  Empty when the longest run
    holds less than `MIN_RUN_CHARS`.
    """
    best: list[int] = []  # a run only grows until a new one starts: its best length is kept
    best_len = best_chars = 0
    run: list[int] = []
    chars = gap = 0
    for i, seg in enumerate(segs):
        label, reason = verdicts[i]
        free = label == CONTENT or reason == OUTSIDE
        if free and _prose(seg):
            run.append(i)
            chars += len(seg.text)
            gap = 0
            if chars > best_chars:
                best, best_len, best_chars = run, len(run), chars
            continue
        gap += 1
        if not free or seg.link_density >= ALL_LINKS_DENSITY or gap > RUN_GAP:
            run, chars, gap = [], 0, 0
    return tuple(best[:best_len]) if best_chars >= MIN_RUN_CHARS else ()


def doubts(segs: Sequence[Segment], verdicts: Sequence[Verdict], found: Anchors) -> tuple[str, ...]:
    """Why our pick is in doubt (empty: it is not)."""
    out: list[str] = []
    kept = sum(len(s.text) for s, v in zip(segs, verdicts, strict=True) if v[0] == CONTENT)
    if not kept or (kept < UNSURE_CHARS and sum(len(s.text) for s in segs) >= MIN_PAGE_CHARS):
        out.append(SHORT)
    if found.described is not None and verdicts[found.described][1] == OUTSIDE:
        out.append("the description's paragraph left out")
    if found.under_headline is not None and verdicts[found.under_headline][1] == OUTSIDE:
        out.append("the prose under the headline left out")
    if found.run and not holds_run(found, {i for i, v in enumerate(verdicts) if v[0] == CONTENT}):
        out.append("the longest run of prose left out")
    return tuple(out)


def evidence(found: Anchors, kept: Sequence[int]) -> int:
    """How many of the page's anchors a pick holds."""
    held = set(kept)
    points = sum(1 for i in (found.described, found.under_headline) if i is not None and i in held)
    return points + (1 if found.run and holds_run(found, held) else 0)


def holds_run(found: Anchors, held: set[int]) -> bool:
    """Whether a pick keeps most of the longest run of prose (half its paragraphs or more)."""
    return 2 * sum(1 for i in found.run if i in held) >= len(found.run)


def _story_opens(segs: Sequence[Segment], i: int) -> bool:
    """Whether prose follows block ``i`` in its own box: a story's first paragraph."""
    box = body_box(segs[i])
    if box is None:
        return False
    follows = 0
    for seg in segs[i + 1 : i + 1 + UNDER_HEADLINE_BLOCKS]:
        other = body_box(seg)
        if _prose(seg) and other is not None and other.element is box.element:
            follows += 1
    return follows >= STORY_FOLLOWS


def _prose(seg: Segment) -> bool:
    return len(seg.text) >= PROSE_CHARS and seg.link_density <= PROSE_LINK_DENSITY


def _repeats(block: str, description: str) -> bool:
    """Whether a block is the description's paragraph (the same words, one maybe cut)."""
    head = description[: MIN_DESCRIPTION_CHARS * 2]
    return near_equal(block, description) or block.startswith(head.rsplit(" ", 1)[0])
