"""Dates later than the reference time (a save date) are dropped, time zones allowed for."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from declutter.metadata.datechoice import not_after

SAVED = datetime(2022, 1, 12, 13, 5, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("2022-01-12T17:20:00", True),  # local time east of UTC, no offset printed
        ("2022-01-12T17:20:00+06:00", True),  # 11:20 UTC
        ("2022-01-12T17:20:00+00:00", False),  # after the save, offsets on both sides
        ("2022-01-13", True),  # a bare day already begun east of UTC
        ("2022-01-14", False),
        ("2022-01-13T09:00:00", False),  # beyond any time zone's lead
        ("not a date", True),
    ],
)
def test_not_after(iso: str, expected: bool) -> None:
    assert not_after(iso, SAVED) is expected


def test_naive_reference_time() -> None:
    assert not_after("2022-01-12T17:20:00", SAVED.replace(tzinfo=None))
    assert not not_after("2022-01-13T04:00:00", SAVED.replace(tzinfo=None) - timedelta(hours=1))
