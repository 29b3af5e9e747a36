"""Tree -> the page's own statement of its article text (JSON-LD ``articleBody``).

Read before `segment` strips scripts.  The text comes back `normal`-ized so
blocks can be looked up in it; an empty string when the page declares none
or declares too little to be evidence (`MIN_BODY_CHARS`).
"""

from __future__ import annotations

import json
from typing import Any

import lxml.html

from declutter.body.classify import normal

#: An articleBody shorter than this is a summary, not evidence.
MIN_BODY_CHARS = 400
#: JSON-LD nesting walked at most this deep (pages nest thousands of levels).
MAX_DEPTH = 40
#: Blocks shorter than this are not looked up (short lines repeat anywhere).
MIN_BLOCK_CHARS = 40


def article_body(tree: lxml.html.HtmlElement) -> str:
    """The longest JSON-LD ``articleBody`` on the page, normalized, or ``""``."""
    best = ""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for body in _bodies(data):
            if len(body) > len(best):
                best = body
    return normal(best) if len(best) >= MIN_BODY_CHARS else ""


def in_body(text: str, body: str) -> bool:
    """Whether a block's text appears in the normalized articleBody."""
    return bool(body) and len(text) >= MIN_BLOCK_CHARS and normal(text) in body


def _bodies(data: Any) -> list[str]:
    """Every string ``articleBody`` value in a JSON-LD document (iterative walk)."""
    out: list[str] = []
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            continue
        if isinstance(node, dict):
            value = node.get("articleBody")
            if isinstance(value, str):
                out.append(value)
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, (dict, list)))
    return out
