"""Title rules of issue 17 on small hand-built pages: the printed headline over a
``<title>`` naming only a section or the site, section labels and site headings."""

from __future__ import annotations

from declutter.metadata import read_metadata
from declutter.model import Metadata
from declutter.options import Options
from declutter.parse import parse_html


def meta_of(head: str = "", body: str = "", *, url: str | None = None) -> Metadata:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return read_metadata(tree, url=url, options=Options())


def test_lone_h1_beats_a_section_title_with_the_site_glued_on() -> None:
    # og:title is the service's name, <title> the same plus the site: no story in either
    m = meta_of(
        '<meta property="og:title" content="Waste-Service">'
        '<meta property="og:site_name" content="Acme">'
        "<title>Waste-Service - Acme</title>",
        "<h1>Waste management for makers, importers and traders</h1><p>Text</p>",
    )
    assert m.title == "Waste management for makers, importers and traders"
    assert m.sources["title"] == "h1"


def test_one_word_section_heading_yields_to_the_story_heading() -> None:
    # "Club e.V. - News » The events of late": the h1 is the section of the trail
    m = meta_of(
        "<title>Chess club e.V. - News » The events of late</title>",
        "<h1>News</h1><h2>The events of late</h2><p>Text</p><h1>Partners</h1>",
    )
    assert m.title == "The events of late"


def test_the_only_h1_sharing_words_with_the_title_is_the_headline() -> None:
    # the SEO title words the story loosely; the other h1s are a newsletter box
    m = meta_of(
        '<meta property="og:title" content="Christmas Gift Guide | Journal | Shop now!">'
        "<title>Christmas Gift Guide | Journal | Shop now!</title>",
        "<h1>My cosy home gift guide with the homeware shop</h1><p>Text</p>"
        "<h1>Love in your inbox: our newsletter!</h1>"
        "<h1>Love in your inbox: our newsletter!</h1>",
    )
    assert m.title == "My cosy home gift guide with the homeware shop"


def test_first_h1_must_be_the_one_sharing_words() -> None:
    # a later h1 sharing a word with the title is a teaser: the title stays
    m = meta_of(
        "<title>Harbour reopens after the storm | Planet</title>",
        "<h1>Weather alerts for the coast today</h1><h1>The storm that closed the harbour</h1>",
    )
    assert m.title == "Harbour reopens after the storm"


def test_heading_linking_up_to_the_blog_home_is_the_site() -> None:
    url = "https://blog.example.org/horse_news/e/52743e20"
    m = meta_of(
        "<title>Winners of the July sales - Horse market news by market.com</title>",
        '<h1><a href="https://blog.example.org/horse_news">Horse market news by market.com'
        "</a></h1>"
        f'<h3><a href="{url}">Winners of the July sales</a></h3>'
        "<div>2020年07月12日</div><p>Text</p>",
        url=url,
    )
    assert m.title == "Winners of the July sales"
    assert m.published == "2020-07-12"


def test_heading_linking_to_its_own_page_is_no_site() -> None:
    url = "https://example.org/news/2020/harbour-reopens"
    m = meta_of(
        "<title>Harbour reopens - Planet</title>",
        f'<h1><a href="{url}">Harbour reopens</a></h1><h2><a href="/news/">News</a></h2>',
        url=url,
    )
    assert m.title == "Harbour reopens"


def test_last_change_label_in_bold_before_its_date() -> None:
    # the only date the page states, under a long story: its label is bold, the date not
    story = "<p>A paragraph of the story, long enough to be read as body text.</p>" * 30
    m = meta_of(
        "<title>Helium nuclei found - Chemistry news</title>",
        f"<h1>Helium nuclei found</h1>{story}<p><b>Aktualisiert am </b>17.01.2021.</p>",
    )
    assert m.published == "2021-01-17"
    assert m.sources["published"] == "visible last change"


def test_share_prompt_and_box_headings_are_never_the_title() -> None:
    # no title source at all: the first heading that is not an interface label
    m = meta_of(
        "",
        "<h2>Share this article</h2><h2>In this section</h2>"
        "<h2>Ferry timetable changes from Monday</h2><p>Text</p><h2>Related</h2>",
    )
    assert m.title == "Ferry timetable changes from Monday"


def test_share_prompt_h1_is_no_lone_headline() -> None:
    # a lone h1 beats a title naming only a section, unless it is an interface prompt
    m = meta_of(
        "<title>Press releases</title>",
        "<h1>Share this article</h1><p>Text</p>",
    )
    assert m.title == "Press releases"


def test_headline_printed_in_a_classed_cell_over_a_title_with_the_site() -> None:
    # an old table layout: no heading, the headline in a cell classed as one
    m = meta_of(
        "<title>Daily Planet :: Harbour reopens after the storm</title>",
        '<table><tr><td class="storyHeadline">Harbour reopens after the storm</td></tr>'
        "<tr><td><p>The harbour reopened on Monday.</p></td></tr></table>",
    )
    assert m.title == "Harbour reopens after the storm"
    assert m.sources["title"] == "headline-classed element"


def test_classed_copy_of_the_title_with_the_site_is_no_printed_headline() -> None:
    m = meta_of(
        "<title>Harbour reopens after the storm - Daily Planet</title>",
        '<div class="share-title">Harbour reopens after the storm - Daily Planet</div>'
        "<p>The harbour reopened on Monday.</p>",
    )
    assert m.title == "Harbour reopens after the storm"
    assert m.sources["title"] == "<title>"


def test_a_label_over_many_teasers_is_no_printed_headline() -> None:
    # the story's headline is printed unclassed; the teasers repeat the title's kicker
    teaser = '<div class="post-title"><small>Workout of the week</small><br>{}</div>'
    m = meta_of(
        "<title>Workout of the week | Pyramid with intervals - SWIM</title>",
        "<p><b>Pyramid with intervals</b></p><p>Text</p>"
        + "".join(teaser.format(t) for t in ("Back and speed", "Long endurance", "New year")),
        url="https://swim.example/training/pyramid",
    )
    assert m.title != "Workout of the week"


def test_post_header_title_class_is_the_story_not_the_site() -> None:
    m = meta_of(
        "<title>Hottest year on record - Planet</title>",
        '<div class="post-header-title"><h1>Scientists confirm 2023 as hottest year on record'
        "</h1></div><p>Text</p>",
    )
    assert m.title == "Scientists confirm 2023 as hottest year on record"
    assert m.sources["title"] == "h1"


def test_kicker_on_its_own_line_inside_the_heading_is_dropped() -> None:
    m = meta_of(
        '<script type="application/ld+json">{"@type": "Article", '
        '"headline": "A pyramid with short intervals"}</script>'
        "<title>Workout of the week | A pyramid with short intervals - SWIM</title>",
        '<h1 class="single-post-title"><span class="post-title"><small>Workout of the week'
        "</small><br>A pyramid with short intervals</span></h1><p>Text</p>",
    )
    assert m.title == "A pyramid with short intervals"
    assert m.sources["title"] == "h1"


def test_headline_classed_element_over_a_title_naming_only_a_section() -> None:
    # "site | Gas prices": no story in the title; the story's headline is a classed div
    m = meta_of(
        "<title>energy.example | Gas prices</title>",
        '<div class="box-title">Most read</div>'
        '<div class="itc-headline">Energy price crisis: relief and rights at a glance</div>'
        "<h6>Energy price crisis: relief and rights at a glance</h6>"
        "<p>(21. November 2022) The federal government ...</p>",
        url="https://www.energy.example/de/prices/news/18725/",
    )
    assert m.title == "Energy price crisis: relief and rights at a glance"
    assert m.published == "2022-11-21"


def test_title_part_opening_with_the_host_name_is_the_site() -> None:
    # "Magic cleaning | shopname ♥ Magazine" on shopname.example: the last part signs it,
    # what is left names a section, and the headline is printed in a classed element
    m = meta_of(
        "<title>Magic cleaning | shopname ♥ Magazine</title>",
        '<div class="l-headline"><span>The best tidying tricks for wardrobe and co.</span></div>'
        "<p>She is the queen of tidying up ...</p>",
        url="https://www.shopname.example/magazine/tips/magic-cleaning/",
    )
    assert m.title == "The best tidying tricks for wardrobe and co."


def test_host_name_opening_a_headline_after_a_short_label_is_kept() -> None:
    m = meta_of(
        "<title>Blog | Acme opens Kiel office</title>",
        "<p>Text</p>",
        url="https://www.acme.example/blog/kiel-office",
    )
    assert m.title == "Blog | Acme opens Kiel office"


def test_section_trail_after_the_headline_goes() -> None:
    # "Headline - Section - Section - Site": the long piece at the start is the story
    m = meta_of("<title>Council approves new harbour bridge plan - Local - News - Courier</title>")
    assert m.title == "Council approves new harbour bridge plan"


def test_site_and_section_trail_before_the_headline_goes() -> None:
    # old news sites print "SITE | Section | Region | Headline"
    m = meta_of(
        '<meta property="og:title"'
        ' content="DAILY NEWS | World | Americas | Senate passes the budget">'
    )
    assert m.title == "Senate passes the budget"


def test_no_trail_when_a_middle_piece_is_the_longest() -> None:
    # the longest piece is inside: no reading as a trail, the usual cut applies
    m = meta_of("<title>Blog - How we rebuilt the old barn roof - Tips - Site</title>")
    assert m.title == "Blog - How we rebuilt the old barn roof - Tips"


def test_headline_classed_element_over_a_title_alone_that_words_it_apart() -> None:
    # an old layout: no og:title, the <title> words the story its own way
    m = meta_of(
        "<title>Harbour news: work starts</title>",
        '<table><tr><td class="storyheadline">Cranes arrive as the long wait for the new'
        " quay ends</td></tr></table><p>Text</p>",
    )
    assert m.title == "Cranes arrive as the long wait for the new quay ends"
    assert m.sources["title"] == "headline-classed element"


def test_linked_headline_teaser_does_not_beat_a_title_alone() -> None:
    m = meta_of(
        "<title>Harbour news: work starts</title>",
        '<div class="headline"><a href="/other">Fire at the old mill closes the road</a></div>'
        "<p>Text</p>",
    )
    assert m.title == "Harbour news: work starts"


def test_og_title_beats_an_unrelated_headline_classed_element() -> None:
    # a page declaring its title: the class alone does not overrule it
    m = meta_of(
        '<meta property="og:title" content="Harbour news: work starts">',
        '<div class="headline">Fire at the old mill closes the road</div><p>Text</p>',
    )
    assert m.title == "Harbour news: work starts"


def test_section_left_once_the_known_site_is_cut_goes_too() -> None:
    m = meta_of(
        '<meta property="og:site_name" content="Courier">'
        "<title>Council approves new harbour bridge plan - Local - Courier</title>"
    )
    assert m.title == "Council approves new harbour bridge plan"


def test_story_title_class_names_the_printed_headline_of_an_old_layout() -> None:
    # "articleTitle" is the story's; a box's "title" class is not
    m = meta_of(
        "<title>Courier Online - Local</title>",
        '<div class="boxtitle">Most read today in the valley</div>'
        '<span class="articleTitle">Mill owners agree to restore the old weir</span><p>Text</p>',
    )
    assert m.title == "Mill owners agree to restore the old weir"


def test_lone_h1_beats_an_og_title_worded_for_search() -> None:
    m = meta_of(
        '<meta property="og:title" content="Best cat toys 2024 - comparison">'
        "<title>Best cat toys 2024 - comparison</title>",
        "<h1>Buying guide: electronic cat toys that keep indoor cats busy</h1><p>Text</p>",
    )
    assert m.title == "Buying guide: electronic cat toys that keep indoor cats busy"


def test_lone_h1_sharing_no_word_with_og_title_is_no_headline() -> None:
    m = meta_of(
        '<meta property="og:title" content="Woman attacks inspector at police station">',
        "<h1>Log in to your account</h1><p>Text</p>",
    )
    assert m.title == "Woman attacks inspector at police station"


def test_lone_h1_sharing_only_a_short_word_with_the_title_is_no_headline() -> None:
    # "and" ties nothing: the <title> stays over a sidebar's lone h1
    m = meta_of(
        "<title>Superbugs: what they are and how you get them</title>",
        "<h1>Information and resources</h1><p>Text</p>",
    )
    assert m.title == "Superbugs: what they are and how you get them"


def test_lone_h1_beats_a_title_alone_that_words_the_story_otherwise() -> None:
    m = meta_of(
        "<title>Courier: harbour bridge vote</title>",
        "<h1>Council backs the new harbour bridge after a long night</h1><p>Text</p>",
    )
    assert m.title == "Council backs the new harbour bridge after a long night"


def test_sentence_above_the_byline_is_no_headline() -> None:
    # a summary line ends its sentence: the <title> stays
    m = meta_of(
        "<title>Gazette: mill deal</title>",
        "<p>The mill was sold on Monday to a firm from the coast.</p>"
        "<p>By Ann Lee</p><p>Text of the story, long enough to read.</p>",
    )
    assert m.title == "Gazette: mill deal"


def test_link_above_the_byline_is_no_headline() -> None:
    m = meta_of(
        "<title>Gazette: mill deal</title>",
        '<p><a href="/other">Fire closes the road by the old mill</a></p>'
        "<p>By Ann Lee</p><p>Text of the story, long enough to read.</p>",
    )
    assert m.title == "Gazette: mill deal"


def test_site_name_spelled_with_accents_the_host_drops_is_cut() -> None:
    m = meta_of(
        '<meta property="og:title" content="Become a product tester today │ Nestlé Marktplatz">',
        url="https://www.nestle-marktplatz.de/mitmachen/produkttests",
    )
    assert m.title == "Become a product tester today"


def test_heading_classed_as_a_kicker_is_no_headline() -> None:
    # the kicker is set as an <h1> of its own over the story's <h2>
    m = meta_of(
        "<title>Maps now show more detail - App update: points of interest</title>",
        '<h1 class="strapline">App update: points of interest</h1>'
        '<h2 class="title">Maps now show more detail</h2><p>Text</p>',
    )
    assert m.title == "Maps now show more detail"


def test_blog_motto_after_post_and_date_is_no_headline() -> None:
    # "Post - Date - Blog - Motto": the motto is the longest piece, but not by far
    title = "Letters - 26 October 2010 - Blog - Pictures, news and ribbons!"
    m = meta_of(f"<title>{title}</title>")
    assert m.title == title  # no reading as a trail: the title stays whole
