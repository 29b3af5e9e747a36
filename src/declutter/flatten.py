"""HTML text nested too deep -> the same HTML with its nesting capped, as a browser does.

Used only when the parser reports that a page is nested deeper than it
accepts (libxml2 stops there and silently drops the rest of the page).  Like
Blink's parser, an element opened at the depth cap becomes a sibling of the
deepest open element instead of its child: the text and the block
boundaries survive, only the excess nesting goes.

One linear scan over the tags with a regular expression; no tree is built.
Tag boundaries are found approximately (a ``>`` inside a quoted attribute
ends the tag early); the only effect of a miscount is a cap a few levels
off, never lost text.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Elements are never nested deeper than this after flattening.
FLAT_DEPTH = 64

#: Elements that never have content (no end tag, no depth).
VOID_TAGS = frozenset(
    "area base basefont bgsound br col embed frame hr img input isindex keygen link meta "  # noqa: SIM905
    "param source track wbr".split()
)
#: Elements whose content is raw text, copied through unread.
RAW_TAGS = frozenset("script style textarea title xmp iframe noembed noframes plaintext".split())  # noqa: SIM905
#: A start tag of one of these closes an open element of the same name (``<li>``, ``<p>``).
SELF_CLOSING_SIBLINGS = frozenset("p li dt dd tr td th option optgroup".split())  # noqa: SIM905

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comment (unterminated: runs to the end)
    r"|<[!?][^<>]*>"  # doctype, processing instruction
    r"|<(/?)([A-Za-z][A-Za-z0-9:_.-]*)([^<>]*)>",  # start or end tag
    re.S,
)


@lru_cache(maxsize=16)
def _raw_end(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{re.escape(name)}[\s/>]", re.I)


def flatten(text: str, max_depth: int = FLAT_DEPTH) -> tuple[str, int]:
    """``text`` with no element nested deeper than ``max_depth``, and how many were moved.

    An element that would open below the cap takes the place of the deepest
    open element when that one holds no text yet (a pile of empty wrappers
    becomes one), and otherwise closes it and lands beside it.  The end tag
    of an element closed or dropped that way is dropped when it comes.
    """
    out: list[str] = []
    # Open elements, outermost first: name, still open in the output, index of its start tag.
    names: list[str] = []
    kept: list[bool] = []
    starts: list[int] = []
    open_count: dict[str, int] = {}
    depth = 0  # open elements still open in the output
    last_text = -1  # index in ``out`` of the last text that is not blank
    moved = 0
    pos = 0
    for match in _TOKEN.finditer(text):
        if match.start() < pos:  # inside raw text already copied
            continue
        between = text[pos : match.start()]
        if between:
            out.append(between)
            if not between.isspace():
                last_text = len(out) - 1
        pos = match.end()
        closing, raw_name, attrs = match.group(1, 2, 3)
        if raw_name is None:  # comment, doctype
            out.append(match.group())
            continue
        name = raw_name.lower()
        if closing:
            if not open_count.get(name):
                out.append(match.group())  # stray end tag: the parser ignores it too
                continue
            while names:
                top, top_kept = names.pop(), kept.pop()
                starts.pop()
                open_count[top] -= 1
                depth -= top_kept
                if top == name:
                    if top_kept:
                        out.append(match.group())
                    break
            continue
        if name in RAW_TAGS:
            end = _raw_end(name).search(text, pos)
            stop = end.start() if end else len(text)
            out.append(match.group())
            out.append(text[pos:stop])
            last_text = len(out) - 1
            pos = stop
            continue
        if name in VOID_TAGS or attrs.endswith("/"):
            out.append(match.group())
            last_text = len(out) - 1
            continue
        if name in SELF_CLOSING_SIBLINGS and names and names[-1] == name:
            names.pop()
            starts.pop()
            open_count[name] -= 1
            depth -= kept.pop()
        if depth >= max_depth:
            deepest = len(kept) - 1
            while not kept[deepest]:
                deepest -= 1
            kept[deepest] = False
            if last_text < starts[deepest]:
                out[starts[deepest]] = ""  # an empty wrapper: replaced
            else:
                out.append(f"</{names[deepest]}>")
            depth -= 1
            moved += 1
        names.append(name)
        kept.append(True)
        starts.append(len(out))
        out.append(match.group())
        open_count[name] = open_count.get(name, 0) + 1
        depth += 1
    out.append(text[pos:])
    return "".join(out), moved
