"""Golden pages: every ``fixtures/<slug>/`` holds a source page and what declutter must give.

A fixture folder has exactly one ``source.*`` file (``.html``, ``.txt``, ``.mhtml``,
``.gz`` ...) and ``expected.json``.  Every key in ``expected.json`` is compared
with ``Article.to_dict()``; keys left out are not checked.  An optional
``url`` file holds the page address passed to `extract`.  Add a case by
adding a folder; the test id is the slug.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import declutter

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p for p in FIXTURES.iterdir() if (p / "expected.json").is_file())


def _source(case: Path) -> Path:
    sources = sorted(case.glob("source.*"))
    assert len(sources) == 1, f"{case.name}: want exactly one source.* file, found {sources}"
    return sources[0]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    url_file = case / "url"
    url = url_file.read_text(encoding="utf-8").strip() if url_file.is_file() else None
    article = declutter.extract(_source(case).read_bytes(), url=url)
    got = article.to_dict()
    for key, want in expected.items():
        assert got.get(key) == want, f"{case.name}: field {key!r}"


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 13, "the seed plus at least 12 hand-written layouts"
