"""Second opinion: readability-lxml's pick, asked only when the page's own evidence doubts ours.

The region choice is one decision; when it is wrong the story is lost.  Four
cheap signals, each independent of how the region was chosen, say when to
doubt it (`doubts`):

- the kept text is very short (`UNSURE_CHARS`) on a page holding much more
  (`MIN_PAGE_CHARS`);
- the paragraph the page's description repeats (meta / og / JSON-LD
  ``description``, often the story's first paragraph) is on the page and was
  removed as outside the article;
- the prose right under the headline (the block the metadata title matched)
  was removed as outside the article;
- most of the longest run of prose on the page (paragraphs following each
  other, not broken by links or container marks: see `_longest_run`) was
  removed as outside the article.

Only then is readability-lxml asked (40 ms a page: most pages never ask).  Its
pick and ours are weighed by the same evidence (`_evidence`: which one holds
the description's paragraph, the prose under the headline, the longest run);
the pick holding more of it wins, when the two picks disagree (readability
keeps under half of our text), ours on a tie.  When readability's wins, the
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
from dataclasses import dataclass

import lxml.html

from declutter.body.classify import ALL_LINKS_DENSITY, Verdict, normal
from declutter.body.closing import BOX_HEADING_REASON, body_box
from declutter.body.segment import Segment
from declutter.body.standfirst import near_equal
from declutter.model import CONTENT

#: Kept text shorter than this is suspicious ...
UNSURE_CHARS = 300
#: ... on a page holding at least this much text.
MIN_PAGE_CHARS = 1500
#: The doubt that our pick is merely short (readability's blocks may then be added to it).
SHORT = "short"
#: A description shorter than this is a tagline, not the story's first paragraph.
MIN_DESCRIPTION_CHARS = 80
#: Blocks are first matched on this many opening words (read from this many characters),
#: then whole: most blocks never need the whole normalization.
OPENING_WORDS = 3
OPENING_CHARS = 60
#: A block this long and hardly linked under the headline is the story's prose.
PROSE_CHARS = 150
#: ... when at most this share of it is link text.
PROSE_LINK_DENSITY = 0.3
#: Blocks between two paragraphs of one run of prose at most ...
RUN_GAP = 2
#: ... and the characters a run must hold to be an anchor.
MIN_RUN_CHARS = 600
#: How many blocks under the headline are looked at for its prose.
UNDER_HEADLINE_BLOCKS = 8
#: The picks agree when readability keeps this share of our kept text: ours stands.
AGREE_SHARE = 0.5
#: A described paragraph opens the story when this many prose blocks follow it in its box.
STORY_FOLLOWS = 2
#: The reason `label_blocks` gives a block outside the chosen region.
OUTSIDE = "outside article"
#: Labels readability's pick does not overrule (site menus; kept blocks; the
#: headline, which is printed as the title, not in the text).
NOT_REVIVED = frozenset({CONTENT, "nav", "cookie", "title", "byline", "dateline", "standfirst"})
#: Labels of the blocks kept when nothing else is (parts of a story's page, not of the site).
LAST_RESORT_LABELS = frozenset({"caption", "figcaption", "standfirst", "video", "aside"})
#: ... each at least this long and at most this linked.
LAST_RESORT_CHARS = 30
LAST_RESORT_LINK_DENSITY = 0.5
#: Block tags read from readability's summary.
SUMMARY_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "div", "blockquote")


@dataclass(frozen=True)
class Anchors:
    """Blocks the page's own evidence points at: the description's paragraph, the prose
    under the headline (indices into the blocks, or ``None``)."""

    described: int | None
    under_headline: int | None
    run: tuple[int, ...] = ()


def anchors(segs: Sequence[Segment], verdicts: Sequence[Verdict], description: str) -> Anchors:
    """Where the description's paragraph and the headline's first paragraph stand."""
    described = None
    wanted = normal(description)
    if len(wanted) >= MIN_DESCRIPTION_CHARS:
        opening = wanted.split()[:OPENING_WORDS]
        for i, seg in enumerate(segs):
            if (
                len(seg.text) >= MIN_DESCRIPTION_CHARS
                and normal(seg.text[:OPENING_CHARS]).split()[:OPENING_WORDS] == opening
                and _repeats(normal(seg.text), wanted)
            ):
                if _story_opens(segs, i):  # not a standfirst printed apart
                    described = i
                break
    under = None
    headline = next((i for i, v in enumerate(verdicts) if v[0] == "title"), None)
    if headline is not None:
        for i in range(headline + 1, min(len(segs), headline + 1 + UNDER_HEADLINE_BLOCKS)):
            if _prose(segs[i]):
                under = i
                break
    return Anchors(described, under, _longest_run(segs, verdicts))


def _longest_run(segs: Sequence[Segment], verdicts: Sequence[Verdict]) -> tuple[int, ...]:
    """The paragraphs of the longest run of prose on the page, in page order.

    Paragraphs of prose follow each other with at most `RUN_GAP` other blocks
    between them (a sub-heading, a caption); a block that is all link (a teaser's
    headline, a "Reply" link) or that a container mark removed ends the run, so
    teaser lists and comment threads make no run.  Empty when the longest run
    holds less than `MIN_RUN_CHARS`.
    """
    best: list[int] = []
    best_chars = 0
    run: list[int] = []
    chars = gap = 0
    for i, seg in enumerate(segs):
        label, reason = verdicts[i]
        free = label == CONTENT or reason == OUTSIDE
        if free and _prose(seg):
            run.append(i)
            chars += len(seg.text)
            gap = 0
            if chars > best_chars:
                best, best_chars = list(run), chars
            continue
        gap += 1
        if not free or seg.link_density >= ALL_LINKS_DENSITY or gap > RUN_GAP:
            run, chars, gap = [], 0, 0
    return tuple(best) if best_chars >= MIN_RUN_CHARS else ()


def doubts(segs: Sequence[Segment], verdicts: Sequence[Verdict], found: Anchors) -> tuple[str, ...]:
    """Why our pick is in doubt (empty: it is not)."""
    out: list[str] = []
    kept = sum(len(s.text) for s, v in zip(segs, verdicts, strict=True) if v[0] == CONTENT)
    if not kept or (kept < UNSURE_CHARS and sum(len(s.text) for s in segs) >= MIN_PAGE_CHARS):
        out.append(SHORT)
    if found.described is not None and verdicts[found.described][1] == OUTSIDE:
        out.append("the description's paragraph left out")
    if found.under_headline is not None and verdicts[found.under_headline][1] == OUTSIDE:
        out.append("the prose under the headline left out")
    if found.run and not _holds_run(found, {i for i, v in enumerate(verdicts) if v[0] == CONTENT}):
        out.append("the longest run of prose left out")
    return tuple(out)


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
        if verdicts[i][0] not in NOT_REVIVED - {CONTENT}
        and verdicts[i][1] != BOX_HEADING_REASON  # readability keeps headings whatever they head
        and seg.link_density < ALL_LINKS_DENSITY
        and normal(seg.text) in chosen
    ]
    ours = [i for i, v in enumerate(verdicts) if v[0] == CONTENT]
    shared = sum(len(segs[i].text) for i in set(ours) & set(theirs))
    if shared < AGREE_SHARE * sum(len(segs[i].text) for i in ours) and _evidence(
        found, theirs
    ) > _evidence(found, ours):
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


def _evidence(found: Anchors, kept: Sequence[int]) -> int:
    """How many of the page's anchors a pick holds."""
    held = set(kept)
    points = sum(1 for i in (found.described, found.under_headline) if i is not None and i in held)
    return points + (1 if found.run and _holds_run(found, held) else 0)


def _holds_run(found: Anchors, held: set[int]) -> bool:
    """Whether a pick keeps most of the longest run of prose (half its paragraphs or more)."""
    return 2 * sum(1 for i in found.run if i in held) >= len(found.run)


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


def _story_opens(segs: Sequence[Segment], i: int) -> bool:
    """Whether prose follows block ``i`` in its own box: a story's first paragraph."""
    box = body_box(segs[i])
    if box is None:
        return False
    follows = 0
    for seg in segs[i + 1 : i + 1 + UNDER_HEADLINE_BLOCKS]:
        other = body_box(seg)
        if _prose(seg) and other is not None and other.element is box.element:
            follows += 1
    return follows >= STORY_FOLLOWS


def _prose(seg: Segment) -> bool:
    return len(seg.text) >= PROSE_CHARS and seg.link_density <= PROSE_LINK_DENSITY


def _repeats(block: str, description: str) -> bool:
    """Whether a block is the description's paragraph (the same words, one maybe cut)."""
    head = description[: MIN_DESCRIPTION_CHARS * 2]
    return near_equal(block, description) or block.startswith(head.rsplit(" ", 1)[0])


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
