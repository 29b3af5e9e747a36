"""Article -> why each block was kept or removed, as tab-separated lines.

One line a block, in page order: label, reason, kind, path, the first
``TEXT_PREVIEW`` characters of its text.  Then a blank line and one line a
metadata field that has a source: field, value, source (``input`` has no
value; its source says how the page was loaded, e.g. ``html; utf-8``).
Tabs and newlines inside values become spaces, so every line splits into
the same columns.  `reason` and `metadata_rows` are shared with the HTML
report.
"""

from __future__ import annotations

from declutter.model import FIELDS, Article, Block

#: How much of a block's text an explanation line shows (chars).
TEXT_PREVIEW = 80
#: Shown for a kept block whose label came with no reason: no rule removed it.
KEPT_REASON = "kept: no rule removed it"
#: Metadata fields a report lists even when the page gave no value (``text`` is the body).
METADATA_FIELDS = tuple(name for name in FIELDS if name != "text")


def explain_tsv(article: Article) -> str:
    """Every block and every metadata source, one tab-separated line each."""
    lines = [
        "\t".join(_cell(x) for x in (b.label, reason(b), b.kind, b.path, preview(b.text)))
        for b in article.blocks
    ]
    lines.append("")
    lines += ["\t".join(_cell(x) for x in row) for row in metadata_rows(article)]
    return "\n".join(lines) + "\n"


def reason(block: Block) -> str:
    """The rule or score that decided the block (a stock phrase for plain kept blocks)."""
    return block.reason or (KEPT_REASON if block.kept else "")


def metadata_rows(article: Article, *, every_field: bool = False) -> list[tuple[str, str, str]]:
    """(field, value, source) for each field with a source, in the order they were found.

    With ``every_field``, all of `METADATA_FIELDS` come first in JSON order
    (value and source empty when the page gave none), then any other
    sources such as ``input``.
    """
    names = list(article.sources)
    if every_field:
        names = list(METADATA_FIELDS) + [n for n in names if n not in METADATA_FIELDS]
    return [(name, _value(article, name), article.sources.get(name, "")) for name in names]


def preview(text: str, limit: int = TEXT_PREVIEW) -> str:
    """The start of ``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _value(article: Article, name: str) -> str:
    value = getattr(article, name, None) if name in FIELDS else None
    if isinstance(value, tuple):
        return "; ".join(value)
    return "" if value is None else str(value)


def _cell(value: object) -> str:
    return " ".join(str(value).replace("\t", " ").split())
