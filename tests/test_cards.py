"""cards: sibling boxes opening with a linked headline are teaser cards; one alone is not."""

from __future__ import annotations

import lxml.html

from declutter.body.boxes import Boxes
from declutter.body.cards import teaser_cards
from declutter.body.segment import segments

SUMMARY = "A line or two of summary under the headline, long enough to read as prose on its own."


def _cards(n: int, tag: str = "div") -> str:
    return "".join(
        f"<{tag} class='c{i}'><h3><a href='/s/{i}'>Other story {i}</a></h3><p>{SUMMARY}</p></{tag}>"
        for i in range(n)
    )


def _texts(page: str) -> list[str]:
    segs = segments(lxml.html.fromstring(page))
    return [
        seg.text for seg, card in zip(segs, teaser_cards(segs, Boxes(segs)), strict=True) if card
    ]


def test_three_sibling_cards_are_teasers_whatever_their_classes() -> None:
    page = (
        f"<html><body><div class='story'><p>{SUMMARY}</p></div><div>{_cards(3)}</div></body></html>"
    )
    assert _texts(page) == [t for i in range(3) for t in (f"Other story {i}", SUMMARY)]


def test_two_cards_or_boxes_of_other_tags_are_not() -> None:
    assert _texts(f"<html><body><div>{_cards(2)}</div></body></html>") == []
    mixed = _cards(1, "div") + _cards(1, "section") + _cards(1, "article")
    assert _texts(f"<html><body><div>{mixed}</div></body></html>") == []


def test_a_box_with_more_than_a_summary_is_no_card() -> None:
    long_box = "".join(
        f"<div class='card'><h3><a href='/s/{i}'>Part {i}</a></h3>"
        + f"<p>{SUMMARY}</p>" * 5
        + "</div>"
        for i in range(3)
    )
    assert _texts(f"<html><body><div>{long_box}</div></body></html>") == []
