"""Unit tests for the text-dump path, one per rule, on small hand-built dumps."""

from __future__ import annotations

import textwrap

import pytest

from declutter.model import Block
from declutter.options import DEFAULT
from declutter.textdump import extract_dump
from declutter.textdump.columns import unfold_columns
from declutter.textdump.context import first_labels
from declutter.textdump.header import read_header
from declutter.textdump.headline import find_title
from declutter.textdump.label import label_unit, section_heading
from declutter.textdump.lines import Unit, count_words, split_units, strip_tex, wrap_width
from declutter.textdump.parts import article_spans
from declutter.textdump.select import (
    HEADING_COST,
    LINE_COST,
    best_run,
    choose,
    header_end,
    scores,
    strip_read_more,
    unit_score,
)

PARA = (
    "The council approved the plan on Tuesday after a long debate, and work on the first "
    "of the seven branches is due to start early next year, officials said."
)
PARA2 = (
    "Opposition members argued that the money should first go to the leisure centre roof, "
    "which has leaked since last winter, but their amendment was defeated by twelve votes."
)

PARA3 = (
    "The library service will also open on Sunday afternoons from April, a change that readers "
    "asked for in last year's survey, and will hire four more staff to cover the hours."
)
PARA4 = (
    "Work on the central branch, the largest of the seven, will wait until the school holidays "
    "so that pupils who use its study rooms for exams are not disturbed by the builders."
)


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def body(text: str) -> str:
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    return "\n\n".join(b.text for b in blocks if b.kept)


def unit(text: str, **kw: object) -> Unit:
    return Unit(text=text, line=1, raw=text, words=count_words(text), **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- lines


def test_wrapped_lines_of_one_paragraph_are_joined() -> None:
    text = "\n\n".join(textwrap.fill(p, width=72) for p in (PARA, PARA2, PARA, PARA2))
    units, _ = split_units(text)
    assert [u.text for u in units] == [PARA, PARA2, PARA, PARA2]
    assert units[0].joined > 1


def test_unwrapped_dump_keeps_one_unit_per_line() -> None:
    lines = ["Short heading", PARA, "Another short line", PARA2]
    assert wrap_width(lines) is None
    units, _ = split_units("\n".join(lines))
    assert [u.text for u in units] == lines


def test_wrap_width_is_found_for_hard_wrapped_text() -> None:
    lines = textwrap.fill(PARA + " " + PARA2 + " " + PARA, width=60).split("\n")
    width = wrap_width(lines)
    assert width is not None
    assert 50 <= width <= 60


def test_short_line_after_a_wrapped_paragraph_is_not_joined() -> None:
    text = textwrap.fill(PARA + " " + PARA2, width=72) + "\nBy Jane Doe\n"
    units, _ = split_units(text + "\n" + textwrap.fill(PARA2 + " " + PARA, width=72))
    assert "By Jane Doe" in [u.text for u in units]


@pytest.mark.parametrize(
    "line", ["  • Politics", "* Politics", "  - Politics", "     + Politics", "  1. Politics"]
)
def test_bullet_markers_are_taken_off_and_remembered(line: str) -> None:
    units, _ = split_units(line)
    assert units[0].text == "Politics"
    assert units[0].bullet


def test_lynx_link_numbers_are_removed_and_counted() -> None:
    units, _ = split_units("   [12]Home [13]News")
    assert units[0].text == "Home News"
    assert units[0].links == 2


@pytest.mark.parametrize("line", ["[IMG]", "[image]", "[ferry-dock]", "[Screen-Shot-2018-07-02]"])
def test_image_placeholders_become_image_units(line: str) -> None:
    units, _ = split_units(line)
    assert units[0].text == ""
    assert units[0].images == 1
    assert label_unit(units[0])[0] == "image"


def test_lynx_references_list_is_cut_off() -> None:
    text = dump(
        PARA, "", "References", "", "   1. https://example.org/", "   2. https://example.org/a"
    )
    units, refs = split_units(text)
    assert [u.text for u in units] == [PARA]
    assert refs == 3


# ---------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Most Read", "most-read"),
        ("MOST VIEWED", "most-read"),
        ("Meistgelesen", "most-read"),
        ("Les plus lus", "most-read"),
        ("Top Stories", "most-read"),
        ("Related News", "related"),
        ("Lire aussi", "related"),
        ("More Videos from TBS", "video"),
        ("Comments", "comments"),
        ("Kommentare", "comments"),
        ("Top Rated Comments", "comments"),
        ("Comments (12)", "comments"),
        ("Artículos Relacionados", "related"),
        ("Související", "related"),
        ("About us", "footer"),
        ("About the author", "author-bio"),
    ],
)
def test_section_headings_in_several_languages(text: str, label: str) -> None:
    assert section_heading(text) == label


def test_a_sentence_is_not_a_section_heading() -> None:
    assert section_heading("Comments were closed after the vote.") is None


def test_comment_count_heading() -> None:
    assert label_unit(unit("34 responses to “Lynn: we needed this”"))[0] == "comments"


@pytest.mark.parametrize(
    "text",
    [
        "Share on Facebook",
        "Sign in",
        "Advertisement",
        "Skip to content",
        "Click to share on Twitter (Opens in new window)",
    ],
)
def test_page_furniture(text: str) -> None:
    assert label_unit(unit(text))[0] in ("nav", "share")


def test_lines_of_links_are_navigation() -> None:
    assert label_unit(unit("Home News Sport", links=3))[0] == "nav"


@pytest.mark.parametrize(
    "text",
    [
        "FILE PHOTO: Banners at the entrance of the new headquarters. REUTERS/Yves Herman",
        "The reading room of the central library. Photo: Valley Herald",
        "Auf dem Dach der Schule. Foto: Jan Möller",
        "Getty Images",
    ],
)
def test_captions_and_credits(text: str) -> None:
    assert label_unit(unit(text))[0] == "caption"


@pytest.mark.parametrize(
    "text",
    [
        "Let our news meet your inbox. The stories that matter, delivered weekday mornings.",
        "No spam, we promise. You can unsubscribe at any time.",
        "Sign up for the newsletter Future Perfect",
    ],
)
def test_newsletter_pitches(text: str) -> None:
    assert label_unit(unit(text))[0] == "promo"


def test_signing_up_in_a_story_is_prose() -> None:
    text = "If you just want the service, you can sign up for a free trial and pay monthly after."
    assert label_unit(unit(text))[0] == "content"


def test_a_strip_of_items_is_not_prose() -> None:
    text = "Harbour Town - ST - Reg. 83.102 - 1 Quay Road - Box 421 - Phone 555 0101 - Mail us"
    assert label_unit(unit(text))[0] == "nav"


def test_more_legal_lines() -> None:
    text = "This document is subject to copyright. No part may be reproduced without permission."
    assert label_unit(unit(text))[0] == "footer"


def test_embedded_social_posts_are_furniture() -> None:
    text = "Twitter post by @jane: The harbour ferry is finally running, and it is lovely."
    assert label_unit(unit(text))[0] == "embed"


def test_byline_and_dateline() -> None:
    assert label_unit(unit("By Marta Lindqvist and Owen Price"))[0] == "byline"
    assert label_unit(unit("Von Anna Keller"))[0] == "byline"
    assert label_unit(unit("Published 14 March 2023, 09:15"))[0] == "dateline"


def test_byline_with_lynx_links_is_still_a_byline() -> None:
    assert label_unit(unit("By Priya Natarajan and Tom Hale", links=2))[0] == "byline"


def test_teaser_links_inside_the_story() -> None:
    assert label_unit(unit("READ MORE: China plague outbreak confirmed"))[0] == "teaser"
    assert label_unit(unit("Lesen Sie auch: Neue Ladesäulen am Bahnhof"))[0] == "teaser"


def test_cookie_and_copyright_lines_are_footer() -> None:
    cookie = "This website uses cookies to improve your experience while you browse the site."
    assert label_unit(unit(cookie))[0] == "footer"
    assert label_unit(unit("© 2023 The Coastal Courier. All rights reserved."))[0] == "footer"


def test_prose_needs_a_sentence_end_or_sentence_case() -> None:
    assert label_unit(unit(PARA))[0] == "content"
    lower = "the council approved the plan on tuesday after a long and heated debate"
    assert label_unit(unit(lower))[0] == "content"
    headline = "Council Approves Library Plan After Long Debate In Town Hall On Tuesday"
    assert label_unit(unit(headline))[0] == "short"


def test_a_long_lead_without_a_full_stop_is_prose() -> None:
    lead = (
        "Chelsea have this morning paid the record fee to the Spanish league to secure "
        "the signing of Athletic Bilbao keeper Kepa Arrizabalaga from the club in a deal"
    )
    assert label_unit(unit(lead))[0] == "content"


def test_a_repeated_long_line_without_a_full_stop_is_a_caption() -> None:
    shot = PARA.rstrip(".") + " and the harbour behind them at dusk on Monday"
    units, _ = split_units(dump(shot, shot, "", PARA2))
    assert [lab[0] for lab in first_labels(units)] == ["caption", "duplicate", "content"]


def test_a_tag_cloud_is_not_prose() -> None:
    cloud = " ".join(f"tag{i} word{i}" for i in range(20))
    assert label_unit(unit(cloud))[0] == "short"


def test_repeated_line_is_alt_text_plus_caption() -> None:
    units, _ = split_units(dump("A boat at the pier", "A boat at the pier", PARA))
    labels = first_labels(units)
    assert [lab[0] for lab in labels] == ["caption", "duplicate", "content"]


def test_long_prose_repeated_close_by_is_kept() -> None:
    units, _ = split_units(dump(PARA, "", PARA))
    assert [lab[0] for lab in first_labels(units)] == ["content", "content"]


@pytest.mark.parametrize("mark", ["•", "□", "☆", "○"])
def test_w3m_list_marks_are_bullets(mark: str) -> None:
    units, _ = split_units(f"  {mark} Home\n")
    assert units[0].bullet and units[0].text == "Home"


def test_a_menu_item_is_not_a_section_heading() -> None:
    units, _ = split_units("    □ Videos\n")
    assert label_unit(units[0])[0] != "video"
    assert label_unit(unit("Videos"))[0] == "video"


@pytest.mark.parametrize(
    "text",
    [
        "Doctors at the hospital where the patients sought treatmentCredit: EPA",
        "The senator speaks at the Capitol on Thursday. Credit...Jane Roe/The Daily",
        "Natalie Naccache | Bloomberg | Getty Images",
        "The senator speaks at the Capitol on July 25, 2019. J. Scott Doe / AP file",
    ],
)
def test_credits_at_the_end(text: str) -> None:
    assert label_unit(unit(text))[0] == "caption"


def test_paragraph_repeated_with_a_credit_is_a_caption() -> None:
    shot = "The harbour master watches the new ferry dock on its first crossing of the bay."
    units, _ = split_units(dump(shot, shot + " (Photo: Jane Doe)", "", PARA))
    assert [lab[0] for lab in first_labels(units)] == ["caption", "caption", "content"]


def test_paragraph_run_into_a_credit_line_is_a_caption() -> None:
    units, _ = split_units(dump(PARA, "", PARA2, "Jane Doe | Getty Images", "", PARA))
    assert [lab[0] for lab in first_labels(units)] == ["content", "caption", "caption", "content"]


def test_a_reworded_repeat_is_alt_text_and_caption() -> None:
    alt = "Opposition leader meets church leaders in the capital on Monday to discuss the crisis"
    cap = "Opposition leader meets church leaders in the capital on Monday, to discuss the crisis"
    units, _ = split_units(dump(alt, "", cap + " (AFP)", "", PARA))
    assert [lab[0] for lab in first_labels(units)] == ["caption", "caption", "content"]


def test_list_items_alike_are_not_captions() -> None:
    items = ["In section 3 number 4 of the code - the electronic patient file"]
    items.append(items[0].replace("4", "5").replace("file", "folder"))
    units, _ = split_units(dump(*items))
    assert [lab[0] for lab in first_labels(units)] != ["caption", "caption"]


def test_slideshow_counters_mark_captions() -> None:
    assert label_unit(unit("2of4A shopper looks at extension cords at the hardware store."))[0] == (
        "caption"
    )


def test_long_repeat_next_to_an_image_is_alt_text_and_caption() -> None:
    units, _ = split_units(dump("[photo.jpg]", PARA, PARA, "", PARA2))
    labels = [lab[0] for lab in first_labels(units)]
    assert labels == ["image", "caption", "duplicate", "content"]


# ---------------------------------------------------------------- the run


STORY = [
    "The new ferry between the harbour and the island made its first crossing on Monday "
    f"morning, carrying {n} passengers and the mayor, who called the service overdue."
    for n in range(20, 26)
]
BOX = ["Most Read", *[f"Celebrity chef opens restaurant number {n}" for n in range(12)]]


def test_story_resumes_after_an_inline_box() -> None:
    units, _ = split_units(dump(*STORY[:3], *BOX, *STORY[3:]))
    spans = article_spans(units, first_labels(units))
    assert spans == [(0, 3), (16, 19)]
    kept = body(dump(*STORY[:3], *BOX, *STORY[3:]))
    assert kept == "\n\n".join(STORY) and "Celebrity" not in kept


def test_story_begins_above_an_inline_box() -> None:
    longer = [p + " " + p for p in STORY]
    kept = body(dump(*longer[:2], *BOX, *longer[2:]))
    assert kept == "\n\n".join(longer)


def test_one_paragraph_above_a_box_is_not_the_story() -> None:
    longer = [p + " " + p for p in STORY]
    kept = body(dump(longer[0], *BOX, *longer[1:]))
    assert kept == "\n\n".join(longer[1:])


TOUR = [f"June {d} – City {d}, ST @ Amphitheatre number {d}" for d in range(1, 7)]


def test_a_schedule_below_the_story_is_kept() -> None:
    kept = body(dump(*STORY, "", "The Band Tour Dates", "", *TOUR, "", "Most Read", "Home"))
    assert kept.endswith("\n\n".join(["The Band Tour Dates", *TOUR]))


def test_headlines_with_numbers_in_any_column_are_no_schedule() -> None:
    related = [
        "15 Amazing Images of Stars",
        "The 11 Biggest Questions About Dark Matter",
        "All About Space Holiday 2019",
        "Mars rover finds 3 new rocks",
    ]
    kept = body(dump(*STORY, "", *related))
    assert "Amazing" not in kept and "Mars rover" not in kept


def test_comment_count_above_the_story_is_a_link() -> None:
    kept = body(dump("Ferry Starts Service", "By Jane Doe", "12 Comments", "", *STORY))
    assert kept == "\n\n".join(STORY)


def test_comment_count_over_comments_is_a_heading() -> None:
    units, _ = split_units(dump(*STORY, "12 Comments", "jane says:", PARA, "Reply", PARA2))
    assert first_labels(units)[len(STORY)][0] == "comments"


def test_a_code_listing_does_not_cut_the_story() -> None:
    code = ["fetch(url).then(function(res) {", "  console.log(res.status);", "});"] * 4
    kept = body(dump(*STORY[:3], "", *code, "", *STORY[3:]))
    assert kept.startswith(STORY[0]) and kept.endswith(STORY[-1])


def test_a_list_the_story_announces_joins_its_parts() -> None:
    countries = [f"Country number {n}" for n in range(18)]
    intro = "The rankings of the countries were as follows:"
    page = dump(*STORY[:3], intro, *countries, *STORY[3:])
    assert all(c in body(page) for c in countries)


def test_keyword_lists_are_not_prose() -> None:
    tags = (
        "stock car 2018, stock car brasil, stock car cascavel, stock car de santa cruz, "
        "corrida do milhão, stock car interlagos, stock car londrina, velo città"
    )
    assert label_unit(unit(tags))[0] == "short"


RACES = [f"Round {n}: {n} March - Circuit number {n}" for n in range(1, 11)]
BLURBS = [
    "Click the picture above to see how the drivers stand in the championship this "
    f"season, race by race, with every result since round {n}."
    for n in range(1, 4)
]


def test_a_story_without_prose_is_read_under_its_headline() -> None:
    page = dump(
        *(f"Menu item {n}" for n in range(10)),
        "Stock Car Calendar 2018",
        "Monday, 22 January 2018, 00:13",
        "The organisers published the calendar of the new season on Monday, with ten rounds:",
        *RACES,
        "Changes are likely",
        "",
        "Videos",
        *(f"Episode {n} is out" for n in range(4)),
        *BLURBS,
    )
    kept = body(page)
    assert all(race in kept for race in RACES) and "Click the picture" not in kept


def test_a_table_under_the_headline_beats_a_sidebar_next_to_it() -> None:
    page = dump(
        *(f"Menu item {n}" for n in range(10)),
        "Stock Car Calendar 2018",
        "Monday, 22 January 2018, 00:13",
        *RACES,
        "Tags",
        "stock car, calendar",
        *(b.replace("round", "lap").replace("season", "year") for b in BLURBS),
    )
    kept = body(page)
    assert all(race in kept for race in RACES) and "Click the picture" not in kept


def test_a_strong_run_is_not_second_guessed() -> None:
    story = [p + " " + p for p in STORY]  # scores above WEAK_RUN
    page = dump("Ferry Service Starts", "Monday, 22 January 2018", *RACES, "Most Read", *story)
    assert body(page) == "\n\n".join(story)


def test_a_small_page_without_prose_is_all_story() -> None:
    assert body(dump("Test Case 1", "", "Test Case 2")) == "Test Case 1\n\nTest Case 2"


def test_paragraphs_said_twice_are_kept_twice() -> None:
    kept = body(dump(*STORY[:3], *STORY[:3]))
    assert kept.count(STORY[0]) == 2


def test_unrelated_prose_after_a_box_is_not_the_story() -> None:
    promo = (
        "Subscribe to our weekly digest of gadgets, recipes and holiday offers, delivered "
        "free every Sunday; you can cancel whenever you like with a single click."
    )
    kept = body(dump(*STORY[:3], *BOX, promo, promo.replace("weekly", "daily"), promo[::-1]))
    assert "Subscribe" not in kept


def test_best_run_is_the_maximum_sum_segment() -> None:
    assert best_run([-5, 10, -3, 8, -20, 4]) == (1, 4)
    assert best_run([-1, -2]) is None


def test_scores_prose_pays_for_lines_and_headings_cost_more() -> None:
    assert unit_score(unit(PARA), "content") == len(PARA.split()) - LINE_COST
    assert unit_score(unit("Most Read"), "most-read") == -HEADING_COST
    assert unit_score(unit("Home"), "nav") == -LINE_COST


def test_prose_under_comments_heading_scores_as_furniture() -> None:
    units, _ = split_units(dump(PARA, PARA2, PARA, "Comments", PARA2))
    labels = first_labels(units)
    assert scores(units, labels)[-1] == -LINE_COST


def test_a_thread_of_signed_comments_without_heading_scores_as_furniture() -> None:
    units, _ = split_units(
        dump(PARA, PARA2, PARA, "Karl sagt:", PARA2, "Antworten", "Anna sagt:", PARA)
    )
    labels = first_labels(units)
    assert scores(units, labels)[-1] == -LINE_COST


def test_one_signed_quote_alone_does_not_start_a_thread() -> None:
    units, _ = split_units(dump(PARA, PARA2, PARA, "The editors say:", PARA2))
    labels = first_labels(units)
    assert scores(units, labels)[-1] > 0


def test_header_lines_at_the_top_of_the_run_are_cut() -> None:
    labels = [("content", ""), ("byline", ""), ("dateline", ""), ("caption", ""), ("content", "")]
    units, _ = split_units(dump(*(f"line {k}" for k in range(5))))
    assert header_end(units, labels, 0, 5) == 4


def test_header_cut_stops_at_the_second_paragraph() -> None:
    labels = [("content", ""), ("content", ""), ("dateline", ""), ("content", "")]
    units, _ = split_units(dump(PARA, PARA2, "12 March 2021", PARA3))
    assert header_end(units, labels, 0, 4) == 0


TEASERS_OVER_STORY = dump(
    "Home | News | Sport | Weather",
    "",
    "The council voted on Monday to close the old library on the market square.",
    "",
    "Residents of the valley have started a petition to keep the night bus running.",
    "",
    "Local News · Transport",
    "",
    "Rail line to the coast reopens after two years of repairs",
    "",
    "12 March 2021",
    "",
    PARA,
    "",
    PARA2,
    "",
    PARA3,
)


def test_teasers_above_a_story_header_in_the_run_are_cut() -> None:
    # two short blurbs of other stories and a breadcrumb sit in the run over the
    # story's headline + date: the story starts under its header
    text = body(TEASERS_OVER_STORY)
    assert "market square" not in text and "night bus" not in text
    assert text.startswith(PARA[:40])


def test_a_second_header_below_the_story_opening_is_not_cut() -> None:
    # the run's own header is right above it; a dated card under its opening stays
    text = body(
        dump(
            "Rail line to the coast reopens after two years of repairs",
            "",
            "12 March 2021",
            "",
            "The council voted on Monday to close the old library on the market square.",
            "",
            "Residents of the valley have started a petition to keep the night bus running.",
            "",
            "A picture from the valley",
            "",
            "11 March 2021",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert "market square" in text


def test_trailing_read_more_is_removed() -> None:
    assert strip_read_more("The talks end on Friday. read more") == "The talks end on Friday."
    assert strip_read_more("Die Gespräche enden am Freitag. Weiterlesen »") == (
        "Die Gespräche enden am Freitag."
    )
    assert strip_read_more("Click here to read more") == "Click here to read more"


def test_story_is_chosen_over_menus_and_lists() -> None:
    text = dump(
        "  • Home",
        "  • News",
        "  • Sport",
        "",
        "Headline of the day",
        "",
        PARA,
        "",
        PARA2,
        "",
        "Most Read",
        "",
        " 1. Another story",
        " 2. Yet another story",
    )
    assert body(text) == PARA + "\n\n" + PARA2


def test_inline_read_more_box_belongs_to_its_heading() -> None:
    text = dump(PARA, "", PARA2, "", "Read more:", "  * Council tax to rise", "", PARA2, "", PARA)
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    item = next(b for b in blocks if b.text == "Council tax to rise")
    assert item.label == "related"


# ---------------------------------------------------------------- header


def header_of(text: str) -> dict[str, object]:
    units, _ = split_units(text)
    labels = first_labels(units)
    start, end = choose(units, labels)
    return read_header(units, labels, start, end).fields


def test_title_is_a_heading_like_line_close_above_the_story() -> None:
    text = dump(
        "Big headline about the council vote",
        "Section",
        "Sign up now.",
        "Council backs library plan after long debate",
        PARA,
        PARA2,
    )
    units, _ = split_units(text)
    labels = first_labels(units)
    assert find_title(units, labels, 4) == 3


def test_a_rubric_or_tag_line_is_no_title() -> None:
    text = dump(
        "This API is so Fetching!",
        "in Featured Article ServiceWorkers Web Workers",
        "Topics: uber, libertarians, Sydney, sharing economy",
        PARA,
        PARA2,
    )
    units, _ = split_units(text)
    assert find_title(units, first_labels(units), 3) == 0


def test_title_prefers_the_line_above_the_byline() -> None:
    fields = header_of(
        dump(
            "Sign up for our daily newsletter today",
            "",
            "Council backs library plan",
            "",
            "By Jane Doe",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["title"] == "Council backs library plan"


def test_share_buttons_between_headline_and_byline_do_not_hide_it() -> None:
    fields = header_of(
        dump(
            "Council backs library plan after long debate",
            "",
            "Share on Facebook",
            "Share on Google Plus",
            "Print Article",
            "Comments",
            "",
            "By Jane Doe",
            "",
            "Seven branches to reopen within two years",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["title"] == "Council backs library plan after long debate"


def test_a_headline_printed_twice_above_the_story_wins() -> None:
    fields = header_of(
        dump(
            "Council backs library plan after long debate",
            "",
            "Local news",
            "Council backs library plan after long debate",
            "",
            "Share",
            "",
            "Children reading at the Elm Street branch last winter",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["title"] == "Council backs library plan after long debate"


def test_the_headline_is_the_line_above_its_summary_not_the_summary() -> None:
    fields = header_of(
        dump(
            "Council backs library plan after a long night of debate",
            "Seven branches will reopen within two years under the approved budget plan",
            "",
            "12 March 2024, 10:15",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["title"] == "Council backs library plan after a long night of debate"


def test_name_right_above_a_date_is_the_byline() -> None:
    fields = header_of(
        dump(
            "Council backs library plan",
            "Reuters",
            "12 January, 2022, 05:20 pm",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["byline"] == "Reuters"
    assert fields["authors"] == ("Reuters",)
    assert fields["published"] == "2022-01-12T17:20:00"


def test_modified_date_is_told_by_its_prefix() -> None:
    fields = header_of(
        dump(
            "Council backs library plan",
            "By Jane Doe",
            "12 May 2023, 08:45",
            "Updated 12 May 2023, 14:30",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["published"] == "2023-05-12T08:45:00"
    assert fields["modified"] == "2023-05-12T14:30:00"


def test_byline_stops_before_the_date_printed_after_the_names() -> None:
    fields = header_of(
        dump(
            "Attack stokes instability fears",
            "By Erin Cunningham March 18 at 3:57 PM",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["byline"] == "Erin Cunningham"


def test_summary_between_headline_and_byline_is_the_description() -> None:
    summary = "Councillors approved a plan to keep all seven branches open and extend their hours."
    fields = header_of(
        dump("Council backs library plan", "", summary, "", "By Jane Doe", "", PARA, "", PARA2)
    )
    assert fields["description"] == summary


@pytest.mark.parametrize(
    ("tail", "tags"),
    [
        (["NATO / NATO-Russia / Russia"], ("NATO", "NATO-Russia", "Russia")),
        (["Tags: Ferries, Energy, Harbour"], ("Ferries", "Energy", "Harbour")),
        (
            ["climate crisis", "glaciers", "Switzerland", "Most viewed"],
            ("climate crisis", "glaciers", "Switzerland"),
        ),
    ],
)
def test_tags_below_the_story(tail: list[str], tags: tuple[str, ...]) -> None:
    fields = header_of(dump("Council backs library plan", "", PARA, "", PARA2, "", PARA, *tail))
    assert fields["tags"] == tags


# ---------------------------------------------------------------- the whole


def test_blocks_keep_line_paths_labels_and_reasons() -> None:
    text = dump("Home", "", "Council backs library plan", "", PARA, "", PARA2, "", "Most Read")
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    assert all(isinstance(b, Block) for b in blocks)
    assert blocks[0].path == "line 1"
    assert all(b.reason for b in blocks)
    assert {b.kind for b in blocks if b.kept} == {"p"}


def test_body_paragraphs_are_separated_by_one_blank_line() -> None:
    text = "\n\n".join(
        textwrap.fill(p, width=72) for p in ("Council backs library plan", PARA, PARA2)
    )
    assert body(text) == PARA + "\n\n" + PARA2


def test_page_with_one_short_paragraph_still_gives_it() -> None:
    assert body("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n") == (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit."
    )


def test_url_is_passed_through() -> None:
    meta, _ = extract_dump(PARA, url="https://example.org/a", options=DEFAULT)
    assert meta.url == "https://example.org/a"


# ---------------------------------------------------------------- later rules


def test_cjk_text_counts_words_by_characters() -> None:
    assert count_words("肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも") >= 10
    assert count_words("plain english words here") == 4


@pytest.mark.parametrize(
    "text",
    [
        "In this photo issued by ITV, the two leaders shake hands before the debate.",
        "The border check point near the Port of Entry in Nogales, Ariz. (AP)",
        "Image caption Scooter Braun has managed several artists",
    ],
)
def test_wire_and_broadcaster_captions(text: str) -> None:
    assert label_unit(unit(text))[0] == "caption"


def test_comment_signature_is_furniture_not_a_heading() -> None:
    lab = label_unit(unit("janedoe says:"))
    assert lab[0] == "comment-sign"
    assert unit_score(unit("janedoe says:"), lab[0]) == -LINE_COST


def test_one_date_line_with_published_and_updated() -> None:
    fields = header_of(
        dump(
            "Halibut boat sets out again",
            "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["published"] == "2019-04-28T06:01:00"
    assert fields["modified"] == "2019-04-29T15:33:00"


def test_name_a_few_lines_above_the_date_is_the_byline() -> None:
    fields = header_of(
        dump(
            "Profiling in production",
            "Vincent Vallet",
            "Vincent Vallet",
            "Follow",
            "Oct 18, 2019",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["byline"] == "Vincent Vallet"


def test_by_line_just_above_the_headline() -> None:
    fields = header_of(
        dump("By Eleanor Roy", "", "Tribes fearful over whale strandings", "", PARA, "", PARA2)
    )
    assert fields["byline"] == "Eleanor Roy"


def test_rubric_between_headline_and_byline() -> None:
    fields = header_of(
        dump(
            "Continue to the next page now",
            "",
            "Sale leaves shareholders with little say",
            "Deal Professor",
            "By Steven Solomon",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["title"] == "Sale leaves shareholders with little say"


def test_a_page_that_is_one_list_of_sentences_keeps_the_list() -> None:
    items = [f"  * Added the new feature number {i} to the game for everyone" for i in range(12)]
    text = dump("Update notes", "", *items)
    assert body(text).count("Added the new feature") == 12


def test_paragraph_after_a_related_box_resumes_the_story() -> None:
    short = "The mayor said on Monday the plan would be reviewed next spring by the full council."
    units, _ = split_units(dump(PARA, PARA2, "Related", "  * Other story here", short))
    labels = first_labels(units)
    plain = unit_score(units[-1], labels[-1][0])
    assert scores(units, labels)[-1] == plain


def test_tex_source_after_a_formula_is_taken_off_the_line() -> None:
    text = r"A square matrix A {\displaystyle A^{\mathsf {H}}} A is Hermitian when it is equal."
    assert strip_tex(text) == "A square matrix A A is Hermitian when it is equal."
    assert split_units(dump(text))[0][0].text == strip_tex(text)


@pytest.mark.parametrize(
    "text",
    [
        "x ˙ = σ ( y − x ) y ˙ = ρ x − y − x z",
        "( ∑ k = 1 n a k b k ) 2 ≤ ( ∑ k = 1 n a k 2 )",
        "k heads when flipping n coins is: P ( E ) = ( n k ) p k ( 1 − p ) n − k",
    ],
)
def test_a_formula_printed_symbol_by_symbol_is_no_prose(text: str) -> None:
    assert label_unit(unit(text))[0] == "formula"


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 3 % in May = the fastest rise in a decade, the office said.",
        "A B C D E F G H",
        "1 2 3 4 5 6 7 8 9",
    ],
)
def test_sentences_letters_and_figures_are_no_formula(text: str) -> None:
    assert label_unit(unit(text))[0] != "formula"


def test_formulas_inside_the_story_do_not_cut_it() -> None:
    text = dump(PARA, "", "x ˙ = σ ( y − x ) y ˙ = ρ x − y − x z", "", PARA2, "", PARA3)
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    kept = [b.text for b in blocks if b.kept]
    assert kept == [PARA, PARA2, PARA3]


def test_story_cards_between_images_under_a_heading_stay_out() -> None:
    cards = [
        f"Story number {n} gets a headline A blurb of about twenty words tells the reader "
        "what the story is about and why it matters this week."
        for n in ("one", "two", "three", "four")
    ]
    boxed = [line for card in cards for line in ("[IMG]", card)]
    text = dump(PARA, "", PARA2, "", PARA3, "", "Related coverage", "", *boxed)
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    kept = [b.text for b in blocks if b.kept]
    assert kept == [PARA, PARA2, PARA3]


def test_a_paragraph_after_a_box_resumes_the_story() -> None:
    text = dump(PARA, "", PARA2, "", "Related coverage", "", PARA3, "", PARA4)
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    assert [b.text for b in blocks if b.kept] == [PARA, PARA2, PARA3, PARA4]


def test_alt_text_above_a_credited_caption_opening_alike_is_a_caption() -> None:
    alt = "A man walks past a military tank parked on the side of a street in the capital"
    cap = "A man walks past an armoured carrier parked on a city street on Thursday Credit: AFP"
    units, _ = split_units(dump(PARA, "", alt, "", cap, "", PARA2))
    assert [lab[0] for lab in first_labels(units)] == ["content", "caption", "caption", "content"]


@pytest.mark.parametrize(
    "line",
    [
        "0Email this to someone",
        "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
        "Readers queue at the reopened branch on Monday (Credit: iStock)",
    ],
)
def test_widgets_date_lines_and_credited_captions_are_no_headline(line: str) -> None:
    text = dump("Council backs library plan", "", line, "", PARA, "", PARA2)
    units, _ = split_units(text)
    assert find_title(units, first_labels(units), 2) == 0


def test_a_headline_in_the_page_bar_far_above_counts_as_printed_twice() -> None:
    menu = [f"Section {n}" for n in range(45)]
    fields = header_of(
        dump(
            "The Impeachment Clock",
            *menu,
            "Volker to testify he was unaware of effort to investigate",
            "More articles",
            "Previous articles",
            "The Impeachment Clock",
            "By Jane Doe",
            "November 19, 2019 6:30 AM",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["title"] == "The Impeachment Clock"


def test_an_author_name_over_the_date_is_the_byline_not_the_headline() -> None:
    fields = header_of(
        dump(
            "Council backs library plan",
            "John C. Welch",
            "John C. Welch",
            "Follow",
            "Oct 15, 2015 · 18 min read",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["title"] == "Council backs library plan"
    assert fields["byline"] == "John C. Welch"


def test_a_by_in_the_date_line_beats_a_link_over_it() -> None:
    fields = header_of(
        dump(
            "This API is so Fetching!",
            "Older Article",
            "Newer Article",
            "on March 10, 2015 by Nikhil Marathe",
            "",
            PARA,
            "",
            PARA2,
        )
    )
    assert fields["byline"] == "Nikhil Marathe"
    assert str(fields["published"]).startswith("2015-03-10")


def test_a_name_with_how_long_ago_is_the_byline() -> None:
    fields = header_of(dump("Council backs library plan", "Alex Perry 1 day ago", "", PARA, PARA2))
    assert fields["byline"] == "Alex Perry"


def test_a_long_line_with_published_and_modified_dates_is_a_dateline() -> None:
    line = "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST"
    assert label_unit(unit(line))[0] == "dateline"
    fields = header_of(dump("Council backs library plan", line, "", PARA, "", PARA2))
    assert str(fields["published"]).startswith("2019-01-03")
    assert str(fields["modified"]).startswith("2019-01-16")


def test_a_blog_line_of_post_data_is_a_dateline() -> None:
    line = (
        "Published: 05.01.2020 | Author: jane | Filed under: Canon Powershot G7 X, "
        "Photography, Evening light | 5 comments"
    )
    assert label_unit(unit(line))[0] == "dateline"
    story = ["The town stands black and silent against the evening sky.", PARA, PARA2]
    fields = header_of(dump("Silhouettes (3)", "", line, "", *story))
    assert fields["published"] == "2020-01-05"


def test_a_long_sentence_with_a_date_is_no_dateline() -> None:
    line = (
        "The council met on 5 January 2020 and voted to keep the library open for two more years."
    )
    assert label_unit(unit(line))[0] == "content"


def test_a_page_of_cards_under_its_headline_is_kept_whole() -> None:
    cards = []
    for tool in ("Page Inspector", "Web Console", "Network Monitor", "Style Editor"):
        cards += [
            "Screenshot",
            "",
            tool,
            "",
            f"Use the {tool} to examine and change any page while you build it.",
            "",
            f"Learn more about {tool}",
            "",
        ]
    text = dump("Mozilla", "", "Welcome to the Developer Edition", "", *cards, "Contact Us", "Help")
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    kept = [b.text for b in blocks if b.kept]
    assert "Use the Page Inspector to examine and change any page while you build it." in kept
    assert "Use the Style Editor to examine and change any page while you build it." in kept
    assert "Learn more about Network Monitor" in kept
    assert "Help" not in kept


def test_a_table_of_contents_inside_the_story_is_left_out_and_bridged() -> None:
    text = dump(
        PARA,
        "",
        PARA2,
        "",
        "Contents",
        "",
        "1 Opening hours",
        "2 Building work",
        "3 See also",
        "",
        "Opening hours",
        "",
        PARA3,
        "",
        PARA4,
    )
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    assert [b.text for b in blocks if b.kept] == [PARA, PARA2, "Opening hours", PARA3, PARA4]


def test_a_short_line_printed_many_times_is_furniture_the_first_time_too() -> None:
    shot = "Screenshot"
    units, _ = split_units(dump(PARA, shot, PARA2, PARA3, shot, PARA4, PARA2, shot, PARA3))
    assert first_labels(units)[1][0] == "duplicate"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Garden Planner 2.0 - The Spring Update Larkspur.net",
            "Garden Planner 2.0 - The Spring Update",
        ),
        ("Why Node.js is fast", "Why Node.js is fast"),
        ("Cheaper books at Amazon.com", "Cheaper books at Amazon.com"),
    ],
)
def test_a_site_domain_after_the_headline_is_cut(line: str, title: str) -> None:
    assert header_of(dump(line, "", "By Jane Doe", "", PARA, "", PARA2))["title"] == title


def test_a_sub_heading_listed_above_the_story_is_kept_where_it_heads_a_paragraph() -> None:
    text = dump(
        PARA,
        "",
        "Opening hours",
        "Building work",
        "Costs",
        "",
        PARA2,
        "",
        "Opening hours",
        "",
        PARA3,
        "",
        "Building work",
        "",
        PARA4,
    )
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    kept = [b.text for b in blocks if b.kept]
    assert kept[-4:] == ["Opening hours", PARA3, "Building work", PARA4]


def test_repeated_lines_of_a_program_listing_are_no_duplicates() -> None:
    text = dump(
        PARA,
        "",
        "fetch(url).then(function(res) {",
        "if (res.ok) {",
        'alert("Saved");',
        "}",
        "});",
        "",
        PARA2,
        "",
        "fetch(other).then(function(res) {",
        "if (res.ok) {",
        'alert("Sent");',
        "}",
        "});",
        "",
        PARA3,
    )
    assert body(text).count("if (res.ok) {") == 2


def test_a_lone_by_joins_the_name_on_the_next_line() -> None:
    units, _ = split_units(dump("Library plan approved", "", "By", "  • Jane Doe", "", PARA))
    assert [u.text for u in units] == ["Library plan approved", "By Jane Doe", PARA]
    assert label_unit(units[1])[0] == "byline"


def test_the_name_and_job_title_around_a_byline_are_the_authors_card() -> None:
    card = ("Jane Doe", "By", "Jane Doe", "City Times business reporter")
    text = dump(PARA, "", *card, "", PARA2, "", PARA3, "", PARA4)
    units, _ = split_units(text)
    assert [lab[0] for lab in first_labels(units)] == [
        "content",
        "byline",
        "byline",
        "byline",
        "content",
        "content",
        "content",
    ]
    assert "reporter" not in body(text)


def test_a_lead_paragraph_above_an_inline_box_opens_the_story() -> None:
    lead = (
        "The council approved a plan for the seven library branches on Tuesday, and the "
        "first branch will close for building work in the spring."
    )
    text = dump(
        "Library plan approved",
        "",
        lead,
        "",
        "Related",
        "",
        "Town hall roof to be mended",
        "",
        "Bus lanes on the ring road",
        "",
        PARA,
        "",
        PARA2,
        "",
        PARA3,
    )
    assert body(text) == "\n\n".join([lead, PARA, PARA2, PARA3])


def test_a_caption_listed_under_its_images_alt_texts_is_kept_and_the_alt_texts_dropped() -> None:
    alts = ("A bin of small whale bones.", "The baleen recovered from a stranded right whale.")
    caption = (
        "  • Clockwise from top: small whale bones; the baleen recovered from a stranded "
        "right whale, kept at the centre"
    )
    text = dump(PARA, "", *alts, "", caption, "", PARA2, "", PARA3)
    units, _ = split_units(text)
    assert [lab[0] for lab in first_labels(units)][1:4] == ["caption", "caption", "content"]
    assert body(text) == "\n\n".join([PARA, caption.removeprefix("  • "), PARA2, PARA3])


def test_two_list_items_or_a_lone_item_on_another_subject_keep_the_lines_above() -> None:
    line = "The branch on Mill Road will close for six weeks from March."
    items = ("  • Mill Road branch closes for six weeks from March", "  • Costs rise")
    units, _ = split_units(dump(PARA, "", line, "", *items))
    assert first_labels(units)[1][0] == "content"
    units, _ = split_units(dump(PARA, "", line, "", "  • Opening hours will be longer on Sundays"))
    assert first_labels(units)[1][0] == "content"


def _side_by_side(
    left: list[str], right: list[str], column: int, *, wide: bool = False
) -> list[str]:
    """Lines with ``right`` printed from display ``column`` on (CJK characters take two)."""
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        width = sum(2 if wide and ord(ch) > 0x2FFF else 1 for ch in a)
        out.append((a + " " * (column - width) + b).rstrip() if b else a)
    return out


def test_a_sidebar_printed_beside_the_story_is_read_after_it() -> None:
    text = " ".join([PARA, PARA2, PARA3])
    story = textwrap.wrap(text, 60)
    left = ["Library plan approved", "", *story]
    links = ["Parish news", "Bin days", "Road works", "Letters", "Photo gallery", "Weather"]
    right = ["", "", "Around town", *links, "", *links, "Site map"]
    lines, origin = unfold_columns(_side_by_side(left, right, 70))
    assert lines[2] == text
    assert lines.index("Around town") > 2
    assert origin[2] == 2
    assert body(dump(*_side_by_side(left, right, 70))) == text


def test_cjk_lines_wrapped_at_the_column_join_without_a_space() -> None:
    left = [
        "肉をくわえたイヌが、橋を渡っていました。ふと下を見ると",
        "川の中にも肉をくわえたイヌがいます。",
    ] * 5
    right = [f"リンク{n}" for n in range(16)]
    lines, _ = unfold_columns(_side_by_side(left, right, 64, wide=True))
    assert lines[0].startswith("肉をくわえたイヌが、橋を渡っていました。ふと下を見ると川の中")


def test_a_table_with_both_cells_on_every_row_is_not_cut() -> None:
    rows = [f"{n:>2}. Driver number {n:<40}" for n in range(12)]
    lines = _side_by_side(rows, [f"{100 - n} points" for n in range(12)], 70)
    assert unfold_columns(lines) == (lines, list(range(len(lines))))


def test_a_statement_alone_under_the_story_closes_it() -> None:
    closing = "Jane Doe contributed to this report."
    text = dump(PARA, "", PARA2, "", PARA3, "", closing, "", "Most Read", "", "Other story")
    assert body(text).endswith(closing)


@pytest.mark.parametrize(
    "line",
    ["Like this story? Share it with a friend!", "More Jane Doe.", "Other stories from Jane"],
)
def test_cheers_more_links_and_headlines_under_the_story_stay_out(line: str) -> None:
    text = dump(PARA, "", PARA2, "", PARA3, "", line, "", "Most Read", "", "Other story")
    assert line not in body(text)


def test_a_line_opening_like_the_cards_lines_closes_the_last_card() -> None:
    cards = [
        line
        for name, para in (("Library", PARA), ("Pool", PARA2), ("Park", PARA3))
        for line in (name, "", para, "", f"Learn more about the {name}", "")
    ]
    text = dump(*cards, "Contact us", "Donate")
    assert body(text).endswith("Learn more about the Park")


def test_a_list_the_story_announces_with_a_colon_is_part_of_it() -> None:
    intro = "The library sale ends on Friday, and these are the books still left on the shelves:"
    items = [
        line
        for n, title in enumerate(("A Field Guide", "Old Maps", "The River", "Garden Birds"), 1)
        for line in (f"{n}) {title} in paperback", f"shelf {n}", "[IMG]")
    ]
    text = dump(PARA, "", PARA2, "", intro, *items, "", "Comments", "", "Nice sale")
    kept = body(text)
    assert kept.endswith("Garden Birds in paperback\n\nshelf 4")
    assert "Nice sale" not in kept


def test_a_list_under_a_line_without_a_colon_stays_out() -> None:
    items = [f"{n}) Another story number {n}" for n in range(1, 6)]
    text = dump(PARA, "", PARA2, "", PARA3, *items)
    assert "Another story" not in body(text)


def test_a_standfirst_repeated_inside_the_story_is_kept_there() -> None:
    standfirst = (
        "The council has approved the library plan after a debate that lasted most of the night."
    )
    share = ["Share on Facebook", "Share on Twitter", "Email", "Print", "Save", "Comments"]
    text = dump(
        "Library plan approved",
        "",
        standfirst,
        "",
        *share,
        "",
        "By Jane Doe",
        "12 March 2024",
        "",
        PARA,
        "",
        standfirst,
        "",
        PARA2,
        "",
        PARA3,
        "",
        PARA4,
    )
    assert body(text) == "\n\n".join([PARA, standfirst, PARA2, PARA3, PARA4])


@pytest.mark.parametrize("text", ["Sources:", "Quellen", "Fuentes"])
def test_a_story_s_list_of_sources_is_no_footer_heading(text: str) -> None:
    assert section_heading(text) is None
