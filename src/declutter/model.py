"""Small frozen records passed between the stages.

`Block` is one unit of page text (a paragraph, heading, list item, line of a
text dump) with the label the pipeline gave it and the reason why.  `Metadata`
is what the metadata stage read, with where each value came from.  `Article`
is the result handed to callers and serializers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Label of blocks that make up the article body.
CONTENT = "content"
#: Label of the summary printed between the headline and the article (dek,
#: teaser); it becomes ``description`` when the page declares none.
STANDFIRST = "standfirst"


@dataclass(frozen=True)
class Block:
    """One block of page text, in page order, with its label and reason.

    ``kind`` is the block's role for rendering: ``p``, ``h1``..``h6``, ``li``,
    ``quote``, ``pre``, ``table``, ``line`` (a text-dump line).  ``markdown``
    is the block rendered as Markdown (links, emphasis, table rows) when it
    differs from ``text``.  ``path`` is a short locator (``div.story > p`` or
    ``line 12``) for explanations.

    A block is `kept` in the article's text when it is content; ``in_text``
    overrides that when set (a standfirst that is also the article's
    opening keeps its label, so it still fills a missing description).
    """

    text: str
    label: str = CONTENT
    reason: str = ""
    kind: str = "p"
    path: str = ""
    markdown: str | None = None
    in_text: bool | None = None

    @property
    def kept(self) -> bool:
        return self.label == CONTENT if self.in_text is None else self.in_text


@dataclass(frozen=True)
class Metadata:
    """Fields read from the page around the body; ``sources`` says where from.

    ``sources`` maps a field name (``title``, ``byline``, ``published`` ...) to
    a short origin such as ``json-ld``, ``meta:og:title``, ``<time>``,
    ``visible line 4``.
    """

    title: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    description: str | None = None
    site_name: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    url: str | None = None
    image: str | None = None
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)


#: Public fields of `Article`, in the order of the JSON output.
FIELDS = (
    "url",
    "title",
    "byline",
    "authors",
    "published",
    "modified",
    "description",
    "site_name",
    "language",
    "tags",
    "image",
    "text",
)


@dataclass(frozen=True)
class Article:
    """The extracted article.  `to_dict()` gives the stable JSON shape.

    ``blocks`` holds every block of the page in order, kept and removed, each
    with its label and reason; ``sources`` says where each metadata field came
    from.  Neither is part of `to_dict()` unless asked for.
    """

    url: str | None = None
    title: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    description: str | None = None
    site_name: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    text: str = ""
    comments: str | None = None
    blocks: tuple[Block, ...] = field(default=(), repr=False, compare=False)
    sources: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """The article as plain JSON-ready data; lists for the tuple fields.

        ``comments`` appears only when comments were asked for.  With
        ``explain``, ``sources`` and ``blocks`` (label, reason, kind, path,
        text) are added.
        """
        out: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(self, name)
            out[name] = list(value) if isinstance(value, tuple) else value
        if self.comments is not None:
            out["comments"] = self.comments
        if explain:
            out["sources"] = dict(self.sources)
            out["blocks"] = [
                {
                    "label": b.label,
                    "reason": b.reason,
                    "kind": b.kind,
                    "path": b.path,
                    "text": b.text,
                }
                for b in self.blocks
            ]
        return out
