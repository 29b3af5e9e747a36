"""Shared pytest set-up: markers registered here until pyproject.toml lists them."""

from __future__ import annotations

import pytest

#: Markers this directory adds to the ones in pyproject.toml (``--strict-markers`` is on).
MARKERS = ("chromium: renders with headless Chromium; skips when `chromium` is not on PATH",)


def pytest_configure(config: pytest.Config) -> None:
    for marker in MARKERS:
        config.addinivalue_line("markers", marker)
