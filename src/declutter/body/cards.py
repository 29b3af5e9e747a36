"""Segments -> the blocks that sit in teaser cards: other stories, not this one.

A teaser card is a small box whose text opens with a linked headline (a
heading that is all link), the rest a line or two of summary: a "more news"
column, a list of related stories.  One such box proves nothing (a story may
open with a linked heading); `MIN_CARDS` sibling boxes of the same tag and
first class, each opening so, are a listing.  The summaries are prose, and a
column of them can outweigh a short story, so `region` counts their prose
little when choosing where the article is.

In: the segments.  Out: the indices of the blocks inside such cards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from declutter.body.classify import ALL_LINKS_DENSITY
from declutter.body.segment import Frame, Segment

#: Sibling boxes of one kind that make a listing.
MIN_CARDS = 3
#: A card holds at most this many blocks (headline, summary, date, label).
CARD_BLOCKS = 4


def teaser_cards(segs: Sequence[Segment]) -> frozenset[int]:
    """Indices of the blocks inside teaser cards (see the module)."""
    cards: dict[int, Frame] = {}
    for seg in segs:
        if seg.heading_level and seg.link_density >= ALL_LINKS_DENSITY and len(seg.chain) > 2:
            card = seg.chain[-2]
            cards.setdefault(id(card.element), card)
    if len(cards) < MIN_CARDS:
        return frozenset()
    depths = {card.depth for card in cards.values()}
    inside: dict[int, list[int]] = defaultdict(list)
    for i, seg in enumerate(segs):
        for depth in depths:
            if len(seg.chain) > depth and id(seg.chain[depth].element) in cards:
                inside[id(seg.chain[depth].element)].append(i)
                break
    groups: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for key, card in cards.items():
        if len(inside[key]) > CARD_BLOCKS or card.parent is None:
            continue
        classes = card.key[1].split()
        groups[id(card.parent.element), card.tag, classes[0] if classes else ""].append(key)
    return frozenset(
        i
        for members in groups.values()
        if len(members) >= MIN_CARDS
        for key in members
        for i in inside[key]
    )
