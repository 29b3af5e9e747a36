"""Article -> one self-contained HTML page showing what was kept and what was removed.

`report_html` lays out, top to bottom: the headline and a count of blocks,
the metadata table (field, value, where it came from), a legend of labels
with counts, then every block in page order.  Kept blocks read as plain
text; each run of neighbouring removed blocks with one label is folded into
a ``<details>`` coloured by that label, with the reason on hover (``title``)
and shown, with the block's path, when unfolded.

The page loads nothing: CSS is inline, there are no scripts, fonts, images
or links, and a Content-Security-Policy forbids them anyway.  Every piece
of page text goes through `html.escape`, so markup in a page stays text.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from html import escape
from itertools import groupby

from declutter import __version__
from declutter.explain import metadata_rows, preview, reason
from declutter.model import CONTENT, Article, Block

#: Colour of each label the pipeline is known to give (removed blocks only).
LABEL_COLOURS = {
    "title": "#2563eb",
    "byline": "#4f46e5",
    "dateline": "#0891b2",
    "header": "#64748b",
    "nav": "#78716c",
    "footer": "#57534e",
    "boilerplate": "#6b7280",
    "related": "#d97706",
    "most-read": "#ea580c",
    "read-more": "#ca8a04",
    "share": "#db2777",
    "newsletter": "#c026d3",
    "cookie": "#9333ea",
    "ad": "#dc2626",
    "comments": "#059669",
    "author-bio": "#0d9488",
    "caption": "#7c3aed",
    "video": "#be123c",
    "image": "#8b5cf6",
    "duplicate": "#94a3b8",
    "teaser": "#b45309",
}
#: Colours for labels not listed above, picked by a stable hash of the label.
SPARE_COLOURS = ("#0369a1", "#15803d", "#b45309", "#a21caf", "#be185d", "#4338ca", "#0f766e")
#: Characters of a folded run's first block shown in its summary line.
SUMMARY_PREVIEW = 110
#: Distinct reasons a folded run's hover text lists before "...".
MAX_HOVER_REASONS = 4
#: Shown for empty metadata values.
MISSING = "—"

_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")

CSS = """
:root{--bg:#fbfaf8;--fg:#1c1f24;--muted:#5d6470;--line:#e4e1dc;--card:#fff;
--kept:#1c1f24;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#15171b;--fg:#e8e6e3;--muted:#a2a8b3;
--line:#30343b;--card:#1d2026;--kept:#ecebe8}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg)}
body{margin:0 auto;max-width:52rem;padding:2.5rem 1.5rem 4rem;
font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",
"Noto Sans Arabic","Helvetica Neue",Arial,sans-serif}
h1{font-size:1.75rem;line-height:1.25;margin:.2rem 0 .6rem;font-weight:700}
h2{font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);
margin:2.2rem 0 .7rem;font-weight:600}
.kicker,.summary{color:var(--muted);margin:0;font-size:.9rem}
.kicker code{font-size:.85rem}
.summary b{color:var(--fg)}
table{width:100%;border-collapse:collapse;background:var(--card);font-size:.9rem;
border:1px solid var(--line);border-radius:8px;overflow:hidden}
th,td{padding:.45rem .75rem;text-align:start;vertical-align:top;border-bottom:1px solid var(--line)}
tr:last-child td{border-bottom:0}
th{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);
background:color-mix(in srgb,var(--line) 35%,var(--card))}
td.f{font-weight:600;white-space:nowrap}
td.v{overflow-wrap:anywhere}
td.s{color:var(--muted);font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;
font-size:.8rem;width:13rem;overflow-wrap:anywhere}
td.none{color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:0}
.chip{display:inline-flex;align-items:center;gap:.4rem;padding:.15rem .6rem;border-radius:999px;
font-size:.8rem;font-weight:600;border:1px solid color-mix(in srgb,var(--c) 45%,transparent);
background:color-mix(in srgb,var(--c) 14%,var(--card));color:var(--fg);white-space:nowrap}
.chip::before{content:"";width:.55rem;height:.55rem;border-radius:50%;background:var(--c)}
.chip .n{font-weight:400;color:var(--muted)}
.toggle{display:block;margin-top:.9rem;font-size:.9rem;color:var(--muted)}
body:has(#hide-removed:checked) li.gone{display:none}
ol.blocks{list-style:none;padding:0;margin:0}
ol.blocks>li{display:grid;grid-template-columns:3.2rem minmax(0,1fr);gap:.25rem .6rem;
margin:.15rem 0}
.i{color:var(--muted);font:.72rem/2.2 ui-monospace,Menlo,Consolas,monospace;text-align:end;
opacity:.75}
.kept{color:var(--kept);padding:.3rem 0 .3rem .9rem;border-inline-start:3px solid transparent;
white-space:pre-wrap;overflow-wrap:anywhere}
.kept.h{font-weight:700;font-size:1.15rem;line-height:1.35;padding-top:.8rem}
.kept.li{padding-inline-start:1.9rem;position:relative}
.kept.li::before{content:"•";position:absolute;inset-inline-start:1rem;color:var(--muted)}
.kept.quote{border-inline-start-color:var(--line);font-style:italic;color:var(--muted)}
.kept.pre,.kept.table{font:.85rem/1.5 ui-monospace,Menlo,Consolas,monospace}
details.run{min-width:0;border-inline-start:3px solid var(--c);border-radius:0 6px 6px 0;
background:color-mix(in srgb,var(--c) 7%,var(--bg));font-size:.88rem}
details.run summary{cursor:pointer;padding:.3rem .7rem;display:flex;gap:.6rem;
align-items:center;list-style:none;color:var(--muted);min-width:0}
details.run summary::-webkit-details-marker{display:none}
details.run summary::before{content:"▸";font-size:.7rem;color:var(--c)}
details.run[open] summary::before{content:"▾"}
summary .p{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0;flex:1}
summary .w{font-size:.78rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;
max-width:45%}
.items{margin:0;padding:.1rem .8rem .6rem 1.9rem;list-style:none}
.items li{padding:.35rem 0;border-top:1px dashed color-mix(in srgb,var(--c) 35%,transparent)}
.why{font-size:.78rem;color:var(--muted)}
.why b{color:var(--fg);font-weight:600}
.why code{font-size:.74rem;overflow-wrap:anywhere}
.t{white-space:pre-wrap;overflow-wrap:anywhere;color:var(--fg);margin-top:.15rem}
footer{margin-top:3rem;font-size:.8rem;color:var(--muted)}
"""


def report_html(article: Article, *, source: str | None = None) -> str:
    """The whole report for ``article`` as one HTML document (``source``: the input's name)."""
    lang = article.language if article.language and _LANG_TAG.match(article.language) else ""
    lang_attr = f' lang="{escape(lang)}"' if lang else ""
    title = article.title or "(no headline found)"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>declutter report: {escape(preview(title))}</title>",
        f"<style>{CSS}</style></head><body>",
        "<header>",
        f'<p class="kicker">declutter report{_source(source)}</p>',
        f'<h1 dir="auto"{lang_attr}>{escape(title)}</h1>',
        _summary(article.blocks),
        "</header>",
        "<section><h2>Metadata</h2><table><thead><tr><th>Field</th><th>Value</th>"
        "<th>Source</th></tr></thead><tbody>",
        *_metadata(article),
        "</tbody></table></section>",
        "<section><h2>Labels</h2>",
        _legend(article.blocks),
        '<label class="toggle"><input type="checkbox" id="hide-removed"> '
        "Hide removed blocks</label></section>",
        f'<section id="blocks"><h2>Blocks in page order</h2><ol class="blocks"{lang_attr}>',
        *_blocks(article.blocks),
        "</ol></section>",
        f"<footer>declutter {escape(__version__)}: kept blocks are shown as text; "
        "removed blocks are folded under their label (hover for the reason, "
        "click to unfold).</footer>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def colour(label: str) -> str:
    """The label's colour: a fixed one for known labels, else a stable pick from a spare set."""
    known = LABEL_COLOURS.get(label)
    if known is not None:
        return known
    return SPARE_COLOURS[zlib.crc32(label.encode("utf-8")) % len(SPARE_COLOURS)]


def _source(source: str | None) -> str:
    return f" · <code>{escape(source)}</code>" if source else ""


def _summary(blocks: Sequence[Block]) -> str:
    kept = [b for b in blocks if b.kept]
    chars = sum(len(b.text) for b in kept)
    return (
        f'<p class="summary"><b>{len(blocks):,}</b> blocks · <b>{len(kept):,}</b> kept '
        f"({chars:,} characters) · <b>{len(blocks) - len(kept):,}</b> removed</p>"
    )


def _metadata(article: Article) -> Iterator[str]:
    for name, value, where in metadata_rows(article, every_field=True):
        value_cell = (
            f'<td class="v" dir="auto">{escape(value)}</td>'
            if value
            else f'<td class="v none">{MISSING}</td>'
        )
        where_cell = (
            f'<td class="s">{escape(where)}</td>' if where else '<td class="s none">not found</td>'
        )
        if name == "input":
            where_cell = f'<td class="s">{escape(where)}</td>'
            value_cell = '<td class="v none">how the page was read</td>'
        elif value and not where:
            where_cell = f'<td class="s none">{MISSING}</td>'
        yield f'<tr><td class="f">{escape(name)}</td>{value_cell}{where_cell}</tr>'


def _legend(blocks: Sequence[Block]) -> str:
    counts = Counter(b.label for b in blocks)
    chips = []
    if counts[CONTENT]:
        chips.append(_chip(CONTENT, "var(--fg)", f"kept · {counts[CONTENT]:,}"))
    for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if label != CONTENT:
            chips.append(_chip(label, colour(label), f"{n:,}"))
    return '<ul class="legend">' + "".join(f"<li>{c}</li>" for c in chips) + "</ul>"


def _chip(label: str, colour_value: str, count: str) -> str:
    return (
        f'<span class="chip" style="--c:{colour_value}">{escape(label)} '
        f'<span class="n">{escape(count)}</span></span>'
    )


def _blocks(blocks: Sequence[Block]) -> Iterator[str]:
    index = 0
    for (kept, label), run in groupby(blocks, key=lambda b: (b.kept, b.label)):
        items = list(run)
        if kept:
            for block in items:
                index += 1
                yield _kept(index, block)
        else:
            yield _removed(index, label, items)
            index += len(items)


def _kept(index: int, block: Block) -> str:
    kind = "h" if re.fullmatch(r"h[1-6]", block.kind) else block.kind
    css = kind if kind in ("h", "li", "quote", "pre", "table") else "p"
    hover = f"{CONTENT}: {reason(block)} · {block.path}" if block.path else reason(block)
    return (
        f'<li><span class="i">{index}</span><div class="kept {css}" dir="auto" '
        f'title="{escape(hover)}">{escape(block.text)}</div></li>'
    )


def _main_reason(items: list[Block]) -> str:
    """The run's most common reason, and how many other reasons it holds."""
    counts = Counter(reason(b) for b in items).most_common()
    others = f" (+{len(counts) - 1} more)" if len(counts) > 1 else ""
    return counts[0][0] + others


def _removed(start: int, label: str, items: list[Block]) -> str:
    reasons = list(dict.fromkeys(reason(b) for b in items))
    more = "; …" if len(reasons) > MAX_HOVER_REASONS else ""
    hover = "; ".join(reasons[:MAX_HOVER_REASONS]) + more
    count = f"{len(items)} blocks" if len(items) > 1 else "1 block"
    numbers = f"{start + 1}" if len(items) == 1 else f"{start + 1}–{start + len(items)}"
    first = preview(items[0].text, SUMMARY_PREVIEW)
    rows = "".join(
        f'<li class="rm" title="{escape(label)}: {escape(reason(b))}"><div class="why">'
        f"<b>#{start + n}</b> · {escape(reason(b) or MISSING)}"
        f"{' · <code>' + escape(b.path) + '</code>' if b.path else ''}</div>"
        f'<div class="t" dir="auto">{escape(b.text)}</div></li>'
        for n, b in enumerate(items, 1)
    )
    return (
        f'<li class="gone"><span class="i">{numbers}</span><details class="run" '
        f'style="--c:{colour(label)}" title="{escape(label)}: {escape(hover)}">'
        f"<summary>{_chip(label, colour(label), count)}"
        f'<span class="p" dir="auto">{escape(first)}</span>'
        f'<span class="w">{escape(_main_reason(items))}</span></summary>'
        f'<ol class="items">{rows}</ol></details></li>'
    )
