"""The headline of a dump as printed: what tells it from teasers, captions and widgets."""

from __future__ import annotations

import pytest

from declutter.options import DEFAULT
from declutter.textdump import extract_dump
from declutter.textdump.context import first_labels
from declutter.textdump.headline import find_title
from declutter.textdump.lines import split_units
from declutter.textdump.select import choose
from declutter.textdump.slug import folded_words, slug_words

PARA = (
    "The council approved the new library plan on Tuesday after a long debate, and work on the "
    "first of the seven branches is due to start early next year, officials said."
)
PARA2 = (
    "Opposition members argued that the money should first go to the leisure centre roof, "
    "which has leaked since last winter, but their amendment was defeated by twelve votes."
)


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def title_of(text: str, url: str | None = None) -> str | None:
    meta, _ = extract_dump(text, url=url, options=DEFAULT)
    return meta.title


def test_slug_words_come_from_the_path_segment_that_names_the_story() -> None:
    url = "https://news.example.org/2019/11/20/council-backs-library-plan-after-debate.html?x=1"
    assert slug_words(url) == {"council", "backs", "library", "plan", "after", "debate"}
    assert slug_words("https://example.org/news/article.php?id=4410") == frozenset()
    assert slug_words(None) == frozenset()


def test_words_are_compared_without_case_or_accents() -> None:
    assert folded_words("Zürich Öffnet") == {"zurich", "offnet"}


BOXED = dump(
    "Library plan backed",
    "",
    "Seven branches to reopen by the summer",
    "",
    "[photo]",
    "",
    PARA,
    "",
    PARA2,
)


def test_the_line_made_of_the_slug_words_is_the_headline() -> None:
    url = "https://news.example.org/2019/11/20/library-plan-backed/"
    assert title_of(BOXED) == "Seven branches to reopen by the summer"
    assert title_of(BOXED, url) == "Library plan backed"


SUBTITLED = dump(
    "Library plan backed after long debate",
    "",
    "Seven branches will reopen by the summer, with longer hours",
    "",
    "By Jane Roe",
    "",
    PARA,
    "",
    PARA2,
)


def test_the_headline_is_printed_over_its_longer_subtitle() -> None:
    assert title_of(SUBTITLED) == "Library plan backed after long debate"


@pytest.mark.parametrize(
    "above",
    [
        "Library plan news",  # a kicker: three words or fewer
        "Weather warning for the weekend",  # speaks of words the story's lead has not
    ],
)
def test_a_line_over_the_headline_that_is_no_headline_stays_above_it(above: str) -> None:
    headline = "Seven branches will reopen by the summer, with longer hours"
    text = dump(above, "", headline, "", "By Jane Roe", "", PARA, "", PARA2)
    assert title_of(text) == headline


@pytest.mark.parametrize(
    "trail",
    [
        "Home News Council backs library plan after debate",
        "Library news Council backs library plan after debate",
    ],
)
def test_the_headline_printed_alone_below_its_line_with_a_trail(trail: str) -> None:
    text = dump(
        trail, "", "Council backs library plan after debate", "", "[photo]", "", PARA, "", PARA2
    )
    assert title_of(text) == "Council backs library plan after debate"


def test_a_headline_speaks_of_its_story_a_teaser_of_another() -> None:
    text = dump(
        "Council backs library plan after debate",
        "",
        "Storm closes the coast road for a second day",
        "",
        "[photo]",
        "",
        PARA,
        "",
        PARA2,
    )
    assert title_of(text) == "Council backs library plan after debate"


@pytest.mark.parametrize(
    "widget",
    [
        "Search this site for: [                    ]",
        "Archives [Select Month ]",
        "Home » News » Local government",
        "Home > Local news > Council backs library plan",
        "Local news › Council backs library plan ›",
    ],
)
def test_a_search_box_or_a_breadcrumb_trail_is_no_headline(widget: str) -> None:
    text = dump("Library plan backed by council", "", widget, "", PARA, "", PARA2)
    units, _ = split_units(text)
    labels = first_labels(units)
    start, _ = choose(units, labels)
    found = find_title(units, labels, start)
    assert found is not None
    assert units[found].text == "Library plan backed by council"


def test_a_headline_worded_as_prose_that_opens_the_run_is_the_title() -> None:
    headline = "Council approves the new library plan after a long debate on Tuesday night"
    text = dump("Menu", "", headline, "", PARA, "", PARA2)
    meta, blocks = extract_dump(text, url=None, options=DEFAULT)
    assert meta.title == headline
    assert next(b.text for b in blocks if b.kept) == headline  # printed there, kept there


def test_a_lead_paragraph_is_no_title() -> None:
    text = dump("Menu", "", PARA, "", PARA2)
    assert title_of(text) is None


def test_two_words_of_the_slug_make_a_headline() -> None:
    text = dump("Menu", "", "Leadership Styles", "", "Contact us", "", PARA, "", PARA2)
    assert title_of(text) is None
    assert title_of(text, "https://blog.example.com/business/leadership-styles-explained/") == (
        "Leadership Styles"
    )


def test_a_headline_over_the_date_is_no_name_when_the_slug_says_so() -> None:
    text = dump("Swimming Championships POSTPONED", "01.02.2022 News", "", PARA, "", PARA2)
    assert title_of(text) is None  # reads as a name over a date
    url = "https://swim.example.org/swimming-championships-postponed/"
    assert title_of(text, url) == "Swimming Championships POSTPONED"


def test_a_headline_in_german_quotes_is_a_headline() -> None:
    text = dump("» Mehr Nachrichten", "", "»Das Geld reicht nicht«", "", PARA, "", PARA2)
    assert title_of(text) == "»Das Geld reicht nicht«"


def test_the_headline_has_more_of_the_slug_than_a_line_retelling_it() -> None:
    headline = "Council backs library plan after long night of debate"
    text = dump(headline, "", "Council plan for the library wins after vote", "", PARA, "", PARA2)
    url = "https://news.example.org/council-backs-library-plan-after-long-night-of-debate"
    assert title_of(text, url) == headline


def test_an_umlaut_spelled_out_in_the_address_folds_like_the_printed_one() -> None:
    url = "https://example.org/2024/03/12/stadtwerke-erhoehen-speicherkapazitaet/"
    assert folded_words("Stadtwerke erhöhen Speicherkapazität") == slug_words(url)


@pytest.mark.parametrize(
    "above", ["Home » News » Council backs library plan", "2. Council backs library plan"]
)
def test_a_line_a_trail_or_a_contents_list_ends_with_is_printed_twice(above: str) -> None:
    text = dump(
        above,
        "",
        "Council backs library plan",
        "",
        "By Jane Roe",
        "",
        "Seven new branches and their longer opening hours",
        "",
        PARA,
        "",
        PARA2,
    )
    assert title_of(text) == "Council backs library plan"
    alone = text.replace(above, "Weather warning for the weekend")
    assert title_of(alone) == "Seven new branches and their longer opening hours"


GLUED = dump(
    "Vote ends months of delay",
    "",
    "By Jane Roe",
    "",
    "Seven branches to reopen by the summer",
    "Opening hours of the seven branches",
    "",
    PARA,
    "",
    PARA2,
)


def test_a_headline_stands_between_blank_lines_not_glued_to_a_box() -> None:
    assert title_of(GLUED) == "Vote ends months of delay"


def test_a_dump_without_blank_lines_still_has_a_headline() -> None:
    assert title_of(dump("Vote ends delay", PARA, PARA2)) == "Vote ends delay"


def test_two_words_alone_right_above_the_story_are_its_headline() -> None:
    assert title_of(dump("Library Plans", "", "[photo]", "", PARA, "", PARA2)) == "Library Plans"
    # two words further up, or in a dump without blank lines, are a label or a menu item
    assert title_of(dump("Library Plans", "", "Contact us", "", PARA, "", PARA2)) is None
    assert title_of(dump("Library Plans", PARA, PARA2)) is None


def test_a_headline_ending_in_a_full_stop_above_the_byline_is_the_title_when_no_other() -> None:
    headline = "Council backs the library plan at last."
    text = dump("Menu", "", headline, "", "By Jane Doe", "", "March 3, 2008", "", PARA, "", PARA2)
    assert title_of(text) == headline
    # ... but a heading-like line above it wins: a summary or a tagline ends in a full stop too
    text = dump(
        "Library plan backed by council", "", headline, "", "By Jane Doe", "", PARA, "", PARA2
    )
    assert title_of(text) == "Library plan backed by council"


ALT_TEXT = dump(
    "Council backs library plan",
    "",
    "Seven branches will reopen by the summer, officials said.",
    "",
    "By Jane Roe",
    "",
    "Wednesday 20 November 2019 11:42",
    "",
    "The council approved the new library plan on Tuesday after a long debate",
    "",
    "Image: The council approved the new library plan on Tuesday after a long debate",
    "",
    PARA,
    "",
    PARA2,
)


def test_an_image_alt_text_printed_again_in_a_labelled_caption_is_not_the_headline() -> None:
    assert title_of(ALT_TEXT) == "Council backs library plan"
    credited = ALT_TEXT.replace("Image: The council", "The council").replace(
        "a long debate\n\n" + PARA, "a long debate (Photo: AP)\n\n" + PARA
    )
    alt = "The council approved the new library plan on Tuesday after a long debate"
    assert title_of(credited) == "Council backs library plan"  # alt text, then with its credit
    assert alt not in [title_of(credited.replace("Council backs library plan\n", ""))]


ROUNDUP = (
    "Palm Bay (1-0): Tolivert 25 points, Davis 17 points and Burgher 10 points as the Pirates "
    "pulled away from Rockledge in the second quarter and never looked back at home."
)
SCORES = dump(
    "High School Roundup: Viera stays unbeaten",
    "",
    "Jane Roe Florida Today",
    "Published 2:16 AM EST Nov 20, 2019",
    "",
    "[photo]",
    "Soccer ball on grass",
    "Getty Images",
    "",
    "GIRLS BASKETBALL",
    "",
    "Palm Bay d. Rockledge 70-44",
    "",
    "Rockledge 14 11 6 15 — 44",
    "",
    "Palm Bay 18 22 13 17 — 70",
    "",
    ROUNDUP,
    "",
    PARA2,
)


def test_a_row_of_a_table_of_figures_is_not_the_headline() -> None:
    assert title_of(SCORES) != "Palm Bay 18 22 13 17 — 70"
    named = SCORES.replace(
        "Palm Bay 18 22 13 17 — 70", "Palm Bay beats Rockledge 70-44 in 2019 opener"
    )
    assert (
        title_of(named) == "Palm Bay beats Rockledge 70-44 in 2019 opener"
    )  # two numbers of eight


PAIR = dump(
    "News",
    "",
    "Summer fete",
    "",
    "Events",
    "",
    "06.05.2018",
    "",
    PARA,
    "",
    PARA2,
)


def test_two_words_alone_above_the_date_are_the_headline_when_no_other_line_is() -> None:
    assert title_of(PAIR) == "Summer fete"
    other = PAIR.replace("News\n", "Library plan backed after debate\n")
    assert title_of(other) == "Library plan backed after debate"


BULLETED = dump(
    "Notes from the workshop",
    "",
    "Small tools for careful people",
    "[          ][Search]",
    "  • Council backs the library plan",
    "",
    "    Posted by Jane Roe 21.10.2019",
    "",
    PARA,
    "",
    PARA2,
)


def test_a_list_of_one_bulleted_item_over_the_byline_is_the_headline() -> None:
    assert title_of(BULLETED) == "Council backs the library plan"
    teasers = BULLETED.replace(
        "  • Council backs", "  • Leisure centre roof still leaks\n  • Council backs"
    )
    assert title_of(teasers) != "Council backs the library plan"  # an item of a list of teasers


REPEATED_OVER_SUBTITLE = dump(
    "Home",
    "",
    "Weekend fixtures moved again",
    "",
    "Photo: Club archive",
    "",
    "21.10.2019",
    "",
    "Weekend fixtures moved again",
    "",
    "Seven branches will reopen by the summer, with longer hours for readers",
    "",
    PARA,
    "",
    PARA2,
)


def test_a_headline_printed_twice_is_the_headline_over_its_subtitle() -> None:
    assert title_of(REPEATED_OVER_SUBTITLE) == "Weekend fixtures moved again"
    once = REPEATED_OVER_SUBTITLE.replace("Weekend fixtures moved again\n\nPhoto", "Photo")
    assert title_of(once) != "Weekend fixtures moved again"  # once, and not of the story's lead


ALT_AND_CAPTION = dump(
    "Weekend roundup: votes, delays and a surprise ending",
    "",
    "Councillors vote on the new library plan in the town hall on Tuesday",
    "",
    "Councillors vote on the new library plan in the town hall on Tuesday - Photo: Jane Roe",
    "",
    PARA,
    "",
    PARA2,
)


def test_an_image_alt_text_printed_again_with_its_credit_is_not_the_headline() -> None:
    assert title_of(ALT_AND_CAPTION) == "Weekend roundup: votes, delays and a surprise ending"
    kicker = dump("Library", "Library plan backed by the council", "", PARA, "", PARA2)
    assert title_of(kicker) == "Library plan backed by the council"  # a kicker over it
