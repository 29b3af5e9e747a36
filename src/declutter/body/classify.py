"""`Segment` -> (label, reason), looking at the block alone.

Two kinds of evidence, both context-free: the enclosing elements (tag,
class/id tokens from `rules`) and the block's own text (page furniture
like "Advertisement", photo credits, link-only lines).  `select` decides which
enclosing elements count (those above the chosen article region do not) by
passing ``floor``: marks at that depth or shallower are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from declutter.body import rules, textrules
from declutter.body.segment import Frame, Segment
from declutter.model import CONTENT

#: A block this short is looked up whole in `textrules.FURNITURE` ("Advertisement").
FURNITURE_TEXT_MAX_CHARS = 40
#: A block this share of link characters or more is a link, not prose.
LINK_DENSITY_MAX = 0.6
#: A linked line that starts with a related-heading phrase is a promo ...
PROMO_LINK_DENSITY = 0.3
PROMO_LEAD_CHARS = 60
#: ... and one this long when mostly links: "DON'T MISS" over three headlines in one <p>.
PROMO_LINKS_MAX_CHARS = 600
PROMO_MIN_PHRASE = 6
#: A list item this long is a link only when (nearly) all of it is one:
#: "Bug 1677080 - Fullscreen window ..." with the number linked is prose.
LONG_ITEM_CHARS = 40
LINK_ITEM_DENSITY_MAX = 0.9
#: ... unless it is at least this long (a long paragraph with many links).
LINK_BLOCK_MAX_CHARS = 200
#: A block this share of link characters or more is links at any length
#: (a menu of 200 links in one ``<nav>`` line).
ALL_LINKS_DENSITY = 0.9
#: ... when it reads as no prose: fewer sentence ends than one per this many characters.
SENTENCE_CHARS = 500
#: A block opening with this many characters without a space (not CJK: only
#: printable ASCII) is data (base64, a token), not prose.
DATA_RUN_CHARS = 200
#: A block opening with a web address is data when this many bare addresses
#: make up this share of its characters.
ADDRESS_RUN_MIN = 2
ADDRESS_RUN_SHARE = 0.3
#: A line of this many items, each at most this long, between " | " or " • "
#: separators is a menu.
MENU_MIN_ITEMS = 3
MENU_ITEM_CHARS = 30
#: At most this many class (or id) names of one element are read.
MAX_CLASS_NAMES = 40
#: A class or id with more parts than this is a slug of text, not a role.
MAX_NAME_PARTS = 5
#: Furniture lines (gallery counters, script notices ...) are short.
FURNITURE_LINE_MAX_CHARS = 200
#: Licence, citation and contact notes are short (a citation holds a web address).
NOTE_MAX_CHARS = 300
#: Captions and credits are short.
CAPTION_MAX_CHARS = 300
#: Copyright lines are short.
COPYRIGHT_MAX_CHARS = 160
#: A call to action ("Follow us on ...", "Sign up for ...") is short.
CALL_MAX_CHARS = 120
#: A cookie notice mentioning cookies is short.
COOKIE_MAX_CHARS = 400

Verdict = tuple[str, str]
Mark = tuple[int, str, str]  # (depth, label, reason)

_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: A link that shows its own address (a source URL, an e-mail) or says it is a
#: document ("... (PDF, 34 pages)") is a reference, not a teaser.
_SHOWN_ADDRESS = re.compile(r"https?://|www\.|\S@\S|\bpdf\b", re.IGNORECASE)
_PUNCT = re.compile(r"[^\w\s']+")
#: `_PUNCT` as a byte table: each ASCII character it finds to a space.
_ASCII_PUNCT = bytes(32 if _PUNCT.match(chr(b)) else b for b in range(128)) + bytes(range(128, 256))
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?:\s|$)")
_DATA_RUN = re.compile(rf"[\x21-\x7e]{{{DATA_RUN_CHARS}}}")
_SEPARATOR = re.compile(r"\s[|•]\s")


@lru_cache(maxsize=1)
def _token_index() -> dict[str, str]:
    return {tok: label for label, toks in rules.TOKEN_LABELS.items() for tok in toks}


@lru_cache(maxsize=1)
def _promo_phrases() -> tuple[str, ...]:
    words = rules.HEADING_WORDS["related"] + rules.HEADING_WORDS["most-read"]
    return tuple(sorted((w for w in words if len(w) >= PROMO_MIN_PHRASE), key=len, reverse=True))


@lru_cache(maxsize=1)
def _promo_pattern() -> re.Pattern[str]:
    """The phrases, longest first, each with its trailing space: one match per line."""
    return re.compile("|".join(re.escape(p + " ") for p in _promo_phrases()))


def _promo_lead(words: str) -> str:
    """The related-heading phrase a line starts with ("Read more: ...", "DON'T MISS ...")."""
    found = _promo_pattern().match(words)
    return found.group()[:-1] if found else ""


@lru_cache(maxsize=1)
def _furniture_index() -> dict[str, str]:
    return {text: label for label, texts in textrules.FURNITURE.items() for text in texts}


#: Line rules: (label, longest text it applies to, reason, pattern), tried in
#: order, each only when the line holds one of its `textrules.LINE_TRIGGERS`
#: (looked up by label, or by reason when the reason is a key there).
_LINE_RULES = (
    (
        "boilerplate",
        FURNITURE_LINE_MAX_CHARS,
        "furniture line",
        textrules.FURNITURE_LINES["boilerplate"],
    ),
    ("tags", FURNITURE_LINE_MAX_CHARS * 2, "a tag list line", textrules.FURNITURE_LINES["tags"]),
    (
        "dateline",
        FURNITURE_LINE_MAX_CHARS,
        "a bare time line",
        textrules.FURNITURE_LINES["dateline"],
    ),
    ("ad", CAPTION_MAX_CHARS, "declares itself an ad", textrules.AD_LINE),
    ("footer", COPYRIGHT_MAX_CHARS, "copyright line", textrules.COPYRIGHT_LINE),
    ("footer", NOTE_MAX_CHARS, "licence or citation line", textrules.LICENCE_LINE),
    ("boilerplate", NOTE_MAX_CHARS, "contact details", textrules.CONTACT_LINE),
    ("caption", CAPTION_MAX_CHARS, "photo caption or credit", textrules.CAPTION_LINE),
    ("cookie", COOKIE_MAX_CHARS, "mentions cookies", textrules.COOKIE_TEXT),
    ("cookie", COOKIE_MAX_CHARS, "consent notice for embedded content", textrules.EMBED_CONSENT),
    ("share", CALL_MAX_CHARS, "call to action", textrules.CALL_TO_ACTION["share"]),
    ("newsletter", CALL_MAX_CHARS, "call to action", textrules.CALL_TO_ACTION["newsletter"]),
)
MAX_LINE_CHARS = max(rule[1] for rule in _LINE_RULES)


#: Line rules whose pattern looks over the whole line from its start
#: (``(?=[\s\S]*cookie)[\s\S]*(?:accept|...)``): matched at the start only,
#: as searched from every position they are quadratic in the line's length.
WHOLE_LINE_RULES = frozenset({"cookie"})

#: A line rule ready to run: (label, longest text, reason, finder, trigger
#: finder or None, the only kind it applies to or "", a kind it skips or "").
_LineTest = tuple[
    str, int, str, Callable[[str], object], Callable[[str, int], object] | None, str, str
]


@lru_cache(maxsize=1)
def _lines() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rule[3], re.IGNORECASE) for rule in _LINE_RULES)


def _trigger_words(rule: tuple[str, int, str, str]) -> tuple[str, ...]:
    label, _, reason, _ = rule
    return textrules.LINE_TRIGGERS.get(f"{reason}: {label}", textrules.LINE_TRIGGERS.get(label, ()))


@lru_cache(maxsize=1)
def _line_tests() -> tuple[
    tuple[_LineTest, ...], tuple[_LineTest, ...], Callable[[str], re.Match[str] | None]
]:
    """The line rules in order, those of them with no trigger, and a search
    for any trigger word of any rule (most lines hold none: one search, not nine)."""
    tests: list[_LineTest] = []
    for rule, pattern in zip(_LINE_RULES, _lines(), strict=True):
        label, cap, reason, _ = rule
        words = _trigger_words(rule)
        tests.append(
            (
                label,
                cap,
                reason,
                pattern.match if label in WHOLE_LINE_RULES else pattern.search,
                any_of(words).search if words else None,
                "p" if label == "cookie" else "",
                "li" if reason == "call to action" else "",  # a step in a how-to
            )
        )
    every = any_of([word for rule in _LINE_RULES for word in _trigger_words(rule)])
    return tuple(tests), tuple(t for t in tests if t[4] is None), every.search


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A regex that finds any of ``words`` (literally), each matched from its
    rarest character (``like`` as ``k(?<=lik)e``): the engine tries a match
    only where the text holds one of these anchors, not at every common first
    letter (1.5x faster over page text)."""
    rests: dict[str, list[str]] = {}
    for word in dict.fromkeys(words):
        if not word:
            return re.compile("")
        at = max(range(len(word)), key=lambda i: (_rarity(word[i]), -i))
        behind = f"(?<={re.escape(word[: at + 1])})" if at else ""
        rests.setdefault(word[at], []).append(behind + re.escape(word[at + 1 :]))
    alts = [
        re.escape(anchor) + ("" if "" in tails else "(?:" + "|".join(tails) + ")")
        for anchor, tails in sorted(rests.items())
    ]
    return re.compile("|".join(alts) if alts else "(?!)")


#: Letters, the commonest in running text first: `any_of` anchors a word on its rarest.
LETTERS_BY_USE = "etaoinsrhldcumfpgwybvkxjqz"


def _rarity(char: str) -> int:
    """Higher for rarer characters: a space is the commonest, a letter by its rank in
    `LETTERS_BY_USE`, any other character (digit, accent, CJK ...) the rarest."""
    if char == " ":
        return -1
    rank = LETTERS_BY_USE.find(char)
    return len(LETTERS_BY_USE) if rank < 0 else rank


@lru_cache(maxsize=8192)
def frame_label(key: tuple[str, str, str]) -> Verdict | None:
    """The boilerplate label one element announces by tag, class or id (ARIA roles
    say nothing these do not: see docs/ablation.md)."""
    tag, cls, ident = key
    if tag in rules.TAG_LABELS:
        return rules.TAG_LABELS[tag]
    custom = tag if "-" in tag else ""  # a custom element names itself: <pp-navigation>
    for attr, value in (("class", cls), ("id", ident), ("tag", custom)):
        if not value:
            continue
        for name in names(value):
            verdict = _name_label(name)
            if verdict is not None:
                return verdict[0], f"{attr}={name!r}"
    return None


def names(value: str) -> list[str]:
    """The first `MAX_CLASS_NAMES` names of a class or id attribute (some run to megabytes)."""
    return value.split(None, MAX_CLASS_NAMES)[:MAX_CLASS_NAMES]


@lru_cache(maxsize=8192)
def _name_label(name: str) -> Verdict | None:
    """Label of one class or id value such as ``related-posts`` or ``mostRead``.

    Cached per name: names repeat across pages far more than whole attribute sets.
    """
    index = _token_index()
    low = name.lower()
    if low in rules.WHOLE_NAME_LABELS:
        return rules.WHOLE_NAME_LABELS[low], low
    if low in index:
        return index[low], low
    words = low if name == low else _CAMEL.sub("-", name).lower()  # no capital, no camel case
    if words.isalnum() and words.isascii():  # one part: the split below would find just it
        parts = [words]
    else:
        parts = [p for p in _SPLIT.split(words) if p]
    if len(parts) > 1 and parts[0] in rules.STATE_PREFIXES:
        joined = parts[0] + parts[1]
        return (index[joined], joined) if joined in index else None
    if parts and parts[0] in rules.BUILDER_PREFIXES:
        parts = [p for p in parts if p not in rules.BUILDER_UNITS]
    if len(parts) > MAX_NAME_PARTS:  # a slug (heading anchor, title), not a role
        return None
    content = not rules.CONTENT_TOKENS.isdisjoint(parts)
    candidates = parts
    if len(parts) > 1:
        candidates = parts + [a + b for a, b in pairwise(parts) if len(a) > 2 and len(b) > 2]
    for part in candidates:
        label = index.get(part)
        if label is not None and (not content or label in rules.STRONG_LABELS):
            return label, part
    return None


def container_marks(seg: Segment) -> tuple[Mark, ...]:
    """Every enclosing element that announces a boilerplate label, outermost first."""
    marks = []
    for frame in seg.chain:
        verdict = frame_label(frame.key)
        if verdict is not None:
            marks.append((frame.depth, verdict[0], verdict[1]))
    return tuple(marks)


def normal(text: str) -> str:
    """Lower-cased text without punctuation, for matching word lists.

    ASCII text (most of it) takes a byte table instead of `_PUNCT`: the
    same characters become spaces, and the split-and-join makes one space
    of any run (5x faster on a paragraph; every kept block is read so).
    """
    low = text.lower()
    if low.isascii():
        return " ".join(low.encode().translate(_ASCII_PUNCT).decode().split())
    return " ".join(_PUNCT.sub(" ", low).split())


def _addresses(text: str) -> bool:
    """Whether bare web addresses, at least `ADDRESS_RUN_MIN` of them, make up
    `ADDRESS_RUN_SHARE` of the text (image lists and metadata leaked as text).
    """
    urls = [t for t in text.split() if t.startswith(("http://", "https://"))]
    return len(urls) >= ADDRESS_RUN_MIN and sum(map(len, urls)) >= ADDRESS_RUN_SHARE * len(text)


def _menu_line(text: str) -> bool:
    """Whether the line is `MENU_MIN_ITEMS` or more short items between bars or
    bullets ("Comments feed | Comments closed | Trackback"), a menu, not prose.
    """
    items = _SEPARATOR.split(text)
    return len(items) >= MENU_MIN_ITEMS and all(
        0 < len(t.strip()) <= MENU_ITEM_CHARS for t in items
    )


def _line_label(text: str, kind: str) -> Verdict | None:
    """The first line rule (furniture, ad, copyright, caption ...) the line matches."""
    tests, untriggered, any_trigger = _line_tests()
    low = text.lower()
    first = any_trigger(low)
    if first is None:
        tests = untriggered
    # no trigger word is anchored (`any_of`) before the first one found: a rule's
    # own trigger search starts there (its lookbehind still sees the text before)
    start = first.start() if first is not None else 0
    size = len(text)
    for label, cap, reason, find, trigger, only_kind, not_kind in tests:
        if size > cap or (only_kind and kind != only_kind) or kind == not_kind:
            continue
        if trigger is not None and trigger(low, start) is None:
            continue
        if find(text):
            return label, reason
    return None


def _shows_address(text: str) -> bool:
    """`_SHOWN_ADDRESS` found in the text, looked for only when one of its literal
    parts is there (the regex has no prefix its engine could scan for)."""
    if "@" not in text and "://" not in text:
        low = text.lower()
        if "www." not in low and "pdf" not in low:
            return False
    return _SHOWN_ADDRESS.search(text) is not None


def text_label(seg: Segment) -> Verdict | None:
    """Label read from the block's own text and link share, if any."""
    return _own_label(*_own_features(seg))


def _own_features(seg: Segment) -> tuple[str, str, int, bool]:
    """All that `text_label` reads of a block: text, kind, link characters, in a
    ``<figcaption>`` or not."""
    return seg.text, seg.kind, seg.link_chars, seg.chain[-1].tag == "figcaption"


def _own_label(text: str, kind: str, link_chars: int, figcaption: bool) -> Verdict | None:
    size = len(text)
    if size >= DATA_RUN_CHARS and " " not in text[:DATA_RUN_CHARS] and _DATA_RUN.match(text):
        return "boilerplate", f"data: {DATA_RUN_CHARS}+ characters without a space"
    if text.startswith(("http://", "https://")) and _addresses(text):
        return "boilerplate", "data: a run of bare web addresses"
    if kind == "p" and (" | " in text or " • " in text) and _menu_line(text):
        return "boilerplate", "a line of short items between separators"
    words = ""
    if size <= FURNITURE_TEXT_MAX_CHARS:
        words = normal(text)
        label = _furniture_index().get(words)
        if label is not None:
            return label, f"furniture text {words!r}"
    if size <= MAX_LINE_CHARS:
        verdict = _line_label(text, kind)
        if verdict is not None:
            return verdict
    if figcaption:
        return "caption", "<figcaption>"
    density = link_chars / max(1, size)
    if density < PROMO_LINK_DENSITY:  # the lowest link share any rule below needs
        return None
    if size < LINK_BLOCK_MAX_CHARS or (
        density >= LINK_DENSITY_MAX and size < PROMO_LINKS_MAX_CHARS
    ):
        lead = _promo_lead(words or normal(text[:PROMO_LEAD_CHARS]))  # the same when short
        if lead:
            return "related", f"promo line {lead!r}"
    code = kind == "table" or kind == "pre"  # noqa: PLR1714 - str compare beats set build
    long_item = kind == "li" and size >= LONG_ITEM_CHARS
    if (
        density >= (LINK_ITEM_DENSITY_MAX if long_item else LINK_DENSITY_MAX)
        and size < LINK_BLOCK_MAX_CHARS
        and not code
        and not _shows_address(text)
    ):
        return "related", f"link density {density:.2f}"
    if (
        density >= ALL_LINKS_DENSITY
        and not code
        and len(_SENTENCE_END.findall(text)) * SENTENCE_CHARS < size
        and not _shows_address(text)
    ):
        return "related", f"link density {density:.2f}, a long block of links"
    return None


def text_labels(segs: Sequence[Segment]) -> list[Verdict | None]:
    """`text_label` of every block, in order.

    A block equal to an earlier one in all that `text_label` reads (`_own_features`)
    takes its label without a second reading: a sixth of a page's blocks repeat
    one (a menu printed twice).
    """
    memo: dict[tuple[str, str, int, bool], Verdict | None] = {}
    out = []
    for seg in segs:
        key = _own_features(seg)
        if key in memo:
            out.append(memo[key])
        else:
            out.append(memo.setdefault(key, _own_label(*key)))
    return out


@lru_cache(maxsize=4096)
def _embed(cls: str) -> bool:
    return bool(cls) and any(name.lower() in rules.EMBED_NAMES for name in names(cls))


#: A frame's believed-or-not marks, outermost first: (depth, element id, verdict).
Marks = tuple[tuple[int, int, Verdict], ...]


class ChainMarks:
    """The boilerplate marks on each element's chain of ancestors, read once per element.

    One per page: a block's marks are its parent element's marks plus its
    own, so each element is looked at once however many blocks it holds and
    however deep the page goes (a chain of 60 elements over 100,000 blocks
    is not walked 100,000 times).
    """

    def __init__(self) -> None:
        self._memo: dict[int, tuple[Marks, int]] = {}

    def of(self, chain: tuple[Frame, ...]) -> tuple[Marks, int]:
        """The marks of the chain's last frame, and the depth of the innermost
        embedded post on the chain (-1 for none)."""
        memo = self._memo
        known = len(chain)
        while known and id(chain[known - 1]) not in memo:
            known -= 1
        marks, embed = memo[id(chain[known - 1])] if known else ((), -1)
        for at in chain[known:]:
            verdict = frame_label(at.key)
            if verdict is not None:
                marks = (*marks, (at.depth, id(at.element), verdict))
            if _embed(at.key[1]):
                embed = at.depth
            memo[id(at)] = (marks, embed)
        return marks, embed


def container_label(
    seg: Segment,
    *,
    floor: int = -1,
    ignore: Container[int] = frozenset(),
    chains: ChainMarks | None = None,
) -> Verdict | None:
    """The outermost believed boilerplate mark around the block, if any.

    Marks at depth <= ``floor`` and marks of elements whose ``id()`` is in
    ``ignore`` are not believed; nor are marks around an embedded post (a
    quoted tweet sits in a "widget" box but is part of the story).  Pass one
    `ChainMarks` for all the blocks of a page.
    """
    marks, embed = (chains or ChainMarks()).of(seg.chain)
    start = max(floor + 1, embed)
    for depth, element, verdict in marks:
        if depth >= start and element not in ignore:
            return verdict[0], f"inside {verdict[1]}"
    return None


def classify(seg: Segment, *, floor: int = -1, ignore: Container[int] = frozenset()) -> Verdict:
    """The block's label and reason: its container marks, else its own text."""
    return container_label(seg, floor=floor, ignore=ignore) or text_label(seg) or (CONTENT, "")
