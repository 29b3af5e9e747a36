"""Two neighbouring lines -> whether they are an image's alt text and its caption.

A browser dump prints a picture's alt text and then its caption, often
saying the same thing in other words: repeated with a credit added,
reworded, or (a figure of several images) one alt text per image above a
caption listed as a bullet.  `context.first_labels` asks here.
"""

from __future__ import annotations

import itertools
import re

from declutter.textdump.label import Label, ends_sentence
from declutter.textdump.lines import Unit
from declutter.textdump.select import PROSE

#: A line repeated below with a credit added has at least this many words.
CAPTION_PAIR_WORDS = 6
#: Two lines sharing this share of their word pairs say the same thing.
SIMILAR_PAIRS = 0.6
#: A line above a credited caption is its image's alt text when they share CAPTION_PAIRS of
#: their word pairs or open with the same OPENING_WORDS words ("A man walks past ...").
CAPTION_PAIRS = 0.3
OPENING_WORDS = 4
#: An image's alt text said again in a caption has at most ALT_WORDS words, ALT_PAIRS
#: of its word pairs in the caption, and one of these labels.
ALT_WORDS = 60
ALT_PAIRS = 0.2
ALT_LABELS = frozenset({"content", "short", "caption"})
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def alts_of_listed_caption(units: list[Unit], labels: list[Label], i: int) -> list[int]:
    """The alt texts around line ``i`` when it is a figure's caption printed as a list item.

    "Hori Parata at his farm." / "  • Hori Parata at his farm, where he ...": a
    lone list item whose words the lines right above it (one per image of the
    figure; and the one right below it) say again, each with ALT_PAIRS of
    its word pairs in the caption.  The caption is the story's, the alt texts
    are the images'.
    """
    u = units[i]
    lone = not units[i - 1].bullet and (i + 1 == len(units) or not units[i + 1].bullet)
    if not (u.bullet and lone and labels[i][0] in PROSE | {"caption"}):
        return []
    caption = _pairs(u.text)
    alts = []
    k = i - 1
    while k >= 0 and _alt_of(units[k], labels[k], caption):
        alts.append(k)
        k -= 1
    if i + 1 < len(units) and _alt_of(units[i + 1], labels[i + 1], caption):
        alts.append(i + 1)
    return alts


def _alt_of(unit: Unit, label: Label, caption: set[tuple[str, str]]) -> bool:
    """``unit`` is an image's alt text saying part of ``caption`` again."""
    if (
        unit.bullet
        or label[0] not in ALT_LABELS
        or not CAPTION_PAIR_WORDS <= unit.words <= ALT_WORDS
    ):
        return False
    pairs = _pairs(unit.text)
    return len(pairs & caption) >= ALT_PAIRS * len(pairs)


def caption_pair(units: list[Unit], labels: list[Label], i: int) -> bool:
    """Line ``i`` says again what the line above said: alt text, then the caption.

    Either it repeats it with something added (a credit, "... more"), or
    the second is a credited caption sharing CAPTION_PAIRS of their word pairs or
    their opening words, or it rewords it (SIMILAR_PAIRS shared) and the second is a
    credit line or one of them has no full stop (two paragraphs alike are a
    story's; list items differ in more words).
    """
    prev, text = units[i - 1].text, units[i].text
    if not (
        labels[i][0] in PROSE | {"caption"}
        and labels[i - 1][0] in PROSE
        and units[i - 1].words >= CAPTION_PAIR_WORDS
        and units[i].words >= CAPTION_PAIR_WORDS
    ):
        return False
    if len(text) > len(prev) and text.startswith(prev):
        return True
    if text.lower() == prev.lower() or (units[i].bullet and units[i - 1].bullet):
        return False  # the same line twice is a duplicate; two list items are a list
    a, b = _pairs(prev), _pairs(text)
    if labels[i][0] == "caption" and (
        len(a & b) >= CAPTION_PAIRS * len(a | b) or _opening(prev) == _opening(text)
    ):
        return True
    if len(a & b) < SIMILAR_PAIRS * len(a | b) or all(_DIGIT.search(" ".join(p)) for p in a ^ b):
        return False  # items numbered 4 and 5 are a list too
    return labels[i][0] == "caption" or not (ends_sentence(prev) and ends_sentence(text))


def _opening(text: str) -> list[str]:
    """The first OPENING_WORDS words, lower-cased."""
    return _WORD.findall(text.lower())[:OPENING_WORDS]


def _pairs(text: str) -> set[tuple[str, str]]:
    """Pairs of neighbouring words: two lines share them when they say the same in that order."""
    tokens = _WORD.findall(text.lower())
    return set(itertools.pairwise(tokens))
