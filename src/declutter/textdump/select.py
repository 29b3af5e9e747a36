"""Labelled units -> the article run: which units make the body, and why the rest do not.

Labels come from `label` and `context`.  Here each unit gets a score
(words of prose minus a cost per line; section headings cost much more),
and the best-scoring contiguous run is the article (a maximum-sum segment,
so short runs of furniture inside the story are bridged and long lists
outside it are not).  The header before the story's first paragraph
(byline, dates, photo captions) is cut off the run's start, and so are
short teasers and a breadcrumb printed in the run over a headline + date.
"""

from __future__ import annotations

from declutter.textdump import words as w
from declutter.textdump.label import (
    HEADING_REASON,
    Label,
    ends_sentence,
)
from declutter.textdump.lines import Unit, count_words

Span = tuple[int, int]

#: A line made of the same words twice, this many at least, tells them once (`_told_words`).
DOUBLED_MIN_WORDS = 3
#: Every line costs this many words: prose must pay for the furniture between it.
LINE_COST = 8
#: List items cost a word when the page has prose; on a page that is one list, an item
#: costs ITEM_COST words, so items of sentences are prose and menus are not.
ITEM_COST = 4
#: A page is one list when its best run with list items as prose scores this many
#: times the best run of plain prose.
LIST_PAGE_RATIO = 2
#: Image placeholders and bare bullets are rendering marks and cost less than a line.
MARKS = frozenset({"decor", "image", "formula"})
MARK_COST = 3
#: Labels of one-line links to other stories and pitches (not section headings).
TEASERS = frozenset({"teaser", "promo"})
#: A line of program code in a tutorial costs this many words (a listing must not
#: cut the story in two).
CODE_COST = 1
#: A section heading ("Most Read", "Comments") costs this many words.
HEADING_COST = 30
#: Labels that are neither prose nor a section: furniture that a run may bridge.
FURNITURE = frozenset(
    {
        "decor",
        "image",
        "formula",
        "nav",
        "share",
        "caption",
        "byline",
        "dateline",
        "duplicate",
        "footer",
        "comment-sign",
        "embed",
    }
)
#: Prose words read before a comments heading closes the story.
STORY_WORDS = 50
#: After a section heading below the story, each line of prose costs this much more.
SECTION_COST = 8
#: Two comment signatures ("jane says:", "Reply") this many units apart or closer start a
#: thread of comments, with or without a heading over it (one alone may be a quote).
THREAD_GAP = 20
#: A paragraph of this many words ending in a full stop shows the story going on.
RESUME_WORDS = 15
#: Lines that sign a story off at its end ("By Jane Doe", a note on the author): a section
#: heading right below one (no paragraph between) closes the story for good.
SIGN_OFF = frozenset({"byline", "author-bio"})
#: A page with no run of prose and at most this many lines of text is all story
#: (a note, a test page); a bigger one gives its longest line.
SMALL_PAGE = 8
#: Labels of units that can make the body.
PROSE = frozenset({"content", "short"})
#: Byline/date lines this far into the run still belong to the header.
HEADER_WINDOW = 8
#: A run starting this many units under a story's header (`headed`) starts under it.
HEADER_ABOVE = 3
#: A story's header: a byline or date line with a headline-like line of TITLE_WORDS
#: words at most TITLE_ABOVE units above it.
TITLE_ABOVE = 4
TITLE_WORDS = (2, 30)
#: Reason of the lines listed under a "Contents" heading (set by `context`).
TOC_ENTRY = "table of contents entry"
#: Reason of a sub-heading listed in the table of contents above it (set by `context`).
LISTED = "sub-heading listed at line"
#: "read more" teasers are looked for in this many trailing characters.
READ_MORE_TAIL = 40


def unit_score(unit: Unit, label: str, *, lists_are_prose: bool = False) -> int:
    """Words of prose minus the cost of the line; headings cost HEADING_COST."""
    if label == "content":
        return _told_words(unit) - LINE_COST - LINE_COST * unit.links
    if label == "short" and unit.bullet and not unit.links:
        n = unit.words
        return n - ITEM_COST if lists_are_prose else min(-1, n - LINE_COST)
    if label == "short" and not unit.links and w.CODE_LINE.search(unit.text):
        return -CODE_COST
    if label == "short":
        return min(-1, unit.words - LINE_COST) - LINE_COST * unit.links
    if label in MARKS:
        return -MARK_COST
    if label in FURNITURE or label in TEASERS or label == "contents":
        return -LINE_COST  # a table of contents sits inside the story it lists
    return -HEADING_COST


def _told_words(unit: Unit) -> int:
    """The words of a line, once: a headline printed again as its link's title ("X X",
    X no sentence) tells X."""
    text = unit.text  # spaces normalized: "X X" is X, one space, X
    half = len(text) // 2
    if (
        len(text) % 2
        and text[half] == " "
        and text[:half] == text[half + 1 :]
        and count_words(text[:half]) >= DOUBLED_MIN_WORDS
        and not ends_sentence(text[:half])
    ):
        return count_words(text[:half])
    return unit.words


def best_run(scores: list[int]) -> tuple[int, int] | None:
    """The contiguous [start, end) with the largest positive sum, or None."""
    best, best_span = 0, None
    total, start = 0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0, i
        total += s
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def run_sum(scores: list[int], span: tuple[int, int] | None) -> int:
    """The score of a run (0 for no run)."""
    return sum(scores[span[0] : span[1]]) if span else 0


def header_end(units: list[Unit], labels: list[Label], start: int, end: int) -> int:
    """Index of the first body unit: after bylines/dates/captions at the top of the run.

    Only the top of the run is searched: up to HEADER_WINDOW units.  A byline
    or date line cuts there up to the second paragraph (the first may be the
    summary); past it, only a story's header does when none was cut above it
    (`headed`: a headline-like line right above the byline or date), and the
    paragraphs above it are teasers, breadcrumbs or captions over the story.
    """
    cut = start
    paragraphs = read = 0
    for i in range(start, min(end, start + HEADER_WINDOW)):
        if labels[i][0] in ("byline", "dateline"):
            if paragraphs <= 1 or (
                cut == start and _story_header(units, labels, i, (start, end), read)
            ):
                cut = i + 1
        elif labels[i][0] == "content":
            paragraphs += 1
            read += units[i].words
    while cut < end and labels[cut][0] in FURNITURE:
        cut += 1
    return cut if cut < end else start


def _story_header(units: list[Unit], labels: list[Label], i: int, run: Span, read: int) -> bool:
    """The byline or date at ``i``, under paragraphs of ``read`` words, heads the story.

    A headline-like line right above it (`headed`), the story's first
    paragraph right under it (past furniture) inside the ``run``, and less
    than STORY_WORDS of prose above it: teasers, a breadcrumb, captions, not
    the story's opening.
    A run right under a story's header (HEADER_ABOVE units) has its header
    already; a second one below its first paragraphs is a quoted card's.
    """
    start, end = run
    if read >= STORY_WORDS or not headed(units, labels, i):
        return False
    if any(headed(units, labels, k) for k in range(max(0, start - HEADER_ABOVE), start)):
        return False
    k = i + 1
    while k < end and labels[k][0] in FURNITURE:
        k += 1
    return k < end and labels[k][0] == "content"


def choose(units: list[Unit], labels: list[Label]) -> tuple[int, int]:
    """The article run [start, end) over ``units`` (empty when no prose)."""
    prose_scores = scores(units, labels)
    span = best_run(prose_scores)
    list_scores = scores(units, labels, lists_are_prose=True)
    as_list = best_run(list_scores)
    if as_list and run_sum(list_scores, as_list) > LIST_PAGE_RATIO * run_sum(prose_scores, span):
        span = as_list
    if span is None:
        prose = [i for i, lab in enumerate(labels) if lab[0] in PROSE]
        if not prose:
            return 0, 0
        if len(prose) <= SMALL_PAGE:
            return prose[0], prose[-1] + 1
        best = max(prose, key=lambda i: units[i].words)
        return best, best + 1
    start, end = span
    return header_end(units, labels, start, end), end


def scores(units: list[Unit], labels: list[Label], *, lists_are_prose: bool = False) -> list[int]:
    """Unit scores in page order.

    Once STORY_WORDS of prose have been read, a section heading ("Related",
    "Latest videos") makes every later line of prose cost SECTION_COST more
    until a paragraph of RESUME_WORDS ending a sentence shows the story going on, and prose
    under a comments heading scores as furniture.  List items (and story cards between
    images) under such a heading are the section's list: they score as furniture and
    never show the story going on, however long.  A comments heading with a
    figure within HEADER_WINDOW units under a story's header (headline, byline or
    date), before any paragraph and right above one, is the header's count of
    comments ("0 comments"), a link to the thread below the story.
    """
    out = []
    read = 0
    in_comments = in_section = signed = closed = False
    for i, (u, (lab, reason)) in enumerate(zip(units, labels, strict=True)):
        if lab == "comments" and comment_count(units, labels, i):
            out.append(-LINE_COST)  # "12 comments" in the story's header: a link to the thread
            continue
        if reason.startswith(HEADING_REASON):
            in_comments = lab == "comments" and read >= STORY_WORDS
            in_section = read >= STORY_WORDS
            closed = in_section and signed  # the story signed off above the heading
        elif lab == "comment-sign" and read >= STORY_WORDS and _thread(labels, i):
            in_comments = True  # "jane says:" ... "Reply": a thread starts, heading or not
        elif lab == "content" and u.words >= RESUME_WORDS and ends_sentence(u.text):
            in_section = in_section and (u.bullet or _carded(labels, i) or closed)
        if lab in SIGN_OFF:
            signed = read >= STORY_WORDS
        elif lab == "content":
            signed = False
        score = unit_score(u, lab, lists_are_prose=lists_are_prose)
        if in_comments and score > -LINE_COST:
            score = -LINE_COST
        elif in_section and lab in PROSE:
            listed = u.bullet or _carded(labels, i)
            score = -LINE_COST if listed else score - SECTION_COST
        if lab == "content":
            read += u.words
        out.append(score)
    return out


def _thread(labels: list[Label], i: int) -> bool:
    """The comment signature at ``i`` has another within THREAD_GAP units below it."""
    return any(lab == "comment-sign" for lab, _ in labels[i + 1 : i + 1 + THREAD_GAP])


def _carded(labels: list[Label], i: int) -> bool:
    """Paragraph ``i`` sits between images, one of a list of story cards (image, blurb, image)."""
    return any(labels[k][0] == "image" for k in (i - 1, i + 1) if 0 <= k < len(labels))


def zone_labels(units: list[Unit], labels: list[Label], spans: list[Span]) -> list[Label]:
    """Final labels: prose inside the article's spans is content; outside, the section it sits in.

    Inside a span, the short lines right under a section heading (an inline
    "Read more:" box) belong to that heading until the next paragraph (a
    headline of a few words without a full stop is no paragraph); a
    table of contents holds only the list printed right under it.
    """
    inside = [False] * len(units)
    for start, end in spans:
        inside[start:end] = [True] * (end - start)
    last = spans[-1][1] if spans else 0
    out: list[Label] = []
    zone: Label = ("nav", "before the article")
    inline: Label | None = None
    for i, (u, lab) in enumerate(zip(units, labels, strict=True)):
        if i == last:
            zone = ("footer", "after the article")
        elif i and inside[i - 1] and not inside[i]:
            zone = ("nav", "box between parts of the article")
        if lab[0] not in PROSE and lab[0] not in FURNITURE and lab[0] not in TEASERS:
            zone = (lab[0], f"under heading {u.text!r}")
            inline = zone if inside[i] else None
            out.append(lab)
        elif inside[i]:
            listed = i > 0 and labels[i - 1][1] == TOC_ENTRY and u.blank_before
            if (lab[0] == "content" and not _box_headline(u)) or listed:
                inline = None  # a paragraph, or the line after a table of contents' list
            if lab[0] in PROSE:
                out.append(inline or ("content", lab[1]))
            else:
                out.append(lab)
        elif lab[0] in PROSE:
            out.append(zone)
        else:
            out.append(lab)
    return out


def _box_headline(unit: Unit) -> bool:
    """A line worded as prose but shaped like a headline in a box: short, no full stop."""
    return unit.words < RESUME_WORDS and not ends_sentence(unit.text)


def strip_read_more(text: str) -> str:
    """A paragraph without a trailing "read more" teaser link."""
    tail = text[-READ_MORE_TAIL:]
    cut = w.READ_MORE.search(tail)
    return text[: len(text) - len(tail) + cut.start()] if cut else text


def headed(units: list[Unit], labels: list[Label], i: int) -> bool:
    """Unit ``i`` is a byline or date line under a headline-like line: a story's header."""
    if labels[i][0] not in ("byline", "dateline"):
        return False
    for k in range(max(0, i - TITLE_ABOVE), i):
        u = units[k]
        if (
            _titled(u, labels[k][0])
            and TITLE_WORDS[0] <= u.words <= TITLE_WORDS[1]
            and not u.bullet
            and not u.links
            and not u.text.endswith((".", ":"))
            and not w.TAGS_PREFIX.match(u.text)
        ):
            return True
    return False


def _titled(unit: Unit, label: str) -> bool:
    """A line that may be a headline: short, or worded as prose without ending a sentence."""
    return label in ("short", "duplicate") or (label == "content" and not ends_sentence(unit.text))


def comment_count(units: list[Unit], labels: list[Label], i: int) -> bool:
    """The comments heading at ``i`` is the count of comments in the story's header.

    "12 comments" (a figure) at most HEADER_WINDOW units under a byline or date
    line under a headline, with no paragraph between, and the story's first
    paragraph right under it (a thread starts with a name, a date or a form).
    """
    if labels[i][0] != "comments" or not any(ch.isdigit() for ch in units[i].text):
        return False
    header = next(
        (
            k
            for k in range(i - 1, max(-1, i - HEADER_WINDOW - 1), -1)
            if labels[k][0] == "content" or headed(units, labels, k)
        ),
        None,
    )
    if header is None or labels[header][0] == "content":
        return False
    k = i + 1
    while k < len(units) and labels[k][0] in MARKS:
        k += 1
    return k < len(units) and labels[k][0] == "content"
