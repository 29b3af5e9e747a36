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
from collections.abc import Callable
from pathlib import Path

W3M = ["w3m", "-dump", "-cols", "4000", "-T", "text/html", "-O", "UTF-8"]
#: Seconds w3m may take on one page.
TIMEOUT = 30


def w3m_dump(html: bytes, charset: str | None = None) -> bytes | None:
    """The page as ``w3m -dump -cols 4000`` prints it (read as ``charset`` when given),
    or None when w3m fails, takes too long or prints nothing."""
    command = [*W3M, "-I", charset] if charset else W3M
    try:
        done = subprocess.run(
            command, input=html, capture_output=True, timeout=TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        return None
    return done.stdout if not done.returncode and done.stdout.strip() else None


def dump_corpus(
    html_corpus: Path,
    out: Path,
    page: Callable[[bytes], bytes] = lambda raw: raw,
    charset: str | None = None,
) -> None:
    """Each page of ``html_corpus`` (made into ``page(raw)``) dumped into ``out``, gzipped,
    beside a copy of its gold; pages ``page`` refuses (ValueError) or w3m fails on are left out."""
    (out / "pages").mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in (html_corpus / "truth.jsonl").read_text().splitlines()]
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for row in rows:
            try:
                html = page(gzip.decompress((html_corpus / row["file"]).read_bytes()))
            except ValueError:
                continue
            dump = w3m_dump(html, charset)
            if dump is None:
                continue
            row["file"] = f"pages/{row['id']}.txt.gz"
            (out / row["file"]).write_bytes(gzip.compress(dump))
            truth.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("html_corpus", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    dump_corpus(a.html_corpus, a.out)


if __name__ == "__main__":
    main()
