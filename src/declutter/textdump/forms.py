"""Labelled units -> the heading over a comment form relabelled as a comments heading.

A comment form has the same shape in every language: a text area (a text
browser prints it as rows of empty boxes, "[          ]", one under the
other), fields for name, e-mail and website, a submit button, maybe a
notice ("Your email address will not be published.") between the heading
and the fields.  The short line over such a form ("Hinterlasse einen
Kommentar", "Lascia un commento", "Deja un comentario") opens the comments,
whatever words the heading tables know.  A sign-in or search form has no
text area.
"""

from __future__ import annotations

import re

from declutter.textdump.label import HEADING_REASON, Label, ends_sentence
from declutter.textdump.lines import Unit
from declutter.textdump.select import MARKS

#: A text area is at least this many rows of empty boxes, one right under the other.
TEXTAREA_ROWS = 3
#: The form's heading sits at most this many units above its text area ...
FORM_LOOK = 24
#: ... with at most this many lines of prose between (the notice on the e-mail address).
FORM_NOTES = 2
#: A form's heading has at most this many words.
FORM_HEADING_WORDS = 8
#: A field's label ("Name *", "Kommentar") printed before its box has at most this many words.
FIELD_LABEL_WORDS = 3
#: Labels the heading may have: a short line, or one printed twice (a caption's repeat).
HEADING_LIKE = frozenset({"short", "duplicate", "caption"})
FORM_REASON = f"{HEADING_REASON} over a comment form"

#: A form field as a text browser prints it: a box of spaces or underscores.
_BOX = re.compile(r"\[[ _]*\]")


def comment_forms(units: list[Unit], labels: list[Label]) -> None:
    """Relabel (in place) the short line over each comment form as a comments heading."""
    i = 0
    while i < len(units):
        rows = _textarea_rows(units, i)
        if rows < TEXTAREA_ROWS:
            i += max(rows, 1)
            continue
        heading = _form_heading(units, labels, i)
        if heading is not None:
            labels[heading] = ("comments", FORM_REASON)
        i += rows


def _textarea_rows(units: list[Unit], i: int) -> int:
    """How many rows of empty boxes start at unit ``i``, one right under the other."""
    n = 0
    while i + n < len(units) and _BOX.fullmatch(units[i + n].text):
        if n and units[i + n].blank_before:
            break
        n += 1
    return n


def _form_heading(units: list[Unit], labels: list[Label], area: int) -> int | None:
    """The short line heading the form whose text area is at ``area``, or None.

    Walking up, boxes, field labels, marks and statements (the form's notes)
    are passed; the heading is the first short line without a sentence end.
    A question ("What do you think?", "Would you like to attach pictures?")
    may head the form or sit in it: the topmost one with no prose between it
    and the fields is taken when no plain heading is found above it.  A
    section heading already found ends the search.
    """
    notes = 0
    question = None
    for k in range(area - 1, max(-1, area - FORM_LOOK - 1), -1):
        u, (lab, reason) = units[k], labels[k]
        if reason.startswith(HEADING_REASON):
            return None
        if lab in MARKS or _field(u):
            continue
        if lab == "content":
            notes += 1
            if notes > FORM_NOTES:
                break
            continue
        if lab not in HEADING_LIKE or not u.text[:1].isupper():
            continue  # an avatar's text ("avatar")
        if u.bullet or u.words > FORM_HEADING_WORDS:
            break
        if u.text.endswith("?"):
            if question is None or not notes:
                question, notes = k, 0
            continue
        if ends_sentence(u.text):
            continue  # a note: "Required fields are marked *."
        return question if question is not None and notes else k
    return question


def _field(unit: Unit) -> bool:
    """A form field with its label ("Name * [    ]"), a checkbox line or a button."""
    if unit.text.startswith("["):
        return True  # "[ ] Save my name ...", "[Post Comment]"
    return bool(_BOX.search(unit.text)) and (
        len(_BOX.sub(" ", unit.text).split()) <= FIELD_LABEL_WORDS
    )
