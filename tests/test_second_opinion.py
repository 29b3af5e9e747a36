"""second: readability's pick revives removed blocks, but not the headline or box titles."""

from __future__ import annotations

import sys
import types

import lxml.html
import pytest

from declutter.body.closing import BOX_HEADING_REASON
from declutter.body.second_opinion import second_opinion
from declutter.body.segment import segments
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
    out = dict(zip((s.text for s in segs), second_opinion(tree, segs, verdicts), strict=True))
    assert out["Elephants return to the valley"][0] == "title"
    assert out["Videos on the subject"][0] == "boilerplate"
    assert out["Rangers counted forty elephants in the valley this spring."][0] == CONTENT
