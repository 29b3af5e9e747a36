"""The pipeline's own decisions: what it adds between the stages."""

from __future__ import annotations

import gc

import pytest

import declutter

BODY = "".join(
    f"<p>Paragraph {i} of the story tells what the council decided and why it matters to "
    f"the people who live in the town, with enough words to read as prose.</p>"
    for i in range(6)
)


def page(head: str = "", lead: str = "") -> bytes:
    return (
        f"<html><head><title>Council votes - Town News</title>{head}</head><body>"
        f"<article><h1>Council votes</h1>{lead}<div class='story-body'>{BODY}</div></article>"
        "</body></html>"
    ).encode()


STANDFIRST = "<p class='standfirst'>The town will get a new water tower after a long row.</p>"


def test_standfirst_fills_a_missing_description() -> None:
    article = declutter.extract(page(lead=STANDFIRST))
    assert article.description == "The town will get a new water tower after a long row."
    assert article.sources["description"] == "standfirst block"
    assert "new water tower" not in article.text


def test_declared_description_beats_the_standfirst() -> None:
    head = "<meta name='description' content='Declared summary.'>"
    article = declutter.extract(page(head=head, lead=STANDFIRST))
    assert article.description == "Declared summary."


def test_input_form_is_reported() -> None:
    assert declutter.extract(page()).sources["input"] == "html; utf-8"


def test_no_article_keeps_metadata() -> None:
    html = b"<html><head><title>Only a title</title></head>"
    html += b"<body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(declutter.NoArticleFound) as caught:
        declutter.extract(html)
    assert caught.value.article is not None
    assert caught.value.article.text == ""


def test_a_warc_archive_is_not_taken_for_one_page() -> None:
    record = b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    with pytest.raises(declutter.UnreadableInput, match="WARC archive"):
        declutter.extract(record + page())


def test_the_cycle_collector_is_left_as_it_was_found() -> None:
    assert gc.isenabled()
    declutter.extract(page())
    assert gc.isenabled()
    with pytest.raises(declutter.DeclutterError):
        declutter.extract(b"")
    assert gc.isenabled()
    gc.disable()
    try:
        declutter.extract(page())
        assert not gc.isenabled()  # a program running without it keeps it off
    finally:
        gc.enable()
