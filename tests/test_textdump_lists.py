"""Text dumps: lists printed by a text browser, and the boxes of headlines around a story."""

from __future__ import annotations

import pytest

from declutter.options import DEFAULT
from declutter.textdump import extract_dump
from declutter.textdump.boxes import tail_box
from declutter.textdump.context import first_labels
from declutter.textdump.label import section_heading
from declutter.textdump.lines import split_units
from declutter.textdump.select import LINE_COST, STORY_WORDS, scores

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


def test_a_bullet_alone_leaves_the_block_below_it_alone() -> None:
    units, _ = split_units(
        dump("  •", "    Card headline over a picture", "  •", "    Another card")
    )
    assert [(u.text, u.bullet) for u in units] == [
        ("•", False),
        ("Card headline over a picture", False),
        ("•", False),
        ("Another card", False),
    ]


def test_items_under_a_section_heading_never_resume_the_story() -> None:
    items = [x for n, b in enumerate(BLURBS, 1) for x in (f" {n}.", f"    {b}")]
    text = dump(*STORY, "", "Most Read", "", *items)
    units, _ = split_units(text)
    got = scores(units, first_labels(units))
    assert got[len(STORY) + 1 :] == [-LINE_COST] * len(BLURBS)
    assert body(text) == "\n\n".join(STORY)


HEADLINES = [
    "  • How a failed camera became the probe's best instrument",
    "  • The quiet rivalry to build the next Saturn orbiter",
    "  • Why the rings may be younger than the dinosaurs",
]


def test_a_box_of_headlines_inside_the_story_is_stepped_over() -> None:
    text = dump(*STORY[:3], "", "More on the Outer Planets", "", *HEADLINES, "", *STORY[3:])
    units, _ = split_units(text)
    labels = first_labels(units)
    assert labels[3][0] == "related"
    assert [lab[0] for lab in labels[4:7]] == ["teaser"] * 3
    assert body(text) == "\n\n".join(STORY)


def test_a_box_of_headlines_below_the_story_ends_it() -> None:
    bio = (
        "Jane Doe is a science reporter covering planetary science and space missions, "
        "and she was an editor at a magazine before that."
    )
    text = dump(*STORY, "", "Next Up In Science", "", *HEADLINES, "", bio)
    assert body(text) == "\n\n".join(STORY)


def test_a_list_of_sentences_under_a_heading_is_the_story() -> None:
    points = [
        "  • The ferry will run every twenty minutes at peak times.",
        "  • Bicycles travel free of charge until the end of the year.",
        "  • The old diesel boat will be kept as a reserve vessel.",
    ]
    text = dump(*STORY[:3], "", "More details", "", *points, "", *STORY[3:])
    units, _ = split_units(text)
    assert first_labels(units)[3][0] != "related"


def test_a_heading_without_a_box_word_over_headlines_is_left_alone() -> None:
    text = dump(*STORY[:3], "", "New contributors", "", *HEADLINES, "", *STORY[3:])
    units, _ = split_units(text)
    assert first_labels(units)[3][0] == "short"


@pytest.mark.parametrize(
    "text", ["More On:", "More Business News", "More from the Times", "Mehr aus Berlin"]
)
def test_more_headings_open_a_related_section(text: str) -> None:
    assert section_heading(text) == "related"


@pytest.mark.parametrize("text", ["More than a game", "More delays expected", "Moreover"])
def test_more_in_a_sub_heading_is_no_section(text: str) -> None:
    assert section_heading(text) is None


def test_a_table_of_contents_is_no_box_of_headlines() -> None:
    toc = ["  • How the ferry was built", "  • What the crossing costs", "  • Where it goes next"]
    units, _ = split_units(dump("Contents", *toc, *STORY))
    assert [lab[0] for lab in first_labels(units)[1:4]] == ["decor"] * 3


DISHES = [
    f"Dish number {n}: porridge made with oats and milk, topped with a sliced banana, "
    f"a spoon of peanut butter and {n} pinches of cinnamon"
    for n in range(1, 5)
]


def test_lines_a_plan_says_each_day_are_kept_each_day() -> None:
    days = [x for n in (1, 2) for x in (f"Day {n}", "", "Before the run", "", DISHES[n], "")]
    kept = body(dump(STORY[0], "", STORY[1], "", *days, STORY[2], "", STORY[3]))
    assert kept.count("Before the run") == 2


def test_a_line_repeated_alone_between_paragraphs_is_an_alt_text() -> None:
    alt = "Mountain hike survival kit with bottled water for the whole family #hydration"
    paras = [x for p in STORY for x in (p, "", alt, "")]
    assert alt not in body(dump(*paras))


def test_a_word_printed_again_and_again_stays_out() -> None:
    paras = [x for p in STORY for x in ("Screenshot", "", p, "")]
    assert "Screenshot" not in body(dump(*paras))


def test_the_headline_printed_again_over_story_cards_does_not_take_the_cards() -> None:
    blurbs = [
        f"Card {n}: the {topic} drew crowds all week, and the organisers, who had planned for "
        f"half as many, opened a second hall, extended the opening hours into the night and "
        f"asked volunteers from the neighbouring towns to help with the queues at the gates."
        for n, topic in enumerate(("county fair", "harvest market", "film week", "boat show"), 1)
    ]
    cards = [
        x
        for n, b in enumerate(blurbs, 1)
        for x in ("", f"Crowds return to the show number {n}", f"0{n}/05/2022 Sports", b)
    ]
    text = dump(
        "Ferry service opens across the bay",
        "",
        "By Jane Doe",
        "Published 03/05/2022",
        "",
        *STORY[:4],
        "",
        "Most Read",
        "",
        *(f"{n}. Short headline number {n}" for n in range(1, 13)),
        "",
        "03/05/2022 News",
        "Ferry service opens across the bay",
        STORY[0],
        *cards,
    )
    _, blocks = extract_dump(
        text, url="https://example.org/news/ferry-service-opens-across-bay", options=DEFAULT
    )
    kept = [b.text for b in blocks if b.kept]
    assert kept == STORY[:4]


@pytest.mark.parametrize(
    ("line", "bullet"),
    [
        ("14. Juni 2013 at 20:51", False),
        ("3. listopada 2019", False),
        (" 2. März ist ein guter Monat", True),
        (" 4. Add the flour", True),
    ],
)
def test_a_day_before_a_month_is_no_list_number(line: str, bullet: bool) -> None:
    units, _ = split_units(dump(line))
    assert units[0].bullet is bullet
    assert units[0].text[:1].isdigit() is not bullet


def test_short_lines_under_a_colon_after_the_story_are_its_list() -> None:
    got = body(
        dump(
            *[f"{p}\n" for p in STORY[:3]],
            "Key facts:",
            "",
            "first crossing at four",
            "forty passengers on board",
            "tickets from two euros",
            "",
            "Latest news",
            "",
            "Council backs library budget",
        )
    )
    assert got.endswith(
        "Key facts:\n\nfirst crossing at four\n\nforty passengers on board\n\n"
        "tickets from two euros"
    )
    assert "Council backs" not in got and "Latest news" not in got


def test_a_tags_label_under_the_story_announces_no_list() -> None:
    got = body(
        dump(
            *[f"{p}\n" for p in STORY[:3]],
            "Schlagworte:",
            "",
            "Harbour, Ferry, Council",
            "Bay, Transport",
            "Mayor",
        )
    )
    assert got.endswith(STORY[2])
    assert "Schlagworte" not in got and "Harbour, Ferry" not in got


def test_a_line_glued_under_the_colon_ends_the_sentence_not_a_list() -> None:
    got = body(
        dump(
            *[f"{p}\n" for p in STORY[:3]],
            "What remains is the certainty:",
            "a ferry is catching.",
            "",
            "Category: Harbour, news",
            "",
            "Follow us",
        )
    )
    assert "a ferry is catching." in got
    assert "Category" not in got


def test_the_lead_above_a_table_of_contents_opens_the_story() -> None:
    sections = ["When the ferry runs", "What a ticket costs", "Where it stops"]
    got = body(
        dump(
            "How to take the new ferry across the bay",
            "",
            "5 minute read",
            "",
            "The new ferry across the bay carries passengers and the mayor every morning, "
            "and this guide tells you when it runs, what a ticket costs and where it stops.",
            "",
            "Contents",
            "",
            *sections,
            "",
            *[f"{h}\n\n{p}\n" for h, p in zip(sections, STORY[:3], strict=True)],
        )
    )
    assert got.startswith("The new ferry across the bay carries passengers")
    assert "Contents" not in got


CARDS = [
    line
    for n, town in enumerate(("Harbourside", "Northbridge", "Lakeview"))
    for line in (
        "",
        f"{town} council approves a new timetable for the summer buses",
        f"The {town} line will run {n + 2} more services a day from June, the council said.",
    )
]


def test_a_box_of_headline_cards_closing_the_story_is_cut_whatever_its_heading() -> None:
    text = dump(*STORY, "", "Articles liés", *CARDS)
    assert body(text) == "\n\n".join(STORY)
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    heading = next(b for b in blocks if b.text == "Articles liés")
    assert heading.label == "related"
    assert "over a list of headlines" in heading.reason


def test_names_over_their_descriptions_closing_the_story_are_the_story() -> None:
    people = [
        line
        for name in ("Jane Doe", "Ann Smith", "Mary Jones")
        for line in (
            "",
            name,
            f"{name} has reported on the ferry service since it opened, and rode the first "
            "crossing with the mayor and the crew on Monday morning.",
        )
    ]
    text = dump(*STORY, "", "Our reporters", *people)
    assert "Mary Jones has reported" in body(text)


def test_results_under_a_date_closing_the_story_are_the_story() -> None:
    results = [
        "Harbourside beat Northbridge 6-0, 7-5 in the final",
        "Lakeview beat Eastport 6-4, 6-3 in the semi final",
        "Northbridge beat Westfield 7-6, 6-2 in the quarter final",
    ]
    units, _ = split_units(dump(*STORY, "", "November 1", "", *results))
    labels = first_labels(units)
    assert labels[6][0] != "related"
    assert tail_box(units, labels, 0, len(units), STORY_WORDS) is None
