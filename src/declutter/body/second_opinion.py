"""Second opinion: readability-lxml's pick, asked only when the main method is unsure.

Unsure means the kept text is very short (`UNSURE_CHARS`) on a page that
holds much more text (`MIN_PAGE_CHARS`): the region choice or the marks most
likely went wrong.  readability-lxml then reads the (already cleaned) tree,
and the blocks whose text it keeps are kept too, with their reason saying
so.  Its answer is taken only when it keeps more text than ours.
"""

from __future__ import annotations

from collections.abc import Sequence

import lxml.html

from declutter.body.classify import ALL_LINKS_DENSITY, Verdict, normal
from declutter.body.closing import BOX_HEADING_REASON
from declutter.body.segment import Segment
from declutter.model import CONTENT

#: Kept text shorter than this is suspicious ...
UNSURE_CHARS = 300
#: ... on a page holding at least this much text.
MIN_PAGE_CHARS = 1500
#: Labels readability's pick does not overrule (site menus; kept blocks; the
#: headline, which is printed as the title, not in the text).
NOT_REVIVED = frozenset({CONTENT, "nav", "cookie", "title"})
#: Block tags read from readability's summary.
SUMMARY_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "div", "blockquote")


def unsure(segs: Sequence[Segment], verdicts: Sequence[Verdict]) -> bool:
    """Whether the kept text is short for a page this long."""
    kept = sum(len(s.text) for s, v in zip(segs, verdicts, strict=True) if v[0] == CONTENT)
    total = sum(len(s.text) for s in segs)
    return kept < UNSURE_CHARS and total >= MIN_PAGE_CHARS


def second_opinion(
    tree: lxml.html.HtmlElement, segs: Sequence[Segment], verdicts: Sequence[Verdict]
) -> list[Verdict]:
    """The verdicts with readability's kept blocks kept too, if that keeps more."""
    from readability import Document  # noqa: PLC0415 - 40 ms to import, most pages never ask

    try:
        summary = Document(lxml.html.tostring(tree, encoding="unicode")).summary(html_partial=True)
        frag = lxml.html.fragment_fromstring(summary, create_parent="div")
    except Exception:
        return list(verdicts)
    chosen = {normal(el.text_content()) for el in frag.iter(*SUMMARY_TAGS)}
    chosen.discard("")
    out = list(verdicts)
    for i, seg in enumerate(segs):
        if (
            out[i][0] not in NOT_REVIVED
            and out[i][1] != BOX_HEADING_REASON  # readability keeps headings whatever they head
            and seg.link_density < ALL_LINKS_DENSITY
            and normal(seg.text) in chosen
        ):
            out[i] = (CONTENT, f"second opinion (readability); was {out[i][0]}: {out[i][1]}")
    before = sum(len(s.text) for s, v in zip(segs, verdicts, strict=True) if v[0] == CONTENT)
    after = sum(len(s.text) for s, v in zip(segs, out, strict=True) if v[0] == CONTENT)
    return out if after > before else list(verdicts)
