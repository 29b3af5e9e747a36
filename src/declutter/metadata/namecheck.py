"""A credit -> why it names no person and no organisation, or None when it may.

A byline is a name or it is nothing: every candidate credit is checked here
before it can be chosen, and a refused one is never a byline, not even as a
last resort.  `photo_credit` reads the credit as printed (a photographer's
"Foto: Jane Doe" names who took the picture, not who wrote the story);
`refusal` reads its names once cleaned and split: no number (but in a lone
user name), no sentence punctuation, no weekday or month, no word of a
sentence (a verb, a pronoun), no word of a page control ("Teilen",
"Drucken"), no web address.  `trim_credit` cuts what sticks to a name
without being part of it: an author label glued on ("AuthorJane Doe"),
page-control and author-box words after it ("Jane Doe Teilen", "Jane Doe
Mehr").  The word lists are data, in `words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from declutter.metadata.words import (
    AFTER_NAME_WORDS,
    INTERFACE_WORDS,
    MONTHS,
    SENTENCE_WORDS,
    WEEKDAYS,
)

#: A printed credit opening with a picture label: the photographer's, not the writer's.
_PHOTO_CREDIT = re.compile(
    r"^\W*(?:fotos?|photos?|photograph(?:s|y)?|bild(?:er)?|images?|illustrations?|grafik|"
    r"bildquelle|quelle|source|credits?)\s*(?::|©|\b(?:by|von|par|por)\b)",
    re.I,
)
#: Characters that end or split sentences: never inside a name.
_SENTENCE_MARKS = frozenset('?!:;"“”„…')
#: A word of five or more letters closing a sentence before more text ("bleibt. Die");
#: "Prof. Jane Doe" is a name.
_SENTENCE_STOP = re.compile(r"[^\W\d_]{5,}\.\s+\S")
#: A web address: a word ending in a dot and a lower-case top-level domain ("orf.at",
#: "MesOpinions.com"), which names the site, not who wrote for it.
_WEB_ADDRESS = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,3}|info|online)(?:/\S*)?$")
#: An author label glued to the name that follows ("AuthorJane Doe", "VonMax Muster").
_GLUED_LABEL = re.compile(
    r"^(?i:author|autor(?:in)?|auteur|(?:(?:written|posted)\s+)?by|von)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"
)


def photo_credit(printed: str) -> bool:
    """True for "Foto: Jane Doe", "Photo by Jane Doe", "Bildquelle: dpa"."""
    return bool(_PHOTO_CREDIT.match(printed))


def why_refused(printed: str, names: Iterable[str]) -> str | None:
    """Why a credit, as printed and as split into names, is no byline; None if it may be."""
    return "a photo credit" if photo_credit(printed) else refusal(names)


def refusal(names: Iterable[str]) -> str | None:
    """Why a credit's names are no person's and no organisation's, or None."""
    for name in names:
        why = _name_refusal(name)
        if why:
            return f'"{name}" holds {why}'
    return None


def _name_refusal(name: str) -> str | None:
    words = name.split()
    low = [w.lower().strip(".,()") for w in words]
    if len(words) > 1 and any(ch.isdigit() for ch in name):
        return "a number"  # "Video 01:30 Min"; a user name alone may hold digits ("r23")
    if any(ch in _SENTENCE_MARKS for ch in name) or _SENTENCE_STOP.search(name):
        return "sentence punctuation"
    if any(w in WEEKDAYS for w in low):
        return "a weekday"
    if any(w in MONTHS for w in low[1:]) or (len(low) == 1 and low[0] in MONTHS):
        return "a month"
    if any(w in SENTENCE_WORDS and word[:1].islower() for w, word in zip(low, words, strict=True)):
        return "a word of a sentence"
    if any(w in INTERFACE_WORDS for w in low):
        return "a word of a page control"
    if any(_WEB_ADDRESS.match(word) for word in words):
        return "a web address"
    return None


def trim_credit(text: str) -> str:
    """ "AuthorJane Doe" -> "Jane Doe"; "Jane Doe Teilen", "Jane Doe Mehr" -> "Jane Doe".

    A page-control word is cut from the end of any credit; a word that only follows
    a name in an author box ("Mehr", "Bio") only after two words ("Thomas More" stays).
    """
    words = _GLUED_LABEL.sub("", text).split()
    while words:
        last = words[-1].lower().strip(_TRAILING_PUNCT)
        if last in INTERFACE_WORDS or (len(words) > MIN_NAME_WORDS and last in AFTER_NAME_WORDS):
            words.pop()
        else:
            break
    return " ".join(words)


#: Words a name keeps before an author-box word is cut from its end.
MIN_NAME_WORDS = 2
_TRAILING_PUNCT = ".,:;!?()[]|-–—»›→"
