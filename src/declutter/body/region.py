"""Segments -> the article region: the element(s) that hold the article.

The region is the deepest element holding `REGION_SHARE` of the page's prose
mass: the non-link text of paragraph-like blocks, long blocks counting more
than short ones, blocks under boilerplate section headings counting nothing
and blocks in boilerplate containers or teaser cards (`cards`) little, blocks
the JSON-LD ``articleBody`` repeats (``declared``) more.  From there it climbs to an
enclosing ``<article>`` when one is close (and always out of a list,
quote or paragraph: an article is never just one of those), or takes in same-kind siblings
that hold prose too (one story split into several bodies by ads).  An ``<article>`` alone in
its box and without a headline takes in the sibling boxes of that kind that wrap an
``<article>`` too (a CMS prints each content element so: the headline and lead in one, the
text in the next).
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass

from declutter.body import rules
from declutter.body.boxes import Boxes
from declutter.body.cards import teaser_cards
from declutter.body.classify import Verdict, frame_label
from declutter.body.segment import Frame, Segment

#: The region is the deepest element holding this share of the prose mass.
REGION_SHARE = 0.6
#: Blocks shorter than this add nothing to the prose mass.
MIN_PROSE_CHARS = 30
#: Blocks shorter than this count less than their length (menus, teasers).
PROSE_FULL_CHARS = 150
#: A class/id mark on an element holding this share of the prose is not believed ...
BIG_MARK_SHARE = 0.5
#: ... and a tag mark (``<form>``, ``<nav>``) this share.
BIG_TAG_MARK_SHARE = 0.9
#: Prose the page's JSON-LD articleBody repeats counts this much more.
DECLARED_BOOST = 3.0
#: Prose in teaser cards (see `cards`) counts this much ...
CARD_WEIGHT = 0.1
#: ... when at least this share of the prose is outside them.
MIN_OUTSIDE_CARDS = 0.2
#: Prose inside a boilerplate container counts this much ...
MARKED_WEIGHT = 0.15
#: ... and inside a comment thread this much (threads can be ten times the article).
COMMENTS_WEIGHT = 0.02
#: ... unless this share of its prose sits in ``<article>`` elements inside it.
NESTED_ARTICLE_SHARE = 0.3
#: The region climbs to its parent while that adds this share of its prose mass
#: (an article continued in a sibling "read more" box).
CLIMB_GAIN = 0.2
#: How many levels above the densest element an ``<article>`` may sit.
ARTICLE_CLIMB = 6
#: Heading levels that title a story (an ``<article>`` holding one is a story of its own).
HEADLINE_LEVELS = (1, 2)


@dataclass(frozen=True)
class Region:
    """The chosen article element(s) and the boilerplate marks not believed.

    ``members`` holds the ``id()`` of the region element and of its
    same-kind siblings that also hold prose (an article split into several
    ``div.story-body`` by ads); they all sit at ``frame.depth``.
    """

    frame: Frame | None
    ignored: frozenset[int] = frozenset()
    members: frozenset[int] = frozenset()

    def holds(self, seg: Segment) -> bool:
        if self.frame is None:
            return True
        depth = self.frame.depth
        return len(seg.chain) > depth and id(seg.chain[depth].element) in self.members

    def held(self, segs: Sequence[Segment]) -> list[bool]:
        """`holds` of every block, in one pass (read for each block several times)."""
        if self.frame is None:
            return [True] * len(segs)
        depth, members = self.frame.depth, self.members
        return [len(seg.chain) > depth and id(seg.chain[depth].element) in members for seg in segs]


def choose_region(
    segs: Sequence[Segment],
    own: Sequence[Verdict | None],
    sections: Container[int],
    declared: Sequence[bool] = (),
) -> Region:
    """The deepest element holding `REGION_SHARE` of the page's prose mass.

    A class/id mark on an element holding `BIG_MARK_SHARE` of all prose is
    not believed (a wrapper ``class="site-content has-sidebar"``); tag and
    comments marks need `BIG_TAG_MARK_SHARE` (comment threads can
    outgrow the article, an ASP.NET ``<form>`` wraps the whole page).
    """
    weights = [
        _prose_weight(seg) if own[i] is None and i not in sections else 0.0
        for i, seg in enumerate(segs)
    ]
    if any(declared):
        weights = [w * DECLARED_BOOST if d else w for w, d in zip(weights, declared, strict=True)]
    tree = Boxes(segs)
    weights = _cards_discounted(weights, teaser_cards(segs, tree))
    raw = tree.mass(weights)
    total = raw.get(id(segs[0].chain[0].element), 0.0) if segs else 0.0
    if total <= 0:
        return Region(None)
    ignored: set[int] = set()
    factors: dict[int, float] = {0: 1.0}  # per element: the lowest weight a mark around it gives
    parent = tree.parent
    for key, frame in tree.frames.items():  # parents first
        factor = factors[parent[key]]
        verdict = frame_label(frame.key)  # lru-cached on the attribute strings
        if verdict is not None:
            if raw.get(key, 0.0) >= _believable_share(verdict) * total:
                ignored.add(key)
            else:
                factor = min(factor, COMMENTS_WEIGHT if verdict[0] == "comments" else MARKED_WEIGHT)
        factors[key] = factor
    marked = [
        weight * factors[owner] if weight else 0.0
        for owner, weight in zip(tree.owners, weights, strict=True)
    ]
    mass = tree.mass(marked)
    total = sum(marked)
    share = REGION_SHARE * total
    best: Frame | None = None  # the frames holding the share form one chain: take its end
    for key, value in mass.items():
        frame = tree.frames[key]
        if value >= share and (best is None or frame.depth > best.depth):
            best = frame
    if best is None:
        return Region(None, frozenset(ignored))
    chain = tree.chain(best)
    while best.tag in rules.NOT_REGION_TAGS and best.depth > 0:
        best = chain[best.depth - 1]
    while best.depth > 0 and mass.get(id(chain[best.depth - 1].element), 0.0) >= (
        1 + CLIMB_GAIN
    ) * mass.get(id(best.element), 0.0):
        best = chain[best.depth - 1]
    article = _article_ancestor(chain[: best.depth + 1], mass)
    members = {id(article.element)}
    if article is best and best.depth > 0:
        members |= _prose_siblings(segs, marked, best)
    elif article is not best and _headless(segs, article):
        wrapper = _sole_wrapper(chain, article)
        if wrapper is not article:
            siblings = _wrapped_siblings(segs, marked, wrapper, article)
            if len(siblings) > 1:
                return Region(wrapper, frozenset(ignored), frozenset(siblings))
    return Region(article, frozenset(ignored), frozenset(members))


def _cards_discounted(weights: list[float], cards: Sequence[bool]) -> list[float]:
    """The weights with teaser cards' prose counted at `CARD_WEIGHT`, unless the cards hold
    nearly all the prose (a page of cards is a listing or a roundup: the cards are its text)."""
    in_cards = sum(w for w, card in zip(weights, cards, strict=True) if card)
    if not in_cards or in_cards > (1 - MIN_OUTSIDE_CARDS) * sum(weights):
        return weights
    return [w * CARD_WEIGHT if card else w for w, card in zip(weights, cards, strict=True)]


def _wrapped_siblings(
    segs: Sequence[Segment], weights: Sequence[float], wrapper: Frame, article: Frame
) -> set[int]:
    """Siblings of ``wrapper`` (see `_prose_siblings`) that wrap an ``article.tag`` too.

    A CMS that prints each content element as ``<div class="csc-default"><article>``
    splits one story into several such boxes: the headline and lead in one, the
    text in the next.
    """
    siblings = _prose_siblings(segs, weights, wrapper)
    depth = article.depth
    return {
        id(seg.chain[wrapper.depth].element)
        for seg in segs
        if len(seg.chain) > depth
        and id(seg.chain[wrapper.depth].element) in siblings
        and seg.chain[depth].tag == article.tag
    }


def _headless(segs: Sequence[Segment], article: Frame) -> bool:
    """Whether no headline (``<h1>``, ``<h2>``) sits in the ``article`` element.

    A story's text printed apart from its headline is a part of it; an
    ``<article>`` with a headline of its own is a story (the next one in
    an endless page is a sibling box of the same kind).
    """
    depth = article.depth
    return not any(
        seg.heading_level in HEADLINE_LEVELS
        and len(seg.chain) > depth
        and seg.chain[depth].element is article.element
        for seg in segs
    )


def _sole_wrapper(chain: tuple[Frame, ...], frame: Frame) -> Frame:
    """The outermost element around ``frame`` holding nothing but it (a CMS content-element box)."""
    while frame.depth > 0:
        parent = chain[frame.depth - 1]
        if sum(1 for child in parent.element if isinstance(child.tag, str)) != 1:
            break
        frame = parent
    return frame


def _believable_share(verdict: tuple[str, str]) -> float:
    """Share of all prose above which an element's mark is not believed."""
    if verdict[0] == "comments" or verdict[1].startswith("<"):
        return BIG_TAG_MARK_SHARE
    return BIG_MARK_SHARE


def _prose_siblings(segs: Sequence[Segment], weights: Sequence[float], best: Frame) -> set[int]:
    """Siblings of ``best`` with its tag and class that hold prose too."""
    depth = best.depth
    parent = None
    for seg in segs:
        if len(seg.chain) > depth and seg.chain[depth].element is best.element:
            parent = seg.chain[depth - 1].element
            break
    out = set()
    for seg, weight in zip(segs, weights, strict=True):
        if weight <= 0 or len(seg.chain) <= depth:
            continue
        frame = seg.chain[depth]
        if seg.chain[depth - 1].element is parent and _kind(frame) == _kind(best):
            out.add(id(frame.element))
    return out


def _article_ancestor(chain: tuple[Frame, ...], mass: dict[int, float]) -> Frame:
    """The nearest enclosing ``<article>`` (or articleBody) of the region, if close.

    The densest element often misses the standfirst, a heading-only part or
    a list at the article's start; the element the page itself calls the
    article holds them.  Not taken when `NESTED_ARTICLE_SHARE` of its prose
    sits in ``<article>`` elements inside it (then it is a listing).
    """
    best = chain[-1]
    for frame in chain[-ARTICLE_CLIMB - 1 :][::-1]:
        el = frame.element
        if frame.tag == "article" or el.get("itemprop") == "articleBody":
            nested = sum(mass.get(id(a), 0.0) for a in el.iterdescendants("article"))
            if frame is best or nested <= NESTED_ARTICLE_SHARE * mass.get(id(el), 0.0):
                return frame
            break
    return best


def _prose_weight(seg: Segment) -> float:
    if len(seg.text) < MIN_PROSE_CHARS or seg.heading_level:
        return 0.0
    chars = len(seg.text) - seg.link_chars
    return chars * min(1.0, chars / PROSE_FULL_CHARS)


def _kind(frame: Frame) -> tuple[str, str]:
    """Tag and first class: ``story-body story-body-2`` is kin to ``story-body``."""
    classes = frame.key[1].split()
    return frame.tag, classes[0] if classes else ""
