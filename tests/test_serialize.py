"""serialize and explain: hand-built articles in, exact documents out."""

from __future__ import annotations

import json

from declutter.explain import explain_tsv
from declutter.model import Article, Block
from declutter.serialize import FORMATS, to_json, to_jsonl, to_markdown, to_text

BLOCKS = (
    Block("Home News Sport", label="nav", reason="inside <nav>", kind="li", path="nav > li"),
    Block(
        "Storm hits the coast", kind="h2", path="article > h2", markdown="## Storm hits the coast"
    ),
    Block(
        "Read the report here.",
        kind="p",
        path="article > p",
        markdown="Read the [report](/files/report.pdf) here.",
    ),
    Block("First point", kind="li", path="article > ul > li"),
    Block("Second point", kind="li", path="article > ul > li"),
    Block("A quote\non two lines", kind="quote", path="article > blockquote"),
    Block("# not a heading", kind="p", path="article > p"),
    Block("Most read\tstory", label="most-read", reason="heading 'Most read'", kind="p"),
)
ARTICLE = Article(
    url="https://example.com/news/storm",
    title="Storm news",
    byline="Ann Writer",
    authors=("Ann Writer",),
    published="2024-05-09",
    text="Storm hits the coast\n\nRead the report here.",
    blocks=BLOCKS,
    sources={"title": "meta:og:title", "byline": "json-ld"},
)


def test_text_has_header_blank_line_and_body() -> None:
    assert to_text(ARTICLE) == (
        "Storm news\nBy Ann Writer\nPublished: 2024-05-09\n\n"
        "Storm hits the coast\n\nRead the report here.\n"
    )


def test_text_without_metadata_is_just_the_body() -> None:
    assert to_text(Article(text="Body.")) == "Body.\n"


def test_text_adds_comments_when_collected() -> None:
    out = to_text(Article(text="Body.", comments="Nice one."))
    assert out.endswith("Body.\n\nComments\n\nNice one.\n")


def test_json_keeps_the_to_dict_shape_with_extra_keys_first() -> None:
    data = json.loads(to_json(ARTICLE, extra={"source": "a.html"}))
    assert next(iter(data)) == "source"
    assert data["authors"] == ["Ann Writer"]
    assert "blocks" not in data


def test_json_explain_adds_blocks_and_sources() -> None:
    data = json.loads(to_json(ARTICLE, explain=True))
    assert data["sources"]["title"] == "meta:og:title"
    assert data["blocks"][0] == {
        "label": "nav",
        "reason": "inside <nav>",
        "kind": "li",
        "path": "nav > li",
        "text": "Home News Sport",
    }


def test_jsonl_is_one_line() -> None:
    line = to_jsonl(ARTICLE, extra={"source": "a.html"})
    assert line.endswith("\n") and line.count("\n") == 1
    assert json.loads(line)["title"] == "Storm news"


def test_markdown() -> None:
    assert to_markdown(ARTICLE) == (
        "# Storm news\n\n"
        "By Ann Writer · 2024-05-09\n\n"
        "### Storm hits the coast\n\n"
        "Read the [report](https://example.com/files/report.pdf) here.\n\n"
        "- First point\n- Second point\n\n"
        "> A quote\n> on two lines\n\n"
        "\\# not a heading\n"
    )


def test_markdown_keeps_absolute_and_fragment_links() -> None:
    block = Block("x", markdown="[a](https://other.org/x) [b](#top) [c](mailto:a@b.c)")
    out = to_markdown(Article(url="https://example.com/n/", text="x", blocks=(block,)))
    assert "[a](https://other.org/x) [b](#top) [c](mailto:a@b.c)" in out


def test_markdown_table_block_is_kept_as_given() -> None:
    table = "| a | b |\n| --- | --- |\n| 1 | 2 |"
    out = to_markdown(Article(text="a b", blocks=(Block("a b 1 2", kind="table", markdown=table),)))
    assert table in out


def test_every_format_ends_in_one_newline() -> None:
    for render in FORMATS.values():
        out = render(ARTICLE)
        assert out.endswith("\n") and not out.endswith("\n\n")


def test_explain_tsv_lists_every_block_then_sources() -> None:
    lines = explain_tsv(ARTICLE).splitlines()
    assert lines[0] == "nav\tinside <nav>\tli\tnav > li\tHome News Sport"
    assert all(len(line.split("\t")) == 5 for line in lines[: len(BLOCKS)])
    assert lines[len(BLOCKS) - 1].split("\t")[-1] == "Most read story"
    assert lines[len(BLOCKS)] == ""
    assert lines[len(BLOCKS) + 1 :] == [
        "title\tStorm news\tmeta:og:title",
        "byline\tAnn Writer\tjson-ld",
    ]


def test_explain_cuts_long_text() -> None:
    block = Block("word " * 100)
    line = explain_tsv(Article(text="x", blocks=(block,))).splitlines()[0]
    assert len(line.split("\t")[-1]) == 80
