"""classify: one block alone -> label + reason (container marks, then its own text)."""

from __future__ import annotations

import re

import lxml.html
import pytest

from declutter.body import classify as c
from declutter.body import textrules
from declutter.body.classify import ChainMarks, container_label
from declutter.body.segment import Frame, Segment, segments


def frame(tag: str, cls: str = "", ident: str = "", depth: int = 0) -> Frame:
    return Frame(tag=tag, key=(tag, cls, ident), depth=depth, element=lxml.html.Element(tag))


def seg(
    text: str,
    *containers: tuple[str, str],
    kind: str = "p",
    link_chars: int = 0,
    owner: str = "p",
) -> Segment:
    """A block inside ``containers`` given as (tag, class) pairs, outermost first."""
    chain = [frame("html"), frame("body", depth=1)]
    for tag, cls in containers:
        chain.append(frame(tag, cls, depth=len(chain)))
    chain.append(frame(owner, depth=len(chain)))
    return Segment(
        index=0, text=text, kind=kind, path="", link_chars=link_chars, chain=tuple(chain)
    )


PROSE = "A sentence of ordinary article prose that goes on for a while, as prose does."


def test_plain_paragraph_is_content() -> None:
    assert c.classify(seg(PROSE)) == ("content", "")


@pytest.mark.parametrize(
    ("tag", "cls", "label"),
    [
        ("nav", "", "nav"),
        ("footer", "", "footer"),
        ("aside", "", "related"),
        ("div", "comments-area", "comments"),
        ("div", "related-posts", "related"),
        ("div", "mostRead", "most-read"),
        ("div", "social-share", "share"),
        ("div", "newsletter-signup", "newsletter"),
        ("div", "cookie-banner", "cookie"),
        ("div", "author-bio", "author-bio"),
        ("section", "video-player", "video"),
        ("div", "dida", "caption"),
        ("div", "foto-didascalia", "caption"),
    ],
)
def test_container_marks(tag: str, cls: str, label: str) -> None:
    got, reason = c.classify(seg(PROSE, (tag, cls)))
    assert got == label
    assert reason.startswith("inside ")


def test_custom_element_names_itself() -> None:
    assert c.classify(seg(PROSE, ("pp-navigation", "")))[0] == "nav"


@pytest.mark.parametrize(
    "cls",
    [
        "category-video",  # WordPress state class on the article
        "tag-comments",
        "author-sarah",
        "hidden-xs",  # responsive helper, shown on larger screens
        "overflow-hidden",
        "elementor-widget-wrap",  # page-builder unit
        "choosing-an-appropriate-resolution-for-measurements-vJsBsE",  # heading slug
        "article-teaser",  # a lead paragraph
    ],
)
def test_names_that_say_nothing_about_role(cls: str) -> None:
    assert c.classify(seg(PROSE, ("div", cls))) == ("content", "")


def test_content_token_vetoes_a_weak_label_but_not_a_strong_one() -> None:
    assert c.classify(seg(PROSE, ("div", "entry-meta-content")))[0] == "content"
    assert c.classify(seg(PROSE, ("div", "article-comments")))[0] == "comments"


def test_call_to_action_box_is_marked() -> None:
    """'cta' (call to action) names a membership or sign-up appeal box."""
    assert c.classify(seg(PROSE, ("div", "nrplus-cta")))[0] == "newsletter"
    assert c.classify(seg(PROSE, ("div", "ctaBox")))[0] == "newsletter"


def test_whole_name_only_labels() -> None:
    assert c.classify(seg(PROSE, ("div", "hidden")))[0] == "boilerplate"
    assert c.classify(seg(PROSE, ("div", "print")))[0] == "share"


def test_floor_ignores_marks_at_or_above_it() -> None:
    block = seg(PROSE, ("div", "has-sidebar sidebar"), ("div", "entry"))
    assert c.classify(block)[0] == "related"
    assert c.classify(block, floor=2) == ("content", "")


def test_ignore_skips_disbelieved_elements() -> None:
    block = seg(PROSE, ("div", "comments"))
    assert c.classify(block)[0] == "comments"
    assert c.classify(block, ignore={id(block.chain[2].element)}) == ("content", "")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Advertisement", "ad"),
        ("Share on Facebook", "share"),
        ("Read more", "read-more"),
        ("ANZEIGE - Heute mal ausgehen?", "ad"),
        ("FILE PHOTO: A man walks past a sign. REUTERS/Jane Doe", "caption"),
        ("Photo: Jane Doe", "caption"),
        ("Augusta National/Getty Images", "caption"),
        ("Copyright © 2019 Press TV. All rights reserved.", "footer"),
        ("We use cookies to improve your experience.", "cookie"),
        ("Tags: NATO, Russia", "tags"),
        ("Yersina pestis causes the plague (Image: GETTY)", "caption"),
        ("The hall after the opening, installation views, photos © Jane Doe, 2018", "caption"),
        ("Advert", "ad"),
        ("Promoted By Zergnet", "ad"),
        ("Presented by the council, the plan would halve bus fares for students.", "content"),
        ("Tags calendario stock car 2018, stock car brasil, stock car cascavel", "tags"),
        ("1 / 3", "boilerplate"),
        ("Please turn on JavaScript to use this feature", "boilerplate"),
        ("Updated at 15.52 GMT", "dateline"),
        ("Loading content ...", "boilerplate"),
        ("Inhalt wird geladen …", "boilerplate"),
        ("A stoat in its winter coat. (jdoe / iStock.com)", "caption"),
        ("Header image: a pier at dusk, Unsplash.", "caption"),
        ("Beitragsbild via Unsplash.", "caption"),
        ("The shop sells stock from Unsplash photographers and pays them monthly.", "content"),
        ("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.", "footer"),
        ("Suggested citation: Doe, Jane: Courts in a hurry, 2020/4/09", "footer"),
        ("Published 16.08.2019, 64 minutes, licence: CC-BY 4.0", "content"),
        ("Creative Commons lets authors choose which rights they keep.", "content"),
        ("Press contact Jane Doe E-Mail: press@example.org Telefon: +49 40 555", "boilerplate"),
        ("Tel.: 089 1258-290, Fax: 089 1258-359, E-Mail: office@example.org", "boilerplate"),
        ("Send tips by e-mail: the desk reads every one.", "content"),
        ("(Noch keine Bewertungen) Loading...", "boilerplate"),
        ("aja/PAP", "boilerplate"),
        ("(mkr, jdo/dpa)", "boilerplate"),
        ("Die PAP meldete am Abend, dass die Abstimmung verschoben wird.", "content"),
        (
            "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis "
            "keine Verbindung zu Twitter her.",
            "cookie",
        ),
        ("Accept to load the external content from YouTube. You can change it.", "cookie"),
        ("Twitter said it had asked regulators for permission in March.", "content"),
        ("Ute Berg (l.) und Sabine Holm vom Verein mit dem Künstler", "caption"),
        ("The mayor (from left), the architect and the builder at the opening", "caption"),
        ("The mayor left the meeting early (he said) and went home.", "content"),
    ],
)
def test_text_rules(text: str, label: str) -> None:
    assert c.classify(seg(text))[0] == label


def test_linked_line_led_by_a_related_phrase_is_a_promo() -> None:
    text = "DON'T MISS Plague warning: CDC names eight deadly diseases"
    assert c.classify(seg(text, link_chars=len(text) - 11)) == (
        "related",
        'promo line "don\'t miss"',
    )
    assert c.classify(seg("Read more about the plague in our long history of it.")) == (
        "content",
        "",
    )


def test_long_promo_line_of_several_headlines_is_a_promo_when_mostly_links() -> None:
    """A 'DON'T MISS' line over four linked headlines in one <p> runs past 200 chars."""
    heads = " ".join(f"Plague warning no. {n}: CDC names eight deadly diseases" for n in range(4))
    text = f"DON'T MISS {heads}"
    assert len(text) > 200
    assert c.classify(seg(text, link_chars=len(text) * 7 // 10))[0] == "related"
    assert c.classify(seg(text, link_chars=len(heads) // 3))[0] == "content"  # mostly prose


def test_prose_that_starts_like_a_label_stays() -> None:
    assert c.classify(seg("Themen wie Klima und Energie bestimmen die Debatte.")) == ("content", "")
    assert c.classify(seg("He gave his consent to the plan on Monday.")) == ("content", "")


def test_figcaption_is_caption() -> None:
    assert c.classify(seg("A man on a bike.", owner="figcaption"))[0] == "caption"


def test_link_density_threshold() -> None:
    text = "Another story you might like"
    assert c.classify(seg(text, link_chars=len(text)))[0] == "related"
    assert c.classify(seg(text, link_chars=int(len(text) * 0.5))) == ("content", "")


def test_long_list_item_is_a_link_only_when_wholly_one() -> None:
    text = "Bug 1677080 - Fullscreen window is affected by switching video source"
    assert c.classify(seg(text, kind="li", link_chars=int(len(text) * 0.7)))[0] == "content"
    assert c.classify(seg(text, kind="li", link_chars=len(text)))[0] == "related"


def test_long_paragraph_full_of_links_stays() -> None:
    text = PROSE * 3
    assert c.classify(seg(text, link_chars=len(text))) == ("content", "")


def test_normal_strips_case_and_punctuation() -> None:
    assert c.normal("  Most READ: ") == "most read"


def test_marks_around_an_embedded_post_are_not_believed() -> None:
    block = seg(PROSE, ("div", "article-widget"), ("blockquote", "twitter-tweet"))
    assert c.classify(block) == ("content", "")
    assert c.classify(seg(PROSE, ("div", "article-widget")))[0] == "related"


def test_long_block_of_links_is_links_at_any_length() -> None:
    text = " ".join(f"Section number {i} of the site" for i in range(200))
    assert c.classify(seg(text, link_chars=len(text)))[0] == "related"


def test_run_of_data_without_spaces_is_not_prose() -> None:
    blob = "QUJDREVGR0hJSktMTU5P" * 50
    assert c.classify(seg(blob)) == ("boilerplate", "data: 200+ characters without a space")
    assert c.classify(seg("汉" * 300)) == ("content", "")


def test_run_of_bare_web_addresses_is_data() -> None:
    leaked = (
        "https://theatre.example/uploads/2018/10/stage.jpg 540 960 admin "
        "https://theatre.example/uploads/2017/03/logo.jpg admin2018-10-15 The festival opens"
    )
    assert c.classify(seg(leaked)) == ("boilerplate", "data: a run of bare web addresses")
    cited = "https://example.org/report is where the council put the whole 80-page report online."
    assert c.classify(seg(cited)) == ("content", "")


def test_line_of_short_items_between_bars_is_a_menu() -> None:
    menu = "Comments feed | Comments closed | Trackback URL"
    assert c.classify(seg(menu)) == ("boilerplate", "a line of short items between separators")
    said = (
        "She paused | then said what everyone in the hall had been waiting to hear all night | ok"
    )
    assert c.classify(seg(said)) == ("content", "")
    assert c.classify(seg("Size | S | M | L", kind="table")) == ("content", "")


def test_only_the_first_class_names_are_read() -> None:
    many = " ".join(f"x{i}" for i in range(c.MAX_CLASS_NAMES)) + " comments"
    assert c.frame_label(("div", many, "")) is None
    assert c.frame_label(("div", "x1 comments", ""))[0] == "comments"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Follow us on Twitter and Facebook", "share"),
        ("Like this story? Share it with a friend!", "share"),
        ("Sign up for our morning briefing", "newsletter"),
    ],
)
def test_short_calls_to_action_are_labelled(text: str, label: str) -> None:
    assert c.classify(seg(text)) == (label, "call to action")


def test_call_to_action_words_in_a_list_item_or_prose_stay() -> None:
    assert c.classify(seg("Sign up for a Hulu account first", kind="li"))[0] == "content"
    assert c.classify(seg("Follow the money, the council said. " + PROSE * 3))[0] == "content"


def test_cookie_banner_but_not_prose_about_http_cookies() -> None:
    assert c.classify(seg("We use cookies to improve your experience. Accept"))[0] == "cookie"
    prose = "The credentials enumeration determines if cookies are sent to other domains."
    assert c.classify(seg(prose)) == ("content", "")


def test_chain_marks_are_read_once_per_element_and_agree_with_a_fresh_read() -> None:
    """One `ChainMarks` shared by every block gives what each block alone would get."""
    html = (
        "<html><body><div class='sidebar'><div class='widget'><div class='twitter-tweet'>"
        "<p>Quoted post text inside an embed.</p></div><p>Widget text.</p></div></div>"
        "<div class='content'><nav><p>Menu line.</p></nav><p>Story text.</p></div>"
        + "<div>" * 200
        + "<p>Deep text.</p>"
        + "</div>" * 200
        + "</body></html>"
    )
    segs = segments(lxml.html.document_fromstring(html))
    shared = ChainMarks()
    for floor in (-1, 2, 5):
        for seg in segs:
            alone = container_label(seg, floor=floor)
            assert container_label(seg, floor=floor, chains=shared) == alone
    labels = {seg.text: container_label(seg, chains=shared) for seg in segs}
    assert labels["Quoted post text inside an embed."] is None  # the embed is the story's
    assert labels["Widget text."] is not None
    assert labels["Menu line."] is not None
    assert labels["Story text."] is None and labels["Deep text."] is None


@pytest.mark.parametrize(
    "text",
    ["home", "follower count", "a folgende", "xx (c) yy", "nothing here", "", "FOTO", "foto"],
)
def test_any_of_finds_what_a_plain_alternation_finds(text: str) -> None:
    words = ["follow", "folgen", "foto", "fo", "(c)", "tag", "tags"]
    plain = re.compile("|".join(map(re.escape, words)))
    assert (c.any_of(words).search(text) is None) == (plain.search(text) is None)
    assert c.any_of([]).search(text) is None


def test_whole_line_rules_look_from_the_start_themselves() -> None:
    """Matching them at the start finds what a search from every position finds."""
    for label, _, _, pattern in c._LINE_RULES:
        if label in c.WHOLE_LINE_RULES:
            assert pattern.startswith("(?=[\\s\\S]*")
    cookie = re.compile(textrules.COOKIE_TEXT, re.IGNORECASE)
    for text in (
        "We use cookies to improve your experience.",
        "By browsing you accept our cookie policy",
        "cookies",
        "Cookie recipes: the best chocolate chip cookies",
        "Our site uses cookies. Privacy",
    ):
        assert bool(cookie.match(text)) == bool(cookie.search(text))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Source: https://example.org/report", True),
        ("Report (PDF, 34 pages)", True),
        ("write to me@example.org", True),
        ("WWW.EXAMPLE.ORG", True),
        ("Read the full story", False),
        ("pdfs of the week", False),
    ],
)
def test_shown_address_prefilter_agrees_with_the_regex(text: str, shown: bool) -> None:
    assert c._shows_address(text) is shown
    assert c._shows_address(text) is bool(c._SHOWN_ADDRESS.search(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("unlike it", True),  # inside a word
        ("sign up", True),  # a phrase
        ("sign  up", False),
        ("a/b", True),  # a word of one character
        ("stage", True),
        ("ta g", False),
        ("g", False),  # the anchor alone, without the word's start
        ("写真", True),
        ("", False),
    ],
)
def test_any_of_finds_each_word_anywhere(text: str, found: bool) -> None:
    """Each word is matched from its rarest character, looking back for its start."""
    pattern = c.any_of(["like", "/", "sign up", "tag", "tagged", "写真"])
    assert (pattern.search(text) is not None) is found
    assert c.any_of([]).search("anything") is None


def test_text_labels_read_a_repeated_block_once() -> None:
    """A block repeating an earlier one (a menu printed twice) gets the same label;
    one differing in its link share or kind is read on its own."""
    blocks = [
        seg("Home", link_chars=4),
        seg(PROSE),
        seg("Home", link_chars=4),
        seg("Home"),
        seg("Home", kind="li", link_chars=4),
    ]
    assert c.text_labels(blocks) == [c.text_label(b) for b in blocks]
    assert c.text_labels(blocks)[0] == ("related", "link density 1.00")
    assert c.text_labels(blocks)[3] is None
