"""Final labels + the story's spans -> lines printed twice, sorted out.

A page prints some lines twice: a standfirst above the story that is also its
paragraph, and lines a plan or recipe says each day, or a heading listed
above the story and printed again over its paragraph (kept where the story
says them).  `context.first_labels` has already called every repeat a
duplicate; here the story's own repeats are taken back.
"""

from __future__ import annotations

import re

from declutter.textdump.context import ADJACENT
from declutter.textdump.label import Label, ends_sentence, label_unit
from declutter.textdump.lines import Unit
from declutter.textdump.select import PROSE, RESUME_WORDS

#: A short line (words, min and max) said again in the story away from pictures is the
#: story's ("Before the run" each day of a plan); a longer one only in a run of repeats.
SAID_AGAIN_WORDS = (2, 8)
#: Reason of a first print taken for a list's copy; over a paragraph in the story and
#: said again there, it is a heading the story repeats (one word printed again and again,
#: "Screenshot", stays furniture).
REPEATED_HEADING = "listed again"
_WORD = re.compile(r"\w+")


def story_copies(units: list[Unit], labels: list[Label], inside: list[bool]) -> list[Label]:
    """Lines printed twice that the story means twice, and paragraphs first printed outside it.

    A standfirst printed above the story repeats a paragraph of it: the
    repeat inside the story, a sentence of RESUME_WORDS words or more, is the
    one to keep (a headline repeated is not a paragraph).  Inside the story,
    a plan or a recipe says its lines again (`_said_again`), and a heading
    over a paragraph printed again over another paragraph is no table of
    contents listing it.
    """
    first: dict[str, int] = {}
    out = list(labels)
    for i, u in enumerate(units):
        f = first.setdefault(u.text, i)
        if f < i and inside[i] and _heading_over_paragraph(out, inside, f):
            out[f] = ("content", f"heading said again at line {u.line}")
        if _said_again(units, out, inside, f, i):
            out[i] = ("content", f"said again inside the story (line {units[f].line})")
            continue
        if (
            f < i
            and inside[i]
            and not inside[f]
            and out[i][0] == "duplicate"
            and label_unit(u)[0] == "content"
            and u.words >= RESUME_WORDS
            and ends_sentence(u.text)
        ):
            out[i] = ("content", f"printed first outside the story at line {units[f].line}")
    return out


def _heading_over_paragraph(labels: list[Label], inside: list[bool], f: int) -> bool:
    """Line ``f``, taken for a list's copy, is a heading over a paragraph of the story."""
    return (
        inside[f]
        and labels[f][1].startswith(REPEATED_HEADING)
        and f + 1 < len(labels)
        and labels[f + 1][0] == "content"
        and inside[f + 1]
    )


def _said_again(units: list[Unit], labels: list[Label], inside: list[bool], f: int, i: int) -> bool:
    """Line ``i`` repeats line ``f``, both in the story and away from pictures.

    A meal plan prints each day with the same short lines ("Before the run",
    "Eat every 2-3 hours": SAID_AGAIN_WORDS) and repeats longer ones in runs
    (a whole meal again); an image's alt text printed again between
    paragraphs (no placeholder left) is a longer line repeated alone, and an
    alt text and its caption repeat each other right next to the image.
    """
    if not (
        f < i - ADJACENT
        and inside[i]
        and inside[f]
        and labels[f][0] == "content"
        and labels[i][1].startswith("repeats line")
        and label_unit(units[i])[0] in PROSE
    ):
        return False
    around = [
        k for j in (f, i) for k in range(j - ADJACENT, j + ADJACENT + 1) if 0 <= k < len(units)
    ]
    if any(labels[k][0] in ("image", "caption") or units[k].images for k in around):
        return False
    if SAID_AGAIN_WORDS[0] <= units[i].words <= SAID_AGAIN_WORDS[1]:
        return True
    return any(
        labels[k][0] == "duplicate" or labels[k][1].startswith("said again")
        for k in (i - 1, i + 1)
        if 0 <= k < len(units)
    )
