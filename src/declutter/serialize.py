"""Article -> text | json | jsonl | markdown.  One function a format; no printing here."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from declutter.model import Article


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
    """Title, byline, dates, a blank line, then the body; ends in a newline."""
    head = _header_lines(article)
    parts = ["\n".join(head)] if head else []
    parts.append(article.text)
    return "\n\n".join(parts) + "\n"


def to_json(article: Article, *, extra: dict[str, Any] | None = None) -> str:
    """Pretty JSON object (``to_dict()`` plus ``extra`` keys); ends in a newline."""
    data = {**(extra or {}), **article.to_dict()}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(article: Article, *, extra: dict[str, Any] | None = None) -> str:
    """One compact JSON object on one line."""
    data = {**(extra or {}), **article.to_dict()}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def to_markdown(article: Article) -> str:
    """``# Title``, a metadata line, then the body with its headings, lists and quotes."""
    out = []
    if article.title:
        out.append(f"# {article.title}")
    meta = [x for x in (article.byline and f"By {article.byline}", article.published) if x]
    if meta:
        out.append(" · ".join(meta))
    for block in article.blocks:
        if not block.kept:
            continue
        md = block.markdown or block.text
        if block.kind in ("h1", "h2", "h3", "h4", "h5", "h6") and block.markdown is None:
            md = "#" * min(6, int(block.kind[1]) + 1) + " " + block.text
        elif block.kind == "li" and block.markdown is None:
            md = f"- {block.text}"
        elif block.kind == "quote" and block.markdown is None:
            md = "> " + block.text
        out.append(md)
    return "\n\n".join(out) + "\n"


FORMATS: dict[str, Callable[[Article], str]] = {
    "text": to_text,
    "json": to_json,
    "jsonl": to_jsonl,
    "markdown": to_markdown,
}
