"""The page's URL + labelled units -> the story printed under the headline the address names.

Most addresses carry the headline's words ("/2022/12/06/cells-raise-plant-output/"),
and the story's paragraphs start right under that headline (past a photo, a byline
and a date).  The best prose run of the page may be a cookie notice, a disclaimer
or a blog's sidebar, longer than a short story; and a "Recent Comments" widget
heading in a sidebar printed above the story makes the story score as comments.
A line made of the slug's words with a run of paragraphs right under it (scored
afresh from there: what a heading above the headline says is over) is the story
wherever the best run lies.
"""

from __future__ import annotations

from declutter.textdump import words as w
from declutter.textdump.label import HEADING_REASON, Label, ends_sentence
from declutter.textdump.lines import Unit
from declutter.textdump.select import PROSE, Span, scores
from declutter.textdump.slug import folded_words, slug_words

#: A headline line shares at least NAMED_SHARED words with the slug, which are at least
#: NAMED_LINE_SHARE of its own words and NAMED_SLUG_SHARE of the slug's.
NAMED_SHARED = 3
NAMED_LINE_SHARE = 0.75
NAMED_SLUG_SHARE = 0.6
#: A headline has at most this many words.
NAMED_MAX_WORDS = 30
#: The run under it scores at least NAMED_MIN_SCORE and holds NAMED_PARAGRAPHS paragraphs.
NAMED_MIN_SCORE = 40
NAMED_PARAGRAPHS = 2
#: The story's own header (byline, date) lies this many units under its headline.
HEADER_SPAN = 8
#: Units skipped from the headline to the story's first line: a photo, byline, date.
HEADER_LABELS = frozenset(
    {"byline", "dateline", "caption", "image", "decor", "share", "nav", "duplicate"}
)


def names_story(text: str, slug: frozenset[str]) -> bool:
    """The line is made of the slug's words: the headline the address names."""
    words = folded_words(text)
    shared = len(words & slug)
    return (
        shared >= NAMED_SHARED
        and shared >= NAMED_LINE_SHARE * len(words)
        and shared >= NAMED_SLUG_SHARE * len(slug)
    )


def naming_lines(units: list[Unit], url: str | None) -> list[int]:
    """Indexes of the lines made of the slug's words, each a headline the URL may name."""
    slug = slug_words(url)
    if len(slug) < NAMED_SHARED:
        return []
    return [
        h
        for h, u in enumerate(units)
        if not (u.bullet or u.links or not 0 < u.words <= NAMED_MAX_WORDS or ends_sentence(u.text))
        and names_story(u.text, slug)
    ]


def named_run(
    units: list[Unit], labels: list[Label], lines: list[int], heads: list[int]
) -> Span | None:
    """The best-scoring run of paragraphs right under a headline the URL names (one of
    ``lines``, `naming_lines`), or None.

    A run ends at the next headline + date header of ``heads`` (the headline printed
    again over a box of story cards gives its card's blurb, not the box).
    """
    best: Span | None = None
    best_score = NAMED_MIN_SCORE - 1
    for h in lines:
        stop = next((k for k in heads if k > h + HEADER_SPAN), len(units))
        run = _run_under(units, labels, h + 1, stop)
        if run is not None and run[1] > best_score:
            best, best_score = run[0], run[1]
    return best


def headed_run(units: list[Unit], labels: list[Label], heads: list[int]) -> tuple[Span, int] | None:
    """The best-scoring run of paragraphs right under one of the headline + date ``heads``.

    A run ends at the next header: a list of story cards (headline, date, blurb)
    gives one blurb a card, never a run of paragraphs.
    """
    found = (
        _run_under(units, labels, h + 1, stop)
        for h, stop in zip(heads, [*heads[1:], len(units)], strict=False)
    )
    return max((r for r in found if r is not None), key=lambda r: r[1], default=None)


def _run_under(
    units: list[Unit],
    labels: list[Label],
    first: int,
    stop: int | None = None,
    paragraphs: int = NAMED_PARAGRAPHS,
) -> tuple[Span, int] | None:
    """The run starting under the headline (past its header), up to ``stop``, with its score
    and at least ``paragraphs`` paragraphs."""
    stop = len(units) if stop is None else stop
    while first < len(units) and (
        labels[first][0] in HEADER_LABELS or w.TAGS_PREFIX.match(units[first].text)
    ):
        first += 1
    if first >= stop or labels[first][0] not in PROSE:
        return None
    below = scores(units[first:stop], labels[first:stop])
    total, best, end = 0, 0, first
    for k, s in enumerate(below):
        total += s
        if total > best:
            best, end = total, first + k + 1
    found = [k for k in range(first, end) if labels[k][0] == "content"]
    if len(found) < paragraphs or best < NAMED_MIN_SCORE:
        return None
    return (found[0], end), best  # short lines before the first paragraph: widgets


def short_story(
    units: list[Unit], labels: list[Label], lines: list[int], heads: list[int], run: Span
) -> Span | None:
    """A story of one paragraph under its own headline, above a chosen ``run`` that is a box.

    A short post or a police report of one paragraph is too short for the
    runs above (NAMED_PARAGRAPHS), and the best run lies below it: a box of
    story cards (headers of its own inside it) or a tag cloud, a feed, a
    blurb past a section heading that closes the story.  The paragraph is the
    story when it sits under a headline the URL names (``lines``), or under a
    header standing alone, not one of a list of cards (`_in_stride`).
    """
    start, end = run
    carded = any(start <= h < end for h in heads)
    candidates = [(h, True) for h in lines if h < start]
    candidates += [(h, False) for h in heads if h < start]
    best: tuple[Span, int] | None = None
    for h, named in candidates:
        stop = next((k for k in heads if k > h + HEADER_SPAN), len(units))
        found = _run_under(units, labels, h + 1, min(stop, start), paragraphs=1)
        if found is None or (not named and _in_stride(heads, h, found[0][1])):
            continue
        closed = any(labels[k][1].startswith(HEADING_REASON) for k in range(found[0][1], start))
        if (carded or closed) and (best is None or found[1] > best[1]):
            best = found
    return best[0] if best is not None else None


#: A card's header has the next (or last) card's within its own length and this many units.
CARD_GAP = 2


def _in_stride(heads: list[int], h: int, end: int) -> bool:
    """Header ``h`` over text ending at ``end`` is a card's: another header lies within the
    card's own length (+ CARD_GAP) above or below it, cards printed one after the other."""
    reach = end - h + CARD_GAP
    return any(k != h and h - reach <= k <= end + CARD_GAP for k in heads)
