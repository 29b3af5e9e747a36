"""Segments + verdicts -> the verdicts with kept text after the article's end removed.

An article ends with its tag list or its author bio.  A kept block after
such a block, itself after the last paragraph of the body box (the box
holding most of the kept text), and outside that box, is page furniture:
a "letters to the editor" note, a corrections policy, a site blurb.

A kept heading whose box holds nothing kept under it heads a removed box.

Teasers of other stories after the article's last paragraph (a series of
cards, each a linked headline over an unlinked line of summary) go too.

The short kept blocks after the last long paragraph, or before the first,
that ask the reader to do something (`textrules.CLOSING_CALL`: sign up, follow
us on, support us, submit your letter ...) are removed too, as calls to
action.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from declutter.body import rules, textrules
from declutter.body.classify import Verdict
from declutter.body.segment import Frame, Segment
from declutter.model import CONTENT

#: Labels of the blocks that close an article.
END_LABELS = frozenset({"tags", "author-bio"})
#: A closing call to action is at most this long; a kept block this long or
#: longer is article prose, above which none is looked for.
CALL_MAX_CHARS = 250
#: Teasers after the article's last paragraph (a kept block this long): a
#: summary at most `SUMMARY_MAX_CHARS` long, sharing a box at most
#: `CARD_DEPTH` levels above it with the linked headline above it (past
#: `SEE_THROUGH` labels), in a series of at least `MIN_CARDS` such cards
#: (one linked section heading over a line is not a list of stories).
PARAGRAPH_CHARS = 150
SUMMARY_MAX_CHARS = 300
CARD_DEPTH = 3
MIN_CARDS = 2
SEE_THROUGH = frozenset({"dateline", "byline", "caption", "read-more"})
#: The reason given to a heading over a removed box (`second_opinion` reads it).
BOX_HEADING_REASON = "heading over a box whose text was all removed"
#: A heading's box is looked through this many blocks down.
BOX_LOOKAHEAD = 40


@lru_cache(maxsize=1)
def _closing_call() -> re.Pattern[str]:
    return re.compile(textrules.CLOSING_CALL, re.IGNORECASE)


@lru_cache(maxsize=1)
def _cross_reference() -> re.Pattern[str]:
    return re.compile(textrules.CROSS_REFERENCE, re.IGNORECASE)


#: Characters the regex engine's case-insensitive match takes for an ASCII letter
#: that ``str.lower`` does not lower to it ("İ" lowers to "i" and a dot).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _folded(text: str) -> str:
    """The text in lower case as `re.IGNORECASE` compares it, for the word look-up."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def closing_calls(segs: Sequence[Segment], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """Short kept blocks after the last long one, or before the first, that call
    the reader to act are removed.
    """
    passed = [seg.kind in ("li", "table", "pre") for seg in segs]
    return calls_at_the_ends([seg.text for seg in segs], passed, verdicts)


def calls_at_the_ends(
    texts: Sequence[str], passed: Sequence[bool], verdicts: Sequence[Verdict]
) -> list[Verdict]:
    """``verdicts`` with the kept texts shorter than CALL_MAX_CHARS at either end of the
    kept text that call the reader to act relabelled ``newsletter`` (``related`` for a
    pointer to another story at the end); ``passed`` ones (list items, tables: a story's
    own steps) are walked over.  The HTML path's blocks and the text path's lines both.
    """
    out = list(verdicts)
    for order, where in ((range(len(texts) - 1, -1, -1), "end"), (range(len(texts)), "top")):
        for i in order:
            if out[i][0] != CONTENT:
                continue
            text = texts[i]
            if len(text) >= CALL_MAX_CHARS:
                break
            if passed[i]:
                continue
            found = call_to_action(text, at_end=where == "end")
            if found is not None:
                label, words = found
                if label == "related":
                    out[i] = (label, f"pointer to another story at the end ({words!r})")
                else:
                    out[i] = (label, f"call to action at the article's {where} ({words!r})")
    return out


def call_to_action(text: str, *, at_end: bool) -> tuple[str, str] | None:
    """("newsletter", the words) when ``text`` asks the reader to act
    (`textrules.CLOSING_CALL`), ("related", the words) when, at the article's
    end, it points to another story (`textrules.CROSS_REFERENCE`).
    """
    low = _folded(text)
    if any(word in low for word in textrules.CLOSING_CALL_WORDS):
        found = _closing_call().search(text)
        if found is not None:
            return "newsletter", found.group(0)
    if at_end and any(word in low for word in textrules.CROSS_REFERENCE_WORDS):
        found = _cross_reference().search(text)
        if found is not None:
            return "related", found.group(0)
    return None


def box_headings(segs: Sequence[Segment], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """A kept heading whose box holds only removed blocks under it is that box's title.

    A section heading sits among the text it heads; one whose element's
    other blocks after it were all removed, with the next kept text outside
    that element, titles a removed box ("Like this:" over a like button,
    "Share this", "Related" over its dropped links).  Headings above the
    article's first kept text are left alone: a subtitle in the article's
    header has only its date and share buttons beside it.
    """
    out = list(verdicts)
    started = False  # past the article's first kept text (a subtitle sits above it)
    for i, seg in enumerate(segs):
        if verdicts[i][0] != CONTENT:
            continue
        if seg.heading_level == 0 or len(seg.chain) < 2 or not started:
            started = started or seg.heading_level == 0
            continue
        box = seg.chain[-2]
        removed = False
        for j in range(i + 1, min(len(segs), i + 1 + BOX_LOOKAHEAD)):
            if not _inside(segs[j], box):
                if removed:
                    out[i] = ("boilerplate", BOX_HEADING_REASON)
                break
            if verdicts[j][0] == CONTENT:
                break
            removed = True
    return out


def after_the_end(segs: Sequence[Segment], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """Kept blocks outside the body box after the article's closing tags or bio are removed."""
    out = list(verdicts)
    kept = [i for i, v in enumerate(verdicts) if v[0] == CONTENT]
    if not kept:
        return out
    weight: dict[int, int] = {}
    boxes: dict[int, Frame] = {}
    for i in kept:
        box = body_box(segs[i])
        if box is not None:
            weight[id(box.element)] = weight.get(id(box.element), 0) + len(segs[i].text)
            boxes[id(box.element)] = box
    if not weight:
        return out
    main = boxes[max(weight, key=weight.__getitem__)]
    last = max(i for i in kept if _inside(segs[i], main))
    end = next((i for i in range(last + 1, len(segs)) if verdicts[i][0] in END_LABELS), None)
    if end is None:
        return out
    for i in range(end + 1, len(segs)):
        if out[i][0] == CONTENT and not _inside(segs[i], main):
            out[i] = ("boilerplate", f"after the article's end ({verdicts[end][0]})")
    return out


def teaser_summaries(segs: Sequence[Segment], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """Kept lines after the last paragraph, in a card under a removed linked headline, go.

    After the article's last paragraph, a card of another story is its linked
    headline (removed for its links) over a line of summary that has no
    link and was kept.  The summary is short and shares a close box (the
    card) with the headline.
    """
    out = list(verdicts)
    last = next(
        (
            i
            for i in range(len(segs) - 1, -1, -1)
            if verdicts[i][0] == CONTENT and len(segs[i].text) >= PARAGRAPH_CHARS
        ),
        None,
    )
    if last is None:
        return out
    found = []
    for i in range(last + 1, len(segs)):
        seg = segs[i]
        if verdicts[i][0] != CONTENT or seg.heading_level or len(seg.text) > SUMMARY_MAX_CHARS:
            continue
        above = next((j for j in range(i - 1, last, -1) if verdicts[j][0] not in SEE_THROUGH), None)
        if above is None or not _linked_headline(segs[above], verdicts[above]):
            continue
        if _shared_depth(segs[above], seg) >= len(seg.chain) - CARD_DEPTH:
            found.append(i)
    if len(found) >= MIN_CARDS:
        reason = "summary under a linked headline after the article's last paragraph"
        for i in found:
            out[i] = ("related", reason)
    return out


def _linked_headline(seg: Segment, verdict: Verdict) -> bool:
    label, reason = verdict
    return seg.heading_level > 1 and label == "related" and reason.startswith("link density")


def _shared_depth(a: Segment, b: Segment) -> int:
    """The depth of the innermost element holding both blocks."""
    depth = -1
    for x, y in zip(a.chain, b.chain, strict=False):
        if x.element is not y.element:
            break
        depth = x.depth
    return depth


def body_box(seg: Segment) -> Frame | None:
    """The block's first enclosing element that can hold an article (not a list, quote, p)."""
    return next((f for f in reversed(seg.chain[:-1]) if f.tag not in rules.NOT_REGION_TAGS), None)


def _inside(seg: Segment, box: Frame) -> bool:
    return len(seg.chain) > box.depth and seg.chain[box.depth].element is box.element
