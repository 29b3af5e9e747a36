"""Fuzzing: any input gives an Article or a `DeclutterError`, any CLI run a documented exit code.

Random bytes, random text, and small hand-written pages mutated (cut short,
random tags or bytes put in, chunks doubled or dropped, wrapped in deep
nesting) go to `declutter.extract` and to the command.  Example counts are
kept modest and derandomized so the default run stays fast and repeatable.
"""

from __future__ import annotations

import json
import re

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import declutter
from declutter.cli import main
from declutter.errors import ExitStatus
from declutter.flatten import flatten

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CLI_FUZZ = settings(FUZZ, max_examples=60)
_TAG = re.compile(r"<[^<>]*>")

SENTENCE = (
    "The mayor said the new tram line would open in March, two years later than planned, "
    "after the tunnel under the old market flooded twice."
)
SEEDS = (
    "<!DOCTYPE html><html><head><title>Tram line delayed</title>"
    '<meta property="og:title" content="Tram line delayed"></head><body>'
    '<nav><a href="/">Home</a></nav><article><h1>Tram line delayed</h1>'
    f'<p class="byline">By Ann Lee</p><time datetime="2024-03-01">1 March 2024</time>'
    f"<p>{SENTENCE}</p><p>{SENTENCE}</p></article><footer>(c) 2024</footer></body></html>",
    '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":'
    '"Tram","author":{"name":"Ann Lee"},"datePublished":"2024-03-01"}</script></head>'
    f"<body><div class='story'><p>{SENTENCE}</p><ul><li>One</li><li>Two</li></ul>"
    f"<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table></div>"
    f"<div id='comments'><h2>Comments</h2><p>{SENTENCE}</p></div></body></html>",
    f"<html><body><noscript><p>{SENTENCE}</p></noscript><iframe srcdoc='<p>{SENTENCE}</p>'>"
    f"</iframe><pre>code\n  block</pre><blockquote>{SENTENCE}</blockquote></body></html>",
    f"Tram line delayed\n\nBy Ann Lee | 1 March 2024\n\n{SENTENCE}\n\n{SENTENCE}\n\nMost read\n",
)
SNIPPETS = (
    "<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "<![CDATA[",
    "<h1>", "<a href='x'>", "</a>", "<table>", "<td>", "<br>", "<?php", "<svg>", "&#xD800;",
    "&#0;", "&amp;", "&", "<", ">", '"', "\x00", "\ufeff", "\ud800", "\r\n",
    "<meta charset='utf-16'>",
    "<meta charset=latin1>", "<html>", "</body>", "<noscript>", "<iframe srcdoc='<p>x</p>'>",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "<title>", "<time datetime='2024-13-45'>",
)  # fmt: skip
STATUSES = {
    ExitStatus.OK,
    ExitStatus.NO_ARTICLE,
    ExitStatus.UNREADABLE,
}


def _extract(data: bytes | str) -> None:
    try:
        article = declutter.extract(data)
    except declutter.DeclutterError:
        return
    assert isinstance(article, declutter.Article)
    assert article.text.strip()
    json.dumps(article.to_dict(explain=True), ensure_ascii=False).encode("utf-8")


@st.composite
def mutated_pages(draw: st.DrawFn) -> str:
    """A seed page with a few random edits."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["cut", "insert", "snippet", "double", "drop", "nest"]))
        if edit == "cut":
            text = text[:at]
        elif edit == "insert":
            text = text[:at] + draw(st.text(max_size=20)) + text[at:]
        elif edit == "snippet":
            text = text[:at] + draw(st.sampled_from(SNIPPETS)) + text[at:]
        elif edit == "double":
            end = draw(st.integers(at, min(len(text), at + 200)))
            text = text[:end] + text[at:end] * draw(st.integers(1, 20)) + text[end:]
        elif edit == "drop":
            end = draw(st.integers(at, min(len(text), at + 50)))
            text = text[:at] + text[end:]
        else:
            depth = draw(st.integers(1, 400))
            tag = draw(st.sampled_from(["div", "b", "p", "li", "span", "td"]))
            text = text[:at] + f"<{tag}>" * depth + text[at:]
    return text


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    _extract(data)


@FUZZ
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    _extract(text)


@FUZZ
@given(mutated_pages())
def test_mutated_pages(text: str) -> None:
    _extract(text)


@FUZZ
@given(mutated_pages(), st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"]))
def test_mutated_pages_as_bytes(text: str, encoding: str) -> None:
    _extract(text.encode(encoding, "replace"))


@CLI_FUZZ
@given(
    st.one_of(st.binary(max_size=500), mutated_pages().map(lambda t: t.encode("utf-8", "replace")))
)
def test_cli_on_anything(data: bytes) -> None:
    result = CliRunner().invoke(main, ["--format", "jsonl"], input=data)
    assert result.exit_code in STATUSES, result.output
    assert "Traceback" not in result.stderr
    if result.exit_code == ExitStatus.OK:
        assert result.stderr == ""
        assert json.loads(result.stdout)["text"]
    else:
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("declutter: ")
        assert "error" in json.loads(result.stdout)


@FUZZ
@given(mutated_pages(), st.integers(1, 40))
def test_flatten_keeps_every_character_outside_tags(text: str, depth: int) -> None:
    flat, _ = flatten(text, max_depth=depth)
    assert _outside_tags(flat) == _outside_tags(text)


def _outside_tags(text: str) -> str:
    """The text with every tag-shaped ``<...>`` removed."""
    return _TAG.sub("", text)
