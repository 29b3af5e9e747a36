"""declutter never opens a connection and never opens a file a page names.

Pages here are full of external references (images, scripts, frames, style
sheets, an external DTD, XInclude, SYSTEM entities, MHTML part locations,
saved-from comments).  They point at a listening socket on 127.0.0.1 and at
a canary file, so that a fetch made below Python (by libxml2 itself) is
caught too: the socket would see a connection, the canary's text would show
up in the output.  Python-level socket and file calls are also recorded.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import pathlib
import select
import socket
from collections.abc import Iterator
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import declutter
from declutter.cli import main
from declutter.errors import ExitStatus

SECRET = "canary-3f9a1c-never-read"
SENTENCE = (
    "The council approved the new flood barrier on Monday after a year of debate, "
    "and work on the river bank is due to start in the spring."
)


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, str]]:
    """A TCP socket on 127.0.0.1 that nothing should ever connect to."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.setblocking(False)
    try:
        yield server, f"http://127.0.0.1:{server.getsockname()[1]}"
    finally:
        server.close()


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    path = tmp_path / "canary.txt"
    path.write_text(f"<p>{SECRET}</p>", encoding="utf-8")
    return path


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Every socket call raises and is recorded."""
    calls: list[tuple[str, Any]] = []

    def refuse(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls.append((name, args))
            raise OSError(f"declutter tried {name}")

        return call

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    return calls


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file opened through Python (open, io.open, Path.open, os.open) is recorded."""
    calls: list[str] = []
    real_open, real_os_open, real_path_open = builtins.open, os.open, pathlib.Path.open

    def record_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(str(file))
        return real_open(file, *args, **kwargs)

    def record_os_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(str(path))
        return real_os_open(path, *args, **kwargs)

    def record_path_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        calls.append(str(self))
        return real_path_open(self, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", record_open)
    monkeypatch.setattr(io, "open", record_open)
    monkeypatch.setattr(os, "open", record_os_open)
    monkeypatch.setattr(pathlib.Path, "open", record_path_open)
    return calls


def external_page(web: str, canary: Path) -> bytes:
    """A page naming the listener and the canary file in every way HTML allows."""
    file_url = canary.as_uri()
    body = f"""<?xml version="1.0"?>
<?xml-stylesheet href="{web}/style.xsl" type="text/xsl"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{web}/xhtml1-strict.dtd" [
  <!ENTITY remote SYSTEM "{web}/entity.txt">
  <!ENTITY local SYSTEM "{file_url}">
  <!ENTITY % param SYSTEM "{web}/param.dtd"> %param;
]>
<!-- saved from url=({len(file_url):04d}){file_url} -->
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude">
<head><title>Flood barrier approved</title>
<base href="{web}/news/">
<link rel="stylesheet" href="{web}/site.css"><link rel="stylesheet" href="{file_url}">
<link rel="import" href="{web}/import.html"><link rel="preload" href="{web}/font.woff2">
<meta http-equiv="refresh" content="0; url={web}/refresh">
<script src="{web}/app.js"></script><script type="module" src="{file_url}"></script>
<style>@import url("{web}/import.css"); body {{ background: url({file_url}) }}</style>
</head><body>
<nav><a href="{web}/">Home</a></nav>
<article><h1>Flood barrier approved</h1>
<p>{SENTENCE}</p><p>&remote; &local; {SENTENCE}</p>
<xi:include href="{file_url}" parse="text"/><xi:include href="{web}/part.xml"/>
<img src="{web}/photo.jpg" srcset="{web}/a.jpg 1x, {file_url} 2x">
<iframe src="{web}/frame.html"></iframe><iframe src="{file_url}"></iframe>
<object data="{web}/movie.swf"></object><embed src="{file_url}">
<video src="{web}/v.mp4" poster="{web}/p.jpg"><track src="{file_url}"></video>
<svg><use href="{web}/icons.svg#a"/><image href="{file_url}"/></svg>
<p>{SENTENCE}</p></article></body></html>"""
    return body.encode("utf-8")


def mhtml_page(web: str, canary: Path) -> bytes:
    """An MHTML archive whose parts are located at the listener and the canary file."""
    root = MIMEMultipart("related", type="text/html")
    root["Snapshot-Content-Location"] = canary.as_uri()
    root["Subject"] = "Flood barrier approved"
    html = f"<html><body><article><h1>Flood barrier</h1><p>{SENTENCE}</p><p>{SENTENCE}</p>"
    html += f'<img src="cid:x"><img src="{canary.as_uri()}"></article></body></html>'
    part = MIMEText(html, "html", "utf-8")
    part["Content-Location"] = canary.as_uri()
    root.attach(part)
    for location in (f"{web}/style.css", str(canary), "../../etc/passwd"):
        extra = MIMEText("body {}", "css", "utf-8")
        extra["Content-Location"] = location
        root.attach(extra)
    return b"MIME-Version: 1.0\r\n" + root.as_bytes()


def _no_connection(server: socket.socket) -> bool:
    readable, _, _ = select.select([server], [], [], 0)
    return not readable


def _check(article: declutter.Article) -> None:
    out = json.dumps(article.to_dict(explain=True), ensure_ascii=False)
    assert SECRET not in out
    assert SENTENCE in article.text


@pytest.mark.parametrize("build", [external_page, mhtml_page], ids=["html", "mhtml"])
def test_extract_fetches_and_opens_nothing(
    build: Any,
    listener: tuple[socket.socket, str],
    canary: Path,
    no_sockets: list[tuple[str, Any]],
    opened: list[str],
) -> None:
    server, web = listener
    data = build(web, canary)
    declutter.extract(b"<html><body><p>warm up the lazy imports</p></body></html>")
    opened.clear()
    _check(declutter.extract(data))
    _check(declutter.extract(data.decode("utf-8"), url=f"{web}/given"))
    assert no_sockets == []
    assert opened == []
    assert _no_connection(server)


@pytest.mark.parametrize("build", [external_page, mhtml_page], ids=["html", "mhtml"])
def test_cli_fetches_nothing_and_writes_only_its_output(  # noqa: PLR0917 - fixtures
    build: Any,
    listener: tuple[socket.socket, str],
    canary: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_sockets: list[tuple[str, Any]],
) -> None:
    server, web = listener
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.html").write_bytes(build(web, canary))
    before = sorted(p.name for p in tmp_path.iterdir())
    result = CliRunner().invoke(main, ["--json", "page.html", "-o", "out.json", "-j", "1"])
    assert result.exit_code == ExitStatus.OK, result.stderr
    after = sorted(p.name for p in tmp_path.iterdir())
    assert after == sorted([*before, "out.json"])
    text = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert SECRET not in text and SENTENCE in json.loads(text)["text"]
    assert no_sockets == []
    assert _no_connection(server)


def test_cli_output_dir_writes_only_under_it(
    listener: tuple[socket.socket, str],
    canary: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_sockets: list[tuple[str, Any]],
) -> None:
    server, web = listener
    monkeypatch.chdir(tmp_path)
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_bytes(external_page(web, canary))
    (pages / "b.mhtml").write_bytes(mhtml_page(web, canary))
    result = CliRunner().invoke(
        main, ["-r", "pages", "--output-dir", "out", "-q", "-j", "1", "--format", "text"]
    )
    assert result.exit_code == ExitStatus.OK, result.stderr
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert written == ["canary.txt", "out/a.txt", "out/b.txt", "pages/a.html", "pages/b.mhtml"]
    assert no_sockets == []
    assert _no_connection(server)
