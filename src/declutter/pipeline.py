"""The straight pipeline: load -> parse -> metadata + body -> Article.

This is the only module that knows the order of the stages.  HTML pages go
through `parse`, `metadata` and `body`; plain-text dumps through `textdump`,
which labels lines the same way.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from declutter.body import body_blocks
from declutter.clock import checkpoint, time_limit
from declutter.errors import NoArticleFound
from declutter.load import load
from declutter.metadata import read_metadata
from declutter.model import STANDFIRST, Article, Block, Metadata
from declutter.options import DEFAULT, Options
from declutter.parse import parse_page


def extract(
    source: bytes | str, *, url: str | None = None, options: Options | None = None
) -> Article:
    """Extract the article from a saved page given as bytes or text.

    ``url`` is the page's address when known (it beats any URL found inside
    the page).  Raises `UnreadableInput` for input that is not a page,
    `NoArticleFound` when the page holds no article text and `DocumentTimeout`
    when the page takes longer than ``options.time_limit``.
    """
    opts = options or DEFAULT
    with time_limit(opts.time_limit), _collector_paused():
        return _extract(source, url=url, opts=opts)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cycle collector waits until the page is done.

    One page makes some hundred thousand short-lived objects and no cycles,
    so the collector's passes during it find nothing and cost 6-9 % of the
    time.  It is switched back on only by the call that switched it off, so
    threads that overlap leave it as they found it, and a program that runs
    with it off keeps it off.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _extract(source: bytes | str, *, url: str | None, opts: Options) -> Article:
    doc = load(source, options=opts)
    if doc.saved_at is not None and opts.reference_time is None:
        # the save date is "now" for the page's relative dates ("3 hours ago")
        opts = replace(opts, reference_time=doc.saved_at)
    page_url = url or doc.url
    notes: dict[str, str] = {"input": doc.form + (f"; {doc.charset}" if doc.charset else "")}
    checkpoint("load")
    if doc.kind == "text":
        from declutter.textdump import extract_dump  # noqa: PLC0415 - its word lists cost 10 ms

        meta, blocks = extract_dump(doc.text, url=page_url, options=opts)
    else:
        parsed = parse_page(doc.text, utf8=doc.utf8)
        if parsed.notes:  # a parser limit met or a hidden copy shown: say so
            notes["parse"] = "; ".join(parsed.notes)
        checkpoint("parse")
        meta = read_metadata(parsed.root, url=page_url, options=opts)
        checkpoint("metadata")
        blocks = body_blocks(parsed.root, hints=meta, options=opts)
    checkpoint("body")
    if meta.description is None:  # the printed standfirst is the page's own summary
        standfirst = next((b.text for b in blocks if b.label == STANDFIRST), None)
        if standfirst:
            meta = replace(meta, description=standfirst)
            notes["description"] = "standfirst block"
    meta = replace(meta, sources={**meta.sources, **notes})
    return assemble(meta, blocks, url=page_url or meta.url, options=opts)


def assemble(
    meta: Metadata, blocks: tuple[Block, ...], *, url: str | None, options: Options
) -> Article:
    """Join the kept blocks into the body and put the metadata beside it."""
    text = "\n\n".join(b.text for b in blocks if b.kept and b.text)
    comments = None
    if options.comments:
        comments = "\n\n".join(b.text for b in blocks if b.label == "comments" and b.text)
    article = Article(
        url=url,
        title=meta.title,
        byline=meta.byline,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        description=meta.description,
        site_name=meta.site_name,
        language=meta.language,
        tags=meta.tags,
        image=meta.image,
        text=text,
        comments=comments,
        blocks=blocks,
        sources=meta.sources,
    )
    if not text.strip():
        raise NoArticleFound("no article text found", article)
    return article
