"""Make a text-dump corpus from an HTML corpus, the way the -text corpora were made.

usage:
    python benchmarks/make_dumps.py ../shared/corpora/trafilatura /tmp/dumps/trafi-text
    python ../shared/eval/score.py /tmp/dumps --runners declutter --corpus trafi-text

Each page is printed with ``w3m -dump -cols 4000`` (w3m must be installed:
``apt-get install w3m``) and stored gzipped beside a copy of the gold, so the
text path can be measured on dev pages nobody tuned it on: the trafilatura
corpus gives "with"/"without" snippets and the headline.  Keep the output
outside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
from pathlib import Path

W3M = ["w3m", "-dump", "-cols", "4000", "-T", "text/html", "-O", "UTF-8"]
#: Seconds w3m may take on one page.
TIMEOUT = 30


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("html_corpus", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    (a.out / "pages").mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in (a.html_corpus / "truth.jsonl").read_text().splitlines()]
    with (a.out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for row in rows:
            html = gzip.decompress((a.html_corpus / row["file"]).read_bytes())
            try:
                done = subprocess.run(
                    W3M, input=html, capture_output=True, timeout=TIMEOUT, check=False
                )
            except subprocess.TimeoutExpired:
                continue
            if done.returncode or not done.stdout.strip():
                continue
            row["file"] = f"pages/{row['id']}.txt.gz"
            (a.out / row["file"]).write_bytes(gzip.compress(done.stdout))
            truth.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
