"""Layout columns in a dump: a menu printed left of the story, the story wrapped in its cell."""

from __future__ import annotations

import textwrap

from declutter.options import DEFAULT
from declutter.textdump import extract_dump
from declutter.textdump.columns import unfold_columns

STORY = (
    "The council approved the plan on Tuesday after a long debate, and work on the first "
    "of the seven branches is due to start early next year, officials said. Opposition "
    "members argued that the money should first go to the leisure centre roof, which has "
    "leaked since last winter, but their amendment was defeated by twelve votes. The library "
    "service will also open on Sunday afternoons from April, a change that readers asked for "
    "in last year's survey, and will hire four more staff to cover the hours."
)
MENU = ["Home", "News", "Sport", "Weather", "Letters", "Archive", "2010 October", "2010 November"]


def side_by_side(left: list[str], right: list[str], column: int) -> list[str]:
    """Lines with ``right`` printed from ``column`` on."""
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        out.append((a + " " * (column - len(a)) + b).rstrip() if b else a)
    return out


def test_a_menu_left_of_the_story_is_read_before_it_and_the_story_joined() -> None:
    story = textwrap.wrap(STORY, 36)
    lines, origin = unfold_columns(side_by_side(MENU, story, 24))
    assert STORY in lines
    assert " ".join(lines[: lines.index(STORY)]).split() == " ".join(MENU).split()
    assert origin[lines.index(STORY)] == 0  # the story's first line


def test_the_story_beside_a_menu_is_the_body() -> None:
    story = textwrap.wrap(STORY, 36)
    text = "\n".join(side_by_side(MENU, story, 24)) + "\n"
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    assert [b.text for b in blocks if b.kept] == [STORY]
