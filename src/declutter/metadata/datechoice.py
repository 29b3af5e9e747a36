"""Date candidates -> the chosen (published, modified) pair, with the day checks.

`choose_dates` takes the first candidate of each list (they come best source
first), drops anything after the reference time, reads a night-time UTC (or
offset-less) timestamp on the local day another statement of the page names,
and drops a ``modified`` before ``published``.  `shown_update` dates a
republished page by the update day it prints under its headline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from functools import cached_property

from declutter.metadata.dates import find_dates

#: Longest line read as a printed date line (characters): longer is body text.
MAX_DATE_LINE = 100
#: Lines after the headline checked for the printed date of a republished page.
SHOWN_AFTER = 15


@dataclass(frozen=True)
class Dates:
    published: str | None = None
    modified: str | None = None
    published_source: str = ""
    modified_source: str = ""


class PrintedNear:
    """Dates printed on short lines just under (and over) the headline, nearest first;
    read only when a check needs them, and then once."""

    def __init__(self, near: tuple[list[str], list[str]], *, month_first: bool) -> None:
        self._lines = near[0][:SHOWN_AFTER] + near[1]
        self._month_first = month_first

    @cached_property
    def dates(self) -> list[str]:
        return [
            iso
            for t in self._lines
            if len(t) <= MAX_DATE_LINE
            for _, iso in find_dates(t, month_first=self._month_first, short_years=True)
        ]


def shown_update(dates: Dates, near: PrintedNear, url_day: str | None = None) -> Dates:
    """Republished pages: when the tags give an older first-publication day but the
    page prints only the update day at its headline, the printed day is the date of
    the article as shown (and so its publication date) - unless the URL names the
    older day too (``url_day``): then that is the publication."""
    pub, mod = dates.published, dates.modified
    if not pub or not mod or pub[:10] == mod[:10] or pub[:10] == url_day:
        return dates
    printed = near.dates
    days = {iso[:10] for iso in printed}
    if mod[:10] in days and pub[:10] not in days:
        shown = next(iso for iso in printed if iso[:10] == mod[:10])
        return replace(
            dates, published=shown, published_source="visible near headline (update shown)"
        )
    return dates


#: Days a page's date may stand from the URL's day (time zones, a post written at night).
URL_DAY_SLACK = 1


def checked_by_url(dates: Dates, pub: list[tuple[str, str]], url_day: str | None) -> Dates:
    """The publication day checked against the day the URL names: a candidate of the
    page on that day wins, and a later printed day with none on it is no publication
    day (a site header's clock, a sidebar's story, the update): the URL's day is
    taken.  A later day from the page's markup stays."""
    chosen = dates.published
    if not url_day or not chosen or _days_apart(chosen, url_day) <= URL_DAY_SLACK:
        return dates
    same = next((c for c in pub if c[1] != "url" and c[0][:10] == url_day), None)
    if same is not None:
        return replace(dates, published=same[0], published_source=f"{same[1]}, the URL's day")
    if chosen[:10] > url_day and dates.published_source.startswith("visible"):
        # a printed date only: the page's own markup beats the URL
        return replace(dates, published=url_day, published_source="url, before the printed date")
    return dates


def _days_apart(iso: str, day: str) -> int:
    try:
        return abs((date.fromisoformat(iso[:10]) - date.fromisoformat(day)).days)
    except ValueError:
        return 0


#: A date printed without a UTC offset may be local time anywhere: up to 14 hours ahead of UTC.
MAX_UTC_OFFSET = timedelta(hours=14)


def not_after(iso: str, now: datetime) -> bool:
    """Whether the date ``iso`` can have been written by the time ``now``.

    With offsets on both sides the instants are compared; a value without an
    offset (or a bare day) is given the widest time zone's lead, so a page's
    local 17:20 is not "in the future" of a 13:05 UTC save.
    """
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return True
    if when.tzinfo is not None and now.tzinfo is not None:
        return when <= now
    ref = now.astimezone(timezone.utc).replace(tzinfo=None) if now.tzinfo else now
    latest = ref + MAX_UTC_OFFSET
    if len(iso) <= len("YYYY-MM-DD"):
        return when.date() <= latest.date()
    return when.replace(tzinfo=None) <= latest


def choose_dates(
    pub: list[tuple[str, str]],
    mod: list[tuple[str, str]],
    now: datetime | None,
    *,
    printed: PrintedNear,
) -> Dates:
    if now is not None:
        pub = [c for c in pub if not_after(c[0], now)]
        mod = [c for c in mod if not_after(c[0], now)]
    published, psrc = pub[0] if pub else (None, "")
    modified, msrc = mod[0] if mod else (None, "")
    if published:
        published, psrc = _local_day(published, psrc, _day_statements(pub[1:], printed))
    if (
        published
        and modified
        and modified[:19] < published[:19]
        and modified[:10] != published[:10]
    ):
        modified, msrc = None, ""
    return Dates(published, modified, psrc, msrc)


#: Length of ``YYYY-MM-DDTHH:MM:SS`` (no offset: often UTC written without a "Z").
NAIVE_DATETIME_LENGTH = 19
#: UTC hours between which the day is the same from America to East Asia.
LATE_MORNING_UTC, EARLY_EVENING_UTC = 8, 16


def _day_statements(
    others: list[tuple[str, str]], printed: PrintedNear
) -> Iterator[tuple[str, str]]:
    """Other dates of the page that may state its local day (lazily: printed ones last)."""
    yield from (c for c in others if c[1] != "<time>")
    for iso in printed.dates[:1]:
        yield iso, "visible near headline"


def _local_day(iso: str, source: str, others: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """A UTC timestamp (or one without offset, often UTC without its "Z") shows the
    day in London, not where the page was published.

    When another statement of the page (the URL, a printed date, a meta tag; not a
    ``<time>`` value, which is usually rendered in UTC too)
    names the neighbouring day on the side the time zone shift allows (the day
    before for a morning UTC time, the day after for an evening one), that
    day is the page's own: it is returned date-only.
    """
    naive = len(iso) == NAIVE_DATETIME_LENGTH
    if len(iso) < NAIVE_DATETIME_LENGTH or not (naive or iso.endswith("+00:00")):
        return iso, source
    when = datetime.fromisoformat(iso)
    day = when.date()
    if LATE_MORNING_UTC <= when.hour < EARLY_EVENING_UTC:
        return iso, source  # the same day from UTC-8 to UTC+8
    shift = timedelta(days=-1 if when.hour < LATE_MORNING_UTC else 1)
    for other, other_source in others:
        if other[:10] == (day + shift).isoformat():
            return other[:10], f"{source}, day from {other_source}"
    return iso, source
