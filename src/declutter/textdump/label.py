"""`Unit` -> (label, reason) from the line alone, before any context is used.

Labels: ``decor``, ``image``, ``formula`` (maths printed symbol by symbol),
a section label (``most-read``, ``related``, ``video``, ``comments`` ...) for
section headings, ``nav``/``share`` for page furniture, ``caption``,
``byline``, ``dateline``, ``content`` for prose, and ``short`` for short lines
whose fate the context decides (sub-headings, list items, the headline).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from declutter.metadata.dates import parse_date_text
from declutter.textdump import words as w
from declutter.textdump.lines import Unit, count_words

#: Longest text a unit is labelled on; a longer one is judged on its two ends.
LABEL_SAMPLE_CHARS = 20_000
#: Prose: at least this many words and a sentence end (inside the line when it has LONG_WORDS).
CONTENT_WORDS = 10
LONG_WORDS = 25
#: A long line without a full stop is a sentence when GLUE_SHARE of its words are
#: lower-case words of at most GLUE_CHARS letters ("the", "of", "to").
GLUE_CHARS = 3
GLUE_SHARE = 0.2
#: ... and it has fewer than one comma per LIST_COMMA_WORDS words (else it is a keyword list).
LIST_COMMA_WORDS = 5
#: Page furniture phrases have at most this many words ("click to share" lines more).
FURNITURE_MAX_WORDS = 5
SHARE_MAX_WORDS = 12
#: A heading introducing its box with a colon ("Related coverage from Money Matters:")
#: may have this many words.
COLON_HEADING_WORDS = 10
#: A line in capitals of this many words (min, max) without a full stop is a link to
#: another story printed between paragraphs (a sub-heading in capitals is shorter).
CAPS_TEASER_WORDS = (6, 20)
#: A note on the author ("Jane Doe is a reporter for ...") has at most this many words.
AUTHOR_NOTE_WORDS = 80
#: "34 responses to <headline>" headings have at most this many words.
COMMENTS_HEADING_WORDS = 20
#: A line with more than this share of capitalised words is a headline, not a sentence.
HEADLINE_CAPS = 0.5
#: Caption credits ("Photo: Jane Doe") sit in the last CAPTION_TAIL characters,
#: which hold one of CAPTION_CUES; legal lines hold one of LEGAL_CUES (lower-case).
CAPTION_TAIL = 80
CAPTION_CUES = (":", ")", "/", "|", "…")
#: A credit line ("Photo by Jane Doe", "Courtesy of the museum") has at most this many words.
CREDIT_MAX_WORDS = 10
LEGAL_CUES = (
    "©",
    "(c)",
    "right",
    "droits",
    "rechte",
    "direitos",
    "derechos",
    "diritti",
    "creative commons",
)
#: A line cut into this many items by " - " or " | " (an address, a link bar) is a strip.
STRIP_ITEMS = 4
#: A newsletter pitch has at most this many words.
PROMO_MAX_WORDS = 50
#: Longest byline / dateline line, in words.
BYLINE_MAX_WORDS = 12
DATELINE_MAX_WORDS = 14
#: ... or this many when the line ends no sentence: a modification date too ("Thu 3 Jan
#: 2019 ... Last modified on ..."), a blog's line of post data ("Published: 05.01.2020 |
#: Author: jane | Filed under: ...").
META_MAX_WORDS = 24
#: A line with lynx links and fewer words than this per link is navigation.
WORDS_PER_LINK = 6
#: Share / section labels that are page furniture rather than a section.
# fmt: off
SHARE_WORDS = frozenset({
    "share", "tweet", "email", "e-mail", "facebook", "twitter", "linkedin", "whatsapp",
    "pinterest", "reddit", "print", "print article", "save",
})
# fmt: on
#: Reasons of section headings start with this; later stages tell headings by it.
HEADING_REASON = "section heading"

#: A formula printed as spaced symbols ("x ˙ = σ ( y − x )"): at least FORMULA_TOKENS
#: tokens, FORMULA_SHARE of them one character long, and a maths operator among them.
FORMULA_TOKENS = 5
FORMULA_SHARE = 0.5

#: A line that is one text printed twice, glued, has at least this many characters a half.
PRINTED_TWICE_CHARS = 3

#: A line of at least TAG_CLOUD_WORDS words, no sentence, whose words' first letters run in
#: alphabetical order (the longest run in order holds TAG_CLOUD_SORTED of them) is a tag cloud.
TAG_CLOUD_WORDS = 20
TAG_CLOUD_SORTED = 0.7

#: Characters at the end of a line searched for a sentence end.
SENTENCE_TAIL = 6

Label = tuple[str, str]

#: Every printed date `parse_date_text` reads carries a four-digit year.
_YEAR = re.compile(r"(?:19|20)\d\d")
_GLUED_MONTH = re.compile(
    r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)"
)
_INNER_END = re.compile(r"\w[.!?;:]\s+\w")
_CJK_CHAR = re.compile(r"[\u3000-\u9fff\uac00-\ud7af]")
_NORM = re.compile(r"[^\w'’ ]+|\d+")
#: A line that is one web address: its path may hold a date, but it is a link.
_BARE_URL = re.compile(r"(?:https?://|www\.)\S+$", re.I)


def read_date(text: str) -> str | None:
    """The date printed in ``text``, also when the browser glued a name to it.

    w3m prints neighbouring inline elements without a space: "Associated
    PressDecember 2, 2016" is an agency and a date.
    """
    return parse_date_text(_GLUED_MONTH.sub(" ", text))


def ends_sentence(text: str) -> bool:
    """The text ends like a sentence (full stop, question mark ... maybe a closing quote)."""
    return bool(w.SENTENCE_END.search(text[-SENTENCE_TAIL:]))


def section_heading(text: str) -> str | None:
    """The section label when ``text`` is a heading such as "Most Read" or "More videos from X"."""
    limit = COLON_HEADING_WORDS if text.endswith(":") else w.HEADING_MAX_WORDS
    if count_words(text) > limit or ends_sentence(text.rstrip(":")):
        return None
    norm = " ".join(_NORM.sub(" ", text.lower()).split())
    exact, prefix = _heading_tables()
    label = exact.get(norm)
    if label is None and (m := prefix.match(norm)):
        label = exact[m.group(1)]
    if label is None and norm and len(norm.split()) <= w.TAIL_MAX_WORDS:
        label = w.HEADING_TAILS.get(norm.rsplit(" ", 1)[-1])
    if label is None and w.MORE_HEADING.match(norm):
        label = "related"
    return label


@lru_cache(maxsize=1)
def _heading_tables() -> tuple[dict[str, str], re.Pattern[str]]:
    """Heading phrase -> label, and one pattern for multi-word phrases used as a prefix."""
    exact = {p: label for label, phrases in w.SECTION_HEADINGS.items() for p in phrases}
    multi = sorted((p for p in exact if " " in p), key=len, reverse=True)
    return exact, re.compile("(" + "|".join(map(re.escape, multi)) + ") ")


def is_formula(text: str) -> bool:
    """A line of maths a text browser printed symbol by symbol, not a sentence."""
    tokens = text.split()
    if len(tokens) < FORMULA_TOKENS or not w.MATH_OPERATOR.search(text):
        return False
    single = sum(1 for t in tokens if len(t) == 1 and not _CJK_CHAR.match(t))
    return single >= FORMULA_SHARE * len(tokens)


def _capitals(text: str) -> bool:
    """Every cased letter is a capital and the line ends no sentence ("SEAN SPICER ELIMINATED")."""
    cased = [ch for ch in text if ch.lower() != ch.upper()]
    return bool(cased) and all(ch.isupper() for ch in cased) and not ends_sentence(text)


def _sentence_case(text: str) -> bool:
    """Most words start lower-case: a sentence, not a Title Case headline."""
    tokens = [t for t in text.split() if t[0].isalpha()]
    upper = sum(1 for t in tokens if t[0].isupper())
    return bool(tokens) and upper <= len(tokens) * HEADLINE_CAPS


def _has_glue(text: str) -> bool:
    """Short words ("the", "of", "to") make GLUE_SHARE of the text: a sentence, not a tag cloud."""
    tokens = text.split()
    if text.count(",") * LIST_COMMA_WORDS > len(tokens):
        return False  # "stock car 2018, stock car brasil, ...": a keyword list
    glue = sum(1 for t in tokens if len(t) <= GLUE_CHARS and t.isalpha() and t.islower())
    return glue >= GLUE_SHARE * len(tokens)


def alphabetical(text: str) -> bool:
    """The words run in alphabetical order: a tag cloud or an index, never a sentence.

    "Addax Afrika Agrarmarkt Asyl Bill & Melinda Gates Foundation Bio-Sprit ...":
    the longest subsequence of first letters in order (tags of several words
    break the order once each) covers TAG_CLOUD_SORTED of the words.
    """
    initials = [t[0].lower() for t in text.split() if t[0].isalpha()]
    if len(initials) < TAG_CLOUD_WORDS:
        return False
    tails: list[str] = []  # smallest last letter of an ordered run of each length
    for ch in initials:
        k = bisect_right(tails, ch)
        if k == len(tails):
            tails.append(ch)
        else:
            tails[k] = ch
    return len(tails) >= TAG_CLOUD_SORTED * len(initials)


def printed_twice(text: str) -> bool:
    """The same text twice with nothing between ("Red wine in a decanterRed wine in a decanter").

    A browser prints an image's alt text and the title or caption next to it
    as one line when both say the same; no sentence is written that way.
    """
    half, odd = divmod(len(text), 2)
    return (
        not odd
        and half >= PRINTED_TWICE_CHARS
        and text[:half] == text[half:]
        and not text[half - 1].isspace()
        and not text[half].isspace()
    )


def label_unit(unit: Unit) -> Label:
    """Context-free label and reason for one unit.

    A unit longer than `LABEL_SAMPLE_CHARS` (a line of megabytes with no
    break, never a paragraph of a real page) is judged on its two ends.
    """
    text = unit.text
    if len(text) > LABEL_SAMPLE_CHARS:
        half = LABEL_SAMPLE_CHARS // 2
        text = text[:half] + " " + text[-half:]
    if not text:
        return ("image", "image placeholder") if unit.images else ("decor", "empty line")
    if w.DECOR.match(text):
        return "decor", "only punctuation or rules"
    n = unit.words
    if printed_twice(text):
        return "image", "image text printed twice"
    if is_formula(text):
        return "formula", "maths formula printed as symbols"
    if w.TEASER.match(text):
        return "teaser", "teaser link to another story"
    heading = section_heading(text) if n <= COLON_HEADING_WORDS and not unit.bullet else None
    if heading:
        return heading, f"{HEADING_REASON} {text!r}"
    if w.COUNT_COMMENTS.match(text) and n <= COMMENTS_HEADING_WORDS:
        return "comments", f"{HEADING_REASON} {text!r}"
    if n <= FURNITURE_MAX_WORDS and w.COMMENT_SIGN.match(text):
        return "comment-sign", "comment signature"
    if n <= SHARE_MAX_WORDS and w.FURNITURE.match(text):
        low = text.lower()
        kind = "share" if any(low.startswith(s) for s in SHARE_WORDS) else "nav"
        return kind, f"page furniture {text!r}"
    if CAPS_TEASER_WORDS[0] <= n <= CAPS_TEASER_WORDS[1] and _capitals(text) and not unit.bullet:
        return "teaser", "headline in capitals between paragraphs"
    if n <= SHARE_MAX_WORDS and w.SOCIAL_FOLLOW.match(text):
        return "share", "a link to the site's social accounts"
    if n <= SHARE_MAX_WORDS and w.POST_NAV.search(text):
        return "nav", "a link to the previous or next post"
    if n <= BYLINE_MAX_WORDS and w.BYLINE.match(text):
        return "byline", "printed byline"
    if unit.links and n < WORDS_PER_LINK * unit.links:
        return "nav", f"{unit.links} link(s) for {n} words"
    low = text.lower()
    if "cookie" in low and w.COOKIE.search(text) and w.CONSENT.search(text):
        return "footer", "cookie notice"
    tail = text[-CAPTION_TAIL:]
    if (
        w.CAPTION_START.match(text)
        or (any(cue in tail for cue in CAPTION_CUES) and w.CAPTION_END.search(tail))
        or (n <= CREDIT_MAX_WORDS and w.CREDIT_LINE.search(text))
    ):
        return "caption", "photo caption or credit"
    if any(cue in low for cue in LEGAL_CUES) and w.LEGAL.search(text):
        return "footer", "copyright or legal line"
    if len(w.STRIP_SEPARATOR.findall(text)) >= STRIP_ITEMS and not ends_sentence(text):
        return "nav", "a strip of items between separators"
    if w.EMBED.match(text):
        return "embed", "embedded social post"
    if n <= AUTHOR_NOTE_WORDS and w.AUTHOR_NOTE.match(text):
        return "author-bio", "a note on the author"
    if n <= PROMO_MAX_WORDS and w.PROMO.search(text):
        return "promo", "newsletter or sign-up pitch"
    dated = n <= DATELINE_MAX_WORDS or (
        n <= META_MAX_WORDS and (not ends_sentence(text) or bool(w.DATE_CUE.match(text)))
    )
    if dated and _YEAR.search(text) and not _BARE_URL.match(text) and read_date(text):
        return "dateline", "a printed date"
    if n >= TAG_CLOUD_WORDS and not ends_sentence(text) and alphabetical(text):
        return "nav", "a tag cloud: words in alphabetical order"
    if n >= CONTENT_WORDS and (
        ends_sentence(text)
        or (n >= LONG_WORDS and _INNER_END.search(text))
        or (not unit.bullet and _sentence_case(text) and (n < LONG_WORDS or _has_glue(text)))
    ):
        return "content", f"prose, {n} words"
    return "short", f"short line, {n} words"
