"""``python -m bibkit``."""

from bibkit.cli import main

main()
