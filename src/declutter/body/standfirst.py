"""Segments + verdicts + the page's description -> the standfirst labelled.

The standfirst (dek, summary, teaser) is the short summary printed between
the headline and the article.  It becomes ``description`` when the page
declares none; `standfirst_in_text` keeps it in the text too when it reads
as the article's opening (paragraph-long) and the body does not repeat it;
a shorter one, a subtitle, stays out of the text.  The lead paragraph, the first
paragraph of the article itself, is content, even when the page copies it
into its meta description.

Only the first kept blocks of the page (before any other body prose) are
looked at, at most `MAX_BLOCKS`, each short and hardly linked.  Such a
block is the standfirst when it sits in a box of its own, apart from the
body paragraphs that follow it (its parent element does not hold them), and
one of these holds:

* its box is named as one (``standfirst``, ``dek``, ``summary`` ... see
  `rules.LEAD_TOKENS`), within `LEAD_DEPTH` levels;
* it (nearly) repeats the page's meta / og / JSON-LD description, and the
  headline is just above it.

A block between the headline and the byline or date lines (the header zone)
is the standfirst even when its box holds the body paragraphs too
(``<article><h1/><p/><p class=byline/><p/>...``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from declutter.body import rules
from declutter.body.classify import Verdict, normal
from declutter.body.segment import Segment
from declutter.model import CONTENT, STANDFIRST

#: A standfirst this long reads as the article's opening paragraph (a teaser
#: of a sentence or more) and is part of the text too; a shorter one is a
#: subtitle and stays out of it.
TEXT_CHARS = 150
#: At most this many blocks make the standfirst ...
MAX_BLOCKS = 2
#: ... among the first this many kept blocks ...
LOOK_AT = 5
#: ... each at least this long (shorter lines are labels, kickers) ...
MIN_CHARS = 30
#: ... at most this long (a standfirst is a sentence or two) ...
MAX_CHARS = 600
#: ... and this little linked.
MAX_LINK_DENSITY = 0.3
#: The box named as a lead is at most this many levels up.
LEAD_DEPTH = 3
#: A body paragraph, after which no standfirst is looked for, is this long.
BODY_CHARS = 80
#: The header zone and the description match need the headline this few blocks above.
TITLE_WINDOW = 15
#: What a standfirst's reason adds when it is kept in the text too.
IN_TEXT = "paragraph-long, so in the text too"
#: Labels of the header lines that follow a standfirst.
HEADER_LABELS = frozenset({"byline", "dateline"})
#: Nearly equal to the description: this share of the shorter one's words
#: open the longer one, and the shorter one has this share of its length.
SAME_PREFIX = 0.9
SAME_LENGTH = 0.6
#: Descriptions shorter than this say too little to match on.
MIN_DESCRIPTION_CHARS = 40

_NAME_SPLIT = re.compile(r"[^a-z0-9]+")
_NOT_STANDFIRST_KINDS = frozenset({"li", "table", "pre", "quote"})


def label_standfirst(
    segs: Sequence[Segment], verdicts: Sequence[Verdict], description: str
) -> list[Verdict]:
    """The verdicts with the standfirst at the top of the kept text labelled out."""
    out = list(verdicts)
    kept = [i for i, v in enumerate(verdicts) if v[0] == CONTENT]
    described = normal(description) if len(description) >= MIN_DESCRIPTION_CHARS else ""
    taken: list[int] = []
    for n, i in enumerate(kept[:LOOK_AT]):
        seg = segs[i]
        if seg.heading_level == 1 or len(seg.text) < MIN_CHARS:
            continue  # a headline or a label kept above the standfirst
        if len(taken) >= MAX_BLOCKS or not _shaped(seg):
            break
        body = next((j for j in kept[n + 1 :] if len(segs[j].text) >= BODY_CHARS), None)
        if body is None:
            break
        titled = any(verdicts[k][0] == "title" for k in range(max(0, i - TITLE_WINDOW), i))
        header = titled and any(verdicts[k][0] in HEADER_LABELS for k in range(i + 1, body))
        reason = _reason(seg, segs[body], header, described if titled else "")
        if reason is None:
            break
        out[i] = (STANDFIRST, reason)
        taken.append(i)
    return out


def standfirst_in_text(
    segs: Sequence[Segment], verdicts: Sequence[Verdict]
) -> tuple[list[Verdict], frozenset[int]]:
    """The standfirsts that are part of the text too, and the verdicts saying so.

    A standfirst at least `TEXT_CHARS` long reads as the article's opening
    (a teaser paragraph) and is kept, unless a kept block repeats it (the
    page prints the summary again in the body: kept once is enough).  A
    shorter one is a subtitle and only describes the page.
    """
    out = list(verdicts)
    long_ = [
        i for i, v in enumerate(verdicts) if v[0] == STANDFIRST and len(segs[i].text) >= TEXT_CHARS
    ]
    if not long_:
        return out, frozenset()
    wanted = {i: normal(segs[i].text) for i in long_}
    for j, (label, _) in enumerate(verdicts):
        if label != CONTENT or len(segs[j].text) < MIN_CHARS:
            continue
        kept = normal(segs[j].text)
        for i, words in list(wanted.items()):
            if _retold(words, kept):
                del wanted[i]
                out[i] = (STANDFIRST, f"{verdicts[i][1]}; repeated in the body, so kept there only")
        if not wanted:
            break
    for i in wanted:
        out[i] = (STANDFIRST, f"{verdicts[i][1]}; {IN_TEXT}")
    return out, frozenset(wanted)


def opens_text(text: str, kept: Sequence[str]) -> bool:
    """A standfirst read as the article's opening: paragraph-long, not repeated in ``kept``.

    The rule of `standfirst_in_text` for one summary line (the text path's).
    """
    if len(text) < TEXT_CHARS:
        return False
    words = normal(text)
    return not any(_retold(words, normal(t)) for t in kept if len(t) >= MIN_CHARS)


def _retold(words: str, body: str) -> bool:
    """The body block (normalised) prints the standfirst's ``words`` again."""
    return words in body or near_equal(words, body)


def _shaped(seg: Segment) -> bool:
    return (
        len(seg.text) <= MAX_CHARS
        and seg.link_density < MAX_LINK_DENSITY
        and seg.kind not in _NOT_STANDFIRST_KINDS
    )


def _reason(seg: Segment, body: Segment, header: bool, described: str) -> str | None:
    if header:
        return "summary between the headline and the byline or date lines"
    if _same_box(seg, body):
        return None
    if _named(seg):
        return "in a box named as the standfirst, apart from the body"
    if described and near_equal(normal(seg.text), described):
        return "repeats the page description, apart from the body"
    return None


def _same_box(seg: Segment, body: Segment) -> bool:
    """Whether the block sits in the box holding the body block (its first
    enclosing element that can hold an article: not a list, quote, paragraph).
    """
    box = next((f for f in reversed(body.chain[:-1]) if f.tag not in rules.NOT_REGION_TAGS), None)
    if box is None:
        return True
    return len(seg.chain) > box.depth and seg.chain[box.depth].element is box.element


def _named(seg: Segment) -> bool:
    for frame in seg.chain[-LEAD_DEPTH:]:
        names = f"{frame.key[1][:200]} {frame.key[2][:200]}".lower()
        if any(part in rules.LEAD_TOKENS for part in _NAME_SPLIT.split(names) if part):
            return True
    return False


def near_equal(a: str, b: str) -> bool:
    """Whether two normalized texts are the same words, one maybe cut short."""
    if a == b:
        return True
    x, y = a.split(), b.split()
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if not short or len(short) < SAME_LENGTH * len(long_):
        return False
    same = 0
    for u, v in zip(short, long_, strict=False):
        if u != v:
            break
        same += 1
    return same >= SAME_PREFIX * len(short)
