"""Pathological pages: declutter returns the article or a `DeclutterError`, never worse.

Every page is built here from a short article and one pathology (deep
nesting, huge script or attribute, 200,000 siblings, NUL bytes, invalid
character references, entity bombs, comment floods, hidden copies ...).
`PAGES` is also read by ``benchmarks/pathological.py``, which prints the
time and peak memory of each.  Pages that take more than ~1 s are marked
``slow``; speed itself is measured there, never asserted here.
"""

from __future__ import annotations

import json
import logging
import sys
import unicodedata
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pytest
from click.testing import CliRunner

import declutter
from declutter.cli import main
from declutter.errors import ExitStatus
from declutter.flatten import FLAT_DEPTH, flatten
from declutter.load.sniff import CONTROL_WINDOW, drop_controls
from declutter.parse import MAX_FLATTEN_TAGS, parse_html, parse_page

HEADLINE = "Storm floods the coastal towns"
SENTENCE = (
    "The storm brought heavy rain and strong winds to the coastal towns overnight, "
    "and officials said on Tuesday that {} homes were still without power."
)
PARAGRAPHS = 6
NAV_WORDS = ("Home", "Sport", "Weather")
NAV = '<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>'
MB = 1024 * 1024


def article(paragraphs: int = PARAGRAPHS) -> str:
    body = "".join(f"<p>{SENTENCE.format(100 + i)}</p>" for i in range(paragraphs))
    return f"<article><h1>{HEADLINE}</h1>{body}</article>"


def page(
    before: str = "", after: str = "", *, prefix: str = "", body: str | None = None, head: str = ""
) -> bytes:
    """A news page: nav, ``before``, the article (or ``body``), ``after``."""
    main_part = article() if body is None else body
    return (
        f"{prefix}<!DOCTYPE html><html><head><title>{HEADLINE}</title>{head}</head><body>{NAV}"
        f"{before}{main_part}{after}</body></html>"
    ).encode()


def nested(tag: str, depth: int, inner: str) -> str:
    return f"<{tag}>" * depth + inner + f"</{tag}>" * depth


def comments(count: int) -> str:
    items = "".join(
        f'<li class="comment"><p class="comment-author">reader{i}</p><p>This is reader comment '
        f"number {i}: the council should have cleared the drains long before the storm.</p></li>"
        for i in range(count)
    )
    return f'<section id="comments" class="comments"><h2>Comments</h2><ol>{items}</ol></section>'


def bad_references() -> str:
    refs = "&#xD800; &#xDFFF; &#0; &#x0; &#x110000; &#xFFFE; &#xFFFF; &#99999999999; &#x1; &#128;"
    return f"<p>{refs} &#x1F; &#xDBFF;&#xDC00; &#1114112; &#-1; &#x; &#;</p>"


def entity_bomb() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    doctype = f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
    return doctype.encode() + page(after="<p>&lol9; &lol1; &lol;</p>")


def srcdoc() -> bytes:
    inner = f"<html><body>{article()}</body></html>".replace("&", "&amp;").replace('"', "&quot;")
    return page(body=f'<iframe srcdoc="{inner}"></iframe>')


def gzip_bomb(megabytes: int = 100) -> bytes:
    """Gzip data expanding to ``megabytes`` of one repeated paragraph."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"<p>" + b"a" * MB
    return b"".join([packer.compress(chunk) for _ in range(megabytes)] + [packer.flush()])


def jsonld(body: str) -> str:
    return f'<script type="application/ld+json">{body}</script>'


def mhtml_parts(count: int) -> bytes:
    head = b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n'
    css = b"".join(
        b"--B\r\nContent-Type: text/css\r\nContent-Location: http://x/%d.css\r\n\r\np{}\r\n" % i
        for i in range(count)
    )
    return head + css + b"--B\r\nContent-Type: text/html\r\n\r\n" + page() + b"\r\n--B--\r\n"


PHP_WARNINGS = (
    "<br />\n<b>Warning</b>:  Undefined variable $title in <b>/var/www/html/article.php</b> "
    "on line <b>12</b><br />\n<br />\n<b>Deprecated</b>:  strlen(): Passing null to parameter #1 "
    "in <b>/var/www/html/lib.php</b> on line <b>88</b><br />\n"
)


@dataclass(frozen=True)
class Case:
    """One pathological page and what declutter must make of it.

    ``article``: the full article must come out (else an Article or a
    DeclutterError is enough); ``absent``: strings that must not be in the text.
    """

    build: Callable[[], bytes]
    article: bool = True
    slow: bool = False
    absent: tuple[str, ...] = NAV_WORDS
    xfail: str = ""
    marks: tuple[Any, ...] = field(default=())


PAGES: dict[str, Case] = {
    "nested-5000-around": Case(lambda: page(body=nested("div", 5_000, article()))),
    "nested-5000-before": Case(lambda: page(before=nested("div", 5_000, "x"))),
    "nested-5000-unclosed": Case(lambda: page(before="<div>" * 5_000 + "<span>x</span>")),
    "nested-100000-around": Case(lambda: page(body=nested("div", 100_000, article()))),
    "nested-100000-before": Case(lambda: page(before=nested("div", 100_000, "x"))),
    "nested-100000-inline": Case(lambda: page(before=nested("b", 100_000, "x"))),
    "nested-100000-text": Case(
        lambda: page(before=("<div>x " * 100_000) + "</div>" * 100_000), slow=True
    ),
    "nested-250": Case(lambda: page(body=nested("div", 250, article()))),
    "script-25mb": Case(
        lambda: page(
            before="<script>" + "var a = 'xxxxxxxxxxxxxxx';\n" * (25 * MB // 26) + "</script>"
        ),
        slow=True,
    ),
    "attribute-20mb": Case(lambda: page(before=f'<div data-blob="{"A" * (20 * MB)}">x</div>')),
    "siblings-200000-empty": Case(
        lambda: page(before="<div>" + "<i></i>" * 200_000 + "</div>"), slow=True
    ),
    "siblings-200000-links": Case(
        lambda: page(before="<ul>" + '<li><a href="/t">Topic</a></li>' * 200_000 + "</ul>"),
        slow=True,
    ),
    "line-8mb-text-only": Case(lambda: b"word " * (8 * MB // 5), article=False, slow=True),
    "line-8mb-blob-only": Case(
        lambda: b"QUJDREVGR0hJSktMTU5P" * (8 * MB // 20), article=False, slow=True
    ),
    "line-8mb-blob-before": Case(
        lambda: page(before="<div>" + "QUJDREVGR0hJSktMTU5P" * (8 * MB // 20) + "</div>"),
        absent=(*NAV_WORDS, "QUJDREVG"),
    ),
    "nul-bytes": Case(lambda: page().replace(b"<p>", b"<p>\x00").replace(b"rain", b"ra\x00in")),
    "invalid-character-references": Case(lambda: page(before=bad_references())),
    "entity-bomb": Case(entity_bomb, absent=(*NAV_WORDS, "lollollol")),
    "comments-5000": Case(lambda: page(after=comments(5_000)), absent=(*NAV_WORDS, "reader")),
    "article-only-in-noscript": Case(lambda: page(body=f"<noscript>{article()}</noscript>")),
    "article-in-iframe-srcdoc": Case(srcdoc),
    "iframes-10000-srcdoc": Case(
        lambda: page(
            after=f"<iframe srcdoc='<p>{'Advert text here. ' * 30}</p>'></iframe>" * 10_000
        ),
        absent=(*NAV_WORDS, "Advert"),
    ),
    "php-warnings-before-html": Case(lambda: page(prefix=PHP_WARNINGS), absent=(*NAV_WORDS, "php")),
    "gzip-bomb": Case(gzip_bomb, article=False, slow=True),
    "mhtml-100000-parts": Case(lambda: mhtml_parts(100_000), slow=True),
    "class-attribute-2mb": Case(
        lambda: page(before=f'<div class="{"a-b c_d " * (MB // 4)}">x</div>'), slow=True
    ),
    "style-attribute-20mb": Case(
        lambda: page(before=f'<div style="{"color:red;" * (2 * MB)}">x</div>'), slow=True
    ),
    "sections-30000": Case(lambda: page(after="<h2>Related</h2><p>x</p>" * 30_000), slow=True),
    "jsonld-nested-100000": Case(
        lambda: page(head=jsonld("[" * 100_000 + "]" * 100_000)),
    ),
    "jsonld-values-nested-950": Case(
        lambda: page(
            head=jsonld(
                '{"@type": "NewsArticle", "headline": '
                + "[" * 950
                + '"H"'
                + "]" * 950
                + ', "author": '
                + "[" * 950
                + '"A"'
                + "]" * 950
                + "}"
            )
        ),
    ),
}


def _params() -> list[Any]:
    params = []
    for name, case in PAGES.items():
        marks = list(case.marks)
        if case.slow:
            marks.append(pytest.mark.slow)
        if case.xfail:
            marks.append(pytest.mark.xfail(strict=True, reason=case.xfail))
        params.append(pytest.param(case, id=name, marks=marks))
    return params


def _is_clean(value: str) -> bool:
    """Valid UTF-8, no NUL, no control character but newline and tab."""
    value.encode("utf-8")  # raises on lone surrogates
    return not any(unicodedata.category(c) in ("Cc", "Cs") and c not in "\n\t" for c in value)


@pytest.mark.parametrize("case", _params())
def test_pathological_page(case: Case) -> None:
    data = case.build()
    try:
        result = declutter.extract(data)
    except declutter.DeclutterError:
        assert not case.article, "the article was lost"
        return
    if case.article:
        assert result.title == HEADLINE
        for i in range(PARAGRAPHS):
            assert SENTENCE.format(100 + i) in result.text
    for word in case.absent:
        assert word not in result.text
    out = json.dumps(result.to_dict(explain=True), ensure_ascii=False)
    assert _is_clean(out)


@pytest.mark.parametrize(
    "name", ["nested-5000-around", "invalid-character-references", "nul-bytes", "entity-bomb"]
)
def test_cli_gives_valid_json(name: str) -> None:
    result = CliRunner().invoke(main, ["--json"], input=PAGES[name].build())
    assert result.exit_code == ExitStatus.OK, result.stderr
    warnings = ["declutter: <stdin>: warning: nested too deep"] if "nested" in name else []
    assert [line[: len(warnings[0])] for line in result.stderr.splitlines()] == warnings
    data = json.loads(result.stdout_bytes.decode("utf-8"))
    assert SENTENCE.format(100) in data["text"]
    assert _is_clean(result.stdout)


@pytest.mark.parametrize(
    ("data", "status"),
    [
        (b"", ExitStatus.UNREADABLE),
        (b"\x00" * 1000, ExitStatus.UNREADABLE),
        (b"<html><body>" + b"<div>" * 100_000 + b"</body></html>", ExitStatus.NO_ARTICLE),
        (b"<html><body><script>" + b"x" * MB + b"</script></body></html>", ExitStatus.NO_ARTICLE),
    ],
    ids=["empty", "nul-only", "deep-and-empty", "script-only"],
)
def test_cli_failure_is_one_line(data: bytes, status: ExitStatus) -> None:
    result = CliRunner().invoke(main, [], input=data)
    assert result.exit_code == status
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("declutter: ")


def test_invalid_references_become_replacement_characters() -> None:
    result = declutter.extract(page().replace(b"heavy", b"hea&#xD800;vy&#0;"))
    assert "hea\ufffdvy" in result.text


def test_entities_are_never_expanded() -> None:
    result = declutter.extract(entity_bomb())
    assert len(result.text) < 2 * len(article())


def test_comments_stay_out_of_text_when_collected() -> None:
    options = declutter.Options(comments=True)
    result = declutter.extract(page(after=comments(500)), options=options)
    assert "reader comment" not in result.text
    assert SENTENCE.format(105) in result.text


def test_navigation_only_page_is_no_article() -> None:
    """A page that is only menus gives NoArticleFound, never the menu as the article."""
    links = "".join(f'<a href="/s{i}">Section number {i} of the site</a> ' for i in range(200))
    data = f"<html><body><nav>{links}</nav><footer>Copyright 2024</footer></body></html>"
    with pytest.raises(declutter.NoArticleFound):
        declutter.extract(data.encode())


def test_deep_page_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="declutter.parse"):
        declutter.extract(PAGES["nested-5000-before"].build())
    assert any("nested too deep" in r.getMessage() for r in caplog.records)


def test_parse_notes_say_what_was_done() -> None:
    assert parse_page(page().decode()).notes == ()
    flattened = parse_page(nested("div", 1_000, article())).notes
    assert len(flattened) == 1 and flattened[0].startswith("nested too deep:")
    shown = parse_page(PAGES["article-only-in-noscript"].build().decode()).notes
    assert len(shown) == 1 and "<noscript>" in shown[0]


def test_page_too_deep_to_flatten_is_cut_short_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Past MAX_FLATTEN_TAGS the parser's own cap (2048 levels) stands: a warning, no hang."""
    depth = MAX_FLATTEN_TAGS // 2 + 1
    text = "<html><body>" + nested("b", depth, "x") + article() + "</body></html>"
    with caplog.at_level(logging.WARNING, logger="declutter.parse"):
        notes = parse_page(text).notes
    assert any("cut short" in note for note in notes)
    assert any(r.levelno == logging.WARNING for r in caplog.records)
    result = CliRunner().invoke(main, [], input=text.encode())
    assert result.exit_code in (ExitStatus.OK, ExitStatus.NO_ARTICLE)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("declutter: <stdin>: ")
    assert "page cut short by a parser limit" in result.stderr


def test_later_stages_do_not_recurse_per_level() -> None:
    """A tree 250 deep (under the parser's cap) with a recursion budget of 120 frames."""
    data = PAGES["nested-250"].build()
    depth = len(_frames())
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 120)
    try:
        result = declutter.extract(data)
    finally:
        sys.setrecursionlimit(previous)
    assert SENTENCE.format(105) in result.text


def _frames() -> list[object]:
    frames = []
    frame = sys._getframe()
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back  # type: ignore[assignment]
    return frames


# --- flatten: the depth cap used when the parser reports a too-deep page ---


def test_flatten_caps_depth_and_keeps_text() -> None:
    text = nested("div", 1_000, "<p>a</p><p>b</p>") + "<p>after</p>"
    flat, moved = flatten(text, max_depth=10)
    assert moved > 0
    tree = parse_html(flat)
    assert max(len(list(e.iterancestors())) for e in tree.iter()) <= 10 + 2
    assert [p.text for p in tree.iter("p")] == ["a", "b", "after"]


def test_flatten_collapses_empty_wrappers_and_keeps_headings() -> None:
    flat, _ = flatten(nested("div", 50, "<h1>T</h1><p>x</p>"), max_depth=5)
    assert "<h1>T</h1><p>x</p>" in flat
    assert flat.count("<div>") <= 5


def test_flatten_leaves_raw_text_and_comments_alone() -> None:
    text = (
        '<div><script>"<div><div>"</script><!-- <div> --><style>p>a{}</style><p>x<br/>y</p></div>'
    )
    assert flatten(text, max_depth=2) == (text, 0)


def test_flatten_leaves_shallow_pages_alone() -> None:
    text = page().decode()
    assert flatten(text, max_depth=FLAT_DEPTH) == (text, 0)


def test_library_time_limit_stops_a_slow_page_in_a_thread() -> None:
    """No signal reaches a worker thread: the checkpoints between steps stop the page."""
    data = PAGES["nested-100000-text"].build()
    options = declutter.Options(time_limit=0.3)
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(declutter.extract, data, options=options)
        with pytest.raises(declutter.DocumentTimeout):
            future.result()


def test_cli_timeout_stops_a_slow_page_with_its_exit_code() -> None:
    data = PAGES["nested-100000-text"].build()  # seconds of work, even on a fast machine
    result = CliRunner().invoke(main, ["--timeout", "0.3"], input=data)
    assert result.exit_code == ExitStatus.TIMEOUT
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "longer than" in result.stderr


@pytest.mark.parametrize("offset", [0, CONTROL_WINDOW - 1, CONTROL_WINDOW, 3 * CONTROL_WINDOW + 7])
def test_control_character_anywhere_in_a_big_page_is_dropped(offset: int) -> None:
    text = "x" * offset + "\x01" + "y" * CONTROL_WINDOW
    assert drop_controls(text) == "x" * offset + "y" * CONTROL_WINDOW
    assert drop_controls(text, text.encode()) == "x" * offset + "y" * CONTROL_WINDOW


def test_page_without_control_characters_is_returned_as_is() -> None:
    text = "a\tb\nc\x0cd " * CONTROL_WINDOW
    assert drop_controls(text) is text
    assert drop_controls(text, text.encode()) is text
