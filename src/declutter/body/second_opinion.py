"""Second opinion: readability-lxml's pick, asked only when the page's own evidence doubts ours.

The region choice is one decision; when it is wrong the story is lost.
`anchors` finds the page's own evidence of where its story is, independent
of that choice, and says when it doubts our pick.  Only then is
readability-lxml asked (40 ms a page: most pages never ask).  Its pick and
ours are weighed by the same evidence (`anchors.evidence`): the pick
holding more of it wins, when the two picks disagree (readability keeps
under half of our text), ours on a tie.  When readability's wins, the
blocks it keeps are kept, with the reason saying why, and our kept blocks
outside its span go.  When neither holds more and ours is merely short, the
blocks readability keeps are added if that keeps more text.

When nothing at all is kept after that, `last_resort` keeps the page's own
prose that was removed as a part of the story's page rather than of the
site (`LAST_RESORT_LABELS`: a photo story's captions, a standfirst that is
all the text): the page has an article, and that is it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextvars import ContextVar

import lxml.html

from declutter.body.anchors import SHORT, Anchors, evidence
from declutter.body.classify import ALL_LINKS_DENSITY, Verdict, normal
from declutter.body.closing import BOX_HEADING_REASON
from declutter.body.segment import Segment
from declutter.model import CONTENT

#: The picks agree when readability keeps this share of our kept text: ours stands.
AGREE_SHARE = 0.5
#: Labels readability's pick does not overrule (site menus; the header lines and the
#: headline, printed as metadata, not in the text).
NOT_REVIVED = frozenset({"nav", "cookie", "title", "byline", "dateline", "standfirst"})
#: Labels of the blocks kept when nothing else is (parts of a story's page, not of the site).
LAST_RESORT_LABELS = frozenset({"caption", "figcaption", "standfirst", "video", "aside"})
#: ... each at least this long and at most this linked.
LAST_RESORT_CHARS = 30
LAST_RESORT_LINK_DENSITY = 0.5
#: Block tags read from readability's summary.
SUMMARY_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "div", "blockquote")


def second_opinion(
    tree: lxml.html.HtmlElement,
    segs: Sequence[Segment],
    verdicts: Sequence[Verdict],
    found: Anchors,
    why: Sequence[str],
) -> list[Verdict]:
    """The verdicts after weighing readability's pick against ours (see the module)."""
    chosen = _readability_pick(tree)
    if not chosen:
        return list(verdicts)
    theirs = [
        i
        for i, seg in enumerate(segs)
        if verdicts[i][0] not in NOT_REVIVED
        and verdicts[i][1] != BOX_HEADING_REASON  # readability keeps headings whatever they head
        and seg.link_density < ALL_LINKS_DENSITY
        and normal(seg.text) in chosen
    ]
    ours = [i for i, v in enumerate(verdicts) if v[0] == CONTENT]
    shared = sum(len(segs[i].text) for i in set(ours) & set(theirs))
    if shared < AGREE_SHARE * sum(len(segs[i].text) for i in ours) and evidence(
        found, theirs
    ) > evidence(found, ours):
        return _replaced(verdicts, theirs, why)
    out = list(verdicts)
    if SHORT not in why:  # the evidence does not favour theirs: ours stands
        return out
    for i in theirs:
        if out[i][0] != CONTENT:
            out[i] = (CONTENT, f"second opinion (readability); was {out[i][0]}: {out[i][1]}")
    before = sum(len(segs[i].text) for i in ours)
    after = sum(len(s.text) for s, v in zip(segs, out, strict=True) if v[0] == CONTENT)
    return out if after > before else list(verdicts)


def _replaced(
    verdicts: Sequence[Verdict], theirs: Sequence[int], why: Sequence[str]
) -> list[Verdict]:
    """Readability's blocks kept, ours outside its span removed, each saying why."""
    first, last = min(theirs), max(theirs)
    reason = "; ".join(why)
    out = list(verdicts)
    for i, (label, _) in enumerate(verdicts):
        if label == CONTENT and not first <= i <= last:
            out[i] = (
                "boilerplate",
                f"outside readability's pick, which the page's evidence favours ({reason})",
            )
    for i in theirs:
        if out[i][0] != CONTENT:
            out[i] = (
                CONTENT,
                f"readability's pick, which the page's evidence favours ({reason}); "
                f"was {out[i][0]}: {out[i][1]}",
            )
    return out


class _QuietWhileAsked(logging.Filter):
    """Drops readability's log records while declutter asks it: its failures are handled
    here (the page keeps our pick), and it logs them with a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not _ASKING.get()


_ASKING: ContextVar[bool] = ContextVar("declutter_asking_readability", default=False)
logging.getLogger("readability.readability").addFilter(_QuietWhileAsked())


def _readability_pick(tree: lxml.html.HtmlElement) -> set[str]:
    """The normalized texts of the blocks readability-lxml keeps (empty if it fails)."""
    from readability import Document  # noqa: PLC0415 - 40 ms to import, most pages never ask

    token = _ASKING.set(True)
    try:
        summary = Document(lxml.html.tostring(tree, encoding="unicode")).summary(html_partial=True)
        frag = lxml.html.fragment_fromstring(summary, create_parent="div")
    except Exception:
        return set()
    finally:
        _ASKING.reset(token)
    chosen = {normal(el.text_content()) for el in frag.iter(*SUMMARY_TAGS)}
    chosen.discard("")
    return chosen


def last_resort(segs: Sequence[Segment], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """When nothing is kept, the story page's own prose (see the module); else unchanged."""
    out = list(verdicts)
    if any(label == CONTENT for label, _ in verdicts):
        return out
    for i, seg in enumerate(segs):
        label, reason = verdicts[i]
        if (
            label in LAST_RESORT_LABELS
            and len(seg.text) >= LAST_RESORT_CHARS
            and seg.link_density <= LAST_RESORT_LINK_DENSITY
        ):
            out[i] = (CONTENT, f"nothing else kept: the page's own text; was {label}: {reason}")
    return out
