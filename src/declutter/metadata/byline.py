"""Raw byline text -> (byline as printed, cleaned; author names).

`split_byline` cleans one printed credit: "By", "View all posts by", labels
("Autor:", "Text:"), dates, "Updated ...", job titles and desks ("Games
Editor", "- Safe Browsing team"), e-mails and handles go; what is left is
split on commas, "and", "&" (and their German, French, Spanish forms) into
names.  A news agency (Reuters, AP, AFP, dpa ...) is kept only when it is
the only credit.  `looks_like_person` tells a person's name from a site, an
organisation or a phrase ("Die FURCHE", "deinen Hochzeitsbloggern").  The
candidate finders are in `candidates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from declutter.metadata.dates import find_dates
from declutter.metadata.namecheck import trim_credit
from declutter.metadata.words import (
    AGENCIES,
    ARTICLES,
    JOB_HEADS,
    JOB_WORDS,
    LABELS,
    NOT_A_CREDIT,
    ORG_WORDS,
    PARTICLES,
)

#: Phrases put before a credit ("Posted by", "Ein Artikel von"), as regex pieces.
LEAD_PHRASES = (
    r"(?:view|see|read|show)\s+(?:all|more)\s+(?:posts|articles|stories|entries)\s+(?:by|from|of)",
    r"(?:zeige\s+)?alle\s+(?:beiträge|artikel|posts)\s+von",
    r"mehr\s+(?:artikel\s+)?von",
    r"(?:alles|artikel|beiträge)\s+von",
    r"eine?\s+\w+\s+von",  # "Ein Beitrag von", "Eine Kolumne von", "Ein Interview von"
    r"(?:text|texte|bericht|interview|kommentar|reportage|analyse)\s+von",
    r"(?:written|posted|published|reported|edited|compiled|story|words|text|photos?|report)\s+by",
    r"(?:geschrieben|verfasst|eingestellt|veröffentlicht|gepostet|erstellt|publiziert|abgelegt|"
    r"beitrag)"
    r"\s*von",
    r"(?:escrito|publicado)\s+por",
    r"(?:écrit|publié|rédigé)\s+par",
    r"(?:scritto|pubblicato)\s+da",
)
#: Single words before a credit ("By", "Von", "Par" ...).
LEAD_WORDS = (
    "by",
    "von",
    "vom",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "от",
    "przez",
    "autorstwa",
)
#: Lead words that start a printed credit line on their own.
LINE_LEAD_WORDS = ("by", "von", "par", "por", "door")


@lru_cache(maxsize=1)
def _prefix() -> re.Pattern[str]:
    """A lead phrase, word or label before a credit (compiled on first use, not on import)."""
    return re.compile(
        r"^\s*(?:(?:" + "|".join(LEAD_PHRASES + LEAD_WORDS) + r")\b\s*:?(?:\s+|$)"
        r"|(?:" + "|".join(LABELS) + r")(?:\s*\((?:s|en|innen)\)\s*(?::\s*|$)|\s*:\s*))",
        re.I,
    )


_SPLIT = re.compile(r"\s*(?:,|;|&|\||\band\b|\bund\b|\bet\b|\by\b|\be\b|、|/)\s*", re.I)
#: Soft hyphens and zero-width characters: they cut a name into pieces ("Mat\xadthi\xadas").
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_NOISE = re.compile(
    r"\S+@\S+\.\w+|https?://\S+|www\.\S+|\(\s*\)|@\w+|\b\d+\s+(?:shares?|comments?|kommentare?)\b"
    r"|\b(?:shares?|follow|folgen|twitter|facebook|linkedin|e-?mail|mail)\b|\[at\]|\(at\)"
    r"|©|\(c\)|[»«›‹→←⇒➔➜▶►▸❯❮<>]",
    re.I,
)


@lru_cache(maxsize=1)
def _after_name() -> re.Pattern[str]:
    """What follows the name in a credit line: a date label, a photo credit ..."""
    return re.compile(
        r"\s*(?:[|•·]|\b(?:updated|published|posted|last\s+(?:updated|modified)|aktualisiert|"
        r"veröffentlicht|stand|mis à jour|publié le|actualizado|"
        r"hours?\s+ago|vor\s+\d|min(?:utes?)?\s+read|lesezeit)\b"
        r"|\b(?:fotos?|photos?|bilder?|illustrations?|grafik|video|quelle|source)\s*:"
        r"|\s(?:fotos?|photos?|bilder?|illustrations?|illustration|grafik)\s+(?:von|by)\s"
        r"|\s(?:(?:medically\s+)?reviewed|fact[- ]?checked|edited)\s+by\s"
        r"|\s(?:am|on|le|el|il|op|em|at)\s+\d).*$",
        re.I,
    )


#: Longest printed byline taken (characters): longer text is a bio or a paragraph.
MAX_BYLINE = 120
#: Most words in one author name.
MAX_NAME_WORDS = 5
#: Little words left dangling once a date is cut off ("By Jane Doe on").
_DANGLING = re.compile(r"(?:\s+(?:on|am|um|le|el|il|op|em|at|the|den|der|le|du|del))+\s*$", re.I)
#: The same little words, in lower case, ending a line whose date is printed in the next
#: element ("Von R. R. am" then "<a>07.08.2013</a>"): never the end of a name.
_DANGLING_LOWER = re.compile(r"(?:\s+(?:on|am|um|le|el|il|op|em|at|the|den|der|du|del))+\s*$")


@lru_cache(maxsize=1)
def _cjk() -> re.Pattern[str]:
    """A kana, CJK or hangul character (3 ms to compile: on first use)."""
    return re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


#: The end of a printed date (a year, or a clock time after it) in a credit line.
_DATE_TAIL = re.compile(
    r"(?:19|20)\d\d(?:[,\s]+(?:um\s+|at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?"
)
#: Longest all-caps single word read as an acronym rather than a name.
MAX_ACRONYM = 4
_SITE_SEPARATOR = re.compile(r"\s+[-–—|·]\s+")
#: A remark in brackets closing a name ("Samuel Diekmann (Sponsored Post)"); a bracket
#: inside the name ("Richard (R.J.) Eskow") stays.
_REMARK = re.compile(r"(?<=\w)\s+\([^()]*\)\s*$")
#: A preposition tying a job to a place of work ("bei", "at"): that part is no name.
_AFFILIATION = re.compile(r"\s(?:bei|at|für|chez)\s", re.I)
#: Separators between the parts of a credit (names, job titles, desks).
_PARTS = re.compile(r"\s*[,|]\s*|\s+[-–—]\s+")
#: Most words of a job phrase ended by a job noun ("Chrome Safe Browsing team").
MAX_JOB_WORDS = 4
#: A user name with digits ("freeman1984", "c1ph4"): a credit on blogs and forums.
_HANDLE = re.compile(r"[^\W\d_][\w.-]{2,23}")
_SMALL_WORDS = frozenset({"of", "for", "at", "in", "the", "für", "der", "des", "de", "du", "la"})
_AGENCY_SPLIT = re.compile(r"(\s*(?:,|/|&|\band\b|\bund\b|\bwith\b|\bmit\b)\s*)", re.I)
_DOMAIN = re.compile(r"\.\w{2,4}\b|\.\w{2,4}$")


def clean_byline(raw: str) -> str | None:
    """A printed credit without prefixes, dates, job titles, handles; None if nothing is left."""
    text = trim_credit(_NOISE.sub(" ", " ".join(_INVISIBLE.sub("", raw).split())).strip())
    dates = find_dates(text)
    if dates:
        # the name is before the first date ("Jane Doe, 12.01.2022") or after it
        # ("Posted on 12 January 2022 by Jane Doe")
        before = _DANGLING.sub("", text[: dates[0][0]].rstrip(" ,|-–—:"))
        text = before if _strip_leads(before) else _after_date(text)
    for _ in range(3):
        text = _prefix().sub("", text).strip(" |-–—:,(")
    text = _after_name().sub("", text).strip(" |-–—:,.(")
    text = trim_credit(_DANGLING_LOWER.sub("", text))
    parts = [_drop_leading_job(_drop_remark(p)) for p in _PARTS.split(text) if p]
    # after the name, "Redner bei rent-a-pastor.com", "Reporter at the Times": an affiliation
    parts = parts[:1] + [p for p in parts[1:] if not _AFFILIATION.search(p)]
    kept = [p for p in parts if not _is_job(p)] or parts  # "Redaktion" alone stays
    kept = [_drop_trailing_job(p) for p in kept]
    text = ", ".join(kept) if kept else ""
    text = " ".join(text.split()).strip(" |-–—:,(")
    if text.lower() in NOT_A_CREDIT:
        return None
    return text or None


def _drop_remark(part: str) -> str:
    """ "Samuel Diekmann (Sponsored Post)" -> "Samuel Diekmann": a bracket after a name of
    two or more words; "Staff (AP)" keeps its only credit."""
    cut = _REMARK.sub("", part)
    return cut if len(cut.split()) >= MIN_REMARKED_NAME_WORDS else part


#: Fewest words of a name whose closing bracket remark is dropped.
MIN_REMARKED_NAME_WORDS = 2


def _strip_leads(text: str) -> str:
    for _ in range(3):
        text = _prefix().sub("", text).strip(" |-–—:,(")
    return _after_name().sub("", text).strip(" |-–—:,.(")


def _after_date(text: str) -> str:
    """The text after the first printed date and its time ("... 17:20 by Jane Doe")."""
    rest = _DATE_TAIL.split(text, maxsplit=1)
    return rest[-1] if len(rest) > 1 else ""


def _is_job(part: str) -> bool:
    """ "Senior Correspondent", "Redakteurin Kultur", "Games Editor", "Safe Browsing team":
    all job words, led by one, or a short phrase ending in a job noun."""
    words = [w.lower().strip(".()") for w in part.split()]
    words = [w for w in words if w not in _SMALL_WORDS]
    if not words or part.isupper():
        return False
    if len(words) <= MAX_JOB_WORDS and words[-1] in JOB_HEADS:
        return True
    return words[0] in JOB_WORDS or all(w in JOB_WORDS for w in words)


def _drop_leading_job(part: str) -> str:
    """ "Rechtsanwalt Sebastian Einbock", "Staff Writer Jane Doe" -> the name: job words
    before two or more capitalised words that are no job words."""
    words = part.split()
    i = 0
    while i < len(words) and _title_word(words[i]):
        i += 1
    rest = words[i:]
    if not i or len(rest) < 2:
        return part
    if any(not w[:1].isupper() or w.lower().strip(".()") in JOB_WORDS for w in rest):
        return part
    return " ".join(rest)


#: Job words dropped from the end of a name: not the labels ("author", "autor").
TRAILING_JOB_WORDS = JOB_WORDS - {"author", "autor", "autorin"}


def _title_word(word: str) -> bool:
    """A job word said of a person ("Rechtsanwalt"), not of a desk ("Redaktion")."""
    low = word.lower().strip(".()")
    return low in JOB_WORDS and low not in ORG_WORDS


def _drop_trailing_job(part: str) -> str:
    """ "Jane Doe Senior Editor" -> "Jane Doe"; a trailing label word ("... author") is
    part of what the page calls the name (a credit box's label comes on its own line)."""
    words = part.split()
    while len(words) > 2 and words[-1].lower().strip(".()") in TRAILING_JOB_WORDS:
        words.pop()
    return " ".join(words)


def split_byline(raw: str) -> tuple[str | None, tuple[str, ...]]:
    """Clean a printed byline and split it into person (or agency) names."""
    text = clean_byline(raw)
    if not text:
        return None, ()
    names = [n.strip(" .") for n in _SPLIT.split(text)]
    names = [n for n in names if n and len(n.split()) <= MAX_NAME_WORDS]
    people = [n for n in names if n.lower() not in AGENCIES]
    if people and len(people) < len(names):
        names = people
        text = _drop_agencies(text)
    return text, tuple(dict.fromkeys(names))


def _drop_agencies(text: str) -> str:
    """ "Jane Doe, dpa" -> "Jane Doe": an agency beside a person is not printed as a credit."""
    parts = _AGENCY_SPLIT.split(text)  # names at even indexes, separators between
    keep = [True] * len(parts)
    for i in range(0, len(parts), 2):
        if parts[i].strip().lower() in AGENCIES:
            keep[i] = False
            keep[i - 1 if i else min(i + 1, len(parts) - 1)] = False
    return "".join(p for p, k in zip(parts, keep, strict=True) if k).strip(" ,/&") or text


def drop_site_parts(text: str, site_words: Iterable[str]) -> str:
    """ "unocero - Alberto Ávila" -> "Alberto Ávila" when "unocero" names the site."""
    parts = _SITE_SEPARATOR.split(text)
    if len(parts) < 2:
        return text
    keys = {_flat(s) for s in site_words}
    kept = [p for p in parts if _flat(p) not in keys]
    return " - ".join(kept) if kept and len(kept) < len(parts) else text


def _flat(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def looks_like_person(name: str, site_words: Iterable[str] = ()) -> bool:
    """True for "Jane Doe", "肖春芳", "J.R. Stone"; False for sites, agencies, organisations."""
    low = name.lower()
    words = low.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    if any(ch.isdigit() or ch in "?!" for ch in name):
        return False  # "wem?": a question printed where a name goes
    if len(words) > 1 and (words[0] in ARTICLES or _phrase(name.split())):
        return False  # "Die FURCHE", "deinen Hochzeitsbloggern": a title or phrase
    if not _cjk().search(name) and (
        not any(len(w.strip(".")) > 1 for w in words)
        or (len(words) == 1 and len(name) <= MAX_ACRONYM and name.isupper())
    ):
        return False  # initials or an acronym ("DT", "LN"): a desk code, not a name
    if all(w.strip(".()") in JOB_WORDS for w in words):
        return False  # "Rechtsanwalt": a title printed without the name
    parts = re.split(r"[\W_]+", low)  # "KB_Redaktion": a desk account
    if low in AGENCIES or _DOMAIN.search(low) or any(w in ORG_WORDS for w in parts):
        return False
    squashed = re.sub(r"\W+", "", low)
    return not any(squashed and squashed == re.sub(r"\W+", "", s.lower()) for s in site_words)


def is_handle(name: str) -> bool:
    """ "freeman1984", "Marianne1": one token of letters and digits, mostly letters."""
    letters = sum(ch.isalpha() for ch in name)
    digits = sum(ch.isdigit() for ch in name)
    return bool(_HANDLE.fullmatch(name)) and 0 < digits <= letters


def _phrase(words: list[str]) -> bool:
    """True when a capitalised name holds a lower-case word that is no particle before its
    last word ("deinen Hochzeitsbloggern", "Beginn an relativ hoch"): a phrase, not a name.
    A lower-case last word is a sloppy surname ("Mobasir hassan")."""
    if not any(w[:1].isupper() for w in words):
        return False  # "jane doe", "heavenlynnhealthy": written all in lower case
    return any(w[:1].islower() and w not in PARTICLES for w in words[:-1])
