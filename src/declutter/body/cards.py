"""Segments + their boxes -> the blocks that sit in teaser cards: other stories, not this one.

A teaser card is a small box holding a linked headline (a short block that
is all link) and a line or two more (the summary, a date, a section link): a
"more news" column, a list of related stories.  The card is the largest box
around the headline that holds at most `CARD_HEADLINES` all-link blocks,
`CARD_BLOCKS` blocks and `CARD_CHARS` characters (a story split into small
boxes has longer paragraphs).  One such box proves nothing (a story may open with a
linked heading); `MIN_CARDS` sibling cards of the same tag are a listing
(class names are no help here: ``col-1``, ``col-2``, ``odd``, ``even``).
Their summaries are prose, and a column of them can outweigh a short story,
so `region` counts their prose little when choosing where the article is.

In: the segments and their `Boxes`.  Out: per block, whether it sits in a card.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from declutter.body.boxes import Boxes
from declutter.body.classify import ALL_LINKS_DENSITY
from declutter.body.segment import Segment

#: Sibling cards of one kind that make a listing.
MIN_CARDS = 3
#: A card holds at most this many blocks (headline, summary, date, label).
CARD_BLOCKS = 4
#: ... and at most this much text (a part of a story split into boxes holds more) ...
CARD_CHARS = 500
#: ... and at most this many all-link blocks (the headline, a section or author link).
CARD_HEADLINES = 2
#: A card's headline is at most this long (a link this long is a linked paragraph).
HEADLINE_CHARS = 200


def teaser_cards(segs: Sequence[Segment], boxes: Boxes) -> list[bool]:
    """Per block, whether it sits in a teaser card (see the module)."""
    lengths = [len(seg.text) for seg in segs]
    headlines = [
        1.0 if 0 < size <= HEADLINE_CHARS and seg.link_chars >= ALL_LINKS_DENSITY * size else 0.0
        for seg, size in zip(segs, lengths, strict=True)
    ]
    if sum(headlines) < MIN_CARDS:
        return [False] * len(segs)
    heads = boxes.running(headlines)
    chars = boxes.running(lengths)
    parent = boxes.parent
    groups: dict[tuple[int, str], set[int]] = defaultdict(set)
    for owner, headline in zip(boxes.owners, headlines, strict=True):
        if not headline or not owner:
            continue
        card = 0
        key = parent[owner]
        while (
            key
            and boxes.count(key) <= CARD_BLOCKS
            and boxes.total(heads, key) <= CARD_HEADLINES
            and boxes.total(chars, key) <= CARD_CHARS
        ):
            card, key = key, parent[key]
        if card and key:
            groups[key, boxes.frames[card].tag].add(card)
    cards = {card for members in groups.values() if len(members) >= MIN_CARDS for card in members}
    return boxes.inside(cards) if cards else [False] * len(segs)
