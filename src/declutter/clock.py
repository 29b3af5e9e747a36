"""A per-document time limit that works in any thread: seconds in, `DocumentTimeout` out.

`extract` opens a `time_limit` around one page; the stages call `checkpoint`
between steps and every so often inside their long loops.  A checkpoint past
the limit raises `DocumentTimeout`, so a page that would take minutes stops
within one step of its limit, in a worker thread or a Spark task as well as
in the main thread (where the CLI also keeps its hard ``SIGALRM`` stop).

The running limit lives in a `ContextVar`, not a global: each thread and
each asyncio task sees its own, and nested limits restore the outer one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from time import monotonic

from declutter.errors import DocumentTimeout

#: How many blocks a long loop handles between two looks at the clock.
CHECK_EVERY = 512

_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("declutter_deadline", default=None)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Give the code inside ``seconds`` (None or <= 0: no limit of its own)."""
    if seconds is None or seconds <= 0:
        yield
        return
    end = monotonic() + seconds
    outer = _DEADLINE.get()
    if outer is not None and outer[0] < end:  # an enclosing, tighter limit stays
        yield
        return
    token = _DEADLINE.set((end, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def checkpoint(stage: str) -> None:
    """Raise `DocumentTimeout` when the running limit has passed."""
    limit = _DEADLINE.get()
    if limit is not None and monotonic() > limit[0]:
        raise DocumentTimeout(f"took longer than {limit[1]:g} s (stopped in {stage})")
