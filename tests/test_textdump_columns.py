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


SIDEBAR = [
    "Council tax to rise",
    "by three per cent",
    "",
    "Bypass opens after",
    "two years of work",
    "",
    "Readers' letters on",
    "the new car park",
    "",
    "Weekend weather: rain",
    "clearing by Sunday",
    "",
    "School run changes",
    "start in September",
]


def three_columns(menu: list[str], story: list[str], sidebar: list[str]) -> list[str]:
    """A 2008-style page: a menu cell, the story wrapped in its cell, a sidebar cell."""
    return side_by_side(side_by_side(menu, story, 24), sidebar, 24 + 38)


def test_a_sidebar_beside_a_story_longer_than_it_is_read_after_the_story() -> None:
    story = textwrap.wrap(STORY, 36)
    assert len(story) > len(SIDEBAR)  # the sidebar never runs on alone
    lines, _ = unfold_columns(three_columns(MENU, story, SIDEBAR))
    assert STORY in lines
    assert "Council tax to rise by three per cent" in lines
    assert lines.index(STORY) < lines.index("Council tax to rise by three per cent")


def test_a_story_line_filling_its_cell_is_cut_from_the_sidebar_one_space_on() -> None:
    story = textwrap.wrap(STORY, 36)
    story[1] = story[1].ljust(37, "x")  # runs up to the sidebar's column but for one space
    lines, _ = unfold_columns(three_columns(MENU, story, SIDEBAR))
    assert not any("x Council" in ln for ln in lines)
    assert "Council tax to rise by three per cent" in lines


def test_a_full_width_line_below_the_columns_is_not_cut_at_a_single_space() -> None:
    story = textwrap.wrap(STORY, 36)
    below = "Comments are closed for this story, but you can write to the letters editor instead."
    lines, _ = unfold_columns([*three_columns(MENU, story, SIDEBAR), "", below])
    assert below in lines


def test_a_wide_data_table_keeps_its_rows() -> None:
    rows = [
        f"{n:<4}{name:<22}{first:<12}{motif:<70}{'C3+C5':<9}{'155 x 96':<11}{1911 + n % 3}"
        for n, (name, first, motif) in enumerate(
            [
                ("AKERMAN", "Robert", "A man felling a tree with an axe, insects and a falcon"),
                ("AKERMAN", "Sigrid", "Slender hands playing a large harp by the sea at dusk"),
                ("ALMQVIST", "Anna", "A rider with a banner handing a cloth to a kneeling figure"),
                ("AMMANN", "August", "A library table with books, a vase, a violin and a pen"),
                ("ANDERSEN", "Karl", "A ship under full sail passing a lighthouse in a storm"),
                ("ARNOLD", "Minna", "Same motif as number four, but without the border"),
                ("BAUER", "Fritz", "A sphinx, an owl and a small lyre player on a large head"),
                ("BECK", "Hanna", "A garden gate under roses, a cat asleep on the steps"),
                ("BERG", "Olaf", "Same motif as number eight, other technique and size"),
            ]
        )
    ]
    lines, _ = unfold_columns(rows)
    assert lines == rows


def test_one_word_menu_items_left_of_the_story_stay_one_a_line() -> None:
    # "World" + "Business" would not fit in the cell's widest line ("Entertainment"),
    # yet a one-word line is a menu item, not a line wrapped at the cell's edge
    menu = ["Home", "World", "Business", "Entertainment", "Health", "Science"]
    lines, _ = unfold_columns(side_by_side(menu, textwrap.wrap(STORY, 36), 24))
    assert lines[: len(menu)] == menu
    assert STORY in lines
