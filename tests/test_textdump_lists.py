"""Text dumps: lists printed by a text browser, and the boxes of headlines around a story."""

from __future__ import annotations

from declutter.options import DEFAULT
from declutter.textdump import extract_dump
from declutter.textdump.context import first_labels
from declutter.textdump.lines import split_units
from declutter.textdump.select import LINE_COST, scores

STORY = [
    f"The new ferry made its first crossing of the bay at {n} o'clock on Monday "
    f"morning, carrying {n * 10} passengers and the mayor, who called the service overdue."
    for n in range(4, 10)
]
BLURBS = [
    f"Headline number {n} about the county fair The organisers expect more visitors than ever "
    f"this year and have added a second car park next to the showground, they said."
    for n in range(1, 6)
]


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def body(text: str) -> str:
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    return "\n\n".join(b.text for b in blocks if b.kept)


def test_a_list_mark_alone_takes_the_indented_line_below() -> None:
    units, _ = split_units(dump(" 1.", "    First item of the list", " 2.", "    Second item"))
    assert [(u.text, u.bullet) for u in units] == [
        ("First item of the list", True),
        ("Second item", True),
    ]


def test_a_list_mark_alone_keeps_a_line_that_is_not_indented() -> None:
    units, _ = split_units(dump("  •", "Share this story"))
    assert [u.text for u in units] == ["•", "Share this story"]


def test_items_under_a_section_heading_never_resume_the_story() -> None:
    items = [x for n, b in enumerate(BLURBS, 1) for x in (f" {n}.", f"    {b}")]
    text = dump(*STORY, "", "Most Read", "", *items)
    units, _ = split_units(text)
    got = scores(units, first_labels(units))
    assert got[len(STORY) + 1 :] == [-LINE_COST] * len(BLURBS)
    assert body(text) == "\n\n".join(STORY)
