"""Speed and memory of declutter against trafilatura and a bare lxml parse, in one run.

usage: python benchmarks/speed.py [CORPORA_DIR] [--limit N] [--wall] [--memory] [--big]
                                  [--startup]

Every runner sees the same raw bytes, in the same process, page by page and
interleaved (page 1 through every runner, then page 2 ...), so the ratios are
measured side by side and a burst of load from other processes hits all
runners alike.  Times are CPU time of this process (``time.process_time``)
unless ``--wall`` is given: on a shared machine CPU time does not count the
time spent waiting for a core.  Absolute times vary by machine; ratios much
less.  trafilatura is optional: run this with an interpreter that has it
installed (it is never a declutter dependency) to get its column.

--memory   the CLI over 1,000 pages (the corpus pages repeated) with -j 1 and
           with -j 2: seconds, pages per second, peak RSS of the largest process.
--big      one 50 MB page (a huge inline script before the article) through
           `declutter.extract` in a fresh process: seconds and peak RSS.
--startup  ``declutter --version`` start-up (median of 9 runs), against a bare
           ``python -c pass``.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
#: Pages the CLI memory run reads (the corpus pages repeated as needed).
MEMORY_PAGES = 1000
#: Size of the inline script put before the article in the big page.
BIG_SCRIPT_BYTES = 50 * 2**20
#: Runs of ``declutter --version`` whose median is reported.
STARTUP_RUNS = 9

#: Runs a command and prints its seconds and the peak RSS (KB) of its largest
#: process (children included) as JSON: a fresh process per measured run, so
#: one run's peak never hides another's.
PEAK_CHILD = """
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
seconds = time.perf_counter() - t0
print(json.dumps([seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))
"""

#: Builds the big page (bytes, one copy) and extracts it; prints seconds, RSS
#: before the call and peak RSS (KB), and the article's length.
BIG_CHILD = """
import json, resource, sys, time
import declutter
story = b"".join(
    b"<p>Paragraph %d of the story says something that a reader wants to read.</p>" % i
    for i in range(20)
)
page = b"".join([
    b"<html><head><title>Big</title></head><body><script>var data = '",
    b"x" * {size},
    b"';</script><article><h1>Big page</h1>", story, b"</article></body></html>",
])
try:  # current (not peak) RSS: the page's build left a freed 50 MB behind
    with open("/proc/self/statm") as statm:
        before = int(statm.read().split()[1]) * resource.getpagesize() // 1024
except OSError:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
article = declutter.extract(page)
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps([seconds, before, peak, len(article.text)]))
"""


def pages(corpora: Path, limit: int | None) -> list[tuple[str, bytes]]:
    out = []
    for path in sorted(corpora.glob("*/pages/*.gz")):
        if path.name.endswith(".txt.gz"):  # text dumps: no HTML to parse
            continue
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
        from trafilatura import bare_extraction  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print("trafilatura not importable here: its column is left out", file=sys.stderr)
    else:
        found["trafilatura"] = lambda raw: bare_extraction(raw, with_metadata=True)
    return found


def timing(docs: list[tuple[str, bytes]], *, wall: bool) -> None:
    clock = time.perf_counter if wall else time.process_time
    run = runners()
    for fn in run.values():  # warm-up: imports, lazily compiled tables
        with contextlib.suppress(Exception):
            fn(docs[0][1])
    times: dict[str, list[float]] = {name: [] for name in run}
    for _, raw in docs:
        for name, fn in run.items():
            t0 = clock()
            with contextlib.suppress(Exception):  # a peer's crash is its own result
                fn(raw)
            times[name].append(clock() - t0)
    print(f"{len(docs)} pages, {'wall' if wall else 'CPU'} time")
    print(f"{'runner':<13}{'median ms':>11}{'total s':>10}{'x lxml':>9}{'x trafilatura':>15}")
    table = {name: (statistics.median(t) * 1000, sum(t)) for name, t in times.items()}
    base = table["lxml-parse"][0]
    traf = table.get("trafilatura", (None, None))[0]
    for name, (med, total) in table.items():
        vs_traf = f"{med / traf:.2f}" if traf else "-"
        print(f"{name:<13}{med:>11.2f}{total:>10.2f}{med / base:>9.2f}{vs_traf:>15}")


def _peak(cmd: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of ``cmd``, measured in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_CHILD, *cmd], capture_output=True, text=True, check=True
    )
    seconds, peak_kb = json.loads(done.stdout)
    return seconds, peak_kb / 1024


def memory(docs: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(MEMORY_PAGES):
            _, raw = docs[i % len(docs)]
            path = Path(tmp) / f"{i:04d}.html"
            path.write_bytes(raw)
            paths.append(str(path))
        listing = Path(tmp) / "paths.txt"
        listing.write_text("\n".join(paths) + "\n")
        for jobs in (1, 2):
            cmd = [sys.executable, "-m", "declutter", "--from-file", str(listing)]
            cmd += ["--format", "jsonl", "-j", str(jobs), "-q"]
            seconds, peak = _peak(cmd)
            print(
                f"CLI, {MEMORY_PAGES} pages, -j {jobs}: {seconds:.1f} s, "
                f"{MEMORY_PAGES / seconds:.0f} pages/s, peak RSS {peak:.0f} MB"
            )


def big() -> None:
    code = BIG_CHILD.format(size=BIG_SCRIPT_BYTES)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        print(f"50 MB page: failed: {last}")
        return
    seconds, before_kb, peak_kb, chars = json.loads(done.stdout)
    print(f"50 MB page (script before the article): {seconds:.2f} s, ", end="")
    print(f"peak RSS {peak_kb / 1024:.0f} MB ({before_kb / 1024:.0f} MB before the call), ", end="")
    print(f"article text {chars} chars")


def startup() -> None:
    script = shutil.which("declutter", path=str(Path(sys.executable).parent))
    cmd = [script] if script else [sys.executable, "-m", "declutter"]

    def median_ms(argv: list[str]) -> float:
        runs = []
        for _ in range(STARTUP_RUNS):
            t0 = time.perf_counter()
            subprocess.run(argv, capture_output=True, check=False)
            runs.append(time.perf_counter() - t0)
        return statistics.median(runs) * 1000

    print(f"declutter --version: {median_ms([*cmd, '--version']):.0f} ms median", end="")
    print(f" (python -c pass: {median_ms([sys.executable, '-c', 'pass']):.0f} ms)")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--wall", action="store_true", help="wall-clock instead of CPU time")
    ap.add_argument("--memory", action="store_true")
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--startup", action="store_true")
    args = ap.parse_args()
    docs = pages(args.corpora, args.limit)
    if not docs:
        sys.exit(f"no pages under {args.corpora}/*/pages/")
    timing(docs, wall=args.wall)
    if args.memory:
        memory(docs)
    if args.big:
        big()
    if args.startup:
        startup()


if __name__ == "__main__":
    main()
