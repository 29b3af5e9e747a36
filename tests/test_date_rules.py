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
