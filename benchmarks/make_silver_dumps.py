"""A text-dump dev set with whole-body gold: w3m dumps of the trafilatura and htmldate pages.

usage (from an interpreter that has trafilatura, e.g. the peers venv):
    python benchmarks/make_silver_dumps.py ../shared/corpora /tmp/silver/silver-text
    python ../shared/eval/score.py /tmp/silver --runners declutter --corpus silver-text

The dev dumps with a gold body (aeb-text, mozilla-text) are few, and the
text path's rules were written from them.  The trafilatura and htmldate dev
pages (about 730 distinct ones) have no whole-body gold, but their HTML
twins do have two independent readings: declutter's HTML path and
trafilatura.  Where the two agree (body F1 at least AGREE), declutter's HTML
text is taken as a silver gold for the page's dump, and its HTML title as
the headline.  So the text path is measured against its own HTML path on
pages nobody tuned the text path on, with body F1 and pages under 0.5, not
only snippets.  Silver gold is wrong where both readings are: look at the
dump before believing a page's figure.  w3m must be installed; keep the
output outside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from make_dumps import w3m_dump

import declutter
from declutter.errors import DeclutterError

#: Body F1 (4-word shingles, as the scorer) at which the two readings agree.
AGREE = 0.8
CORPORA = ("trafilatura", "htmldate")
_TOKEN = re.compile(r"\w+")


def f1(a: str, b: str) -> float:
    """The scorer's body F1 between two texts (bags of 4-word shingles)."""
    sa, sb = _shingles(a), _shingles(b)
    common = sum((sa & sb).values())
    if not common:
        return 0.0
    p, r = common / sum(sb.values()), common / sum(sa.values())
    return 2 * p * r / (p + r)


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text)
    return Counter(tuple(toks[i : i + 4]) for i in range(max(1, len(toks) - 3)) if toks)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", type=Path, help="the folder holding trafilatura/ and htmldate/")
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    try:
        from trafilatura import bare_extraction  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        sys.exit("make_silver_dumps: needs trafilatura (run it from the peers venv)")
    (a.out / "pages").mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    kept = 0
    with (a.out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for corpus in CORPORA:
            folder = a.corpora / corpus
            for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if row["id"] in seen:
                    continue
                seen.add(row["id"])
                raw = gzip.decompress((folder / row["file"]).read_bytes())
                try:
                    ours = declutter.extract(raw, url=row.get("url"))
                    found = bare_extraction(
                        raw, url=row.get("url"), include_comments=False, include_tables=True
                    )
                    theirs = (found.text if found is not None else None) or ""
                except DeclutterError:
                    continue
                if f1(ours.text, theirs) < AGREE or (dump := w3m_dump(raw)) is None:
                    continue
                name = f"pages/{row['id']}.txt.gz"
                (a.out / name).write_bytes(gzip.compress(dump))
                silver = {"id": row["id"], "file": name, "url": row.get("url"), "body": ours.text}
                silver.update(title=ours.title, source=corpus)
                truth.write(json.dumps(silver, ensure_ascii=False) + "\n")
                kept += 1
    print(f"{kept} of {len(seen)} pages where the two readings agree", file=sys.stderr)


if __name__ == "__main__":
    main()
