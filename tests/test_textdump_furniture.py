"""Text dumps: page furniture lines, picture credits, and a lead paragraph over a figure."""

from __future__ import annotations

import pytest

from declutter.options import DEFAULT
from declutter.textdump import extract_dump
from declutter.textdump.anchor import _header
from declutter.textdump.context import first_labels
from declutter.textdump.label import label_unit, read_date, section_heading
from declutter.textdump.lines import Unit, count_words, split_units


def unit(text: str) -> Unit:
    return Unit(text=text, line=1, raw=text, words=count_words(text))


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def spaced(paragraphs: list[str]) -> list[str]:
    """Paragraphs with a blank line after each, as a browser prints <p>s."""
    return [line for p in paragraphs for line in (p, "")]


def body(text: str) -> str:
    _, blocks = extract_dump(text, url=None, options=DEFAULT)
    return "\n\n".join(b.text for b in blocks if b.kept)


@pytest.mark.parametrize(
    "text",
    [
        "Share this:",
        "Like this:",
        "Like Loading...",
        "ADVERTISING",
        "Advert",
        "Anzeige",
        "Read now",
        "1 of 12",
        "3 / 9",
        "View all (23)",
        "Enlarge Image",
        "CLICK HERE TO GET THE NEWS APP",
    ],
)
def test_more_page_furniture(text: str) -> None:
    assert label_unit(unit(text))[0] in ("nav", "share")


def test_a_sentence_opening_with_click_here_is_prose() -> None:
    text = "Click here to get more information or download this game."
    assert label_unit(unit(text))[0] == "content"


@pytest.mark.parametrize(
    "text",
    [
        "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
        "Subscribe to the Gadget Hour on YouTube",
    ],
)
def test_links_to_the_sites_accounts(text: str) -> None:
    assert label_unit(unit(text)) == ("share", "a link to the site's social accounts")


@pytest.mark.parametrize(
    "text",
    ["← Previous: Saving tomato seed the easy way", "Next: Building a leaf mould cage →"],
)
def test_links_to_the_previous_or_next_post(text: str) -> None:
    assert label_unit(unit(text)) == ("nav", "a link to the previous or next post")


@pytest.mark.parametrize(
    "text",
    [
        "Photo by Ruth Ellery",
        "Photos courtesy of the museum",
        "Courtesy of Andrew Vaughan",
        "Christopher Battin Submitted photo",
        "State Sex Offender Registry via AP",
        "(Image: © TNG Collaboration)",
    ],
)
def test_picture_credits(text: str) -> None:
    assert label_unit(unit(text))[0] == "caption"


def test_a_sentence_about_a_photo_is_prose() -> None:
    text = "Photo by photo, the archive rebuilt the lost street as it stood in the spring of 1910."
    assert label_unit(unit(text))[0] == "content"


def test_a_short_caption_run_into_a_credit_is_a_caption() -> None:
    units, _ = split_units(dump("[harvest]", "The harvest laid out to cure.", "Photo by Jo Bell"))
    assert [lab[0] for lab in first_labels(units)] == ["image", "caption", "caption"]


LEAD = (
    "Sweet potatoes are not supposed to grow this far north, and the old hands on the "
    "allotment laughed when I ordered twelve sweet potato slips in the spring."
)
STORY = [
    f"The sweet potato slips went into the cold frame on the allotment in week {n}, "
    f"and the old hands came by {n} times to see whether they were still alive."
    for n in range(1, 6)
]
FIGURE = ["", "[slips]", "1 of 4", "The slips on the windowsill.", "Photo by Ruth Ellery", ""]


def test_the_lead_over_a_figure_opens_the_story() -> None:
    text = dump(
        "Sweet potatoes in a cold frame",
        "",
        "Posted on 18 September 2022",
        "",
        LEAD,
        *FIGURE,
        *spaced(STORY),
    )
    assert body(text) == "\n\n".join([LEAD, *STORY])


@pytest.mark.parametrize(
    ("standfirst", "in_text"),
    [
        (LEAD, True),
        (
            "Twelve slips, one cold frame and a doubtful allotment: a gardener tries her luck.",
            False,
        ),
    ],
)
def test_a_standfirst_over_a_figure_is_in_the_text_when_paragraph_long(
    standfirst: str, in_text: bool
) -> None:
    text = dump(
        "Sweet potatoes in a cold frame",
        "",
        standfirst,
        *FIGURE,
        "Posted on 18 September 2022",
        "",
        *spaced(STORY),
    )
    meta, _ = extract_dump(text, url=None, options=DEFAULT)
    assert meta.description == standfirst
    assert body(text) == "\n\n".join([standfirst, *STORY] if in_text else STORY)


PARAS = [
    f"The land on the delta sank by {n} centimetres last year as farms pumped water from "
    f"the clay, the survey said, and the towns along the river sank with it."
    for n in range(1, 6)
]


def test_lines_printed_together_with_a_credit_are_a_figure() -> None:
    figure = ["A map of the delta.", "Red areas sank the most.", "Delta Survey Institute"]
    units, _ = split_units(dump(*spaced(PARAS[:2]), *figure, "", *spaced(PARAS[2:])))
    assert first_labels(units)[2:5] == [("caption", "printed together with a credit line")] * 3


def test_the_line_printed_with_an_image_is_its_caption() -> None:
    text = dump(*spaced(PARAS[:2]), "[well]", "Pumps at a rice farm.", "", *spaced(PARAS[2:]))
    assert body(text) == "\n\n".join(PARAS)


def test_lines_printed_together_on_a_page_of_unspaced_lines_are_left_alone() -> None:
    figure = ["A map of the delta.", "Red areas sank the most.", "Delta Survey Institute"]
    units, _ = split_units(dump(*PARAS[:2], *figure, *PARAS[2:]))
    assert all(lab[0] != "caption" for lab in first_labels(units))


def test_a_quote_and_its_speaker_are_no_figure() -> None:
    quote = ["The land will not come back up.", "— Petra Vanek"]
    units, _ = split_units(dump(*spaced(PARAS[:2]), *quote, "", *spaced(PARAS[2:])))
    assert all(lab[0] != "caption" for lab in first_labels(units))


def test_a_video_caption() -> None:
    assert label_unit(unit("Video: Petra Vanek explains how clay compacts."))[0] == "caption"


def test_a_two_word_headline_over_a_date_is_a_header() -> None:
    units, _ = split_units(dump("Cup Standings", "", "Friday, 22 October 2010", "", *PARAS))
    assert _header(units, first_labels(units), len(units)) == 1


def test_a_short_sentence_over_a_credit_is_its_caption() -> None:
    text = dump(*spaced(PARAS[:2]), "Seal the draughts first.", "", "Jo Bell/Getty Images", "")
    units, _ = split_units(text + dump(*spaced(PARAS[2:])))
    assert first_labels(units)[2] == ("caption", "sentence right over a photo credit")


def test_a_sub_heading_over_a_credit_stays() -> None:
    text = dump(*spaced(PARAS[:2]), "Seal the draughts first", "", "Jo Bell/Getty Images", "")
    units, _ = split_units(text + dump(*spaced(PARAS[2:])))
    assert first_labels(units)[2][0] == "short"


def test_a_credit_opening_a_caption_takes_no_sentence_above_it() -> None:
    figure = ["Image copyright Getty Images", "Image caption The delta at dusk"]
    units, _ = split_units(dump(*spaced(PARAS[:2]), "He denied it.", "", *figure, ""))
    assert first_labels(units)[2][0] == "short"


def test_a_headline_without_a_full_stop_stays_in_its_box() -> None:
    headline = "How long does roofing felt last on a shed in a wet climate"
    text = dump(*spaced(PARAS[:3]), "Related", "", headline, "", *spaced(PARAS[3:]))
    assert body(text) == "\n\n".join(PARAS)


def test_a_creative_commons_licence_is_a_legal_line() -> None:
    text = "This work is licensed under a Creative Commons Attribution 4.0 International License."
    assert label_unit(unit(text)) == ("footer", "copyright or legal line")


@pytest.mark.parametrize(
    "text",
    [
        "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'",
        "On HoustonChronicle.com: Car sales plunge nearly 17 percent in August",
        "Also on rt.com Journalists threatened with arrest as the purge goes on",
    ],
)
def test_links_to_other_stories_between_paragraphs(text: str) -> None:
    assert label_unit(unit(text))[0] == "teaser"


@pytest.mark.parametrize(
    "text", ["THE EARLY YEARS", "WHAT HAPPENS NEXT?", "NASA SAYS IT WILL TRY AGAIN."]
)
def test_short_or_punctuated_capitals_are_no_teaser(text: str) -> None:
    assert label_unit(unit(text))[0] != "teaser"


def test_a_colon_heading_may_be_longer() -> None:
    assert section_heading("Related coverage from How to Do Everything: Money:") == "related"
    assert section_heading("Related coverage from How to Do Everything Money") is None


@pytest.mark.parametrize(
    "text",
    [
        "Meg James is a corporate media reporter for the Los Angeles Times, covering media.",
        "Eric Song is IGN's deal curator and spends 25% of his pay on stuff he posts.",
    ],
)
def test_a_note_on_the_author(text: str) -> None:
    assert label_unit(unit(text)) == ("author-bio", "a note on the author")


def test_a_sentence_about_a_person_is_no_note_on_the_author() -> None:
    text = "Gerald Amos is a quiz host who has presented the show for 31 seasons."
    assert label_unit(unit(text))[0] == "content"


@pytest.mark.parametrize(
    "ago", ["2 hours ago", "14 min read", "před 2 hodinami", "vor 3 Stunden", "hace 5 horas"]
)
def test_a_name_over_how_long_ago_is_the_byline(ago: str) -> None:
    text = dump("Ferry starts new service across the bay", "", "Jane Doe", ago, "", *spaced(PARAS))
    meta, blocks = extract_dump(text, url=None, options=DEFAULT)
    assert meta.byline == "Jane Doe"
    assert [b.text for b in blocks if b.kept] == PARAS


def test_a_name_printed_twice_is_one_name() -> None:
    text = dump(
        "Ferry starts new service", "", "Jane Doe Jane Doe", "2 hours ago", "", *spaced(PARAS)
    )
    meta, _ = extract_dump(text, url=None, options=DEFAULT)
    assert meta.byline == "Jane Doe"


def test_a_life_told_in_the_past_is_no_note_on_the_author() -> None:
    text = "Ernest Hemingway was an American writer and journalist who lived in Key West."
    assert label_unit(unit(text))[0] == "content"


def test_a_date_glued_to_the_agency_is_read() -> None:
    assert read_date("Associated PressDecember 2, 2016") == "2016-12-02"
    assert label_unit(unit("Associated PressDecember 2, 2016"))[0] == "dateline"


@pytest.mark.parametrize(
    "text",
    [
        "PUBLISHED: May 12, 2021 at 7:15 a.m. | UPDATED: May 12, 2021 at 8:40 a.m.",
        "Posted: Mar 3, 2019 / 11:02 AM CST / Updated: Mar 4, 2019 / 09:10 AM CST.",
    ],
)
def test_labelled_post_dates_ending_in_am_are_a_dateline(text: str) -> None:
    """A date label and its colon make post data of a line "a.m." ends like a sentence."""
    assert label_unit(unit(text))[0] == "dateline"


def test_sentence_opening_with_posted_stays_prose() -> None:
    text = "Posted by the council on March 3, 2019, the notice asked residents to boil water."
    assert label_unit(unit(text))[0] == "content"


def test_bare_url_with_dated_path_is_no_dateline() -> None:
    """A web address whose path holds a date is a link in the story, not the story's date."""
    text = "https://photo.example.org/2020/01/15/macro-shots-of-ants-taken-on-a-phone/"
    assert label_unit(unit(text))[0] != "dateline"


def test_a_paragraph_over_a_figure_at_the_top_of_the_page_is_no_lead() -> None:
    text = dump(LEAD, *FIGURE, *spaced(STORY), "Posted on 18 September 2022")
    assert body(text) == "\n\n".join(STORY)


@pytest.mark.parametrize("text", ["Karl sagt:", "Marie Dupont dit :", "Antworten", "Répondre"])
def test_translated_comment_signatures(text: str) -> None:
    assert label_unit(unit(text))[0] == "comment-sign"


def test_a_strip_of_buttons_worded_alike_is_furniture() -> None:
    sites = ["Reddit", "Tumblr", "Pinterest", "WhatsApp"]
    text = dump(
        *[f"  • Klick, um auf {s} zu teilen (Wird in neuem Fenster geöffnet)" for s in sites]
    )
    assert {lab for lab, _ in first_labels(split_units(text)[0])} == {"share"}


def test_table_rows_ending_alike_are_not_buttons() -> None:
    rows = [f"{n} Driver {n} Team Ford 0 0 0" for n in range(1, 6)]
    assert "share" not in {lab for lab, _ in first_labels(split_units(dump(*rows))[0])}


def test_a_call_to_action_closing_the_story_is_dropped() -> None:
    """The HTML path's closing-call rule on the last kept lines of a dump."""
    call = "Join our forums to keep talking about the allotment and what grows on it!"
    text = dump(*spaced(STORY), call, "", "Posted on 18 September 2022")
    assert body(text) == "\n\n".join(STORY)
    labels = {b.text: b for b in extract_dump(text, url=None, options=DEFAULT)[1]}
    assert labels[call].label == "newsletter"
    assert labels[call].reason.startswith("call to action at the article's end")


def test_a_call_to_action_inside_the_story_stays() -> None:
    call = "Join our society, the old hands told me, and you will never be short of slips."
    # the walks from either end stop at a long line
    text = dump(" ".join(STORY[:3]), "", call, "", " ".join(STORY[3:]))
    assert call in body(text)


@pytest.mark.parametrize(
    "text",
    ["Red wine poured into a decanterRed wine poured into a decanter", "Main CoonMain Coon"],
)
def test_one_text_printed_twice_glued_is_image_text(text: str) -> None:
    assert label_unit(unit(text)) == ("image", "image text printed twice")


@pytest.mark.parametrize(
    "text", ["Bayern (26 Pkt) Bayern (26 Pkt)", "Tom-tom", "hahahaha ha", "New York New York"]
)
def test_repeated_words_with_a_space_are_not_image_text(text: str) -> None:
    assert label_unit(unit(text))[0] != "image"


BLURB = (
    "The Allotment Gazette is written by gardeners for gardeners across the north of the "
    "country, and every week it brings news of the shows, the seed swaps and the societies, "
    "with tips from the old hands on what to sow and when to sow it."
)


def test_lines_below_the_share_buttons_closing_the_story_are_dropped() -> None:
    text = dump(*spaced(STORY), "Share", "Facebook", "Twitter", "", BLURB)
    assert body(text) == "\n\n".join(STORY)
    blocks = extract_dump(text, url=None, options=DEFAULT)[1]
    blurb = next(b for b in blocks if b.text == BLURB)
    assert blurb.reason.startswith("after the story's end")


def test_a_live_blogs_entries_each_over_share_buttons_stay() -> None:
    entries = [line for p in STORY for line in (p, "", "Share", "Facebook", "")]
    assert body(dump(*entries)) == "\n\n".join(STORY)


@pytest.mark.parametrize("line", ["Artikel teilen", "Partager", "Article continues below"])
def test_the_html_paths_furniture_texts_are_dropped_from_the_story(line: str) -> None:
    text = dump(*spaced(STORY[:1]), line, "", *spaced(STORY[1:]))
    assert body(text) == "\n\n".join(STORY)


COMMENT_FORM = [
    "Lascia un commento",
    "",
    "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
    "",
    "           [                                        ]",
    "           [                                        ]",
    "           [                                        ]",
    "Commento * [                                        ]",
    "",
    "Nome * [                            ]",
    "",
    "Email * [                            ]",
    "",
    "[Invia commento]",
    "",
]


def test_the_heading_over_a_comment_form_opens_the_comments() -> None:
    story = [
        "Il consiglio comunale ha approvato ieri sera il nuovo piano per le piste ciclabili "
        f"del centro storico, che collegherà la stazione al lungolago entro la fine di {y}."
        for y in range(2024, 2028)
    ]
    reply = (
        "Finalmente una buona notizia per chi va in bicicletta tutti i giorni al lavoro, "
        "speriamo che i lavori partano davvero entro la primavera e non restino sulla carta."
    )
    text = dump(*spaced(story), *COMMENT_FORM, "Marta", "", reply)
    labels = first_labels(split_units(text)[0])
    assert ("comments", "section heading over a comment form") in labels
    assert "Finalmente" not in body(text)


def test_a_sign_in_form_has_no_text_area_and_no_comments_heading() -> None:
    text = dump("Accedi", "", "Utente [                    ]", "", "Password [          ]")
    assert all(lab != "comments" for lab, _ in first_labels(split_units(text)[0]))


def test_a_tag_cloud_in_alphabetical_order_is_no_prose() -> None:
    cloud = (
        "Alltag Ansage Architektur Auto Bahn Bahnhof Basel Baustelle Beton Die Welt an sich "
        "Einzelhandel Fahrrad Fassade Herbst Kinder Kunst Laub Moderne Technik Politik Sprache"
    )
    assert label_unit(unit(cloud)) == ("nav", "a tag cloud: words in alphabetical order")


def test_a_long_line_of_prose_is_no_tag_cloud() -> None:
    line = (
        "Anfang September fand der Demorave gegen den Ausbau der Autobahn statt und viele "
        "Menschen kamen trotz Regen bis spät in die Nacht zum Tanzen auf die Straße"
    )
    assert label_unit(unit(line))[0] == "content"


def test_a_question_over_a_comment_form_heads_it_not_the_story_s_subheading() -> None:
    text = dump(
        "Closing rally at 3.30 pm by the embassy",
        "",
        "Speeches by the organisers and a short concert close the march in the afternoon.",
        "",
        "12 September 2013 tagged with: Basic income",
        "",
        "What do you think?",
        "",
        "[ ] Name *",
        "",
        "[ ] Email *",
        "",
        "           [                                        ]",
        "           [                                        ]",
        "           [                                        ]",
    )
    labels = first_labels(split_units(text)[0])
    assert labels[0][0] == "short"
    assert labels[3] == ("comments", "section heading over a comment form")
