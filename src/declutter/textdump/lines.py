"""Dump text -> `Unit`s: one per line, wrapped lines of one paragraph joined.

Layout columns printed side by side are read one after the other first
(`columns.unfold_columns`); a unit keeps the line number it has in the dump.

Browser marks are read and taken off here: bullets (also w3m's list number
alone on its line, the item's text indented under it), lynx link numbers
("[12]Home"), image placeholders ("[IMG]"), and the TeX source a browser
prints after a MathML formula ("{\\displaystyle a^{2}}").  A lynx "References" list at the
end becomes one unit.  Hard-wrapped dumps ("Save as text", lynx at 80
columns) are detected from their line lengths, and a line is joined to the
next when the next line's first word would not have fitted on it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from declutter.metadata.dates import MONTHS
from declutter.textdump import words as w
from declutter.textdump.columns import unfold_columns

#: Dumps whose wrap width looks wider than this are taken as unwrapped.
MAX_WRAP_WIDTH = 140
#: Lines with at least this many spaces are prose lines used to guess the width.
PROSE_SPACES = 3
#: Share of prose lines that must end within WRAP_SLACK of the width.
WRAP_SHARE = 0.35
WRAP_SLACK = 16
#: A name printed on the line after a lone "By" has at most this many words.
NAME_MAX_WORDS = 8
#: Percentile of prose line lengths taken as the wrap width.
WRAP_PERCENTILE = 0.95


class Unit(NamedTuple):
    """One line (or re-joined paragraph) of a dump with what the browser marked on it."""

    text: str
    line: int
    raw: str = ""
    words: int = 0
    joined: int = 1
    bullet: bool = False
    links: int = 0
    images: int = 0
    blank_before: bool = True


def split_units(text: str) -> tuple[list[Unit], int | None]:
    """Lines of ``text`` -> units, and the line number where a lynx References list starts."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").split("\n")
    lines, origin = unfold_columns([ln.rstrip().replace("\u00a0", " ") for ln in raw])
    refs = _references_start(lines) if _REF_HINT.search(text) else None
    body = lines[:refs] if refs is not None else lines
    width = wrap_width(body)
    units: list[Unit] = []
    pending: list[str] = []
    start = 0
    blank = True
    blank_before_pending = True
    for i, ln in enumerate([*body, ""]):
        stripped = ln.strip()
        if pending and stripped and _names_byline(pending, stripped):
            pending.append(w.BULLET.sub("", ln))  # "By" / "Jane Doe": one byline
            continue
        if pending and _item_of_bare_marker(pending, ln):
            pending.append(ln)  # " 1." / "    Item text": one list item
            continue
        if pending and (not stripped or not _continues(pending[-1], ln, width)):
            units.append(_unit(pending, start, blank_before_pending))
            pending = []
        if not stripped:
            blank = True
            continue
        if not pending:
            start, blank_before_pending = origin[i] + 1, blank
        pending.append(ln)
        blank = False
    return units, (origin[refs] + 1 if refs is not None else None)


def wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped dump was wrapped at, or None for unwrapped text."""
    lengths = sorted(len(ln) for ln in lines if ln.strip().count(" ") >= PROSE_SPACES)
    if len(lengths) < 4:
        return None
    width = lengths[min(len(lengths) - 1, int(len(lengths) * WRAP_PERCENTILE))]
    if width > MAX_WRAP_WIDTH:
        return None
    near = sum(1 for n in lengths if width - WRAP_SLACK <= n <= width)
    return width if near >= WRAP_SHARE * len(lengths) else None


def _continues(prev: str, nxt: str, width: int | None) -> bool:
    """True when ``nxt`` is the wrapped rest of the paragraph ending with ``prev``."""
    if width is None or w.BULLET.match(nxt) or w.REFERENCES.match(nxt):
        return False
    first = nxt.split(None, 1)[0]
    return len(prev) + 1 + len(first) > width and len(prev) <= width + 2


def _names_byline(pending: list[str], nxt: str) -> bool:
    """``pending`` is a byline word alone ("By") and ``nxt`` (maybe a list item) a name."""
    return (
        len(pending) == 1
        and bool(w.BY_ALONE.match(pending[0]))
        and w.BULLET.sub("", nxt)[:1].isalpha()
        and len(nxt.split()) <= NAME_MAX_WORDS
    )


def _item_of_bare_marker(pending: list[str], nxt: str) -> bool:
    """``pending`` is a list mark alone (w3m's " 1.") and ``nxt`` the item's indented text."""
    return (
        len(pending) == 1
        and bool(w.BARE_MARKER.match(pending[0]))
        and nxt[:1].isspace()
        and bool(nxt.strip())
        and not w.BULLET.match(nxt)
        and not w.BARE_MARKER.match(nxt)
    )


def _list_mark(line: str) -> bool:
    """The line opens with a bullet or list number; "14. Juni 2013" opens with a day.

    A number followed by a month name, on a line with a year, is a date's day.
    """
    mark = w.BULLET.match(line)
    if mark is None:
        return False
    if not mark.group(0).strip()[:1].isdigit():
        return True
    word = line[mark.end() :].split(None, 1)[:1]
    dated = bool(word) and word[0].lower().strip(".,") in MONTHS
    return not (dated and _YEAR.search(line))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _unit(lines: list[str], start: int, blank_before: bool) -> Unit:
    first = lines[0]
    raw = " ".join(ln.strip() for ln in lines)
    bullet = _list_mark(first)
    if bullet:
        first = w.BULLET.sub("", first, count=1)
    elif len(lines) > 1 and w.BARE_MARKER.match(first):
        bullet, first = True, ""
    joined = " ".join(ln.strip() for ln in [first, *lines[1:]])
    links = images = 0
    if "[" in joined:
        links = len(w.LINK_NUMBER.findall(joined))
        if links:
            joined = w.LINK_NUMBER.sub("", joined)
        images = len(w.IMAGE.findall(joined))
        if images:
            joined = w.IMAGE.sub(" ", joined)
    if "{\\" in joined:
        joined = strip_tex(joined)
    joined = " ".join(joined.split())
    return Unit(
        joined, start, raw, count_words(joined), len(lines), bullet, links, images, blank_before
    )


_TEX = re.compile(r"\{\\(?:displaystyle|textstyle|scriptstyle)\b")


def strip_tex(text: str) -> str:
    """``text`` without the "{\\displaystyle ...}" TeX annotations of MathML formulas."""
    out: list[str] = []
    pos = 0
    while (m := _TEX.search(text, pos)) is not None:
        out.append(text[pos : m.start()])
        depth, k = 0, m.start()
        while k < len(text):
            depth += {"{": 1, "}": -1}.get(text[k], 0)
            k += 1
            if depth == 0:
                break
        pos = k
    out.append(text[pos:])
    return " ".join("".join(out).split())


_CJK = re.compile(r"[\u3000-\u9fff\uac00-\ud7af]")
#: Text with more characters per space-separated word than this may be CJK.
CJK_CHARS_PER_WORD = 8


def count_words(text: str) -> int:
    """Words in ``text`` (CJK text counts one word per two characters)."""
    n = len(text.split())
    if len(text) <= CJK_CHARS_PER_WORD * n:
        return n
    return max(n, len(_CJK.findall(text)) // 2)


def _references_start(lines: list[str]) -> int | None:
    """Index of a lynx "References" heading followed by numbered links, searching from the end."""
    for i in range(len(lines) - 1, -1, -1):
        if w.REFERENCES.match(lines[i]):
            after = [ln for ln in lines[i + 1 : i + 6] if ln.strip()]
            if after and all(_REF_LINE.match(ln) for ln in after):
                return i
    return None


_REF_HINT = re.compile(r"^\s*(?:references|visible links|hidden links)", re.I | re.M)
_REF_LINE = re.compile(r"^\s*\d+\.\s+\S+|^\s*(?:visible|hidden) links:?\s*$", re.I)
