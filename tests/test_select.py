"""select, region, sections: the page as context -> the article region and final labels."""

from __future__ import annotations

import dataclasses
import json

import lxml.html
import pytest

from declutter.body import body_blocks, closing, textrules
from declutter.body.classify import text_label
from declutter.body.evidence import article_body, in_body
from declutter.body.region import Region, choose_region
from declutter.body.sections import boilerplate_sections, heading_section
from declutter.body.segment import Segment, segments
from declutter.body.select import Hints, label_blocks, revise
from declutter.body.standfirst import near_equal
from declutter.model import Block, Metadata
from declutter.options import DEFAULT

PROSE = (
    "This is a paragraph of real article prose, long enough to weigh in the region "
    "choice, with commas, clauses and a full stop at the end of it. "
)


def para(n: int) -> str:
    return f"<p>{n}. {PROSE * 2}</p>"


def segs(body: str) -> list[Segment]:
    return segments(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))


def region_of(page: list[Segment]) -> Region:
    return choose_region(page, [text_label(s) for s in page], boilerplate_sections(page))


def blocks(body: str, meta: Metadata | None = None) -> tuple[Block, ...]:
    tree = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    return body_blocks(tree, hints=meta or Metadata(), options=DEFAULT)


def kept(body: str, meta: Metadata | None = None) -> list[str]:
    return [b.text for b in blocks(body, meta) if b.kept]


def label_of(found: tuple[Block, ...], start: str) -> str:
    return next(b.label for b in found if b.text.startswith(start))


# ------------------------------------------------------------------ region


def test_region_is_the_deepest_element_holding_most_prose() -> None:
    page = segs(
        "<div id='side'><p>Short teaser one that is a bit long</p></div>"
        f"<div id='main'><div id='story'>{para(1)}{para(2)}{para(3)}</div></div>"
    )
    region = region_of(page)
    assert region.frame is not None
    assert region.frame.key[2] == "story"


def test_no_prose_means_no_region() -> None:
    assert region_of(segs("<p>Home</p><p>About</p>")).frame is None


def test_region_climbs_to_the_enclosing_article() -> None:
    page = segs(
        "<article><p class='lead'>Lead line.</p>"
        f"<div class='body'>{para(1)}{para(2)}</div></article>"
    )
    region = region_of(page)
    assert region.frame is not None and region.frame.tag == "article"


def test_region_climbs_out_of_a_list() -> None:
    items = "".join(f"<li>{PROSE}</li>" for _ in range(4))
    page = segs(f"<div id='post'><p>Intro that is short.</p><ul>{items}</ul></div>")
    region = region_of(page)
    assert region.frame is not None and region.frame.key[2] == "post"


def test_region_takes_same_kind_siblings_split_by_ads() -> None:
    found = kept(
        "<div class='page'>"
        f"<div class='story-body story-body-1'>{para(1)}</div>"
        "<div class='ad'><p>Advertisement</p></div>"
        f"<div class='story-body story-body-2'>{para(2)}{para(3)}{para(4)}</div>"
        "</div>"
    )
    assert [t[:2] for t in found] == ["1.", "2.", "3.", "4."]


def test_prose_in_boilerplate_containers_weighs_little() -> None:
    comments = "".join(f"<div class='comment'>{para(i)}</div>" for i in range(10, 20))
    found = kept(f"<div id='story'>{para(1)}{para(2)}</div><div class='comments'>{comments}</div>")
    assert [t[:2] for t in found] == ["1.", "2."]


def test_a_mark_on_a_wrapper_holding_most_prose_is_not_believed() -> None:
    found = kept(f"<div class='sidebar-layout'><div>{para(1)}{para(2)}</div></div>")
    assert len(found) == 2


# ------------------------------------------------------------------ labels in context


def test_outside_the_region_is_boilerplate() -> None:
    found = blocks(
        f"<div><p>Some unrelated line far away.</p></div><div id='s'>{para(1)}{para(2)}</div>"
    )
    assert label_of(found, "Some unrelated") == "boilerplate"


def test_marks_above_the_region_are_ignored() -> None:
    page = segs(f"<div class='comments-enabled'><div id='s'>{para(1)}{para(2)}</div></div>")
    region = region_of(page)
    assert [v[0] for v in label_blocks(page, region, [text_label(s) for s in page])] == [
        "content",
        "content",
    ]


def test_marks_inside_the_region_count() -> None:
    found = blocks(
        f"<div id='s'>{para(1)}"
        f"<div class='share-tools'><p>Share this with friends</p></div>{para(2)}</div>"
    )
    assert label_of(found, "Share this") == "share"


def test_region_emptied_by_marks_keeps_its_text() -> None:
    found = kept(f"<div class='related'>{para(1)}{para(2)}</div>")
    assert len(found) == 2


# ------------------------------------------------------------------ sections


def test_heading_words_in_several_languages() -> None:
    def found(text: str) -> str | None:
        (seg,) = segs(f"<h2>{text}</h2>")
        got = heading_section(seg)
        return got[0] if got else None

    assert found("Most Read") == "most-read"
    assert found("27 Comments") == "comments"
    assert found("Leserkommentare") == "comments"  # compound ending in a phrase
    assert found("Lesen Sie auch") == "related"
    assert found("Related Stories from the Week") == "related"  # leading words
    assert found("The Related Problem") is None
    assert found("More Great Harbour Times Stories") == "related"  # "more ... stories"
    assert found("Mehr aktuelle Nachrichten") == "related"
    assert found("More than 300 stories") is None  # a count, not a list heading


def test_list_section_runs_to_the_next_heading_of_same_level() -> None:
    page = segs(
        f"<div>{para(1)}<h2>Most Read</h2><ul><li><a href='/a'>Story A</a></li>"
        f"<li><a href='/b'>Story B</a></li></ul><h2>Next part</h2>{para(2)}</div>"
    )
    sections = boilerplate_sections(page)
    labelled = {page[i].text: v[0] for i, v in sections.items()}
    assert labelled == {"Most Read": "most-read", "Story A": "most-read", "Story B": "most-read"}


def test_list_section_needs_links_under_it() -> None:
    page = segs(f"<div><h2>Related</h2>{para(1)}</div>")
    sections = boilerplate_sections(page)
    assert list(sections) == [0]  # the heading alone


def test_list_section_stops_at_prose() -> None:
    page = segs(f"<div><p>Trending</p><p><a href='/x'>A linked teaser</a></p>{para(1)}</div>")
    sections = boilerplate_sections(page)
    assert sorted(sections) == [0, 1]


def test_comment_section_holds_prose() -> None:
    page = segs(
        f"<div>{para(1)}<h3>Comments</h3><p>I disagree with all of this, strongly.</p></div>"
    )
    sections = boilerplate_sections(page)
    assert sorted(sections) == [1, 2]


def test_section_ends_with_the_box_holding_its_heading() -> None:
    page = segs(
        "<div><div class='box'><h4>Related</h4><p><a href='/a'>Story A</a></p></div>"
        "<p>After the box, prose again.</p></div>"
    )
    sections = boilerplate_sections(page)
    assert sorted(sections) == [0, 1]


# ------------------------------------------------------------------ hints and neighbours


def test_title_byline_and_dateline_are_dropped() -> None:
    meta = Metadata(title="Big News Today", byline="Jane Doe")
    found = blocks(
        "<article><h1>Big News Today</h1><p>By Jane Doe</p><p>March 3, 2021</p>"
        f"{para(1)}</article>",
        meta,
    )
    assert [b.label for b in found] == ["title", "byline", "dateline", "content"]


def test_date_list_item_above_the_text_is_a_dateline_but_not_among_it() -> None:
    """A meta list over the story holds its date; a timeline in the story is its text."""
    meta = Metadata(title="Big News Today")
    header = "<ul><li>18 Nov 2019, 19:09</li></ul>"
    timeline = "<ul><li>12 March 2019: plans filed</li><li>3 May 2020: work began</li></ul>"
    found = blocks(
        f"<article><h1>Big News Today</h1>{header}{para(1)}{timeline}{para(2)}</article>", meta
    )
    labels = {b.text: b.label for b in found}
    assert labels["18 Nov 2019, 19:09"] == "dateline"
    assert labels["12 March 2019: plans filed"] == "content"


def test_revise_leaves_long_date_bearing_prose() -> None:
    page = segs(f"<div>{para(1)}</div>")
    out = revise(page, [("content", "")], Hints(title="x"), {})
    assert out == [("content", "")]


def test_short_line_between_removed_blocks_takes_their_label() -> None:
    found = blocks(
        f"<div id='s'>{para(1)}{para(2)}"
        "<div class='related'><p>Another related story to read here</p></div>"
        "<p>AUTO NEWS</p>"
        "<div class='related'><p>One more related story to read here</p></div></div>"
    )
    assert label_of(found, "AUTO NEWS") == "related"


def test_short_line_inside_the_article_stays() -> None:
    assert "Yes." in kept(f"<div id='s'>{para(1)}<p>Yes.</p>{para(2)}</div>")


# ------------------------------------------------------------------ JSON-LD evidence


def test_json_ld_article_body_keeps_a_declared_block_in_a_marked_box() -> None:
    sentence = "The council voted to build a new water tower on the north side of town today."
    ld = json.dumps({"@type": "NewsArticle", "articleBody": f"{sentence} {PROSE * 4}"})
    found = blocks(
        f'<script type="application/ld+json">{ld}</script>'
        f"<div id='s'><div class='sidebar'><p>{sentence}</p></div>{para(1)}{para(2)}</div>"
    )
    assert label_of(found, "The council") == "content"
    assert "JSON-LD" in next(b.reason for b in found if b.text.startswith("The council"))


def test_short_or_missing_article_body_is_no_evidence() -> None:
    tree = lxml.html.document_fromstring(
        '<html><head><script type="application/ld+json">{"articleBody": "Short."}</script>'
        "</head><body><p>x</p></body></html>"
    )
    assert article_body(tree) == ""
    assert not in_body("anything at all, long enough to be looked up in it", "")


def test_lead_just_above_the_region_is_the_standfirst() -> None:
    found = blocks(
        "<header class='article-header'><h1>Title</h1>"
        "<p class='article-teaser'>The short lead that sums up the whole story.</p></header>"
        f"<div id='s'>{para(1)}{para(2)}</div>"
    )
    assert label_of(found, "The short lead") == "standfirst"


def test_dek_in_the_article_header_inside_the_region_is_the_standfirst() -> None:
    found = blocks(
        "<article><header class='post-header'><h1>Title</h1>"
        "<h2 class='post-dek'>Forty years, two storms and one stubborn lamp</h2>"
        "<p class='byline'>By Tom Arkwright</p></header>"
        f"<div class='post-body'>{para(1)}{para(2)}</div></article>"
    )
    assert label_of(found, "Forty years") == "standfirst"
    assert not next(b for b in found if b.label == "standfirst").kept


STANDFIRST = "The council agreed a new water tower, and residents are not happy about it"
HEADLINE = "Council backs water tower"


def test_summary_between_headline_and_byline_is_the_standfirst() -> None:
    meta = Metadata(title=HEADLINE, byline="Jane Doe")
    found = blocks(
        f"<article><h1>{HEADLINE}</h1><p>{STANDFIRST}</p><p>By Jane Doe</p>"
        f"{para(1)}{para(2)}</article>",
        meta,
    )
    assert label_of(found, "The council agreed") == "standfirst"
    assert "byline" in next(b.reason for b in found if b.label == "standfirst")


def test_named_standfirst_box_apart_from_the_body() -> None:
    found = blocks(
        f"<article><h1>{HEADLINE}</h1><div class='dek'><p>{STANDFIRST}</p></div>"
        f"<div class='body'>{para(1)}{para(2)}</div></article>"
    )
    assert label_of(found, "The council agreed") == "standfirst"


def test_lead_paragraph_copied_into_the_description_stays() -> None:
    """The first paragraph of the body is the lead, even when the meta description repeats it."""
    meta = Metadata(title=HEADLINE, description=STANDFIRST + ".")
    found = blocks(
        f"<article><h1>{HEADLINE}</h1><div class='body'><p>{STANDFIRST}.</p>"
        f"{para(1)}{para(2)}</div></article>",
        meta,
    )
    assert label_of(found, "The council agreed") == "content"


def test_description_copy_above_the_body_is_the_standfirst() -> None:
    meta = Metadata(title=HEADLINE, description=STANDFIRST)
    found = blocks(
        f"<article><h1>{HEADLINE}</h1><p>{STANDFIRST}</p>"
        f"<div class='body'>{para(1)}{para(2)}</div></article>",
        meta,
    )
    assert label_of(found, "The council agreed") == "standfirst"


TEASER = (
    "The council agreed on Monday to build a new water tower on the hill above the town. "
    "Residents say it will spoil the view, and they plan to take the fight to court."
)


def test_short_standfirst_is_a_subtitle_kept_out_of_the_text() -> None:
    found = blocks(
        f"<article><h1>{HEADLINE}</h1><div class='dek'><p>{STANDFIRST}</p></div>"
        f"<div class='body'>{para(1)}{para(2)}</div></article>"
    )
    block = next(b for b in found if b.label == "standfirst")
    assert not block.kept
    assert "text too" not in block.reason


def test_paragraph_long_standfirst_opens_the_text() -> None:
    """A teaser of full sentences is the article's opening: kept, and still the standfirst."""
    found = blocks(
        f"<article><h1>{HEADLINE}</h1><div class='dek'><p>{TEASER}</p></div>"
        f"<div class='body'>{para(1)}{para(2)}</div></article>",
        Metadata(title=HEADLINE),
    )
    block = next(b for b in found if b.label == "standfirst")
    assert block.kept
    assert block.reason.endswith("so in the text too")
    assert next(b.text for b in found if b.kept) == TEASER


def test_standfirst_the_body_repeats_is_kept_once() -> None:
    found = blocks(
        f"<article><h1>{HEADLINE}</h1><div class='dek'><p>{TEASER}</p></div>"
        f"<div class='body'>{para(1)}<p>{TEASER}</p>{para(2)}</div></article>"
    )
    block = next(b for b in found if b.label == "standfirst")
    assert not block.kept
    assert "repeated in the body" in block.reason
    assert [b.text for b in found if b.kept].count(TEASER) == 1


def test_block_in_text_overrides_the_label() -> None:
    assert Block("x", label="standfirst", in_text=True).kept
    assert not Block("x", label="standfirst").kept
    assert not Block("x", in_text=False).kept
    assert Block("x").kept


def test_near_equal_allows_a_cut_description() -> None:
    assert near_equal("a b c d e f g h i j", "a b c d e f g h i")
    assert not near_equal("a b c d e f g h i j", "a b c")
    assert not near_equal("a b c d e f g h i j", "x b c d e f g h i j")


def test_newsletter_box_above_the_region_is_not_a_lead() -> None:
    found = blocks(
        "<header class='page-header'><div class='subscribe-box'>"
        "<p class='subscribe-description'>Sign up for our newsletter and more.</p></div></header>"
        f"<div id='s'>{para(1)}{para(2)}</div>"
    )
    assert label_of(found, "Sign up") != "content"


def test_read_more_link_cut_from_a_paragraph_is_its_own_removed_block() -> None:
    found = blocks(f"<div id='s'>{para(1)}<p>More text here. <a href='/x'>Read more</a></p></div>")
    assert [(b.label, b.text) for b in found[1:]] == [
        ("content", "More text here."),
        ("read-more", "Read more"),
    ]


def test_untagged_comments_line_opens_a_comment_section() -> None:
    page = segs(
        f"<table><tr><td>{para(1)}</td></tr><tr><td><p>Reader Comments (3)</p>"
        "<p>northender wrote: About time, says I.</p></td></tr></table>"
    )
    sections = boilerplate_sections(page)
    assert [v[0] for v in sections.values()] == ["comments", "comments"]


def test_kept_blocks_say_which_region_holds_them() -> None:
    found = blocks(f"<div id='s' class='story body'>{para(1)}{para(2)}</div>")
    assert {b.reason for b in found if b.kept} == {"in the article region <div#s.story>"}


def test_note_outside_the_body_after_the_author_bio_is_not_kept() -> None:
    found = blocks(
        f"<article><div class='body'>{para(1)}{para(2)}{para(3)}</div>"
        "<div class='author-bio'><p>Jane Doe is a professor of planning at the university.</p>"
        "</div><div class='note'><p>We publish a diversity of letters to the editor.</p></div>"
        "</article>"
    )
    assert label_of(found, "We publish") == "boilerplate"
    assert "author-bio" in next(b.reason for b in found if b.text.startswith("We publish"))
    assert label_of(found, "3.") == "content"


def test_closing_call_to_action_is_removed_but_prose_with_the_words_stays() -> None:
    found = blocks(
        f"<div id='s'>{para(1)}<p>If you just want the service, you can sign up for a trial.</p>"
        f"{para(2)}<p>Do you want to be informed of our actions? Sign up here</p></div>"
    )
    assert label_of(found, "Do you want") == "newsletter"
    assert label_of(found, "If you just want") == "content"


def test_byline_name_among_the_paragraphs_stays() -> None:
    """The page's author is a brand; lines naming its products in the story are content."""
    meta = Metadata(byline="Harbourfit")
    found = blocks(
        f"<article><p>By Harbourfit</p><div class='body'>{para(1)}"
        f"<p>Harbourfit Recover, 1 cup blueberries</p>{para(2)}</div></article>",
        meta,
    )
    assert label_of(found, "By Harbourfit") == "byline"
    assert label_of(found, "Harbourfit Recover") == "content"


def test_call_to_action_above_the_first_paragraph_is_removed() -> None:
    found = blocks(
        "<div id='s'><p>Submit your letter to the editor via this form.</p>"
        f"{para(1)}{para(2)}</div>"
    )
    assert label_of(found, "Submit your letter") == "newsletter"
    assert "article's top" in next(b.reason for b in found if b.text.startswith("Submit"))


def test_closing_subscription_offer_is_removed() -> None:
    offer = "Get Harbour Monthly delivered through your letterbox every month. 12 issues for 30."
    found = blocks(f"<div id='s'>{para(1)}{para(2)}<p>{offer}</p></div>")
    assert label_of(found, "Get Harbour Monthly") == "newsletter"


def test_unmarked_opening_paragraph_just_above_the_region_is_kept() -> None:
    opening = "The opening paragraph of the story, printed apart from the rest of it. " * 3
    body = "".join(para(n) for n in range(12))
    found = blocks(
        f"<div class='top'><p>{opening}</p></div><div class='x'><p>A short line</p></div>"
        f"<div class='top'><p>{opening}</p></div><div id='s'>{body}</div>"
    )
    opened = [b for b in found if b.text.startswith("The opening")]
    assert [b.label for b in opened] == ["boilerplate", "content"]  # the line between stops it
    assert opened[1].reason == "prose just above the article region"


def test_short_link_items_between_paragraphs_are_kept() -> None:
    toc = "<ul><li><a href='#a'>Setup</a></li><li><a href='#b'>Usage</a></li></ul>"
    after = "<ul><li><a href='/x'>Other story</a></li></ul>"
    out = blocks(f"<article>{para(1)}{toc}{para(2)}{para(3)}{after}</article>")
    labels = {b.text: b.label for b in out}
    assert labels["Setup"] == "content"
    assert labels["Usage"] == "content"
    assert labels["Other story"] != "content"


def test_linked_list_introduced_by_the_articles_colon_line_is_kept() -> None:
    """Long linked items under "In progress:" are the article's; a headline box is not."""
    title = "Fullscreen window is affected by switching source"
    bugs = "".join(f"<li><a href='/b{n}'>Bug 16770{n} - {title} {n}</a></li>" for n in range(3))
    other = "<ul><li><a href='/o'>Another story with a long enough headline to be one</a></li></ul>"
    body = f"<article>{para(1)}<p>In progress:</p><ul>{bugs}</ul>{other}{para(2)}</article>"
    found = {b.text: b for b in blocks(body)}
    bug = found["Bug 167701 - Fullscreen window is affected by switching source 1"]
    assert bug.label == "content"
    assert bug.reason == "linked list item under the article's line ending in ':'"
    assert found["Another story with a long enough headline to be one"].label != "content"


def test_short_linked_paragraphs_among_the_paragraphs_are_kept() -> None:
    """A link alone in a <p> between the article's paragraphs is part of it."""
    links = "<p><a href='/a'>The council's report</a></p><p><a href='/b'>The map</a></p>"
    box = "<div class='wa'><a href='/s'>Share this</a></div>"
    body = f"<article>{para(1)}{links}{box}{para(2)}{para(3)}</article>"
    found = {b.text: b for b in blocks(body)}
    assert found["The council's report"].label == "content"
    assert found["The map"].reason == "short linked paragraph among the article's paragraphs"
    assert found["Share this"].label != "content"  # a box, not a paragraph


def test_linked_paragraph_after_the_last_paragraph_stays_removed() -> None:
    body = f"<article>{para(1)}{para(2)}<p><a href='/x'>Other story</a></p></article>"
    labels = {b.text: b.label for b in blocks(body)}
    assert labels["Other story"] != "content"


COOKIE_PROSE = (
    "The API keeps requests and responses behind filters for privacy reasons, so that "
    "cookies are never readable by third parties, and the browser settings decide the rest."
)


def test_paragraph_about_cookies_among_the_paragraphs_is_prose() -> None:
    found = {
        b.text: b for b in blocks(f"<article>{para(1)}<p>{COOKIE_PROSE}</p>{para(2)}</article>")
    }
    assert found[COOKIE_PROSE].label == "content"
    assert "was cookie" in found[COOKIE_PROSE].reason


def test_cookie_notice_in_its_own_box_stays_removed() -> None:
    notice = f"<div class='notice'><p>{COOKIE_PROSE}</p></div>"
    found = {b.text: b for b in blocks(f"<article>{para(1)}{para(2)}</article>{notice}")}
    assert found[COOKIE_PROSE].label == "cookie"


def test_unmarked_list_right_above_the_region_is_kept() -> None:
    items = "".join(f"<li>{n} cups of wheat flour, sifted twice with salt</li>" for n in range(6))
    body = f"<div><ul>{items}</ul></div><div class='steps'>{para(1)}{para(2)}{para(3)}</div>"
    out = blocks(body)
    assert all(b.label == "content" for b in out if "flour" in b.text)


def test_linked_heading_among_the_paragraphs_is_kept() -> None:
    heading = "<h3><a href='/g'>Rez Infinite ($30)</a></h3>"
    body = f"<article><div>{para(1)}{heading}{para(2)}</div></article>"
    labels = {b.text: b.label for b in blocks(body)}
    assert labels["Rez Infinite ($30)"] == "content"


def test_heading_over_a_box_whose_text_was_removed_is_dropped() -> None:
    """'Like this:' titles a like button's box; a section heading and a subtitle stay."""
    like = (
        "<div class='sharedaddy'><h3>Like this:</h3>"
        "<div class='likes-widget-placeholder'>Like Loading...</div></div>"
    )
    section = f"<section><h2>Background</h2>{para(3)}</section>"
    top = "<header><h2>A subtitle over the text</h2><div class='share'>Share</div></header>"
    found = blocks(f"<article>{top}{para(1)}{like}{para(2)}{section}</article>")
    assert label_of(found, "Like this:") == "boilerplate"
    assert label_of(found, "Background") == "content"
    assert label_of(found, "A subtitle") == "content"


def test_closing_invitation_to_join_the_sites_forum_is_removed() -> None:
    join = "Join our Space Forums to keep talking space on the latest missions and more!"
    found = blocks(f"<div id='s'>{para(1)}{para(2)}<p>{join}</p></div>")
    assert label_of(found, "Join our Space Forums") == "newsletter"


def test_linked_sentence_among_the_paragraphs_is_kept() -> None:
    """A sentence that is mostly one link, between paragraphs, is prose; a headline is not."""
    sentence = (
        "<p><a href='/p'>The new director replaced the old one, who had held both jobs "
        "for the last eight months</a> in the marketing department.</p>"
    )
    headline = "<p><a href='/h'>Council approves the new budget for the harbour works</a></p>"
    found = blocks(f"<article>{para(1)}{sentence}{headline}{para(2)}{para(3)}</article>")
    assert label_of(found, "The new director") == "content"
    assert label_of(found, "Council approves") != "content"


def test_linked_item_between_kept_items_of_its_list_is_kept() -> None:
    """One all-link bullet among the article's bullets is one of them; a headline list is not."""
    point = "The council agreed to run the number 12 bus later on Fridays for six months."
    report_link = "<a href='/doc.pdf'>Cabinet report on the harbour wall repairs</a>"
    items = f"<li>{point}</li><li>{report_link}</li><li>{point} And on Saturdays.</li>"
    other = "".join(f"<li><a href='/s{n}'>Another story headline {n}</a></li>" for n in (1, 2, 3))
    body = f"<article>{para(1)}<ul>{items}</ul>{para(2)}<ul>{other}</ul></article>"
    found = {b.text: b for b in blocks(body)}
    report = found["Cabinet report on the harbour wall repairs"]
    assert report.label == "content"
    assert report.reason == "linked item between kept items of its list"
    assert found["Another story headline 2"].label != "content"


def test_linked_item_next_to_a_nested_list_is_among_its_list() -> None:
    """The item before may hold a nested list: its last nested line is still that item."""
    point = "Dimi fixed a hang in the password manager that showed up on slow disks."
    nested = f"<li>{point}<ul><li>{point} It was found with the hang dashboard.</li></ul></li>"
    link = "<li><a href='/bug/1'>Gijs made the toolbar load later in the startup window</a></li>"
    items = f"{nested}{link}<li>{point} Again.</li>"
    found = {b.text: b for b in blocks(f"<article>{para(1)}<ul>{items}</ul>{para(2)}</article>")}
    assert found["Gijs made the toolbar load later in the startup window"].label == "content"


def test_linked_item_in_a_list_of_its_own_is_not_kept_by_its_neighbours() -> None:
    point = "The council agreed to run the number 12 bus later on Fridays for six months."
    body = (
        f"<article>{para(1)}<ul><li>{point}</li></ul>"
        "<ul><li><a href='/x'>A story elsewhere on the site with a long headline</a></li></ul>"
        f"<ul><li>{point}</li></ul>{para(2)}</article>"
    )
    found = {b.text: b for b in blocks(body)}
    assert found["A story elsewhere on the site with a long headline"].label != "content"


def test_region_takes_sibling_content_element_boxes() -> None:
    """A CMS prints each content element as <div class=ce><article>: headline + lead, then text."""
    lead = "<h1>Neue Buslinie</h1><p>Ab Juni fährt die Linie 47 im Stundentakt nach Bergfeld.</p>"
    body = (
        f"<div id='col'><div class='ce' id='c1'><article>{lead}</article></div>"
        f"<div class='ce' id='c2'><article><div>{para(1)}{para(2)}</div></article></div></div>"
        "<div class='ce' id='c3'><div><p>Sidebar box of the same kind, long enough to weigh.</p>"
    )
    page = segs(body)
    region = region_of(page)
    assert region.frame is not None and region.frame.key[2] == "c2"
    assert sum(region.holds(s) for s in page if "Linie 47" in s.text) == 1


def test_region_does_not_take_sibling_boxes_without_an_article() -> None:
    body = (
        "<div id='col'><div class='ce' id='c1'><div><p>Photo of the day: the mayor serves "
        "a meal at the shelter's open day.</p></div></div>"
        f"<div class='ce' id='c2'><article><div>{para(1)}{para(2)}</div></article></div></div>"
    )
    page = segs(body)
    region = region_of(page)
    assert not any(region.holds(s) for s in page if "Photo of the day" in s.text)


def test_region_does_not_take_the_next_story_in_a_sibling_box() -> None:
    """An endless page: each story is <div class=wrap><article><h2/>...; the next is not ours."""
    story = f"<h2>Council approves the budget</h2><div>{para(1)}{para(2)}{para(3)}</div>"
    nxt = "<h2>Next story: harbour wall</h2><div><p>The harbour wall survey found damage.</p></div>"
    body = (
        f"<div id='feed'><div class='wrap'><article>{story}</article></div>"
        f"<div class='wrap'><article>{nxt}</article></div></div>"
    )
    page = segs(body)
    region = region_of(page)
    assert not any(region.holds(s) for s in page if "harbour wall" in s.text)


def test_teaser_summaries_after_the_last_paragraph_are_removed() -> None:
    """Cards of other stories (linked headline over an unlinked summary) after the text go."""
    card = (
        "<div class='cell'><a href='/n{n}'><h5>Other story headline {n}</h5></a>"
        "<p>A summary of the other story number {n}, one line long.</p></div>"
    )
    cards = "".join(card.format(n=n) for n in (1, 2))
    found = {b.text: b for b in blocks(f"<article>{para(1)}{para(2)}{cards}</article>")}
    summary = found["A summary of the other story number 2, one line long."]
    assert summary.label == "related"
    assert summary.reason == "summary under a linked headline after the article's last paragraph"


def test_one_linked_section_heading_over_a_line_stays() -> None:
    """One linked heading over a short line is a section of the page, not a series of teasers."""
    section = "<h2><a href='/programs'>Our programs</a></h2><p>Our work spans many areas.</p>"
    found = {b.text: b for b in blocks(f"<article>{para(1)}{para(2)}{section}</article>")}
    assert found["Our work spans many areas."].label == "content"


def test_blocks_are_whole_frozen_records() -> None:
    """Blocks are made without Block.__init__ (speed): every field is set, and they
    equal, hash and refuse changes like ones made by it."""
    tree = lxml.html.document_fromstring(f"<html><body><article>{para(1)}</article></body></html>")
    (block,) = body_blocks(tree, hints=Metadata(), options=DEFAULT)
    assert set(vars(block)) == {f.name for f in dataclasses.fields(Block)}
    made = Block(**vars(block))
    assert block == made
    assert hash(block) == hash(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    "prompt",
    [
        "Para comentar debes registrarte y completar los datos generales.",
        "Please log in to post a comment.",
        "¡Mira lo que tiene nuestro canal de YouTube!",
        "Watch more on our YouTube channel.",
        "Bitte teilen Sie uns Ihre Erfahrungen mit, wenn Sie das Rezept probiert haben.",
        "Tried the recipe? Leave a comment below.",
        "Pour accéder en illimité aux articles :",
        "Get unlimited digital access for 1 a week.",
    ],
)
def test_closing_comment_channel_and_donation_prompts_are_removed(prompt: str) -> None:
    found = blocks(f"<div id='s'>{para(1)}{para(2)}<p>{prompt}</p></div>")
    assert label_of(found, prompt[:12]) == "newsletter"


def test_a_closing_line_about_comments_or_donations_in_the_story_stays() -> None:
    line = "The club said it would donate the shirts, and fans may comment at the meeting."
    found = blocks(f"<div id='s'>{para(1)}{para(2)}<p>{line}</p></div>")
    assert label_of(found, "The club said") == "content"


@pytest.mark.parametrize(
    "pointer",
    [
        "Wie Apple Ihre Daten schützt, erklären wir in unserem Beitrag iCloud erklärt.",
        '... weiter zu "Die Wortwahl"',
        "Read more about the trial here.",
    ],
)
def test_closing_pointer_to_another_story_is_removed(pointer: str) -> None:
    found = blocks(f"<div id='s'>{para(1)}{para(2)}<p>{pointer}</p></div>")
    assert label_of(found, pointer[:10]) == "related"


def test_closing_line_that_points_to_the_storys_own_links_stays() -> None:
    line = "Alle Termine der Redner in der Region findest Du hier."
    found = blocks(f"<div id='s'>{para(1)}{para(2)}<p>{line}</p></div>")
    assert label_of(found, "Alle Termine") == "content"


#: One ASCII line per branch of CLOSING_CALL and CROSS_REFERENCE.
CALL_LINES = (
    "Sign up", "Subscribe", "Follow us on X", "Follow our live updates",
    "Download the app", "Support our work", "Submit a letter", "Join us on Facebook",
    "Find us on Facebook", "Connect with us", "Get our weekly newsletter", "Abonniere uns",
    "Folgen Sie uns", "Folge uns", "Suivez-nous", "Abonnez-vous", "Seguici", "Iscriviti",
    "Zapraszamy", "Stay up to date", "Stay informed", "Write to us", "Schreiben Sie uns",
    "Puede escribirnos", "Donate", "Make a donation", "Spenden Sie", "Faites un don",
    "Read our letters to the editor", "If you enjoyed this", "For the latest news, download",
    "Delivered to your inbox", "Para comentar", "Pour commenter", "Per commentare",
    "Um zu kommentieren", "Log in to comment", "Hinterlasse einen Kommentar",
    "Leave a comment", "Laissez un commentaire", "Deja un comentario",
    "Let us know in the comments", "Teilen Sie uns Ihre Meinung", "Schreib uns in die Kommentare",
    "Profitez de notre offre", "Unlimited access", "Unbegrenzter Zugang", "Acceso ilimitado",
    "Accesso illimitato", "Our YouTube channel", "Nuestro canal de Telegram",
    "Unseren WhatsApp-Kanal", "Unterstützen Sie uns", "Síguenos", "Suscríbete", "Únete",
    "Escríbenos", "Écrivez-nous", "Pour accéder en illimité", "Accès illimité",
    "Notre chaîne YouTube", "SUBSCRİBE", "ſubscribe",
)  # fmt: skip
CROSS_LINES = (
    "... continue to part two", "Read more about it here", "We explain it in our guide",
    "Das erklären wir in unserem Ratgeber", "… weiter zu Teil zwei",
)  # fmt: skip


@pytest.mark.parametrize("line", CALL_LINES + CROSS_LINES)
def test_closing_call_words_cover_every_branch(line: str) -> None:
    """`closing_calls` searches a block only when it holds one of the words:
    each branch's match must hold one (as the case-blind regex reads it)."""
    if line in CROSS_LINES:
        found, words = closing._cross_reference().search(line), textrules.CROSS_REFERENCE_WORDS
    else:
        found, words = closing._closing_call().search(line), textrules.CLOSING_CALL_WORDS
    assert found is not None
    assert any(word in closing._folded(found.group(0)) for word in words)
