"""The ``declutter`` command.  Calls the library, prints results; nothing else.

PLACEHOLDER: minimal; the full CLI (batches, exit codes per file) replaces it.
"""

from __future__ import annotations

import sys

import click

from declutter import __version__
from declutter.errors import DeclutterError, ExitStatus
from declutter.options import Options
from declutter.pipeline import extract
from declutter.serialize import FORMATS


@click.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text")
@click.option("--url", default=None)
@click.version_option(__version__)
def main(files: tuple[str, ...], fmt: str, url: str | None) -> None:
    """Extract the article from saved news pages."""
    status = ExitStatus.OK
    for name in files or ("-",):
        raw = sys.stdin.buffer.read() if name == "-" else open(name, "rb").read()  # noqa: PTH123
        try:
            article = extract(raw, url=url, options=Options())
        except DeclutterError as exc:
            click.echo(f"declutter: {name}: {exc}", err=True)
            status = exc.exit_status
            continue
        click.echo(FORMATS[fmt](article), nl=False)
    sys.exit(status)
