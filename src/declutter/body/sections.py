"""Segments -> the blocks under headings that open a boilerplate section.

A heading such as "Most Read", "27 Comments", "Lesen Sie auch" or
"Leserkommentare" (matched against `rules.HEADING_WORDS`), or "More <words>
stories" (`textrules.MORE_STORIES_HEADING`), labels itself and
the blocks after it, until a heading of the same or higher level, or until
the blocks leave the element that holds the heading and what follows it (so
a "Related" box ends with its box).  Sections of lists (related, most read,
share, tags ...) open only over a block of links and end at the first
paragraph of prose; comment and bio sections hold prose.  A short untagged
line that reads like a heading opens a list section too, as the lowest level
(a prose section only when it is all the line: "Kommentare: 1" in a meta
line is a counter, not a heading).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from declutter.body import rules, textrules
from declutter.body.classify import Verdict, normal
from declutter.body.segment import Frame, Segment

#: Headings longer than this are titles, not section labels.
MAX_HEADING_CHARS = 60
#: An untagged line this short, without closing punctuation, reads as a heading.
MAX_PSEUDO_HEADING_CHARS = 60
#: Level given to such a line: below every real heading.
PSEUDO_LEVEL = 7
#: ... and only when the block after it is at least this much link text.
PSEUDO_LINK_DENSITY = 0.5
#: A list section ends at the first block of prose: this long, this few links.
MIN_PROSE_CHARS = 80
MAX_PROSE_LINK_DENSITY = 0.2
#: A phrase longer than this also matches the first words of a heading.
MIN_PREFIX_CHARS = 6
#: A one-word phrase this long also matches as the end of a compound word
#: ("Leserkommentare" ends with "kommentare").
MIN_COMPOUND_TAIL = 8

_COUNT = re.compile(r"^\d+\s+|\s+\d+$|\(\d+\)")
#: "Kommentare: 1": a label and its count, not a heading.
_COUNTER = re.compile(r":\s*\d+$")


@dataclass(frozen=True)
class _Open:
    label: str
    level: int
    reason: str
    scope: Frame | None


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    return {phrase: label for label, ps in rules.HEADING_WORDS.items() for phrase in ps}


@lru_cache(maxsize=1)
def _more_stories() -> re.Pattern[str]:
    return re.compile(textrules.MORE_STORIES_HEADING)


@lru_cache(maxsize=1)
def _compound_tails() -> tuple[str, ...]:
    return tuple(p for p in _phrases() if " " not in p and len(p) >= MIN_COMPOUND_TAIL)


def heading_section(seg: Segment) -> tuple[str, str, bool] | None:
    """Label a heading-like block opens, the words saying so, and if they are all of it.

    The heading matches a phrase whole, by its first words (phrases longer
    than `MIN_PREFIX_CHARS`), or, for one-word headings, by a long phrase
    ending it.
    """
    if len(seg.text) > MAX_HEADING_CHARS:
        return None
    words = normal(_COUNT.sub(" ", seg.text))
    if not words:
        return None
    phrases = _phrases()
    if words in phrases:
        return phrases[words], words, True
    parts = words.split()
    for n in range(len(parts) - 1, 0, -1):
        head = " ".join(parts[:n])
        if len(head) > MIN_PREFIX_CHARS and head in phrases:
            return phrases[head], head, False
    if len(parts) == 1 and words.endswith(_compound_tails()):
        tail = next(t for t in _compound_tails() if words.endswith(t))
        return phrases[tail], tail, False
    if _more_stories().match(words):
        return "related", words, True
    return None


def heading_level(seg: Segment) -> int:
    """1..6 for headings, `PSEUDO_LEVEL` for heading-like lines, 0 otherwise."""
    if seg.heading_level:
        return seg.heading_level
    text = seg.text
    if (
        seg.kind == "p"
        and len(text) <= MAX_PSEUDO_HEADING_CHARS
        and not text.endswith((".", ","))
        and seg.link_density < PSEUDO_LINK_DENSITY
    ):
        return PSEUDO_LEVEL
    return 0


def boilerplate_sections(segs: Sequence[Segment]) -> dict[int, Verdict]:
    """Index -> verdict for every section heading and the blocks under it."""
    out: dict[int, Verdict] = {}
    section: _Open | None = None
    for i, seg in enumerate(segs):
        level = heading_level(seg)
        if section is not None and (
            (level and level <= section.level)
            or not _within(seg, section.scope)
            or (section.label not in rules.PROSE_SECTIONS and _prose(seg))
        ):
            section = None
        if level:
            found = heading_section(seg)
            if found is not None and (
                (
                    found[0] in rules.PROSE_SECTIONS
                    and (level < PSEUDO_LEVEL or (found[2] and not _COUNTER.search(seg.text)))
                )
                or _links_follow(segs, i)
            ):
                scope = _scope(seg, segs[i + 1]) if i + 1 < len(segs) else None
                section = _Open(found[0], level, f"under heading {found[1]!r}", scope)
                out[i] = (found[0], f"section heading {found[1]!r}")
                continue
            if found is not None and section is None:
                out[i] = (found[0], f"heading {found[1]!r} over no list")
                continue
        if section is not None:
            out[i] = (section.label, section.reason)
    return out


def _prose(seg: Segment) -> bool:
    return len(seg.text) >= MIN_PROSE_CHARS and seg.link_density < MAX_PROSE_LINK_DENSITY


def _links_follow(segs: Sequence[Segment], i: int) -> bool:
    """A list section (related, most read ...) opens only over links."""
    return i + 1 < len(segs) and segs[i + 1].link_density >= PSEUDO_LINK_DENSITY


def _scope(heading: Segment, after: Segment) -> Frame | None:
    """The innermost element holding both the heading and the block after it."""
    common = None
    for a, b in zip(heading.chain, after.chain, strict=False):
        if a.element is not b.element:
            break
        common = a
    return common


def _within(seg: Segment, scope: Frame | None) -> bool:
    if scope is None:
        return True
    depth = scope.depth
    return len(seg.chain) > depth and seg.chain[depth].element is scope.element
