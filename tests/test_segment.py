"""segment: tree -> blocks with text, kind, path, links and Markdown."""

from __future__ import annotations

import dataclasses

import lxml.html
import pytest

from declutter.body.blocktext import MAX_LIST_ITEMS
from declutter.body.segment import Segment, segments


def segs(body: str) -> list[Segment]:
    return segments(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))


def texts(body: str) -> list[str]:
    return [s.text for s in segs(body)]


def test_block_elements_split_text_before_inside_and_after() -> None:
    assert texts("<div>before<p>inside</p>after</div>") == ["before", "inside", "after"]


def test_inline_elements_stay_in_their_block() -> None:
    assert texts("<p>one <b>two</b> <a href='/x'>three</a> four</p>") == ["one two three four"]


def test_scripts_styles_and_hidden_elements_give_no_text() -> None:
    body = (
        "<p>kept<script>var x = 1;</script></p><style>p {}</style>"
        "<div style='display: none'>hidden</div><div hidden>gone</div>"
        "<div aria-hidden='true'>also gone</div>"
    )
    assert texts(body) == ["kept"]
    shown = (
        "<div style='color: red'>styled</div><div aria-hidden='false'>shown</div>"
        "<div class='hidden-xs' id='x'>named</div>"
    )
    assert texts(shown) == ["styled", "shown", "named"]


def test_whitespace_is_collapsed_and_br_keeps_a_line_break() -> None:
    assert texts("<p>  a \n\t b<br>c  </p>") == ["a b\nc"]


def test_blocks_without_letters_or_digits_are_dropped() -> None:
    assert texts("<p> | </p><p>•</p><p>x</p>") == ["x"]


def test_kind_follows_the_nearest_structural_ancestor() -> None:
    got = segs(
        "<h2>Head</h2><ul><li>item</li></ul><blockquote><p>said</p></blockquote>"
        "<pre>code  here</pre><p>para</p>"
    )
    assert [(s.kind, s.text) for s in got] == [
        ("h2", "Head"),
        ("li", "item"),
        ("quote", "said"),
        ("pre", "code  here"),
        ("p", "para"),
    ]


def test_heading_level_comes_from_the_kind() -> None:
    first, second = segs("<h3>x</h3><p>y</p>")
    assert (first.heading_level, second.heading_level) == (3, 0)


def test_link_characters_are_counted() -> None:
    (seg,) = segs("<p>abcde <a href='/'>fghij</a></p>")
    assert seg.link_chars == 5
    assert 0.4 < seg.link_density < 0.5
    (whole,) = segs("<li><a href='/'> Home \n page </a></li>")
    assert (whole.text, whole.link_chars) == ("Home page", 9)
    (spaced,) = segs("<p><a href='/'>a  b</a> <a href='/'>c</a></p>")
    assert (spaced.text, spaced.link_chars) == ("a b c", 4)
    (letterless,) = segs("<p>… 42</p>")
    assert letterless.text == "… 42"


def test_markdown_keeps_links_emphasis_and_heading_marks() -> None:
    first, second = segs("<h2>Title</h2><p>see <a href='https://e.org/'>this</a> <em>now</em></p>")
    assert first.markdown == "## Title"
    assert second.markdown == "see [this](https://e.org/) *now*"
    assert second.text == "see this now"


def test_markdown_is_none_when_it_equals_the_text() -> None:
    (seg,) = segs("<p>plain</p>")
    assert seg.markdown is None


def test_trailing_read_more_link_is_cut_from_its_paragraph() -> None:
    (seg,) = segs("<p>The story so far. <a href='/more'>Read more</a></p>")
    assert seg.text == "The story so far."
    assert seg.trimmed_link == "Read more"


def test_a_read_more_link_alone_is_not_cut() -> None:
    (seg,) = segs("<p><a href='/more'>Read more</a></p>")
    assert seg.text == "Read more"


def test_data_table_is_one_block_with_pipe_markdown() -> None:
    (seg,) = segs(
        "<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>31</td></tr></table>"
    )
    assert seg.kind == "table"
    assert seg.text == "Name | Age\n\nAnn | 31"
    assert seg.markdown == "| Name | Age |\n| --- | --- |\n| Ann | 31 |"


def test_layout_table_is_walked_cell_by_cell() -> None:
    got = segs("<table><tr><td><table><tr><td>inner</td></tr></table></td><td>b</td></tr></table>")
    assert [s.text for s in got] == ["inner", "b"]
    assert all(s.kind == "p" for s in got)


def test_path_names_parent_and_owner_with_first_class() -> None:
    (seg,) = segs("<div class='story body'><p class='lead'>x</p></div>")
    assert seg.path == "div.story > p.lead"


def test_chain_holds_every_enclosing_element() -> None:
    (seg,) = segs("<main><div id='a'><p>x</p></div></main>")
    assert [f.tag for f in seg.chain] == ["html", "body", "main", "div", "p"]
    assert seg.chain[3].key == ("div", "", "a")
    assert [f.depth for f in seg.chain] == [0, 1, 2, 3, 4]


def test_blocks_are_numbered_in_page_order() -> None:
    assert [s.index for s in segs("<p>a</p><p>b</p><p>c</p>")] == [0, 1, 2]


def test_frames_know_their_parent_and_inherited_kind() -> None:
    (seg,) = segs("<ul><li><div>x</div></li></ul>")
    owner = seg.owner
    assert owner.tag == "div"
    assert owner.kind == "li"
    assert owner.parent is seg.chain[-2]
    assert seg.chain[0].parent is None


def test_odd_spaces_are_kept_or_collapsed_as_before() -> None:
    # \u2003 (em space) is text, \u200b (zero width) and \xa0 are white space
    assert texts("<p>a\u2003b \u200b c\xa0\xa0d\te</p>") == ["a\u2003b c d e"]


def test_a_style_hides_an_element_whatever_its_case() -> None:
    assert texts("<p>seen</p><p style='DISPLAY : None'>gone</p><p style='color: red'>red</p>") == [
        "seen",
        "red",
    ]


def test_a_very_long_list_of_links_is_one_block() -> None:
    items = "".join(f"<li><a href='/t{i}'>Topic {i}</a></li>" for i in range(MAX_LIST_ITEMS + 1))
    got = segs(f"<ul class='tags'>{items}</ul><p>After the list.</p>")
    assert len(got) == 2
    block = got[0]
    assert block.kind == "li"
    assert block.text.splitlines()[:2] == ["Topic 0", "Topic 1"]
    assert block.link_density == 1.0
    assert block.markdown is not None and block.markdown.startswith("- Topic 0\n- Topic 1")
    assert block.owner.tag == "ul"
    assert got[1].text == "After the list."


def test_a_very_long_list_of_prose_stays_item_by_item() -> None:
    count = MAX_LIST_ITEMS + 1
    items = "".join(f"<li>Comment {i} says <a href='/u'>this</a>.</li>" for i in range(count))
    assert len(segs(f"<ol>{items}</ol>")) == count


def test_a_short_list_of_links_stays_item_by_item() -> None:
    items = "".join(f"<li><a href='/t{i}'>Topic {i}</a></li>" for i in range(50))
    assert len(segs(f"<ul>{items}</ul>")) == 50


def test_a_button_left_unclosed_does_not_hide_the_page() -> None:
    """Broken markup (``<button>`` never closed) puts the whole article inside the button."""
    html = (
        "<html><body><header><button class='menu'><span>Menu</span>"
        "<main><article><p>The article's first paragraph is long enough to be prose.</p>"
        "<p>And its second paragraph follows it.</p></article></main></body></html>"
    )
    texts = [seg.text for seg in segments(lxml.html.document_fromstring(html))]
    assert "The article's first paragraph is long enough to be prose." in texts
    closed = "<html><body><button><span>Menu</span></button><p>Text after.</p></body></html>"
    assert [seg.text for seg in segments(lxml.html.document_fromstring(closed))] == ["Text after."]


def test_segments_are_whole_frozen_records() -> None:
    """Blocks are made without Segment.__init__ (speed): they still equal, hash and
    refuse changes like ones made by it."""
    (seg,) = segments(lxml.html.fromstring("<html><body><p>Hello <a href='/x'>there</a></p>"))
    made = Segment(
        index=seg.index,
        text=seg.text,
        kind=seg.kind,
        path=seg.path,
        link_chars=seg.link_chars,
        chain=seg.chain,
        markdown=seg.markdown,
        trimmed_link=seg.trimmed_link,
    )
    assert seg == made
    assert hash(seg) == hash(made)
    assert (seg.text, seg.link_chars, seg.markdown) == ("Hello there", 5, "Hello [there](/x)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.text = "changed"  # type: ignore[misc]


def test_hidden_text_is_read_only_when_the_visible_page_is_nearly_empty() -> None:
    from declutter.body.segment import page_segments

    story = "<p>" + "The ferry went back into service after four months of repairs. " * 4 + "</p>"
    hidden_page = f"<html><body><div style='display:none'>{story}</div></body></html>"
    assert [s.text[:9] for s in page_segments(lxml.html.fromstring(hidden_page))] == ["The ferry"]
    menu = "<div style='display:none'><p>Log in to your account to comment.</p></div>"
    shown_page = f"<html><body>{menu}{story}</body></html>"
    assert [s.text[:9] for s in page_segments(lxml.html.fromstring(shown_page))] == ["The ferry"]
