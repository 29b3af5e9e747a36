"""Show where declutter's body differs from the gold for one corpus page.

usage:
    python benchmarks/diff_page.py CORPUS ID            # one page, grouped by block label
    python benchmarks/diff_page.py CORPUS --worst 10    # the pages with the lowest body F1
    python benchmarks/diff_page.py CORPUS ID --all      # also list every block with its label
    python benchmarks/diff_page.py CORPUS --causes 15   # what loses the most over the corpus
    python benchmarks/diff_page.py CORPUS --save before.json    # every page's result, to compare
    python benchmarks/diff_page.py CORPUS --against before.json # the pages a change moved

For a page with a gold ``body`` it prints the body F1 (4-gram shingles, as in
../shared/eval/score.py), then the gold text declutter removed (grouped by the
label and reason that removed it) and the text it kept that the gold does not
have.  For a page with ``with``/``without`` snippets it prints which snippets
were missed or wrongly kept, with the block holding each.  ``--causes`` sums
that over the corpus: gold characters (or snippets) lost per label/reason and
text wrongly kept per kind, each with an example page.  ``--corpora``
defaults to ../shared/corpora next to the repo.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import declutter
from declutter.errors import DeclutterError, NoArticleFound
from declutter.model import Block

TOKEN = re.compile(r"\w+", re.UNICODE)
DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
WITH_WITHOUT = ("with", "without")
#: A block is "in the gold" when this share of its shingles are.
IN_GOLD = 0.5


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = TOKEN.findall(text or "")
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks)


def f1(gold: str, got: str) -> float:
    t, p = shingles(gold), shingles(got)
    tp = sum(min(t[k], p[k]) for k in t.keys() & p.keys())
    fp, fn = sum(p.values()) - tp, sum(t.values()) - tp
    if fp == fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def rows(corpora: Path, corpus: str) -> list[dict[str, Any]]:
    path = corpora / corpus / "truth.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def run(corpora: Path, corpus: str, row: dict[str, Any]) -> declutter.Article | None:
    """declutter's article for a corpus page; with no article text, the labelled blocks."""
    raw = gzip.decompress((corpora / corpus / str(row["file"])).read_bytes())
    url = row.get("url")
    try:
        return declutter.extract(raw, url=str(url) if url else None)
    except NoArticleFound as exc:
        print(f"  {row['id']}: no article text: {exc}")
        return exc.article
    except DeclutterError as exc:
        print(f"  {row['id']}: extract failed: {exc}")
    return None


def share_in(block: Block, gold: Counter[tuple[str, ...]]) -> float:
    sh = shingles(block.text)
    total = sum(sh.values())
    return sum(min(c, gold[k]) for k, c in sh.items()) / total if total else 0.0


def short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_block(b: Block, flag: str) -> None:
    print(f"  {flag} {b.label:11} {b.kind:5} {short(b.path, 40):40} {short(b.text, 70)}")
    if b.reason:
        print(f"  {'':3} {'':11} {'':5} ({b.reason})")


def show_body(article: declutter.Article, gold_text: str, show_all: bool) -> None:
    gold = shingles(gold_text)
    print(f"body F1 {f1(gold_text, article.text):.4f}")
    missed: dict[str, list[Block]] = defaultdict(list)
    extra: dict[str, list[Block]] = defaultdict(list)
    for b in article.blocks:
        inside = share_in(b, gold) >= IN_GOLD
        if inside and not b.kept:
            missed[f"{b.label}: {b.reason}"].append(b)
        elif b.kept and not inside:
            extra[b.kind].append(b)
        if show_all:
            print_block(b, ("+" if b.kept else "-") + ("G" if inside else " "))
    print("\nMISSED gold text (removed), by label/reason:")
    for key, blocks in sorted(missed.items(), key=lambda kv: -sum(len(b.text) for b in kv[1])):
        print(f"  [{key}] {len(blocks)} blocks, {sum(len(b.text) for b in blocks)} chars")
        for b in blocks[:6]:
            print(f"      {b.path[:40]:40} {short(b.text, 90)}")
    print("\nEXTRA text (kept, not in gold), by kind:")
    for key, blocks in sorted(extra.items(), key=lambda kv: -sum(len(b.text) for b in kv[1])):
        print(f"  [{key}] {len(blocks)} blocks, {sum(len(b.text) for b in blocks)} chars")
        for b in blocks[:8]:
            print(f"      {b.path[:40]:40} {short(b.text, 90)}")
    got_all = " ".join(" ".join(b.text.split()) for b in article.blocks)
    lines = [" ".join(s.split()) for s in gold_text.split("\n") if s.strip()]
    lost = [s for s in lines if s not in got_all]
    if lost:
        print(f"\nGOLD lines not found verbatim in any block ({len(lost)}):")
        for s in lost[:8]:
            print(f"      {short(s)}")


def show_snippets(article: declutter.Article, row: dict[str, Any], show_all: bool) -> None:
    flat = " ".join(article.text.split())
    for key, want in (("with", True), ("without", False)):
        for raw in row.get(key) or []:
            snip = " ".join(str(raw).split())
            if (snip in flat) == want:
                continue
            holder = next((b for b in article.blocks if snip in " ".join(b.text.split())), None)
            where = f"{holder.label}: {holder.reason} @ {holder.path}" if holder else "no block"
            print(f"  {'MISSED' if want else 'KEPT  '} {short(snip, 60):60} [{where}]")
    if show_all:
        for b in article.blocks:
            print_block(b, "+" if b.kept else "-")


def snippet_errors(text: str, row: dict[str, Any]) -> int:
    flat = " ".join(text.split())
    bad = sum(" ".join(str(s).split()) not in flat for s in row.get("with") or [])
    return bad + sum(" ".join(str(s).split()) in flat for s in row.get("without") or [])


_DETAIL = re.compile(r"'[^']*'|\d\.\d\d|<[^>]*>")


def _cause(block: Block | None) -> str:
    """A block's label and reason with names and numbers blanked, to group by."""
    if block is None:
        return "(no block)"
    return _DETAIL.sub("_", f"{block.label}: {block.reason}")[:60]


def causes(corpora: Path, corpus: str, table: list[dict[str, Any]], top: int) -> None:
    """Print what loses the most over the corpus, with an example page for each."""
    lost: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    example: dict[str, str] = {}
    for row in table:
        art = run(corpora, corpus, row)
        if art is None:
            continue
        pid = str(row["id"])
        if "body" in row:
            gold = shingles(str(row["body"]))
            for b in art.blocks:
                inside = share_in(b, gold) >= IN_GOLD
                if inside and not b.kept:
                    key = "lost  " + _cause(b)
                    lost[key] += len(b.text)
                elif b.kept and not inside:
                    key = f"kept  {b.kind}"
                    kept[key] += len(b.text)
                else:
                    continue
                example.setdefault(key, pid)
            continue
        flat = " ".join(art.text.split())
        for field, want in (("with", True), ("without", False)):
            for raw in row.get(field) or []:
                snip = " ".join(str(raw).split())
                if (snip in flat) == want:
                    continue
                holder = next((b for b in art.blocks if snip in " ".join(b.text.split())), None)
                key = ("lost  " if want else "kept  ") + _cause(holder)
                (lost if want else kept)[key] += 1
                example.setdefault(key, pid)
    unit = "chars" if any("body" in row for row in table) else "snippets"
    for title, counts in (("LOST gold", lost), ("KEPT, not gold", kept)):
        print(f"{title} ({unit}):")
        for key, n in counts.most_common(top):
            print(f"  {n:7}  {key[6:]:60} e.g. {example[key]}")


def page_results(corpora: Path, corpus: str, table: list[dict[str, Any]]) -> dict[str, Any]:
    """Each page's body F1, or its missed and wrongly kept snippets (short prefixes)."""
    out: dict[str, Any] = {}
    for row in table:
        art = run(corpora, corpus, row)
        text = art.text if art else ""
        if "body" in row:
            out[str(row["id"])] = round(f1(str(row["body"]), text), 4)
            continue
        flat = " ".join(text.split())
        snips = {
            k: [" ".join(str(s).split()) for s in row.get(k) or []] for k in ("with", "without")
        }
        out[str(row["id"])] = {
            "missed": sorted(s[:60] for s in snips["with"] if s not in flat),
            "kept": sorted(s[:60] for s in snips["without"] if s in flat),
        }
    return out


def compare(before: dict[str, Any], now: dict[str, Any]) -> None:
    """Print the pages whose result moved, gains and losses apart."""
    for pid, old in before.items():
        new = now.get(pid)
        if new == old or new is None:
            continue
        if isinstance(old, float):
            print(f"{new - old:+8.4f}  {pid}")
            continue
        for what in ("missed", "kept"):
            for snip in sorted(set(new[what]) - set(old[what])):
                print(f"  - {pid}  now {what}: {snip}")
            for snip in sorted(set(old[what]) - set(new[what])):
                print(f"  + {pid}  no longer {what}: {snip}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("id", nargs="?")
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    ap.add_argument("--all", action="store_true", help="also list every block")
    ap.add_argument("--causes", type=int, default=0, help="the N biggest causes of loss")
    ap.add_argument("--save", type=Path, help="write every page's result to this JSON file")
    ap.add_argument("--against", type=Path, help="print the pages that moved since --save")
    args = ap.parse_args()
    table = rows(args.corpora, args.corpus)
    if args.save or args.against:
        now = page_results(args.corpora, args.corpus, table)
        if args.save:
            args.save.write_text(json.dumps(now, indent=0, ensure_ascii=False), encoding="utf-8")
        if args.against:
            compare(json.loads(args.against.read_text(encoding="utf-8")), now)
        return
    if args.causes:
        causes(args.corpora, args.corpus, table, args.causes)
        return
    if args.worst:
        scored = []
        for row in table:
            art = run(args.corpora, args.corpus, row)
            text = art.text if art else ""
            score = f1(row["body"], text) if "body" in row else -snippet_errors(text, row)
            scored.append((score, str(row["id"])))
        for score, pid in sorted(scored)[: args.worst]:
            print(f"{score:8.4f}  {pid}")
        return
    row = next(r for r in table if r["id"] == args.id)
    print(f"{args.corpus}/{args.id}  {row.get('url', '')}")
    article = run(args.corpora, args.corpus, row)
    if article is None:
        return
    if "body" in row:
        show_body(article, str(row["body"]), args.all)
    else:
        show_snippets(article, row, args.all)


if __name__ == "__main__":
    main()
