"""Labelled units + a weak run below a section heading -> the short post above that heading.

A blog post of a few lines (a quote, a link with a sentence, a photo and its
line) prints as: headline, date/byline header, the post, then its share
buttons, tags, "Related posts" or the comment form, then the sidebar.  The
post is too short to win the prose run, and the best run lies further down:
a pingback, the comment form's notes, a sidebar blurb.  When the best run is
weak and a section heading (comments, related, a sidebar box) lies between it
and the last headline + date header above it, the post is the text under that
header, up to the first line that closes a post.
"""

from __future__ import annotations

from declutter.textdump import words as w
from declutter.textdump.label import HEADING_REASON, Label
from declutter.textdump.lines import Unit
from declutter.textdump.select import FURNITURE, PROSE, Span, comment_count

#: The best run is weak below this score (a post of some paragraphs outscores it).
WEAK_POST_RUN = 120
#: Units skipped from the header to the post's first line: a photo, the byline, a date.
HEADER_LABELS = frozenset({"byline", "dateline", "caption", "image", "decor", "nav", "duplicate"})
#: A run with a header this many units above it is a story of its own, unless it lies
#: under the comments (pingbacks and comments print a date line each).
OWN_HEADER = 10
COMMENT_LABELS = frozenset({"comments", "comment-sign"})
#: Labels that close a post: its share buttons, a comment signature.
CLOSING_LABELS = frozenset({"share", "comment-sign"})
#: Sections that follow a blog post.
POST_SECTIONS = frozenset({"comments", "related"})
#: A line ending in a colon of at most this many words right above the close announces
#: the share buttons ("Share this:"), not a line of the post.
ANNOUNCE_MAX_WORDS = 4
#: A post has at most this many units (a longer stretch would have made a run).
POST_MAX_UNITS = 40


def post_above(
    units: list[Unit], labels: list[Label], spans: list[Span], heads: list[int], total: int
) -> Span | None:
    """The post under the last headline + date header above a heading over the weak run."""
    if total >= WEAK_POST_RUN or not spans:
        return None
    start = spans[0][0]
    heading = max(
        (
            k
            for k in range(start)
            if labels[k][1].startswith(HEADING_REASON) and not comment_count(units, labels, k)
        ),
        default=None,
    )
    head = max((h for h in heads if heading is not None and h < heading), default=None)
    if heading is None or head is None:
        return None
    own = any(start - OWN_HEADER <= h < start for h in heads)
    if own and not any(labels[k][0] in COMMENT_LABELS for k in range(head + 1, start)):
        return None  # the run has a header of its own: a story under a box of cards
    first = head + 1
    while first < start and labels[first][0] in HEADER_LABELS:
        first += 1
    limit = min(start, first + POST_MAX_UNITS)
    end = next((k for k in range(first, limit) if _closes(units[k], labels[k])), limit)
    if end == limit or not _ends_post(units[end], labels[end]):
        return None  # the text runs on into the sidebar, or a box heading closes it
    while end > first and (labels[end - 1][0] not in PROSE or _announces(units[end - 1])):
        end -= 1  # the share buttons' "Share this:" line, furniture before the close
    return (first, end) if end > first else None


def _closes(unit: Unit, label: Label) -> bool:
    """The line ends the text under the header: neither prose nor furniture, or tags."""
    return (
        label[0] in CLOSING_LABELS
        or (label[0] not in PROSE and label[0] not in FURNITURE)
        or bool(w.TAGS_PREFIX.match(unit.text))
    )


def _ends_post(unit: Unit, label: Label) -> bool:
    """The line closing a post of a blog: share buttons, tags, related posts, comments."""
    return (
        label[0] in CLOSING_LABELS
        or label[0] in POST_SECTIONS
        or bool(w.TAGS_PREFIX.match(unit.text))
    )


def _announces(unit: Unit) -> bool:
    """A short line announcing what follows ("Share this:"), not a line of the post."""
    return unit.text.endswith(":") and unit.words <= ANNOUNCE_MAX_WORDS
