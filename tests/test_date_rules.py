"""Publication-date rules of issue 17 on small hand-built pages."""

from __future__ import annotations

from declutter.metadata import read_metadata
from declutter.model import Metadata
from declutter.options import Options
from declutter.parse import parse_html


def meta_of(head: str = "", body: str = "", *, url: str | None = None) -> Metadata:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return read_metadata(tree, url=url, options=Options())


def test_forum_member_join_day_is_no_publication_day() -> None:
    # a forum post: the poster's box ("Registered: <day>") comes before the post's own day
    m = meta_of(
        "<title>What is free software - Forum</title>",
        "<h2>What is free software</h2>"
        "<dl><dt>jdoe</dt><dd>Posts: 1626</dd><dd><b>Registered:</b> 18.09.2008, 05:56</dd></dl>"
        "<p>by <b>jdoe</b> » 21.01.2009, 05:42</p><p>Free software is software that ...</p>",
    )
    assert m.published == "2009-01-21T05:42:00"


def test_update_label_alone_on_its_line_makes_the_date_a_change() -> None:
    m = meta_of(
        "<title>Harbour reopens - Planet</title>",
        "<h1>Harbour reopens</h1><p><span>Published:</span> <span>12.01.2022</span></p>"
        "<p><span>Updated:</span> <span>14.01.2022</span></p><p>The harbour ...</p>",
    )
    assert m.published == "2022-01-12"
    assert m.modified == "2022-01-14"


def test_update_label_alone_before_the_only_printed_date() -> None:
    m = meta_of(
        "<title>Harbour reopens - Planet</title>",
        "<h1>Harbour reopens</h1><div><span>Last updated:</span></div>"
        "<div>14.01.2022</div><p>The harbour ...</p>",
    )
    assert m.modified == "2022-01-14"


def test_site_header_clock_later_than_the_url_day_is_no_publication() -> None:
    # an old blog entry saved years later: the header prints the day it was saved
    m = meta_of(
        "<title>Letters - Blog</title>",
        "<div>Saturday, 2016-10-08, 0:26 AM</div><div>Welcome, guest | RSS</div>"
        "<h1>Letters</h1><p>Dear all, the letters of this week ...</p>",
        url="http://letters.example.org/blog/letters/2010-10-26-18",
    )
    assert m.published == "2010-10-26"


def test_a_candidate_on_the_url_day_wins_over_a_later_one() -> None:
    # the CMS's republication day in the tags; the story's own markup and URL agree
    m = meta_of(
        '<meta property="article:published_time" content="2021-03-02T09:00:00+00:00">',
        "<h1>Harbour reopens after the storm</h1>"
        '<p><time itemprop="datePublished" datetime="2020-01-12">12 January 2020</time></p>'
        "<p>The harbour ...</p>",
        url="https://example.org/2020/01/12/harbour-reopens",
    )
    assert m.published == "2020-01-12"


def test_url_day_within_a_day_of_the_markup_leaves_it() -> None:
    # a post of 00:30 local time written into the URL the evening before, in UTC
    m = meta_of(
        '<meta property="article:published_time" content="2020-02-19T00:30:00+01:00">',
        "<h1>Harbour reopens</h1><p>The harbour ...</p>",
        url="https://example.org/2020/02/18/harbour-reopens",
    )
    assert m.published == "2020-02-19T00:30:00+01:00"


def test_update_shown_at_the_headline_yields_to_a_first_day_the_url_confirms() -> None:
    m = meta_of(
        '<meta property="article:published_time" content="2019-11-08T15:30:00-05:00">'
        '<meta property="article:modified_time" content="2019-11-13T10:28:18-05:00">',
        "<h1>Why the air is so bad</h1><p>Updated Nov 13, 2019, 10:28am EST</p><p>The air ...</p>",
        url="https://news.example.com/science/2019/11/8/20948348/air-pollution",
    )
    assert m.published == "2019-11-08T15:30:00-05:00"


def test_time_classed_both_published_and_updated_is_the_publication() -> None:
    # WordPress marks a post never changed since it was published with both classes
    m = meta_of(
        "<title>Harbour reopens - Planet</title>",
        "<h1>Harbour reopens</h1>"
        '<p><time class="entry-date published updated" datetime="2019-11-13T08:39:36+00:00">'
        "13. November 2019</time></p><p>The harbour ...</p>",
    )
    assert m.published == "2019-11-13T08:39:36+00:00"
    assert m.sources["published"] == "<time>"
    assert m.modified is None


def test_day_printed_before_a_linked_month_is_one_date() -> None:
    # an old blog theme: "8.<a href=/2010/12/>Dezember 2010</a> um 09:43"
    m = meta_of(
        "<title>Leber mit Apfel | Kochblog</title>",
        '<h2><a href="/leber">Leber mit Apfel</a></h2>'
        '<p class="meta">8.<a href="/date/2010/12/">Dezember 2010</a> um 09:43 &middot; '
        '<a href="/rezepte">Rezepte</a></p><p>Heute gibt es Leber mit Apfel ...</p>',
    )
    assert m.published == "2010-12-08T09:43:00"


def test_headline_in_a_heading_beats_a_recent_posts_link_before_it() -> None:
    # the sidebar's "recent posts" list comes first in the page and links the same story
    m = meta_of(
        "<title>Leber mit Apfel | Kochblog</title>",
        '<ul class="recent"><li><a href="/leber">Leber mit Apfel</a></li>'
        '<li><a href="/kuchen">Kuchen</a></li><li>14.02.2020</li></ul>'
        '<h2><a href="/leber">Leber mit Apfel</a></h2><p>Von Jane Doe, 08.12.2010</p>'
        "<p>Heute gibt es Leber mit Apfel ...</p>",
    )
    assert m.published == "2010-12-08"
    assert m.byline == "Jane Doe"


def test_two_digit_year_after_a_month_name_under_the_headline() -> None:
    m = meta_of(
        "<title>Orso marsicano: un anno da record</title>",
        "<h1>Orso marsicano: un anno da record</h1><em>( Pescasseroli, 14 Gennaio 20 )</em>"
        "<p>Sono almeno 9 le femmine di orso marsicano che si sono riprodotte ...</p>",
    )
    assert m.published == "2020-01-14"


def test_date_inside_the_first_sentence_is_no_dateline() -> None:
    # "Since 4 August 2014 ..." opens a paragraph, but as a sentence, not a dateline
    body = (
        "<h2>Kinder und Arbeit</h2><p>Seit 4. August 2014 ist in Bolivien ein neues "
        + ("Gesetz in Kraft, das arbeitende Kinder anerkennt. " * 3)
        + "</p>"
    )
    assert meta_of("<title>Kinder und Arbeit</title>", body).published is None
    dateline = body.replace("Seit 4. August 2014 ist", "BERLIN, 4. August 2014 - Ab heute ist")
    assert meta_of("<title>Kinder und Arbeit</title>", dateline).published == "2014-08-04"


def test_separators_between_category_links_do_not_use_up_the_lines_over_the_headline() -> None:
    # the post's date, its author and three categories over the headline; under the
    # story a sidebar widget dates another one
    cats = ", ".join(f'<a href="/c{i}">Cat {i}</a>' for i in range(3))
    m = meta_of(
        "<title>Fall in love with black - Blog</title>",
        '<div class="post-meta"><a href="/2017/08/08/">08/08/2017</a><a>durch Jane</a>'
        f"<em>{cats}</em></div>"
        '<h2 class="title"><a href="/fall">Fall in love with black</a></h2>'
        + "<p>Black is back this autumn ...</p>" * 8
        + '<div class="sidebar"><div class="widget-date">30/11/2017</div></div>',
    )
    assert m.published == "2017-08-08"


def test_january_first_in_a_weak_tag_is_a_placeholder() -> None:
    # a recipe page: "created 01/01/2004" stands for an unknown day; far under the
    # headline the page prints its last change, the only day it states
    head = '<meta itemprop="dateCreated" content="01/01/2004">'
    steps = "".join(f"<li>Step {i}</li>" for i in range(30))
    body = (
        f"<h1>Pineapple cake</h1><ol>{steps}</ol>"
        '<div class="recipeDate">Updated June 13, 2019</div>'
    )
    assert meta_of(head, body).published == "2019-06-13"
    kept = meta_of(head.replace("01/01/2004", "03/02/2004"), body)
    assert kept.published == "2004-02-03"
