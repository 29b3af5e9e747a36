"""Dump dev pages re-laid in a table layout of the 2000s: menu | story | sidebar.

usage:
    python benchmarks/make_layout_dumps.py ../shared/corpora/aeb /tmp/layout/aeb-table
    python ../shared/eval/score.py /tmp/layout --runners declutter --corpus aeb-table

Pages of the 2000s are laid out in table cells of fixed widths, and w3m
prints the cells side by side: a menu item, a line of the story and a
sidebar line on each line of the dump.  The dev corpora, saved in the 2010s
and 2020s, have almost no such page.  This puts each page's body into the
middle cell of such a table (a menu on the left, a sidebar of headlines on
the right, the widths drawn from a few real ones), dumps it with
``w3m -dump -cols 4000`` (w3m must be installed) and stores it gzipped
beside a copy of the gold, so the text path's column reading can be
measured.  Keep the output outside the repository.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import lxml.html
from make_dumps import dump_corpus

from declutter.load.charsets import decode

MENU = [
    "Home", "News", "World", "Business", "Sports", "Entertainment", "Health", "Science",
    "Opinion", "Weather", "Obituaries", "Classifieds", "Contact Us", "Archives", "Subscribe",
]  # fmt: skip
SIDEBAR = [
    "Man charged after crash on Route 9", "City council approves new budget",
    "Local team wins title in overtime", "Weather: storms expected this weekend",
    "Police seek witnesses to robbery", "School board delays vote on closures",
    "New restaurant opens downtown", "Most e-mailed stories", "Top 10 things to do this week",
    "Readers' photos of the flood", "Letters to the editor", "Gas prices rise again",
]  # fmt: skip
#: Table width and the three cells' widths (pixels, or shares of the window).
WIDTHS = [
    ("780", "160", "470", "150"),
    ("780", "150", "500", "130"),
    ("780", "180", "440", "160"),
    ("100%", "15%", "60%", "25%"),
]


def relaid(html: str, rnd: random.Random) -> str:
    """``html``'s body in the middle cell of a menu | story | sidebar table."""
    doc = lxml.html.document_fromstring(html)
    body = doc.find("body")
    cells = list(body) if body is not None else []
    inner = "".join(lxml.html.tostring(c, encoding="unicode") for c in cells)
    found = doc.find(".//title")
    title = lxml.html.tostring(found, encoding="unicode") if found is not None else ""
    menu = "".join(f'<a href="/{w.lower()}">{w}</a><br>' for w in MENU[: rnd.randint(8, 15)])
    items = rnd.sample(SIDEBAR, rnd.randint(5, 12))
    side = "".join(f'<p><a href="/s{i}">{t}</a></p>' for i, t in enumerate(items))
    table, left, mid, right = rnd.choice(WIDTHS)
    return (
        f'<html><head><meta charset="utf-8">{title}</head><body>'
        f"<table width={table}><tr><td width={left} valign=top>{menu}</td>"
        f"<td width={mid} valign=top>{inner}</td><td width={right} valign=top>{side}</td>"
        "</tr></table></body></html>"
    )  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("html_corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rnd = random.Random(a.seed)

    def page(raw: bytes) -> bytes:
        try:
            return relaid(decode(raw)[0], rnd).encode()
        except lxml.etree.ParserError as exc:
            raise ValueError(exc) from None

    dump_corpus(a.html_corpus, a.out, page, charset="UTF-8")


if __name__ == "__main__":
    main()
