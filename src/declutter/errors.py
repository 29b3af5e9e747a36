"""declutter's exceptions and the CLI's exit codes.

Every failure that `extract()` reports is a `DeclutterError`; no lxml,
Unicode or zlib error escapes.  Each error class carries the exit code the
CLI uses for it and a stable short ``code`` for JSON error records.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from declutter.model import Article


class ExitStatus(IntEnum):
    """Exit codes of the ``declutter`` command (stable, documented)."""

    OK = 0
    #: something went wrong that is not described below (a bug: please report it)
    ERROR = 1
    #: bad command line (click's own code)
    USAGE = 2
    #: the input was read, but no article text was found in it
    NO_ARTICLE = 3
    #: the input cannot be read as a page: empty, binary, image, PDF, broken gzip...
    UNREADABLE = 4
    #: an input file could not be opened, or an output could not be written
    IO_ERROR = 5
    #: a page took longer than ``--timeout`` seconds
    TIMEOUT = 6
    #: interrupted by Ctrl-C
    INTERRUPTED = 130


class DeclutterError(Exception):
    """Base class of every error `declutter.extract` raises."""

    exit_status = ExitStatus.ERROR
    code = "error"


class UnreadableInput(DeclutterError):
    """The input is not a page: empty, binary, an image or PDF, broken gzip, too large."""

    exit_status = ExitStatus.UNREADABLE
    code = "unreadable"


class NoArticleFound(DeclutterError):
    """The input is a page, but it holds no article text (script-only, a bare index...).

    ``article`` carries what was found anyway: the metadata and every labelled
    block (its ``text`` is empty), so callers can still read the title and
    dates or see why each block was dropped.
    """

    exit_status = ExitStatus.NO_ARTICLE
    code = "no-article"

    def __init__(self, message: str, article: Article | None = None) -> None:
        super().__init__(message)
        self.article = article


class DocumentTimeout(DeclutterError):
    """One page took longer than the time it was given (the CLI's ``--timeout``)."""

    exit_status = ExitStatus.TIMEOUT
    code = "timeout"


class InputOutputError(DeclutterError):
    """An input could not be read or an output could not be written (never over an input)."""

    exit_status = ExitStatus.IO_ERROR
    code = "io"


#: Exit codes from most to least severe: with several inputs the CLI exits
#: with the most severe code any of them gave.
SEVERITY = (
    ExitStatus.INTERRUPTED,
    ExitStatus.ERROR,
    ExitStatus.IO_ERROR,
    ExitStatus.TIMEOUT,
    ExitStatus.UNREADABLE,
    ExitStatus.NO_ARTICLE,
    ExitStatus.OK,
)


def worst(a: ExitStatus, b: ExitStatus) -> ExitStatus:
    """The more severe of two exit codes."""
    return a if SEVERITY.index(a) <= SEVERITY.index(b) else b
