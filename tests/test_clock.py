"""The library's own time limit (`declutter.clock`) and the CLI's warnings on stderr."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

import declutter
from declutter.cli import main
from declutter.clock import checkpoint, time_limit
from declutter.errors import DocumentTimeout, ExitStatus

PAGE = (
    b"<html><head><title>Storm floods the towns</title></head><body><article><h1>Storm</h1>"
    + b"<p>The storm brought heavy rain to the coastal towns overnight, officials said.</p>" * 12
    + b"</article></body></html>"
)
DEEP = (
    b"<html><body>"
    + b"<div>" * 6000
    + b"<p>The article sits far down in the page, and it is found all the same.</p>" * 8
    + b"</div>" * 6000
    + b"</body></html>"
)


def test_checkpoint_passes_without_a_limit() -> None:
    checkpoint("anything")
    with time_limit(None):
        time.sleep(0.002)
        checkpoint("anything")


def test_checkpoint_raises_past_the_limit_and_names_the_stage() -> None:
    with time_limit(0.001):
        time.sleep(0.005)
        with pytest.raises(DocumentTimeout, match=r"longer than 0\.001 s \(stopped in segment\)"):
            checkpoint("segment")
    checkpoint("after")  # the limit ends with its block


def test_a_tighter_outer_limit_is_kept_inside() -> None:
    with time_limit(0.001), time_limit(60):
        time.sleep(0.005)
        with pytest.raises(DocumentTimeout):
            checkpoint("inner")


def test_extract_stops_at_its_time_limit() -> None:
    assert declutter.extract(PAGE).title == "Storm floods the towns"
    with pytest.raises(DocumentTimeout):
        declutter.extract(PAGE, options=declutter.Options(time_limit=1e-9))


def test_the_limit_holds_in_a_worker_thread() -> None:
    """No signals there: the clock alone stops the page."""
    options = declutter.Options(time_limit=1e-9)
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(declutter.extract, PAGE, options=options)
        with pytest.raises(DocumentTimeout):
            future.result()


def test_cli_says_on_stderr_when_a_parser_limit_was_met() -> None:
    result = CliRunner().invoke(main, [], input=DEEP)
    assert result.exit_code == ExitStatus.OK
    assert "found all the same" in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("declutter: <stdin>: warning: nested too deep")


def test_cli_quiet_keeps_warnings_off_stderr() -> None:
    result = CliRunner().invoke(main, ["-q"], input=DEEP)
    assert result.exit_code == ExitStatus.OK
    assert result.stderr == ""


def test_cli_batch_warnings_name_their_input(tmp_path: Path) -> None:
    deep, plain = tmp_path / "deep.html", tmp_path / "plain.html"
    deep.write_bytes(DEEP)
    plain.write_bytes(PAGE)
    result = CliRunner().invoke(main, ["--format", "jsonl", "-j", "1", str(deep), str(plain)])
    assert result.exit_code == ExitStatus.OK
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"declutter: {deep}: warning: nested too deep")


def test_cli_failure_after_a_limit_stays_one_line() -> None:
    result = CliRunner().invoke(main, [], input=b"<html><body>" + b"<div>" * 6000 + b"</body>")
    assert result.exit_code == ExitStatus.NO_ARTICLE
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("declutter: <stdin>: no article text found (nested too deep")
