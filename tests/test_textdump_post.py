"""The short blog post above its comment form (`textdump.post`), on hand-built dumps."""

from __future__ import annotations

import textwrap

from declutter.options import DEFAULT
from declutter.textdump import extract_dump

PINGBACK = (
    "A quiet week – the notebook – A small basket came down on a string from a fourth floor "
    "balcony with a coin in it and a note asking for bread rolls from the bakery"
)


def _text(dump: str, url: str | None = None) -> str:
    _, blocks = extract_dump(textwrap.dedent(dump), url=url, options=DEFAULT)
    return "\n".join(b.text for b in blocks if b.kept)


def test_post_closed_by_tags_beats_pingbacks_below_comments() -> None:
    text = _text(
        f"""\
        the notebook

          • Blog
          • Archive

        Basket on a string

        11.09.2011, 16:20 by stefan

        A small basket came down on a string from a fourth floor balcony, with a coin in it.

        Money well spent.

        Tags: street, bakery

        « Previous post

        3 Comments

        Pingback from Links of the week | 11.09.2011 23:31

        {PINGBACK}.

        Pingback from Links of the week | 26.06.2012 10:43

        {PINGBACK}.
        """
    )
    assert text.startswith("A small basket came down")
    assert "Money well spent." in text
    assert "Pingback" not in text and "Links of the week" not in text


def test_story_with_its_own_header_under_a_box_is_kept() -> None:
    story = " ".join(
        f"The council met on day {n} of the session and voted on the budget for the libraries."
        for n in range(1, 4)
    )
    text = _text(
        f"""\
        Latest

        Bridge closed for repairs

        12 March 2019

        The bridge will be closed for two weeks.

        Related

        Council backs library budget

        By Jane Doe | 14 March 2019

        {story}

        Most read
        """
    )
    assert text.startswith("The council met on day 1")
    assert "bridge" not in text
