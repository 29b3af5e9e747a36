"""How often the text-dump path gives the headline as printed, on dev dumps with an HTML twin.

usage:
    python benchmarks/dump_headlines.py                  # aeb-text and mozilla-text
    python benchmarks/dump_headlines.py --misses         # ... and each wrong headline
    python benchmarks/dump_headlines.py --no-url         # without the page's URL (no slug)
    python benchmarks/dump_headlines.py --dumps /tmp/layout --suffix table
                                      # the dumps of benchmarks/make_layout_dumps.py

w3m prints no <title>, and the dev corpora have no headline gold; but each dump
has its HTML twin (``aeb-text`` and ``aeb``), whose ``<h1>`` (the one ``og:title``
names, when there are several) is the headline.  A page counts when that
headline is printed as a line of the dump (within a line, on the dumps of
``make_layout_dumps.py``); a hit is declutter's title equal to it after the
scorer's normalization (case, quotes and dashes aside).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from pathlib import Path

import lxml.html

import declutter

DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def squash(text: str | None) -> str:
    """score.py's title normalization."""
    s = unicodedata.normalize("NFKC", text or "").casefold()
    s = re.sub(r"[\u2018\u2019\u201c\u201d'\"`\u00ab\u00bb]", "", s)
    s = re.sub(r"[\u2010-\u2015\-|:;,.!?()\[\]]", " ", s)
    return " ".join(s.split())


def headline(html: bytes) -> str | None:
    """The page's <h1> (the one og:title names when there are several), or None."""
    tree = lxml.html.fromstring(html)
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if h]
    og = tree.xpath("//meta[@property='og:title']/@content")
    if len(h1s) == 1:
        return h1s[0]
    named = [h for h in h1s if og and squash(h) in squash(og[0])]
    return named[0] if len(named) == 1 else None


def _printed(headline: str, line: str, suffix: str) -> bool:
    """``headline`` is ``line``; in a table layout's dump (not ``text``), within it, as
    the line holds the cells printed beside the headline too."""
    return headline == line if suffix == "text" else headline in line


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--no-url", action="store_true")
    ap.add_argument("--dumps", type=Path, help="where the dumps are (default: --corpora)")
    ap.add_argument("--suffix", default="text", help="dump folders are NAME-SUFFIX")
    a = ap.parse_args()
    for name in ("aeb", "mozilla"):
        text_dir, html_dir = (a.dumps or a.corpora) / f"{name}-{a.suffix}", a.corpora / name
        html_files = {
            r["id"]: r["file"]
            for r in map(json.loads, (html_dir / "truth.jsonl").read_text().splitlines())
        }
        pages = hits = 0
        for row in map(json.loads, (text_dir / "truth.jsonl").read_text().splitlines()):
            if row["id"] not in html_files:
                continue
            gold = headline(gzip.decompress((html_dir / html_files[row["id"]]).read_bytes()))
            dump = gzip.decompress((text_dir / row["file"]).read_bytes()).decode("utf-8", "replace")
            printed = [squash(line) for line in dump.splitlines()]
            if gold is None or not any(_printed(squash(gold), line, a.suffix) for line in printed):
                continue
            article = declutter.extract(dump.encode(), url=None if a.no_url else row.get("url"))
            title = article.title if article else None
            pages += 1
            ok = squash(title) == squash(gold)
            hits += ok
            if a.misses and not ok:
                print(f"  {row['id'][:8]} gold {gold[:60]!r} got {(title or '')[:60]!r}")
        print(f"{name}-{a.suffix}: headline {hits}/{pages} = {hits / max(1, pages):.3f}")


if __name__ == "__main__":
    main()
