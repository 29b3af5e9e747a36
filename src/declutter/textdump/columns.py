"""Dump lines -> the same lines with side-by-side layout columns read one after the other.

A text browser (w3m) prints a page laid out in table cells as it looks:
the story in one column and a sidebar or a menu beside it, on the same
lines, so a line holds half a sentence of the story, a gap, and a sidebar
item (or a menu item, a gap, and half a sentence).  When
many lines have text starting at one display column (CJK characters take
two) after a gap, with text before it on MIN_SIDE_BY_SIDE lines and alone
on MIN_ALONE more (a sidebar running on past the story; table rows fill
both cells), the lines are cut there: the left column first, then the
right one.  Lines of either column wrapped at its edge (the next line's
first word would not have fitted before its longest line's end) are joined
back, without a space between CJK characters.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

#: A gap between columns is at least this many spaces.
GAP = 2
#: The right column starts at or past this display column ...
MIN_COLUMN = 20
#: ... on this many lines with text on its left, and this many with none.
MIN_SIDE_BY_SIDE = 8
MIN_ALONE = 5
_INNER_GAP = " " * GAP
#: A line of the right column wrapped at its edge holds this many words (a sidebar's
#: links, a word or two each, are not one sentence).
RIGHT_WRAP_WORDS = 4
#: A line's text may start this many columns before the column (centred text starts after).
SLACK = 2


def unfold_columns(lines: list[str]) -> tuple[list[str], list[int]]:
    """``lines`` with a right-hand layout column moved below the left one, each wrapped
    line joined, and the index in ``lines`` each comes from (``lines`` itself when there
    is no such column)."""
    column = _column(lines)
    if column is None:
        return lines, list(range(len(lines)))
    heads: list[str] = []
    right: list[str] = []
    for ln in lines:
        cut = _cut(ln, column)
        heads.append(ln[:cut].rstrip() if cut is not None else ln.rstrip())
        right.append(ln[cut:].strip() if cut is not None else "")
    left, left_origin = _rejoin(heads, column)
    rest, rest_origin = _rejoin(right, max(map(_width, right), default=0), RIGHT_WRAP_WORDS)
    return [*left, "", *rest], [*left_origin, len(lines), *rest_origin]


def _rejoin(cells: list[str], limit: int, words: int = 0) -> tuple[list[str], list[int]]:
    """A column's lines with those wrapped at its edge joined back, and where each comes from.

    The edge is where the column's longest line (at most ``limit`` wide) ends; a
    wrapped line holds ``words`` words at least (or wide CJK characters).
    """
    edge = max((_width(c) for c in cells if _width(c) <= limit), default=limit)
    out: list[str] = []
    origin: list[int] = []
    for i, cell in enumerate(cells):
        prev = cells[i - 1] if i else ""
        full = len(prev.split()) >= words or _char_width(prev[-1:] or " ") == 2
        if out and out[-1].strip() and cell.strip() and full and _wrapped(prev, cell, edge):
            out[-1] = _join(out[-1], cell.strip())
        else:
            out.append(cell)
            origin.append(i)
    return out, origin


def _wrapped(prev: str, nxt: str, edge: int) -> bool:
    """``nxt`` goes on from ``prev``: its first word would not have fitted before ``edge``.

    ``edge`` is where the left column's longest line ends, its wrap width.
    """
    width = _width(prev)
    if width > edge:
        return False  # a line across the whole page, above or below the columns
    first = nxt.split(None, 1)[0]
    room = edge - width
    return _width(first) + (0 if _char_width(first[0]) == 2 else 1) > room


def _column(lines: list[str]) -> int | None:
    """The display column where a right-hand layout column starts, or None."""
    gapped = [ln for ln in lines if len(ln) >= MIN_COLUMN // 2 and _INNER_GAP in ln.strip()]
    if len(gapped) < MIN_SIDE_BY_SIDE:
        return None  # too few lines with a gap inside them (the usual dump): no columns
    side: Counter[int] = Counter()
    alone: Counter[int] = Counter()
    for ln in lines:
        starts = _starts(ln)
        for k, col in enumerate(starts):
            if col >= MIN_COLUMN:
                (side if k else alone)[col] += 1
    for col, n in side.most_common(1):
        if n >= MIN_SIDE_BY_SIDE and alone[col] >= MIN_ALONE:
            return col
    return None


def _starts(line: str) -> list[int]:
    """Display columns where text starts after a gap (or the indentation) on ``line``."""
    out: list[int] = []
    col, spaces = 0, GAP
    for ch in line:
        if ch == " ":
            spaces += 1
        else:
            if spaces >= GAP:
                out.append(col)
            spaces = 0
        col += _char_width(ch)
    return out


def _cut(line: str, column: int) -> int | None:
    """Index in ``line`` where its right-column text starts, or None."""
    col, spaces = 0, GAP
    for i, ch in enumerate(line):
        if ch == " ":
            spaces += 1
        else:
            if spaces >= GAP and col >= column - SLACK:
                return i
            spaces = 0
        col += _char_width(ch)
    return None


def _join(prev: str, nxt: str) -> str:
    """A wrapped line joined to its rest: no space between two CJK characters."""
    if _char_width(prev[-1]) == 2 and _char_width(nxt[0]) == 2:
        return prev + nxt
    return f"{prev} {nxt}"


def _width(text: str) -> int:
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1
