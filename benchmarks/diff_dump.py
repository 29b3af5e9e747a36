"""Where the text-dump extractor differs from the gold, line by line.

usage:
    python benchmarks/diff_dump.py aeb-text                 # every page, worst body F1 first
    python benchmarks/diff_dump.py aeb-text --worst 10      # the ten worst, with their diffs
    python benchmarks/diff_dump.py mozilla-text ID          # one page's diff
    python benchmarks/diff_dump.py mozilla-text ID --all    # every line, not only the wrong ones
    python benchmarks/diff_dump.py mozilla-text --causes 15 # what loses the most over the corpus
    python benchmarks/diff_dump.py aeb-text --causes 9 --by-page 4  # ... and on which pages

Each dump line is shown as ``MISS`` (gold text the extractor dropped), ``EXTRA``
(kept text the gold does not have), ``ok``/``--`` (right keep/drop, with
``--all``), followed by the line number, its label and reason.  A line
counts as gold when at least IN_GOLD of its 4-gram shingles (as in
../shared/eval/score.py) are in the gold body; lines too short for a
shingle are judged by their words.  Gold shingles found in no line at all
(text the dump does not have) are counted at the end.  ``--causes`` sums the
loss over the corpus as the scorer weighs it (each page's share of its gold
shingles missed, of its kept shingles extra), by label and reason.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from declutter.load import load
from declutter.model import Block
from declutter.options import DEFAULT
from declutter.textdump import extract_dump

TOKEN = re.compile(r"\w+", re.UNICODE)
DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
#: A line is "in the gold" when this share of its shingles are.
IN_GOLD = 0.5
#: Characters of each line shown.
WIDTH = 110


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = TOKEN.findall(text or "")
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks)


def prf(gold: str, got: str) -> tuple[float, float, float]:
    t, p = shingles(gold), shingles(got)
    tp = sum(min(t[k], p[k]) for k in t.keys() & p.keys())
    fp, fn = sum(p.values()) - tp, sum(t.values()) - tp
    if fp == fn == 0:
        return 1.0, 1.0, 1.0
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def rows(corpora: Path, corpus: str) -> list[dict[str, Any]]:
    path = corpora / corpus / "truth.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def blocks_of(corpora: Path, corpus: str, row: dict[str, Any]) -> tuple[Block, ...]:
    raw = gzip.decompress((corpora / corpus / str(row["file"])).read_bytes())
    doc = load(raw, options=DEFAULT)
    if doc.kind != "text":
        print(f"  ! {row['id']} sniffed as {doc.kind}")
    _, blocks = extract_dump(doc.text, url=row.get("url"), options=DEFAULT)
    return blocks


def body(blocks: tuple[Block, ...]) -> str:
    return "\n\n".join(b.text for b in blocks if b.kept and b.text)


def in_gold(text: str, gold: Counter[tuple[str, ...]], gold_words: set[str]) -> bool:
    toks = TOKEN.findall(text)
    if not toks:
        return False
    if len(toks) < 4:
        return all(t in gold_words for t in toks)
    sh = shingles(text)
    return sum(1 for k in sh if k in gold) >= IN_GOLD * len(sh)


def show(corpora: Path, corpus: str, row: dict[str, Any], *, every: bool) -> None:
    blocks = blocks_of(corpora, corpus, row)
    gold_text = str(row.get("body", ""))
    p, r, f = prf(gold_text, body(blocks))
    print(f"== {corpus}/{row['id']}  F1 {f:.3f}  P {p:.3f}  R {r:.3f}  {row.get('url', '')}")
    gold = shingles(gold_text)
    words = set(TOKEN.findall(gold_text))
    seen: set[tuple[str, ...]] = set()
    for b in blocks:
        good = in_gold(b.text, gold, words)
        seen.update(shingles(b.text))
        mark = {(True, True): "ok", (True, False): "EXTRA", (False, True): "MISS"}.get(
            (b.kept, good), "--"
        )
        if every or mark in ("EXTRA", "MISS"):
            where = b.path.removeprefix("line ")
            print(f"{mark:5} {where:>5} {b.label:12} {b.reason[:30]:30} | {b.text[:WIDTH]}")
    absent = sum(n for k, n in gold.items() if k not in seen)
    if absent:
        print(f"      gold shingles in no dump line: {absent} of {sum(gold.values())}")


def _cause(b: Block) -> str:
    """A block's label and the first words of its reason (quoted text cut off)."""
    reason = re.sub(r"\d+", "N", b.reason.split(chr(39))[0].split(",")[0])
    return f"{b.label:12} {reason[:34]}"


def causes(
    corpora: Path, corpus: str, pages: list[dict[str, Any]], top: int, *, by_page: int = 0
) -> None:
    """Print the labels/reasons that lose the most recall and precision over the corpus.

    With ``by_page``, each cause is followed by the pages that lose the most to it.
    """
    lost: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    example: dict[str, str] = {}
    per_page: dict[str, Counter[str]] = {}
    for row in pages:
        blocks = blocks_of(corpora, corpus, row)
        gold = shingles(str(row["body"]))
        words = set(TOKEN.findall(str(row["body"])))
        n_gold = sum(gold.values()) or 1
        n_kept = sum(shingles(body(blocks)).values()) or 1
        for b in blocks:
            good = in_gold(b.text, gold, words)
            if good == b.kept:
                continue
            size = sum(shingles(b.text).values())
            key = _cause(b)
            if good:
                lost[key] += size / n_gold
            else:
                extra[key] += size / n_kept
            example.setdefault(key, str(row["id"])[:8])
            sign = "+" if good else "-"
            per_page.setdefault(sign + key, Counter())[str(row["id"])[:8]] += size / (
                n_gold if good else n_kept
            )
    n = len(pages)
    for title, table in (("recall lost (mean over pages)", lost), ("precision lost", extra)):
        print(title)
        sign = "+" if table is lost else "-"
        for key, val in table.most_common(top):
            print(f"  {val / n:.4f}  {key:50} e.g. {example[key]}")
            for page, share in per_page[sign + key].most_common(by_page):
                print(f"            {share / n:.4f}  {page}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("id", nargs="?")
    ap.add_argument("--worst", type=int, default=0, help="print the diffs of the N worst pages")
    ap.add_argument("--all", action="store_true", help="print every line, not only wrong ones")
    ap.add_argument("--causes", type=int, default=0, help="the N biggest causes of loss")
    ap.add_argument("--by-page", type=int, default=0, help="with --causes: N pages per cause")
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = ap.parse_args()
    pages = [r for r in rows(args.corpora, args.corpus) if "body" in r]
    if args.causes:
        causes(args.corpora, args.corpus, pages, args.causes, by_page=args.by_page)
        return
    if args.id:
        for row in pages:
            if str(row["id"]).startswith(args.id):
                show(args.corpora, args.corpus, row, every=args.all)
        return
    scored = []
    for row in pages:
        got = body(blocks_of(args.corpora, args.corpus, row))
        scored.append((prf(str(row["body"]), got), row))
    scored.sort(key=lambda s: s[0][2])
    for (p, r, f), row in scored:
        print(f"{f:.3f}  P {p:.3f}  R {r:.3f}  {row['id']}  {str(row.get('url', ''))[:70]}")
    n = len(scored)
    mp = sum(s[0][0] for s in scored) / n
    mr = sum(s[0][1] for s in scored) / n
    print(f"mean P {mp:.4f}  R {mr:.4f}  F1 {2 * mp * mr / (mp + mr):.4f}  ({n} pages)")
    for _, row in scored[: args.worst]:
        print()
        show(args.corpora, args.corpus, row, every=args.all)


if __name__ == "__main__":
    main()
