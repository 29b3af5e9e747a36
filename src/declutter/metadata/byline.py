"""Raw byline text -> (byline as printed, cleaned; list of author names)."""

from __future__ import annotations

import re

_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|published|reported|words|text|story)\s+)?"
    r"(?:by|von|par|por|di|door|av|af)\s*:?\s+|^\s*(?:authors?|autor(?:in)?|auteur)\s*:\s*",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*", re.I)


def split_byline(raw: str) -> tuple[str | None, tuple[str, ...]]:
    """Clean a printed byline and split it into person (or agency) names."""
    text = " ".join(raw.split())
    text = _PREFIX.sub("", text).strip(" |-–—:")
    if not text:
        return None, ()
    names = tuple(n.strip(" .") for n in _SPLIT.split(text) if n.strip(" ."))
    return text, names
