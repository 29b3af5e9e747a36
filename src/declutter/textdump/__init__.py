"""Plain-text page dump -> (Metadata, every line as a labelled Block).

For pages saved as text: "Save as text", copy and paste, w3m/lynx dumps.
The stages mirror the HTML path on lines instead of elements:

    columns.unfold_columns  layout columns printed side by side (a menu, the story, a
                          sidebar) -> one after the other
    lines.split_units     text -> units (wrapped lines joined, browser marks read)
    label.label_unit      unit -> label + reason (prose, short, nav, caption, heading ...)
    context.first_labels  the same, revised by neighbours (repeats, captions, counts)
                          (captions: is a line an image's alt text, the next its caption;
                          boxes: a heading over a list of other stories' headlines;
                          forms: the short line over a comment form opens the comments)
    select.choose         the article run (best-scoring contiguous stretch of prose)
    parts.article_spans   the run, the parts of the story around inline boxes, a table
                          below it; or (anchor) the story under the headline instead;
                          or (named) the story under the headline the URL names, or
                          under a headline + date header when the run is a box below it;
                          or (post) a short blog post above its share buttons, tags or
                          comments when the run is a weak one below them; or (named)
                          a one-paragraph story under its own header above a weak run
                          that is a box of cards or lies past a section heading; the header
                          (and teasers over it) cut off the start (select.header_end),
                          a box of headlines closing it off the end (boxes.tail_box);
                          a live blog's entries marked alike read on past a short one
    header.read_header    title (headline.find_title), byline, dates, summary above
                          the run; tags below
    select.zone_labels    final labels: inside the spans content, outside the section
    repeats.story_copies  lines the story says twice kept (a plan's days, a repeated heading)
    closing.closing_calls calls to action at the ends of the kept text dropped (the
                          HTML path's rule and patterns)
    closing.after_the_end the kept lines below the story's closing share buttons dropped
"""

from __future__ import annotations

from dataclasses import replace

from declutter.body.standfirst import IN_TEXT, opens_text
from declutter.clock import checkpoint
from declutter.model import Block, Metadata
from declutter.options import Options
from declutter.textdump.closing import after_the_end, closing_calls, furniture_lines
from declutter.textdump.context import first_labels
from declutter.textdump.header import read_header
from declutter.textdump.label import ends_sentence
from declutter.textdump.lines import Unit, split_units
from declutter.textdump.parts import article_spans
from declutter.textdump.repeats import story_copies
from declutter.textdump.select import strip_read_more, zone_labels

__all__ = ["extract_dump"]

#: The label of the summary line between the headline and the story (`header`).
DESCRIPTION = "description"


def extract_dump(
    text: str, *, url: str | None, options: Options
) -> tuple[Metadata, tuple[Block, ...]]:
    """Read a plain-text page dump: metadata from the header lines, the body as kept blocks."""
    units, refs = split_units(text)
    checkpoint("text lines")
    labels = first_labels(units)
    checkpoint("line labels")
    spans = article_spans(units, labels, url)
    checkpoint("article run")
    start, end = (spans[0][0], spans[-1][1]) if spans else (0, 0)
    head = read_header(units, labels, start, end, url)
    checkpoint("header lines")
    final = zone_labels(units, labels, spans)
    inside = [False] * len(units)
    for a, b in spans:
        inside[a:b] = [True] * (b - a)
    final = story_copies(units, final, inside)
    final = [head.used.get(i, lab) for i, lab in enumerate(final)]
    final = after_the_end(units, closing_calls(units, furniture_lines(units, final)))
    blocks = tuple(_block(u, lab) for u, lab in zip(units, final, strict=True))
    if "title" in head.fields:  # a summary under the headline, not a line above the story
        blocks = _summary_in_text(blocks)
    if refs is not None:
        blocks += (
            Block(
                text="References",
                label="nav",
                reason="lynx link list",
                kind="line",
                path=f"line {refs}",
            ),
        )
    f = head.fields
    meta = Metadata(
        title=_str(f.get("title")),
        byline=_str(f.get("byline")),
        authors=_strs(f.get("authors")),
        published=_str(f.get("published")),
        modified=_str(f.get("modified")),
        description=_str(f.get("description")),
        tags=_strs(f.get("tags")),
        url=url,
        sources=dict(head.sources),
    )
    return meta, blocks


def _block(unit: Unit, label: tuple[str, str]) -> Block:
    name, reason = label
    if name != "content":
        return Block(
            text=unit.text or unit.raw,
            label=name,
            reason=reason,
            kind="line",
            path=f"line {unit.line}",
        )
    text = strip_read_more(unit.text)
    if unit.bullet:
        kind = "li"
    elif ends_sentence(text) or unit.joined > 1:
        kind = "p"
    else:
        kind = "h2"
    return Block(text=text, label=name, reason=reason, kind=kind, path=f"line {unit.line}")


def _summary_in_text(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The summary above the story kept in the text too when it reads as its opening.

    The HTML path's standfirst rule (`standfirst.opens_text`): paragraph-long
    and not printed again in the body.
    """
    at = next((k for k, b in enumerate(blocks) if b.label == DESCRIPTION), None)
    if at is None:
        return blocks
    summary = blocks[at]
    if not opens_text(summary.text, [b.text for b in blocks if b.kept]):
        return blocks
    reason = f"{summary.reason}; {IN_TEXT}"
    return (
        *blocks[:at],
        replace(summary, reason=reason, kind="p", in_text=True),
        *blocks[at + 1 :],
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _strs(value: object) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, tuple) else ()
