"""WARC input: records found by their bytes, HTML pages in file order, the rest counted."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import threading
import zlib
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from declutter import extract
from declutter.batch import (
    DEFAULT_GLOBS,
    ArchiveCount,
    Job,
    Settings,
    expand,
    find_inputs,
    run_all,
)
from declutter.cli import main
from declutter.errors import ExitStatus, UnreadableInput
from declutter.warc import read_pages
from declutter.warcfile import looks_like_warc

PARAGRAPH = (
    "<p>Paragraph {}: the river rose above the old stone bridge overnight and the town "
    "council closed the market square, officials said on Tuesday morning.</p>"
)


def page(title: str, extra: str = "") -> bytes:
    body = "".join(PARAGRAPH.format(i) for i in range(5))
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f'<nav><a href="/">Home</a></nav><article><h1>{title}</h1>{extra}{body}</article>'
        "</body></html>"
    ).encode()


def http(
    body: bytes, content_type: str = "text/html", headers: str = "", status: str = "200 OK"
) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{headers}"
    return f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body


def record(kind: str, uri: str, block: bytes, content_type: str, version: str = "1.1") -> bytes:
    head = (
        f"WARC/{version}\r\nWARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{len(block):012d}>\r\n"
        f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def response(uri: str, body: bytes, **kwargs: str) -> tuple[str, str, bytes, str]:
    return ("response", uri, http(body, **kwargs), "application/http; msgtype=response")


def archive(
    records: list[tuple[str, str, bytes, str]], *, gz: bool, version: str = "1.1"
) -> tuple[bytes, list[int]]:
    """WARC bytes (each record its own gzip member when ``gz``) and each record's offset."""
    out, offsets = b"", []
    for kind, uri, block, content_type in records:
        offsets.append(len(out))
        data = record(kind, uri, block, content_type, version)
        out += gzip.compress(data) if gz else data
    return out, offsets


#: A small crawl: every kind of record a real one holds, in crawl order.
CRAWL = [
    ("warcinfo", "", b"software: test\r\n", "application/warc-fields"),
    ("request", "https://example.com/a", b"GET /a HTTP/1.1\r\n\r\n", "application/http"),
    response("https://example.com/a", page("River floods the market")),
    response("https://example.com/logo.png", b"\x89PNG\r\n\x1a\n0000", content_type="image/png"),
    ("metadata", "https://example.com/a", b"outlinks: x\r\n", "application/warc-fields"),
    response("https://example.com/gone", page("Gone"), status="404 Not Found"),
    ("resource", "https://example.com/b", page("Bridge reopens"), "text/html"),
    response(
        "https://example.com/c",
        page("Café owners count the cost").replace(b"Caf\xc3\xa9", "Café".encode("cp1252")),
        content_type="text/html; charset=windows-1252",
    ),
]
PAGES = [2, 6, 7]  # indexes of CRAWL records that are HTML pages


@pytest.fixture(autouse=True)
def _fastwarc(request: pytest.FixtureRequest) -> None:
    """Tests need FastWARC (the ``warc`` extra), but those about its absence."""
    if "missing_reader" not in request.node.name:
        pytest.importorskip("fastwarc", reason="WARC reading needs the warc extra")


@pytest.mark.parametrize("gz", [True, False], ids=["gzip", "plain"])
@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_pages_in_file_order_with_offsets_and_urls(gz: bool, version: str) -> None:
    data, offsets = archive(CRAWL, gz=gz, version=version)
    skipped: Counter[str] = Counter()
    pages = list(read_pages(data, "crawl.warc", skipped=skipped))
    assert [p.source for p in pages] == [f"crawl.warc@{offsets[i]}" for i in PAGES]
    assert [p.url for p in pages] == [CRAWL[i][1] for i in PAGES]
    assert all(p.error is None for p in pages)
    assert skipped == {
        "warcinfo records": 1,
        "request records": 1,
        "metadata records": 1,
        "not HTML": 1,
        "HTTP status not 2xx": 1,
    }


def packed(
    records: list[tuple[str, str, bytes, str]], coding: str, *, dictionary: bool = False
) -> tuple[bytes, list[int]]:
    """A WARC compressed record by record with zstd or LZ4 (FastWARC's writers), and
    each record's offset; ``dictionary`` puts a zstd WARC dictionary frame first."""
    from fastwarc import stream_io

    plain = [record(*r) for r in records]
    trained = stream_io.zstd_train_dictionary_from_samples(plain * 20, 2048) if dictionary else None
    out, offsets = b"", []
    for data in plain:
        sink = io.BytesIO()
        if coding == "lz4":
            writer = stream_io.Lz4Writer(sink)
        else:
            writer = stream_io.ZstdWriter(sink, dictionary=trained)
        writer.write(data)
        writer.close()
        frame = sink.getvalue()
        if trained is not None and out:  # the dictionary frame only once, at the start
            frame = frame[8 + int.from_bytes(frame[4:8], "little") :]
        if trained is not None and not out:
            dict_end = 8 + int.from_bytes(frame[4:8], "little")
            out, frame = frame[:dict_end], frame[dict_end:]
        offsets.append(len(out))
        out += frame
    return out, offsets


@pytest.mark.parametrize(
    ("coding", "dictionary"),
    [("zstd", False), ("zstd", True), ("lz4", False)],
    ids=["zstd", "zstd-dictionary", "lz4"],
)
def test_zstd_and_lz4_archives_are_read_like_gzipped_ones(coding: str, dictionary: bool) -> None:
    data, offsets = packed(CRAWL, coding, dictionary=dictionary)
    assert looks_like_warc(data[:1024])
    pages = list(read_pages(data, "crawl.warc.zst"))
    assert [p.source for p in pages] == [f"crawl.warc.zst@{offsets[i]}" for i in PAGES]
    assert all(p.error is None for p in pages)
    assert extract(pages[1].payload, url=pages[1].url).title == "Bridge reopens"


def test_a_cut_zstd_archive_is_broken_after_its_whole_pages() -> None:
    data, offsets = packed(CRAWL, "zstd")
    pages = read_pages(data[: offsets[7] + 20], "x")
    assert [next(pages).url, next(pages).url] == ["https://example.com/a", "https://example.com/b"]
    with pytest.raises(UnreadableInput, match="broken WARC"):
        list(pages)


def test_zstd_data_that_is_no_archive_is_refused_by_name() -> None:
    from fastwarc import stream_io

    sink = io.BytesIO()
    writer = stream_io.ZstdWriter(sink)
    writer.write(page("Zipped page"))
    writer.close()
    assert not looks_like_warc(sink.getvalue())
    with pytest.raises(UnreadableInput, match=r"zstd data .*declutter\[warc\]"):
        extract(sink.getvalue())


def test_warc_recognised_by_bytes_not_name() -> None:
    data, _ = archive(CRAWL[:3], gz=True)
    assert looks_like_warc(data[:1024])
    assert looks_like_warc(archive(CRAWL[:3], gz=False)[0][:1024])
    assert not looks_like_warc(gzip.compress(page("x"))[:1024])
    assert not looks_like_warc(page("x"))


def test_http_charset_is_the_decoding_hint() -> None:
    data, _ = archive(CRAWL, gz=True)
    last = list(read_pages(data, "x"))[-1]
    article = extract(last.payload, url=last.url)
    assert article.title == "Café owners count the cost"
    assert article.sources["input"].startswith("http+html; cp1252")


def test_capture_date_reaches_the_loader() -> None:
    data, _ = archive(CRAWL, gz=False)
    first = next(read_pages(data, "x"))
    assert b"\r\nDate: Wed, 01 May 2024 10:00:00 GMT\r\n" in first.payload


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ("Transfer-Encoding: chunked\r\n", b"10\r\n" + page("Chunked")[:16] + b"\r\n"),
        ("Content-Encoding: gzip\r\n", gzip.compress(page("Gzipped"))),
        ("Content-Encoding: deflate\r\n", zlib.compress(page("Deflated"))),
    ],
    ids=["chunked", "gzip", "deflate"],
)
def test_transfer_and_content_codings_are_undone(headers: str, body: bytes) -> None:
    if "chunked" in headers:
        rest = page("Chunked")[16:]
        body += f"{len(rest):x}\r\n".encode() + rest + b"\r\n0\r\n\r\n"
    data, _ = archive([response("https://example.com/z", body, headers=headers)], gz=True)
    (found,) = read_pages(data, "x")
    assert b"Encoding" not in found.payload.partition(b"\r\n\r\n")[0]
    assert found.payload.partition(b"\r\n\r\n")[2].startswith(b"<!DOCTYPE html>")


def test_a_bad_record_body_is_an_error_page_and_reading_goes_on() -> None:
    bad = response(
        "https://example.com/bad", b"\x1f\x8b\x08broken", headers="Content-Encoding: gzip\r\n"
    )
    data, _ = archive([bad, CRAWL[2]], gz=True)
    first, second = read_pages(data, "x")
    assert first.error is not None and "gzip" in first.error and first.payload == b""
    assert second.error is None and second.url == "https://example.com/a"


def test_a_broken_archive_raises_after_the_pages_before_the_break() -> None:
    data, offsets = archive(CRAWL, gz=False)
    broken = data[: offsets[4]] + b"garbage " * 50 + data[offsets[4] :]
    pages = read_pages(broken, "x")
    assert next(pages).url == "https://example.com/a"
    with pytest.raises(UnreadableInput, match="broken WARC"):
        list(pages)


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_a_last_record_cut_in_its_body_is_an_error_page(gz: bool) -> None:
    """A crawl stopped mid-write: the cut page is never given as if it were whole."""
    data, offsets = archive(CRAWL, gz=gz)
    pages = list(read_pages(data[: offsets[7] + 400], "x"))
    assert [p.url for p in pages[:2]] == ["https://example.com/a", "https://example.com/b"]
    assert pages[2].payload == b""
    assert pages[2].error is not None and pages[2].error.startswith("record cut short")


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_a_last_record_cut_in_its_header_breaks_the_archive(gz: bool) -> None:
    data, offsets = archive(CRAWL, gz=gz)
    pages = read_pages(data[: offsets[7] + 30], "x")
    assert [next(pages).url, next(pages).url] == ["https://example.com/a", "https://example.com/b"]
    with pytest.raises(UnreadableInput, match=r"broken WARC file \(a record cut short"):
        next(pages)


def test_whole_archives_end_cleanly() -> None:
    """No false alarm: trailing blank lines, or one gzip member for the whole file."""
    data, _ = archive(CRAWL, gz=False)
    assert len(list(read_pages(data + b"\r\n\r\n", "x"))) == len(PAGES)
    whole = [p for p in read_pages(gzip.compress(data), "x") if p.error is None]
    assert len(whole) == len(PAGES)


def test_a_file_gzipped_whole_gives_each_record_its_own_offset() -> None:
    """Gzipped whole (``gzip crawl.warc``), a file has no offset per record: the
    offsets are those of the unzipped archive, so no two pages share a source."""
    data, offsets = archive(CRAWL, gz=False)
    pages = list(read_pages(gzip.compress(data), "crawl.warc.gz"))
    assert [p.source for p in pages] == [f"crawl.warc.gz@{offsets[i]}" for i in PAGES]
    big = [response(f"https://example.com/{i}", page(f"Story {i}" + "x" * 5000)) for i in range(9)]
    data, offsets = archive(big, gz=False)
    assert [p.source for p in read_pages(gzip.compress(data), "y")] == [f"y@{o}" for o in offsets]


def test_a_cut_file_gzipped_whole_is_broken_after_its_whole_pages() -> None:
    stories = [
        response(f"https://example.com/{i}", page(f"Story {i}" + "x" * 5000)) for i in range(9)
    ]
    zipped = gzip.compress(archive(stories, gz=False)[0])
    pages = read_pages(zipped[:-50], "x")
    whole = [next(pages) for _ in range(7)]
    assert [p.url for p in whole] == [f"https://example.com/{i}" for i in range(7)]
    assert all(p.error is None for p in whole)
    cut = next(pages)
    assert cut.error is not None and cut.error.startswith("record cut short")
    with pytest.raises(UnreadableInput, match=r"broken WARC file \(the gzip data ends early"):
        next(pages)


def test_missing_reader_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    with pytest.raises(UnreadableInput, match=r"pip install 'declutter\[warc\]'"):
        list(read_pages(b"WARC/1.1\r\n", "x"))


# -- batch and command line ---------------------------------------------------------


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, prog_name="declutter")


@pytest.fixture
def crawl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[int]]:
    monkeypatch.chdir(tmp_path)
    data, offsets = archive(CRAWL, gz=True)
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    return tmp_path / "crawl.warc.gz", offsets


def test_find_inputs_marks_warc_files_by_their_bytes(crawl: tuple[Path, list[int]]) -> None:
    path, _ = crawl
    path.rename("crawl.bin")
    Path("page.html").write_bytes(page("x"))
    jobs = find_inputs(["crawl.bin", "page.html"], recursive=False, globs=(), stdin=None)
    assert [j.archive for j in jobs] == [True, False]


def test_expand_counts_pages_and_skipped_records(crawl: tuple[Path, list[int]]) -> None:
    path, offsets = crawl
    counts: list[ArchiveCount] = []
    jobs = list(
        expand(
            [Job(str(path.name), path, relative=path.name, archive=True)],
            archives=counts,
            limit=2**26,
        )
    )
    assert [j.relative for j in jobs] == [f"crawl/{offsets[i]}.html" for i in PAGES]
    assert counts[0].pages == 3
    assert counts[0].summary() == (
        "crawl.warc.gz: 3 pages; skipped 1 warcinfo records, 1 request records, "
        "1 not HTML, 1 metadata records, 1 HTTP status not 2xx"
    )


def test_cli_jsonl_gives_one_record_per_page_with_source_and_url(
    crawl: tuple[Path, list[int]],
) -> None:
    _, offsets = crawl
    result = run("crawl.warc.gz", "--format", "jsonl", "-j", "1")
    assert result.exit_code == ExitStatus.OK, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [f"crawl.warc.gz@{offsets[i]}" for i in PAGES]
    assert [r["url"] for r in records] == [CRAWL[i][1] for i in PAGES]
    assert [r["title"] for r in records] == [
        "River floods the market",
        "Bridge reopens",
        "Café owners count the cost",
    ]


def test_two_jobs_give_the_same_output_as_one(crawl: tuple[Path, list[int]]) -> None:
    Path("page.html").write_bytes(page("Loose page"))
    one = run("page.html", "crawl.warc.gz", "page.html", "--format", "jsonl", "-q", "-j", "1")
    two = run("page.html", "crawl.warc.gz", "page.html", "--format", "jsonl", "-q", "-j", "2")
    assert one.exit_code == two.exit_code == ExitStatus.OK
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 5


def test_warc_on_stdin(crawl: tuple[Path, list[int]]) -> None:
    path, offsets = crawl
    result = run("-", "--format", "jsonl", stdin=path.read_bytes())
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [f"<stdin>@{offsets[i]}" for i in PAGES]


def test_output_dir_names_each_page_by_its_offset(crawl: tuple[Path, list[int]]) -> None:
    _, offsets = crawl
    result = run("crawl.warc.gz", "--output-dir", "out", "-q")
    assert result.exit_code == ExitStatus.OK, result.stderr
    written = sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*.txt"))
    assert written == sorted(f"crawl/{offsets[i]}.txt" for i in PAGES)
    text = Path("out", "crawl", f"{offsets[2]}.txt").read_text(encoding="utf-8")
    assert text.startswith("River floods the market")


def test_errors_are_records(crawl: tuple[Path, list[int]]) -> None:
    bad = response(
        "https://example.com/bad", b"\x1f\x8b\x08broken", headers="Content-Encoding: gzip\r\n"
    )
    empty = response("https://example.com/empty", b"<html><body><script>x()</script></body></html>")
    data, _ = archive([bad, empty, CRAWL[2]], gz=True)
    Path("bad.warc.gz").write_bytes(data)
    result = run("bad.warc.gz", "--format", "jsonl", "-q")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("error", {}).get("code") for r in records] == ["unreadable", "no-article", None]
    assert records[0]["url"] == "https://example.com/bad"
    assert result.exit_code == ExitStatus.UNREADABLE


def test_a_truncated_archive_ends_with_an_error_record(crawl: tuple[Path, list[int]]) -> None:
    data, offsets = archive(CRAWL, gz=False)
    Path("cut.warc").write_bytes(data[: offsets[4]] + b"garbage " * 50)
    result = run("cut.warc", "--format", "jsonl", "-q")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["url"] == "https://example.com/a"
    assert records[-1]["source"] == "cut.warc"
    assert "broken WARC" in records[-1]["error"]["message"]


def test_missing_reader_is_one_line_naming_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    Path("a.warc").write_bytes(record("resource", "https://e.com/", page("x"), "text/html"))
    result = run("a.warc")
    assert result.exit_code == ExitStatus.UNREADABLE
    assert result.stderr.splitlines()[0] == (
        "declutter: a.warc: reading WARC files needs FastWARC: pip install 'declutter[warc]'"
    )


def test_settings_for_one_warc_name_each_record() -> None:
    data, _ = archive(CRAWL[:3], gz=True)
    (outcome,) = run_all([Job("x.warc", data=data, archive=True)], Settings(fmt="json"), workers=1)
    assert json.loads(outcome.output or "")["source"].startswith("x.warc@")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_piped_warc_is_read_once(crawl: tuple[Path, list[int]]) -> None:
    """``declutter <(zcat crawl.warc.gz)``: a pipe is read whole before it is sniffed."""
    path, offsets = crawl
    os.mkfifo("pipe")
    writer = threading.Thread(target=Path("pipe").write_bytes, args=(path.read_bytes(),))
    writer.start()
    result = run("pipe", "--format", "jsonl", "-q")
    writer.join(timeout=10)
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [f"pipe@{offsets[i]}" for i in PAGES]


def test_a_directory_walk_takes_zstd_archives_and_names_their_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("crawls").mkdir()
    data, offsets = packed(CRAWL, "zstd")
    Path("crawls/day1.warc.zst").write_bytes(data)
    jobs = find_inputs(["crawls"], recursive=True, globs=DEFAULT_GLOBS, stdin=None)
    assert [(j.relative, j.archive) for j in jobs] == [("day1.warc.zst", True)]
    result = run("-r", "crawls", "--output-dir", "out", "-q")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in Path("out/day1").iterdir()) == [
        f"{offsets[i]}.txt" for i in sorted(PAGES, key=lambda i: str(offsets[i]))
    ]
