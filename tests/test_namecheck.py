"""A byline is a name or it is nothing: `namecheck` on single credits, and the byline
chooser on small pages modelled on real layouts (photo credits, author boxes, comment
threads, CMS accounts)."""

from __future__ import annotations

import json

import pytest

from declutter import extract
from declutter.explain import explain_tsv
from declutter.metadata import read_metadata
from declutter.metadata.byline import split_byline
from declutter.metadata.namecheck import photo_credit, refusal, trim_credit
from declutter.model import Metadata
from declutter.options import Options
from declutter.parse import parse_html

STORY = "<p>" + "The council met on Tuesday and agreed the plan for the harbour. " * 4 + "</p>"


def meta_of(head: str = "", body: str = "") -> Metadata:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return read_metadata(tree, url=None, options=Options())


@pytest.mark.parametrize(
    ("names", "why"),
    [
        (("Montag",), "a weekday"),
        (("Jane Doe", "Friday"), "a weekday"),
        (("Oktober",), "a month"),
        (("Jane Doe Oktober",), "a month"),
        (("Stadt hat",), "a word of a sentence"),  # two words cut from a sentence
        (("heute ist schön",), "a word of a sentence"),
        (("Jane Doe Drucken",), "a word of a page control"),
        (("Newsletter",), "a word of a page control"),
        (("orf.at",), "a web address"),
        (("MesOpinions.com",), "a web address"),
        (("Video 01:30 Min",), "a number"),
        (("Was nun?",), "sentence punctuation"),
        (("Regen bleibt. Die Stadt",), "sentence punctuation"),
    ],
)
def test_refused_credits(names: tuple[str, ...], why: str) -> None:
    found = refusal(names)
    assert found is not None
    assert found.endswith(why)


@pytest.mark.parametrize(
    "names",
    [
        ("Jane Doe",),
        ("April Roach",),  # a month is a first name
        ("Theresa May",),  # and a surname
        ("April",),  # a blogger's first name
        ("Li Xing",),
        ("Jose de la Cruz",),  # particles
        ("Mobasir hassan",),  # a lower-case surname
        ("Redaktion",),  # a desk
        ("Greentech.LIVE Redaktion",),  # a dot in a brand is no web address
        ("Bund der Energieverbraucher e.V",),  # an organisation
        ("Contributors to Wikimedia projects",),
        ("J.R. Stone", "Dr. Tim Loppe"),
        ("freeman1984",),
        ("肖春芳",),
    ],
)
def test_names_and_organisations_pass(names: tuple[str, ...]) -> None:
    assert refusal(names) is None


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [
        ("AuthorJane Doe", "Jane Doe"),
        ("VonMax Muster", "Max Muster"),
        ("Written byJane Doe", "Jane Doe"),
        ("Jane Doe Teilen", "Jane Doe"),
        ("Jane Doe Mehr", "Jane Doe"),
        ("Thomas More", "Thomas More"),  # two words: the name itself
        ("Byron Kim", "Byron Kim"),  # no glued label: a name starting "By"
    ],
)
def test_trim_credit(raw: str, trimmed: str) -> None:
    assert trim_credit(raw) == trimmed


@pytest.mark.parametrize(
    ("raw", "byline"),
    [
        ("AuthorJane Doe", "Jane Doe"),
        ("Jane Doe →", "Jane Doe"),
        ("Jane Doe ›", "Jane Doe"),
        ("Von Jane Doe Drucken", "Jane Doe"),
        ("Written by Jane Doe Medically reviewed by Dr. Max Muster, MD", "Jane Doe"),
        ("By Jane Doe Fact checked by Bo Kim", "Jane Doe"),
        ("Von Mat\u00adthi\u00adas Lau\u00ad\u00aderer", "Matthias Lauerer"),  # soft hyphens
    ],
)
def test_split_byline_strips_labels_arrows_and_other_roles(raw: str, byline: str) -> None:
    assert split_byline(raw)[0] == byline


def test_photo_credits() -> None:
    assert photo_credit("Foto: Jane Doe")
    assert photo_credit("Photo by Jane Doe")
    assert photo_credit("Bildquelle: dpa")
    assert not photo_credit("Text: Jane Doe")
    assert not photo_credit("Photographers' Gallery staff")


def test_weekday_in_a_byline_box_gives_no_byline_and_says_why() -> None:
    m = meta_of(body=f'<h1>Harbour plan</h1><div class="byline">Montag</div>{STORY}')
    assert m.byline is None
    assert m.authors == ()
    assert m.sources["byline"] == 'refused "Montag" (visible byline): "Montag" holds a weekday'


def test_photographer_labelled_before_an_author_class_is_no_byline() -> None:
    body = (
        '<figure><img src="a.jpg"><div class="credit"><strong>Foto:</strong>'
        '<p class="autor">Jaiver Nieto</p></div></figure><h1>Harbour plan</h1>' + STORY
    )
    m = meta_of(body=body)
    assert m.byline is None
    assert "a photo credit" in m.sources["byline"]


def test_photographer_does_not_hide_the_writer() -> None:
    body = (
        '<figure><img src="a.jpg"><div class="credit"><strong>Foto:</strong>'
        '<p class="autor">Jaiver Nieto</p></div></figure><h1>Harbour plan</h1>'
        '<p class="byline">By Ana Ruiz</p>' + STORY
    )
    m = meta_of(body=body)
    assert m.byline == "Ana Ruiz"


def test_web_address_credit_is_refused_but_an_organisation_stays() -> None:
    assert meta_of('<meta name="author" content="katholisch.at">', "<h1>H</h1>").byline is None
    org = meta_of('<meta name="author" content="Bund der Energieverbraucher e.V.">', "<h1>H</h1>")
    assert org.byline == "Bund der Energieverbraucher e.V"


def test_commenter_linked_as_author_is_not_the_byline() -> None:
    body = (
        f"<article><h1>Harbour plan</h1>{STORY}</article>"
        '<ol class="comment-list"><li><a rel="author" href="/u/kim">Kim Larsen</a>'
        "<p>Great piece!</p></li></ol>"
    )
    assert meta_of(body=body).byline is None


def test_site_account_in_tags_yields_to_the_linked_author() -> None:
    head = (
        '<script type="application/ld+json">'
        + json.dumps({"@type": "Article", "headline": "Harbour plan", "author": "redaktion_2"})
        + "</script>"
    )
    body = f'<h1>Harbour plan</h1>{STORY}<p><a rel="author" href="/a/ana">Ana Ruiz</a></p>'
    m = meta_of(head, body)
    assert m.byline == "Ana Ruiz"
    assert m.sources["byline"] == "rel=author"


def test_explain_says_why_the_byline_was_refused() -> None:
    page = f'<html><body><h1>Harbour plan</h1><div class="byline">Montag</div>{STORY}</body></html>'
    article = extract(page)
    assert article.byline is None
    rows = [line.split("\t") for line in explain_tsv(article).splitlines() if "\t" in line]
    assert ["byline", "", 'refused "Montag" (visible byline): "Montag" holds a weekday'] in rows
    assert article.to_dict()["byline"] is None


def test_credit_in_a_teaser_list_is_not_the_byline() -> None:
    body = (
        f"<article><h1>Harbour plan</h1>{STORY}</article>"
        '<div class="related-articles"><a href="/b">Ferry prices rise</a>'
        '<span class="author">Ole Berg</span></div>'
    )
    assert meta_of(body=body).byline is None
