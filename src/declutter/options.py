"""The one options object.  Frozen, named defaults, read from no globals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: Largest input accepted, after decompression (bytes).
MAX_INPUT_BYTES = 64 * 1024 * 1024
#: Seconds one page may take in `declutter.extract` (the slowest real pages take
#: well under one; the worst crafted ones a few).
TIME_LIMIT_SECONDS = 30.0


@dataclass(frozen=True)
class Options:
    """How `declutter.extract` behaves.

    comments        also collect reader comments into ``Article.comments``
                    (never into ``text``).
    second_opinion  let readability-lxml check the chosen region when the main
                    method is unsure.
    reference_time  "now" for relative dates ("3 hours ago"); when None,
                    relative dates are left out unless the page's save date is
                    known.
    max_bytes       inputs larger than this (after decompression) are refused.
    time_limit      seconds one page may take; past it `DocumentTimeout` is
                    raised at the next checkpoint between steps (None or 0:
                    no limit).
    """

    comments: bool = False
    second_opinion: bool = True
    reference_time: datetime | None = None
    max_bytes: int = MAX_INPUT_BYTES
    time_limit: float | None = TIME_LIMIT_SECONDS


DEFAULT = Options()
