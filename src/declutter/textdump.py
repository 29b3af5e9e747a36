"""Plain-text page dump -> (Metadata, labelled line blocks).

PLACEHOLDER: keeps every paragraph.
"""

from __future__ import annotations

from declutter.model import Block, Metadata
from declutter.options import Options


def extract_dump(
    text: str, *, url: str | None, options: Options
) -> tuple[Metadata, tuple[Block, ...]]:
    paras = [" ".join(p.split()) for p in text.split("\n\n")]
    return Metadata(url=url), tuple(Block(text=p, kind="line") for p in paras if p)
