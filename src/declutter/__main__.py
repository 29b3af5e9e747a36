"""``python -m declutter``: the same as the ``declutter`` command."""

from declutter.cli import main

main()
