"""Labelled units -> the spans of the article: its run, and the parts that resume below.

A story broken by a "Most read" box, a gallery or a newsletter sign-up goes
on below it.  `select.choose` finds the best run; here later runs join it
when they are near, made of paragraphs, and about the same things.  The
story's lead over an inline box or figure (`lead`), a list its last line
announces with a colon, and a closing line right under it join too.
"""

from __future__ import annotations

from declutter.textdump import words as w
from declutter.textdump.anchor import OWN_HEADER, WEAK_RUN, anchored, headers
from declutter.textdump.boxes import tail_box
from declutter.textdump.label import HEADING_REASON, Label
from declutter.textdump.lead import SHARED_WORDS, lead_above_box, shared_words, words_of
from declutter.textdump.lines import Unit
from declutter.textdump.named import HEADER_SPAN as NAMED_HEADER_SPAN
from declutter.textdump.named import (
    headed_run,
    named_run,
    naming_lines,
    short_story,
)
from declutter.textdump.post import post_above
from declutter.textdump.select import (
    MARKS,
    PROSE,
    STORY_WORDS,
    TEASERS,
    Span,
    best_run,
    choose,
    header_end,
    run_sum,
    scores,
)

#: A later part of the story starts within PART_GAP units of the last part (and is
#: looked for in the PART_LOOK units after that), scores PART_MIN_SCORE and has this
#: share of paragraphs among its units.
PART_GAP = 40
PART_LOOK = 60
PART_MIN_SCORE = 40
PART_PROSE_SHARE = 0.6
#: A part above the run has at least this many paragraphs (one paragraph up there is
#: the standfirst, or a strip of headlines run together).
PART_ABOVE_PARAGRAPHS = 2
#: A weak run near the story under the headline joins it below this score.
JOIN_HEAD_RUN = 100
#: The run under a headline + date header replaces a best run without one from this share
#: of its score.
HEADED_SHARE = 0.5
#: Rows of a table below the story: at least ROW_MIN lines of at most ROW_MAX_WORDS
#: words holding a figure, after at most ROW_LEAD lines of these labels (a title, an image).
ROW_MIN = 4
ROW_MIN_WORDS = 2
ROW_MAX_WORDS = 20
#: A row's first figure is one of its first ROW_FIGURE_WORDS + 1 words, in the same one each row.
ROW_FIGURE_WORDS = 2
ROW_LEAD = 3
ROW_LEAD_LABELS = frozenset({"short", "image", "decor", "caption"})
#: A closing line below the story has at least CLOSING_MIN_WORDS words; or it opens with
#: the same CLOSING_OPENING words as CLOSING_LIKE lines of the story.
CLOSING_MIN_WORDS = 3
CLOSING_OPENING = 3
CLOSING_LIKE = 2
#: A list announced by the story's last line: LIST_MIN_ITEMS items or more, each at most
#: ITEM_GAP units after the one before, of ITEM_LABELS lines.
LIST_MIN_ITEMS = 3
ITEM_GAP = 4
ITEM_LABELS = frozenset({"short", "content", "image", "decor", "caption"})
#: Items of a list announced by a colon, bulleted or not, and the line announcing one
#: right under the story, have at most this many words.
COLON_ITEM_WORDS = 16


def article_spans(units: list[Unit], labels: list[Label], url: str | None = None) -> list[Span]:
    """The article's run with its parts, or the story under the headline when that run is weak.

    A story broken by a "Most read" box or a gallery goes on past it: a run
    joins when it lies within PART_GAP units of the parts found so far
    (below or above), scores PART_MIN_SCORE, is mostly paragraphs (a teaser
    list alternates titles and blurbs; a story is paragraph after paragraph)
    and speaks of the same things: SHARED_WORDS of its words are in the
    run (a newsletter blurb, a disclaimer or a podcast promo share few).
    When `anchor.anchored` finds the story under the headline instead, far
    from the run, with a section heading between them or on another subject,
    it replaces the run; near it and on its subject, a run scoring less than
    JOIN_HEAD_RUN is that story's later part (a run scoring more is the
    story, and what lies above it is furniture).  Short stories of one
    paragraph under their own header, above a weak run that is a box of cards
    or lies past a section heading, are `named.short_story`.
    """
    start, end = choose(units, labels)
    if start == end:
        return []
    prose_scores = scores(units, labels)
    spans = _with_parts(units, labels, prose_scores, (start, end))
    total = sum(run_sum(prose_scores, span) for span in spans)
    head = anchored(units, labels, spans[0][0], total)
    heads = list(headers(units, labels, len(units)))
    naming = naming_lines(units, url)
    named = named_run(units, labels, naming, heads)
    headed = headed_run(units, labels, heads) if named is None and head is None else None
    if named is not None and not _overlap(named, spans) and not _same_story(named, head, spans):
        spans, head = _with_parts(units, labels, prose_scores, named), None
    elif headed is not None and _headed_story(heads, spans, headed, total):
        spans = _with_parts(units, labels, prose_scores, headed[0])
    elif (
        named is None and head is None and (post := post_above(units, labels, spans, heads, total))
    ):
        spans = [post]
    elif (
        named is None
        and head is None
        and total < WEAK_RUN
        and (short := short_story(units, labels, naming, heads, spans[0]))
    ):
        spans = [short]
    if head is not None:
        first = spans[0][0]
        story = words_of(units[k].text for a, b in spans for k in range(a, b))
        lines = [units[k].text for k in range(*head)]
        boxed = any(labels[k][1].startswith(HEADING_REASON) for k in range(head[1], first))
        near = head[0] <= first <= head[1] + PART_GAP
        if boxed or not near or shared_words(lines, story) < SHARED_WORDS:
            spans = _with_parts(units, labels, prose_scores, head)
        elif total < JOIN_HEAD_RUN:
            spans[0] = (head[0], max(head[1], spans[0][1]))
    _cut_tail_box(units, labels, spans)
    entries = _entries_rest(units, labels, spans[-1])
    if entries is not None:
        spans[-1] = (spans[-1][0], entries)
    lead = lead_above_box(units, labels, spans)
    if lead is not None:
        spans.insert(0, (lead, lead + 1))
    listed = _announced_list(units, labels, spans[-1][1])
    if listed is None:
        listed = _colon_list(units, labels, spans[-1][1])
    if listed is not None:
        spans[-1] = (spans[-1][0], listed)
    elif _closing_line(units, labels, spans):
        spans[-1] = (spans[-1][0], spans[-1][1] + 1)
    rows = _rows_after(units, labels, spans[-1][1])
    if rows is not None:
        spans.append(rows)
    return _join_introduced(units, labels, spans)


#: Lines printed the same under each entry of a live blog ("Share Link"), at most
#: ENTRY_STRIDE units apart, the same distance each time give or take ENTRY_SLACK.
ENTRY_MARKS = frozenset({"share", "nav", "duplicate"})
ENTRY_STRIDE = 12
ENTRY_SLACK = 2


def _entries_rest(units: list[Unit], labels: list[Label], run: Span) -> int | None:
    """The end of the entries a live blog goes on with below the run.

    The run holds entries (a time, a title, a paragraph, "Share Link") each
    closed (or opened: "Anne:" in an interview) by the same line, twice or more
    at one stride: the story is a list of entries, and the run stopped inside
    it at an entry of short lines.  The entries below it, each marked by that
    line within the stride (and with text in it), belong to it, and so do the
    paragraphs right under the last mark; a section heading ends them.
    """
    start, end = run
    marks: dict[str, list[int]] = {}
    for k in range(start, end):
        if labels[k][0] in ENTRY_MARKS and units[k].text:
            marks.setdefault(units[k].text, []).append(k)
    best = None
    for text, at in marks.items():
        if len(at) < 2 or not 1 < at[-1] - at[-2] <= ENTRY_STRIDE:
            continue
        stride, last, told = at[-1] - at[-2], at[-1], False
        k = last + 1
        while k < len(units) and k - last <= stride + ENTRY_SLACK:
            if labels[k][1].startswith(HEADING_REASON):
                break
            if units[k].text == text and told:
                last, told = k, False
            told = told or labels[k][0] in PROSE
            k += 1
        while last + 1 < len(units) and labels[last + 1][0] == "content":
            last += 1  # the paragraph a mark opens ("Anne:" over her answer)
        if last >= end and (best is None or last + 1 > best):
            best = last + 1
    return best


def _cut_tail_box(units: list[Unit], labels: list[Label], spans: list[Span]) -> None:
    """The last span cut above a box of other stories' headlines closing it (`boxes.tail_box`);
    the box's heading is relabelled, in place, a section heading."""
    start, end = spans[-1]
    box = tail_box(units, labels, start, end, STORY_WORDS)
    if box is None:
        return
    heading = units[box].text
    labels[box] = ("related", f"{HEADING_REASON} {heading!r} over a list of headlines")
    spans[-1] = (start, box)


def _headed_story(
    heads: list[int], spans: list[Span], headed: tuple[Span, int], total: int
) -> bool:
    """The run under a headline + date header is the story, not the best run found below it.

    The best run lies below the headed run (a box, a notice, a footer after
    the story).  Holding headers of its own (headline, date, blurb: cards in a
    row) it is a box of teasers, whatever it scores; with no header right
    above it, it gives way when the headed run scores HEADED_SHARE of it.
    """
    start, end = spans[0]
    run, score = headed
    if run[1] > start:
        return False
    if any(start <= h < end for h in heads):
        return True
    own = any(start - OWN_HEADER <= h < start for h in heads)
    return not own and score >= HEADED_SHARE * total


def _same_story(named: Span, head: Span | None, spans: list[Span]) -> bool:
    """The run under the headline + date header is the named story, read leniently.

    Both start under the same headline, and the lenient run (tables, recipes
    of short lines) stops short of the best run: it tells the story from the
    rest, and goes on where the named run stops at its first list.  A lenient
    run starting under another header, or running on into the best run (a
    cookie notice at the page's end), tells nothing.
    """
    return (
        head is not None
        and _overlap(named, [head])
        and abs(head[0] - named[0]) <= NAMED_HEADER_SPAN
        and not _overlap(head, spans)
    )


def _overlap(run: Span, spans: list[Span]) -> bool:
    """``run`` shares a unit with one of ``spans``."""
    return any(a < run[1] and run[0] < b for a, b in spans)


def _with_parts(
    units: list[Unit], labels: list[Label], prose_scores: list[int], run: Span
) -> list[Span]:
    """``run`` and the parts of the story below and above it."""
    spans = [run]
    story = words_of(units[k].text for k in range(*run) if labels[k][0] == "content")
    while (part := _part(units, labels, prose_scores, story, spans[-1][1], below=True)) is not None:
        spans.append(part)
    while (part := _part(units, labels, prose_scores, story, spans[0][0], below=False)) is not None:
        spans.insert(0, (header_end(units, labels, *part), part[1]))
    return spans


def _announced_list(units: list[Unit], labels: list[Label], end: int) -> int | None:
    """The end of the list the story's last line announces ("... the best offers:").

    List items ("1) Lego set", each maybe with a link line and an image under
    it) follow right below, a new item at most ITEM_GAP units after the
    last; LIST_MIN_ITEMS or more make the list, which ends after its last
    item's own lines.  A section heading ends it.
    """
    if not units[end - 1].text.endswith(":"):
        return None
    items: list[int] = []
    k = end
    while k < len(units) and k - (items[-1] if items else end - 1) <= ITEM_GAP:
        if labels[k][1].startswith(HEADING_REASON) or labels[k][0] not in ITEM_LABELS:
            break
        if units[k].bullet and labels[k][0] in PROSE:
            items.append(k)
        k += 1
    if len(items) < LIST_MIN_ITEMS:
        return None
    stride = items[-1] - items[-2]
    last = items[-1] + 1
    while last < min(len(units), items[-1] + stride) and labels[last][0] in ITEM_LABELS:
        if units[last].bullet or labels[last][1].startswith(HEADING_REASON):
            break
        last += 1
    return last


def _colon_list(units: list[Unit], labels: list[Label], end: int) -> int | None:
    """The end of the short lines a colon announces at the story's end ("Key facts:").

    The story's last line, or a short line right under it, ends with a colon;
    the lines right below it, each of at most COLON_ITEM_WORDS words without
    links and not a heading, are its items (pros and cons, an address, a
    sentence finished on the next line).  Items printed right under the colon
    go on while printed one under the other; after a blank line, while spaced
    like the second item.  Any other line ends the list.
    """
    intro = end - 1
    if not units[intro].text.endswith(":"):
        intro = end
        if not (end < len(units) and _colon_intro(units[end], labels[end])):
            return None
    first = intro + 1
    if not (first < len(units) and _colon_item(units[first], labels[first])):
        return None
    # items glued under the colon go on glued; after a blank line, spaced as the second is
    spaced = units[first].blank_before and (
        first + 1 < len(units) and units[first + 1].blank_before
    )
    last = first + 1
    while (
        last < len(units)
        and units[last].blank_before == spaced
        and _colon_item(units[last], labels[last])
    ):
        last += 1
    return last


def _colon_intro(unit: Unit, label: Label) -> bool:
    """A short line of the story's text ending with a colon ("Das Wichtigste in Kürze:"),
    not a tags label ("Schlagworte:"), whose lines are the page's keywords."""
    return (
        label[0] in PROSE
        and not w.TAGS_PREFIX.match(unit.text)
        and unit.text.endswith(":")
        and not unit.links
        and not unit.bullet
        and unit.words <= COLON_ITEM_WORDS
    )


def _colon_item(unit: Unit, label: Label) -> bool:
    """A line of a list announced by a colon: short text, no links, not a heading."""
    return (
        label[0] in PROSE
        and not unit.links
        and 0 < unit.words <= COLON_ITEM_WORDS
        and not unit.text.endswith(":")
    )


def _closing_line(units: list[Unit], labels: list[Label], spans: list[Span]) -> bool:
    """The short line right below the story closes it.

    "Jane Doe contributed to this report.": a statement standing alone (no
    prose right under it; not a question or a cheer, nor a "More ..." link);
    or "Learn more about X" opening like CLOSING_LIKE lines of the story (the
    last card's link, its cards each ending with one).
    """
    end = spans[-1][1]
    if end >= len(units) or labels[end][0] != "short":
        return False
    u = units[end]
    if u.bullet or u.links or u.words < CLOSING_MIN_WORDS:
        return False
    alone = end + 1 == len(units) or labels[end + 1][0] not in PROSE
    statement = u.text.rstrip("\"'”’)").endswith(".") and u.text.split()[0].lower() != "more"
    if alone and statement:
        return True
    opening = u.text.split()[:CLOSING_OPENING]
    alike = sum(
        1
        for a, b in spans
        for k in range(a, b)
        if units[k].text.split()[:CLOSING_OPENING] == opening
    )
    return alike >= CLOSING_LIKE


def _join_introduced(units: list[Unit], labels: list[Label], spans: list[Span]) -> list[Span]:
    """Spans joined over a gap that the story introduced ("... were as follows:").

    A line ending with a colon at the end of one part or the top of the gap
    announces the list or table below it; a section heading in the gap
    means it is a box after all.
    """
    out = spans[:1]
    for start, end in spans[1:]:
        gap_start = out[-1][1]
        intro = [k for k in (gap_start - 1, gap_start) if k < start]
        announced = any(units[k].text.endswith(":") for k in intro)
        boxed = any(labels[k][1].startswith(HEADING_REASON) for k in range(gap_start, start))
        if announced and not boxed:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _rows_after(units: list[Unit], labels: list[Label], end: int) -> Span | None:
    """A table or schedule right below the story: ROW_MIN or more rows of data.

    "June 9 - Tampa, FL", "1 Kyle Busch 5040 5 1": short lines whose first
    figure stands in the same column (word) near their start, maybe under a
    short title line; a line without a figure may sit between rows (a note),
    two end the table.
    """
    i = end
    while i < len(units) and i - end < ROW_LEAD and _column(units[i], labels[i]) is None:
        if labels[i][0] not in ROW_LEAD_LABELS:
            return None
        i += 1
    first = last = i
    column = _column(units[i], labels[i]) if i < len(units) else None
    rows = misses = 0
    while i < len(units) and misses < 2 and column is not None:
        if _column(units[i], labels[i]) == column:
            rows, last, misses = rows + 1, i + 1, 0
        elif labels[i][0] in PROSE:
            misses += 1
        else:
            break
        i += 1
    if rows < ROW_MIN:
        return None
    start = first - 1 if first > end and labels[first - 1][0] == "short" else first
    return start, last


def _column(unit: Unit, label: Label) -> int | None:
    """The word index of a data row's first figure (None for other lines)."""
    if label[0] not in PROSE or unit.links or not ROW_MIN_WORDS <= unit.words <= ROW_MAX_WORDS:
        return None
    for k, token in enumerate(unit.text.split()[: ROW_FIGURE_WORDS + 1]):
        if any(ch.isdigit() for ch in token):
            return k
    return None


def _part(
    units: list[Unit],
    labels: list[Label],
    prose_scores: list[int],
    story: set[str],
    edge: int,
    *,
    below: bool,
) -> Span | None:
    """The best run just below (or above) ``edge`` when it continues the story."""
    lo = edge if below else max(0, edge - PART_GAP - PART_LOOK)
    hi = min(len(units), edge + PART_GAP + PART_LOOK) if below else edge
    found = best_run(prose_scores[lo:hi])
    if found is None:
        return None
    a, b = found[0] + lo, found[1] + lo
    paragraphs = [units[k].text for k in range(a, b) if labels[k][0] == "content"]
    near = a - edge if below else edge - b
    if (
        near > PART_GAP
        or run_sum(prose_scores, (a, b)) < PART_MIN_SCORE
        or len(paragraphs) < PART_PROSE_SHARE * sum(labels[k][0] not in MARKS for k in range(a, b))
        or (
            shared_words(paragraphs, story) < SHARED_WORDS
            and not (below and _inline_box(labels, edge, a))
        )
        or (not below and len(paragraphs) < PART_ABOVE_PARAGRAPHS)
    ):
        return None
    return a, b


def _inline_box(labels: list[Label], edge: int, start: int) -> bool:
    """A "Read more:" box, and lines of text under it, lie between the story and a run below.

    The gap from ``edge`` to ``start`` holds a box heading over its list of
    other stories' headlines (`boxes`), marks around them and lines of text
    under it, nothing else: the story printed the box between two paragraphs,
    and the run below goes on with it however few words they share (a short
    story shares few).
    """
    k = edge
    while k < start and labels[k][0] in MARKS:
        k += 1
    if k == start or not labels[k][1].startswith(HEADING_REASON):
        return False
    k += 1
    listed = 0
    while k < start and (labels[k][0] in TEASERS or labels[k][0] in MARKS):
        listed += labels[k][0] in TEASERS
        k += 1
    return bool(listed) and all(labels[j][0] in PROSE for j in range(k, start))
