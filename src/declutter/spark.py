"""Spark DataFrames of HTML, or WARC files, -> article columns (the ``spark`` extra).

In: a DataFrame with a column of page bytes or text (and, optionally, a
column of URLs); or WARC paths that Spark can read (local, HDFS, S3 ...).
Out: DataFrames with the columns ``title, byline, authors, published,
modified, language, text, error``; ``error`` is ``code: message`` for a row
declutter could not read (the other columns are then null), never a failed
task.

Only the DataFrame API is used -- a Python UDF for pages and a Python UDTF
for WARC files -- so the helpers run on classic PySpark and over Spark
Connect alike.  Workers need declutter installed (and ``PYSPARK_PYTHON``
pointing at a Python that has it).

    >>> from declutter.spark import read_warc, with_articles
    >>> articles = read_warc(spark, "s3a://bucket/crawl/*.warc.gz")
    >>> pages = spark.read.format("binaryFile").load("saved/*.html")
    >>> articles = with_articles(pages, "content")
"""

from __future__ import annotations

from functools import partial
from typing import Any, cast

from declutter.batch import deadline
from declutter.errors import DeclutterError
from declutter.options import Options
from declutter.pipeline import extract
from declutter.warc import read_pages

try:
    from pyspark.sql import Column, DataFrame, SparkSession  # type: ignore[import-not-found,unused-ignore]
    from pyspark.sql import functions as F  # type: ignore[import-not-found,unused-ignore]
    from pyspark.sql.udtf import UserDefinedTableFunction  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - depends on the environment
    raise ImportError("declutter.spark needs PySpark: pip install 'declutter[spark]'") from None

#: Columns added for each page, in order.
ARTICLE_COLUMNS = (
    "title",
    "byline",
    "authors",
    "published",
    "modified",
    "language",
    "text",
    "error",
)
#: The struct the page UDF returns (Spark DDL).
ARTICLE_SCHEMA = (
    "title string, byline string, authors array<string>, published string, "
    "modified string, language string, text string, error string"
)
#: The rows the WARC UDTF yields for each HTML record (Spark DDL).
RECORD_SCHEMA = "source string, url string, payload binary, warc_error string"
#: Seconds one page may take before it is given up (0: no limit), as on the command line.
DEFAULT_TIMEOUT = 10.0
#: The struct column holding a page's article before it is spread into columns.
_ARTICLE = "__declutter_article"


def article_fields(page: Any, url: Any = None, timeout: float = 0.0) -> tuple[Any, ...]:
    """One page (bytes, bytearray, memoryview or str) -> the values of `ARTICLE_COLUMNS`.

    Plain Python, run inside the UDF; any failure, a page taking longer than
    ``timeout`` seconds included, is put in ``error``.
    """
    if page is None:
        return (None,) * 7 + ("missing: no page content",)
    try:
        source = page if isinstance(page, str) else bytes(page)
        with deadline(timeout):  # a hard stop in the main thread; the clock elsewhere
            article = extract(source, url=url or None, options=Options(time_limit=timeout))
    except DeclutterError as exc:
        return (None,) * 7 + (f"{exc.code}: {exc}",)
    except Exception as exc:  # a bug in declutter must not fail the task
        return (None,) * 7 + (f"error: internal error: {type(exc).__name__}: {exc}",)
    return (
        article.title,
        article.byline,
        list(article.authors),
        article.published,
        article.modified,
        article.language,
        article.text,
        None,
    )


def article_column(
    page: Column | str, url: Column | str | None = None, *, timeout: float = DEFAULT_TIMEOUT
) -> Column:
    """A struct column with the article fields of each page (see `ARTICLE_SCHEMA`)."""
    fields = partial(article_fields, timeout=timeout)
    udf = F.udf(fields, ARTICLE_SCHEMA, useArrow=False).asNondeterministic()
    # Non-deterministic: Spark must not inline the UDF once per struct field it reads.
    return udf(_col(page), _col(url) if url is not None else F.lit(None).cast("string"))


def with_articles(
    df: DataFrame,
    page: str = "html",
    url: str | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> DataFrame:
    """``df`` with the `ARTICLE_COLUMNS` added (replacing columns of those names) for
    the page in column ``page``.

    ``url`` names the column of page addresses (None: there is none); pages
    may be binary (any encoding, gzip, MHTML, HTTP message) or strings.  A page
    taking longer than ``timeout`` seconds gets a ``timeout`` error (0: no limit).
    """
    fields = [F.col(f"{_ARTICLE}.{name}").alias(name) for name in ARTICLE_COLUMNS]
    kept = [F.col(name) for name in df.columns if name not in ARTICLE_COLUMNS]
    column = article_column(page, url, timeout=timeout)
    return df.withColumn(_ARTICLE, column).select(*kept, *fields)


class WarcPages:
    """UDTF: one WARC file (path, content) -> a row per HTML record (see `RECORD_SCHEMA`)."""

    def eval(self, row: Any) -> Any:
        """Rows in file order; a broken file ends with a row holding the error."""
        path = str(row["path"])
        try:
            for page in read_pages(bytes(row["content"]), path):
                error = f"unreadable: {page.error}" if page.error else None
                yield page.source, page.url, page.payload or None, error
        except DeclutterError as exc:
            yield path, None, None, f"{exc.code}: {exc}"
        except Exception as exc:  # a bug in declutter must not fail the task
            yield path, None, None, f"error: internal error: {type(exc).__name__}: {exc}"


def warc_records(spark: SparkSession, paths: str | list[str]) -> DataFrame:
    """WARC files -> a DataFrame with a row per HTML record: ``source, url, payload,
    warc_error``.

    Files are read whole by Spark's ``binaryFile`` source (any path Spark can
    read, globs allowed), so each task holds whole files: a WARC file must fit
    in a task's memory a few times over (Common Crawl's are about 1 GB).
    """
    files = spark.read.format("binaryFile").load(paths).select("path", "content")
    pages = cast(
        "UserDefinedTableFunction", F.udtf(WarcPages, returnType=RECORD_SCHEMA, useArrow=False)
    )
    return pages(files.asTable())


def read_warc(
    spark: SparkSession,
    paths: str | list[str],
    *,
    partitions: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> DataFrame:
    """WARC files -> one row per HTML record: ``source, url`` and the `ARTICLE_COLUMNS`.

    ``source`` is ``<path>@<offset>``.  Records are extracted in the task that
    read their file; ``partitions`` spreads them over that many partitions
    first (worth it when there are fewer files than cores).
    """
    records = warc_records(spark, paths)
    if partitions:
        records = records.repartition(partitions)
    articles = with_articles(records, "payload", "url", timeout=timeout)
    error = F.coalesce(F.col("warc_error"), F.col("error")).alias("error")
    named = [F.col(c) for c in ("source", "url", *ARTICLE_COLUMNS[:-1])]
    return articles.select(*named, error)


def _col(name: Column | str) -> Column:
    return F.col(name) if isinstance(name, str) else name
