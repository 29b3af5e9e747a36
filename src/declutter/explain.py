"""Article -> why each block was kept or removed, as tab-separated lines.

One line a block, in page order: label, reason, kind, path, the first
``TEXT_PREVIEW`` characters of its text.  Then a blank line and one line a
metadata field: field, value, source.  Tabs and newlines inside values
become spaces, so every line splits into the same columns.
"""

from __future__ import annotations

from declutter.model import Article

#: How much of a block's text an explanation line shows (chars).
TEXT_PREVIEW = 80


def explain_tsv(article: Article) -> str:
    """Every block and every metadata source, one tab-separated line each."""
    lines = [
        "\t".join(_cell(x) for x in (b.label, b.reason, b.kind, b.path, _preview(b.text)))
        for b in article.blocks
    ]
    lines.append("")
    for name, source in article.sources.items():
        value = getattr(article, name, None)
        shown = "; ".join(value) if isinstance(value, tuple) else value
        lines.append("\t".join(_cell(x) for x in (name, shown, source)))
    return "\n".join(lines) + "\n"


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TEXT_PREVIEW else flat[: TEXT_PREVIEW - 1] + "…"


def _cell(value: object) -> str:
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").split())
