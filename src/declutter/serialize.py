"""Article -> text | json | jsonl | markdown.  One function a format; no printing here.

Every function returns a complete document ending in one newline.  ``extra``
keys (the CLI's ``source``) come first in JSON objects; ``explain`` adds each
block's label and reason and each metadata field's source.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

from declutter.model import Article, Block

#: Markdown heading depth added to the page's own headings: the title is the only ``#``.
HEADING_SHIFT = 1
MAX_HEADING = 6

_MD_TARGET = re.compile(r"(\]\()(<[^>]*>|[^)\s]+)")
_HAS_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_HEADING_MD = re.compile(r"^(#{1,6}) ")
_MD_LINE_START = re.compile(r"^(\s*)([#>*+-]|\d+[.)])(?=\s)", re.M)


def _header_lines(article: Article) -> list[str]:
    lines = []
    if article.title:
        lines.append(article.title)
    if article.byline:
        lines.append(f"By {article.byline}")
    if article.published:
        lines.append(f"Published: {article.published}")
    if article.modified:
        lines.append(f"Modified: {article.modified}")
    return lines


def to_text(article: Article) -> str:
    """Title, byline, dates, a blank line, then the body (and comments when asked for)."""
    head = _header_lines(article)
    parts = ["\n".join(head)] if head else []
    parts.append(article.text)
    if article.comments:
        parts += ["Comments", article.comments]
    return "\n\n".join(p for p in parts if p) + "\n"


def to_json(article: Article, *, extra: dict[str, Any] | None = None, explain: bool = False) -> str:
    """Pretty JSON object (``extra`` keys, then ``to_dict()``); ends in a newline."""
    data = {**(extra or {}), **article.to_dict(explain=explain)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(
    article: Article, *, extra: dict[str, Any] | None = None, explain: bool = False
) -> str:
    """One compact JSON object on one line."""
    data = {**(extra or {}), **article.to_dict(explain=explain)}
    return json_line(data)


def json_line(data: dict[str, Any]) -> str:
    """Any JSON-ready mapping as one compact line (used for error records too)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def to_markdown(article: Article) -> str:
    """``# Title``, a metadata line, then the body with its headings, lists, quotes, tables.

    Links keep their targets; relative targets are resolved against the article URL.
    """
    out: list[str] = []
    if article.title:
        out.append(f"# {_escape(article.title)}")
    meta = [x for x in (article.byline and f"By {article.byline}", article.published) if x]
    if meta:
        out.append(" · ".join(meta))
    previous, base = "", article.url
    for block in article.blocks:
        if not block.kept or not block.text:
            continue
        md = _block_markdown(block)
        if base:
            md = _MD_TARGET.sub(lambda m: m.group(1) + _resolve(base, m.group(2)), md)
        if block.kind == "li" and previous == "li":
            out[-1] += "\n" + md
        else:
            out.append(md)
        previous = block.kind
    if article.comments:
        out += ["## Comments", article.comments]
    return "\n\n".join(out) + "\n"


def _block_markdown(block: Block) -> str:
    kind = block.kind
    level = int(kind[1]) if len(kind) == 2 and kind[0] == "h" and kind[1].isdigit() else 0
    if block.markdown is not None:
        md = block.markdown
        if level:
            md = _HEADING_MD.sub(lambda m: _hashes(len(m.group(1))) + " ", md, count=1)
        return md
    text = _escape(block.text)
    if level:
        return f"{_hashes(level)} {text.replace(chr(10), ' ')}"
    if kind == "li":
        return "- " + text.replace("\n", "\n  ")
    if kind == "quote":
        return "> " + text.replace("\n", "\n> ")
    if kind == "pre":
        return f"```\n{block.text}\n```"
    return text


def _hashes(level: int) -> str:
    return "#" * min(MAX_HEADING, level + HEADING_SHIFT)


def _escape(text: str) -> str:
    """Keep plain text from turning into Markdown headings, quotes or lists."""
    return _MD_LINE_START.sub(r"\1\\\2", text)


def _resolve(base: str, target: str) -> str:
    bare = target[1:-1] if target.startswith("<") else target
    if _HAS_SCHEME.match(bare) or bare.startswith("#"):
        return target
    return urljoin(base, bare)


FORMATS: dict[str, Callable[[Article], str]] = {
    "text": to_text,
    "json": to_json,
    "jsonl": to_jsonl,
    "markdown": to_markdown,
}
