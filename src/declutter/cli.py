"""The ``declutter`` command: arguments in, results on stdout (or files), diagnostics on stderr.

The only module that prints.  It parses the command line, asks `batch` for
one outcome per input and writes them: results to stdout, ``-o`` or
``--output-dir``; one ``declutter: <file>: <message>`` line per problem to
stderr; an exit code from `ExitStatus`.  No traceback ever reaches the user.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import click

from declutter import __version__
from declutter.batch import (
    DEFAULT_GLOBS,
    STDIN,
    ArchiveCount,
    Job,
    Outcome,
    Settings,
    find_inputs,
    output_name,
    run_all,
)
from declutter.errors import ExitStatus, worst
from declutter.model import Article
from declutter.options import Options

#: Seconds one page may take before it is given up (``--timeout``).
DEFAULT_TIMEOUT = 10.0

EPILOG = """\b
Exit codes:
  0    every input gave an article
  1    unexpected error (a bug: please report it)
  2    bad command line
  3    a page holds no article text
  4    an input is not a readable page (empty, binary, image, PDF, broken gzip)
  5    an input could not be read or an output could not be written
  6    a page took longer than --timeout
  130  interrupted (Ctrl-C)
With several inputs declutter keeps going past a bad one and exits with the
most severe code met (1, 5, 6, 4, 3 in that order).

\b
Examples:
  declutter page.html
  declutter --format markdown page.mhtml -o page.md
  curl -s https://example.com/news/1 | declutter - --url https://example.com/news/1
  declutter --json page.html.gz
  declutter -r saved/ --glob '*.html' --format jsonl > articles.jsonl
  declutter --from-file paths.txt --output-dir out/ -j 2
  declutter --explain page.html | grep -v '^content'
  declutter page.html --report why.html -o article.txt
  declutter crawl.warc.gz --format jsonl > articles.jsonl
"""


#: Help is laid out for this width everywhere, so docs/cli-help.txt can be checked.
HELP_WIDTH = 80


@click.command(
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "terminal_width": HELP_WIDTH},
)
@click.argument("files", nargs=-1, metavar="[FILE]...", type=click.Path(allow_dash=True))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl", "markdown"]),
    default="text",
    show_default=True,
    help="Output format; jsonl gives one object per input with its 'source'.",
)
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write results to FILE.")
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False),
    help="Write one file per input under DIR, mirroring relative paths.",
)
@click.option("--force", is_flag=True, help="Let --output-dir overwrite earlier outputs.")
@click.option("--url", help="The page's address (beats any URL found in the page).")
@click.option("--comments", is_flag=True, help="Also collect reader comments (never in the body).")
@click.option(
    "--explain",
    is_flag=True,
    help="Show every block with its label and reason, then where each field came from.",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Also write FILE: an HTML page of every block, removed ones folded with "
    "their label and reason, and the metadata sources (one input only; the "
    "usual output is still written; a page without article text gets its "
    "report too, showing why each block was dropped).",
)
@click.option("-r", "--recursive", is_flag=True, help="Read the pages in directories.")
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="Files a directory walk takes (repeatable; default: pages, .txt, .gz and WARC files).",
)
@click.option(
    "--from-file",
    type=click.Path(allow_dash=True, dir_okay=False),
    help="Read input paths from FILE, one a line ('-' for stdin).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes (default: number of CPU cores); order is kept.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds one page may take (0: no limit).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary and no warnings.")
@click.option("-v", "--verbose", is_flag=True, help="Also report each input with its time.")
@click.version_option(__version__, "-V", "--version")
def main(**params: Any) -> None:
    """Extract the article from saved news pages: title, byline, dates, body.

    FILE may be HTML in any encoding, gzip, MHTML, a page saved with its
    HTTP headers, a plain-text dump, or a WARC archive (one result per HTML
    record; needs declutter[warc]).  No FILE, or '-', reads stdin.

    With several inputs, text output heads each article with '==> FILE <==',
    json gives one array, and jsonl one line per input in input order (an
    input that fails gives {"source": ..., "error": {"code": ..., "message":
    ...}}).
    """
    try:
        status = _run(**params)
    except click.UsageError:
        raise
    except KeyboardInterrupt:
        _say("interrupted")
        status = ExitStatus.INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        status = ExitStatus.OK
    except Exception as exc:  # a bug: one line, never a traceback
        _say(f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())}")
        status = ExitStatus.ERROR
    sys.exit(int(status))


def _run(  # noqa: PLR0917 - mirrors the command's options
    files: tuple[str, ...],
    fmt: str,
    as_json: bool,
    output: str | None,
    output_dir: str | None,
    force: bool,
    url: str | None,
    comments: bool,
    explain: bool,
    report: str | None,
    recursive: bool,
    globs: tuple[str, ...],
    from_file: str | None,
    jobs: int | None,
    timeout: float,
    quiet: bool,
    verbose: bool,
) -> ExitStatus:
    fmt = "json" if as_json else fmt
    if output and output_dir:
        raise click.UsageError("use either -o/--output or --output-dir, not both")
    names = list(files)
    if from_file:
        if from_file == STDIN and STDIN in names:
            raise click.UsageError("stdin cannot hold both the path list and a page")
        try:
            names += _read_list(from_file)
        except OSError as exc:
            _say(f"{from_file}: {exc.strerror or exc}")
            return ExitStatus.IO_ERROR
    elif not names:
        names = [STDIN]
    if names.count(STDIN) > 1:
        raise click.UsageError("'-' (stdin) can be given only once")
    stdin = sys.stdin.buffer.read() if STDIN in names else None
    todo = find_inputs(
        names,
        recursive=recursive,
        globs=globs or DEFAULT_GLOBS,
        stdin=stdin,
        skip=Path(output_dir) if output_dir else None,
    )
    if not todo:
        _say("no input files found")
        return ExitStatus.IO_ERROR
    inputs = {p.resolve() for p in (j.path for j in todo) if p is not None}
    if output and Path(output).resolve() in inputs:
        _say(f"{output}: refusing to write over an input file")
        return ExitStatus.IO_ERROR
    archived = any(j.archive for j in todo)
    batch = len(todo) > 1 or recursive or from_file is not None or archived
    if report is not None:
        if batch:
            raise click.UsageError("--report takes exactly one input")
        if output and Path(output).resolve() == Path(report).resolve():
            raise click.UsageError("--report and -o/--output name the same file")
        if Path(report).resolve() in inputs:
            _say(f"{report}: refusing to write over an input file")
            return ExitStatus.IO_ERROR
    settings = Settings(
        fmt=fmt,
        explain=explain,
        url=url,
        options=Options(comments=comments, time_limit=timeout),
        timeout=timeout,
        batch=batch,
        keep_article=report is not None,
    )
    workers = jobs or os.cpu_count() or 1
    started = time.perf_counter()
    archives: list[ArchiveCount] = []
    outcomes = run_all(todo, settings, workers=workers, archives=archives)
    status, failed, seen = ExitStatus.OK, 0, 0
    with _Writer(output, output_dir, force, inputs, settings) as writer:
        for outcome in _progress(outcomes, todo, quiet=quiet or verbose, sized=not archived):
            seen += 1
            written = writer.write(outcome)
            if not written.ok:  # one line, with any limit met on the way
                failed += 1
                status = worst(status, written.status)
                said = "".join(f" ({warning})" for warning in written.warnings)
                _say(f"{written.source}: {written.message}{said}")
            else:
                if verbose:
                    _say(f"{written.source}: ok in {1000 * written.seconds:.1f} ms")
                for warning in () if quiet else written.warnings:  # the result may be partial
                    _say(f"{written.source}: warning: {warning}")
            if report is not None and written.article is not None:
                problem = _write_report(written.article, written.source, report)
                if problem:
                    status = worst(status, ExitStatus.IO_ERROR)
                    _say(f"{report}: {problem}")
    if batch and not quiet:
        seconds = time.perf_counter() - started
        for archive in archives:
            _say(archive.summary())
        unit = "pages" if archives else "files"
        _say(f"{seen} {unit}, {seen - failed} ok, {failed} failed, {seconds:.2f} s")
    return status


class _Writer:
    """Where outcomes go: stdout, one ``-o`` file, or one file per input under a directory."""

    def __init__(
        self,
        output: str | None,
        output_dir: str | None,
        force: bool,
        inputs: set[Path],
        settings: Settings,
    ) -> None:
        self.output, self.force, self.inputs, self.settings = output, force, inputs, settings
        self.directory = Path(output_dir) if output_dir else None
        self.as_array = settings.fmt == "json" and settings.batch and not self.directory
        self.stream: IO[bytes] | None = None
        self.count = 0
        self.written: set[Path] = set()

    def __enter__(self) -> _Writer:
        if self.directory is None:
            self.stream = Path(self.output).open("wb") if self.output else sys.stdout.buffer
        return self

    def __exit__(self, *exc: object) -> None:
        if self.stream is None:
            return
        if self.as_array and exc[0] is None:
            self._emit("[]\n" if not self.count else "\n]\n")
        if self.output:
            self.stream.close()
        else:
            self.stream.flush()

    def write(self, outcome: Outcome) -> Outcome:
        """Write one outcome; a failed write comes back as an I/O error outcome."""
        if outcome.output is None:
            return outcome
        if self.directory is not None:
            return self._to_file(outcome) if outcome.ok else outcome
        text = outcome.output
        if self.as_array:
            text = ("[\n" if not self.count else ",\n") + text.rstrip("\n")
        elif self.settings.batch and self.settings.fmt in ("text", "markdown"):
            mark = (
                "==> {} <=="
                if self.settings.fmt == "text" or self.settings.explain
                else "<!-- {} -->"
            )
            text = ("\n" if self.count else "") + mark.format(outcome.source) + "\n" + text
        self._emit(text)
        self.count += 1
        return outcome

    def _emit(self, text: str) -> None:
        assert self.stream is not None
        self.stream.write(text.encode("utf-8"))
        self.stream.flush()

    def _to_file(self, outcome: Outcome) -> Outcome:
        assert self.directory is not None and outcome.output is not None
        target = self.directory / output_name(outcome.relative, self.settings.fmt)
        resolved = target.resolve()
        problem = ""
        if resolved in self.inputs:
            problem = f"refusing to write over the input {target}"
        elif resolved in self.written:
            problem = f"{target} was already written by another input"
        elif target.exists() and not self.force:
            problem = f"{target} exists (use --force to overwrite)"
        if not problem:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(outcome.output.encode("utf-8"))
            except OSError as exc:
                problem = f"cannot write {target}: {exc.strerror or exc}"
        if problem:
            return replace(
                outcome, output=None, status=ExitStatus.IO_ERROR, code="io", message=problem
            )
        self.written.add(resolved)
        return outcome


def _write_report(article: Article, source: str, target: str) -> str:
    """Write the HTML report of ``article``; a problem comes back as a message.

    A page without article text still has its report: the metadata and
    every block with the reason it was dropped, which is what one wants to see.
    """
    from declutter.report import report_html  # noqa: PLC0415 - imported here: quick start-up

    try:
        Path(target).write_text(report_html(article, source=source), "utf-8")
    except OSError as exc:
        return f"cannot write the report: {exc.strerror or exc}"
    return ""


def _progress(
    outcomes: Iterator[Outcome], todo: list[Job], *, quiet: bool, sized: bool = True
) -> Iterator[Outcome]:
    """A progress bar on a terminal; ``sized`` False (WARC input) when the count is unknown."""
    stderr = sys.stderr
    if quiet or (sized and len(todo) < 2) or not stderr.isatty():
        yield from outcomes
        return
    length = len(todo) if sized else None
    with click.progressbar(outcomes, length=length, file=stderr, label="declutter") as bar:
        yield from bar


def _read_list(name: str) -> list[str]:
    """Paths from a list file: one a line; blank lines and ``#`` comments skipped."""
    raw = sys.stdin.buffer.read() if name == STDIN else Path(name).read_bytes()
    lines = (line.strip() for line in raw.decode("utf-8", "replace").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _say(message: str) -> None:
    click.echo(f"declutter: {message}", err=True)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
