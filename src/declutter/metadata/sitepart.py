"""Title text -> its parts, and the title without the parts that name the site.

`split_keep` splits a ``<title>`` or og:title at its separators (`` | ``,
`` - ``, an unspaced hyphen in CJK text); `strip_site` drops the end runs
naming the site (several parts at once, or a site name glued on with no
separator) and, for a ``<title>``, makes a best-guess cut.  `squash` is the
compare form shared by the metadata readers.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Shortest cut title kept (words).
MIN_PART_WORDS = 2

#: Separators between headline and site/section in ``<title>`` and og:title.
SEPARATORS = re.compile(
    r"\s+[|\-–—•·»:~/]\s+|\s*(?:\||::|»|«|•|—|–|│)\s*"
    # CJK titles put no spaces around the hyphen before the site ("...的城！-新华网")
    r"|(?<=[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e])[-_](?=[\u3400-\u9fff])"
)

#: Soft hyphens and zero-width characters: invisible, but they split words.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


def squash(text: str | None) -> str:
    """Compare form: NFKC, case-folded, punctuation dropped, spaces collapsed."""
    if not text:
        return ""
    # the same headings, title and credit lines are compared many times over
    return _squash_short(text) if len(text) <= MAX_CACHED_SQUASH else _squash(text)


#: Longest text whose compare form is cached (headlines, names; never a page's text).
MAX_CACHED_SQUASH = 300


def _squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\xad", "").casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


_squash_short = lru_cache(maxsize=2048)(_squash)


def clean(text: str | None) -> str | None:
    """Collapse white space, drop soft hyphens; None for empty."""
    if not text:
        return None
    text = " ".join(_INVISIBLE.sub("", text).split())
    return text or None


def split_keep(text: str) -> list[tuple[str, str]]:
    """``text`` as (separator before, piece) pairs; the first separator is empty."""
    out, last, sep = [], 0, ""
    for m in SEPARATORS.finditer(text):
        out.append((sep, text[last : m.start()]))
        sep, last = m.group(0), m.end()
    out.append((sep, text[last:]))
    return [(s, p) for s, p in out if p.strip()] or [("", text)]


def join_pieces(pieces: list[tuple[str, str]]) -> str:
    """Pieces back into text, keeping the separators between them (not before the first)."""
    text = pieces[0][1] + "".join(sep + piece for sep, piece in pieces[1:])
    return " ".join(text.split())


def strip_site(text: str, keys: set[str], *, doc: bool = False) -> str | None:
    """``text`` without the end parts that name the site; for ``<title>``, a best guess cut."""
    pieces = pieces_of(text, keys)
    if len(pieces) == 1:
        return pieces[0][1]
    whole = len(pieces)
    pieces = _trim_site_runs(pieces, keys)
    trail = _trailed(pieces, whole)
    if trail is not None:
        return trail
    cut = join_pieces(pieces)
    if cut != " ".join(text.split()) or not doc:
        return cut
    # <title> with no known site part: drop a last part shorter than the rest (sites
    # sign at the end; a short first part is as often a kicker as a site name)
    first, last = pieces[0][1], pieces[-1][1]
    if _word_count(last) > _word_count(first):
        return text
    cut = join_pieces(pieces[:-1])
    return cut if _word_count(cut) >= MIN_PART_WORDS else text


#: Most words of a piece of a section trail ("World", "Los Angeles Times").
MAX_TRAIL_WORDS = 4
#: How many times longer than any piece of the trail the headline is ("Post - 26 October
#: 2010 - Blog - Pictures, news and stories" is a blog's post, date and motto).
TRAIL_MARGIN = 2
#: Fewest pieces of a title read as a headline with a trail of sections and the site.
MIN_TRAIL_PIECES = 3


def _trailed(pieces: list[tuple[str, str]], whole: int) -> str | None:
    """The headline of a title of ``whole`` pieces that strings it with short section and
    site names at one end ("Site | World | Americas | Headline", "Headline - World - Site"):
    of the ``pieces`` left once the known site parts are cut, the longest, at an end,
    when every other is short and it is at least twice as long as any."""
    if whole < MIN_TRAIL_PIECES or len(pieces) < 2:
        return None
    counts = [_word_count(p) for _, p in pieces]
    longest = max(range(len(pieces)), key=counts.__getitem__)
    if longest not in (0, len(pieces) - 1) or counts[longest] < MIN_PART_WORDS:
        return None
    rest = counts[:longest] + counts[longest + 1 :]
    if max(rest) > MAX_TRAIL_WORDS or TRAIL_MARGIN * max(rest) > counts[longest]:
        return None
    return " ".join(pieces[longest][1].split())


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: CJK characters counted as one word (the scripts write no spaces).
CJK_CHARS_PER_WORD = 2


def _word_count(text: str) -> int:
    """Words of ``text``; in CJK text, every two characters count as one."""
    return max(len(text.split()), len(_CJK.findall(text)) // CJK_CHARS_PER_WORD)


def _trim_site_runs(pieces: list[tuple[str, str]], keys: set[str]) -> list[tuple[str, str]]:
    """``pieces`` without the longest end runs naming the site ("Figures - Salsa - Rueda in
    Berlin" when the site is "Salsa - Rueda in Berlin"); at least one piece stays."""
    for i in range(1, len(pieces)):
        if is_site(join_pieces(pieces[i:]), keys):
            pieces = pieces[:i]
            break
    for i in range(len(pieces) - 1, 0, -1):
        if is_site(join_pieces(pieces[:i]), keys):
            pieces = pieces[i:]
            break
    return pieces


#: Fewest words of a site name cut off where it is glued to the headline.
MIN_GLUED_SITE_WORDS = 3


def pieces_of(text: str, keys: set[str]) -> list[tuple[str, str]]:
    """``text`` split at its separators, each piece without a site name glued to it."""
    return [(sep, _unglued(piece, keys)) for sep, piece in split_keep(text)]


def _unglued(text: str, keys: set[str]) -> str:
    """``text`` without a site name glued to its end with no separator ("Truckwash
    A31Das etwas andere Branchenbuch" when the site is "Das etwas andere Branchenbuch")."""
    for key in keys:
        words = key.split()
        if len(words) < MIN_GLUED_SITE_WORDS:
            continue
        pattern = r"[\W_]*".join(re.escape(w) for w in words) + r"[\W_]*$"
        text = unicodedata.normalize("NFKC", text)
        m = re.search(pattern, text, re.I)
        if m and m.start() > 0 and not text[m.start() - 1].isspace():
            head = text[: m.start()].strip()
            if head and not _SEPARATOR_END.search(head):
                return head
    return text


_SEPARATOR_END = re.compile(r"[|\-–—•·»:~/]$")


def is_site(part: str, keys: set[str]) -> bool:
    key = squash(part)
    if not key:
        return True
    flat = _unaccented(key.replace(" ", ""))
    return any(key == s or flat == _unaccented(s.replace(" ", "")) for s in keys)


@lru_cache(maxsize=1024)
def _unaccented(text: str) -> str:
    """``text`` without its accents: a host spells "Nestlé" as "nestle"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
