"""The declutter command: clean stdout, one-line diagnostics, exit codes, batches."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import declutter.batch
from declutter.cli import main
from declutter.errors import ExitStatus

PARAGRAPH = (
    "<p>Paragraph {}: the storm brought heavy rain and strong winds to the coastal towns "
    "overnight, officials said on Tuesday morning.</p>"
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Storm hits the coast</title></head><body>"
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article>'
    "<h1>Storm hits the coast</h1>"
    + "".join(PARAGRAPH.format(i) for i in range(5))
    + "</article><footer>Copyright 2024</footer></body></html>"
)
SCRIPT_ONLY = (
    "<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>"
)
DOCS_HELP = Path(__file__).parent.parent / "docs" / "cli-help.txt"


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, prog_name="declutter")


@pytest.fixture
def pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE.replace("Storm", "Flood"), encoding="utf-8")
    (tmp_path / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "empty.html").write_bytes(PAGE.replace("<article>", "<section>")[:0].encode())
    (tmp_path / "script.html").write_text(SCRIPT_ONLY, encoding="utf-8")
    return tmp_path


def test_one_file_gives_text_on_stdout(pages: Path) -> None:
    result = run("a.html")
    assert result.exit_code == ExitStatus.OK
    assert result.stdout.startswith("Storm hits the coast\n\n")
    assert "Paragraph 4" in result.stdout and "Home" not in result.stdout
    assert result.stdout.endswith("\n")
    assert result.stderr == ""


@pytest.mark.parametrize("args", [[], ["-"]])
def test_stdin(args: list[str]) -> None:
    result = run(*args, "--format", "json", stdin=PAGE.encode())
    assert result.exit_code == ExitStatus.OK
    assert json.loads(result.stdout)["title"] == "Storm hits the coast"


def test_url_option_is_used() -> None:
    result = run("--json", "--url", "https://example.com/s", stdin=PAGE.encode())
    assert json.loads(result.stdout)["url"] == "https://example.com/s"


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("broken.html", ExitStatus.UNREADABLE),
        ("empty.html", ExitStatus.UNREADABLE),
        ("script.html", ExitStatus.NO_ARTICLE),
        ("missing.html", ExitStatus.IO_ERROR),
    ],
)
def test_failures_give_their_exit_code_and_one_stderr_line(
    pages: Path, name: str, status: ExitStatus
) -> None:
    result = run(name)
    assert result.exit_code == status
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"declutter: {name}: ")


def test_directory_without_recursive_is_an_io_error(pages: Path) -> None:
    assert run(".").exit_code == ExitStatus.IO_ERROR


def test_bad_option_is_a_usage_error() -> None:
    assert run("--no-such-option").exit_code == ExitStatus.USAGE
    assert run("-o", "x", "--output-dir", "y").exit_code == ExitStatus.USAGE


def test_a_broken_file_in_the_middle_does_not_stop_the_batch(pages: Path) -> None:
    result = run("-q", "a.html", "broken.html", "b.html")
    assert result.exit_code == ExitStatus.UNREADABLE
    assert "==> a.html <==" in result.stdout and "==> b.html <==" in result.stdout
    assert "Flood hits the coast" in result.stdout
    assert result.stderr == "declutter: broken.html: a PNG image, not a page\n"


def test_batch_exits_with_the_most_severe_code(pages: Path) -> None:
    result = run("-q", "script.html", "missing.html", "broken.html")
    assert result.exit_code == ExitStatus.IO_ERROR


def test_batch_summary_on_stderr(pages: Path) -> None:
    result = run("a.html", "broken.html")
    assert result.stderr.splitlines()[-1].startswith("declutter: 2 files, 1 ok, 1 failed, ")


def test_jsonl_keeps_input_order_and_gives_error_records(pages: Path) -> None:
    result = run("--format", "jsonl", "-q", "b.html", "broken.html", "a.html", "missing.html")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == ["b.html", "broken.html", "a.html", "missing.html"]
    assert records[0]["title"] == "Flood hits the coast"
    assert records[1]["error"]["code"] == "unreadable"
    assert records[3]["error"]["code"] == "io"


def test_json_batch_is_one_array(pages: Path) -> None:
    result = run("--json", "-q", "a.html", "broken.html")
    data = json.loads(result.stdout)
    assert [d["source"] for d in data] == ["a.html", "broken.html"]


def test_two_jobs_give_the_same_output_as_one(pages: Path) -> None:
    for i in range(6):
        (pages / f"p{i}.html").write_text(PAGE.replace("Storm", f"Storm {i}"), encoding="utf-8")
    names = [f"p{i}.html" for i in range(6)] + ["broken.html", "a.html"]
    one = run("--format", "jsonl", "-q", "-j", "1", *names)
    two = run("--format", "jsonl", "-q", "-j", "2", *names)
    assert one.stdout == two.stdout
    assert one.exit_code == two.exit_code == ExitStatus.UNREADABLE


def test_recursive_glob_and_output_dir(pages: Path) -> None:
    (pages / "site" / "news").mkdir(parents=True)
    (pages / "site" / "news" / "c.html").write_text(PAGE, encoding="utf-8")
    (pages / "site" / "d.htm").write_text(PAGE, encoding="utf-8")
    (pages / "site" / "skip.css").write_text("body{}", encoding="utf-8")
    result = run("-r", "site", "--glob", "*.html", "--glob", "*.htm", "--output-dir", "out")
    assert result.exit_code == ExitStatus.OK, result.stderr
    assert sorted(
        p.relative_to(pages / "out").as_posix() for p in (pages / "out").rglob("*.*")
    ) == [
        "d.txt",
        "news/c.txt",
    ]
    assert (pages / "out" / "news" / "c.txt").read_text(encoding="utf-8").startswith("Storm")
    again = run("-r", "site", "--output-dir", "out", "-q")
    assert again.exit_code == ExitStatus.IO_ERROR
    assert "--force" in again.stderr
    assert run("-r", "site", "--output-dir", "out", "--force", "-q").exit_code == ExitStatus.OK


def test_output_dir_never_writes_over_an_input(pages: Path) -> None:
    (pages / "page.txt").write_text(
        "Headline\n\n" + "A line of story text. " * 20, encoding="utf-8"
    )
    before = (pages / "page.txt").read_bytes()
    result = run("page.txt", "--output-dir", ".", "--force")
    assert result.exit_code == ExitStatus.IO_ERROR
    assert (pages / "page.txt").read_bytes() == before


def test_output_file_never_writes_over_an_input(pages: Path) -> None:
    before = (pages / "a.html").read_bytes()
    result = run("a.html", "-o", "a.html")
    assert result.exit_code == ExitStatus.IO_ERROR
    assert (pages / "a.html").read_bytes() == before


def test_output_file(pages: Path) -> None:
    result = run("a.html", "-o", "out.md", "--format", "markdown")
    assert result.exit_code == ExitStatus.OK and result.stdout == ""
    assert (pages / "out.md").read_text(encoding="utf-8").startswith("# Storm hits the coast")


def test_from_file(pages: Path) -> None:
    (pages / "list.txt").write_text("# pages\na.html\n\nb.html\n", encoding="utf-8")
    result = run("--from-file", "list.txt", "--format", "jsonl", "-q")
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == ["a.html", "b.html"]
    piped = run("--from-file", "-", "--format", "jsonl", "-q", stdin=b"b.html\n")
    assert json.loads(piped.stdout)["source"] == "b.html"


def test_explain_is_tab_separated(pages: Path) -> None:
    result = run("--explain", "a.html")
    blocks, _, sources = result.stdout.partition("\n\n")
    rows = [line.split("\t") for line in blocks.splitlines()]
    assert all(len(row) == 5 for row in rows)
    assert any(row[0] == "content" and row[4].startswith("Paragraph 0") for row in rows)
    assert any(row[0] != "content" for row in rows)
    assert all(len(line.split("\t")) == 3 for line in sources.splitlines())


def test_explain_json_has_blocks(pages: Path) -> None:
    data = json.loads(run("--explain", "--json", "a.html").stdout)
    assert {"label", "reason", "kind", "path", "text"} <= set(data["blocks"][0])


def test_comments_option_adds_the_field(pages: Path) -> None:
    assert "comments" in json.loads(run("--json", "--comments", "a.html").stdout)
    assert "comments" not in json.loads(run("--json", "a.html").stdout)


def test_unexpected_errors_are_one_line(pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("bad\nthing")

    monkeypatch.setattr(declutter.batch, "extract", boom)
    result = run("a.html")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == "declutter: a.html: internal error: RuntimeError: bad thing\n"


def test_timeout(pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: object, **kwargs: object) -> None:
        time.sleep(3)

    monkeypatch.setattr(declutter.batch, "extract", slow)
    result = run("--timeout", "0.2", "--format", "jsonl", "a.html")
    assert result.exit_code == ExitStatus.TIMEOUT
    assert json.loads(result.stdout)["error"]["code"] == "timeout"


def test_ctrl_c_exits_130(pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("declutter.cli.run_all", interrupted)
    result = run("a.html")
    assert result.exit_code == ExitStatus.INTERRUPTED
    assert result.stderr == "declutter: interrupted\n"


def test_broken_pipe_exits_quietly(pages: Path) -> None:
    names = ["a.html"] * 40
    proc = subprocess.Popen(
        [sys.executable, "-m", "declutter", "-q", "-j", "1", *names],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == ExitStatus.OK
    assert err == b""


def test_help_documents_exit_codes_and_matches_docs() -> None:
    """docs/cli-help.txt is ``declutter --help``; regenerate it with
    ``declutter --help > docs/cli-help.txt``."""
    result = run("--help")
    for status in ExitStatus:
        assert f"  {int(status)} " in result.stdout
    assert result.stdout == DOCS_HELP.read_text(encoding="utf-8")


def test_every_option_is_in_the_docs() -> None:
    documented = DOCS_HELP.read_text(encoding="utf-8")
    for param in main.params:
        for opt in param.opts:
            if opt.startswith("-"):
                assert opt in documented, opt


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == ExitStatus.OK
    assert declutter.__version__ in result.stdout


def test_output_dir_inside_the_walked_directory_is_not_read_back(pages: Path) -> None:
    (pages / "site").mkdir()
    (pages / "site" / "c.html").write_text(PAGE, encoding="utf-8")
    assert run("-r", "site", "--output-dir", "site/out", "-q").exit_code == ExitStatus.OK
    again = run("-r", "site", "--output-dir", "site/out", "--force", "-v")
    assert again.exit_code == ExitStatus.OK
    assert again.stderr.startswith("declutter: site/c.html: ok")
    assert "1 files" in again.stderr
    assert not (pages / "site" / "out" / "out").exists()


def test_web_address_says_declutter_never_fetches(pages: Path) -> None:
    result = run("https://example.com/news")
    assert result.exit_code == ExitStatus.IO_ERROR
    assert result.stdout == ""
    assert result.stderr == (
        "declutter: https://example.com/news: a web address, and declutter never fetches: it "
        "reads saved pages; pipe one in: curl -sL https://example.com/news | declutter - "
        "--url https://example.com/news\n"
    )


def test_missing_path_list_is_an_io_error(pages: Path) -> None:
    result = run("--from-file", "nope.txt")
    assert result.exit_code == ExitStatus.IO_ERROR
    assert result.stderr == "declutter: nope.txt: No such file or directory\n"


def test_explain_text_dump_gives_one_line_per_dump_line(pages: Path) -> None:
    story = " ".join(f"Sentence {i} of the story says what the council decided." for i in range(6))
    (pages / "dump.txt").write_text(
        f"Home | News | Sport\n\nCouncil backs the plan\n\n{story}\n\n{story}\n", encoding="utf-8"
    )
    blocks, _, sources = run("--explain", "dump.txt").stdout.partition("\n\n")
    rows = [line.split("\t") for line in blocks.splitlines()]
    assert all(len(row) == 5 and row[3].startswith("line ") for row in rows)
    assert all(row[1] for row in rows)  # every line says why
    assert "input\t\ttext" in sources


def test_start_up_loads_no_extraction_code() -> None:
    # `declutter --version` and `--help` import the command, not the pipeline,
    # lxml or readability: those load on the first page.
    probe = (
        "import sys, declutter, declutter.cli; "
        "print(sorted(m for m in ('declutter.pipeline', 'lxml.html', 'readability') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    lazy = "import declutter; print(declutter.extract.__module__)"
    done = subprocess.run([sys.executable, "-c", lazy], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "declutter.pipeline"
