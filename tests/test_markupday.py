"""markupday: htmldate is asked for the day only when our own sources found none."""

from __future__ import annotations

import declutter

STORY = "<p>" + "The ferry went back into service after four months in the dry dock. " * 4 + "</p>"


def _page(head: str = "", body: str = "") -> str:
    return (
        f"<html><head><title>Ferry</title>{head}</head>"
        f"<body><h1>Ferry</h1>{body}{STORY}</body></html>"
    )


def test_an_hatom_date_our_sources_miss_comes_from_htmldate() -> None:
    marked = "<abbr class='published' title='2021-03-04T10:00:00'>March 4</abbr>"
    article = declutter.extract(_page(body=marked))
    assert article.published == "2021-03-04"
    assert article.sources["published"] == "htmldate (markup)"


def test_our_own_date_is_not_second_guessed() -> None:
    article = declutter.extract(
        _page(head="<meta property='article:published_time' content='2020-01-02T08:00:00Z'>")
    )
    assert article.published is not None and article.published.startswith("2020-01-02")
    assert article.sources["published"] != "htmldate (markup)"


def test_a_page_without_a_date_stays_without_one() -> None:
    article = declutter.extract(_page(body="<p>Printed in 2019, reprinted many times.</p>"))
    assert article.published is None
