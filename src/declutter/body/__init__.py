"""Tree -> every block of the page, in order, labelled (content or why not).

The body stage in a few lines: read the page's JSON-LD ``articleBody`` as
`evidence`, `segment` the tree into blocks, find boilerplate `sections`,
choose the article `region`, label each block (`classify` alone, `select`
in context), label the `standfirst` (the description; in the text too
when paragraph-long) and what follows the article's end (`closing`) (notes after
the bio, other stories' teaser cards, calls to action, headings of removed
boxes), check the pick against the page's own `anchors` and ask
readability-lxml for a `second_opinion` only when they doubt it, keep the
page's own prose as a `last_resort` when nothing is kept, then turn the
result into `Block` records.  The metadata stage's title, byline and
description are used to drop the headline and byline lines from the body,
to find the standfirst and to find the anchors.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import lxml.html

from declutter.body.anchors import anchors, doubts
from declutter.body.classify import Verdict, normal, text_labels
from declutter.body.closing import after_the_end, box_headings, closing_calls, teaser_summaries
from declutter.body.evidence import article_body, in_body
from declutter.body.opening import lead_above, prose_above
from declutter.body.region import choose_region
from declutter.body.second_opinion import last_resort, second_opinion
from declutter.body.sections import boilerplate_sections
from declutter.body.segment import Segment, page_segments
from declutter.body.select import Hints, declared_kept, label_blocks, revise
from declutter.body.standfirst import label_standfirst, standfirst_in_text
from declutter.clock import checkpoint
from declutter.model import Block, Metadata
from declutter.options import Options

_new_object = object.__new__


def body_blocks(
    tree: lxml.html.HtmlElement, *, hints: Metadata, options: Options
) -> tuple[Block, ...]:
    """Every block of ``tree`` in page order, each with its label and reason."""
    declared_body = article_body(tree)  # before segments() strips the scripts
    segs = page_segments(tree)
    own = text_labels(segs)
    checkpoint("block text")
    sections = boilerplate_sections(segs)
    # most pages declare no articleBody: no lookup per block then
    declared = (
        [in_body(seg.text, declared_body) for seg in segs] if declared_body else [False] * len(segs)
    )
    region = choose_region(segs, own, sections, declared)
    checkpoint("article region")
    verdicts = lead_above(segs, label_blocks(segs, region, own), region)
    checkpoint("block labels")
    verdicts = revise(segs, verdicts, _hints(hints), sections)
    verdicts = prose_above(segs, verdicts, region)
    verdicts = declared_kept(verdicts, declared)
    verdicts = label_standfirst(segs, verdicts, hints.description or "")
    verdicts = closing_calls(segs, after_the_end(segs, verdicts))
    verdicts = teaser_summaries(segs, verdicts)
    verdicts = box_headings(segs, verdicts)
    if options.second_opinion:
        found = anchors(segs, verdicts, hints.description or "")
        why = doubts(segs, verdicts, found)
        if why:
            verdicts = second_opinion(tree, segs, verdicts, found, why)
    verdicts = last_resort(segs, verdicts)
    verdicts, in_text = standfirst_in_text(segs, verdicts)
    return tuple(_blocks(segs, verdicts, in_text))


def _blocks(
    segs: Sequence[Segment], verdicts: Sequence[Verdict], in_text: frozenset[int]
) -> Iterator[Block]:
    """`Block` records; a "read more" link cut from a paragraph follows it as its own."""
    for i, (seg, (label, reason)) in enumerate(zip(segs, verdicts, strict=True)):
        # made without Block.__init__, which sets each field of a frozen dataclass
        # through object.__setattr__: 2.5x slower, and one is made per block of the page
        block = _new_object(Block)
        block.__dict__.update(
            text=seg.text,
            label=label,
            reason=reason,
            kind=seg.kind,
            path=seg.path,
            markdown=seg.markdown,
            in_text=True if i in in_text else None,
        )
        yield block
        if seg.trimmed_link:
            yield Block(
                text=seg.trimmed_link,
                label="read-more",
                reason="link cut from the end of the paragraph above",
                kind=seg.kind,
                path=seg.path,
            )


def _hints(meta: Metadata) -> Hints:
    return Hints(
        title=normal(meta.title or ""),
        byline=normal(meta.byline or ""),
    )
