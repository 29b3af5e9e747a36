"""Metadata stage on small hand-built pages: one test per source or rule."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from declutter.metadata import read_metadata
from declutter.metadata.near import near_headline
from declutter.model import Metadata
from declutter.options import Options
from declutter.parse import parse_html


def meta_of(
    head: str = "",
    body: str = "",
    *,
    url: str | None = None,
    now: datetime | None = None,
    lang: str = "",
) -> Metadata:
    attr = f' lang="{lang}"' if lang else ""
    tree = parse_html(f"<html{attr}><head>{head}</head><body>{body}</body></html>")
    return read_metadata(tree, url=url, options=Options(reference_time=now))


def ld(data: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# ---------------------------------------------------------------- title


def test_title_site_name_cut_from_title_tag() -> None:
    m = meta_of(
        "<title>Storm closes harbour | The Daily Planet</title>"
        '<meta property="og:site_name" content="The Daily Planet">'
    )
    assert m.title == "Storm closes harbour"


def test_title_prefers_h1_wording_agreeing_with_og_title() -> None:
    m = meta_of(
        '<meta property="og:title" content="Storm closes harbour - Breaking news">'
        "<title>Storm closes harbour - Breaking news - Planet</title>",
        "<h1>Storm closes harbour</h1><p>Text</p>",
    )
    assert m.title == "Storm closes harbour"
    assert m.sources["title"] == "h1"


def test_title_skips_site_logo_h1_for_post_heading() -> None:
    m = meta_of(
        "<title>My first marathon | Running Diary</title>",
        '<h1 class="site-title"><a href="/">Running Diary</a></h1>'
        '<h2 class="entry-title">My first marathon</h2>',
    )
    assert m.title == "My first marathon"


def test_title_drops_kicker_inside_heading() -> None:
    m = meta_of(
        '<meta property="og:title" content="New government faces big tasks">',
        "<h1><small>Tunisia</small><br> New government faces big tasks</h1>",
    )
    assert m.title == "New government faces big tasks"


def test_title_drops_classed_label_opening_heading_link() -> None:
    m = meta_of(
        '<meta property="og:title" content="Patch Notes - Patchnotes 4.47 - Bugfix Build">',
        '<h1><a href="/threads/4-47"><span class="label">Patch Notes</span>'
        "<span>&nbsp;</span>Patchnotes 4.47 - Bugfix Build</a></h1>",
    )
    assert m.title == "Patchnotes 4.47 - Bugfix Build"


def test_title_drops_kicker_even_when_og_title_repeats_it() -> None:
    m = meta_of(
        '<meta property="og:title" content="Olympic Games in Paris - Drinks by boat to town">',
        '<h1><span class="subtitle">Olympic Games in Paris</span> Drinks by boat to town</h1>',
    )
    assert m.title == "Drinks by boat to town"


def test_title_keeps_label_ending_in_colon() -> None:
    m = meta_of(
        '<meta property="og:title" content="Row before the meeting: Board and CEO clash">',
        '<h1><span class="top">Row before the meeting:</span><br> '
        '<span class="big">Board and CEO clash</span></h1>',
    )
    assert m.title == "Row before the meeting: Board and CEO clash"


def test_title_site_name_over_several_separated_parts_is_cut() -> None:
    m = meta_of(
        "<title>Enchufla Figures - Salsa-Figures - Rueda in Berlin</title>",
        '<h1><a href="/"><span>Salsa-Figures - Rueda in Berlin</span></a></h1><p>x</p>',
    )
    assert m.title == "Enchufla Figures"


def test_title_site_name_glued_without_separator_is_cut() -> None:
    m = meta_of(
        '<meta property="og:title" content="Truckwash A31The other business directory | '
        'The other business directory">',
        '<h1 class="site-title"><a href="/" rel="home">The other business directory</a></h1>'
        '<h1 class="page-title">Truckwash A31</h1><h1>Post navigation</h1>',
    )
    assert m.title == "Truckwash A31"


def test_title_ending_in_a_separator_names_only_the_site() -> None:
    m = meta_of(
        "<title>National Rail Enquiries -</title>",
        '<h1 class="sifr"></h1><h2>Rail Replacement Services Travel Advice</h2>',
    )
    assert m.title == "Rail Replacement Services Travel Advice"


def test_title_heading_linking_to_archived_home_page_is_the_site() -> None:
    m = meta_of(
        "<title>What is viral marketing? | DimidoBlog</title>",
        '<h1><a href="https://web.archive.org/web/20080731095558/http://www.dimido.de/">'
        "DimidoBlog</a></h1><h2>What is viral marketing?</h2>",
    )
    assert m.title == "What is viral marketing?"


def test_cjk_title_site_after_unspaced_hyphen_is_cut() -> None:
    m = meta_of("<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>")
    assert m.title == "武汉的声音：有英勇的你，才有英雄的城！"


def test_css_inside_a_heading_is_no_part_of_it() -> None:
    css = ".css-x{font-size:16px;line-height:1.06;color:#707070;display:block;}" * 5
    m = meta_of(
        '<meta property="og:title" content="Press releases">'
        "<title>Vaccination stays possible everywhere until February</title>",
        f"<h1><style>{css}</style><span>Press release of the health office:</span>"
        "Vaccination stays possible everywhere until February</h1>",
    )
    assert m.title == "Vaccination stays possible everywhere until February"


def test_title_from_jsonld_headline_without_headings() -> None:
    m = meta_of(ld({"@type": "NewsArticle", "headline": "Copper price hits record"}))
    assert m.title == "Copper price hits record"
    assert m.sources["title"] == "json-ld"


# ---------------------------------------------------------------- byline


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("Jane Doe", ("Jane Doe",)),
        (["Jane Doe", "Max Muster"], ("Jane Doe", "Max Muster")),
        ({"@type": "Person", "name": "Jane Doe"}, ("Jane Doe",)),
        (
            [{"@type": "Person", "name": "Jane Doe"}, {"name": "Max Muster"}],
            ("Jane Doe", "Max Muster"),
        ),
        ({"@type": "Person", "name": ["Jane Doe"]}, ("Jane Doe",)),
        ({"@type": "Person", "givenName": "Jane", "familyName": "Doe"}, ("Jane Doe",)),
        ({"@id": "#p1"}, ("Jane Doe",)),
        ([[{"name": "Jane Doe"}]], ("Jane Doe",)),
    ],
)
def test_jsonld_author_shapes(author: Any, names: tuple[str, ...]) -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "headline": "H", "author": author},
            {"@type": "Person", "@id": "#p1", "name": "Jane Doe"},
        ],
    }
    m = meta_of(ld(graph))
    assert m.authors == names


@pytest.mark.parametrize(
    "author", [None, 42, True, {}, [], [None, {}], {"name": {"x": 1}}, "http://x.y/z"]
)
def test_jsonld_odd_author_never_crashes(author: Any) -> None:
    m = meta_of(ld({"@type": "Article", "headline": "H", "author": author}))
    assert m.title == "H"


def test_broken_jsonld_is_read_leniently() -> None:
    text = '{"@type": "Article", "headline": "Fixed", "author": {"name": "Jane Doe"},}'
    m = meta_of(f'<script type="application/ld+json">{text}</script>')
    assert m.authors == ("Jane Doe",)


def test_jsonld_with_a_stray_closing_brace_is_read() -> None:
    text = (
        '{"@type": "NewsArticle", "headline": "H", "datePublished": "2020-10-26T18:10:00+01:00"}}'
    )
    m = meta_of(f'<script type="application/ld+json">{text}</script>')
    assert m.published == "2020-10-26T18:10:00+01:00"


def test_byline_line_cut_before_a_date_in_the_next_element() -> None:
    m = meta_of(
        "<title>Cinemas go digital</title>",
        '<h1>Cinemas go digital</h1><p class="postmetadata">Von Rita Roth am '
        '<a href="/2013/08/07/">07.08.2013</a> um 09:07 Uhr</p><p>Text</p>',
    )
    assert m.byline == "Rita Roth"


def test_byline_from_a_signature_closing_the_story() -> None:
    body = (
        "<h1>Munich loses in Tampere</h1><div><p>The semi-final ended 0:3.</p>"
        "<p><strong>Next steps</strong></p><p>The team flies home.</p>"
        "<p><b><i>Stefan Wasmer</i></b></p></div>"
    )
    m = meta_of("<title>Munich loses in Tampere</title>", body)
    assert m.byline == "Stefan Wasmer"
    assert m.sources["byline"] == "visible signature"


def test_bold_subheading_or_box_label_is_no_signature() -> None:
    body = (
        "<h1>Munich loses in Tampere</h1><div><p>The semi-final ended 0:3.</p>"
        "<p><strong>Next Steps</strong></p><p>The team flies home.</p></div>"
        "<div><p><strong>Über den Autor</strong></p></div>"
    )
    assert meta_of("<title>Munich loses in Tampere</title>", body).byline is None


def test_byline_drops_bracket_remark_and_affiliation() -> None:
    body = (
        "<h1>Free weddings</h1><p>Text of the post.</p>"
        "<p><em>Autor: Samuel Diekmann (Sponsored Post), Redner bei rent-a-pastor.com</em></p>"
    )
    m = meta_of("<title>Free weddings</title>", body)
    assert m.byline == "Samuel Diekmann"


def test_clock_time_printed_after_a_linked_date_is_kept() -> None:
    m = meta_of(
        "<title>Cinemas go digital</title>",
        "<h1>Cinemas go digital</h1><p>Text of the post.</p>"
        '<p>Von Rita Roth am <a href="/2013/08/07/">07.08.2013</a> um 09:07 Uhr '
        "gespeichert unter <a>Kino</a></p>",
    )
    assert m.published == "2013-08-07T09:07:00"


def test_date_line_after_a_dated_line_is_no_clock_time() -> None:
    from declutter.metadata.published import _with_clock

    assert _with_clock(["Posted 2019", "23.01.2019", "By Jane Doe"]) == [
        "Posted 2019",
        "23.01.2019",
        "By Jane Doe",
    ]
    assert _with_clock(["07.08.2013", "um 09:07 Uhr"]) == ["07.08.2013 um 09:07 Uhr"]


def test_byline_cleaned_of_by_and_job_title() -> None:
    m = meta_of(body='<h1>T</h1><div class="byline">By Jane Doe, Senior Correspondent</div>')
    assert m.byline == "Jane Doe"
    assert m.authors == ("Jane Doe",)


def test_byline_several_authors_and_dates_dropped() -> None:
    m = meta_of(
        body='<h1>T</h1><p class="byline">Von Max Muster und Erika Mustermann, 12.01.2022</p>'
    )
    assert m.authors == ("Max Muster", "Erika Mustermann")


def test_byline_view_all_posts_by() -> None:
    m = meta_of(body='<h1>T</h1><a rel="author" href="/a/tobi">View all posts by Tobi</a>')
    assert m.byline == "Tobi"


def test_agency_kept_only_when_alone() -> None:
    alone = meta_of(body='<h1>T</h1><span class="author">Reuters</span>')
    assert alone.authors == ("Reuters",)
    beside = meta_of(body='<h1>T</h1><span class="author">Jane Doe, dpa</span>')
    assert beside.authors == ("Jane Doe",)
    assert beside.byline == "Jane Doe"


def test_site_name_author_meta_yields_to_printed_person() -> None:
    m = meta_of(
        '<meta name="author" content="Badische Zeitung">'
        '<meta property="og:site_name" content="Badische Zeitung">',
        '<h1>T</h1><span class="author-name">Lisa Petrich</span>',
    )
    assert m.byline == "Lisa Petrich"


def test_site_wide_author_meta_yields_to_the_credit_under_the_post() -> None:
    # an old blog theme: the owners in <meta name=author> on every page, the post's writer
    # under its heading
    m = meta_of(
        '<meta name="author" content="Jane Roe - Max Muster">',
        "<ul><li>Jane Roe</li><li>Max Muster</li></ul>"
        '<h2><a href="/p">Podcasts in Plex</a></h2>'
        '<p class="date">Erstellt von <a href="/author/fabian/">Fabian</a> am 6. Mai 2014</p>'
        "<p>Ich benutze jetzt seit längerem Plex ...</p>",
    )
    assert m.byline == "Fabian"
    printed = meta_of(
        '<meta name="author" content="Jane Roe">',
        "<h2>Podcasts in Plex</h2><p>Von Jane Roe am 6. Mai 2014</p><p>Ich benutze ...</p>",
    )
    assert printed.byline == "Jane Roe"


def test_credit_inside_a_teaser_link_is_another_storys() -> None:
    # a "most read" box: each link holds a headline and its writer's vcard
    teaser = (
        '<p><a href="/other">Gas extraction to be allowed in Lorraine <small>(<span '
        'class="vcard author"><a class="fn" href="/auteur/collectif">Collectif</a></span>, '
        "Communiqués)</small></a></p>"
    )
    m = meta_of(
        '<meta property="og:site_name" content="Attac France">',
        '<article><h1>Privatisations</h1><div class="publication">12 juin 2019, par '
        '<span class="vcard author"><a class="fn" href="/auteur/attac">Attac France</a>'
        "</span></div><p>Le texte ...</p></article>"
        f'<div class="aside">{teaser * 3}</div>',
    )
    assert m.byline == "Attac France"
    linked = meta_of(
        body='<h1>T</h1><p>By <a href="/author/jane"><span itemprop="author">Jane Doe</span>'
        "</a></p>"
    )
    assert linked.byline == "Jane Doe"  # an author link around the name is the credit


def test_agencies_in_general_are_no_credit() -> None:
    m = meta_of(ld({"@type": "NewsArticle", "headline": "H", "author": {"name": "Agencies"}}))
    assert m.byline is None
    wire = meta_of(ld({"@type": "NewsArticle", "headline": "H", "author": {"name": "AFP"}}))
    assert wire.byline == "AFP"  # a named agency is a credit


def test_non_latin_author_name() -> None:
    m = meta_of(ld({"@type": "NewsArticle", "headline": "H", "author": {"name": "肖春芳"}}))
    assert m.authors == ("肖春芳",)


def test_printed_by_line_near_headline() -> None:
    m = meta_of(body="<h1>Headline</h1><p><span>By</span> <a href='/x'>Alex Smith</a></p>")
    assert m.byline == "Alex Smith"


# ---------------------------------------------------------------- dates


def test_jsonld_dates_with_offset() -> None:
    m = meta_of(
        ld(
            {
                "@type": "NewsArticle",
                "datePublished": "2022-01-12T17:20:00+01:00",
                "dateModified": "2022-01-12T17:24:00+01:00",
            }
        )
    )
    assert m.published == "2022-01-12T17:20:00+01:00"
    assert m.modified == "2022-01-12T17:24:00+01:00"


@pytest.mark.parametrize(
    "key",
    [
        'property="article:published_time"',
        'name="dc.date.issued"',
        'name="parsely-pub-date"',
        'name="sailthru.date"',
        'itemprop="datePublished"',
    ],
)
def test_meta_published(key: str) -> None:
    m = meta_of(f'<meta {key} content="2022-01-12T17:20:00Z">')
    assert m.published == "2022-01-12T17:20:00+00:00"


def test_date_only_stays_date_only() -> None:
    m = meta_of('<meta property="article:published_time" content="2022-01-12">')
    assert m.published == "2022-01-12"


def test_time_element() -> None:
    m = meta_of(body='<h1>T</h1><time class="published" datetime="2022-01-12T17:20">x</time>')
    assert m.published == "2022-01-12T17:20:00"
    assert m.sources["published"] == "<time>"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("12 January, 2022, 05:20 pm", "2022-01-12T17:20:00"),
        ("12.01.2022, 17:20 Uhr", "2022-01-12T17:20:00"),
        ("2022年1月12日", "2022-01-12"),
        ("12. Januar 2022", "2022-01-12"),
        ("12 de enero de 2022", "2022-01-12"),
        ("le 12 janvier 2022", "2022-01-12"),
        ("January 12, 2022", "2022-01-12"),
        ("12 января 2022", "2022-01-12"),
    ],
)
def test_visible_date_near_headline(line: str, day: str) -> None:
    m = meta_of(body=f"<h1>Headline</h1><div>{line}</div><p>Body text here.</p>")
    assert m.published == day


def test_visible_modified_line() -> None:
    m = meta_of(
        body="<h1>Headline</h1><div>12 January, 2022, 05:20 pm</div>"
        "<div>Last modified: 12 January, 2022, 05:24 pm</div>"
    )
    assert m.published == "2022-01-12T17:20:00"
    assert m.modified == "2022-01-12T17:24:00"


def test_modified_never_before_published() -> None:
    m = meta_of(
        '<meta property="article:published_time" content="2022-01-12">'
        '<meta property="article:modified_time" content="2021-05-01">'
    )
    assert m.published == "2022-01-12"
    assert m.modified is None


def test_copyright_year_is_not_a_date() -> None:
    m = meta_of(body="<h1>Headline</h1><p>Body.</p><footer>© 2019 Planet Media</footer>")
    assert m.published is None


def test_comment_date_is_not_the_article_date() -> None:
    m = meta_of(
        body="<h1>Headline</h1><p>Body text.</p>"
        '<div class="comments"><time datetime="2022-03-04T10:00">4 March</time></div>'
    )
    assert m.published is None


def test_page_date_beats_url_date() -> None:
    m = meta_of(
        '<meta property="article:published_time" content="2022-01-15">',
        url="https://example.com/2022/01/12/story",
    )
    assert m.published == "2022-01-15"


def test_url_date_is_fallback() -> None:
    m = meta_of(body="<h1>H</h1>", url="https://example.com/2022/01/12/story")
    assert m.published == "2022-01-12"
    assert m.sources["published"] == "url"


def test_url_day_corrects_utc_night_time() -> None:
    m = meta_of(
        '<meta property="article:published_time" content="2020-02-25T02:25:54+00:00">',
        url="https://example.com/2020/02/24/story",
    )
    assert m.published == "2020-02-24"


def test_relative_date_needs_reference_time() -> None:
    body = "<h1>Headline</h1><div>Updated 3 hours ago</div><div>Posted 5 hours ago</div>"
    assert meta_of(body=body).published is None
    now = datetime(2022, 1, 12, 20, 0, tzinfo=timezone.utc)
    m = meta_of(body=body, now=now)
    assert m.published == "2022-01-12T15:00:00+00:00"
    assert m.modified == "2022-01-12T17:00:00+00:00"


def test_no_date_after_reference_time() -> None:
    now = datetime(2022, 1, 12, 20, 0)
    m = meta_of('<meta property="article:published_time" content="2030-01-01">', now=now)
    assert m.published is None


# ---------------------------------------------------------------- small fields


def test_description_site_name_image_url() -> None:
    m = meta_of(
        '<meta property="og:description" content="What happened.">'
        '<meta property="og:site_name" content="Planet">'
        '<meta property="og:image" content="/img/lead.jpg">'
        '<link rel="canonical" href="https://planet.example/story">',
        url="https://planet.example/story?utm=x",
    )
    assert m.description == "What happened."
    assert m.site_name == "Planet"
    assert m.image == "https://planet.example/img/lead.jpg"
    assert m.url == "https://planet.example/story"


def test_site_name_from_jsonld_publisher() -> None:
    m = meta_of(ld({"@type": "NewsArticle", "headline": "H", "publisher": {"name": "Planet"}}))
    assert m.site_name == "Planet"


@pytest.mark.parametrize(
    ("head", "lang", "want"),
    [
        ("", "en-us", "en-US"),
        ("", "DE", "de"),
        ('<meta property="og:locale" content="fr_FR">', "", "fr-FR"),
        ('<meta http-equiv="content-language" content="es">', "", "es"),
        ("", "zh-hant-tw", "zh-Hant-TW"),
    ],
)
def test_language_normalized(head: str, lang: str, want: str) -> None:
    assert meta_of(head, lang=lang).language == want


def test_tags_from_every_source_deduplicated() -> None:
    m = meta_of(
        '<meta property="article:tag" content="Energy">'
        '<meta name="news_keywords" content="energy, Copper">'
        + ld({"@type": "Article", "headline": "H", "keywords": ["Mining"]}),
        '<a rel="tag" href="/t/chile">Chile</a>',
    )
    assert m.tags == ("Energy", "Copper", "Mining", "Chile")


def test_tree_is_not_changed() -> None:
    html = "<html><head><title>A | B</title></head><body><h1>A</h1><p>x</p></body></html>"
    tree = parse_html(html)
    before = lxml.html.tostring(tree)
    read_metadata(tree, url=None, options=Options())
    assert lxml.html.tostring(tree) == before


def test_jsonld_in_cdata_wrapper() -> None:
    body = (
        '<![CDATA[ {"@type": "NewsArticle", "headline": "H", "author": {"name": "Aleš Vávra"}} ]]>'
    )
    m = meta_of(f'<script type="application/ld+json">{body}</script>')
    assert m.authors == ("Aleš Vávra",)


def test_jsonld_author_list_printed_as_a_line() -> None:
    m = meta_of(
        ld(
            {
                "@type": "NewsArticle",
                "headline": "H",
                "author": [{"name": "A Bee"}, {"name": "C Dee"}],
            }
        ),
        "<h1>H</h1><p>By <a class='author' href='/a'>A Bee</a> in Madrid and "
        "<a class='author' href='/c'>C Dee</a> in London</p>",
    )
    assert m.authors == ("A Bee", "C Dee")
    assert m.byline == "A Bee in Madrid and C Dee in London"


def test_meta_keywords_only_when_no_better_tags() -> None:
    m = meta_of('<meta name="keywords" content="Rail, Budget">')
    assert m.tags == ("Rail", "Budget")
    m = meta_of(
        '<meta name="keywords" content="Rail"><meta property="article:tag" content="Trains">'
    )
    assert m.tags == ("Trains",)


def test_headline_outside_headings_anchors_printed_byline() -> None:
    m = meta_of(
        "<title>Council approves tower</title>",
        "<table><tr><td><font size=5><b>Council approves tower</b></font><br>"
        "<font size=2>By Tom Hadley</font><br>Posted: Tuesday, March 10, 2009</td></tr></table>",
    )
    assert m.byline == "Tom Hadley"
    assert m.published == "2009-03-10"


def test_republished_page_shows_its_update_day() -> None:
    m = meta_of(
        ld(
            {
                "@type": "Article",
                "headline": "H",
                "datePublished": "2021-11-29T14:13:37+00:00",
                "dateModified": "2022-01-12T14:27:30+00:00",
            }
        ),
        "<h1>H</h1><p>12. Januar 2022</p><p>Body text of the article.</p>",
    )
    assert m.published == "2022-01-12"
    assert m.modified == "2022-01-12T14:27:30+00:00"


def test_lone_h1_beats_a_section_title() -> None:
    m = meta_of(
        '<meta property="og:title" content="Press releases"><title>Press releases</title>',
        "<h1>Vaccination centres close at the end of February</h1>",
    )
    assert m.title == "Vaccination centres close at the end of February"


def test_jsonld_html_entities_unescaped() -> None:
    m = meta_of(ld({"@type": "Article", "headline": "Meat &amp; milk"}))
    assert m.title == "Meat & milk"


@pytest.mark.parametrize(
    ("raw", "byline"),
    [
        ("Redaktion", "Redaktion"),
        ("Jörg Staff", "Jörg Staff"),
        ("By Jane Doe, Staff Writer", "Jane Doe"),
        ("Von Max Muster, Redakteurin Kultur", "Max Muster"),
        ("© Kathrin Führes", "Kathrin Führes"),
        ("Posted on January 12, 2022 by Tobi", "Tobi"),
    ],
)
def test_split_byline_cleaning(raw: str, byline: str) -> None:
    from declutter.metadata.byline import split_byline

    assert split_byline(raw)[0] == byline


def test_time_element_does_not_shift_a_utc_day() -> None:
    m = meta_of(
        '<meta property="article:published_time" content="2023-11-08T20:00:00+00:00">',
        '<h1>H</h1><time datetime="2023-11-09T01:00:00Z">Nov 9</time>',
    )
    assert m.published == "2023-11-08T20:00:00+00:00"


_PIECES = [
    "<h1>Headline here</h1>",
    "<title>A | B</title>",
    '<meta property="article:published_time" content="2022-13-45">',
    '<meta name="author" content="">',
    '<time datetime="not a date">x</time>',
    '<div class="byline">By</div>',
    "<p>12.01.2022</p>",
    "<p>Updated 3 hours ago</p>",
    '<script type="application/ld+json">{"@graph": [null, 1, {"@type": ["Article"]}]}</script>',
    '<script type="application/ld+json">[[[{"author": [[]]}]]]</script>',
    '<a rel="author"></a>',
    "<h2><span></span><br></h2>",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=8))
@settings(max_examples=60, deadline=None)
def test_odd_pages_never_crash(pieces: list[str]) -> None:
    html = "<html><body>" + "".join(pieces) + "<p>text</p></body></html>"
    now = datetime(2022, 1, 12, tzinfo=timezone.utc)
    read_metadata(
        parse_html(html), url="https://x.example/2022/01/12/a", options=Options(reference_time=now)
    )


def test_shared_date_parser_keeps_four_digit_years_by_default() -> None:
    from declutter.metadata.dates import parse_date_text

    assert parse_date_text("Kultur, 2.11.22") is None
    assert parse_date_text("Kultur, 2.11.22", short_years=True) == "2022-11-02"
    assert parse_date_text("01/13/2022") == "2022-01-13"
    assert parse_date_text("01/02/2022", month_first=True) == "2022-01-02"


def test_date_printed_in_heading_is_not_the_headline() -> None:
    m = meta_of(
        '<meta property="og:title" content="23.01.2022 - Wierer wins at home - Biathlon">',
        "<h1>23.01.2022 - Wierer wins at home</h1>",
    )
    assert m.title == "Wierer wins at home"


def test_printed_local_day_corrects_utc_night_time() -> None:
    m = meta_of(
        '<meta property="article:published_time" content="2021-11-04T23:00:00+00:00">',
        "<h1>Local elections</h1><p>05.11.2021</p><p>Body text.</p>",
    )
    assert m.published == "2021-11-05"


def test_bare_date_tag_yields_to_printed_date() -> None:
    m = meta_of(
        '<meta name="date" content="2022-01-26T14:32:06">',
        "<h1>Ski touring boot test</h1><p>21.01.2022</p><p>Body text.</p>",
    )
    assert m.published == "2022-01-21"


def test_jsonld_deep_nesting_is_read_a_few_levels_only() -> None:
    shallow = (
        '{"@type": "NewsArticle", "headline": [["Storm"]], "author": [[{"name": "Jane Doe"}]]}'
    )
    m = meta_of(f'<script type="application/ld+json">{shallow}</script>')
    assert m.title == "Storm"
    assert m.byline == "Jane Doe"
    deep = '{"@type": "NewsArticle", "headline": ' + "[" * 50 + '"H"' + "]" * 50 + "}"
    assert meta_of(f'<script type="application/ld+json">{deep}</script>').title is None
    bomb = "[" * 100_000 + "]" * 100_000
    assert meta_of(f'<script type="application/ld+json">{bomb}</script>').title is None


@pytest.mark.parametrize(
    ("raw", "byline"),
    [
        ("Posted by Ann Lee and Bo Kim - Chrome Safe Browsing team", "Ann Lee, Bo Kim"),
        ("Text von Christian Seiler Illustration von Markus Roost", "Christian Seiler"),
        ("Eine Kolumne von Nils Pickert", "Nils Pickert"),
        ("von lupa am 26/10/13, 03:48 pm", "lupa"),
        ("Ben Silverman | Games Editor", "Ben Silverman"),
    ],
)
def test_byline_round2_cleaning(raw: str, byline: str) -> None:
    from declutter.metadata.byline import split_byline

    _, names = split_byline(raw)
    assert set(names) == set(byline.split(", "))


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Die FURCHE", False),  # an article opens a title, not a name
        ("deinen Hochzeitsbloggern", False),  # a phrase
        ("Beginn an relativ hoch", False),
        ("Jose de la Cruz", True),  # particles are fine
        ("Mobasir hassan", True),  # a sloppy lower-case surname
        ("heavenlynnhealthy", True),
        ("wem?", False),  # "Von wem?": a question where a name goes
    ],
)
def test_person_names_and_phrases(name: str, person: bool) -> None:
    from declutter.metadata.byline import looks_like_person

    assert looks_like_person(name) is person


def test_byline_box_lines_kept_apart() -> None:
    m = meta_of(
        "<title>Games</title>",
        '<h1>Games</h1><div class="author"><a href="/a/b">Ben Silverman</a>'
        "<div>Games Editor</div></div><p>Text</p>",
    )
    assert m.byline == "Ben Silverman"


def test_org_meta_author_yields_to_linked_person() -> None:
    m = meta_of(
        '<meta name="author" content="Die Wochenzeitung">',
        '<h1>Storm</h1><a rel="author" href="/a">Ursula Baatz</a><p>Text</p>',
    )
    assert m.byline == "Ursula Baatz"


def test_single_word_pair_yields_to_printed_credit() -> None:
    m = meta_of(
        '<meta name="author" content="Jobs &amp; Hire">',
        "<h1>Health for all</h1><p>By</p><p>Jose de la Cruz</p><p>Text of the story.</p>",
    )
    assert m.byline == "Jose de la Cruz"


def test_author_named_like_the_host_is_the_site() -> None:
    m = meta_of(
        '<meta name="author" content="El Diario">',
        "<h1>Buses</h1><p>By Jacobo Betancur | 3 hours ago</p><p>Text</p>",
        url="https://www.eldiario.com/a/b",
    )
    assert m.byline == "Jacobo Betancur"


def test_printed_credit_widens_a_tagged_author() -> None:
    m = meta_of(
        '<meta name="author" content="Rudolf Fischer">',
        "<h1>Bike test</h1><p>von Rudolf Fischer, Simon Kohler</p><p>Text</p>",
    )
    assert m.authors == ("Rudolf Fischer", "Simon Kohler")


def test_linked_user_name_with_digits_is_the_author() -> None:
    m = meta_of("", '<h1>Six Sigma</h1><a rel="author" href="/u">freeman1984</a><p>Text</p>')
    assert m.byline == "freeman1984"


def test_other_author_name_meta_keys_and_one_tag_per_author() -> None:
    m = meta_of('<meta name="shareaholic:article_author_name" content="Wolfgang Michal">')
    assert m.byline == "Wolfgang Michal"
    m = meta_of(
        '<meta name="citation_author" content="Ann Lee">'
        '<meta name="citation_author" content="Bo Kim">'
    )
    assert m.authors == ("Ann Lee", "Bo Kim")


def test_label_alone_on_its_line_starts_a_credit() -> None:
    m = meta_of("", "<h1>Rod test</h1><p>Autor</p><p>Jana Fischer</p><p>Text</p>")
    assert m.byline == "Jana Fischer"


def test_dublin_core_property_form_first() -> None:
    m = meta_of(
        '<meta name="DC.title" content="Name form"><meta property="dc:title" content="RDFa form">'
        '<meta name="DC.creator" content="Ann Lee"><meta property="dc:creator" content="Bo Kim">'
    )
    assert m.title == "RDFa form"
    assert m.byline == "Bo Kim"


#: Paragraphs enough to put a footer out of reach of the headline's lines.
STORY = "".join(f"<p>Paragraph {i} of the story.</p>" for i in range(40))


def test_labelled_publication_date_anywhere_is_the_last_resort() -> None:
    m = meta_of(
        "", f"<h1>Podcast 158</h1>{STORY}<footer><p>Veröffentlicht am 16.08.2019</p></footer>"
    )
    assert m.published == "2019-08-16"
    assert m.sources["published"] == "visible labelled date"


def test_last_change_label_when_the_page_states_no_publication() -> None:
    body = f"<h1>News</h1>{STORY}<label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div>"
    assert (meta_of("", body).published or "")[:10] == "2022-01-14"
    # the URL's day beats a last change; a comment's label is never read
    assert meta_of("", body, url="https://x.org/2021/05/03/a").published == "2021-05-03"
    thread = f'<h1>News</h1>{STORY}<div class="comments"><p>Published on 3 May 2021</p></div>'
    assert meta_of("", thread).published is None


def test_unmarked_time_elements_of_several_days_yield_to_printed_date() -> None:
    embeds = (
        '<blockquote><time datetime="2018-03-12T19:30:12+00:00">Mar 12</time></blockquote>'
        '<blockquote><time datetime="2018-03-19T18:33:27+00:00">Mar 19</time></blockquote>'
    )
    m = meta_of("", f"<h1>Influencer ruling</h1><p>29. Januar 2019</p>{STORY}{embeds}")
    assert m.published == "2019-01-29"
    # one day in every unmarked <time> (a forum's posts): the <time> stands
    same = '<time datetime="2020-03-18T12:22:42-04:00">now</time>' * 2
    m = meta_of("", f"<h1>Thread</h1><p>Joined May 11, 2017</p>{same}{STORY}")
    assert (m.published or "")[:10] == "2020-03-18"


def test_labelled_credit_anywhere_when_nobody_is_named() -> None:
    m = meta_of(
        '<meta name="author" content="Hanns Stiftung e.V.">',
        f"<h1>Tunesien</h1>{STORY}<p><strong>Autorin: Uta Staschewski, Projektleiterin"
        " der HSS in Tunesien.</strong></p>",
    )
    assert m.byline == "Uta Staschewski"
    assert m.sources["byline"] == "visible labelled credit"
    m = meta_of(
        "", f"<h1>Wohngeld</h1>{STORY}<div>Quelle: x<br>Autor: <a>Rechtsanwalt</a> Jan Ek</div>"
    )
    assert m.byline == "Jan Ek"
    assert meta_of("", f"<h1>Xinhua</h1>{STORY}<span>责任编辑： 焦鹏</span>").byline == "焦鹏"


def test_desk_accounts_and_bare_titles_are_not_people() -> None:
    from declutter.metadata.byline import looks_like_person

    assert not looks_like_person("KB_Redaktion")
    assert not looks_like_person("Rechtsanwalt")
    m = meta_of("", "<h1>Tomaten schneiden</h1><p>von</p><p>Marianne1</p><p>Text</p>")
    assert m.byline == "Marianne1"


def test_credit_lines_above_the_headline_and_forum_labels() -> None:
    m = meta_of(
        "", "<p>Verfasst von:</p><p>mitundvoneinander</p><h1>Ratschläge geben</h1><p>Text</p>"
    )
    assert m.byline == "mitundvoneinander"
    m = meta_of("", "<h1>Patch notes</h1><p>Thread starter</p><p>Tiberius</p><p>Text</p>")
    assert m.byline == "Tiberius"


def test_agency_alone_under_the_headline_and_continued_dated_line() -> None:
    assert meta_of("", "<h1>Masks stolen</h1><p>JIJI</p><p>Text</p>").byline == "JIJI"
    m = meta_of("", "<h1>Multiplier</h1><p>Georg Quaas</p><p>, 21. Jan. 2015</p><p>Text</p>")
    assert m.byline == "Georg Quaas"


def test_jsonld_article_body_signature_when_the_author_is_an_organisation() -> None:
    data = {
        "@type": "NewsArticle",
        "author": {"@type": "Organization", "name": "LN"},
        "articleBody": "Die Kampagne läuft seit Jahren erfolgreich. Von Cosima Künzel",
    }
    m = meta_of(ld(data))
    assert m.byline == "Cosima Künzel"
    assert m.sources["byline"] == "json-ld signature"


def test_trailing_label_word_is_not_cut_as_a_job() -> None:
    from declutter.metadata.byline import split_byline

    assert split_byline("Jane Doe Senior Editor")[1] == ("Jane Doe",)
    assert split_byline("Dublin Core property author")[1] == ("Dublin Core property author",)


def test_printed_credit_beats_a_jsonld_author_the_page_never_shows() -> None:
    data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Paul Soldan"}}
    body = "<h1>Interview</h1><p>Teilen</p><p>Ein Interview von</p><p>Eugen Zentner</p><p>Text</p>"
    assert meta_of(ld(data), body).byline == "Eugen Zentner"
    # printed near the headline: the JSON-LD author stands
    shown = body.replace("<p>Teilen</p>", "<p>Paul Soldan</p>")
    assert meta_of(ld(data), shown).byline == "Paul Soldan"


def test_title_drops_soft_hyphens() -> None:
    m = meta_of(
        "<title>Messengerdienste</title>", "<h1>Mes\u00adsen\u00adger\u00addienste</h1><p>x</p>"
    )
    assert m.title == "Messengerdienste"


def test_date_inside_a_sentence_is_no_dateline_and_wiki_last_edit_counts() -> None:
    body = (
        "<h1>Stammtisch</h1><p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr"
        f" in der Gaststätte statt</p>{STORY}"
        "<footer><p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p>"
        "</footer>"
    )
    assert (meta_of("", body).published or "")[:10] == "2020-01-29"
    line = "<h1>Story</h1><p>Posted by Jane Doe on January 3, 2020</p><p>Text</p>"
    assert meta_of("", line).published == "2020-01-03"


# ---------------------------------------------------------------- near the headline


def test_lines_near_headline_in_document_order_both_ways() -> None:
    tree = parse_html(
        "<html><body><div>a<p>b<i>c</i>d</p>e<!-- note -->f<ul><li>g</li></ul>h</div>"
        "<h1>Head</h1><div>i<p>j<b>k</b>l</p>m</div><script>var s;</script>n</body></html>"
    )
    after, before = near_headline(tree.find(".//h1"))
    assert after == ["i", "j", "k", "l", "m", "n"]
    assert before == ["h", "g", "ef", "d", "c", "b"]  # the parser drops comments


def test_lines_before_headline_after_a_long_list_read_only_the_nearest() -> None:
    items = "".join(f"<li><a href='/{i}'>Topic {i}</a></li>" for i in range(5000))
    tree = parse_html(f"<html><body><ul>{items}</ul><h1>Head</h1><p>By Ann Lee</p></body></html>")
    after, before = near_headline(tree.find(".//h1"))
    assert after == ["By Ann Lee"]
    assert before == [f"Topic {i}" for i in range(4999, 4993, -1)]


def test_a_time_zone_beside_a_date_is_no_name() -> None:
    from declutter.metadata.candidates import printed_bylines

    lines = ["Budget 2022: what changes", "Last Updated: Jan 05, 2022, 10:30 PM IST"]
    assert [c for c in printed_bylines(lines) if c[1] == "visible dated line"] == []
    named = ["Headline", "11.12.2019 - Amelie Loevenich"]
    assert ("Amelie Loevenich", "visible dated line") in list(printed_bylines(named))


@pytest.mark.parametrize(
    ("text", "day", "default"),
    [
        ("( Pescasseroli, 14 Gennaio 20 )", "2020-01-14", None),
        ("12 Jan 22 | 10:00", "2022-01-12", None),
        ("14 Gennaio 20 persone", None, None),  # a number of people, not a year
        ("14 Gennaio 2020", "2020-01-14", "2020-01-14"),
    ],
)
def test_two_digit_year_after_a_month_name(text: str, day: str | None, default: str | None) -> None:
    from declutter.metadata.dates import parse_date_text

    assert parse_date_text(text, short_years=True) == day
    assert parse_date_text(text) == default  # four-digit years only unless asked
