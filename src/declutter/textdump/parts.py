"""Labelled units -> the spans of the article: its run, and the parts that resume below.

A story broken by a "Most read" box, a gallery or a newsletter sign-up goes
on below it.  `select.choose` finds the best run; here later runs join it
when they are near, made of paragraphs, and about the same things.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from declutter.textdump.label import Label
from declutter.textdump.lines import Unit
from declutter.textdump.select import Span, best_run, choose, run_sum, scores

#: A later part of the story starts within PART_GAP units of the last part (and is
#: looked for in the PART_LOOK units after that), scores PART_MIN_SCORE and has this
#: share of paragraphs among its units.
PART_GAP = 40
PART_LOOK = 60
PART_MIN_SCORE = 40
PART_PROSE_SHARE = 0.6
#: ... and this share of its words (of SHARED_WORD_CHARS or more) in the run.
PART_SHARED_WORDS = 0.2
SHARED_WORD_CHARS = 4
_LONG_WORD = re.compile(rf"\w{{{SHARED_WORD_CHARS},}}")


def article_spans(units: list[Unit], labels: list[Label]) -> list[Span]:
    """The article's run, then the parts of it that resume after inline boxes.

    A story broken by a "Most read" box or a gallery goes on below it: a
    later run joins when it starts within PART_GAP units of the last part,
    scores PART_MIN_SCORE, is mostly paragraphs (a teaser list alternates
    titles and blurbs; a story's second half is paragraph after paragraph)
    and speaks of the same things: PART_SHARED_WORDS of its words are in the
    run (a newsletter blurb, a disclaimer or a podcast promo share few).
    """
    start, end = choose(units, labels)
    if start == end:
        return []
    spans = [(start, end)]
    prose_scores = scores(units, labels)
    story = _words(units[k].text for k in range(start, end) if labels[k][0] == "content")
    pos = end
    while pos < len(units):
        window = prose_scores[pos : pos + PART_GAP + PART_LOOK]
        found = best_run(window)
        if found is None:
            break
        a, b = found[0] + pos, found[1] + pos
        paragraphs = [units[k].text for k in range(a, b) if labels[k][0] == "content"]
        if (
            a - pos > PART_GAP
            or run_sum(prose_scores, (a, b)) < PART_MIN_SCORE
            or len(paragraphs) < PART_PROSE_SHARE * (b - a)
            or _shared_words(paragraphs, story) < PART_SHARED_WORDS
        ):
            break
        spans.append((a, b))
        pos = b
    return spans


def _words(texts: Iterable[str]) -> set[str]:
    """Lower-cased words of at least SHARED_WORD_CHARS characters."""
    return {m.lower() for t in texts for m in _LONG_WORD.findall(t)}


def _shared_words(texts: list[str], story: set[str]) -> float:
    """Share of the words of ``texts`` that the story has."""
    words = _words(texts)
    return len(words & story) / len(words) if words else 0.0
