"""anchors and second_opinion: the evidence that doubts our pick, and readability weighed by it."""

from __future__ import annotations

import logging
import sys
import types

import lxml.html
import pytest

from declutter.body.anchors import SHORT, Anchors, anchors, doubts
from declutter.body.closing import BOX_HEADING_REASON
from declutter.body.second_opinion import last_resort, second_opinion
from declutter.body.segment import Segment, segments
from declutter.model import CONTENT

PAGE = (
    "<html><body><div><h1>Elephants return to the valley</h1>"
    "<h4>Videos on the subject</h4>"
    "<p>Rangers counted forty elephants in the valley this spring.</p>"
    "<p>The herd had not been seen there for a decade.</p></div></body></html>"
)


class _Document:
    """Stands in for readability.Document: keeps every block of the page."""

    def __init__(self, html: str) -> None:
        self.html = html

    def summary(self, html_partial: bool = True) -> str:
        return self.html


def test_second_opinion_revives_text_but_not_the_headline_or_a_box_title(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "readability", types.SimpleNamespace(Document=_Document))
    tree = lxml.html.fromstring(PAGE)
    segs = segments(tree)
    verdicts = []
    for seg in segs:
        if seg.kind == "h1":
            verdicts.append(("title", "same as the headline"))
        elif seg.kind == "h4":
            verdicts.append(("boilerplate", BOX_HEADING_REASON))
        else:
            verdicts.append(("boilerplate", "outside article"))
    out = dict(
        zip(
            (s.text for s in segs),
            second_opinion(tree, segs, verdicts, Anchors(None, None), (SHORT,)),
            strict=True,
        )
    )
    assert out["Elephants return to the valley"][0] == "title"
    assert out["Videos on the subject"][0] == "boilerplate"
    assert out["Rangers counted forty elephants in the valley this spring."][0] == CONTENT


STORY = (
    "The county council voted on Tuesday evening to close the Millbrook public swimming pool "
    "at the end of the summer season, citing repair costs it can no longer carry."
)
MORE = (
    "Engineers told councillors in March that the pool's filtration plant and roof would need "
    "about 1.2 million pounds of work within two years, more than its budget for a decade."
)
TEASER = (
    "Drivers heading north will be sent through the villages of Lower Hatch and Greyfield "
    "while resurfacing crews work overnight on the stretch near the quarry this month."
)
STORY_PAGE = (
    "<html><body><div class='a'><h1>Pool to close</h1><div class='txt'>"
    f"<p>{STORY}</p><p>{MORE}</p><p>{MORE} Again.</p></div></div>"
    f"<div class='b'><p>{TEASER}</p><p>{TEASER} Two.</p><p>{TEASER} Three.</p></div>"
    "</body></html>"
)


class _StoryOnly(_Document):
    """Stands in for readability.Document: keeps the story's box only."""

    def summary(self, html_partial: bool = True) -> str:
        frag = lxml.html.fromstring(self.html).find_class("txt")[0]
        return lxml.html.tostring(frag, encoding="unicode")


def _story_page(
    labels: dict[str, tuple[str, str]],
) -> tuple[lxml.html.HtmlElement, list[Segment], list[tuple[str, str]]]:
    tree = lxml.html.fromstring(STORY_PAGE)
    segs = segments(tree)
    verdicts = [labels.get(s.kind, ("boilerplate", "outside article")) for s in segs]
    return tree, segs, verdicts


def test_a_description_that_opens_the_story_left_out_is_a_doubt() -> None:
    _tree, segs, verdicts = _story_page({"h1": ("title", "same as the headline")})
    for i, seg in enumerate(segs):  # our pick: the teasers
        if seg.text.startswith("Drivers"):
            verdicts[i] = (CONTENT, "in the article region <div.b>")
    found = anchors(segs, verdicts, STORY)
    assert found.described is not None and segs[found.described].text == STORY
    assert found.under_headline == found.described
    assert doubts(segs, verdicts, found) == (
        "the description's paragraph left out",
        "the prose under the headline left out",
    )


def test_a_standfirst_printed_apart_is_no_anchor() -> None:
    page = (
        f"<html><body><h1>Pool to close</h1><div class='dek'><p>{STORY}</p></div>"
        f"<div class='txt'><p>{MORE}</p><p>{MORE} Again.</p></div></body></html>"
    )
    segs = segments(lxml.html.fromstring(page))
    verdicts = [("boilerplate", "outside article")] * len(segs)
    assert anchors(segs, verdicts, STORY).described is None


def test_the_pick_the_evidence_favours_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "readability", types.SimpleNamespace(Document=_StoryOnly))
    tree, segs, verdicts = _story_page({"h1": ("title", "same as the headline")})
    for i, seg in enumerate(segs):
        if seg.text.startswith("Drivers"):
            verdicts[i] = (CONTENT, "in the article region <div.b>")
    found = anchors(segs, verdicts, STORY)
    out = second_opinion(tree, segs, verdicts, found, doubts(segs, verdicts, found))
    kept = [s.text for s, v in zip(segs, out, strict=True) if v[0] == CONTENT]
    assert kept == [STORY, MORE, MORE + " Again."]
    assert all("evidence" in v[1] for v in out if v[0] != "title")


def test_picks_that_agree_leave_ours_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "readability", types.SimpleNamespace(Document=_StoryOnly))
    tree, segs, verdicts = _story_page({"h1": ("title", "same as the headline")})
    for i, seg in enumerate(segs):  # ours: the story but its first paragraph
        if seg.text.startswith("Engineers"):
            verdicts[i] = (CONTENT, "in the article region <div.txt>")
    found = anchors(segs, verdicts, STORY)
    assert second_opinion(tree, segs, verdicts, found, ("x",)) == verdicts


def test_last_resort_keeps_a_photo_storys_captions() -> None:
    segs = segments(lxml.html.fromstring(STORY_PAGE))
    verdicts = [("caption", "inside <figcaption>")] * len(segs)
    assert all(v[0] == CONTENT for v in last_resort(segs, verdicts)[1:])
    verdicts[1] = (CONTENT, "kept")
    assert last_resort(segs, verdicts) == verdicts


class _Failing(_Document):
    """Stands in for readability.Document: logs its failure with a traceback, then raises."""

    def summary(self, html_partial: bool = True) -> str:
        try:
            raise AssertionError("parent is None")
        except AssertionError:
            logging.getLogger("readability.readability").exception("error getting summary: ")
            raise


def test_readabilitys_own_failure_log_is_silenced_and_ours_stands(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "readability", types.SimpleNamespace(Document=_Failing))
    tree, segs, verdicts = _story_page({})
    with caplog.at_level(logging.DEBUG):
        out = second_opinion(tree, segs, verdicts, Anchors(None, None), (SHORT,))
    assert out == verdicts
    assert caplog.records == []
    logging.getLogger("readability.readability").warning("outside declutter's call")
    assert len(caplog.records) == 1


def test_the_longest_run_of_prose_is_an_anchor_and_teasers_make_none() -> None:
    para = "The council met again on Thursday to hear the engineers' report on the old bridge. " * 2
    story = "".join(f"<p>{para}</p>" for _ in range(4))
    teasers = "".join(
        f"<h3><a href='/s/{i}'>Other story {i}</a></h3><p>{para}</p>" for i in range(6)
    )
    page = f"<html><body><div class='a'>{story}</div><div class='b'>{teasers}</div></body></html>"
    segs = segments(lxml.html.fromstring(page))
    verdicts = [("boilerplate", "outside article")] * len(segs)
    found = anchors(segs, verdicts, "")
    assert [segs[i].owner.element.getparent().get("class") for i in found.run] == ["a"] * 4
    assert doubts(segs, verdicts, found) == (SHORT, "the longest run of prose left out")
    kept = [(CONTENT, "kept") if i in found.run[:2] else v for i, v in enumerate(verdicts)]
    assert doubts(segs, kept, found) == ()
