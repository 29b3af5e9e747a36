"""load(): every saved form of a page, every encoding, and clean refusals."""

from __future__ import annotations

import contextlib
import gzip
import json
import zlib
from email import encoders
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import declutter
from declutter.errors import DeclutterError, UnreadableInput
from declutter.load import load
from declutter.load.charsets import codec_for
from declutter.options import Options

OPTS = Options()
PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><p>{}</p></body></html>"
URL = "https://news.example.com/2024/05/story-one"


def html(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>T</title></head>"
        f"<body><article><p>{body}</p></article></body></html>"
    )


# ---------------------------------------------------------------- encodings
FRENCH = "Le président a annoncé une réforme économique très attendue à Noël, déjà."
GERMAN = "Über die Straße gehen größere Mädchen früh, während Jürgen schläft."
JAPANESE = "日本語のテキストです。これは長い文章のテストです。東京都は日本の首都です。"
CHINESE = "这是一个中文测试文本。北京是中国的首都。我们今天讨论新闻和经济发展的问题。"
RUSSIAN = "Это русский текст для проверки. Москва является столицей России, сказал он."


@pytest.mark.parametrize(
    ("codec", "label", "sample"),
    [
        ("latin-1", "iso-8859-1", FRENCH),
        ("cp1252", "windows-1252", GERMAN + " „Zitat“ – €"),
        ("shift_jis", "shift_jis", JAPANESE),
        ("gb2312", "gb2312", CHINESE),
        ("cp1251", "windows-1251", RUSSIAN),
    ],
)
@pytest.mark.parametrize("declared", ["meta", "http-equiv", "none"])
def test_legacy_encodings(codec: str, label: str, sample: str, declared: str) -> None:
    head = {
        "meta": f'<meta charset="{label}">',
        "http-equiv": f'<meta http-equiv="Content-Type" content="text/html; charset={label}">',
        "none": "",
    }[declared]
    body = " ".join([sample] * 6)
    page = load(html(body, head).encode(codec), options=OPTS)
    assert sample in page.text
    assert page.kind == "html"


def test_utf16_with_bom() -> None:
    page = load(html(FRENCH).encode("utf-16"), options=OPTS)
    assert FRENCH in page.text
    assert page.charset is not None and page.charset.startswith("utf-16")


def test_utf16_without_bom() -> None:
    page = load(html(FRENCH).encode("utf-16-le"), options=OPTS)
    assert FRENCH in page.text


def test_utf8_bom_is_dropped() -> None:
    page = load(b"\xef\xbb\xbf" + html(GERMAN).encode(), options=OPTS)
    assert page.text.startswith("<!DOCTYPE")
    assert GERMAN in page.text


def test_utf8_mislabelled_as_latin1_stays_utf8() -> None:
    page = load(html(GERMAN, '<meta charset="iso-8859-1">').encode("utf-8"), options=OPTS)
    assert GERMAN in page.text


def test_one_stray_byte_does_not_flip_a_utf8_page() -> None:
    raw = html(GERMAN + " \xff " + FRENCH).encode("utf-8").replace("\xff".encode(), b"\xe9")
    page = load(raw, options=OPTS)
    assert GERMAN in page.text and FRENCH in page.text
    assert page.charset == "utf-8"
    assert "é" in page.text.split(GERMAN)[1][:4]  # the stray Latin-1 byte, read as cp1252


def test_xml_declaration_counts_like_meta() -> None:
    raw = f'<?xml version="1.0" encoding="ISO-8859-1"?>\n{html(FRENCH)}'.encode("latin-1")
    page = load(raw, options=OPTS)
    assert FRENCH in page.text


def test_unknown_label_falls_back_instead_of_raising() -> None:
    raw = html(FRENCH * 3, '<meta charset="x-no-such-charset">').encode("cp1252")
    assert FRENCH in load(raw, options=OPTS).text


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("ISO-8859-1", "cp1252"),
        ("latin1", "cp1252"),
        ("ascii", "cp1252"),
        ("gb2312", "gb18030"),
        ("Shift_JIS", "cp932"),
        ("utf-16", "utf-8"),
        ("bogus", None),
        ("", None),
    ],
)
def test_labels_are_read_the_whatwg_way(label: str, codec: str | None) -> None:
    assert codec_for(label) == codec


def test_output_has_no_nuls_or_lone_surrogates() -> None:
    page = load(html("a\x00b") + "\ud800", options=OPTS)
    assert "\x00" not in page.text
    page.text.encode("utf-8")  # raises on lone surrogates
    assert "ab" in load(html("a\x00b").encode(), options=OPTS).text


# ---------------------------------------------------------------- saved forms
def test_gzip() -> None:
    page = load(gzip.compress(html(FRENCH).encode()), options=OPTS)
    assert FRENCH in page.text
    assert page.form.startswith("gzip")


def test_gzip_bomb_is_refused() -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 2_000_000)
    with pytest.raises(UnreadableInput, match="expands"):
        load(bomb, options=Options(max_bytes=100_000))


def test_truncated_gzip_is_refused() -> None:
    data = gzip.compress(html(FRENCH * 50).encode())
    with pytest.raises(UnreadableInput, match="gzip"):
        load(data[: len(data) // 2], options=OPTS)


def test_too_large_input_is_refused() -> None:
    with pytest.raises(UnreadableInput, match="larger"):
        load(html("x" * 500).encode(), options=Options(max_bytes=100))


def _mhtml(encoding: str, charset: str = "utf-8") -> bytes:
    root = MIMEMultipart("related", type="text/html")
    root["From"] = "<Saved by Blink>"
    root["Snapshot-Content-Location"] = URL
    root["Subject"] = "Story one"
    root["Date"] = "Thu, 9 May 2024 10:11:12 +0000"
    part = MIMEText(html(GERMAN), "html", charset)
    del part["Content-Transfer-Encoding"]
    part.set_payload(html(GERMAN).encode(charset))
    (encoders.encode_quopri if encoding == "qp" else encoders.encode_base64)(part)
    part["Content-Location"] = URL
    root.attach(part)
    image = MIMEBase("image", "png")
    image.set_payload(b"\x89PNG\r\n\x1a\n....")
    encoders.encode_base64(image)
    image["Content-Location"] = "https://news.example.com/a.png"
    root.attach(image)
    return root.as_bytes()


@pytest.mark.parametrize("encoding", ["qp", "base64"])
def test_mhtml(encoding: str) -> None:
    page = load(_mhtml(encoding), options=OPTS)
    assert GERMAN in page.text
    assert page.url == URL
    assert page.saved_at is not None and page.saved_at.year == 2024
    assert page.kind == "html"
    assert "mhtml" in page.form


def test_mhtml_part_charset_is_used() -> None:
    page = load(_mhtml("qp", charset="iso-8859-1"), options=OPTS)
    assert GERMAN in page.text


def test_chrome_saved_from_comment() -> None:
    url = "https://example.com/a--b/story"
    escaped = url.replace("--", "-%2D")
    raw = f"<!-- saved from url=({len(escaped):04d}){escaped} -->\n{html(FRENCH)}"
    page = load(raw.encode(), options=OPTS)
    assert page.url == url
    assert "saved-from" in page.form


def test_singlefile_comment() -> None:
    raw = (
        "<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: "
        f"{URL} \n saved date: Thu May 09 2024 12:30:00 GMT+0200 (Central European Summer Time)"
        f"\n-->{html(FRENCH)[15:]}"
    )
    page = load(raw.encode(), options=OPTS)
    assert page.url == URL
    assert page.saved_at is not None
    assert page.saved_at.isoformat() == "2024-05-09T12:30:00+02:00"


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_http_response_headers(newline: str) -> None:
    headers = newline.join(
        [
            "HTTP/1.1 301 Moved Permanently",
            f"Location: {URL}",
            "",
            "HTTP/1.1 200 OK",
            "Content-Type: text/html; charset=windows-1251",
            "Date: Thu, 09 May 2024 10:00:00 GMT",
            "",
            "",
        ]
    )
    page = load(headers.encode() + html(RUSSIAN).encode("cp1251"), options=OPTS)
    assert RUSSIAN in page.text
    assert not page.text.startswith("HTTP")
    assert page.url == URL
    assert page.saved_at is not None


def test_http_headers_with_gzip_body() -> None:
    head = b"HTTP/2 200\r\ncontent-type: text/html\r\ncontent-encoding: gzip\r\n\r\n"
    page = load(head + gzip.compress(html(FRENCH).encode()), options=OPTS)
    assert FRENCH in page.text


def test_canonical_link_and_base_href() -> None:
    head = '<base href="https://example.com/"><link href="/news/one" rel="canonical">'
    assert load(html("x", head), options=OPTS).url == "https://example.com/news/one"
    only_base = '<base href="https://example.com/news/one">'
    assert load(html("x", only_base), options=OPTS).url == "https://example.com/news/one"
    root_base = '<base href="https://example.com/">'
    assert load(html("x", root_base), options=OPTS).url is None


# ---------------------------------------------------------------- sniffing and refusals
def test_text_dump_with_a_stray_tag_is_text() -> None:
    dump = (
        '<img src="//pixel.example.com/p.gif" width="1" height="1" />\n'
        "Headline of the story\n\nFirst paragraph of the story, with words.\n\n"
        "  • Home\n  • News\n\nSecond paragraph mentions the <div> element.\n"
    )
    assert load(dump.encode(), options=OPTS).kind == "text"


def test_dump_quoting_noscript_pixels_is_text() -> None:
    pixel = '<img src="//pixel.example.com/c.gif?a=1&amp;b=2" alt="beacon" width="1" height="1" />'
    lines = [pixel * 3, "", "site home news", ""]
    lines += [f"Paragraph {i} of the story says something about the harbour." for i in range(40)]
    lines += ["", f"<div> {pixel} </div> <div> {pixel} </div>", "", "Footer line"]
    assert load("\n".join(lines).encode(), options=OPTS).kind == "text"


def test_dump_about_markup_is_text() -> None:
    dump = (
        "How to write a web page\n\nEvery page starts with <html> and a <head> holding "
        "<meta> and <title> tags.\n\nThen comes the <body>, made of <p> paragraphs.\n"
    )
    assert load(dump.encode(), options=OPTS).kind == "text"


@pytest.mark.parametrize(
    "page",
    [
        "<!-- saved page -->\n<div class=a>\n<p>One.</p>\n</div>",
        "Warning: stray server output\n<!DOCTYPE html>\n<p>Story.</p>",
        "<div><p>" + "<span>word</span> " * 20 + "</p></div>",
        "Stray text first " + "<p>Paragraph <b>bold</b> text.</p>" * 10,
    ],
    ids=["comment-first", "junk-before-doctype", "one-line", "text-then-dense-tags"],
)
def test_markup_without_html_element_is_html(page: str) -> None:
    assert load(page.encode(), options=OPTS).kind == "html"


def test_html_fragment_is_html() -> None:
    assert load(b"<p>One paragraph.</p>\n<p>Two paragraphs.</p>", options=OPTS).kind == "html"


def test_str_input_is_accepted() -> None:
    page = load(html(JAPANESE), options=OPTS)
    assert JAPANESE in page.text and page.charset is None


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"   \n\t  ",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00\x01\x00",
        b"RIFF\x10\x00\x00\x00WEBPVP8 ",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        bytes(range(256)) * 20,
        zlib.compress(b"not gzip, just deflate") * 10,
    ],
    ids=["empty", "blank", "png", "jpeg", "gif", "webp", "pdf", "junk", "deflate"],
)
def test_not_a_page_is_refused(raw: bytes) -> None:
    with pytest.raises(UnreadableInput):
        load(raw, options=OPTS)


# ---------------------------------------------------------------- any bytes at all
@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=3000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(max_size=500).map(lambda t: f"<html><body><p>{t}</p></body></html>"),
        st.binary(max_size=500).map(lambda b: b"<html><body><p>" + b + b"</p></body></html>"),
        st.binary(max_size=500).map(lambda b: b"HTTP/1.1 200 OK\r\n" + b),
        st.binary(max_size=500).map(lambda b: b"MIME-Version: 1.0\r\n" + b),
        st.binary(max_size=500).map(lambda b: gzip.compress(b)[: len(b) // 2 + 12]),
    )
)
def test_any_input_loads_cleanly_or_is_refused(raw: bytes | str) -> None:
    try:
        page = load(raw, options=OPTS)
    except UnreadableInput:
        return
    assert "\x00" not in page.text
    page.text.encode("utf-8")  # no lone surrogates
    assert page.kind in ("html", "text")


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=2000))
def test_extract_raises_only_declutter_errors(raw: bytes) -> None:
    with contextlib.suppress(DeclutterError):
        declutter.extract(b"<html><body><article><p>" + raw + b"</p></article></body></html>")


def test_http_deflate_body() -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n"
    assert FRENCH in load(head + zlib.compress(html(FRENCH).encode()), options=OPTS).text


def test_http_brotli_body_is_refused_with_a_reason() -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n"
    with pytest.raises(UnreadableInput, match="br"):
        load(head + b"\x1b\x95\x00\xf8\x0f\xa3\xa3\x8f", options=OPTS)


CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


@pytest.mark.slow
@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not here")
def test_every_corpus_page_sniffs_as_its_kind() -> None:
    wrong = []
    for truth in sorted(CORPORA.glob("*/truth.jsonl")):
        want = "text" if truth.parent.name.endswith("-text") else "html"
        for line in truth.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            raw = gzip.decompress((truth.parent / row["file"]).read_bytes())
            if load(raw, options=OPTS).kind != want:
                wrong.append(f"{truth.parent.name}/{row['id']}")
    assert not wrong
