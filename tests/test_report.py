"""The HTML report: self-contained, escaped, every block with its label and reason."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from declutter.cli import main
from declutter.errors import ExitStatus
from declutter.explain import KEPT_REASON, METADATA_FIELDS, explain_tsv
from declutter.model import Article, Block
from declutter.report import LABEL_COLOURS, SPARE_COLOURS, colour, report_html

HOSTILE = "<script>alert(1)</script>"
BLOCKS = (
    Block("Home News Sport", label="nav", reason="inside <nav>", kind="li", path="nav > li"),
    Block("Login", label="nav", reason="link density 1.00", kind="li", path="nav > li"),
    Block("Storm hits the coast", label="title", reason="same as the headline", kind="h1"),
    Block("The storm brought rain.\nTowns flooded.", kind="p", path="article > p"),
    Block(HOSTILE, kind="p", path="article > p"),
    Block("Heading inside", kind="h2", path="article > h2"),
    Block("العاصفة ضربت الساحل", kind="p", path="article > p"),
    Block("暴风雨袭击了海岸", kind="p", path="article > p"),
    Block(
        '<img src="https://evil.example/x.png" onerror="alert(2)">',
        label="ad",
        reason="inside class='ad\"><b>'",
        kind="p",
        path='div[onclick="go()"] > p',
    ),
    Block("Most read one", label="most-read", reason="under heading 'Most read'", kind="li"),
)
ARTICLE = Article(
    url="https://example.com/news/storm",
    title="Storm <b>hits</b> the coast",
    byline="Ann Writer",
    authors=("Ann Writer",),
    published="2024-05-09",
    language='en"><script>alert(3)</script>',
    text="The storm brought rain.",
    blocks=BLOCKS,
    sources={
        "title": "meta:og:title",
        "byline": "json-ld",
        "published": "<time>",
        "input": "html; utf-8",
    },
)


#: Every element the report itself writes; page text must never add another.
REPORT_TAGS = {
    *("html", "head", "meta", "title", "style", "body", "header", "footer", "section"),
    *("h1", "h2", "p", "b", "code", "span", "div", "label", "input"),
    *("table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "details", "summary"),
}


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside elements of a class."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def _tags(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


def _with_class(html: str, name: str) -> list[dict[str, str]]:
    return [a for _, a in _tags(html) if name in a.get("class", "").split()]


@pytest.fixture(scope="module")
def html() -> str:
    return report_html(ARTICLE, source="storm.html")


def test_is_one_complete_document(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>\n") and html.endswith("</html>\n")
    assert '<meta charset="utf-8">' in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_loads_nothing_from_anywhere(html: str) -> None:
    tags = _tags(html)
    assert not [t for t, _ in tags if t in ("script", "img", "link", "iframe", "object")]
    for _, attrs in tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), name
            if name in ("src", "href", "srcset", "action", "poster"):
                assert not value.lower().startswith(("http:", "https:", "//")), value
    assert "@import" not in html and "url(" not in html


def test_page_text_never_becomes_markup(html: str) -> None:
    assert HOSTILE not in html
    assert escape(HOSTILE) in html
    assert "<b>hits</b>" not in html and "&lt;b&gt;hits&lt;/b&gt;" in html
    assert {a["lang"] for _, a in _tags(html) if "lang" in a} == {"en"}  # bad tag dropped
    assert {t for t, _ in _tags(html)} <= REPORT_TAGS


def test_every_block_is_there_in_page_order(html: str) -> None:
    positions = [html.index(escape(b.text)) for b in BLOCKS]
    assert positions == sorted(positions)
    assert len(_with_class(html, "kept")) == sum(b.kept for b in BLOCKS)
    assert len(_with_class(html, "rm")) == sum(not b.kept for b in BLOCKS)


def test_removed_blocks_are_folded_with_label_and_reason(html: str) -> None:
    runs = _with_class(html, "run")
    assert [r["title"].split(":")[0] for r in runs] == ["nav", "title", "ad", "most-read"]
    assert all(r["style"].startswith("--c:#") for r in runs)
    assert runs[0]["title"] == "nav: inside <nav>; link density 1.00"
    assert html.count("<details") == len(runs)
    assert html.count('<li class="gone">') == len(runs)  # what "Hide removed blocks" hides
    for block in BLOCKS:
        if not block.kept:
            assert escape(block.reason) in html
            assert f"{block.label}: {block.reason}" in [a.get("title") for _, a in _tags(html)]


def test_text_direction_is_left_to_the_browser(html: str) -> None:
    kept = _with_class(html, "kept")
    assert kept and all(a.get("dir") == "auto" for a in kept)
    assert all(a.get("dir") == "auto" for a in _with_class(html, "t"))


def test_legend_counts_labels(html: str) -> None:
    assert "nav <span" in html
    chips = html.split('<ul class="legend">')[1].split("</ul>", maxsplit=1)[0]
    assert '<span class="n">kept · 5</span>' in chips
    assert 'nav <span class="n">2</span>' in chips
    assert 'most-read <span class="n">1</span>' in chips


def test_metadata_table_lists_every_field_with_its_source(html: str) -> None:
    fields = html.split("<tbody>")[1].split("</tbody>", maxsplit=1)[0]
    for name in (*METADATA_FIELDS, "input"):
        assert f'<td class="f">{name}</td>' in fields
    assert '<td class="s">meta:og:title</td>' in fields
    assert '<td class="s">&lt;time&gt;</td>' in fields
    assert '<td class="s">html; utf-8</td>' in fields
    assert "not found" in fields  # description has no value


def test_colours_are_stable_and_never_from_page_text() -> None:
    assert colour("nav") == LABEL_COLOURS["nav"]
    assert colour("some-new-label") == colour("some-new-label") in SPARE_COLOURS


def test_explain_gives_kept_blocks_a_reason() -> None:
    lines = explain_tsv(ARTICLE).splitlines()
    assert lines[3].split("\t")[:2] == ["content", KEPT_REASON]
    assert lines[-1] == "input\t\thtml; utf-8"


def test_text_dump_lines_are_blocks() -> None:
    dump = Article(
        text="x",
        blocks=(
            Block("Menu", label="nav", reason="page furniture 'Menu'", kind="line", path="line 1"),
            Block("Story text.", reason="prose, 48 words", kind="line", path="line 3"),
        ),
    )
    html = report_html(dump)
    assert "line 1" in html and "prose, 48 words" in html and "(no headline found)" in html


# -- the command ------------------------------------------------------------------

PAGE = (
    "<html><head><title>Storm hits the coast</title></head><body>"
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Storm hits the coast</h1>'
    + "".join(
        f"<p>Paragraph {i}: the storm brought heavy rain and strong winds to the coastal towns "
        "overnight, officials said on Tuesday morning.</p>"
        for i in range(5)
    )
    + "<p>&lt;script&gt;alert(1)&lt;/script&gt; was printed in the story.</p>"
    "</article><footer>Copyright 2024</footer></body></html>"
)


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, prog_name="declutter")


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    return tmp_path / "a.html"


def test_cli_writes_the_report_and_the_usual_output(page: Path) -> None:
    result = run("a.html", "--report", "why.html")
    assert result.exit_code == ExitStatus.OK, result.stderr
    assert result.stdout.startswith("Storm hits the coast\n")
    report = (page.parent / "why.html").read_text(encoding="utf-8")
    assert "Paragraph 4" in report and "Copyright 2024" in report
    assert "<script>" not in report and escape("<script>alert(1)</script>") in report
    assert "<code>a.html</code>" in report


def test_cli_report_from_stdin_with_output_file(page: Path) -> None:
    result = run("-", "-o", "out.txt", "--report", "why.html", stdin=PAGE.encode())
    assert result.exit_code == ExitStatus.OK and result.stdout == ""
    assert (page.parent / "out.txt").exists() and (page.parent / "why.html").exists()


def test_cli_report_never_writes_over_the_input(page: Path) -> None:
    before = page.read_bytes()
    result = run("a.html", "--report", "a.html")
    assert result.exit_code == ExitStatus.IO_ERROR
    assert page.read_bytes() == before
    assert result.stderr == "declutter: a.html: refusing to write over an input file\n"


def test_cli_report_takes_one_input(page: Path) -> None:
    (page.parent / "b.html").write_text(PAGE, encoding="utf-8")
    assert run("a.html", "b.html", "--report", "r.html").exit_code == ExitStatus.USAGE
    assert run("a.html", "-o", "r.html", "--report", "r.html").exit_code == ExitStatus.USAGE
    assert not (page.parent / "r.html").exists()


def test_cli_report_shows_why_a_page_has_no_article(page: Path) -> None:
    links = "".join(f'<a href="/s{i}">Section number {i} of the site</a> ' for i in range(40))
    (page.parent / "s.html").write_text(f"<html><body><nav>{links}</nav></body></html>")
    result = run("s.html", "--report", "r.html")
    assert result.exit_code == ExitStatus.NO_ARTICLE
    assert result.stderr == "declutter: s.html: no article text found\n"
    report = (page.parent / "r.html").read_text(encoding="utf-8")
    assert "Section number 39 of the site" in report


def test_cli_no_report_for_unreadable_input(page: Path) -> None:
    (page.parent / "e.html").write_bytes(b"")
    result = run("e.html", "--report", "r.html")
    assert result.exit_code == ExitStatus.UNREADABLE
    assert result.stderr.count("\n") == 1
    assert not (page.parent / "r.html").exists()


def test_cli_unwritable_report_is_an_io_error(page: Path) -> None:
    result = run("a.html", "--report", "missing-dir/r.html")
    assert result.exit_code == ExitStatus.IO_ERROR
    assert result.stderr.startswith("declutter: missing-dir/r.html: cannot write the report")


# -- what a person sees -------------------------------------------------------------

#: Flags for a quiet, offline, throw-away headless Chromium.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
SHOT_WIDTH, SHOT_HEIGHT = 1000, 1300


def _png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the (still filtered) pixel rows of an 8-bit non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour_type in (2, 6)
    stride = 1 + width * (3 if colour_type == 2 else 4)
    raw = zlib.decompress(idat)
    assert len(raw) == stride * height
    return width, height, [raw[i : i + stride] for i in range(0, len(raw), stride)]


@pytest.mark.chromium
def test_report_renders_in_chromium(tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not on PATH (apt-get install chromium)")
    page = tmp_path / "report.html"
    page.write_text(report_html(ARTICLE, source="storm.html"), encoding="utf-8")
    shot = tmp_path / "report.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={shot}",
                f"--window-size={SHOT_WIDTH},{SHOT_HEIGHT}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    data = shot.read_bytes()
    assert len(data) > 10_000
    width, height, rows = _png(data)
    assert (width, height) == (SHOT_WIDTH, SHOT_HEIGHT)
    assert len(set(rows)) > height // 10  # text and colour, not a blank page
    assert len(set(b"".join(rows))) > 64
