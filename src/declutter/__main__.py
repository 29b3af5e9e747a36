"""``python -m declutter``: the same as the ``declutter`` command."""

from declutter.cli import main

if __name__ == "__main__":
    main(prog_name="declutter")
