"""declutter.spark in Spark local mode: article columns from HTML columns and WARC files.

Needs PySpark (the ``spark`` extra) and Java; skipped with a message without them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_warc import CRAWL, PAGES, archive, page

try:
    pytestmark = [pytest.mark.spark]
except pytest.fail.Exception:  # the marker is not registered in pyproject.toml yet
    pytestmark = []

ARTICLE_COLUMNS = ["title", "byline", "authors", "published", "modified", "language", "text"]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="declutter.spark needs the spark extra (PySpark)")
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java (17 or later)")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers must have declutter
    session = (
        SparkSession.builder.master("local[2]")
        .appName("declutter-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_article_fields_takes_bytes_bytearray_and_str() -> None:
    pytest.importorskip("pyspark", reason="declutter.spark needs the spark extra (PySpark)")
    from declutter.spark import article_fields

    html = page("River floods the market")
    for value in (html, bytearray(html), memoryview(html), html.decode()):
        fields = article_fields(value, "https://example.com/a")
        assert fields[0] == "River floods the market" and fields[-1] is None


def test_article_fields_puts_timeouts_and_bugs_in_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark", reason="declutter.spark needs the spark extra (PySpark)")
    import declutter.spark

    monkeypatch.setattr(declutter.spark, "extract", lambda *a, **k: time.sleep(3))
    fields = declutter.spark.article_fields(b"<p>x</p>", None, timeout=0.2)
    assert fields[:-1] == (None,) * 7 and fields[-1] == "timeout: took longer than 0.2 s"

    monkeypatch.setattr(declutter.spark, "extract", lambda *a, **k: 1 / 0)
    fields = declutter.spark.article_fields(b"<p>x</p>")
    assert fields[-1] == "error: internal error: ZeroDivisionError: division by zero"


def test_html_strings_give_article_columns_and_errors_as_values(spark: Any) -> None:
    from declutter.spark import with_articles

    rows = [
        ("a", page("River floods the market").decode(), "https://example.com/a"),
        ("b", "<html><body><script>go()</script></body></html>", None),
        ("c", None, None),
    ]
    df = spark.createDataFrame(rows, "id string, html string, url string")
    out = with_articles(df, "html", "url").orderBy("id")
    assert out.columns == ["id", "html", "url", *ARTICLE_COLUMNS, "error"]
    first, second, third = out.collect()
    assert first.title == "River floods the market" and first.error is None
    assert first.text.startswith("Paragraph 0: the river rose")
    assert first.authors == []
    assert second.title is None and second.error.startswith("no-article: ")
    assert third.error.startswith("missing: ")


def test_binary_pages_and_no_url_column(spark: Any) -> None:
    from declutter.spark import with_articles

    html = page("Café owners count the cost").replace(b"<head>", b'<head><meta charset="cp1252">')
    html = html.replace("Café".encode(), "Café".encode("cp1252"))
    df = spark.createDataFrame([(bytearray(html),)], "content binary")
    (row,) = with_articles(df, "content", url=None).collect()
    assert row.title == "Café owners count the cost"
    assert row.error is None


def test_many_html_files_through_binary_file(spark: Any, tmp_path: Path) -> None:
    from declutter.spark import with_articles

    for name in ("a", "b"):
        (tmp_path / f"{name}.html").write_bytes(page(f"Story {name}"))
    files = spark.read.format("binaryFile").load(str(tmp_path / "*.html"))
    rows = with_articles(files, "content", url=None).select("path", "title").collect()
    assert sorted(r.title for r in rows) == ["Story a", "Story b"]


@pytest.mark.parametrize("partitions", [None, 2])
def test_read_warc_gives_one_row_per_html_record(
    spark: Any, tmp_path: Path, partitions: int | None
) -> None:
    pytest.importorskip("fastwarc", reason="WARC reading needs the warc extra")
    from declutter.spark import read_warc

    data, offsets = archive(CRAWL, gz=True)
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    out = read_warc(spark, str(tmp_path / "crawl.warc.gz"), partitions=partitions)
    assert out.columns == ["source", "url", *ARTICLE_COLUMNS, "error"]
    rows = sorted(out.collect(), key=lambda r: int(r.source.rpartition("@")[2]))
    assert [r.source.rpartition("/")[2] for r in rows] == [
        f"crawl.warc.gz@{offsets[i]}" for i in PAGES
    ]
    assert [r.url for r in rows] == [CRAWL[i][1] for i in PAGES]
    assert [r.title for r in rows] == [
        "River floods the market",
        "Bridge reopens",
        "Café owners count the cost",
    ]
    assert all(r.error is None for r in rows)


def test_a_broken_warc_file_is_an_error_row_not_a_failed_task(spark: Any, tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="WARC reading needs the warc extra")
    from declutter.spark import read_warc

    data, offsets = archive(CRAWL, gz=False)
    (tmp_path / "good.warc").write_bytes(data)
    (tmp_path / "cut.warc").write_bytes(data[: offsets[4]] + b"garbage " * 50)
    rows = read_warc(spark, str(tmp_path / "*.warc")).collect()
    errors = [r for r in rows if r.error]
    assert len(rows) == 3 + 2
    assert [r.source.rpartition("/")[2] for r in errors] == ["cut.warc"]
    assert errors[0].error.startswith("unreadable: broken WARC file")


CONNECT_SCRIPT = """
import json, sys
from pyspark.sql import SparkSession
from declutter.spark import read_warc, with_articles
spark = SparkSession.builder.remote("local[2]").getOrCreate()
assert type(spark).__module__.startswith("pyspark.sql.connect"), type(spark)
html = sys.argv[1]
df = spark.createDataFrame([(html, "https://example.com/a")], "html string, url string")
pages = [r.title for r in with_articles(df, "html", "url").collect()]
warc = [(r.url, r.title, r.error) for r in read_warc(spark, sys.argv[2], partitions=2).collect()]
spark.stop()
print(json.dumps({"pages": pages, "warc": sorted(warc)}))
"""


def test_over_spark_connect(tmp_path: Path) -> None:
    """The helpers use the DataFrame API only, so they run over Spark Connect too."""
    pytest.importorskip("pyspark", reason="declutter.spark needs the spark extra (PySpark)")
    for module in ("grpc", "pandas", "pyarrow", "fastwarc"):
        pytest.importorskip(module, reason="Spark Connect needs pyspark[connect]")
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java (17 or later)")
    data, _ = archive(CRAWL, gz=True)
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    html = page("River floods the market").decode()
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    done = subprocess.run(
        [
            sys.executable,
            "-W",
            "ignore",
            "-c",
            CONNECT_SCRIPT,
            html,
            str(tmp_path / "crawl.warc.gz"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["pages"] == ["River floods the market"]
    assert [title for _, title, _ in result["warc"]] == [
        "River floods the market",
        "Bridge reopens",
        "Café owners count the cost",
    ]
