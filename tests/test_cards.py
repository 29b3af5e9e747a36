"""cards: sibling boxes opening with a linked headline are teaser cards; one alone is not."""

from __future__ import annotations

import lxml.html

from declutter.body.cards import teaser_cards
from declutter.body.segment import segments

SUMMARY = "A line or two of summary under the headline, long enough to read as prose on its own."


def _cards(n: int, cls: str = "card") -> str:
    return "".join(
        f"<div class='{cls}'><h3><a href='/s/{i}'>Other story {i}</a></h3><p>{SUMMARY}</p></div>"
        for i in range(n)
    )


def _texts(page: str) -> list[str]:
    segs = segments(lxml.html.fromstring(page))
    return [segs[i].text for i in sorted(teaser_cards(segs))]


def test_three_sibling_cards_are_teasers() -> None:
    page = (
        f"<html><body><div class='story'><p>{SUMMARY}</p></div><div>{_cards(3)}</div></body></html>"
    )
    assert _texts(page) == [t for i in range(3) for t in (f"Other story {i}", SUMMARY)]


def test_two_cards_or_cards_of_other_kinds_are_not() -> None:
    assert _texts(f"<html><body><div>{_cards(2)}</div></body></html>") == []
    mixed = _cards(1, "a") + _cards(1, "b") + _cards(1, "c")
    assert _texts(f"<html><body><div>{mixed}</div></body></html>") == []


def test_a_box_with_more_than_a_summary_is_no_card() -> None:
    long_box = "".join(
        f"<div class='card'><h3><a href='/s/{i}'>Part {i}</a></h3>"
        + f"<p>{SUMMARY}</p>" * 5
        + "</div>"
        for i in range(3)
    )
    assert _texts(f"<html><body><div>{long_box}</div></body></html>") == []
