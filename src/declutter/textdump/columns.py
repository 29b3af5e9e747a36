"""Dump lines -> the same lines with side-by-side layout columns read one after the other.

A text browser (w3m) prints a page laid out in table cells as it looks:
the story in one column and a menu or a sidebar beside it, on the same
lines, so a line holds half a sentence of the story, a gap, and a sidebar
item (or a menu item, a gap, and half a sentence).  Pages of the 2000s
often have three cells: a menu, the story, a sidebar.  A column is found
where text starts at one display column (CJK characters take two) on
many lines, after a gap on some, with no line running across it
(`_column`), and where it is a cell of the layout rather than of a data
table (`_laid_out`).  The lines are cut there, the left column first, then
the right one, and each side is looked at again for another column.  A
line of the left column that fills its cell may be followed by the right
column's text after a single space; beside the column's other lines it is
cut there too.  Lines of a column wrapped at its edge (the next line's
first word would not have fitted before its longest line's end) are joined
back, without a space between CJK characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

#: A gap between columns is at least this many spaces.
GAP = 2
#: The right column starts at or past this display column ...
MIN_COLUMN = 20
#: ... on this many lines with text on its left, and this many with none.
MIN_SIDE_BY_SIDE = 8
MIN_ALONE = 5
_INNER_GAP = " " * GAP
#: ... or this many beside text on its left, when that text is prose: this many words a
#: line on average (a story beside a sidebar shorter than it).
MIN_BESIDE = 4
PROSE_WORDS = 5
#: ... or beside a menu, when its lines hold this many words on average.
SIDEBAR_WORDS = 2
#: Lines running across the column's edge, as a share of the lines it spans.
MAX_CROSSING = 0.05
#: A line of the right column wrapped at its edge holds this many words (a sidebar's
#: links, a word or two each, are not one sentence).
RIGHT_WRAP_WORDS = 4
#: Any column's wrapped line holds two words at least: a menu's one-word items, one
#: under the other, are not one line.
WRAP_WORDS = 2
#: At most this many cuts into columns (a menu, the story, a sidebar: two).
MAX_COLUMNS = 3
#: Text after the indentation or a gap.
_START = re.compile(r"(?:^ *|  +)(\S)")
#: No character before this one is two display columns wide.
WIDE_FROM = "\u1100"
#: A line's text may start this many columns before the column (centred text starts after).
SLACK = 2


def unfold_columns(lines: list[str]) -> tuple[list[str], list[int]]:
    """``lines`` with each layout column moved below the one on its left, each wrapped
    line joined, and the index in ``lines`` each comes from (``lines`` itself when there
    is no such column)."""
    found = _column(lines)
    if found is None:
        return lines, list(range(len(lines)))
    return _unfold(lines, max(map(_width, lines)), 0, MAX_COLUMNS, found)


def _unfold(
    lines: list[str],
    limit: int,
    words: int,
    depth: int,
    found: tuple[int, int, int] | None = None,
) -> tuple[list[str], list[int]]:
    """``lines`` (one column, or several side by side) read column after column.

    A page laid out in three cells (a menu, the story, a sidebar) has two
    columns to cut: each side of a cut is looked at again.  The right side
    keeps its display columns (spaces in place of the left side's text), so
    the next column is found where it is printed.
    """
    if found is None and depth:
        found = _column(lines)
    if found is None:
        out, origin = _rejoin(lines, limit, words)
        return ([ln.strip() for ln in out] if words else out), origin
    column, first, last = found
    heads: list[str] = []
    right: list[str] = []
    for i, ln in enumerate(lines):
        cut = _cut(ln, column, first <= i <= last + 1)  # + its last item's wrapped line
        heads.append(ln[:cut].rstrip() if cut is not None else ln.rstrip())
        right.append(" " * _width(ln[:cut]) + ln[cut:].rstrip() if cut is not None else "")
    left, left_origin = _unfold(heads, column, words, depth - 1)
    rest, rest_origin = _unfold(
        right, max(map(_width, right), default=0), RIGHT_WRAP_WORDS, depth - 1
    )
    return [*left, "", *rest], [*left_origin, len(lines), *rest_origin]


def _rejoin(cells: list[str], limit: int, words: int = 0) -> tuple[list[str], list[int]]:
    """A column's lines with those wrapped at its edge joined back, and where each comes from.

    The edge is where the column's longest line (at most ``limit`` wide) ends; a
    wrapped line holds ``words`` words at least, two at any rate (or wide CJK characters).
    """
    edge = max((_width(c) for c in cells if _width(c) <= limit), default=limit)
    out: list[str] = []
    origin: list[int] = []
    for i, cell in enumerate(cells):
        prev = cells[i - 1] if i else ""
        least = max(words, WRAP_WORDS)
        full = len(prev.split()) >= least or _char_width(prev[-1:] or " ") == 2
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


@dataclass
class _Edge:
    """What is printed at one display column of the dump, line by line."""

    beside: int = 0  #: lines where text starts there after text on its left
    alone: int = 0  #: lines where it is the line's first text
    left_words: int = 0  #: words of the cells just left of it, on the ``beside`` lines
    right_words: int = 0  #: words of its own cells, on the same lines
    more: int = 0  #: ``beside`` lines with more cells right of it
    rows: list[int] = field(default_factory=list)  #: every line with text starting there


def _column(lines: list[str]) -> tuple[int, int, int] | None:
    """The display column where a right-hand layout column starts, and the first and
    last line with text starting there; or None.

    A column is where text starts on many lines, after a gap on some of them
    (text on its left), and no line's text runs across it between the first
    and last of them.  And it is a layout column, not a data table's: see
    `_laid_out`.
    """
    gapped = [ln for ln in lines if len(ln) >= MIN_COLUMN // 2 and _INNER_GAP in ln.strip()]
    if len(gapped) < MIN_BESIDE:
        return None  # too few lines with a gap inside them (the usual dump): no columns
    edges: dict[int, _Edge] = {}
    for i, ln in enumerate(lines):
        starts = _starts(ln)
        for k, (col, idx) in enumerate(starts):
            if col < MIN_COLUMN:
                continue
            edge = edges.setdefault(col, _Edge())
            edge.rows.append(i)
            if not k:
                edge.alone += 1
                continue
            end = starts[k + 1][1] if k + 1 < len(starts) else len(ln)
            edge.beside += 1
            edge.left_words += len(ln[starts[k - 1][1] : idx].split())
            edge.right_words += len(ln[idx:end].split())
            edge.more += k + 1 < len(starts)
    for col, edge in sorted(edges.items(), key=lambda kv: (-len(kv[1].rows), kv[0])):
        if edge.beside < MIN_BESIDE or len(edge.rows) < MIN_SIDE_BY_SIDE:
            continue
        span = lines[edge.rows[0] : edge.rows[-1] + 1]
        if _laid_out(edge, span, col) and _few_cross(span, col):
            return col, edge.rows[0], edge.rows[-1]
    return None


def _laid_out(edge: _Edge, span: list[str], col: int) -> bool:
    """The column at ``col`` is a cell of the page's layout, not of a data table.

    Its text starts alone on some lines (a sidebar running on past the story,
    a story past its menu), or it is a sidebar beside a longer story (prose on
    its left) or beside a menu (items of words, with menu lines alone between
    them); and nothing more is printed right of it.  A data table's cells sit
    side by side on every row, a word or a figure each, with more cells beside.
    """
    if edge.alone >= MIN_ALONE:
        return True
    if 2 * edge.more > edge.beside:
        return False
    if edge.left_words >= PROSE_WORDS * edge.beside:
        return True
    menu_alone = sum(1 for ln in span if ln.strip() and _width(ln) < col - SLACK)
    return edge.right_words >= SIDEBAR_WORDS * edge.beside and menu_alone >= MIN_ALONE


def _few_cross(span: list[str], column: int) -> bool:
    """At most MAX_CROSSING of the lines in ``span`` run across ``column``'s edge."""
    left = MAX_CROSSING * len(span)
    for ln in span:
        if _crosses(ln, column):
            left -= 1
            if left < 0:
                return False
    return True


def _crosses(line: str, column: int) -> bool:
    """``line`` has text on both sides of the edge just left of ``column``."""
    if _narrow(line):
        return 0 < column < len(line) and line[column - 1] != " " and line[column] != " "
    col, prev = 0, " "
    for ch in line:
        if col == column:
            return prev != " " and ch != " "
        if col > column:
            return False  # a wide character across the edge
        col += _char_width(ch)
        prev = ch
    return False


def _starts(line: str) -> list[tuple[int, int]]:
    """Display columns (and indexes) where text starts after a gap (or the indentation)
    on ``line``."""
    if _narrow(line):
        return [(m.start(1), m.start(1)) for m in _START.finditer(line)]
    out: list[tuple[int, int]] = []
    col, spaces = 0, GAP
    for i, ch in enumerate(line):
        if ch == " ":
            spaces += 1
        else:
            if spaces >= GAP:
                out.append((col, i))
            spaces = 0
        col += _char_width(ch)
    return out


def _cut(line: str, column: int, beside: bool) -> int | None:
    """Index in ``line`` where its right-column text starts, or None.

    That is the first text past a gap from a little before the column on, or,
    on a line ``beside`` the column's others, text starting right at the
    column after one space (a left-column line filling its cell).
    """
    if _narrow(line):
        gap = next(
            (
                m.start(1)
                for m in _START.finditer(line, max(0, column - SLACK - GAP))
                if m.start(1) >= column - SLACK
            ),
            None,
        )
        if beside:
            one = next(
                (
                    j
                    for j in range(column, min(column + SLACK + 1, len(line)))
                    if line[j - 1] == " " and line[j] != " "
                ),
                None,
            )
            if one is not None and (gap is None or one < gap):
                return one
        return gap
    col, spaces = 0, GAP
    for i, ch in enumerate(line):
        if ch == " ":
            spaces += 1
        else:
            if (spaces >= GAP and col >= column - SLACK) or (
                beside and spaces and column <= col <= column + SLACK
            ):
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
    return len(text) if _narrow(text) else sum(_char_width(ch) for ch in text)


def _narrow(text: str) -> bool:
    """No character of ``text`` takes two display columns (none is past U+1100)."""
    return not text or max(text) < WIDE_FROM


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1
