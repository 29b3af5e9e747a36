"""Units around the headline -> `Metadata` and the indexes of the lines it came from.

The headline is a heading-like line close above the story, preferably right
above the byline or date.  Byline, dates and the summary are read between the
headline and the story (a byline or date may also sit just above the
headline); tags from the lines right after the story.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from declutter.metadata.byline import split_byline
from declutter.metadata.dates import MONTHS, parse_date_text
from declutter.textdump import words as w
from declutter.textdump.label import Label, ends_sentence, label_unit
from declutter.textdump.lines import Unit, count_words

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
#: A name-only byline ("Reuters", "Jane Doe") has at most this many words.
NAME_MAX_WORDS = 5
#: A printed byline ("By ...") or date may sit this many units above the headline.
BYLINE_ABOVE_TITLE = 6
#: The date may come this many units below the name, past these labels.
NAME_LOOKAHEAD = 3
NAME_GAP_LABELS = frozenset({"nav", "share", "duplicate", "image", "decor"})
#: Tags are looked for this many units after the story.
TAGS_WINDOW = 3
TAG_MAX_WORDS = 4
TAG_MIN_ITEMS = 2

_MONTH_WORDS = frozenset(MONTHS)
#: A date line the date parser could not read whole: "Updated ...", "Published ...".
_DATE_LINE = re.compile(
    r"(?:last )?(?:updated?|published|posted|modified|aktualisiert|veröffentlicht|publié|"
    r"mis à jour|actualizado|publicado|atualizado|aggiornato|pubblicato)\b.{0,24}?\d",
    re.I,
)
#: A byline at the end of a date line: "on March 10, 2015 by Nikhil Marathe".
_BY_IN_DATE = re.compile(r"\b(?:by|von|par|por)\s+([A-Z][^\d|•·]{2,60})$")
#: A name with how long ago the story went up: "Alex Perry 1 day ago".
_NAME_AGO = re.compile(
    r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) +\d{1,3} (?:minute|hour|day|week|month)s? ago$"
)
#: A site's domain printed after the headline: "... The Bountiful Update Minecraft.net".
_SITE_TAIL = re.compile(r"(?<=\w)\s+(?:[\w-]+\.)+(?:com|net|org|co\.uk|de|fr|io|info)$", re.I)
#: A count glued to a button's word: "0Email this to someone", "2559Comments".
_GLUED_COUNT = re.compile(r"\d+[A-Z][a-z]")
_BYLINE_STOP = re.compile(
    r"\s(?:[|•·—–]|-\s)|\s(?:follow|updated?|published|posted|on|at)\b|\s@|\d", re.I
)


@dataclass
class Header:
    """What the header gave, with the unit index of each field."""

    fields: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    used: dict[int, Label] = field(default_factory=dict)
    #: The unit of a byline guessed from a name above a date (a printed "By" replaces it).
    guessed: int | None = None


def find_title(units: list[Unit], labels: list[Label], start: int) -> int | None:
    """Index of the headline above ``start``, or None.

    Candidates are heading-like lines (TITLE_MIN_WORDS..TITLE_MAX_WORDS, no
    full stop); longer lines and lines right above a byline
    or date score higher, distant lines lower.
    """
    best, best_score = None, 0.0
    lo = max(0, start - TITLE_WINDOW)
    printed = Counter(units[k].text for k in range(start))
    dist = -1
    for i in range(start - 1, lo - 1, -1):
        if labels[i][0] not in FURNITURE_LABELS | HEADER_LABELS:
            dist += 1  # share buttons, images and the byline do not part a headline from its story
        text = units[i].text
        n = units[i].words
        if labels[i][0] not in TITLE_LABELS or units[i].bullet or units[i].links:
            continue
        if not TITLE_MIN_WORDS <= n <= TITLE_MAX_WORDS or text.endswith((".", ":")):
            continue
        if not (text[0].isalnum() or text[0] in TITLE_OPENERS) or _GLUED_COUNT.match(text):
            continue  # "□ Share", "» More", "0Email this": a widget or a link, not a headline
        if _DATE_LINE.match(text) or _NAME_AGO.match(text) or w.CALL_TO_ACTION.match(text):
            continue  # "Updated Nov. 19, 2019 ...", "Alex Perry 1 day ago", "Learn more ..."
        if _name_before_date(units, labels, i) and _person_like(text):
            continue  # "John C. Welch" over "Oct 15, 2015": the byline, not the headline
        if labels[i][0] == "caption" and label_unit(units[i])[0] == "caption":
            continue  # a caption by its own words ("... (Credit: iStock)"), not by a repeat
        first = text.split(None, 1)[0]
        if (first.isalpha() and first.islower()) or (":" in first and w.TAGS_PREFIX.match(text)):
            continue  # "in Featured Article ...", "Topics: a, b": a rubric or a tag list
        score = min(n, TITLE_WORD_CAP) - dist * TITLE_DISTANCE_COST
        score -= max(0, n - TITLE_LONG_WORDS) * TITLE_LONG_COST
        if _above_byline(units, labels, i, start):
            score += TITLE_BYLINE_BONUS
        if printed[text] > 1:
            score += TITLE_REPEAT_BONUS
        if _deck_below(units, labels, i, start):
            score += TITLE_DECK_BONUS
        if score > best_score:
            best, best_score = i, score
    return best


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


def read_header(units: list[Unit], labels: list[Label], start: int, end: int) -> Header:
    """Title, byline, dates and summary above the story; tags below it."""
    head = Header()
    title = find_title(units, labels, start)
    if title is not None:
        head.fields["title"] = _without_site(units[title].text)
        head.sources["title"] = f"visible line {units[title].line}"
        head.used[title] = ("title", "headline above the story")
    top = title + 1 if title is not None else max(0, start - TITLE_WINDOW)
    for i in range(top, start):
        _header_line(units, labels, i, head)
    if title is not None:
        for i in range(max(0, title - BYLINE_ABOVE_TITLE), title):
            if labels[i][0] in ("byline", "dateline"):
                _header_line(units, labels, i, head)
    _tags(units, labels, end, head)
    return head


def _header_line(units: list[Unit], labels: list[Label], i: int, head: Header) -> None:
    text, lab = units[i].text, labels[i][0]
    where = f"visible line {units[i].line}"
    if lab == "dateline" or (lab == "byline" and parse_date_text(text)):
        for key, part in _date_parts(text):
            if key not in head.fields and (value := parse_date_text(part)):
                head.fields[key] = value
                head.sources[key] = where
                if lab == "dateline":
                    head.used[i] = ("dateline", f"{key} date")
    by_in_date = _BY_IN_DATE.search(text) if lab == "dateline" else None
    aged = _NAME_AGO.match(text) if lab == "short" else None
    explicit = lab == "byline" or by_in_date is not None
    guessed = not explicit and (aged is not None or _name_before_date(units, labels, i))
    if ("byline" not in head.fields or (explicit and head.guessed is not None)) and (
        explicit or guessed
    ):
        name = by_in_date.group(1) if by_in_date else aged.group(1) if aged else text
        byline, authors = split_byline(_byline_text(name))
        if byline:
            if head.guessed is not None:
                head.used.pop(head.guessed, None)  # a printed "by" beats a name by a date
            head.fields["byline"], head.fields["authors"] = byline, authors
            head.sources["byline"] = where
            head.guessed = i if guessed else None
            if lab != "dateline":
                head.used[i] = ("byline", "byline in the header")
    if lab == "content" and "description" not in head.fields:
        head.fields["description"] = text
        head.sources["description"] = where
        head.used[i] = ("description", "summary between headline and story")


def _date_parts(text: str) -> list[tuple[str, str]]:
    """A date line split into its published and modified parts.

    "Updated 3 May" is a modified date; "2 May, 09:00 | Updated 3 May" holds both.
    """
    m = w.MODIFIED.search(text)
    if m is None:
        return [("published", text)]
    if parse_date_text(text[: m.start()]):
        return [("published", text[: m.start()]), ("modified", text[m.start() :])]
    return [("modified", text)]


def _name_before_date(units: list[Unit], labels: list[Label], i: int) -> bool:
    """A short capitalised line just above a date line: an author or agency name.

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
        if lab == "dateline":
            return True
        if lab not in NAME_GAP_LABELS:
            return False
    return False


def _without_site(title: str) -> str:
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


def _byline_text(text: str) -> str:
    """The byline without the date, time or "Follow @x" printed after the names."""
    prefix = w.BYLINE.match(text)
    skip = prefix.end() - 1 if prefix else 0
    stop = _BYLINE_STOP.search(text, skip)
    cut = text[: stop.start()] if stop else text
    tokens = cut.split()
    for k, tok in enumerate(tokens):
        if k and tok.lower().strip(".,") in _MONTH_WORDS:
            tokens = tokens[:k]
            break
    return " ".join(tokens).rstrip(" ,;")


def _tags(units: list[Unit], labels: list[Label], end: int, head: Header) -> None:
    """Tags right below the story: one line ("Tags: a, b" / "a / b / c") or one per line."""
    for i in range(end, min(len(units), end + TAGS_WINDOW)):
        if labels[i][0] not in ("short", "nav", "content"):
            break
        text = units[i].text
        prefixed = w.TAGS_PREFIX.match(text)
        body = text[prefixed.end() :] if prefixed else text
        if prefixed and not body:
            _tag_lines(units, labels, i + 1, i + 1, head)
            return
        sep = w.TAG_SEPARATOR if prefixed else _STRONG_SEPARATOR
        items = [t.strip() for t in sep.split(body) if t.strip()]
        if len(items) < TAG_MIN_ITEMS or any(count_words(t) > TAG_MAX_WORDS for t in items):
            continue
        if not prefixed and ends_sentence(text):
            continue
        head.fields["tags"] = tuple(items)
        head.sources["tags"] = f"visible line {units[i].line}"
        head.used[i] = ("tags", "tag list after the story")
        return
    _tag_lines(units, labels, end, end, head)


def _tag_lines(units: list[Unit], labels: list[Label], first: int, end: int, head: Header) -> None:
    """Short lines from ``first`` up to a section heading or the page's end: one tag each."""
    i = first
    while i < len(units) and labels[i][0] == "short" and _tag_like(units[i].text):
        i += 1
    closed = i == len(units) or labels[i][0] not in ("short", "content", "teaser")
    if i - first < TAG_MIN_ITEMS or not closed:
        return
    head.fields["tags"] = tuple(units[k].text for k in range(first, i))
    head.sources["tags"] = f"visible lines {units[first].line}-{units[i - 1].line}"
    for k in range(first, i):
        head.used[k] = ("tags", "tag list after the story")


def _tag_like(text: str) -> bool:
    return count_words(text) <= TAG_MAX_WORDS and not ends_sentence(text) and not text.isdigit()


_STRONG_SEPARATOR = re.compile(r"\s+[/|•·]\s+")
