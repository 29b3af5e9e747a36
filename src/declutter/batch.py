"""Command-line inputs -> one outcome per input, in input order, possibly in parallel.

`find_inputs` turns FILE arguments, directories (with ``recursive``) and a
list file into `Job` records; `run_all` extracts and renders each one, in
this process or in a pool of worker processes, and yields `Outcome` records
in input order.  A failing input gives an outcome with an error code, never
an exception, so a batch always reaches its end.  Nothing here prints: the
warnings the library logs for a page (a parser limit met, say) travel in
its outcome for the CLI to show.

A WARC file (known by its bytes) is one input that expands, as it is read,
into one job per HTML record (see `declutter.warc`); the records it skips
are counted in an `ArchiveCount` the caller can report.
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import signal
import stat
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib import import_module
from itertools import islice
from pathlib import Path, PurePath
from types import FrameType
from typing import TYPE_CHECKING

from declutter.errors import (
    DeclutterError,
    DocumentTimeout,
    ExitStatus,
    InputOutputError,
    NoArticleFound,
    UnreadableInput,
)
from declutter.explain import explain_tsv
from declutter.model import Article
from declutter.options import Options
from declutter.serialize import json_line, to_json, to_jsonl, to_markdown, to_text
from declutter.warc import read_pages
from declutter.warcfile import SNIFF_BYTES, is_warc_file, looks_like_warc

if TYPE_CHECKING:
    from concurrent.futures import Future

#: Files a directory walk picks up when no ``--glob`` is given.
DEFAULT_GLOBS = (
    "*.html",
    "*.htm",
    "*.xhtml",
    "*.shtml",
    "*.mhtml",
    "*.mht",
    "*.txt",
    "*.gz",
    "*.warc",
    "*.warc.zst",
    "*.warc.lz4",
)
#: Suffixes dropped from an input's name to make its output name.
INPUT_SUFFIXES = (".gz", ".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".txt")
#: Suffixes dropped from a WARC file's name to make the folder of its records' outputs.
ARCHIVE_SUFFIXES = (".gz", ".zst", ".lz4", ".warc")
#: Output file suffix per format.
OUTPUT_SUFFIX = {"text": ".txt", "json": ".json", "jsonl": ".jsonl", "markdown": ".md"}
#: Largest number of inputs a worker process takes at once.
MAX_CHUNK = 16
#: Chunks sent ahead to each worker; bounds memory when a WARC file streams its pages.
CHUNKS_AHEAD = 4
STDIN = "-"


@dataclass(frozen=True)
class Job:
    """One input: its name as shown, where to read it, and its path relative to its root.

    ``archive`` marks a WARC file, which expands into one job per page; a
    page from one carries its ``url``, or the ``failure`` met reading it.
    """

    source: str
    path: Path | None = None
    data: bytes | None = None
    relative: str = "stdin"
    url: str | None = None
    archive: bool = False
    failure: DeclutterError | None = None


@dataclass
class ArchiveCount:
    """What one WARC file held: pages handed on, and records skipped by reason."""

    source: str
    pages: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """``crawl.warc.gz: 40 pages; skipped 41 request records, 3 not HTML``."""
        reasons = ", ".join(f"{n} {why}" for why, n in self.skipped.most_common())
        pages = f"{self.pages} page{'' if self.pages == 1 else 's'}"
        return f"{self.source}: {pages}; skipped {reasons or 'nothing'}"


@dataclass(frozen=True)
class Settings:
    """What every job is run with."""

    fmt: str = "text"
    explain: bool = False
    url: str | None = None
    options: Options = field(default_factory=Options)
    timeout: float = 0.0
    batch: bool = False
    keep_article: bool = False  # one input with --report: its outcome keeps the Article


@dataclass(frozen=True)
class Outcome:
    """The result of one job: ``output`` (rendered; for JSON formats also on failure)."""

    source: str
    output: str | None
    status: ExitStatus = ExitStatus.OK
    code: str = ""
    message: str = ""
    seconds: float = 0.0
    relative: str = "stdin"
    warnings: tuple[str, ...] = ()
    article: Article | None = None  # only with `Settings.keep_article`

    @property
    def ok(self) -> bool:
        return self.status == ExitStatus.OK


def find_inputs(
    names: Iterable[str],
    *,
    recursive: bool,
    globs: tuple[str, ...],
    stdin: bytes | None,
    skip: Path | None = None,
) -> list[Job]:
    """Expand FILE arguments into jobs; directories are walked only when ``recursive``.

    ``skip`` (the output directory) is never walked into, so earlier outputs
    are not read back as pages.
    """
    jobs: list[Job] = []
    for name in names:
        if name == STDIN:
            data = stdin or b""
            jobs.append(Job("<stdin>", data=data, archive=looks_like_warc(data[:SNIFF_BYTES])))
            continue
        path = Path(name)
        if recursive and path.is_dir():
            jobs += [
                Job(str(p), p, relative=p.relative_to(path).as_posix(), archive=is_warc_file(p))
                for p in walk(path, globs, skip=skip)
            ]
        else:
            jobs.append(_file_job(name, path))
    return jobs


def _file_job(name: str, path: Path) -> Job:
    """A job for one named file; a pipe (``<(zcat ...)``) is read now, as it reads once."""
    try:
        piped = stat.S_ISFIFO(path.stat().st_mode)
        data = path.read_bytes() if piped else None
    except OSError:
        return Job(name, path, relative=_relative(path))
    if data is not None:
        return Job(name, data=data, relative=path.name, archive=looks_like_warc(data[:SNIFF_BYTES]))
    return Job(name, path, relative=_relative(path), archive=is_warc_file(path))


def walk(root: Path, globs: tuple[str, ...], *, skip: Path | None = None) -> list[Path]:
    """Files under ``root`` matching any of ``globs``, sorted; hidden ones and ``skip`` left out."""
    found = []
    skipped = skip.resolve() if skip else None
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and (skipped is None or Path(folder, d).resolve() != skipped)
        )
        for name in sorted(files):
            path = Path(folder, name)
            if not name.startswith(".") and any(path.match(g) for g in globs):
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def output_name(relative: str, fmt: str) -> PurePath:
    """``news/a.html.gz`` -> ``news/a.txt`` (suffix of the output format)."""
    path = PurePath(relative)
    name = path.name
    for suffix in INPUT_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return path.with_name(name + OUTPUT_SUFFIX[fmt])


def run_all(
    jobs: list[Job],
    settings: Settings,
    *,
    workers: int,
    archives: list[ArchiveCount] | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order; ``workers`` > 1 spreads the jobs over processes.

    WARC files are read here, as their pages are needed, and each page is a
    job of its own; an `ArchiveCount` per WARC file is appended to ``archives``.
    """
    streaming = any(job.archive for job in jobs)
    if streaming:
        settings = replace(settings, batch=True)  # each page's output names its record
    todo = expand(jobs, archives=archives, limit=settings.options.max_bytes)
    if workers <= 1 or (len(jobs) <= 1 and not streaming):
        yield from (run_one(job, settings) for job in todo)
        return
    size = MAX_CHUNK if streaming else max(1, min(MAX_CHUNK, len(jobs) // (4 * workers)))
    if not streaming:
        workers = min(workers, -(-len(jobs) // size))
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only with -j 2+

    # Workers are forked: what is imported here they share instead of importing it each
    import_module("declutter.pipeline")
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint)
    pending: deque[Future[list[Outcome]]] = deque()
    try:
        while chunk := list(islice(todo, size)):
            pending.append(pool.submit(run_chunk, chunk, settings))
            if len(pending) >= CHUNKS_AHEAD * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BaseException:
        # Ctrl-C or a closed reader: stop the workers now.  Futures are left
        # uncancelled on purpose: the pool then marks them broken without a fuss.
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False)
        raise
    pool.shutdown()


def expand(
    jobs: Iterable[Job], *, archives: list[ArchiveCount] | None = None, limit: int
) -> Iterator[Job]:
    """The jobs with each WARC file replaced by its pages, read lazily, in file order."""
    for job in jobs:
        if not job.archive:
            yield job
            continue
        count = ArchiveCount(job.source)
        if archives is not None:
            archives.append(count)
        yield from _archive_pages(job, count, limit)


def _archive_pages(job: Job, count: ArchiveCount, limit: int) -> Iterator[Job]:
    """One job per HTML record of a WARC file; a broken file ends with a failed job."""
    folder = archive_folder(job.relative)
    source = job.path if job.data is None else job.data
    assert source is not None
    try:
        for page in read_pages(source, job.source, skipped=count.skipped, limit=limit):
            count.pages += 1
            offset = page.source.rpartition("@")[2]
            yield Job(
                page.source,
                data=page.payload,
                relative=f"{folder}/{offset}.html",
                url=page.url,
                failure=UnreadableInput(page.error) if page.error else None,
            )
    except DeclutterError as exc:
        yield replace(job, archive=False, failure=exc)
    except OSError as exc:
        yield replace(job, archive=False, failure=InputOutputError(exc.strerror or str(exc)))


def archive_folder(relative: str) -> str:
    """``crawls/a.warc.gz`` -> ``crawls/a``: where the outputs of its pages go."""
    path = PurePath(relative)
    name = path.name
    for suffix in ARCHIVE_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return path.with_name(name).as_posix()


def run_chunk(jobs: list[Job], settings: Settings) -> list[Outcome]:
    """`run_one` over a few jobs: one round trip to a worker process for several pages."""
    return [run_one(job, settings) for job in jobs]


def extract(raw: bytes, *, url: str | None, options: Options) -> Article:
    """`declutter.extract`; the pipeline is imported on first use, so ``--version`` stays quick."""
    from declutter.pipeline import extract as pipeline_extract  # noqa: PLC0415

    return pipeline_extract(raw, url=url, options=options)


def run_one(job: Job, settings: Settings) -> Outcome:
    """Read, extract and render one input; every failure becomes an error outcome."""
    import_module("declutter.pipeline")  # the first page pays the import, not its deadline
    with logged_warnings() as said:
        outcome = _run_one(job, settings)
    return replace(outcome, warnings=tuple(said)) if said else outcome


def _run_one(job: Job, settings: Settings) -> Outcome:
    start = time.perf_counter()
    try:
        if job.failure is not None:
            raise job.failure
        raw = job.data if job.data is not None else _read(job)
        with deadline(settings.timeout):
            article = extract(raw, url=job.url or settings.url, options=settings.options)
            output = render(article, job.source, settings)
    except NoArticleFound as exc:  # the partial article still shows why (for --report)
        failed = _failure(job, settings, start, exc.exit_status, exc.code, str(exc))
        return replace(failed, article=exc.article if settings.keep_article else None)
    except DeclutterError as exc:
        return _failure(job, settings, start, exc.exit_status, exc.code, str(exc))
    except Exception as exc:  # a bug: report it on one line and keep going
        message = f"internal error: {type(exc).__name__}: {exc}"
        return _failure(job, settings, start, ExitStatus.ERROR, "error", message)
    seconds = time.perf_counter() - start
    kept = article if settings.keep_article else None
    return Outcome(job.source, output, seconds=seconds, relative=job.relative, article=kept)


class _Collect(logging.Handler):
    """Keeps the one-line message of each record it is given."""

    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(" ".join(record.getMessage().split()))


@contextmanager
def logged_warnings() -> Iterator[list[str]]:
    """The warnings the ``declutter`` logger is given inside the block, as strings."""
    said: list[str] = []
    handler = _Collect(said)
    logger = logging.getLogger("declutter")
    logger.addHandler(handler)
    try:
        yield said
    finally:
        logger.removeHandler(handler)


def render(article: Article, source: str, settings: Settings) -> str:
    """The article in the asked format (``explain`` swaps text/markdown for the TSV)."""
    extra = {"source": source} if settings.batch or settings.fmt == "jsonl" else None
    if settings.fmt == "jsonl":
        return to_jsonl(article, extra=extra, explain=settings.explain)
    if settings.fmt == "json":
        return to_json(article, extra=extra, explain=settings.explain)
    if settings.explain:
        return explain_tsv(article)
    return to_markdown(article) if settings.fmt == "markdown" else to_text(article)


def _failure(  # noqa: PLR0917 - one private call shape
    job: Job, settings: Settings, start: float, status: ExitStatus, code: str, message: str
) -> Outcome:
    message = " ".join(message.split()) or code
    output = None
    if settings.fmt in ("json", "jsonl"):
        where = {"source": job.source, **({"url": job.url} if job.url else {})}
        record = {**where, "error": {"code": code, "message": message}}
        output = json_line(record)
    seconds = time.perf_counter() - start
    return Outcome(job.source, output, status, code, message, seconds, job.relative)


def _read(job: Job) -> bytes:
    assert job.path is not None
    if job.path.is_dir():
        raise InputOutputError("is a directory (use -r to read the files in it)")
    try:
        return job.path.read_bytes()
    except FileNotFoundError as exc:
        if _WEB_ADDRESS.match(job.source):
            raise InputOutputError(_never_fetches(job.source)) from None
        raise InputOutputError(exc.strerror or str(exc)) from None
    except OSError as exc:
        raise InputOutputError(exc.strerror or str(exc)) from None


#: An argument that is a web address, not a file name.
_WEB_ADDRESS = re.compile(r"^https?://", re.I)


def _never_fetches(url: str) -> str:
    """What to do with a web address given as a file: declutter reads saved pages only."""
    quoted = shlex.quote(url)
    return (
        "a web address, and declutter never fetches: it reads saved pages; pipe one in: "
        f"curl -sL {quoted} | declutter - --url {quoted}"
    )


def _relative(path: Path) -> str:
    if path.is_absolute() or ".." in path.parts:
        return path.name
    return path.as_posix()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise `DocumentTimeout` after ``seconds`` (0: no limit; only in the main thread)."""
    armed = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not armed:
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
