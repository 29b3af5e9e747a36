"""Labelled units -> button strips worded alike relabelled as page furniture.

Share and action buttons come from one template: "Click to share on Reddit
(Opens in new window)", "Click to share on Tumblr (Opens in new window)" ...
in any language.  A run of STRIP_MIN lines or more, one after the other,
ending in the same STRIP_TAIL words (of letters: a table's rows end in
figures), without a full stop, and differing only in names (the service a
button serves), is such a strip; a story's list rarely does all that.
"""

from __future__ import annotations

from declutter.textdump.label import Label, ends_sentence
from declutter.textdump.lines import Unit
from declutter.textdump.select import PROSE

STRIP_MIN = 4
STRIP_TAIL = 3
#: A button's label has at most this many words.
STRIP_MAX_WORDS = 16
STRIP_REASON = "a strip of buttons worded alike"


def button_strips(units: list[Unit], labels: list[Label]) -> None:
    """Relabel (in place) runs of lines worded alike as share buttons."""
    run: list[int] = []
    for i, u in enumerate(units):
        tail = _tail(u, labels[i])
        if (
            tail is not None
            and run
            and tail == _tail(units[run[-1]], labels[run[-1]])
            and _named_slot(units[run[-1]].text, u.text)
        ):
            run.append(i)
            continue
        _mark(labels, run)
        run = [i] if tail is not None else []
    _mark(labels, run)


def _tail(unit: Unit, label: Label) -> tuple[str, ...] | None:
    """The line's last STRIP_TAIL words, for a line that may be a button."""
    words = unit.text.split()
    if label[0] not in PROSE or not STRIP_TAIL < len(words) <= STRIP_MAX_WORDS:
        return None
    if ends_sentence(unit.text):
        return None  # "Drafting of the article: A. Lee, B. Cho.": sentences, not buttons
    tail = words[-STRIP_TAIL:]
    if not all(any(ch.isalpha() for ch in x) for x in tail):
        return None  # "... 0 0 12": a table's rows, not buttons
    return tuple(x.casefold() for x in tail)


def _named_slot(before: str, after: str) -> bool:
    """Two lines differ only in names (capitalised words, no figures): "on Reddit", "on Tumblr"."""
    a, b = before.split(), after.split()
    slot = set(a) ^ set(b)
    return bool(slot) and all(x[0].isupper() and not any(ch.isdigit() for ch in x) for x in slot)


def _mark(labels: list[Label], run: list[int]) -> None:
    if len(run) >= STRIP_MIN:
        for k in run:
            labels[k] = ("share", STRIP_REASON)
