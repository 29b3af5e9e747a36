"""declutter: a saved news page in, the clean article out.

    >>> import declutter
    >>> article = declutter.extract(open("page.html", "rb").read(), url="https://example.com/a")
    >>> article.title, article.byline, article.published
    >>> article.to_dict()          # the stable JSON shape

`extract` raises `UnreadableInput` for input that is not a page,
`NoArticleFound` for a page without article text and `DocumentTimeout` for a
page that takes longer than ``Options.time_limit``; all are `DeclutterError`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from declutter.errors import (
    DeclutterError,
    DocumentTimeout,
    ExitStatus,
    NoArticleFound,
    UnreadableInput,
)
from declutter.model import Article, Block, Metadata
from declutter.options import Options

if TYPE_CHECKING:
    from declutter.pipeline import extract

__version__ = "0.1.0"

# A library logs; it never prints.  Callers who want the notes add a handler.
logging.getLogger("declutter").addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "Block",
    "DeclutterError",
    "DocumentTimeout",
    "ExitStatus",
    "Metadata",
    "NoArticleFound",
    "Options",
    "UnreadableInput",
    "__version__",
    "extract",
]


def __getattr__(name: str) -> Any:
    """`extract` is imported on first use: ``declutter --version`` never loads the pipeline."""
    if name == "extract":
        from declutter.pipeline import extract  # noqa: PLC0415

        return extract
    raise AttributeError(f"module 'declutter' has no attribute {name!r}")
