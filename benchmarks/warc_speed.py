"""Pages per second per core on one WARC: the plain CLI against Spark local mode.

usage: python benchmarks/warc_speed.py [CORPORA_DIR] [--spark] [--cores N]

Builds a gzip-per-record WARC in a temporary folder from the corpora's HTML
pages (each response beside a request and an image record, as crawls have
them), then times ``declutter FILE --format jsonl -j 1`` on it and, with
``--spark`` (needs the spark extra and Java), ``declutter.spark.read_warc`` in
``local[N]``.  CPU seconds are reported next to wall time, so a busy machine
still gives a fair pages-per-core figure; the Spark CPU counts the Python
workers (JVM time is printed apart).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def record(kind: str, uri: str, block: bytes, content_type: str) -> bytes:
    head = (
        f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + block + b"\r\n\r\n")


def http(body: bytes, content_type: str) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def build(corpora: Path, path: Path) -> int:
    pages = 0
    with path.open("wb") as out:
        for corpus in ("aeb", "trafilatura"):
            for line in (corpora / corpus / "truth.jsonl").open(encoding="utf-8"):
                row = json.loads(line)
                page = gzip.decompress((corpora / corpus / row["file"]).read_bytes())
                url = (row.get("url") or f"http://example.com/{row['id']}").replace(" ", "%20")
                request = b"GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"
                out.write(record("request", url, request, "application/http; msgtype=request"))
                response = http(page, "text/html")
                out.write(record("response", url, response, "application/http; msgtype=response"))
                image = http(b"\x89PNG\r\n\x1a\n" + bytes(2000), "image/png")
                out.write(
                    record("response", url + ".png", image, "application/http; msgtype=response")
                )
                pages += 1
    return pages


def cli(path: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "declutter", str(path), "--format", "jsonl", "-j", "1", "-q"]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - t0, cpu


def spark(path: Path, cores: int) -> tuple[float, float, float]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from declutter.spark import read_warc

    session = (
        SparkSession.builder.master(f"local[{cores}]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    read_warc(session, str(path)).limit(1).collect()  # warm the JVM and workers
    before = _tree_cpu()
    t0 = time.perf_counter()
    read_warc(session, str(path), partitions=cores).write.format("noop").mode("overwrite").save()
    wall = time.perf_counter() - t0
    after = _tree_cpu()
    session.stop()
    return wall, after[0] - before[0], after[1] - before[1]


def _tree_cpu() -> tuple[float, float]:
    """CPU seconds of this process's descendants: (python workers, JVM)."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[tuple[int, str, float]]] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
        except OSError:
            continue
        name = stat.split("(", 1)[1].rsplit(")", 1)[0]
        rest = stat.rsplit(")", 1)[1].split()
        cpu = sum(int(x) for x in rest[11:15]) / tick
        children.setdefault(int(rest[1]), []).append((int(proc.name), name, cpu))
    python = jvm = 0.0
    todo = [os.getpid()]
    while todo:
        for pid, name, cpu in children.get(todo.pop(), []):
            if "java" in name:
                jvm += cpu
            else:
                python += cpu
            todo.append(pid)
    return python, jvm


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--spark", action="store_true")
    ap.add_argument("--cores", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.warc.gz"
        pages = build(args.corpora, path)
        wall, cpu = cli(path)
        print(f"{pages} HTML pages in {path.stat().st_size / 1e6:.1f} MB of WARC")
        print(f"CLI -j 1:        {wall:6.1f} s wall, {pages / cpu:6.1f} pages/s per core (CPU)")
        if args.spark:
            wall, python, jvm = spark(path, args.cores)
            print(
                f"Spark local[{args.cores}]: {wall:6.1f} s wall, "
                f"{pages / python:6.1f} pages/s per core (Python CPU), "
                f"{pages / (python + jvm):6.1f} counting the JVM"
            )


if __name__ == "__main__":
    main()
