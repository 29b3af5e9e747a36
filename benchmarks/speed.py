"""Speed and memory of declutter against trafilatura and a bare lxml parse, in one run.

usage: python benchmarks/speed.py [CORPORA_DIR] [--limit N] [--memory]

Every runner sees the same raw bytes, in the same process, page by page, so the
ratios are measured side by side (absolute times vary by machine; ratios much
less).  trafilatura is optional: run this with an interpreter that has it
installed (it is never a declutter dependency) to get its column.

--memory  also runs the CLI once over up to 1,000 pages (repeated if the corpora
          hold fewer) in one process, -j 1, and reports peak RSS.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def pages(corpora: Path, limit: int | None) -> list[tuple[str, bytes]]:
    out = []
    for path in sorted(corpora.glob("*/pages/*.gz")):
        out.append((f"{path.parent.parent.name}/{path.name}", gzip.decompress(path.read_bytes())))
    return out[:limit] if limit else out


def runners() -> dict[str, Callable[[bytes], object]]:
    import lxml.html

    import declutter

    def run_declutter(raw: bytes) -> object:
        try:
            return declutter.extract(raw)
        except declutter.DeclutterError:
            return None

    found: dict[str, Callable[[bytes], object]] = {
        "lxml-parse": lxml.html.document_fromstring,
        "declutter": run_declutter,
    }
    try:
        from trafilatura import bare_extraction
    except ImportError:
        print("trafilatura not importable here: its column is left out", file=sys.stderr)
    else:
        found["trafilatura"] = lambda raw: bare_extraction(raw, with_metadata=True)
    return found


def timing(docs: list[tuple[str, bytes]]) -> None:
    table = {}
    for name, run in runners().items():
        times = []
        for _, raw in docs:
            t0 = time.perf_counter()
            with contextlib.suppress(Exception):  # a peer's crash is its own result
                run(raw)
            times.append(time.perf_counter() - t0)
        table[name] = (statistics.median(times) * 1000, sum(times))
    print(f"{len(docs)} pages")
    print(f"{'runner':<13}{'median ms':>11}{'total s':>10}{'x lxml':>9}{'x trafilatura':>15}")
    base = table["lxml-parse"][0]
    traf = table.get("trafilatura", (None, None))[0]
    for name, (med, total) in table.items():
        vs_traf = f"{med / traf:.2f}" if traf else "-"
        print(f"{name:<13}{med:>11.2f}{total:>10.2f}{med / base:>9.2f}{vs_traf:>15}")


def memory(docs: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(1000):
            _, raw = docs[i % len(docs)]
            path = Path(tmp) / f"{i:04d}.html"
            path.write_bytes(raw)
            paths.append(str(path))
        listing = Path(tmp) / "paths.txt"
        listing.write_text("\n".join(paths) + "\n")
        t0 = time.perf_counter()
        cmd = [
            sys.executable,
            "-m",
            "declutter",
            "--from-file",
            str(listing),
            "--format",
            "jsonl",
            "-j",
            "1",
            "-q",
        ]
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"CLI, 1000 pages, one process: {seconds:.1f} s, peak RSS {peak_mb:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--memory", action="store_true")
    args = ap.parse_args()
    docs = [d for d in pages(args.corpora, args.limit) if not d[0].endswith(".txt.gz")]
    timing(docs)
    if args.memory:
        memory(docs)


if __name__ == "__main__":
    main()
