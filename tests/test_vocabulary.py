"""The shared section-heading vocabulary and the two paths that read it."""

from __future__ import annotations

import re

import pytest

from declutter import vocabulary
from declutter.body import rules, textrules
from declutter.textdump import words


def test_phrases_are_lower_case_and_under_one_label() -> None:
    seen: dict[str, str] = {}
    for label, phrases in vocabulary.HEADINGS.items():
        for phrase in phrases:
            assert phrase == phrase.lower().strip(), phrase
            assert seen.setdefault(phrase, label) == label, phrase


def test_both_paths_read_every_shared_phrase() -> None:
    for label, phrases in vocabulary.HEADINGS.items():
        assert set(phrases) <= set(rules.HEADING_WORDS[label])
        assert set(phrases) <= set(words.SECTION_HEADINGS[label])


def test_path_extras_do_not_repeat_the_shared_words() -> None:
    for extras in (rules.HTML_HEADING_WORDS, words.TEXT_SECTION_HEADINGS):
        for label, phrases in extras.items():
            assert not set(phrases) & set(vocabulary.HEADINGS.get(label, ()))


@pytest.mark.parametrize("agency", vocabulary.PHOTO_AGENCIES)
def test_both_paths_read_every_photo_agency(agency: str) -> None:
    html_caption = re.compile(textrules.CAPTION_LINE, re.I)
    assert html_caption.search(f"Troops near the border. {agency.upper()}/Jane Doe")
    assert words.CAPTION_END.search(f"Troops near the border. {agency.upper()}/Jane Doe")


@pytest.mark.parametrize("phrase", vocabulary.READ_MORE)
def test_both_paths_read_every_read_more_phrase(phrase: str) -> None:
    assert re.match(textrules.READ_MORE_LINK, phrase, re.I)
    assert words.READ_MORE.search(f"The talks will go on next week. {phrase}")


@pytest.mark.parametrize("label", vocabulary.TAG_LABELS)
def test_both_paths_read_every_tags_label(label: str) -> None:
    html_tags = re.compile(textrules.FURNITURE_LINES["tags"], re.I)
    assert html_tags.match(f"{label}: harbour, ferry, council")
    assert words.TAGS_PREFIX.match(f"{label.title()}: Harbour, Ferry")


@pytest.mark.parametrize("line", ["Themenwoche am Hafen: die Fähre", "Tagesschau: Fähre fährt"])
def test_a_tags_label_is_a_whole_word(line: str) -> None:
    assert not re.match(textrules.FURNITURE_LINES["tags"], line, re.I)
    assert not words.TAGS_PREFIX.match(line)
