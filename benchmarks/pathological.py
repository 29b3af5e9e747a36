"""Time and peak memory of declutter on each pathological page of tests/test_reliability.py.

usage: python benchmarks/pathological.py [NAME ...] [--timeout SECONDS]

Each page runs in a fresh process (so peak RSS is that page's own), built
there from the same builders the tests use.  Prints one line a page: input
size, wall-clock and CPU seconds of the extraction (on a shared machine CPU
time does not count the waits for a core), peak RSS, and what came out
(article found, error, or the process killed at the timeout).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {tests!r})
from test_reliability import PAGES, SENTENCE, PARAGRAPHS
import declutter
data = PAGES[{name!r}].build()
start, cpu = time.perf_counter(), time.process_time()
try:
    article = declutter.extract(data)
    found = all(SENTENCE.format(100 + i) in article.text for i in range(PARAGRAPHS))
    outcome = ("article" if found else "other text") + f" ({{len(article.text)}} chars)"
except declutter.DeclutterError as exc:
    outcome = type(exc).__name__
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps([len(data) / 2**20, seconds, cpu, peak, outcome]))
"""


def run(name: str, timeout: float) -> str:
    code = CHILD.format(tests=str(TESTS), name=name)
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            check=False,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        killed = f"{'> ' + str(timeout):>8} s"
        return f"{name:32} {'':>8} {killed} {'':>10} {'':>8}    killed at the timeout"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return f"{name:32} crashed: {last}"
    size, seconds, cpu, peak, outcome = json.loads(done.stdout)
    return f"{name:32} {size:8.2f} {seconds:8.2f} s {cpu:8.2f} s {peak:8.0f}    {outcome}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="pages to run (default: all)")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    sys.path.insert(0, str(TESTS))
    from test_reliability import PAGES

    names = args.names or list(PAGES)
    print(f"{'page':32} {'MB':>8} {'time':>10} {'CPU':>10} {'peak MB':>8}    outcome")
    for name in names:
        print(run(name, args.timeout), flush=True)


if __name__ == "__main__":
    main()
