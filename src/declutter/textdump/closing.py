"""Final labels -> the same, with calls to action at the ends of the kept text dropped,
and the kept lines below the story's closing share buttons.

The HTML path's rule (`body.closing.closing_calls`) on dump lines: the short
kept lines after the story's last long one, or before its first, that ask the
reader to do something ("Follow The Gleaner on Twitter ...", "Join our
forums ...", "Letters to the editor ...") are page furniture, not the story.
The patterns and the walk are the HTML path's own (`body.closing.calls_at_the_ends`).

A story ends with its share buttons or a note on its author, as the HTML
path's article ends with its tag list or author bio (`body.closing.after_the_end`):
what the run kept below them is the site's blurb, other stories, a comment form.
"""

from __future__ import annotations

from functools import lru_cache

from declutter.body import textrules
from declutter.body.classify import FURNITURE_TEXT_MAX_CHARS, normal
from declutter.body.closing import calls_at_the_ends
from declutter.textdump.boxes import CARD_MARKS
from declutter.textdump.label import Label
from declutter.textdump.lines import Unit


def closing_calls(units: list[Unit], labels: list[Label]) -> list[Label]:
    """Kept lines shorter than CALL_MAX_CHARS at either end of the kept text that call
    the reader to act, relabelled ``newsletter`` (or ``related`` for a pointer to
    another story at the end); list items are passed over (a story's own list of steps).
    """
    return calls_at_the_ends([u.text for u in units], [u.bullet for u in units], labels)


#: Lines that close a story: its share buttons, a note on its author.
END_LABELS = frozenset({"share", "author-bio"})
#: ... when at least this share of the kept words is above them.
END_SHARE = 0.6


def after_the_end(units: list[Unit], labels: list[Label]) -> list[Label]:
    """Kept lines below the story's closing buttons (share buttons, a note on the author)
    are page furniture: the site's blurb, other stories, a comment form.

    The buttons close the story when END_SHARE of the kept words are above them, they
    follow the story's text without a section between, and no other such line (a live
    blog's entries each have their buttons) nor section heading comes below them:
    between and below, only marks (`boxes.CARD_MARKS`: images, dates, captions ...).
    """
    kept = [i for i, lab in enumerate(labels) if lab[0] == "content"]
    total = sum(units[i].words for i in kept)
    if not total:
        return labels
    read = 0
    prev = kept[0]
    for i in range(kept[0], kept[-1]):
        lab = labels[i][0]
        if lab == "content":
            read += units[i].words
            prev = i
            continue
        if lab not in END_LABELS or read < END_SHARE * total:
            continue
        bar = i
        while bar + 1 < len(units) and labels[bar + 1][0] in END_LABELS:
            bar += 1  # the rest of the button strip
        between = [labels[k][0] for k in range(prev + 1, i)]
        below = [labels[k][0] for k in range(bar + 1, kept[-1]) if labels[k][0] != "content"]
        if any(b not in CARD_MARKS | END_LABELS for b in between) or any(
            b not in CARD_MARKS for b in below
        ):
            return labels
        out = list(labels)
        for j in kept:
            if j > bar:
                out[j] = ("footer", f"after the story's end at line {units[i].line}")
        return out
    return labels


def furniture_lines(units: list[Unit], labels: list[Label]) -> list[Label]:
    """Kept lines that are whole the HTML path's furniture texts (`textrules.FURNITURE`:
    "Partager", "Artikel teilen", "Anzeige", "Load more" ...), relabelled."""
    out = labels
    for i, (lab, _) in enumerate(labels):
        if lab != "content" or len(units[i].text) > FURNITURE_TEXT_MAX_CHARS:
            continue
        words = normal(units[i].text)
        kind = _furniture_texts().get(words)
        if kind is not None:
            if out is labels:
                out = list(labels)
            out[i] = (kind, f"furniture text {words!r}")
    return out


@lru_cache(maxsize=1)
def _furniture_texts() -> dict[str, str]:
    return {
        text: "share" if label == "share" else "nav"
        for label, texts in textrules.FURNITURE.items()
        for text in texts
    }
