"""Units above the story -> the index of the headline line, by structure.

The headline is a heading-like line close above the story (distance counts
lines of text only, not share buttons or images), preferably right above the
byline or date (past furniture, a summary and a rubric), printed twice (the
page's title bar, then the article's heading) or right above its summary,
and standing alone between blank lines (a line glued to its neighbours is in
a list or a box of teasers).  A bulleted line is a headline only as a list of
one item right over the byline or date (a blog's "• Post title" over "Posted by").
Widgets ("0Email this"), date lines, credited captions, an image's alt text
printed again in its labelled caption ("Image: ..."), a row of a table of
figures, calls to action and an author's name over a date are never the
headline.  Two corrections after scoring: a shorter heading-like line printed
right above the chosen one and speaking of the story (or printed twice above it,
where the chosen one is not) is the headline over its subtitle (not a kicker of
three words or fewer), and a line printed a little below that ends the chosen
one is the headline without a trail or kicker glued before it.  A line ending in
a full stop, or one of two words, is the headline only when standing alone right
above the byline or date and no other line reads as one.
"""

from __future__ import annotations

import re
from collections import Counter

from declutter.textdump import words as w
from declutter.textdump.label import Label, ends_sentence, label_unit
from declutter.textdump.lead import words_of
from declutter.textdump.lines import Unit
from declutter.textdump.slug import folded_words, slug_words

#: How many units above the story are searched for the headline.
TITLE_WINDOW = 40
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
#: Score of a headline candidate: capped word count, less for distance.
TITLE_WORD_CAP = 8
TITLE_DISTANCE_COST = 0.25
TITLE_BYLINE_BONUS = 4
#: Lines longer than this are more likely a summary: each extra word costs TITLE_LONG_COST.
TITLE_LONG_WORDS = 16
TITLE_LONG_COST = 0.5
#: A headline is "above the byline" when one comes within this many units ...
BYLINE_LOOKAHEAD = 4
#: ... not counting page furniture between them (share buttons, a photo, a rubric),
#: searched up to this many units below the headline.
BYLINE_FURNITURE_LOOKAHEAD = 16
FURNITURE_LABELS = frozenset(
    {"caption", "image", "decor", "duplicate", "share", "nav", "comments", "newsletter"}
)
HEADER_LABELS = frozenset({"byline", "dateline"})
#: Between a headline and its subtitle there may be an image or decor only.
SUBTITLE_GAP_LABELS = frozenset({"image", "decor"})
#: The headline alone is printed at most this many units below its line with a trail.
TRAIL_LOOKAHEAD = 6
#: A kicker over the headline ("Holz statt Plastik") has at most this many words.
KICKER_MAX_WORDS = 3
#: A headline stands between blank lines; a line glued to its neighbours scores this much less.
TITLE_GLUED_COST = 4
#: ... in a dump that prints blank lines between blocks (a tenth of its lines follow one;
#: text copied and pasted may have none).
SPACED_SHARE = 0.1
#: A headline with its summary (deck) right under it scores this much more than the summary.
TITLE_DECK_BONUS = 1
#: A headline printed twice above the story (the page's title bar, then the article's
#: heading) scores this much more.
TITLE_REPEAT_BONUS = 3
#: A rubric ("Deal Professor", "Analysis") between headline and byline has at most this many words.
RUBRIC_MAX_WORDS = 3
#: Besides letters and digits, a headline may open with a quote or bracket.
TITLE_OPENERS = frozenset("\"'“‘«„¿¡([")
#: Labels a headline line may carry before this stage.
TITLE_LABELS = frozenset({"short", "duplicate", "content", "caption"})
#: A line whose words are the URL's slug words (SLUG_SHARE of them, SLUG_MIN_SHARED at
#: least, or all of a shorter line's) scores up to this much more, by the share: the
#: address names the story.
TITLE_SLUG_BONUS = 6
SLUG_SHARE = 0.5
SLUG_MIN_SHARED = 2
#: A line sharing LEAD_MIN_SHARED longer words with the story's first LEAD_PARAGRAPHS
#: paragraphs scores this much more: a headline speaks of its story, a teaser of another.
TITLE_LEAD_BONUS = 3
LEAD_MIN_SHARED = 2
LEAD_PARAGRAPHS = 3
#: A line of the slug's words is a headline from this many words ("Leadership Styles").
NAMED_MIN_WORDS = 2
#: A name-only byline ("Reuters", "Jane Doe") has at most this many words.
NAME_MAX_WORDS = 5
#: The date may come this many units below the name, past these labels.
NAME_LOOKAHEAD = 3
NAME_GAP_LABELS = frozenset({"nav", "share", "duplicate", "image", "decor"})
#: A date line the date parser could not read whole: "Updated ...", "Published ...".
_DATE_LINE = re.compile(rf"{w.DATE_CUE_WORDS}\b.{{0,24}}?\d", re.I)
#: A name with how long ago the story went up: "Alex Perry 1 day ago".
NAME_AGO = re.compile(
    r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) +\d{1,3} (?:minute|hour|day|week|month)s? ago$"
)
#: A site's domain printed after the headline: "... The Bountiful Update Minecraft.net".
_SITE_TAIL = re.compile(r"(?<=\w)\s+(?:[\w-]+\.)+(?:com|net|org|co\.uk|de|fr|io|info)$", re.I)
#: A form field as w3m prints it ("[ ]", "[Select Month ]"): a search box, never a headline.
_FORM_FIELD = re.compile(r"\[\s*\]|\[[^\]]*\s\]")
#: A breadcrumb trail ("Home » News » Politics"): two separators, or one ending the line.
_CRUMB = re.compile(r"(?:[»›]|\s>\s|>>).*(?:[»›]|\s>\s|>>)|(?:[»›]|>>|\s>)\s*$")
#: A line of at least this many bare numbers, most of its tokens, is a row of a table
#: ("Palm Bay 18 22 13 17 — 70"), not a headline ("Windows 10 1903", "Enterprise 2.0").
ROW_MIN_NUMBERS = 3
#: A bare number in a table's row: "18", "3.5", "70-44", "1,200".
_NUMBER = re.compile(r"[\d.,:%–-]*\d[\d.,:%–-]*")
#: A caption's credit after the image's alt text ("- AP Photo/Jane Doe") has at most
#: this many words.
CREDIT_MAX_WORDS = 6
#: A count glued to a button's word: "0Email this to someone", "2559Comments".
_GLUED_COUNT = re.compile(r"\d+[A-Z][a-z]")


def find_title(
    units: list[Unit],
    labels: list[Label],
    start: int,
    url: str | None = None,
    *,
    from_run: bool = False,
) -> int | None:
    """Index of the headline above ``start``, or None.

    Candidates are heading-like lines (TITLE_MIN_WORDS..TITLE_MAX_WORDS, no
    full stop); longer lines, lines right above a byline or date, lines made
    of the URL's slug words or speaking of the story's first paragraphs score
    higher, distant lines lower.  With ``from_run``, the run's own first line is
    a candidate too when it is printed as a headline (`_opens_run`).
    """
    best, best_score = None, 0.0
    lo = max(0, start - TITLE_WINDOW)
    top = start + 1 if from_run and _opens_run(units, labels, start) else start
    printed = Counter(units[k].text for k in range(top))
    slug = slug_words(url)
    lead = words_of(_lead(units, labels, top))
    spaced = sum(u.blank_before for u in units[1:]) > SPACED_SHARE * len(units)
    dist = -1
    fallback: int | None = None  # the nearest headline ending in a full stop
    pair: int | None = None  # the nearest headline of two words standing alone above a date
    for i in range(top - 1, lo - 1, -1):
        if labels[i][0] not in FURNITURE_LABELS | HEADER_LABELS:
            dist += 1  # share buttons, images and the byline do not part a headline from its story
        share = _slug_share(units[i].text, slug) if slug else 0.0
        alone = spaced and _alone(units, i)
        text, n = units[i].text, units[i].words
        if text.endswith(".") and not text.endswith(".."):
            if fallback is None and _sentence_headline(
                units, labels, i, start, share, alone=alone or not spaced
            ):
                fallback = i  # "Steve Forbes: Trump is indeed a billionaire." when no other line is
            continue
        lone = dist == 0 and _lone_bullet(units, labels, i, start)
        if not _candidate(units, labels, i, share, short=alone and dist == 0, bullet=lone):
            if pair is None and n == NAMED_MIN_WORDS and _pair_headline(units, labels, i, start):
                pair = i  # "Come Together" alone above its date, when no other line is
            continue  # two words alone right above the story may be its headline
        score = min(n, TITLE_WORD_CAP) - dist * TITLE_DISTANCE_COST
        score -= max(0, n - TITLE_LONG_WORDS) * TITLE_LONG_COST
        if spaced and not alone:
            score -= TITLE_GLUED_COST
        if _above_byline(units, labels, i, start):
            score += TITLE_BYLINE_BONUS
        if _repeated(text, printed):
            score += TITLE_REPEAT_BONUS
        if _deck_below(units, labels, i, start):
            score += TITLE_DECK_BONUS
        if share >= SLUG_SHARE:
            score += TITLE_SLUG_BONUS * share
        if len(words_of([text]) & lead) >= LEAD_MIN_SHARED:
            score += TITLE_LEAD_BONUS
        if score > best_score:
            best, best_score = i, score
    if best is None:
        best = fallback if fallback is not None else pair
    if best is not None and not slug:  # with a slug, its words tell headline from subtitle
        best = _over_subtitle(units, labels, best, lead, printed)
    return _without_trail(units, best, top)


def _without_trail(units: list[Unit], i: int | None, top: int) -> int | None:
    """The line below ``i`` that ends it, when there is one: the headline without its trail.

    A breadcrumb trail or a kicker printed on the headline's line ("Home News
    Waldwege gesperrt", "Kind krank Was Arbeitgeber wissen müssen") is often
    followed, a few lines below, by the headline alone.
    """
    if i is None:
        return None
    text = " ".join(units[i].text.split())
    for j in range(i + 1, min(top, i + 1 + TRAIL_LOOKAHEAD)):
        tail = " ".join(units[j].text.split())
        if units[j].words >= NAMED_MIN_WORDS and len(tail) < len(text) and text.endswith(tail):
            return j
    return i


def _candidate(
    units: list[Unit],
    labels: list[Label],
    i: int,
    share: float,
    *,
    short: bool = False,
    sentence: bool = False,
    bullet: bool = False,
) -> bool:
    """Line ``i`` is printed as a headline may be: heading-like, no widget, date or byline.

    A bulleted line only with ``bullet`` (`_lone_bullet`).
    """
    text = units[i].text
    n = units[i].words
    if labels[i][0] not in TITLE_LABELS or (units[i].bullet and not bullet) or units[i].links:
        return False
    named = share >= SLUG_SHARE
    shortest = NAMED_MIN_WORDS if named or short else TITLE_MIN_WORDS
    if not shortest <= n <= TITLE_MAX_WORDS or text.endswith((":",) if sentence else (".", ":")):
        return False
    if not _opens_like_a_headline(text) or _GLUED_COUNT.match(text):
        return False  # "□ Share", "» More", "0Email this": a widget or a link, not a headline
    if _FORM_FIELD.search(text) or _CRUMB.search(text):
        return False  # "Search for: [ ]", "Home » News »": a search box or a breadcrumb trail
    if _DATE_LINE.match(text) or NAME_AGO.match(text) or w.CALL_TO_ACTION.match(text):
        return False  # "Updated Nov. 19, 2019 ...", "Alex Perry 1 day ago", "Learn more ..."
    if not named and name_before_date(units, labels, i) and _person_like(text):
        return False  # "John C. Welch" over "Oct 15, 2015": the byline, not the headline
    if labels[i][0] == "caption" and label_unit(units[i])[0] == "caption":
        return False  # a caption by its own words ("... (Credit: iStock)"), not by a repeat
    if _captioned(units, labels, i) or _retold_caption(units, i):
        return False  # an image's alt text, printed again in its caption
    if _table_row(text):
        return False  # "Palm Bay 18 22 13 17 — 70": a row of a table of figures
    first = text.split(None, 1)[0]
    # "in Featured Article ...", "Topics: a, b": a rubric or a tag list
    return not (first.isalpha() and first.islower()) and not (
        ":" in first and w.TAGS_PREFIX.match(text)
    )


def _lone_bullet(units: list[Unit], labels: list[Label], i: int, start: int) -> bool:
    """Line ``i`` is a list of one bulleted item, printed right over the byline or date.

    Some blogs print the post's headline as a bullet ("• Interning of Small
    Integers in Python") over "Posted by ..."; an item of a list of teasers has
    a bulleted neighbour, or furniture between it and a date.
    """
    if not units[i].bullet or i + 1 >= start or (i > 0 and units[i - 1].bullet):
        return False
    return labels[i + 1][0] in HEADER_LABELS


def _captioned(units: list[Unit], labels: list[Label], i: int) -> bool:
    """The next line is a caption printing line ``i`` after a short label ("Image:").

    "Image: Jose Mourinho has agreed ..." under "Jose Mourinho has agreed ...":
    the image's alt text, then its caption.
    """
    j = i + 1
    if j >= len(units) or labels[j][0] != "caption":
        return False
    text, caption = units[i].text, units[j].text
    head = caption[: -len(text)].rstrip()
    return caption.endswith(text) and head.endswith(":") and len(head.split()) <= KICKER_MAX_WORDS


def _retold_caption(units: list[Unit], i: int) -> bool:
    """Line ``i`` and a neighbour print one text, once with a short tail (a credit, a
    dash): an image's alt text and its caption, neither of them the headline (a kicker
    of KICKER_MAX_WORDS words or fewer may open the headline's line).
    """
    text = units[i].text
    for j in (i - 1, i + 1):
        if not 0 <= j < len(units):
            continue
        short, long = sorted((text, units[j].text), key=len)
        if short != long and long.startswith(short) and len(short.split()) > KICKER_MAX_WORDS:
            tail = long[len(short) :]
            if tail[:1] in (" ", "-") and len(tail.split()) <= CREDIT_MAX_WORDS:
                return True
    return False


def _table_row(text: str) -> bool:
    """Most of the line's tokens, ROW_MIN_NUMBERS or more, are bare numbers: a row of a table."""
    tokens = text.split()
    numbers = sum(_NUMBER.fullmatch(t) is not None for t in tokens)
    return numbers >= ROW_MIN_NUMBERS and numbers * 2 > len(tokens)


def _pair_headline(units: list[Unit], labels: list[Label], i: int, start: int) -> bool:
    """Two words standing alone right above the byline or date ("Come Together").

    No summary paragraph may come between them and the story: under a line this
    short it is more often the story's own first paragraph.
    """
    alone = _alone(units, i) or not any(u.blank_before for u in units)
    return (
        alone
        and _candidate(units, labels, i, 0.0, short=True)
        and _above_byline(units, labels, i, start)
        and all(labels[k][0] != "content" for k in range(i + 1, start))
    )


def _sentence_headline(
    units: list[Unit], labels: list[Label], i: int, start: int, share: float, *, alone: bool
) -> bool:
    """A headline printed as a sentence ("Wasserstoff als Schlüsseltechnologie."): standing
    alone right above the byline or date, no longer than TITLE_LONG_WORDS words.

    Only taken when no other line above the story reads as a headline: a summary,
    a tagline or a caption ends in a full stop too.
    """
    if not alone or units[i].words > TITLE_LONG_WORDS:
        return False
    return _candidate(units, labels, i, share, sentence=True) and _above_byline(
        units, labels, i, start
    )


def _alone(units: list[Unit], i: int) -> bool:
    """The line stands between blank lines, as a heading does (not in a list or a box)."""
    return units[i].blank_before and (i + 1 == len(units) or units[i + 1].blank_before)


def _repeated(text: str, printed: Counter[str]) -> bool:
    """The line is printed twice above the story, or again within a longer line."""
    return printed[text] > 1 or _printed_within(text, printed)


def _printed_within(text: str, printed: Counter[str]) -> bool:
    """The line is printed again as the end of a longer line above the story.

    A breadcrumb's last item ("Home » Recipes » Olive Bread") or a table of
    contents' entry ("5. Olive Bread") prints the headline inside another line
    (not its start: an image's alt text before its credit is a caption's).
    """
    if len(text.split()) < TITLE_MIN_WORDS:
        return False
    tail = " " + text
    return any(o.endswith(tail) for o in printed)


def _over_subtitle(
    units: list[Unit], labels: list[Label], i: int, lead: set[str], printed: Counter[str]
) -> int:
    """The line right above a chosen line when that is the headline and this its subtitle.

    A page prints its headline, then a longer subtitle (deck) that reads as a
    headline too and lies nearer the byline and the story; the line printed
    right above, no longer and heading-like, is the headline when it speaks of
    the story or is printed twice above it where the subtitle is not (a title
    bar, a breadcrumb or a caption, then the article's heading).
    """
    j = i - 1
    while j >= 0 and labels[j][0] in SUBTITLE_GAP_LABELS:
        j -= 1
    if j < 0 or not KICKER_MAX_WORDS < units[j].words < units[i].words:
        return i  # none, a kicker ("Holz statt Plastik") or no shorter than a subtitle
    if not _candidate(units, labels, j, 0.0):
        return i
    text = units[j].text
    repeated = _repeated(text, printed) and not _repeated(units[i].text, printed)
    if not repeated and len(words_of([text]) & lead) < LEAD_MIN_SHARED:
        return i
    return j


def _opens_like_a_headline(text: str) -> bool:
    """A letter, a digit, an opening quote or bracket; "»" only as a German quote ("»Nein«")."""
    return text[0].isalnum() or text[0] in TITLE_OPENERS or (text[0] == "»" and "«" in text)


def _opens_run(units: list[Unit], labels: list[Label], start: int) -> bool:
    """The run's first line is printed as a headline: no full stop."""
    if start >= len(units) or labels[start][0] not in ("content", "short"):
        return False
    text = units[start].text
    return units[start].words <= TITLE_MAX_WORDS and not ends_sentence(text)


def _slug_share(text: str, slug: frozenset[str]) -> float:
    """Share of the line's words in the URL slug (0 below SLUG_MIN_SHARED, or all of fewer)."""
    words = folded_words(text)
    shared = len(words & slug)
    return shared / len(words) if words and shared >= min(SLUG_MIN_SHARED, len(words)) else 0.0


def _lead(units: list[Unit], labels: list[Label], start: int) -> list[str]:
    """The story's first LEAD_PARAGRAPHS paragraphs from ``start``."""
    found: list[str] = []
    for k in range(start, len(units)):
        if labels[k][0] == "content":
            found.append(units[k].text)
            if len(found) == LEAD_PARAGRAPHS:
                break
    return found


def _deck_below(units: list[Unit], labels: list[Label], i: int, start: int) -> bool:
    """The next line of text under line ``i`` (past furniture) is a summary paragraph."""
    for j in range(i + 1, start):
        if labels[j][0] not in FURNITURE_LABELS:
            return labels[j][0] == "content" and units[j].words >= TITLE_MIN_WORDS
    return False


def _above_byline(units: list[Unit], labels: list[Label], i: int, start: int) -> bool:
    """A byline or date follows, past furniture, a summary and a rubric line."""
    between: set[str] = set()
    for j in range(i + 1, min(start, i + 1 + BYLINE_FURNITURE_LOOKAHEAD)):
        lab = labels[j][0]
        if lab in ("byline", "dateline"):
            return True
        if lab in FURNITURE_LABELS:
            continue
        kind = "deck" if lab == "content" else "rubric"
        rubric = lab == "short" and units[j].words <= RUBRIC_MAX_WORDS
        if kind in between or (kind == "rubric" and not rubric):
            return False
        between.add(kind)
    return False


def name_before_date(units: list[Unit], labels: list[Label], i: int) -> bool:
    """A short capitalised line just above a date line (or "2 hours ago"): an author's name.

    Between the name and the date there may be page furniture ("Follow"),
    the name's repeat (avatar alt text) or an image.
    """
    text = units[i].text
    if labels[i][0] not in ("short", "duplicate", "caption"):
        return False
    tokens = text.split()
    if not (
        0 < len(tokens) <= NAME_MAX_WORDS
        and all(t[0].isupper() for t in tokens if t[0].isalpha())
        and not any(ch.isdigit() for ch in text)
        and not ends_sentence(text)
    ):
        return False
    for j in range(i + 1, min(len(units), i + 1 + NAME_LOOKAHEAD)):
        lab = labels[j][0]
        if lab == "dateline" or (lab == "short" and w.RELATIVE_TIME.match(units[j].text)):
            return True
        if lab not in NAME_GAP_LABELS:
            return False
    return False


def without_site(title: str) -> str:
    """The headline without a site's domain printed after it (not "Sale at Amazon.com")."""
    m = _SITE_TAIL.search(title)
    last = title[: m.start()].rsplit(maxsplit=1)[-1].lower() if m else ""
    if m is None or last in w.NOT_NAME_WORDS or last in w.LINKING_WORDS:
        return title
    return title[: m.start()]


def _person_like(text: str) -> bool:
    """Two to NAME_MAX_WORDS capitalised words, none a headline's function word."""
    tokens = text.split()
    return 2 <= len(tokens) <= NAME_MAX_WORDS and not any(
        t.lower() in w.NOT_NAME_WORDS for t in tokens
    )
