"""The law watch: read DILA's LEGI open-data archives and say which stored article changed.

It reads `app.law` (the rules and their identifiers) and nothing else of the application; nothing
below it imports it. It never writes the law data: `--write-proposal` writes proposed files for a
person to review (docs/law-watch.md).
"""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from .cli import law_cli

    app.cli.add_command(law_cli)
