"""A page's URL -> the words of its slug, to tell the headline among the lines above the story.

Many sites print the headline's words in the story's address
("/2019/11/20/viera-defeats-rockledge-to-remain-unbeaten/"), so a line above
the story made of those words is the headline and not a teaser of another
story.  Words are compared folded: lower-cased, accents dropped ("Zürich", "zurich"
and "zuerich" are one word).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

#: A path segment is a slug when it holds at least this many words of letters.
SLUG_MIN_WORDS = 3
#: Words shorter than this ("a", "of", "to") are not compared.
WORD_CHARS = 3
#: An address spells an umlaut out ("erhöht" as "erhoeht"); folding drops the dots, so
#: the "e" after the vowel is dropped too and both spellings fold alike.
SPELLED_OUT = (("ae", "a"), ("oe", "o"), ("ue", "u"))
_WORD = re.compile(r"[^\W\d_]+")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cms)$", re.I)


def fold(word: str) -> str:
    """``word`` lower-cased, without accents, umlauts spelled either way as one."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    word = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for pair, vowel in SPELLED_OUT:
        word = word.replace(pair, vowel)
    return word


def folded_words(text: str) -> set[str]:
    """The folded words of ``text`` of WORD_CHARS or more letters."""
    return {fold(m) for m in _WORD.findall(text) if len(m) >= WORD_CHARS}


def slug_words(url: str | None) -> frozenset[str]:
    """The folded words of the URL's slug segments (empty when it has none)."""
    if not url:
        return frozenset()
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return frozenset()
    words: set[str] = set()
    for segment in path.split("/"):
        parts = [m for m in _WORD.findall(_EXTENSION.sub("", segment)) if len(m) >= 2]
        if len(parts) >= SLUG_MIN_WORDS:
            words |= {fold(p) for p in parts if len(p) >= WORD_CHARS}
    return frozenset(words)
